"""What `mailstack render` checks before it writes, and what it notes about the database: the
user owning the mail, an instance's ports, where the mail server opens the database."""

from __future__ import annotations

import os
from pathlib import PurePath, PurePosixPath

from ldapwizard import i18n
from ldapwizard.core.errors import BadInput
from ldapwizard.core.maildb.location import is_local_host
from ldapwizard.core.mailserver import postfix
from ldapwizard.core.mailserver.layout import SYSTEM_MAIL_ID, Ports
from ldapwizard.core.mailserver.pgreader import PgReader
from ldapwizard.core.mailserver.sources import DatabaseFacts
from ldapwizard.core.mailserver.tls import TlsFiles

POSTFIX_USER = "postfix"
SERVER_DB_FOLDER = PurePosixPath("/var/lib/ldapwizard")  # where a database from Windows goes


def system_user(name: str):
    import pwd  # Unix only: rendering runs anywhere, an instance only on the mail host

    return pwd.getpwnam(name)


def mail_owner(name: str | None, instance: bool) -> tuple[str, int, int]:
    """The user (name, uid, gid) that owns the Maildirs; `vmail` by default."""
    for candidate in ([name] if name else ["vmail"] + (["nobody"] if instance else [])):
        try:
            entry = system_user(candidate)
            return candidate, entry.pw_uid, entry.pw_gid
        except (KeyError, ImportError):
            continue
    if instance or name:
        raise BadInput(i18n._("There is no user {user} on this system to own the mail.",
                              user=name or "vmail"),
                       hint=i18n._("Give an existing one with --mail-user, or create it "
                                   "(`useradd --system --home-dir /var/vmail vmail`)."))
    return "vmail", SYSTEM_MAIL_ID, SYSTEM_MAIL_ID


def check_ports(ports: Ports, tls_files: TlsFiles | None) -> None:
    """BadInput unless an instance's ports are valid and different, and the TLS ones are
    given exactly when its certificate is."""
    with_tls = (ports.submission, ports.imaps)
    if tls_files is not None and None in with_tls:
        raise BadInput(i18n._("An instance with --tls-cert and --tls-key serves submission and "
                              "IMAPS too."),
                       hint=i18n._("Give --submission-port and --imaps-port as well."))
    if tls_files is None and with_tls != (None, None):
        raise BadInput(i18n._("--submission-port and --imaps-port are served over TLS only."),
                       hint=i18n._("Give the instance's certificate with --tls-cert and "
                                   "--tls-key (or --self-signed HOST)."))
    values = ports.opened()
    if any(not 1 <= p <= 65535 for p in values) or len(set(values)) != len(values):
        raise BadInput(i18n._("An instance needs different ports between 1 and 65535 "
                              "(--smtp-port, --imap-port; with TLS --submission-port, "
                              "--imaps-port)."))


def server_database(facts: DatabaseFacts, given: str | None, instance: bool,
                    reader: PgReader | None = None) -> tuple[PurePath | PgReader, str | None]:
    """Where the mail server opens the database (or how it logs in to PostgreSQL), and a
    note when that is a guess."""
    if given and instance:
        raise BadInput(i18n._("--server-db is for a mail server's set; an instance serves the "
                              "--db database itself."))
    if facts.postgresql:
        if reader is None:
            raise BadInput(i18n._("The mail servers need a PostgreSQL role of their own to "
                                  "read the database."),
                           hint=i18n._("Give it with --db-reader ROLE."))
        return reader, None
    if reader is not None:
        raise BadInput(i18n._("--db-reader is for a PostgreSQL database (--db postgresql://…); "
                              "the mail daemons read a file through its group (--group)."))
    if given:
        return PurePosixPath(given), None
    if os.name == "posix":
        return facts.location, None
    guess = SERVER_DB_FOLDER / facts.name
    return guess, i18n._("The configuration expects the database at {path} on the mail "
                         "server: copy it there, or render again with --server-db PATH.",
                         path=guess)


def database_notes(facts: DatabaseFacts, reader: PgReader | None) -> list[str]:
    notes = []
    if reader is not None and not reader.verifies and not is_local_host(reader.host):
        notes.append(i18n._("The mail servers reach the database at {host} without checking "
                            "its certificate (sslmode {sslmode}): give sslmode=verify-full and "
                            "the CA (--db-ca-file) so that nobody can pose as it.",
                            host=reader.host, sslmode=reader.sslmode))
    if facts.upgraded_from is not None:
        notes.append(i18n._("The database was upgraded from schema {version} to the current "
                            "one, whose views the mail server reads.",
                            version=facts.upgraded_from))
    if facts.unrouted:
        # English as before for every count; other languages' plural forms
        notes.append(i18n._n("{count} directory users have no directory recorded (imported "
                             "before schema 3) and cannot sign in yet: run `ldapwizard sync "
                             "--profile NAME` once for their profile, then render again.",
                             "{count} directory users have no directory recorded (imported "
                             "before schema 3) and cannot sign in yet: run `ldapwizard sync "
                             "--profile NAME` once for their profile, then render again.",
                             facts.unrouted))
    for directory in facts.directories:
        if directory.security == "none":
            notes.append(i18n._('The directory "{name}" is reached without TLS: passwords '
                                "cross the network in clear text.", name=directory.name))
    if facts.largest_list * 2 > postfix.EXPANSION_DEFAULT:
        limit = postfix.expansion_limit(facts.largest_list)
        notes.append(i18n._("Postfix may expand one address to {limit} "
                            "(virtual_alias_expansion_limit, duplicate_filter_limit): the "
                            "largest list, {address}, has {members} members. Render again (and "
                            "reload Postfix) before a list grows past {limit}, or its mail is "
                            "deferred (4.6.0).", limit=limit, address=facts.largest_address,
                            members=facts.largest_list))
    if not facts.domains:
        notes.append(i18n._("The database has no domains yet: the mail server accepts no mail "
                            "until an import or `db add-user` adds one."))
    return notes
