"""A PostgreSQL connection (psycopg 3) that speaks the SQL the rest of maildb is written in.

Our statements use qmark parameters (`?`) as sqlite3 does; here they become psycopg's `%s`.
The connection runs in autocommit mode and `UserDatabase.transaction()` issues BEGIN and
COMMIT itself, as it does for SQLite. psycopg's exceptions never leave this module: they
become `Error` (or `IntegrityError`) carrying the SQLSTATE, so callers catch one family per
back end. psycopg is imported on first use (it costs about 0.1 s at start-up).
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Iterable, Sequence

from ldapwizard import i18n
from ldapwizard.core.errors import DatabaseError
from ldapwizard.core.maildb.location import PgTarget

PasswordSource = Callable[[PgTarget, bool], "str | None"]  # (target, asked before) -> password
_password_sources: list[PasswordSource] = []

# what libpq says when the server wants a password it was not given, or refused the one given
NO_PASSWORD = ("fe_sendauth: no password supplied", "password authentication failed")
REFUSED = "password authentication failed"  # a password was sent (.pgpass, PGPASSWORD, ours)
log = logging.getLogger(__name__)
_warned: set[str] = set()


class Error(Exception):
    """A PostgreSQL error, with its SQLSTATE (None when the server was never reached)."""

    def __init__(self, message: str, sqlstate: str | None = None):
        super().__init__(message)
        self.sqlstate = sqlstate


class IntegrityError(Error):
    """A constraint refused a row (SQLSTATE class 23)."""


def set_password_sources(*sources: PasswordSource) -> None:
    """Where a database password comes from when libpq's own (.pgpass, PGPASSFILE) is not
    enough, asked in order: the command line adds a prompt after the keyring."""
    _password_sources[:] = sources


def _wrap(error: Exception) -> Error:
    sqlstate = getattr(error, "sqlstate", None)
    text = str(error).strip()
    if sqlstate and sqlstate.startswith("23"):
        return IntegrityError(text, sqlstate)
    return Error(text, sqlstate)


@functools.lru_cache(maxsize=512)
def to_pyformat(sql: str) -> str:
    """`?` -> `%s` outside quoted strings; a literal `%` doubled."""
    out, quote = [], None
    for char in sql:
        if quote:
            if char == quote:
                quote = None
            out.append("%%" if char == "%" else char)
        elif char in "'\"":
            quote = char
            out.append(char)
        elif char == "?":
            out.append("%s")
        elif char == "%":
            out.append("%%")
        else:
            out.append(char)
    return "".join(out)


class Connection:
    """The part of sqlite3.Connection our code uses, on a psycopg connection."""

    dialect = "postgresql"

    def __init__(self, raw, target: PgTarget):
        self.raw = raw
        self.target = target

    def execute(self, sql: str, params: Sequence = ()):
        import psycopg

        try:
            cursor = self.raw.cursor()
            if params:
                cursor.execute(to_pyformat(sql), tuple(params))
            else:
                cursor.execute(sql)
        except psycopg.Error as e:
            raise _wrap(e) from None
        return cursor

    def executemany(self, sql: str, rows: Iterable[Sequence]):
        import psycopg

        try:
            cursor = self.raw.cursor()
            cursor.executemany(to_pyformat(sql), rows)
        except psycopg.Error as e:
            raise _wrap(e) from None
        return cursor

    def copy_rows(self, table: str, columns: Sequence[str], rows: Iterable[Sequence]) -> None:
        """COPY rows into a table: the fast path for many rows."""
        import psycopg

        names = ", ".join(columns)
        try:
            with self.raw.cursor().copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        except psycopg.Error as e:
            raise _wrap(e) from None

    @property
    def in_transaction(self) -> bool:
        """True inside a transaction (or a failed one); False too when the connection is
        gone, since the server has rolled it back then."""
        from psycopg.pq import TransactionStatus

        return self.raw.info.transaction_status in (TransactionStatus.INTRANS,
                                                    TransactionStatus.INERROR,
                                                    TransactionStatus.ACTIVE)

    @property
    def lost(self) -> bool:
        """True once the connection broke (the server gone, the socket cut): whatever was
        on its way, a COMMIT included, has no answer."""
        return self.raw.closed or self.raw.broken

    def close(self) -> None:
        self.raw.close()


def connect(target: PgTarget, *, read_only: bool = False,
            password: str | None = None) -> Connection:
    """Connect, finding the password the libpq way first, then from the password sources
    (or with `password` only, to check one before it is stored); a refused or missing
    password is a DatabaseError saying where to put it."""
    try:
        import psycopg
    except ImportError as e:  # a broken bundle or install, not the admin's doing
        raise DatabaseError(i18n._("The PostgreSQL driver (psycopg) is not installed."),
                            detail=str(e), hint=i18n._("Reinstall ldapwizard (pip install "
                                                       "ldapwizard pulls psycopg[binary]).")
                            ) from None
    asked = password is not None
    sources = iter(() if asked else _password_sources)
    warning = target.tls_warning
    if warning and target.display not in _warned:
        _warned.add(target.display)  # once per run, not per connection
        log.warning("%s", warning)
    refused = False  # a password was sent and refused: libpq's own (.pgpass) or ours
    while True:
        try:
            raw = psycopg.connect(target.conninfo, autocommit=True,
                                  **({"password": password} if password else {}))
            break
        except psycopg.OperationalError as e:
            text = str(e)
            if not any(words in text for words in NO_PASSWORD):
                raise unreachable(target, e) from None
            refused = refused or REFUSED in text
            password = None
            for source in sources:
                password = source(target, asked or refused)
                if password:
                    asked = True
                    break
            if not password:
                raise password_refused(target, text, wrong=asked or refused) from None
    if read_only:
        raw.execute("SET default_transaction_read_only = on")
    return Connection(raw, target)


def unreachable(target: PgTarget, error: Exception) -> DatabaseError:
    """Why the server was not reached, with the hint that fits libpq's words."""
    text = str(error).strip()
    return DatabaseError(i18n._("The PostgreSQL database {target} could not be reached.",
                                target=target.display),
                         detail=text, hint=_hint(target, text.lower()))


def _hint(target: PgTarget, lowered: str) -> str:
    if "server does not support ssl" in lowered:
        return i18n._("The server does not offer TLS, but the address asks for it "
                      "(sslmode={sslmode}; verify-full is the default for a database over the "
                      "network). Turn TLS on at the server (ssl = on with its certificate); "
                      "sslmode=disable is for a trusted network only and is warned about.",
                      sslmode=target.sslmode or "verify-full")
    if any(words in lowered for words in ("certificate verify failed", "root certificate",
                                          "does not match host name", "certificate")):
        return i18n._("The server's certificate could not be verified. Give the CA that "
                      "signed it (--db-ca-file, or sslrootcert= in the URL); "
                      "sslmode=verify-full is the default for a database over the network.")
    if "role" in lowered and "does not exist" in lowered:
        if target.user:
            return i18n._("There is no PostgreSQL role {role} on the server: check the user "
                          "name in the address, or have the server's administrator create it "
                          "(CREATE ROLE … LOGIN).", role=target.user)
        return i18n._("There is no PostgreSQL role (the login name) on the server: check the "
                      "user name in the address, or have the server's administrator create it "
                      "(CREATE ROLE … LOGIN).")
    if "database" in lowered and "does not exist" in lowered:
        return i18n._("Create the database (createdb), or check its name.")
    if "pg_hba.conf" in lowered:
        return i18n._("The server does not let this user in from here: its administrator "
                      "adds a line for this host, user and database to pg_hba.conf.")
    if "read-write" in lowered or "session is read-only" in lowered:
        return i18n._("None of the servers named takes writes now "
                      "(target_session_attrs=read-write): check which one is the primary.")
    return i18n._("Check the host, port and database name, and that PostgreSQL accepts "
                  "connections.")


def password_refused(target: PgTarget, text: str, *, wrong: bool) -> DatabaseError:
    server = f"{target.host}:{target.port}"
    if target.user:
        message = (i18n._("PostgreSQL at {server} refused the password for {user}.",
                          server=server, user=target.user) if wrong else
                   i18n._("PostgreSQL at {server} needs a password for {user}.",
                          server=server, user=target.user))
    else:
        message = (i18n._("PostgreSQL at {server} refused the password for this user.",
                          server=server) if wrong else
                   i18n._("PostgreSQL at {server} needs a password for this user.",
                          server=server))
    hint = (i18n._("Store it with the wizard's Password… button beside the database, or "
                   "`ldapwizard db password {target}` (both keep it in the system keyring), or "
                   "in the PostgreSQL password file (.pgpass, or the file PGPASSFILE names); "
                   "that file is read first, so correct or remove a wrong line there.",
                   target=target.display) if wrong else
            i18n._("Store it with the wizard's Password… button beside the database, or "
                   "`ldapwizard db password {target}` (both keep it in the system keyring), or "
                   "in the PostgreSQL password file (.pgpass, or the file PGPASSFILE names).",
                   target=target.display))
    return DatabaseError(message, detail=text, hint=hint)
