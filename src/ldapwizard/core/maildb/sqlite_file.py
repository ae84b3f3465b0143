"""The SQLite side of the user database file: what a look at the file finds before it is
opened (ours, newer, damaged, another program's), how it is named to sqlite3 (a plain path,
or a read-only URI of that very path), and SQLite's and PostgreSQL's errors in words."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from ldapwizard.core.errors import BadInput, DatabaseError
from ldapwizard.core.maildb import journal, pg, pgdb
from ldapwizard.core.maildb.location import Location
from ldapwizard.core.maildb.schema import APPLICATION_ID, CURRENT_VERSION
from ldapwizard.i18n import _

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
APPLICATION_ID_OFFSET = 68  # in the file's header, big-endian


def plain_path(path: Path) -> str:
    """The file's absolute path for sqlite3.connect: never read as a URI, whatever the name
    (`file:other.db` is a file of that name here, and the one the checks looked at)."""
    return str(Path(path).absolute())


def read_only_uri(path: Path) -> str:
    """A read-only URI of the file at `path` (every character of its absolute path quoted);
    `immutable` where no writer can exist (WAL needs a writable -shm; a rollback journal is
    read with locks, so a writer elsewhere is waited for)."""
    absolute = Path(path).absolute().as_posix()
    uri = f"file:{quote(absolute if absolute.startswith('/') else '/' + absolute)}?mode=ro"
    folder = path.parent if str(path.parent) else Path(".")
    writable = os.access(path, os.W_OK) and os.access(folder, os.W_OK)
    if not writable and journal.in_wal_mode(path):
        uri += "&immutable=1"
    return uri


def translate(error: Exception, path: Location, action: str) -> Exception:
    """A driver's error (SQLite's here, PostgreSQL's through pg.translate) as a typed error
    naming the database and what to do."""
    if isinstance(error, pgdb.Error):
        return pg.translate(error, path, action)
    text = str(error)
    lowered = text.lower()
    if "locked" in lowered or "busy" in lowered:
        return DatabaseError(_("The user database {path} is locked by another program.",
                               path=path),
                             detail=text, hint=_("Close the program that uses it (or wait for "
                               "the running import or sync), then try again. Nothing was changed."))
    if "readonly" in lowered or "read-only" in lowered:
        return DatabaseError(_("The user database {path} is read-only.", path=path), detail=text,
                             hint=_("Choose a file (and folder) you may write to."))
    if "disk is full" in lowered or "full" in lowered:
        # what was being done stays in the details: it is the caller's English words
        return DatabaseError(_("The disk holding {path} is full; the write was undone.",
                               path=path),
                             detail=f"{action}: {text}", hint=_("Free some space and try again."))
    if "disk i/o error" in lowered or getattr(error, "sqlite_errorname", "").startswith(
            "SQLITE_IOERR"):
        # e.g. EFBIG past a file size limit, or a failing disk: SQLite rolls back
        return DatabaseError(_("A disk error stopped the work on {path}; nothing was changed.",
                               path=path),
                             detail=f"{action}: {text}",
                             hint=_("Check that the disk has free space, is not failing and "
                                    "allows a file this large, then try again."))
    if "not a database" in lowered or "malformed" in lowered or "corrupt" in lowered:
        return BadInput(_("{path} is damaged or not a database.", path=path), detail=text,
                        hint=_("Restore it from a backup; ldapwizard will not modify it."))
    return DatabaseError(_("The user database {path} could not be used: {text}.",
                           path=path, text=text), detail=text)


@dataclass(frozen=True)
class FileCheck:
    """What a look at the file found before opening it for writing."""

    exists: bool
    version: int


def inspect(path: Path, *, thorough: bool = True) -> FileCheck:
    """Check that a file is (or may become) our user database, without modifying it.

    `thorough` also reads every page for damage (PRAGMA quick_check): before a write, damage
    must be found before anything changes; a reader finds it when it reads (the error is
    translated as for any read), so a plan does not pay a whole-file check first.
    """
    if not path.exists():
        return FileCheck(False, 0)
    if path.is_dir():
        raise BadInput(_("{path} is a folder, not a user database file.", path=path))
    try:
        with path.open("rb") as f:
            header = f.read(APPLICATION_ID_OFFSET + 4)
    except OSError as e:
        raise DatabaseError(_("{path} could not be read.", path=path), detail=str(e)) from None
    if not header:
        return FileCheck(True, 0)  # an empty file: fine to create the database in
    if header[:len(SQLITE_HEADER)] != SQLITE_HEADER:
        raise BadInput(_("{path} is not a user database (it is not an SQLite file).", path=path),
                       hint=_("Choose the mail system's user database or a new file name; "
                         "ldapwizard will not modify this file."))
    if int.from_bytes(header[APPLICATION_ID_OFFSET:], "big") == APPLICATION_ID:
        try:  # ours: a killed writer's half-write is rolled back before anything reads
            journal.finish_interrupted_write(Path(plain_path(path)), BUSY_TIMEOUT_MS / 1000)
        except sqlite3.Error as e:
            raise translate(e, path, "rolling back an interrupted write") from None
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True,
                                     timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            app_id = connection.execute("PRAGMA application_id").fetchone()[0]
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            tables = connection.execute(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
            # damage anywhere is found before anything writes rows
            health = (connection.execute("PRAGMA quick_check(1)").fetchone()[0]
                      if thorough else "ok")
        finally:
            connection.close()
    except sqlite3.Error as e:
        raise translate(e, path, "opening it") from None
    if health != "ok":
        raise BadInput(_("{path} is damaged.", path=path), detail=health,
                       hint=_("Restore it from a backup; ldapwizard will not modify it."))
    if app_id != APPLICATION_ID and (tables or version):
        raise BadInput(_("{path} is an SQLite database of another program, not a user database.",
                         path=path), hint=_("Choose the mail system's user database or a new "
                         "file name; ldapwizard will not modify this file."))
    if version > CURRENT_VERSION:
        raise BadInput(_("{path} was written by a newer ldapwizard (schema {version}; this "
                         "version knows up to {value}).",
                         path=path, version=version, value=CURRENT_VERSION),
                       hint=_("Use the newer ldapwizard; this one will not modify the file."))
    return FileCheck(True, version)
