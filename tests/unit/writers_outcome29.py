"""Two writers at the same moment, made to meet: a user database that says when its write
transaction is about to begin, and the writers' lock held as another writer would hold it
(SQLite's BEGIN IMMEDIATE, PostgreSQL's lock on the meta table) until both are waiting."""

from __future__ import annotations

import sqlite3
import threading

import psycopg

from ldapwizard.core.maildb import pg
from ldapwizard.core.maildb.database import UserDatabase


class Announcing(UserDatabase):
    """A user database that releases `entered` as a write transaction is about to begin."""

    entered: threading.Semaphore

    def transaction(self, action: str = "the change"):
        self.entered.release()
        return super().transaction(action)


def writers_lock(location):
    """Hold the writers' lock of the database at `location`: (release, close)."""
    if isinstance(location, str):
        holder = psycopg.connect(location)
        holder.execute(pg.WRITER_LOCK_STATEMENT)
        return holder.rollback, holder.close
    holder = sqlite3.connect(location, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    return (lambda: holder.execute("ROLLBACK")), holder.close


def race(location, *writes) -> list:
    """Run each `write(database)` on its own Announcing database and thread, all reaching
    their write transaction while the writers' lock is held, then let them go; what each
    returned or raised, in the order they finished."""
    entered = threading.Semaphore(0)
    results: list[object] = []

    def run(write) -> None:
        try:
            with Announcing.open(location, write=True) as database:
                database.entered = entered
                results.append(write(database))
        except Exception as error:  # the caller looks at what each got
            results.append(error)

    release, close = writers_lock(location)
    try:
        threads = [threading.Thread(target=run, args=(write,)) for write in writes]
        for thread in threads:
            thread.start()
        for _ in threads:  # each has read what it needs and waits for the lock
            assert entered.acquire(timeout=60)
        release()
    finally:
        close()
    for thread in threads:
        thread.join(timeout=60)
    return results
