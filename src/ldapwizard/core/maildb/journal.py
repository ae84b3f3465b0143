"""An SQLite user database's journal: WAL for a private file, a rollback journal for one
shared with the mail daemons (mailserver/access.py), who read it without write permission.

WAL needs a -shm file that every reader may write (and a folder it may create it in), which
would let the daemons change the database; a rollback journal needs nothing but read
permission from a reader, as POSIX read locks work on a read-only descriptor.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path

WAL_MODE_OFFSET = 18  # the header's read version: 2 in WAL mode, 1 with a rollback journal
# In rollback mode a writer that spills its cache to the file mid-transaction locks readers
# out until it commits, and Postfix's lookups do not wait (no busy timeout: a temporary
# failure). So an import keeps this much of its changes in memory; measured: a 50,000-user
# import locked a reader out for 1.7 s with SQLite's default 2 MB, only for its commit
# (30 ms; 140 ms for 200,000 users) with this.
ROLLBACK_CACHE_KIB = 256 * 1024


def in_wal_mode(path: Path) -> bool:
    """Whether the file's header says WAL (a file that cannot be read: as if it did)."""
    try:
        with path.open("rb") as f:
            header = f.read(WAL_MODE_OFFSET + 1)
    except OSError:
        return True
    return len(header) <= WAL_MODE_OFFSET or header[WAL_MODE_OFFSET] == 2


def set_up(connection: sqlite3.Connection, *, new: bool) -> None:
    """WAL for a new database; an existing one keeps its journal mode (switching a shared
    database back to WAL would lock the read-only daemons out)."""
    if new:
        connection.execute("PRAGMA journal_mode = WAL")
    if connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
        connection.execute("PRAGMA synchronous = NORMAL")  # safe in WAL mode, not without
    else:
        connection.execute(f"PRAGMA cache_size = -{ROLLBACK_CACHE_KIB}")


def finish_interrupted_write(path: Path, timeout: float) -> None:
    """Roll back what a killed writer left half-written (a hot -journal); sqlite3.Error when
    that fails.

    Only a connection that may write can do it; until then every read-only reader, the mail
    daemons too, gets "attempt to write a readonly database". So whoever may write does it
    on opening.
    """
    journal = path.with_name(path.name + "-journal")
    folder = path.parent if str(path.parent) else Path(".")
    try:
        hot = journal.stat().st_size > 0
    except OSError:
        return
    if not hot or not os.access(path, os.W_OK) or not os.access(folder, os.W_OK):
        return
    with closing(sqlite3.connect(str(path), timeout=timeout)) as connection:
        connection.execute("PRAGMA schema_version").fetchone()  # the first read rolls back
