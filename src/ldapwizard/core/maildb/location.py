"""Where the user database is: an SQLite file, or a PostgreSQL database named by a libpq URL
(`postgresql://USER@HOST:PORT/DBNAME`), a `service=NAME` or libpq `key=value` words.

A value that looks like a URL is never taken as a file name (`Path("postgresql://h/db")` is a
folder named `postgresql:`), and a password in it is refused: the value lands in profiles,
logs, schedules and the command line, so the password comes from the keyring, the libpq
password file or a prompt instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit, urlunsplit

from ldapwizard.core.errors import BadInput

SCHEMES = ("postgresql", "postgres")
DEFAULT_PORT = 5432
# libpq connection keywords (PostgreSQL 15 "Parameter Key Words"), for `key=value` values
_KEYWORDS = frozenset("""host hostaddr port dbname user password passfile channel_binding
    connect_timeout client_encoding options application_name fallback_application_name
    keepalives keepalives_idle keepalives_interval keepalives_count tcp_user_timeout
    replication gssencmode sslmode requiressl sslcompression sslcert sslkey sslpassword
    sslrootcert sslcrl sslcrldir sslsni requirepeer ssl_min_protocol_version
    ssl_max_protocol_version krbsrvname gsslib service target_session_attrs
    load_balance_hosts""".split())
_WORDS = re.compile(r"^\s*(\w+\s*=\s*('([^'\\]|\\.)*'|\S+)\s*)+$")
_WORD = re.compile(r"(\w+)\s*=\s*('(?:[^'\\]|\\.)*'|\S+)")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")
_LOCAL_HOSTS = ("", "localhost", "127.0.0.1", "::1")


@dataclass(frozen=True)
class PgTarget:
    """A PostgreSQL database as libpq names it; never holds a password."""

    conninfo: str  # what libpq connects with (our defaults added)
    display: str  # the value as given (and saved), for messages and profiles
    host: str
    port: int
    dbname: str
    user: str
    sslmode: str | None

    def __str__(self) -> str:
        return self.display

    @property
    def keyring_account(self) -> str:
        """The keyring entry holding this database's password."""
        return f"postgresql:{self.user}@{self.host}:{self.port}/{self.dbname}"

    def exists(self) -> bool:
        """A server database may always exist: opening it tells (the file API's question)."""
        return True


Location = Path | PgTarget


def is_database_url(value: str) -> bool:
    """True when `value` names a server database rather than a file."""
    text = value.strip()
    if _SCHEME.match(text):
        return True
    return bool(_WORDS.match(text)) and all(
        key.lower() in _KEYWORDS for key, _ in _WORD.findall(text))


def locate(value: str | Path | PgTarget) -> Location:
    """The database a `--db` value (or a profile's) names; BadInput for a URL we cannot use."""
    if isinstance(value, (Path, PgTarget)):
        return value
    text = value.strip()
    if not is_database_url(text):
        return Path(text)
    scheme = _SCHEME.match(text)
    if scheme and scheme.group(1).lower() not in SCHEMES:
        raise BadInput(f'"{text}" is a {scheme.group(1)} URL; the user database is an SQLite '
                       "file or a PostgreSQL database.",
                       hint="Give a file name, or postgresql://USER@HOST:PORT/DBNAME.")
    words = _url_words(text) if scheme else _conninfo_words(text)
    return _target(text, words)


def _refuse_password() -> None:
    raise BadInput("The database address given (--db, or the profile's) holds a password; it "
                   "is not repeated here.",
                   hint="Leave the password out: ldapwizard takes it from the keyring "
                   "(the wizard's Password… button, or `ldapwizard db password URL`), the "
                   "PostgreSQL password file (.pgpass, "
                   "PGPASSFILE) or asks for it; a password in the URL would land in profiles, "
                   "logs and the command line.")


def _url_words(text: str) -> dict[str, str]:
    parts = urlsplit(text)
    if parts.password is not None:
        _refuse_password()
    words: dict[str, str] = {}
    try:
        port = parts.port
    except ValueError:
        raise BadInput(f'"{text}" has a port that is not a number.') from None
    if parts.hostname:
        words["host"] = unquote(parts.hostname)
    if port:
        words["port"] = str(port)
    if parts.username:
        words["user"] = unquote(parts.username)
    if parts.path.strip("/"):
        words["dbname"] = unquote(parts.path.lstrip("/"))
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        if key not in _KEYWORDS:
            raise BadInput(f'"{key}" in {text} is not a PostgreSQL connection setting.',
                           hint="See libpq's connection parameters (sslmode, sslrootcert, "
                           "connect_timeout, …).")
        words[key] = value
    if "password" in words:
        _refuse_password()
    return words


def _conninfo_words(text: str) -> dict[str, str]:
    words = {}
    for key, value in _WORD.findall(text):
        if value.startswith("'"):
            value = re.sub(r"\\(.)", r"\1", value[1:-1])
        words[key.lower()] = value
    if "password" in words:
        _refuse_password()
    return words


def is_local_host(host: str) -> bool:
    """Loopback or a Unix socket folder: the only places TLS need not be verified."""
    return host in _LOCAL_HOSTS or host.startswith("/") or host.startswith("127.")


def _target(text: str, words: dict[str, str]) -> PgTarget:
    host = words.get("host", "")
    if "sslmode" not in words and "service" not in words and not is_local_host(host):
        # the mail system's database over the network: the server must prove who it is
        words["sslmode"] = "verify-full"
    words.setdefault("application_name", "ldapwizard")
    words.setdefault("connect_timeout", "10")
    try:
        port = int(words.get("port", DEFAULT_PORT))
    except ValueError:
        raise BadInput(f'"{text}" has a port that is not a number.') from None
    conninfo = " ".join(f"{key}={_quote(value)}" for key, value in words.items())
    return PgTarget(conninfo=conninfo, display=text, host=host or "localhost", port=port,
                    dbname=words.get("dbname", words.get("user", "")),
                    user=words.get("user", ""), sslmode=words.get("sslmode"))


def _quote(value: str) -> str:
    if value and not re.search(r"[\s'\\]", value):
        return value
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def with_ca_file(value: str, ca_file: str) -> str:
    """A database URL that verifies the server against `ca_file` (`--db-ca-file`)."""
    target = locate(value)
    if not isinstance(target, PgTarget):
        raise BadInput("--db-ca-file is for a PostgreSQL database (--db postgresql://…).")
    path = str(Path(ca_file).expanduser().absolute())
    if _SCHEME.match(value.strip()):
        parts = urlsplit(value.strip())
        query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                 if k != "sslrootcert"] + [("sslrootcert", path)]
        if target.sslmode is None or "sslmode" not in parts.query:
            query.append(("sslmode", "verify-full"))
        return urlunsplit(parts._replace(query=urlencode(query)))
    text = re.sub(r"\bsslrootcert\s*=\s*('(?:[^'\\]|\\.)*'|\S+)", "", value).strip()
    if "sslmode" not in text:
        text += " sslmode=verify-full"
    return f"{text} sslrootcert={_quote(path)}"


def stored_form(value: str) -> str:
    """How a profile keeps the database: a file as an absolute path, a URL as given."""
    location = locate(value)
    if isinstance(location, PgTarget):
        return location.display
    return str(location.expanduser().absolute())
