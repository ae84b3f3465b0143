"""What became of a write whose COMMIT got no answer — found out, never guessed.

When the connection to PostgreSQL drops between COMMIT sent and its answer (the server killed,
the socket cut), or SQLite reports an I/O error on COMMIT, the write may or may not have
landed. Each import, sync and undo therefore writes a run id (a uuid) in its own transaction
(`start_run`: in the batch's options, `run_id`, or for an undo `undo_run` on the batch it
undoes). After such an error `UserDatabase.transaction()` reconnects and looks the run id up
(`settle`): the write landed (batch N, with its counts), did not land (nothing was changed),
or — when the database cannot be reached, or the old session cannot be ended — the outcome
is unknown, with the run id to look for before running it again.

PostgreSQL: before looking, the old session is ended if it still runs (pg_terminate_backend,
only the very session the run began in: same server, process and start time), so its COMMIT
is either done or never will be; the answer found is final.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from dataclasses import dataclass

from ldapwizard import i18n
from ldapwizard.core.errors import DatabaseError, ExitCode
from ldapwizard.core.maildb import pg, pgdb
from ldapwizard.core.maildb.sqlite_file import BUSY_TIMEOUT_MS, plain_path

LANDED, NOT_LANDED, UNKNOWN = "landed", "not landed", "unknown"
RUN_KEY = "run_id"  # in an import's or a sync's batch options
UNDO_RUN_KEY = "undo_run"  # in the options of the batch an undo undid
UNDONE_BY_KEY = "undone_by"
END_OLD_SESSION_MS = 5000


class SqliteConnection(sqlite3.Connection):
    """sqlite3's connection, able to carry the run its write transaction records
    (start_run), as pgdb.Connection does."""

    pending_run = None


@dataclass
class Run:
    """The write a transaction carries: its run id, its kind, and where it ran."""

    run_id: str
    kind: str  # import, sync or undo
    batch_id: int | None = None  # the batch it opened, or the one an undo undoes
    session: tuple | None = None  # PostgreSQL: (host, port, backend pid, backend start)


@dataclass(frozen=True)
class Found:
    """The batch a run id was found in after the broken COMMIT: its counts in words, or
    when it was undone."""

    batch_id: int
    counts: str = ""
    undone_at: str | None = None


class CommitInterrupted(DatabaseError):
    """A write's COMMIT got no answer; `outcome` (LANDED, NOT_LANDED, UNKNOWN) says what was
    found out after reconnecting, `run_id` what to look for, `batch_id` the batch concerned.
    Raised when it did not land or is unknown; one that landed is the write's result's
    `interrupted` (the run goes on as landed)."""

    def __init__(self, message: str, *, outcome: str, run_id: str | None,
                 batch_id: int | None = None, detail: str | None = None,
                 hint: str | None = None):
        super().__init__(message, detail=detail, hint=hint)
        self.outcome = outcome
        self.run_id = run_id
        self.batch_id = batch_id

    @property
    def exit_code(self) -> ExitCode:
        return {LANDED: ExitCode.OK, NOT_LANDED: ExitCode.FAILED}.get(self.outcome,
                                                                       ExitCode.UNKNOWN)


class _Unsure(Exception):
    """The look-up cannot give a final answer (why, in words)."""


def new_run_id() -> str:
    """A run id no other run has."""
    return str(uuid.uuid4())


def start_run(db, kind: str, batch_id: int | None = None) -> str:
    """A new run id for the write of the open transaction on `db`, kept with the connection
    so that the transaction can look it up after a broken COMMIT."""
    run = Run(new_run_id(), kind, batch_id)
    raw = getattr(db, "raw", None)
    if raw is not None:  # PostgreSQL: which session to end if it outlives its client
        started = db.execute("SELECT backend_start FROM pg_catalog.pg_stat_activity "
                             "WHERE pid = pg_catalog.pg_backend_pid()").fetchone()
        run.session = (raw.info.host, raw.info.port, raw.info.backend_pid,
                       started[0] if started else None)
    try:
        db.pending_run = run
    except AttributeError:  # a connection ldapwizard did not open for writing
        pass
    return run.run_id


def pending(db) -> Run | None:
    """The run of the transaction open on `db`, if it started one."""
    return getattr(db, "pending_run", None)


def forget(db) -> None:
    """A new transaction: the run of an earlier one is not its own."""
    if pending(db) is not None:
        db.pending_run = None


def run_id_of(options: str | None, key: str = RUN_KEY) -> str | None:
    """The run id a batch's options record (`key`: RUN_KEY or UNDO_RUN_KEY), if any."""
    try:
        record = json.loads(options or "{}")
    except ValueError:
        return None
    value = record.get(key) if isinstance(record, dict) else None
    return value if isinstance(value, str) else None


def runs_words(options: str | None) -> str:
    """A batch's run ids as `db show` lists them ("; run …; undo run …"), or ""."""
    words = []
    if run := run_id_of(options, RUN_KEY):
        words.append(i18n._("run {run}", run=run))
    if undo := run_id_of(options, UNDO_RUN_KEY):
        words.append(i18n._("undo run {run}", run=undo))
    line = ""
    for word in words:
        line = line + "; " + word
    return line


# what was being committed, by the run's kind (an undo names its batch)
_KIND_WORDS = {"import": i18n.N_("the import"), "sync": i18n.N_("the sync")}
# what broke the COMMIT and what ldapwizard found out after, by dialect: whole sentences
_UNKNOWN = {
    "sqlite": i18n.N_("A disk error struck {where} while {what} was being committed: whether "
                      "it landed is unknown."),
    "postgresql": i18n.N_("The connection to {where} broke while {what} was being committed: "
                          "whether it landed is unknown.")}
_NOT_FOUND_OUT = {
    "sqlite": i18n.N_("A disk error struck {where} while {what} was being committed, and "
                      "ldapwizard could not find out whether it landed: the outcome is "
                      "unknown."),
    "postgresql": i18n.N_("The connection to {where} broke while {what} was being committed, "
                          "and ldapwizard could not find out whether it landed: the outcome is "
                          "unknown.")}
_NOT_LANDED = {
    "sqlite": i18n.N_("A disk error struck {where} while {what} was being committed; "
                      "ldapwizard opened it again and found that {what} did not land: nothing "
                      "was changed."),
    "postgresql": i18n.N_("The connection to {where} broke while {what} was being committed; "
                          "ldapwizard reconnected and found that {what} did not land: nothing "
                          "was changed.")}
_UNDO_LANDED = {
    "sqlite": i18n.N_("A disk error struck {where} while {what} was being committed; "
                      "ldapwizard opened it again and found that {what} landed: batch {batch} "
                      "was undone at {when}."),
    "postgresql": i18n.N_("The connection to {where} broke while {what} was being committed; "
                          "ldapwizard reconnected and found that {what} landed: batch {batch} "
                          "was undone at {when}.")}
_LANDED = {
    "sqlite": i18n.N_("A disk error struck {where} while {what} was being committed; "
                      "ldapwizard opened it again and found that {what} landed: batch {batch} "
                      "({counts})."),
    "postgresql": i18n.N_("The connection to {where} broke while {what} was being committed; "
                          "ldapwizard reconnected and found that {what} landed: batch {batch} "
                          "({counts}).")}


def _what(run: Run | None, action: str) -> str:
    if run is not None and run.kind == "undo":
        return i18n._("the undo of batch {batch}", batch=run.batch_id)
    if run is not None and run.kind in _KIND_WORDS:
        return i18n._(_KIND_WORDS[run.kind])
    if run is not None:
        return f"the {run.kind}"
    return i18n._(action)


def settle(database, run: Run | None, action: str, error: Exception) -> CommitInterrupted:
    """What became of `run` after the COMMIT of `database` (a UserDatabase) failed with
    `error`, found on a new connection (PostgreSQL: it then replaces the broken one, so the
    run can go on reading). Never raises itself."""
    where = str(database.path)
    dialect = "sqlite" if database.dialect == "sqlite" else "postgresql"
    what = _what(run, action)
    detail = str(error)
    if run is None:  # a write without a run id (a hand-made user, a schema upgrade)
        return CommitInterrupted(
            i18n._(_UNKNOWN[dialect], where=where, what=what), outcome=UNKNOWN, run_id=None,
            detail=detail, hint=i18n._("Check the user database (`ldapwizard db show`) before "
                                       "doing it again."))
    try:
        connection = _reconnect(database)
        try:
            found = _look_up(connection, run)
        except BaseException:
            connection.close()
            raise
        _adopt(database, connection)
    except Exception as e:  # whatever stops the look-up leaves the outcome unknown
        why = getattr(e, "message", None) or str(e)
        return CommitInterrupted(
            i18n._(_NOT_FOUND_OUT[dialect], where=where, what=what), outcome=UNKNOWN,
            run_id=run.run_id, batch_id=run.batch_id,
            detail=detail + "\n" + i18n._("Looking it up: {why}", why=why),
            hint=i18n._("Before running it again, look for run id {run} in `ldapwizard db "
                        "show` (its recent batches name their run ids): a batch shown undone "
                        "with that undo run id means the undo landed; none means nothing was "
                        "changed.", run=run.run_id) if run.kind == "undo" else
            i18n._("Before running it again, look for run id {run} in `ldapwizard db show` "
                   "(its recent batches name their run ids): a batch with that run id means "
                   "it landed; none means nothing was changed.", run=run.run_id))
    if found is None:
        undone = run.batch_id if run.kind == "undo" else None  # an import's batch: none
        return CommitInterrupted(
            i18n._(_NOT_LANDED[dialect], where=where, what=what), outcome=NOT_LANDED,
            run_id=run.run_id, batch_id=undone, detail=detail,
            hint=i18n._("Run it again when the database is reachable."))
    if run.kind == "undo":
        message = i18n._(_UNDO_LANDED[dialect], where=where, what=what,
                         batch=found.batch_id, when=found.undone_at)
    else:
        message = i18n._(_LANDED[dialect], where=where, what=what, batch=found.batch_id,
                         counts=found.counts)
    return CommitInterrupted(message, outcome=LANDED, run_id=run.run_id,
                             batch_id=found.batch_id, detail=detail)


def _look_up(connection, run: Run) -> Found | None:
    """The batch recording `run` in the database behind `connection`, once the session the
    run began in can no longer commit; None when it did not land."""
    same_server = True
    if run.session is not None:
        host, port, pid, started = run.session
        raw = connection.raw
        same_server = (raw.info.host, raw.info.port) == (host, port)
        if same_server and started is not None:
            row = connection.execute(
                "SELECT pg_catalog.pg_terminate_backend(pid, ?) FROM "
                "pg_catalog.pg_stat_activity WHERE pid = ? AND backend_start = ?",
                (END_OLD_SESSION_MS, pid, started)).fetchone()
            if row is not None and not row[0]:
                raise _Unsure(i18n._("its session on the server could not be ended"))
    if run.kind == "undo":
        row = connection.execute("SELECT id, options, undone_at FROM batches WHERE id = ?",
                                 (run.batch_id,)).fetchone()
        found = (Found(row[0], undone_at=row[2]) if row and row[2] and
                 run_id_of(row[1], UNDO_RUN_KEY) == run.run_id else None)
    else:
        found = None
        for batch_id, kind, options, created, skipped, failed in connection.execute(
                "SELECT id, kind, options, created, skipped, failed FROM batches "
                "WHERE options LIKE ?", (f"%{run.run_id}%",)).fetchall():
            if run_id_of(options) == run.run_id:
                found = Found(batch_id, _counts(kind, json.loads(options), created, skipped,
                                                failed))
    if found is None and not same_server:
        raise _Unsure(i18n._("the server reached now is not the one the run was sent to"))
    return found


def _counts(kind: str, options: dict, created, skipped, failed) -> str:
    """A batch's counts in words, a sync's changes included (as Batch.counts_text)."""
    words = [i18n._("{count} created", count=created or 0),
             i18n._("{count} skipped", count=skipped or 0),
             i18n._("{count} failed", count=failed or 0)]
    if kind == "sync":
        words[1:1] = [i18n._("{count} updated", count=options.get("updated", 0)),
                      i18n._("{count} disabled", count=options.get("disabled", 0)),
                      i18n._("{count} removed", count=options.get("removed", 0))]
    line = words[0]
    for word in words[1:]:
        line = line + ", " + word  # a Message keeps its English twin for the log
    return line


def _reconnect(database):
    """A new connection to the same database, to look up what a broken COMMIT did."""
    if database.dialect == "sqlite":
        return sqlite3.connect(plain_path(database.path), timeout=BUSY_TIMEOUT_MS / 1000,
                               isolation_level=None, factory=SqliteConnection)
    connection = pgdb.connect(database.path)
    try:
        pg.settle_session(connection, database.path, write=False)
    except BaseException:
        connection.close()
        raise
    return connection


def _adopt(database, connection) -> None:
    """After a look-up: PostgreSQL's new connection replaces the broken one; SQLite's own
    connection is still good."""
    if database.dialect == "sqlite":
        connection.close()
        return
    try:
        database.connection.close()
    except pgdb.Error:
        pass
    database.connection = connection
