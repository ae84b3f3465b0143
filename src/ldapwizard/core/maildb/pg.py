"""The user database in PostgreSQL: open, check it is ours, create or migrate it, lock writers,
translate errors — what database.py does for a file, with the same refusals and words.

One writer at a time, as SQLite's BEGIN IMMEDIATE gives: every write transaction locks our
meta table in EXCLUSIVE mode, waiting at most LOCK_WAIT (as SQLite's busy timeout), so imports
and syncs from several workstations queue instead of interleaving, and a plan checked against
a snapshot meets either the rows of the import before it or a clean error. Readers (Postfix,
Dovecot, previews) are never blocked, and only a role that may write the table can take the
lock: the mail servers' reader cannot stall imports (an advisory lock anyone connected could
take). Creating the schema, before the table exists, queues on an advisory lock instead.

Where objects go is fixed: the session's search_path is `public` (the mail servers look for
the views there), and a connection whose options set anything else (a service file,
PGOPTIONS) is refused, as the address with such options is (targets.py).
"""

from __future__ import annotations

import re

from ldapwizard import i18n
from ldapwizard.core.errors import BadInput, DatabaseError
from ldapwizard.core.maildb import pgdb, schema_pg, targets
from ldapwizard.core.maildb.location import PgTarget
from ldapwizard.core.maildb.schema import APPLICATION_ID, CURRENT_VERSION

LOCK_WAIT = "5s"
# advisory lock keys (bigint): "LDZW" and a purpose, far from what other programs pick
CREATOR_LOCK = APPLICATION_ID << 8 | 1  # only while there is no schema to lock yet
SYNC_LOCK_CLASS = APPLICATION_ID  # pg_advisory_lock(class, hashtext(profile))
WRITER_LOCK_STATEMENT = f"LOCK TABLE public.{schema_pg.META_TABLE} IN EXCLUSIVE MODE"
SCHEMA = "public"
# every relation another program may own; extensions' own tables are not another program's
_FOREIGN_RELATIONS = """
    SELECT n.nspname || '.' || c.relname FROM pg_catalog.pg_class c
    JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
      AND n.nspname NOT IN ('pg_catalog', 'information_schema')
      AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%'
      AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                      WHERE d.classid = 'pg_catalog.pg_class'::regclass
                        AND d.objid = c.oid AND d.deptype = 'e')
    ORDER BY 1 LIMIT 3"""
_OURS = """
    SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n
    ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relname = ?"""

def open_connection(target: PgTarget, *, write: bool, create: bool,
                    upgrade: bool = True) -> tuple[pgdb.Connection, int]:
    """A connection to our database at `target` and its schema version, created (`create`)
    or migrated (`write`, `upgrade`) to the current one; refusals as for a file."""
    connection = pgdb.connect(target, read_only=not (write or create))
    try:
        settle_session(connection, target, write=write or create)
        version = _checked_version(connection, target)
        if version is None and not create:
            raise BadInput(i18n._("There is no user database in {target}.", target=target),
                           hint=i18n._("Create it with `ldapwizard db init --db URL` (the "
                                       "database itself must exist: createdb), or choose "
                                       "another one."))
        if (version or 0) < CURRENT_VERSION:
            if not (write or create) or not upgrade:
                if version is not None:
                    raise BadInput(i18n._("{target} has an older schema (version "
                                          "{version}).", target=target, version=version),
                                   hint=i18n._("Open it once for writing (e.g. `ldapwizard "
                                               "db init`) to upgrade it; a dry run changes "
                                               "nothing."))
                raise BadInput(i18n._("There is no user database in {target} yet.",
                                      target=target),
                               hint=i18n._("Create it with `ldapwizard db init --db URL`; a "
                                           "dry run changes nothing."))
            version = _migrate(connection, target, version)
    except BaseException:
        connection.close()
        raise
    return connection, version


def open_existing(target: PgTarget, *, writing: bool = False) -> pgdb.Connection | None:
    """A reading connection to our database at `target`; None when it has no schema yet.
    `writing`: the reads plan a write (the window's listing), so a read-only server is
    refused now rather than after the listing."""
    connection = pgdb.connect(target, read_only=True)
    try:
        settle_session(connection, target, write=writing)
        version = _checked_version(connection, target)
        if version is None:
            connection.close()
            return None
        if version < CURRENT_VERSION:
            raise BadInput(i18n._("{target} has an older schema (version {version}).",
                                  target=target, version=version),
                           hint=i18n._("Open it once for writing (e.g. `ldapwizard db init`) "
                                       "to upgrade it."))
    except BaseException:
        connection.close()
        raise
    return connection


def check_writable(target: PgTarget) -> None:
    """Refuse, before any work, a server that cannot take our writes (a standby, a read-only
    default) or a database that is not ours; nothing is created or changed."""
    connection = pgdb.connect(target)
    try:
        settle_session(connection, target, write=True)
        _checked_version(connection, target)
    finally:
        connection.close()


def settle_session(connection: pgdb.Connection, target: PgTarget, *, write: bool) -> None:
    """Refuse a session whose connection options move objects (a service file's or
    PGOPTIONS' search_path, role, …) and, for `write`, a read-only server; then pin the
    search_path to the schema the mail servers read."""
    try:
        moved = [name for (name,) in connection.execute(
            "SELECT name FROM pg_catalog.pg_settings WHERE source = 'client'")
            if name.lower() not in targets.SAFE_SETTINGS]
        if moved:
            raise BadInput(i18n._("The connection to {target} sets {settings}, which would "
                                  "change where ldapwizard's tables go, whose they are or how "
                                  "they are written; it is refused.", target=target,
                                  settings=", ".join(moved)),
                           hint=i18n._("Remove it from the service file (pg_service.conf) or "
                                       "the PGOPTIONS environment variable."))
        if write:
            refuse_read_only(connection, target)
        connection.execute(f"SELECT pg_catalog.set_config('search_path', '{SCHEMA}', false)")
    except pgdb.Error as e:
        raise translate(e, target, i18n.N_("opening it")) from None


def refuse_read_only(connection: pgdb.Connection, target: PgTarget) -> None:
    """BadInput when the server takes no writes: a standby in recovery, or one whose
    transactions are read-only by default."""
    # the session's default as the server set it (reset_val): a reading connection has
    # made its own transactions read-only on purpose
    standby, read_only = connection.execute(
        "SELECT pg_catalog.pg_is_in_recovery(), reset_val::bool FROM pg_catalog.pg_settings "
        "WHERE name = 'default_transaction_read_only'").fetchone()
    if standby or read_only:
        message = (i18n._("The PostgreSQL server of {target} is a standby (it replays the "
                          "primary's changes): imports, syncs and undos cannot write there; "
                          "nothing was done.", target=target) if standby else
                   i18n._("The PostgreSQL server of {target} makes every transaction "
                          "read-only (default_transaction_read_only): imports, syncs and undos "
                          "cannot write there; nothing was done.", target=target))
        raise BadInput(message, hint=i18n._(
            "Point the address at the primary, or list the primary and its standbys with "
            "?target_session_attrs=read-write "
            "(postgresql://USER@HOST1,HOST2/DBNAME?target_session_attrs=read-write)."))


def _checked_version(connection: pgdb.Connection, target: PgTarget) -> int | None:
    """The schema version, None for an empty database; BadInput for one not ours or newer.
    Both questions go to the catalog, which shows every table whoever may read it."""
    try:
        ours = connection.execute(_OURS, (SCHEMA, schema_pg.META_TABLE)).fetchone()
        if not ours:
            others = [name for (name,) in connection.execute(_FOREIGN_RELATIONS)]
            if others:
                raise BadInput(i18n._("{target} holds tables of another program ({tables}), "
                                      "not a user database.", target=target,
                                      tables=", ".join(others)),
                               hint=i18n._("Choose the mail system's user database or an "
                                           "empty one; ldapwizard will not modify this one."))
            return None
        row = connection.execute(
            f"SELECT application_id, version FROM {SCHEMA}.{schema_pg.META_TABLE}").fetchone()
    except pgdb.Error as e:
        raise translate(e, target, i18n.N_("opening it")) from None
    if row is None or row[0] != APPLICATION_ID:
        raise BadInput(i18n._("{target} is not an ldapwizard user database.", target=target),
                       hint=i18n._("ldapwizard will not modify it."))
    if row[1] > CURRENT_VERSION:
        raise BadInput(i18n._("{target} was written by a newer ldapwizard (schema {version}; "
                              "this version knows up to {value}).", target=target,
                              version=row[1], value=CURRENT_VERSION),
                       hint=i18n._("Use the newer ldapwizard; this one will not modify the "
                                   "database."))
    return row[1]


def _migrate(connection: pgdb.Connection, target: PgTarget, version: int | None) -> int:
    try:
        if version is None:  # no table to lock yet: creators queue on an advisory lock
            connection.execute("BEGIN")
            try:
                connection.execute(f"SET LOCAL lock_timeout = '{LOCK_WAIT}'")
                connection.execute("SELECT pg_advisory_xact_lock(?)", (CREATOR_LOCK,))
            except BaseException:
                connection.execute("ROLLBACK")
                raise
        else:
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
        raise translate(e, target, i18n.N_("creating the schema") if version is None
                        else i18n.N_("upgrading the schema")) from None
    return CURRENT_VERSION


def begin_writing(connection: pgdb.Connection) -> None:
    """BEGIN, and wait (at most LOCK_WAIT) for the writers' lock — our meta table locked
    EXCLUSIVE, which only a role that may write it can take; the lock ends with the
    transaction, however it ends."""
    connection.execute("BEGIN")
    try:
        connection.execute(f"SET LOCAL lock_timeout = '{LOCK_WAIT}'")
        connection.execute(WRITER_LOCK_STATEMENT)
    except BaseException:
        connection.execute("ROLLBACK")
        raise


def try_sync_lock(connection: pgdb.Connection, profile: str) -> bool:
    """Take the session-level lock of one profile's syncs (any host), without waiting;
    False while a sync holds it. An advisory lock is anyone's to take: held only by roles
    that may not write the user database, it is no sync, and that is said (DatabaseError)."""
    if connection.execute("SELECT pg_try_advisory_lock(?, hashtext(?))",
                          (SYNC_LOCK_CLASS, profile)).fetchone()[0]:
        return True
    holders = connection.execute(
        "SELECT a.usename, a.pid, pg_catalog.has_table_privilege(a.usename, "
        f"'{SCHEMA}.{schema_pg.META_TABLE}', 'UPDATE') FROM pg_catalog.pg_locks l "
        "JOIN pg_catalog.pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' "
        "AND l.granted AND l.objsubid = 2 AND l.classid = ?::oid "
        "AND l.objid = hashtext(?)::oid", (SYNC_LOCK_CLASS, profile)).fetchall()
    if holders and not any(may_write for _, _, may_write in holders):
        roles = ", ".join(sorted({i18n._("{role} (process {pid})", role=role, pid=pid)
                                  for role, pid, _ in holders}))
        raise DatabaseError(i18n._("The sync lock of profile {profile} in {target} is held by "
                                   "{roles}, which may not write the user database: no sync "
                                   "holds it, but no sync can start while it does.",
                                   profile=profile, target=connection.target, roles=roles),
                            hint=i18n._("Have the database's administrator end that session "
                                        "(SELECT pg_terminate_backend(PROCESS)) and find out "
                                        "why that role took ldapwizard's lock."))
    return False


def grant_reader(db, role: str) -> None:
    """Let `role` (the mail servers') read the mail views — they run with the owner's rights,
    so the tables behind them stay closed to it."""
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_$]{0,62}", role):
        raise BadInput(i18n._('"{role}" is not a PostgreSQL role name ldapwizard will quote.',
                              role=role),
                       hint=i18n._("Use a plain name: letters, digits and _."))
    exists = db.execute("SELECT 1 FROM pg_roles WHERE rolname = ?", (role,)).fetchone()
    if not exists:
        raise BadInput(i18n._("There is no PostgreSQL role {role}.", role=role),
                       hint=i18n._("Create it first (CREATE ROLE {role} LOGIN PASSWORD …).",
                                   role=role))
    db.execute(f'GRANT USAGE ON SCHEMA public TO "{role}"')
    db.execute(f'GRANT SELECT ON {", ".join(schema_pg.MAIL_VIEWS)} TO "{role}"')


def translate(error: pgdb.Error, target, action: str) -> Exception:
    """A PostgreSQL error in the words database.py uses for SQLite's."""
    state = error.sqlstate or ""
    text = str(error)
    # `action` is the caller's words for what was being done ("adding the user"), marked N_()
    # where it is written and said here in the admin's language
    if state in ("55P03", "40P01") or "lock timeout" in text:
        return DatabaseError(i18n._("The user database {target} is busy with another import or "
                               "sync.", target=target), detail=text,
                             hint=i18n._("Wait for it to finish (it may run on another "
                                    "workstation), then try again. Nothing was changed."))
    if state == "25006":
        return DatabaseError(i18n._("The user database {target} was opened read-only.",
                               target=target), detail=text)
    if state == "42501":
        return DatabaseError(i18n._("The PostgreSQL role may not do {action} in {target}.",
                               action=i18n._(action), target=target), detail=text,
                             hint=i18n._("Grant it the rights (the owner of the database has "
                                    "them), or connect as the owner."))
    if state.startswith("53"):
        return DatabaseError(i18n._("The PostgreSQL server of {target} ran out of resources; "
                               "{action} was undone.", target=target, action=i18n._(action)),
                             detail=text, hint=i18n._("Free disk space or memory on the server, "
                                                 "then try again."))
    if state.startswith("08") or state.startswith("57P") or not state:
        return DatabaseError(i18n._("The connection to {target} broke during {action}; nothing was "
                               "changed.", target=target, action=i18n._(action)), detail=text,
                             hint=i18n._("Check the network and the server, then try again."))
    # the server's own words (in the server's language) stay the detail's
    first = text.splitlines()[0] if text else type(error).__name__
    return DatabaseError(i18n._("The user database {target} could not be used: {text}.",
                           target=target, text=first), detail=text)
