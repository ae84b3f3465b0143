"""Where the rendered files are written and where the daemons find them.

A mail server's set is written under DIR and installed by hand into /etc (its files name the
installed paths); an instance lives entirely under DIR and names the paths there.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import TYPE_CHECKING

from ldapwizard import i18n
from ldapwizard.core.errors import BadInput

if TYPE_CHECKING:
    from ldapwizard.core.mailserver.pgreader import PgReader

SYSTEM_POSTFIX = Path("/etc/postfix/ldapwizard")
SYSTEM_DOVECOT = Path("/etc/dovecot/ldapwizard")
SYSTEM_DOVECOT_CONF_D = Path("/etc/dovecot/conf.d")
SYSTEM_MAIL_ROOT = Path("/var/vmail")
SYSTEM_TLS = Path("/etc/ldapwizard/tls")  # where a self-signed certificate render made goes
SYSTEM_MAIL_ID = 5000  # the vmail user and group the README has the admin create
HOST = "127.0.0.1"  # an instance listens on loopback only
DATABASE_CA = "database-ca.pem"  # the PostgreSQL server's CA, copied beside each product's files
DOVECOT_TLS_CONF = "99-ldapwizard-tls.conf"  # conf.d/*.conf: Debian's dovecot.conf reads it
# what Postfix's main.cf and master.cf read as syntax in a value ($ expands a parameter,
# whitespace and commas split a list, { } group one, ; < > and quotes in master.cf's -o and
# lookup tables), and what Dovecot's settings and SQL text would (quotes, backslash, %, #)
_UNSAFE_IN_PATH = (set("$,;{}<>'\"\\%#") | {chr(c) for c in range(33)}
                   | {chr(c) for c in range(0x7F, 0xA0)})


# what plain_path() is given: each has its own sentence
INSTANCE_FOLDER, DATABASE_PATH, MAIL_ROOT = "instance folder", "database path", "mail root"


def plain_path(path: PurePath, what: str) -> str:
    """A path that Postfix's and Dovecot's files can hold as it is; BadInput naming the
    characters they would read as syntax (a `$NAME` would make Postfix use another folder).
    `what`: INSTANCE_FOLDER, DATABASE_PATH or MAIL_ROOT."""
    text = str(path)
    found = sorted({c for c in text if c in _UNSAFE_IN_PATH})
    if found:
        values = {"path": repr(text), "characters": ", ".join(repr(c) for c in found)}
        raise BadInput(
            i18n._("The instance folder {path} holds {characters}, which Postfix's or "
                   "Dovecot's configuration would read as syntax ($ expands a setting, spaces "
                   "and commas split a list), not as part of the path.", **values)
            if what == INSTANCE_FOLDER else
            i18n._("The database path {path} holds {characters}, which Postfix's or Dovecot's "
                   "configuration would read as syntax ($ expands a setting, spaces and commas "
                   "split a list), not as part of the path.", **values)
            if what == DATABASE_PATH else
            i18n._("The mail root {path} holds {characters}, which Postfix's or Dovecot's "
                   "configuration would read as syntax ($ expands a setting, spaces and commas "
                   "split a list), not as part of the path.", **values),
            hint=i18n._("Choose a path of letters, digits and / . - _ : @ + only."))
    return text


@dataclass(frozen=True)
class Ports:
    """An instance's loopback ports; submission and IMAPS only with TLS files."""

    smtp: int
    imap: int
    submission: int | None = None
    imaps: int | None = None

    def opened(self) -> tuple[int, ...]:
        """The ports the instance listens on."""
        return tuple(p for p in (self.smtp, self.imap, self.submission, self.imaps)
                     if p is not None)


@dataclass(frozen=True)
class Layout:
    """The output folder, and the paths the configuration names."""

    out: Path
    database: PurePath | PgReader  # a file as the mail server opens it, or how it logs in
    mail_uid: int
    mail_gid: int
    ports: Ports | None = None  # an instance when set

    @property
    def instance(self) -> bool:
        """Whether this is a self-contained instance rather than a mail server's set."""
        return self.ports is not None

    @property
    def postgresql(self) -> bool:
        """Whether the daemons read a PostgreSQL database rather than a file."""
        return not isinstance(self.database, PurePath)

    @property
    def map_type(self) -> str:
        """Postfix's lookup table type for the database."""
        return "pgsql" if self.postgresql else "sqlite"

    @property
    def postfix_dir(self) -> Path:
        """Where Postfix finds main.cf and the lookup tables."""
        return self.out / "postfix" if self.instance else SYSTEM_POSTFIX

    @property
    def dovecot_dir(self) -> Path:
        """Where Dovecot finds the .conf.ext files and the CA bundle."""
        return self.out / "dovecot" if self.instance else SYSTEM_DOVECOT

    @property
    def dovecot_auth_conf(self) -> Path:
        """The file with the passdbs and the userdb, included from dovecot.conf."""
        folder = self.out / "dovecot" if self.instance else SYSTEM_DOVECOT_CONF_D
        return folder / "auth-ldapwizard.conf.ext"

    @property
    def mail_root(self) -> Path:
        """The folder the views' mailbox paths are relative to."""
        return self.out / "mail" if self.instance else SYSTEM_MAIL_ROOT

    @property
    def ca_bundle(self) -> Path:
        """The one CA file Dovecot verifies every directory with."""
        return self.dovecot_dir / "directories-ca.pem"

    def installed(self, written: Path) -> Path:
        """Where a file written under `out` is used (itself, for an instance)."""
        relative = written.relative_to(self.out)
        if not self.instance and relative.parts[0] == "tls":
            return SYSTEM_TLS.joinpath(*relative.parts[1:])
        if self.instance or relative.parts[0] not in ("postfix", "dovecot"):
            return written
        if relative.name == self.dovecot_auth_conf.name:
            return self.dovecot_auth_conf
        if relative.name == DOVECOT_TLS_CONF:
            return SYSTEM_DOVECOT_CONF_D / DOVECOT_TLS_CONF
        base = self.postfix_dir if relative.parts[0] == "postfix" else self.dovecot_dir
        return base.joinpath(*relative.parts[1:])
