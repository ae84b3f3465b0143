"""The user database in PostgreSQL: open, check it is ours, create or migrate it, lock writers,
translate errors — what database.py does for a file, with the same refusals and words.

One writer at a time, as SQLite's BEGIN IMMEDIATE gives: every write transaction takes the
same transaction-scoped advisory lock, waiting at most LOCK_WAIT (as SQLite's busy timeout),
so imports and syncs from several workstations queue instead of interleaving, and a plan
checked against a snapshot meets either the rows of the import before it or a clean error.
Readers (Postfix, Dovecot, previews) are never blocked.
"""

from __future__ import annotations

import re

from ldapwizard.core.errors import BadInput, DatabaseError
from ldapwizard.core.maildb import pgdb, schema_pg
from ldapwizard.core.maildb.location import PgTarget
from ldapwizard.core.maildb.schema import APPLICATION_ID, CURRENT_VERSION

LOCK_WAIT = "5s"
# advisory lock keys (bigint): "LDZW" and a purpose, far from what other programs pick
WRITER_LOCK = APPLICATION_ID << 8 | 1
SYNC_LOCK_CLASS = APPLICATION_ID  # pg_advisory_lock(class, hashtext(profile))


def open_connection(target: PgTarget, *, write: bool, create: bool,
                    upgrade: bool = True) -> tuple[pgdb.Connection, int]:
    """A connection to our database at `target` and its schema version, created (`create`)
    or migrated (`write`, `upgrade`) to the current one; refusals as for a file."""
    connection = pgdb.connect(target, read_only=not (write or create))
    try:
        version = _checked_version(connection, target)
        if version is None and not create:
            raise BadInput(f"There is no user database in {target}.",
                           hint="Create it with `ldapwizard db init --db URL` (the database "
                           "itself must exist: createdb), or choose another one.")
        if (version or 0) < CURRENT_VERSION:
            if not (write or create) or not upgrade:
                if version is not None:
                    raise BadInput(f"{target} has an older schema (version {version}).",
                                   hint="Open it once for writing (e.g. `ldapwizard db "
                                   "init`) to upgrade it; a dry run changes nothing.")
                raise BadInput(f"There is no user database in {target} yet.",
                               hint="Create it with `ldapwizard db init --db URL`; a dry run "
                               "changes nothing.")
            version = _migrate(connection, target, version)
    except BaseException:
        connection.close()
        raise
    return connection, version


def open_existing(target: PgTarget) -> pgdb.Connection | None:
    """A reading connection to our database at `target`; None when it has no schema yet."""
    connection = pgdb.connect(target, read_only=True)
    try:
        version = _checked_version(connection, target)
        if version is None:
            connection.close()
            return None
        if version < CURRENT_VERSION:
            raise BadInput(f"{target} has an older schema (version {version}).",
                           hint="Open it once for writing (e.g. `ldapwizard db init`) to "
                           "upgrade it.")
    except BaseException:
        connection.close()
        raise
    return connection


def _checked_version(connection: pgdb.Connection, target: PgTarget) -> int | None:
    """The schema version, None for an empty database; BadInput for one not ours or newer."""
    try:
        ours = connection.execute("SELECT to_regclass(?) IS NOT NULL",
                                  (schema_pg.META_TABLE,)).fetchone()[0]
        if not ours:
            tables = connection.execute(
                "SELECT count(*) FROM information_schema.tables "
                "WHERE table_schema = current_schema()").fetchone()[0]
            if tables:
                raise BadInput(f"{target} holds tables of another program, not a user "
                               "database.", hint="Choose the mail system's user database or an "
                               "empty one; ldapwizard will not modify this one.")
            return None
        row = connection.execute(
            f"SELECT application_id, version FROM {schema_pg.META_TABLE}").fetchone()
    except pgdb.Error as e:
        raise translate(e, target, "opening it") from None
    if row is None or row[0] != APPLICATION_ID:
        raise BadInput(f"{target} is not an ldapwizard user database.",
                       hint="ldapwizard will not modify it.")
    if row[1] > CURRENT_VERSION:
        raise BadInput(f"{target} was written by a newer ldapwizard (schema {row[1]}; this "
                       f"version knows up to {CURRENT_VERSION}).",
                       hint="Use the newer ldapwizard; this one will not modify the database.")
    return row[1]


def _migrate(connection: pgdb.Connection, target: PgTarget, version: int | None) -> int:
    try:
        begin_writing(connection)
        try:
            # another workstation may have created or upgraded it while we waited for the lock
            current = _checked_version(connection, target)
            if current is None:
                connection.execute(schema_pg.create_script())
                current = schema_pg.CREATED_AT
            for step in range(current, CURRENT_VERSION):
                connection.execute(schema_pg.MIGRATIONS[step])
            connection.execute(f"UPDATE {schema_pg.META_TABLE} SET version = ?",
                               (CURRENT_VERSION,))
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
    except pgdb.Error as e:
        raise translate(e, target, "creating the schema" if version is None
                        else "upgrading the schema") from None
    return CURRENT_VERSION


def begin_writing(connection: pgdb.Connection) -> None:
    """BEGIN, and wait (at most LOCK_WAIT) for the writers' lock; the lock ends with the
    transaction, however it ends."""
    connection.execute("BEGIN")
    try:
        connection.execute(f"SET LOCAL lock_timeout = '{LOCK_WAIT}'")
        connection.execute("SELECT pg_advisory_xact_lock(?)", (WRITER_LOCK,))
    except BaseException:
        connection.execute("ROLLBACK")
        raise


def try_sync_lock(connection: pgdb.Connection, profile: str) -> bool:
    """Take the session-level lock of one profile's syncs (any host), without waiting."""
    return bool(connection.execute("SELECT pg_try_advisory_lock(?, hashtext(?))",
                                   (SYNC_LOCK_CLASS, profile)).fetchone()[0])


def grant_reader(db, role: str) -> None:
    """Let `role` (the mail servers') read the mail views — they run with the owner's rights,
    so the tables behind them stay closed to it."""
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_$]{0,62}", role):
        raise BadInput(f'"{role}" is not a PostgreSQL role name ldapwizard will quote.',
                       hint="Use a plain name: letters, digits and _.")
    exists = db.execute("SELECT 1 FROM pg_roles WHERE rolname = ?", (role,)).fetchone()
    if not exists:
        raise BadInput(f"There is no PostgreSQL role {role}.",
                       hint=f"Create it first (CREATE ROLE {role} LOGIN PASSWORD …).")
    db.execute(f'GRANT USAGE ON SCHEMA public TO "{role}"')
    db.execute(f'GRANT SELECT ON {", ".join(schema_pg.MAIL_VIEWS)} TO "{role}"')


def translate(error: pgdb.Error, target, action: str) -> Exception:
    """A PostgreSQL error in the words database.py uses for SQLite's."""
    state = error.sqlstate or ""
    text = str(error)
    if state in ("55P03", "40P01") or "lock timeout" in text:
        return DatabaseError(f"The user database {target} is busy with another import or "
                             "sync.", detail=text, hint="Wait for it to finish (it may run on "
                             "another workstation), then try again. Nothing was changed.")
    if state == "25006":
        return DatabaseError(f"The user database {target} was opened read-only.", detail=text)
    if state == "42501":
        return DatabaseError(f"The PostgreSQL role may not do {action} in {target}.",
                             detail=text, hint="Grant it the rights (the owner of the database "
                             "has them), or connect as the owner.")
    if state.startswith("53"):
        return DatabaseError(f"The PostgreSQL server of {target} ran out of resources; "
                             f"{action} was undone.", detail=text,
                             hint="Free disk space or memory on the server, then try again.")
    if state.startswith("08") or state.startswith("57P") or not state:
        return DatabaseError(f"The connection to {target} broke during {action}; nothing was "
                             "changed.", detail=text, hint="Check the network and the server, "
                             "then try again.")
    first = text.splitlines()[0] if text else type(error).__name__
    return DatabaseError(f"The user database {target} could not be used: {first}.",
                         detail=text)
