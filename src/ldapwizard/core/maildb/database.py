"""The mail system's user database — an SQLite file or a PostgreSQL database (location.py):
open safely, migrate forward, read the namespace.

A database that is not ours, comes from a newer version, is damaged, read-only or locked is
reported and never modified: every check before a write happens before anything is written.
Both back ends give the same guarantees: a write is one transaction, one writer at a time
(SQLite's BEGIN IMMEDIATE; in PostgreSQL a transaction-scoped advisory lock, so writers on
several workstations queue the same way), and the same schema version (pg.py for the
PostgreSQL side).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import closing, contextmanager
from pathlib import Path

from ldapwizard import i18n
from ldapwizard.core.errors import BadInput, DatabaseError
from ldapwizard.core.job import paths
from ldapwizard.core.maildb import addresses, journal, outcome, pg, pgdb, schema_v7
from ldapwizard.core.maildb.location import Location, PgTarget, locate
from ldapwizard.core.maildb.schema import APPLICATION_ID, CURRENT_VERSION, MIGRATIONS
from ldapwizard.core.maildb.snapshot import Imported, Logins, Namespace, Snapshot
from ldapwizard.core.maildb.sqlite_file import (
    BUSY_TIMEOUT_MS,
    FileCheck,
    inspect,
    plain_path,
)
from ldapwizard.core.maildb.sqlite_file import read_only_uri as _read_only_uri
from ldapwizard.core.maildb.sqlite_file import translate as _translate

DEFAULT_NAME = "users.sqlite"
# what a database driver raises, by back end; pgdb wraps psycopg's own
DRIVER_ERRORS = (sqlite3.Error, pgdb.Error)
INTEGRITY_ERRORS = (sqlite3.IntegrityError, pgdb.IntegrityError)
log = logging.getLogger(__name__)




def default_path() -> Path:
    """The user database in the platform's data folder (LDAPWIZARD_DATA_DIR overrides)."""
    return paths.data_dir() / DEFAULT_NAME


@contextmanager
def open_for_dry_run(location: str | Path | PgTarget) -> Iterator[UserDatabase]:
    """A writable database for a dry run, which rolls its transaction back.

    A file is copied first, so the real one is never created, migrated or switched to WAL.
    A PostgreSQL database is used itself (its transaction is rolled back, as everything in
    PostgreSQL can be), but only at the current schema: upgrading it would be a change.
    """
    target = locate(location)
    if isinstance(target, PgTarget):
        with UserDatabase.open(target, write=True, upgrade=False) as database:
            yield database
        return
    with scratch_copy(target) as scratch, \
            UserDatabase.open(scratch, write=True, create=True) as database:
        yield database


@contextmanager
def scratch_copy(path: str | Path) -> Iterator[Path]:
    """A throw-away copy of the database at `path` (or no file, when there is none yet).

    A dry run writes there, so the real file is never created, migrated or switched to WAL.
    """
    source = Path(path)
    with tempfile.TemporaryDirectory(prefix="ldapwizard-dry-") as folder:
        scratch = Path(folder) / "dry-run.sqlite"
        if source.exists() and inspect(source, thorough=False).version:  # refusals first
            try:  # an older schema too: the copy is upgraded, never the file
                with closing(sqlite3.connect(_read_only_uri(source), uri=True,
                                             timeout=BUSY_TIMEOUT_MS / 1000)) as original, \
                        closing(sqlite3.connect(scratch)) as copy:
                    original.backup(copy)
            except sqlite3.Error as e:
                raise _translate(e, source, i18n.N_("copying it")) from None
        yield scratch


def check_writable(location: str | Path | PgTarget) -> None:
    """Refuse now, before a listing, a target an import or sync could not write: not ours,
    newer, damaged, or a read-only PostgreSQL server (a standby); nothing is created."""
    target = locate(location)
    if isinstance(target, PgTarget):
        pg.check_writable(target)
    else:
        inspect(target, thorough=False)


def now() -> str:
    """A UTC timestamp as stored in the database."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _statements(script: str):
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                yield buffer.strip()
            buffer = ""


class UserDatabase:
    """An open user database; writes go through `transaction()`."""

    def __init__(self, path: Location, connection, writable: bool):
        self.path = path  # a file, or a PostgreSQL target (str() names it for messages)
        self.connection = connection  # sqlite3.Connection or pgdb.Connection: one SQL dialect
        self.writable = writable
        self.dialect = getattr(connection, "dialect", "sqlite")
        # the last write's COMMIT broke but it landed, as found after (outcome.py); else None
        self.interrupted: outcome.CommitInterrupted | None = None

    @classmethod
    def open(cls, path: str | Path | PgTarget | None = None, *, write: bool = False,
             create: bool = False, upgrade: bool = True) -> UserDatabase:
        """Open (and with `create`, create or migrate) the database at `path` — a file or a
        PostgreSQL URL; `upgrade=False` refuses an older schema instead of migrating it."""
        location = locate(path) if path else default_path()
        if isinstance(location, PgTarget):
            connection, _ = pg.open_connection(location, write=write, create=create,
                                               upgrade=upgrade)
            return cls(location, connection, writable=write or create)
        path = location
        check = inspect(path, thorough=write or create)
        if check.exists and check.version < CURRENT_VERSION and not upgrade:
            raise BadInput(i18n._("{path} has an older schema (version {version}).",
                                  path=path, version=check.version),
                           hint=i18n._("Upgrade it first (`ldapwizard db init`); a dry run "
                                       "changes nothing, not even the schema."))
        if not check.exists and not create:
            raise BadInput(i18n._("There is no user database at {path}.", path=path),
                           hint=i18n._("Create it with `ldapwizard db init`, or choose another "
                                       "file."))
        if write or create or check.version < CURRENT_VERSION:
            if check.version < CURRENT_VERSION and not (write or create):
                raise BadInput(i18n._("{path} has an older schema (version {version}).",
                                      path=path, version=check.version),
                               hint=i18n._("Open it once for writing (e.g. `ldapwizard db "
                                           "init`) to upgrade it."))
            return cls._open_writable(path, check)
        try:
            connection = sqlite3.connect(_read_only_uri(path), uri=True,
                                         timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
            connection.execute("PRAGMA foreign_keys = ON")
        except sqlite3.Error as e:
            raise _translate(e, path, i18n.N_("opening it")) from None
        return cls(path, connection, writable=False)

    @classmethod
    def _open_writable(cls, path: Path, check: FileCheck) -> UserDatabase:
        folder = path.parent if str(path.parent) else Path(".")
        existing = folder
        while not existing.exists() and existing != existing.parent:
            existing = existing.parent  # the folder will be created below the nearest one
        if (check.exists and not os.access(path, os.W_OK)) or not os.access(existing, os.W_OK):
            raise DatabaseError(i18n._("The user database {path} is read-only here.",
                                       path=path),
                                hint=i18n._("Choose a file in a folder you may write to; "
                                            "nothing was changed."))
        if not check.exists:
            folder.mkdir(parents=True, exist_ok=True)
        try:
            connection = sqlite3.connect(plain_path(path), timeout=BUSY_TIMEOUT_MS / 1000,
                                         isolation_level=None, factory=outcome.SqliteConnection)
            connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            connection.execute("PRAGMA foreign_keys = ON")
            database = cls(path, connection, writable=True)
            try:
                database._migrate()
            except BaseException:
                connection.close()
                raise
            journal.set_up(connection, new=not check.version)
        except sqlite3.Error as e:
            raise _translate(e, path, i18n.N_("opening it")) from None
        return database

    @classmethod
    def open_existing(cls, path: str | Path | PgTarget, *,
                      writing: bool = False) -> UserDatabase | None:
        """The database at `path` open for reading, or None while there is none yet (no
        file; a PostgreSQL database without our schema) — a plan against nothing. With
        `writing` (the plan is for a write), a read-only server is refused now."""
        location = locate(path)
        if isinstance(location, PgTarget):
            connection = pg.open_existing(location, writing=writing)
            return cls(location, connection, writable=False) if connection else None
        return cls.open(location) if location.exists() else None

    def _migrate(self) -> None:
        version = self.connection.execute("PRAGMA user_version").fetchone()[0]
        if version >= CURRENT_VERSION:
            return
        # Python's casefold and the mailbox rule, for filling the columns version 3 added
        self.connection.create_function("ldapwizard_casefold", 1, str.casefold,
                                        deterministic=True)
        self.connection.create_function("ldapwizard_mailbox", 2, addresses.mailbox_path,
                                        deterministic=True)
        with self.transaction(i18n.N_("upgrading the schema")):
            for target in range(version, CURRENT_VERSION):
                for statement in _statements(MIGRATIONS[target]):
                    self.connection.execute(statement)
            self.connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            self.connection.execute(f"PRAGMA user_version = {CURRENT_VERSION}")

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> UserDatabase:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def transaction(self, action: str = i18n.N_("the change")):
        """BEGIN IMMEDIATE … COMMIT (PostgreSQL: BEGIN and the writers' lock); any exception
        rolls everything back. Every write commits here: the forwards marked in the
        transaction are joined for Postfix just before (schema_v7.py).

        A COMMIT that gets no answer (the connection lost, an I/O error) is settled: the run
        the transaction recorded (outcome.start_run) is looked up after reconnecting. Landed:
        the transaction ends normally and `self.interrupted` says what happened; not landed
        or unknown: CommitInterrupted, saying which."""
        if not self.writable:
            raise DatabaseError(i18n._("The user database {path} was opened read-only.",
                                       path=self.path))
        self.interrupted = None
        outcome.forget(self.connection)
        try:
            if self.dialect == "sqlite":
                self.connection.execute("BEGIN IMMEDIATE")
            else:
                pg.begin_writing(self.connection)
        except DRIVER_ERRORS as e:
            raise _translate(e, self.path, action) from None
        try:
            yield self.connection
            if self.dialect == "sqlite":  # PostgreSQL's deferred trigger does it at COMMIT
                schema_v7.refresh(self.connection)
        except BaseException as error:
            self._roll_back()
            if isinstance(error, DRIVER_ERRORS):
                raise _translate(error, self.path, action) from None
            raise
        try:
            self.connection.execute("COMMIT")
        except DRIVER_ERRORS as error:
            self._after_failed_commit(error, action)
        except BaseException:  # e.g. Ctrl+C while COMMIT was on its way
            self._roll_back()
            raise

    def _roll_back(self) -> None:
        if self.connection.in_transaction:
            try:
                self.connection.execute("ROLLBACK")
            except DRIVER_ERRORS:
                pass  # the original error is the one to report; both undo on close

    def _after_failed_commit(self, error: Exception, action: str) -> None:
        """COMMIT failed: a refusal the server answered (the transaction is over, or still
        open and rolled back here) is reported as before; an unanswered one is settled."""
        run = outcome.pending(self.connection)
        if self.dialect == "sqlite":
            answered = self.connection.in_transaction  # e.g. busy: it is still ours to end
        else:
            answered = not self.connection.lost and (error.sqlstate or "")[:2] not in (
                "", "08", "57")
        if answered:
            self._roll_back()
            raise _translate(error, self.path, action) from None
        found = outcome.settle(self, run, action, error)
        if found.outcome != outcome.LANDED:
            raise found from None
        log.warning("%s", found.message)
        self.interrupted = found

    # --- reading ---------------------------------------------------------------------------

    @contextmanager
    def reading(self, action: str = i18n.N_("reading it")):
        """The connection for reads; a driver error becomes a typed error naming the file."""
        try:
            yield self.connection
        except DRIVER_ERRORS as e:
            raise _translate(e, self.path, action) from None

    def snapshot(self, domain: str) -> Snapshot:
        """What the target domain holds, as a plan asks for it: looked up a page of the
        listing at a time (use it while the database is open; inside `consistent_reads()`
        every look-up sees the same state)."""
        domain_id = self.domain_id(domain)
        logins = Logins(self.connection)
        if domain_id is None:
            return Snapshot(usernames=logins)
        with self.reading():
            return Snapshot(domain_id, self.namespace(domain_id), logins,
                            Imported(self.connection, domain_id), dict(self.connection.execute(
                                "SELECT stable_id, local_part FROM lists WHERE domain_id = ? "
                                "AND stable_id IS NOT NULL", (domain_id,))))

    @contextmanager
    def consistent_reads(self, action: str = i18n.N_("reading it")):
        """One read transaction, so that a snapshot and the look-ups a plan makes page by
        page all see one state of the database; inside a transaction already, that one."""
        if self.connection.in_transaction:
            with self.reading(action):
                yield self.connection
            return
        with self.reading(action):
            self.connection.execute("BEGIN" if self.dialect == "sqlite" else
                                    "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        try:
            with self.reading(action):
                yield self.connection
        finally:
            if self.connection.in_transaction:
                try:
                    self.connection.execute("ROLLBACK")  # nothing was written
                except DRIVER_ERRORS:
                    pass  # the connection is gone: so is its transaction

    def domain_id(self, name: str) -> int | None:
        with self.reading() as db:
            row = db.execute("SELECT id FROM domains WHERE name = ?",
                             (addresses.normalise_domain(name),)).fetchone()
        return row[0] if row else None

    def namespace(self, domain_id: int | None) -> Mapping[str, tuple[str, str]]:
        """Every taken local key of a domain -> (user/alias/list, local part as stored),
        read when asked (a batch of keys per query: Namespace.among), so use it while the
        database is open."""
        if domain_id is None:
            return {}
        return Namespace(self.connection, domain_id)

    def imported_ids(self, domain_id: int | None) -> dict[str, str]:
        """stable id -> address of the domain's directory-authenticated users."""
        if domain_id is None:
            return {}
        return dict(self.connection.execute(
            "SELECT stable_id, local_part FROM users WHERE domain_id = ? AND stable_id IS NOT "
            "NULL", (domain_id,)))
