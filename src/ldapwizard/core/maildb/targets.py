"""Which database values are file names, and what a mistyped address probably meant.

A value is an SQLite file only when it cannot be read as an address: anything that starts like
a URL (`postgresql:/host/db`, `file:other.db`, `sqlite:///x.db`, `postgresql//host/db`) or like
libpq's `key=value` words, and is not a PostgreSQL address ldapwizard can use, is refused with
what was probably meant — never made into a file or a folder of that name. Windows paths
(`C:\\mail\\users.db`, `\\\\server\\share\\users.db`) and paths starting with `.` or a slash
stay paths; `./NAME` is how a file with a colon or `=` in its name is given.

Connection options that change where objects go or whose they are (`options=-csearch_path=…`,
a role, a tablespace) are refused too: the user database lives in the database's `public`
schema, where the mail servers' views are looked up.
"""

from __future__ import annotations

import re

from ldapwizard.core.errors import BadInput
from ldapwizard.i18n import _, _n

_WINDOWS_DRIVE = re.compile(r"^[A-Za-z]:([\\/]|$)")
_UNC = re.compile(r"^(\\\\|//)[^\\/]")
# a scheme as RFC 3986 spells it, two letters or more (one letter is a Windows drive)
_SCHEME_LIKE = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]+):")
# postgresql without its colon: "postgresql//host/db", "postgres\\host\db"
_NO_COLON = re.compile(r"^(postgres(?:ql)?)(//|\\\\)", re.IGNORECASE)
_WORDS_START = re.compile(r"^[A-Za-z_]\w*\s*=")
POSTGRES_SCHEMES = ("postgresql", "postgres")

# server settings a connection may set (`options=-c NAME=VALUE`): none of them moves objects,
# changes their owner or switches off triggers
SAFE_SETTINGS = frozenset("""statement_timeout lock_timeout idle_in_transaction_session_timeout
    idle_session_timeout work_mem maintenance_work_mem temp_buffers client_min_messages
    application_name jit geqo random_page_cost effective_cache_size
    tcp_keepalives_idle tcp_keepalives_interval tcp_keepalives_count tcp_user_timeout
    extra_float_digits datestyle intervalstyle timezone client_encoding
    default_transaction_isolation log_min_duration_statement""".split())
_OPTION = re.compile(r"(?:-c\s*|--)([A-Za-z_][\w.]*)\s*=\s*(\S*)")


def is_windows_path(text: str) -> bool:
    """`C:\\…`, `C:/…`, `C:` or a UNC path `\\\\server\\share\\…`: a file, never an address."""
    return bool(_WINDOWS_DRIVE.match(text) or _UNC.match(text))


def looks_like_address(text: str) -> bool:
    """True when `text` reads as a URL or libpq words rather than a file name."""
    if is_windows_path(text):
        return False
    return bool(_SCHEME_LIKE.match(text) or _NO_COLON.match(text)
                or _WORDS_START.match(text))


def is_postgres_url(text: str) -> bool:
    """`postgresql://…` or `postgres://…`, the only URLs a database may be given as."""
    scheme = _SCHEME_LIKE.match(text)
    return bool(scheme and scheme.group(1).lower() in POSTGRES_SCHEMES
                and text[scheme.end():].startswith("//"))


def refuse_mistyped(text: str) -> None:
    """BadInput for a value that starts like an address but is not a PostgreSQL URL; the
    message says what was probably meant."""
    missing = _NO_COLON.match(text)
    if missing:
        raise _wrong_scheme(text, missing.group(1), text[len(missing.group(1)):])
    scheme = _SCHEME_LIKE.match(text)
    if not scheme:
        return
    name, rest = scheme.group(1), text[scheme.end():]
    lowered = name.lower()
    if lowered in POSTGRES_SCHEMES:
        raise _wrong_scheme(text, name, rest)
    if lowered == "file":
        path = rest.split("?", 1)[0]
        path = "/" + path.lstrip("/") if path.startswith("//") else path
        raise BadInput(_('"{text}" is neither a file name nor a database address ldapwizard '
                         "can use: ldapwizard opens an SQLite file by its path, never as a "
                         "file: URI.", text=text),
                       hint=_("Give the path itself: {path}.", path=path or "FILE"))
    if lowered in ("sqlite", "sqlite3"):
        path = rest[2:] if rest.startswith("//") else rest
        path = path[1:] if path.startswith("/") else path  # sqlite:///x.db is x.db
        raise BadInput(_('"{text}" is neither a file name nor a database address ldapwizard '
                         "can use: ldapwizard opens an SQLite file by its path, not by a URL.",
                         text=text),
                       hint=_("Give the path itself: {path}.", path=path or "FILE"))
    if rest.startswith("//"):
        raise BadInput(_('"{text}" is a {scheme} URL; the user database is an SQLite file or '
                         "a PostgreSQL database.", text=text, scheme=name),
                       hint=_("Give a file name, or postgresql://USER@HOST:PORT/DBNAME."))
    raise BadInput(_('"{text}" is neither a file name nor a database address ldapwizard can '
                     'use: it starts like a URL ("{scheme}:").', text=text, scheme=name),
                   hint=_("For a PostgreSQL database write postgresql://USER@HOST:PORT/DBNAME; "
                          "for a file of this name write ./{text}.", text=text))


def _wrong_scheme(text: str, scheme: str, rest: str) -> BadInput:
    meant = f"postgresql://{_rest_of_address(rest)}"
    return BadInput(_('"{text}" is neither a file name nor a database address ldapwizard can '
                      "use: a PostgreSQL URL starts with {scheme}://.", text=text,
                      scheme=scheme), hint=_("Did you mean {address}?", address=meant))


def _rest_of_address(rest: str) -> str:
    return rest.replace("\\", "/").lstrip("/:")


def refuse_bad_words(text: str, unknown: list[str]) -> None:
    """BadInput for `key=value` words libpq would not take."""
    if unknown:
        names = ", ".join(f'"{key}"' for key in unknown)
        raise BadInput(_n('"{text}" reads as PostgreSQL connection words, but {names} is not a '
                          "connection setting.",
                          '"{text}" reads as PostgreSQL connection words, but {names} are not '
                          "connection settings.", len(unknown), text=text, names=names),
                       hint=_("Use libpq's names (host, port, dbname, user, sslmode, service, "
                              "…) or a URL, postgresql://USER@HOST:PORT/DBNAME; for a file of "
                              "this name write ./{text}.", text=text))
    raise BadInput(_('"{text}" reads as PostgreSQL connection words, but not all of it is '
                     "key=value.", text=text),
                   hint=_("Quote a value holding spaces ('like this'), or give a URL, "
                          "postgresql://USER@HOST:PORT/DBNAME; for a file of this name write "
                          "./{text}.", text=text))


def check_options(options: str) -> None:
    """BadInput for `options` that set a server setting outside SAFE_SETTINGS (search_path,
    role, default_tablespace, session_replication_role, …) or that we cannot read."""
    rest = options
    for match in _OPTION.finditer(options):
        name = match.group(1).lower()
        if name not in SAFE_SETTINGS:
            raise BadInput(_('The connection option "{option}" would change where '
                             "ldapwizard's tables go, whose they are or how they are written; "
                             "it is refused.", option=match.group(0)),
                           hint=_("Leave it out of the address (and out of the service file "
                                  "and PGOPTIONS): the user database lives in the database's "
                                  "public schema, where the mail servers find the views."))
        rest = rest.replace(match.group(0), "", 1)
    if rest.strip():
        raise BadInput(_('The connection option "{option}" is not one ldapwizard can check '
                         "(only -c NAME=VALUE settings are).", option=options),
                       hint=_("Leave options out of the database address."))


def dbname_is_plain(dbname: str) -> bool:
    """False for a database name libpq could expand into another connection string."""
    return "=" not in dbname and "://" not in dbname
