"""How the mail servers reach a PostgreSQL user database: with their own login role, which
`ldapwizard db init --reader ROLE` lets read the mail views and nothing else; its password;
and TLS verified against a CA file when the database is not on the same host.

Postfix and Dovecot both speak libpq, in two spellings. Postfix's `pgsql:` table takes
`hosts`, `user`, `password` and `dbname`; its `dbname` may be a libpq connection string
(PQsetdbLogin reads a value with `=` as one), which carries `sslmode` and `sslrootcert`
while `hosts` (all Postfix logs) never holds the password. Dovecot's `connect` is one libpq
connection string, which Dovecot splits at spaces to find `host=`: so no value here may hold
whitespace, and the others are quoted the libpq way (which also keeps a `#` from being taken
for a comment). The password is written only into Dovecot's sql files (mode 0600, read by
root) and Postfix's tables (0640, group postfix: its virtual(8) and proxymap(8) open them
after dropping root).
"""

from __future__ import annotations

import getpass
import re
import sys
from dataclasses import dataclass, field
from pathlib import PurePath
from urllib.parse import quote

from ldapwizard import i18n
from ldapwizard.core.errors import BadInput, DatabaseError
from ldapwizard.core.job.secrets import read_password_file
from ldapwizard.core.maildb import pgdb
from ldapwizard.core.maildb.location import PgTarget, is_local_host, locate
from ldapwizard.core.maildb.schema_pg import MAIL_VIEWS

SYSTEM_CA = "/etc/ssl/certs/ca-certificates.crt"  # Debian's, when no CA file was given
VERIFYING = ("verify-ca", "verify-full")
_ROLE = re.compile(r"[A-Za-z_][A-Za-z0-9_$]{0,62}")


@dataclass(frozen=True)
class PgReader:
    """The database as the mail servers reach it, and the role they log in as."""

    host: str
    port: int
    dbname: str
    user: str
    password: str = field(repr=False)
    sslmode: str | None = None
    ca_source: str | None = None  # a CA file here, copied into the set as DATABASE_CA
    ca_path: str | None = None  # a CA file on the mail server, named as it is (--server-db)

    @property
    def verifies(self) -> bool:
        """Whether the daemons check the server's certificate."""
        return self.sslmode in VERIFYING

    def url(self) -> str:
        """The database as a URL without password, for messages and the README."""
        query = f"?sslmode={self.sslmode}" if self.sslmode else ""
        return (f"postgresql://{quote(self.user, safe='')}@{self.host}:{self.port}/"
                f"{quote(self.dbname, safe='')}{query}")

    def words(self, ca: PurePath | None) -> dict[str, str]:
        """libpq's connection words but user and password; `ca` is where the set's copy of
        the CA is on the mail server."""
        words = {"host": self.host, "port": str(self.port), "dbname": self.dbname}
        if self.sslmode:
            words["sslmode"] = self.sslmode
        root = self.ca_path or (str(ca) if self.ca_source and ca else None)
        if root or self.verifies:
            words["sslrootcert"] = root or SYSTEM_CA
        return words

    def postfix_settings(self, ca: PurePath | None) -> dict[str, str]:
        """`hosts`, `user`, `password` and `dbname` of a Postfix `pgsql:` table."""
        words = self.words(ca)
        host, port = words.pop("host"), words.pop("port")
        hosts = f"unix:{host}" if host.startswith("/") else f"inet:{host}:{port}"
        if host.startswith("/"):
            words["port"] = port
        dbname = words.pop("dbname")
        if words:  # a connection string: the TLS words travel in it
            dbname = conninfo({"dbname": dbname, **words})
        return {"hosts": hosts, "user": self.user, "password": self.password,
                "dbname": dbname}

    def dovecot_connect(self, ca: PurePath | None) -> str:
        """Dovecot's `connect` value (holds the password)."""
        return conninfo({**self.words(ca), "user": self.user, "password": self.password,
                         "client_encoding": "UTF8"})


def conninfo(words: dict[str, str]) -> str:
    """libpq `key=value` words; a value with a quote, backslash or # in single quotes."""
    def quoted(value: str) -> str:
        if value and not re.search(r"['\\#\"]", value):
            return value
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"

    return " ".join(f"{key}={quoted(value)}" for key, value in words.items())


def _checked(value: str, refusal: str) -> str:
    """`value` when a connection setting can carry it; else BadInput with `refusal`."""
    if not value or any(c.isspace() or c == "\0" for c in value):
        raise BadInput(refusal, hint=i18n._("Choose one without (a long random password is "
                                            "best)."))
    return value


def reader(target: PgTarget, *, role: str | None, password_file: str | None,
           server_db: str | None = None) -> PgReader:
    """The mail servers' view of the database `target`: `server_db` (a URL as the mail
    server reaches it) or `target` itself, as `role`, with its password from the file or a
    prompt; never from the environment, which holds the directories' password."""
    where = target
    if server_db:
        where = locate(server_db)
        if not isinstance(where, PgTarget):
            raise BadInput(i18n._("--server-db for a PostgreSQL database is a URL as the mail "
                                  "servers reach it: postgresql://HOST:PORT/DBNAME?sslmode=…."))
    words = _words(where)
    if "service" in words and "host" not in words:
        raise BadInput(i18n._("{database} is a service name, which the mail servers' libpq "
                              "does not know.", database=where),
                       hint=i18n._("Say how they reach the database with --server-db "
                                   "postgresql://HOST:PORT/DBNAME."))
    role = role or (where.user if server_db else None)
    if not role:
        raise BadInput(i18n._("The mail servers need a PostgreSQL role of their own that may "
                              "only read the mail views."),
                       hint=i18n._("Give it with --db-reader ROLE (`ldapwizard db init --db URL "
                                   "--reader ROLE` grants it the views)."))
    if not _ROLE.fullmatch(role):
        raise BadInput(i18n._('"{role}" is not a PostgreSQL role name ldapwizard will write.',
                              role=role),
                       hint=i18n._("Use a plain name: letters, digits and _."))
    password = _password(role, password_file)
    host = words.get("host") or where.host
    local = is_local_host(host)
    sslmode = words.get("sslmode") or (None if local else "verify-full")
    given_ca = words.get("sslrootcert")
    return PgReader(host=_checked(host, i18n._(
                        "The database host is empty or holds a space, line break or NUL, which "
                        "Dovecot's connection setting cannot carry.")), port=where.port,
                    dbname=_checked(where.dbname, i18n._(
                        "The database name is empty or holds a space, line break or NUL, which "
                        "Dovecot's connection setting cannot carry.")), user=role,
                    password=_checked(password, i18n._(
                        "The password of the role {role} is empty or holds a space, line break "
                        "or NUL, which Dovecot's connection setting cannot carry.", role=role)),
                    sslmode=sslmode, ca_source=None if server_db else given_ca,
                    ca_path=given_ca if server_db else None)


def _words(target: PgTarget) -> dict[str, str]:
    from psycopg.conninfo import conninfo_to_dict  # psycopg loads on first use only

    return {key: str(value) for key, value in conninfo_to_dict(target.conninfo).items()}


def _password(role: str, password_file: str | None) -> str:
    if password_file:
        return read_password_file(password_file)
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(i18n._("Password of the PostgreSQL role {role} (the mail "
                                      "servers' login): ", role=role))
    raise BadInput(i18n._("No password for the PostgreSQL role {role}.", role=role),
                   hint=i18n._("Give it with --db-reader-password-file FILE, or run the command "
                               "in a terminal to be asked."))


def unreadable_views(db, role: str) -> tuple[str, ...] | None:
    """The mail views `role` may not read, asked on the owner's connection `db`; None when
    there is no such role."""
    if not db.execute("SELECT 1 FROM pg_roles WHERE rolname = ?", (role,)).fetchone():
        return None
    return tuple(view for view in MAIL_VIEWS if not db.execute(
        "SELECT has_table_privilege(?, ?, 'SELECT')", (role, view)).fetchone()[0])


def reader_notes(target: PgTarget, account: PgReader,
                 unreadable: tuple[str, ...] | None) -> list[str]:
    """What keeps the role from reading the views: no such role, a grant missing, or a login
    refused from here (tried only when the grants are there)."""
    if unreadable is None:
        return [i18n._("There is no PostgreSQL role {role}: create it (CREATE ROLE {role} "
                       "LOGIN PASSWORD …), then run `ldapwizard db init --db {database} "
                       "--reader {role}`.", role=account.user, database=target)]
    if unreadable:
        return [i18n._("The role {role} may not read {views}: run `ldapwizard db init --db "
                       "{database} --reader {role}`.", role=account.user,
                       views=", ".join(unreadable), database=target)]
    probe = locate(account.url() + ("&" if account.sslmode else "?") + "connect_timeout=5")
    if account.verifies:
        root = account.ca_path or account.ca_source or SYSTEM_CA
        probe = locate(f"{probe.display}&sslrootcert={quote(root)}")
    try:
        connection = pgdb.connect(probe, read_only=True, password=account.password)
        try:
            connection.execute("SELECT count(*) FROM mail_domains").fetchone()
        finally:
            connection.close()
    except (DatabaseError, pgdb.Error) as error:
        return [i18n._("The role {role} could not read the mail views from here ({error}); "
                       "the mail servers may fare the same: check its password, pg_hba.conf "
                       "and TLS.", role=account.user, error=str(error).splitlines()[0])]
    return []
