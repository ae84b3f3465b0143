"""What the mail server configuration is made from: the database's domains and directories, the
service account Dovecot binds with to find a directory's users, and one CA bundle.

The service account's password is obtained here (a password file, LDAPWIZARD_PASSWORD, the
keyring when the profile remembers it, or a prompt) and handed to the renderer, which writes
it into one file readable by its owner only; it is never printed or logged.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from ldapwizard import i18n
from ldapwizard.core.errors import BadInput
from ldapwizard.core.job.profiles import ProfileStore
from ldapwizard.core.job.secrets import obtain_password
from ldapwizard.core.maildb.database import UserDatabase, inspect
from ldapwizard.core.maildb.location import PgTarget, locate
from ldapwizard.core.maildb.schema import CURRENT_VERSION
from ldapwizard.core.mailserver import pgreader
from ldapwizard.core.mailserver.rows import check_directory_row, check_domain, check_service_dn

SYSTEM_CA_BUNDLES = (Path("/etc/ssl/certs/ca-certificates.crt"),
                     Path("/etc/pki/tls/certs/ca-bundle.crt"))
_PEM = re.compile(r"-----BEGIN CERTIFICATE-----.+?-----END CERTIFICATE-----", re.DOTALL)


@dataclass(frozen=True)
class Directory:
    """One row of `directories`: where Dovecot checks the password of the users it names."""

    number: int  # 1, 2, …: names the file of this directory's ldap passdb
    name: str
    uri: str
    security: str
    ca_file: str | None
    base_dn: str
    server_type: str
    stable_id_attribute: str
    users: int  # enabled users who sign in against it


@dataclass(frozen=True)
class DatabaseFacts:
    """What the database holds that the configuration depends on."""

    location: Path | PgTarget  # a file, or a PostgreSQL database
    domains: tuple[str, ...]
    mailboxes: int
    local_logins: int
    directories: tuple[Directory, ...]
    unrouted: int  # enabled directory users with no directory recorded (imported before 3)
    upgraded_from: int | None = None
    # PostgreSQL: the mail views the mail servers' role may not read (None: no such role)
    unreadable: tuple[str, ...] | None = ()
    # the most targets one alias or list forwards to, and its address: Postfix's limits
    largest_list: int = 0
    largest_address: str = ""

    @property
    def postgresql(self) -> bool:
        """Whether the database is in PostgreSQL rather than a file."""
        return isinstance(self.location, PgTarget)

    @property
    def name(self) -> str:
        """The file's name, or the PostgreSQL database's."""
        return self.location.dbname if self.postgresql else self.location.name


@dataclass(frozen=True)
class ServiceAccount:
    """The read-only account Dovecot searches a directory with, and whether the admin asked
    for it (and its users' sign-ins) over unencrypted LDAP all the same."""

    dn: str
    password: str = field(repr=False)
    plain_ldap_allowed: bool = False


def read_database(location: str | Path | PgTarget,
                  reader_role: str | None = None) -> DatabaseFacts:
    """Domains, counts and directories of the database (and which views `reader_role` may
    not read); an older schema in a file is upgraded first (a PostgreSQL database's is
    upgraded by `db init`, its owner's command)."""
    location = locate(location)
    upgraded = None
    if not isinstance(location, PgTarget):
        location = location.absolute()
        version = inspect(location).version
        upgraded = version if 0 < version < CURRENT_VERSION else None
    with UserDatabase.open(location, write=upgraded is not None) as database, \
            database.reading() as db:
        domains = tuple(row[0] for row in db.execute(
            "SELECT domain FROM mail_domains ORDER BY domain"))
        mailboxes = db.execute("SELECT count(*) FROM mail_mailboxes").fetchone()[0]
        counts = {(auth, directory): count for auth, directory, count in db.execute(
            "SELECT auth, directory, count(*) FROM mail_logins GROUP BY auth, directory")}
        rows = db.execute(
            "SELECT id, name, uri, security, ca_file, base_dn, server_type, "
            "stable_id_attribute FROM directories ORDER BY name").fetchall()
        unreadable = pgreader.unreadable_views(db, reader_role) if reader_role else ()
        largest = db.execute("SELECT address, count(*) FROM mail_forwards GROUP BY address "
                             "ORDER BY count(*) DESC, address LIMIT 1").fetchone()
    # every value here goes into Dovecot's configuration: a row it cannot hold is refused
    for row in rows:
        check_directory_row(*row)
    for domain in domains:
        check_domain(domain)
    directories = tuple(
        Directory(number, *row[1:], users=counts.get(("directory", row[1]), 0))
        for number, row in enumerate(rows, start=1))
    return DatabaseFacts(
        location=location, domains=domains, mailboxes=mailboxes,
        local_logins=counts.get(("local", None), 0), directories=directories,
        unrouted=counts.get(("directory", None), 0), upgraded_from=upgraded,
        unreadable=unreadable, largest_list=largest[1] if largest else 0,
        largest_address=largest[0] if largest else "")


def per_directory(values: list[str] | None, names: set[str]) -> dict[str | None, str]:
    """Options given as `NAME=VALUE` for one directory or as `VALUE` for all (key None)."""
    result: dict[str | None, str] = {}
    for value in values or ():
        name, sep, rest = value.partition("=")
        if sep and name in names:
            result[name] = rest
        else:
            result[None] = value
    return result


def directory_names(directories: tuple[Directory, ...],
                    store: ProfileStore | None = None) -> set[str]:
    """The names an admin may give a directory by (NAME=VALUE): its row's name, and the name
    of the saved job that row belongs to (rows are named by the job's stable id)."""
    store = store or ProfileStore()
    names = {d.name for d in directories}
    return names | {job for job in map(store.owner_of, names) if job is not None}


def service_accounts(directories: tuple[Directory, ...], *, accounts: dict,
                     password_files: dict, store: ProfileStore | None = None,
                     allow_plain_ldap: bool = False) -> dict[str, ServiceAccount]:
    """The service account (DN and password) of every directory, by directory name;
    `allow_plain_ldap`: the admin accepts directories reached over unencrypted LDAP."""
    store = store or ProfileStore()
    found = {}
    for directory in directories:
        if directory.security == "none" and not allow_plain_ldap:
            raise plain_ldap_refused(directory)  # before a password is asked for
        # the saved job whose id names the row (a job saved before ids has its name as id)
        job = store.owner_of(directory.name)
        profile = store.load(job) if job is not None else None
        dn = (accounts.get(directory.name) or (accounts.get(job) if job else None)
              or accounts.get(None))
        if not dn and profile is not None and profile.auth in ("simple", "ntlm"):
            dn = profile.bind_user
        if not dn:
            called = job or directory.name
            raise BadInput(i18n._('No service account for the directory "{name}".', name=called),
                           hint=i18n._("Dovecot needs a read-only account to find users by "
                                       'their stable id: give --service-account "{name}=DN" (or '
                                       "save the profile with a simple bind user).",
                                       name=called))
        check_service_dn(dn, directory.name)
        password = obtain_password(
            profile=job,
            password_file=(password_files.get(directory.name)
                           or (password_files.get(job) if job else None)
                           or password_files.get(None)),
            prompt_for=dn, prompt=i18n._('Password of the service account {dn} of the directory '
                                         '"{name}": ', dn=dn, name=directory.name),
            use_keyring=bool(profile and profile.remember_password))
        if not password:
            raise BadInput(i18n._('No password for the service account {dn} of the directory '
                                  '"{name}".', dn=dn, name=directory.name),
                           hint=i18n._("Give it with --password-file FILE (or NAME=FILE for one "
                                       "directory), the LDAPWIZARD_PASSWORD variable, or run the "
                                       "command in a terminal to be asked."))
        if any(c in password for c in "\r\n\0"):
            raise BadInput(i18n._("The password of {dn} contains a line break or NUL, which "
                                  "Dovecot's configuration cannot hold.", dn=dn))
        found[directory.name] = ServiceAccount(dn, password, allow_plain_ldap)
    return found


def pem_certificates(text: str) -> tuple[list[str], int]:
    """The PEM certificates in `text` that parse as X.509 certificates, each written anew
    from what was parsed, and how many blocks marked as certificates did not; nothing else of
    the text (a private key beside them, or in a block's header lines) comes along."""
    from cryptography import x509  # only where a CA is copied
    from cryptography.hazmat.primitives.serialization import Encoding

    found, broken = [], 0
    for pem in _PEM.findall(text):
        try:
            with warnings.catch_warnings():  # a system CA's odd serial number is still a CA's
                warnings.simplefilter("ignore")
                certificate = x509.load_pem_x509_certificate(pem.encode("ascii"))
        except (ValueError, UnicodeEncodeError):
            broken += 1
        else:
            # the reader skips a block's RFC 1421 header lines (`Name: value`), which may
            # carry anything: only the certificate's own DER, encoded again, is kept
            found.append(certificate.public_bytes(Encoding.PEM).decode("ascii").rstrip("\n"))
    return found, broken


def ca_bundle(directories: tuple[Directory, ...]) -> tuple[str, list[str]]:
    """One PEM bundle of every directory's CA (Dovecot's LDAP client has one CA setting for
    all of them), and notes on what could not be added."""
    certificates: list[str] = []
    notes: list[str] = []

    def add(text: str) -> None:
        for pem in pem_certificates(text)[0]:
            if pem not in certificates:
                certificates.append(pem)

    for directory in directories:
        if directory.security == "none":
            continue
        if directory.ca_file:
            try:
                text = Path(directory.ca_file).read_text(encoding="ascii", errors="replace")
            except OSError as e:
                notes.append(i18n._('The CA file of "{name}" ({path}) could not be read here '
                                    "({error}); add its certificates to the CA bundle by hand.",
                                    name=directory.name, path=directory.ca_file,
                                    error=e.strerror))
                continue
            if not _PEM.search(text):
                notes.append(i18n._('The CA file of "{name}" ({path}) holds no PEM '
                                    "certificate; add its CA to the CA bundle by hand.",
                                    name=directory.name, path=directory.ca_file))
            add(text)
            continue
        system = next((p for p in SYSTEM_CA_BUNDLES if p.exists()), None)
        if system is None:
            notes.append(i18n._('"{name}" is checked against the system trust store, which was '
                                "not found here; add its CA to the CA bundle by hand.",
                                name=directory.name))
        else:
            add(system.read_text(encoding="ascii", errors="replace"))
    return "".join(pem + "\n" for pem in certificates), notes


def plain_ldap_refused(directory: Directory) -> BadInput:
    """Why Dovecot is not given a directory reached over unencrypted LDAP, and what to do."""
    return BadInput(i18n._('The directory "{name}" is reached over unencrypted LDAP ({uri}): '
                           "whoever answers that traffic decides every sign-in of its users, "
                           "and reads their passwords and the service account's.",
                           name=directory.name, uri=directory.uri),
                    hint=i18n._("Save the profile with --security starttls or ldaps and run "
                                "`ldapwizard sync --profile NAME` once; or, knowing the risk, "
                                "render with --allow-plain-ldap."))


def plain_ldap_warnings(directories: tuple[Directory, ...]) -> list[str]:
    """What an admin accepts with --allow-plain-ldap, one warning per such directory."""
    return [i18n._n('The directory "{name}" is reached over unencrypted LDAP ({uri}): whoever '
                    "can answer that traffic (a spoofed address, a fake server) decides every "
                    "sign-in of its {count} user and reads that user's password and the service "
                    "account's. Users of other directories and local users are not affected.",
                    'The directory "{name}" is reached over unencrypted LDAP ({uri}): whoever '
                    "can answer that traffic (a spoofed address, a fake server) decides every "
                    "sign-in of its {count} users and reads their passwords and the service "
                    "account's. Users of other directories and local users are not affected.",
                    d.users, name=d.name, uri=d.uri)
            for d in directories if d.security == "none"]
