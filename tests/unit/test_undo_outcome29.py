"""Two undos of one batch at the same moment (issue 29): exactly one undoes it; the other says
when (and by whom) it was undone, fails, and leaves the undo time as the first wrote it.
On both back ends, with the writers' lock held until both undos have read the batch."""

from __future__ import annotations

import sqlite3
import threading

import psycopg

from ldapwizard.cli import run
from ldapwizard.core.errors import ExitCode, LdapWizardError
from ldapwizard.core.maildb import pg
from ldapwizard.core.maildb.batches import operator_name
from ldapwizard.core.maildb.database import UserDatabase
from ldapwizard.core.maildb.undo import UndoReport, undo_batch

DOMAIN = "demo.example"


class Announcing(UserDatabase):
    """A user database that says when a write transaction is about to begin."""

    entered: threading.Semaphore

    def transaction(self, action: str = "the change"):
        self.entered.release()
        return super().transaction(action)


def writers_lock(location):
    """Hold the writers' lock the way another writer would; release() ends it."""
    if isinstance(location, str):
        holder = psycopg.connect(location)
        holder.execute(pg.WRITER_LOCK_STATEMENT)
        return holder.rollback, holder.close
    holder = sqlite3.connect(location, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    return (lambda: holder.execute("ROLLBACK")), holder.close


def test_two_simultaneous_undos_of_one_batch_undo_it_once(database_location, capsys):
    location = str(database_location)
    assert run(["--demo", "import", "--all", "--domain", DOMAIN, "--db", location]) == 0
    capsys.readouterr()
    entered = threading.Semaphore(0)
    results: list[object] = []

    def undo() -> None:
        database = Announcing.open(location, write=True)
        database.entered = entered
        try:
            with database:
                results.append(undo_batch(database, 1))
        except LdapWizardError as error:
            results.append(error)

    release, close = writers_lock(database_location)
    try:
        threads = [threading.Thread(target=undo) for _ in range(2)]
        for thread in threads:
            thread.start()
        for _ in threads:  # both read the batch as not undone, then wait for the lock
            assert entered.acquire(timeout=60)
        release()
    finally:
        close()
    for thread in threads:
        thread.join(timeout=60)
    reports = [r for r in results if isinstance(r, UndoReport)]
    refused = [r for r in results if isinstance(r, LdapWizardError)]
    assert len(reports) == 1 and len(refused) == 1, results
    assert reports[0].users > 0
    with UserDatabase.open(location) as database, database.reading() as db:
        ((undone_at,),) = db.execute("SELECT undone_at FROM batches WHERE id = 1").fetchall()
    assert refused[0].message == (f"Batch 1 was already undone at {undone_at} "
                                  f"(by {operator_name()}).")
    assert refused[0].exit_code != ExitCode.OK
    # and the command line says the same after the fact, with a non-zero exit
    assert run(["undo", "1", "--db", location]) == ExitCode.BAD_INPUT
    assert f"already undone at {undone_at} (by {operator_name()})" in capsys.readouterr().err


def test_db_show_names_the_run_ids_of_an_import_and_its_undo(tmp_path, capsys):
    location = str(tmp_path / "users.sqlite")
    assert run(["--demo", "import", "--all", "--domain", DOMAIN, "--db", location]) == 0
    assert run(["undo", "1", "--db", location]) == 0
    capsys.readouterr()
    assert run(["db", "show", "--db", location]) == 0
    (line,) = [line for line in capsys.readouterr().out.splitlines() if "  1: import" in line]
    assert "; run " in line and "; undo run " in line
