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

from ldapwizard import i18n
from ldapwizard.core.errors import BadInput
from ldapwizard.core.maildb import targets

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
_LOCAL_HOSTS = ("", "localhost", "127.0.0.1", "::1")


@dataclass(frozen=True)
class PgTarget:
    """A PostgreSQL database as libpq names it; never holds a password."""

    conninfo: str  # what libpq connects with (our defaults added)
    display: str  # the value as given (and saved), for messages and profiles
    host: str  # the first host of a multi-host address
    port: int
    dbname: str
    user: str
    sslmode: str | None
    hosts: tuple[tuple[str, int], ...] = ()  # every host libpq may try, in order
    service: str | None = None  # a pg_service.conf entry's name

    def __str__(self) -> str:
        return self.display

    @property
    def keyring_account(self) -> str:
        """The keyring entry holding this database's password: one per service, per user,
        hosts and database."""
        if self.service:  # the service file says where: the entry is the service's
            return f"postgresql:service={self.service}" + (f":{self.user}" if self.user else "")
        where = ",".join(f"{host}:{port}" for host, port in self.hosts) or \
            f"{self.host}:{self.port}"
        return f"postgresql:{self.user}@{where}/{self.dbname}"

    @property
    def is_local(self) -> bool:
        """Every host on loopback or a Unix socket."""
        return all(is_local_host(host) for host, _ in self.hosts or ((self.host, 0),))

    @property
    def tls_warning(self) -> str | None:
        """Why the server's identity goes unchecked over the network, or None."""
        if self.is_local or self.sslmode not in ("disable", "allow", "prefer", "require"):
            return None
        what = ("without TLS: the password and every row cross the network in clear text"
                if self.sslmode in ("disable", "allow", "prefer") else
                "over TLS without checking the server's certificate: anyone on the way can "
                "pretend to be the server")
        return (f"The user database {self.display} is reached {what} "
                f"(sslmode={self.sslmode}). Use sslmode=verify-full with the CA that signed "
                "the server's certificate (--db-ca-file).")

    def exists(self) -> bool:
        """A server database may always exist: opening it tells (the file API's question)."""
        return True


Location = Path | PgTarget


def is_database_url(value: str) -> bool:
    """True when `value` reads as an address rather than a file name (it may still be one
    ldapwizard refuses: see `locate`)."""
    return targets.looks_like_address(value.strip())


def locate(value: str | Path | PgTarget) -> Location:
    """The database a `--db` value (or a profile's) names; BadInput for an address we cannot
    use, a mistyped one saying what was probably meant — never a file of that name."""
    if isinstance(value, (Path, PgTarget)):
        return value
    text = value.strip()
    if not targets.looks_like_address(text):
        return Path(text)
    if targets.is_postgres_url(text):
        return _target(text, _url_words(text))
    targets.refuse_mistyped(text)
    return _target(text, _conninfo_words(text))


def _refuse_password() -> None:
    raise BadInput(i18n._("The database address given (--db, or the profile's) holds a "
                          "password; it is not repeated here."),
                   hint=i18n._("Leave the password out: ldapwizard takes it from the keyring "
                               "(the wizard's Password… button, or `ldapwizard db password "
                               "URL`), the PostgreSQL password file (.pgpass, PGPASSFILE) or "
                               "asks for it; a password in the URL would land in profiles, "
                               "logs and the command line."))


def _url_words(text: str) -> dict[str, str]:
    parts = urlsplit(text)
    userinfo, _, hostlist = parts.netloc.rpartition("@")
    if ":" in userinfo:
        _refuse_password()
    words: dict[str, str] = {}
    hosts, ports = [], []
    for spec in hostlist.split(","):
        host, port = _host_and_port(spec, text)
        hosts.append(host)
        ports.append(port)
    if any(hosts):
        words["host"] = ",".join(hosts)
    if any(ports):
        words["port"] = ",".join(port or str(DEFAULT_PORT) for port in ports)
    if userinfo:
        words["user"] = unquote(userinfo)
    if parts.path.strip("/"):
        words["dbname"] = unquote(parts.path.lstrip("/"))
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        if key not in _KEYWORDS:
            raise BadInput(i18n._('"{key}" in {text} is not a PostgreSQL connection setting.',
                                  key=key, text=text),
                           hint=i18n._("See libpq's connection parameters (sslmode, sslrootcert, "
                                  "connect_timeout, target_session_attrs, …)."))
        words[key] = value
    if "password" in words:
        _refuse_password()
    return words


def _host_and_port(spec: str, text: str) -> tuple[str, str]:
    """One `host[:port]` (or `[v6]:port`) of a URL's host list."""
    if spec.startswith("["):
        host, _, rest = spec[1:].partition("]")
        port = rest[1:] if rest.startswith(":") else rest
    else:
        host, _, port = spec.partition(":")
    if port and not port.isdigit():
        raise BadInput(i18n._('"{text}" has a port that is not a number ("{port}").',
                              text=text, port=port),
                       hint=i18n._("Write each host as HOST:PORT, several separated by commas: "
                              "postgresql://USER@HOST1:5432,HOST2:5432/DBNAME."))
    return unquote(host), port


def _conninfo_words(text: str) -> dict[str, str]:
    if not _WORDS.match(text):
        targets.refuse_bad_words(text, [])
    unknown = [key for key, _ in _WORD.findall(text) if key.lower() not in _KEYWORDS]
    if unknown:
        targets.refuse_bad_words(text, unknown)
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
    if "options" in words:
        targets.check_options(words["options"])
    if not targets.dbname_is_plain(words.get("dbname", "")):
        raise BadInput(i18n._('The database name in "{text}" holds another connection string.',
                              text=text),
                       hint=i18n._("Give the database's name only: postgresql://USER@HOST:PORT/DBNAME."))
    host_list = words.get("host", "").split(",")
    port_list = words.get("port", "").split(",")
    if len(port_list) not in (1, len(host_list)):
        # here ports >= 2 and != hosts, so only the host count can be 1
        if len(host_list) == 1:
            problem = i18n._n('"{text}" names 1 host but {count} port.',
                              '"{text}" names 1 host but {count} ports.', len(port_list), text=text)
        else:
            problem = i18n._n('"{text}" names {count} host but {ports} ports.',
                              '"{text}" names {count} hosts but {ports} ports.', len(host_list),
                              text=text, ports=len(port_list))
        raise BadInput(problem,
                       hint=i18n._("Give one port for all hosts, or one per host."))
    try:
        ports = [int(port) if port else DEFAULT_PORT for port in port_list]
    except ValueError:
        raise BadInput(i18n._('"{text}" has a port that is not a number.', text=text)) from None
    ports = ports * len(host_list) if len(ports) == 1 else ports
    hosts = tuple((host or "localhost", port) for host, port in zip(host_list, ports,
                                                                     strict=True))
    remote = any(not is_local_host(host) for host in host_list)
    if "sslmode" not in words and "service" not in words and remote:
        # the mail system's database over the network: the server must prove who it is
        words["sslmode"] = "verify-full"
    words.setdefault("application_name", "ldapwizard")
    words.setdefault("connect_timeout", "10")
    conninfo = " ".join(f"{key}={_quote(value)}" for key, value in words.items())
    return PgTarget(conninfo=conninfo, display=text, host=hosts[0][0], port=hosts[0][1],
                    dbname=words.get("dbname", words.get("user", "")),
                    user=words.get("user", ""), sslmode=words.get("sslmode"),
                    hosts=hosts, service=words.get("service"))


def _quote(value: str) -> str:
    if value and not re.search(r"[\s'\\]", value):
        return value
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def with_ca_file(value: str, ca_file: str) -> str:
    """A database URL that verifies the server against `ca_file` (`--db-ca-file`)."""
    target = locate(value)
    if not isinstance(target, PgTarget):
        raise BadInput(i18n._("--db-ca-file is for a PostgreSQL database (--db postgresql://…)."))
    path = str(Path(ca_file).expanduser().absolute())
    if targets.is_postgres_url(value.strip()):
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
