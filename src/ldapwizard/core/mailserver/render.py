"""Write the mail server configuration: a set for a Debian/Ubuntu mail server, or a
self-contained instance (Postfix and Dovecot with every path under one folder, on loopback).

The service accounts' passwords go into the directories' ldap passdb files only, and for a
PostgreSQL database the mail servers' role's password into the files that connect to it
(Dovecot's sql files, and Postfix's tables); those are created afresh with mode 0600 — but
Postfix's tables 0640 for the group postfix: its virtual(8) and proxymap(8) open them as user
postfix, after dropping root. Every other file is 0644 and holds no secret. Files and folders are
written as an installer writes them (installer.py): never through a link, each file replaced
whole, a folder of someone else's refused.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from ldapwizard import i18n
from ldapwizard.core.errors import BadInput, DatabaseError
from ldapwizard.core.mailserver import (
    access,
    autoconfig,
    dovecot,
    pgreader,
    postfix,
    quota,
    readme,
    selfsigned,
    tls,
)
from ldapwizard.core.mailserver.clients import ClientSettings
from ldapwizard.core.mailserver.installer import Installer
from ldapwizard.core.mailserver.layout import (
    DATABASE_CA,
    DATABASE_PATH,
    DOVECOT_TLS_CONF,
    INSTANCE_FOLDER,
    SYSTEM_TLS,
    Layout,
    Ports,
    plain_path,
)
from ldapwizard.core.mailserver.pgreader import PgReader
from ldapwizard.core.mailserver.render_checks import (
    POSTFIX_USER,
    check_ports,
    database_notes,
    mail_owner,
    server_database,
    system_user,
)
from ldapwizard.core.mailserver.sources import (
    DatabaseFacts,
    ServiceAccount,
    ca_bundle,
    pem_certificates,
)
from ldapwizard.core.mailserver.tls import TlsFiles

MAX_INSTANCE_PATH = 60  # Unix socket paths below it must stay under 108 bytes


@dataclass
class Rendered:
    """What a render wrote and changed, for the command to report."""

    layout: Layout
    files: list[Path] = field(default_factory=list)  # written, under layout.out
    secret_files: list[Path] = field(default_factory=list)
    changes: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    mail_user: str = ""
    group: str | None = None
    removed: list[Path] = field(default_factory=list)  # written last time, not this time
    tls: TlsFiles | None = None  # the certificate (an instance may have none)
    self_signed: str | None = None  # the host a certificate render made is for
    self_signed_new: bool = False  # made by this render (not kept from the last one)
    installer: Installer | None = field(default=None, repr=False, compare=False)
    clients: ClientSettings | None = None  # what autoconfig/ tells mail clients
    clients_note: str | None = None  # for the README: the host name in them is a guess


def render(facts: DatabaseFacts, out: Path, accounts: dict[str, ServiceAccount], *,
           ports: Ports | None = None, group: str | None = None,
           mail_user: str | None = None, server_db: str | None = None,
           reader: PgReader | None = None, tls_files: TlsFiles | None = None,
           self_signed: str | None = None, replace: bool = False,
           mail_host: str | None = None) -> Rendered:
    """Write the configuration for the database `facts` describes into `out`; a PostgreSQL
    database is read by the mail servers as `reader`; a mail server's set serves IMAP and
    submission over TLS with `tls_files`, or a certificate made here for the host
    `self_signed`. `replace`: write into a folder holding other files. `mail_host`: the name
    mail clients reach a mail server's set by (autoconfig/)."""
    out = Path(os.path.abspath(out))
    if self_signed is not None:
        if tls_files is not None:
            raise BadInput(i18n._("--self-signed makes a certificate; --tls-cert and --tls-key "
                                  "give yours."), hint=i18n._("Give one or the other."))
        self_signed = selfsigned.host_name(self_signed)
        folder = (out / "tls") if ports is not None else SYSTEM_TLS  # as Layout.installed
        cert, key = selfsigned.file_names(self_signed)
        tls_files = TlsFiles(PurePosixPath(folder / cert), PurePosixPath(folder / key))
    if ports is None and tls_files is None:
        tls_files = tls.tls_files(None, None)  # BadInput: a mail server needs its certificate
    if ports is not None:
        try:
            system_user(POSTFIX_USER)
        except (KeyError, ImportError):
            raise BadInput(i18n._("An instance runs Postfix and Dovecot, which are not "
                                  "installed here."),
                           hint=i18n._("On Debian or Ubuntu: apt-get install {packages}",
                                       packages=readme.packages(facts))) from None
    name, uid, gid = mail_owner(mail_user, ports is not None)
    database, guessed = server_database(facts, server_db, ports is not None, reader)
    layout = Layout(out=out, database=database, mail_uid=uid, mail_gid=gid, ports=ports)
    # every path main.cf, master.cf, the lookup tables and Dovecot's files name: an
    # instance's are all under --out
    if layout.instance:
        plain_path(out, INSTANCE_FOLDER)
    if not layout.postgresql:
        plain_path(database, DATABASE_PATH)
    result = Rendered(layout=layout, mail_user=name, notes=[guessed] if guessed else [],
                      tls=tls_files, self_signed=self_signed)
    if ports is not None:
        check_ports(ports, tls_files)
        if len(str(out)) > MAX_INSTANCE_PATH:
            raise BadInput(i18n._("The folder {folder} is too long for an instance's sockets.",
                                  folder=out),
                           hint=i18n._("Choose one of at most {count} characters, e.g. under "
                                       "/tmp or /srv.", count=MAX_INSTANCE_PATH))
    if ports is not None and not facts.postgresql:
        # first: a database folder that cannot be shared safely refuses before anything is
        # written into --out
        _share_database(result, facts, group)
    try:
        result.installer = Installer(out, replace=replace)
        _make_folders(result)
        _write_self_signed(result)
        _write_database_ca(result)
        _write_postfix(result, facts.largest_list)
        _write_dovecot(result, facts, accounts)
        _write_autoconfig(result, facts.domains, mail_host)
        if ports is not None:
            _check_reach(result)
        result.notes += database_notes(facts, reader)
        if reader is not None:
            result.notes += pgreader.reader_notes(facts.location, reader, facts.unreadable)
        _write(result, out / "README.md", readme.text(result, facts))
    except BaseException as e:
        if result.installer is not None:
            result.installer.abandon()
        if isinstance(e, OSError):  # e.g. a folder this user may not write
            raise BadInput(i18n._("render could not write into {folder}.", folder=out),
                           detail=str(e), hint=i18n._("Render into a folder of your own, or as "
                                                      "its owner.")) from None
        raise
    result.removed = result.installer.finish()
    result.notes += [i18n._("{file} was not written by render: kept aside as {aside}, "
                            "unchanged; render wrote its own in its place.",
                            file=kept.relative_to(out), aside=aside.relative_to(out))
                     for kept, aside in result.installer.kept_aside]
    return result


def _make_folders(result: Rendered) -> None:
    """The output's folders: ours 0755, the instance's queue data and mail its daemons' 0700,
    each made so from the start (an existing one is used only if it is already so)."""
    layout, install = result.layout, result.installer
    folders = ["postfix", "dovecot"]
    if layout.instance:
        folders += ["spool", "log", "dovecot/run", "dovecot/state"]
    for folder in folders:
        install.folder(folder)
    if layout.instance:
        postfix_user = system_user(POSTFIX_USER)
        install.folder("data", mode=0o700, owner=(postfix_user.pw_uid, postfix_user.pw_gid))
        # Postfix's private sockets, and Dovecot's for it (SASL, quota-status): a chrooted
        # smtpd reaches them in its queue only
        install.folder("spool/private", mode=0o700, owner=(postfix_user.pw_uid, 0))
        install.folder(layout.mail_root.name, mode=0o700,
                       owner=(layout.mail_uid, layout.mail_gid))


def _write_self_signed(result: Rendered) -> None:
    """The self-signed certificate and its key (0600), kept from the last render while they
    are good for the same host."""
    host = result.self_signed
    if host is None:
        return
    folder = result.installer.folder("tls")
    cert, key, result.self_signed_new = selfsigned.kept_or_made(folder, host)
    cert_name, key_name = selfsigned.file_names(host)
    _write(result, folder / cert_name, cert)
    _write(result, folder / key_name, key, secret=True)
    result.notes.append(
        i18n._("The certificate is self-signed for {host} (made now): mail clients and other "
               "mail servers will warn or refuse until you render with a certificate from a CA "
               "(--tls-cert, --tls-key; e.g. Let's Encrypt's).", host=host)
        if result.self_signed_new else
        i18n._("The certificate is self-signed for {host} (kept from the last render): mail "
               "clients and other mail servers will warn or refuse until you render with a "
               "certificate from a CA (--tls-cert, --tls-key; e.g. Let's Encrypt's).",
               host=host))


def _write(result: Rendered, path: Path, text: str, *, secret: bool = False,
           group: int | None = None) -> None:
    """Write a file: 0644, or a secret one 0600 (0640 for `group`), replacing it whole."""
    relative = path.relative_to(result.layout.out).as_posix()
    install = result.installer
    if not secret:
        install.write(relative, text)
    elif group is None:
        install.write(relative, text, mode=0o600)
    else:
        try:
            install.write(relative, text, mode=0o640, group=group)
        except PermissionError as e:
            _not_given_to_group(result, path, e)
            install.write(relative, text, mode=0o600)
    if secret:
        if not hasattr(os, "fchmod") and not result.secret_files:  # Windows: no Unix modes
            result.notes.append(i18n._("This system has no Unix file modes: keep the files "
                                       "holding passwords private, and chmod 600 them on the "
                                       "mail server."))
        result.secret_files.append(path)
    result.files.append(path)


def _not_given_to_group(result: Rendered, path: Path, error: PermissionError) -> None:
    """Postfix's tables are for its group too (0640: its virtual(8) and proxymap(8) open them
    as user postfix); without root, the admin gives them on the mail server."""
    if result.layout.instance:
        raise DatabaseError(i18n._("{path} could not be given to Postfix's group.", path=path),
                            detail=str(error),
                            hint=i18n._("An instance is set up and started as root.")) from None
    if _chgrp_note() not in result.notes:
        result.notes.append(_chgrp_note())


def _chgrp_note() -> str:
    return i18n._("On the mail server, give the postfix/*.cf files to the group postfix, mode "
                  "0640 (`chgrp postfix …; chmod 640 …`): Postfix's daemons read them as user "
                  "postfix.")


def _postfix_group() -> int | None:
    try:
        return system_user(POSTFIX_USER).pw_gid
    except (KeyError, ImportError):
        return None


def _write_postfix(result: Rendered, largest: int) -> None:
    layout = result.layout
    folder = layout.out / "postfix"
    group = _postfix_group() if layout.postgresql else None
    if layout.postgresql and group is None:
        result.notes.append(_chgrp_note())
    for name, table in postfix.LOOKUP_TABLES.items():
        _write(result, folder / name, postfix.lookup_table(layout, table),
               secret=layout.postgresql, group=group)
    if layout.instance:
        _write(result, folder / "main.cf", postfix.instance_main_cf(layout, result.tls, largest))
        _write(result, folder / "master.cf", postfix.instance_master_cf(layout))
    else:
        _write(result, folder / "main.cf.snippet",
               postfix.main_cf_snippet(layout, result.tls, largest))
        _write(result, folder / "master.cf.snippet",
               tls.master_cf_snippet(quota.policy_check(layout)))


def _write_dovecot(result: Rendered, facts: DatabaseFacts,
                   accounts: dict[str, ServiceAccount]) -> None:
    layout = result.layout
    folder = layout.out / "dovecot"
    directories = facts.directories
    _write(result, folder / dovecot.USERS_CONF, dovecot.users_conf(layout),
           secret=layout.postgresql)
    _write(result, folder / quota.MAILBOXES_CONF, dovecot.mailboxes_conf(layout),
           secret=layout.postgresql)
    if directories:
        bundle, notes = ca_bundle(directories)
        result.notes += notes
        _write(result, folder / layout.ca_bundle.name, bundle)
    for directory in directories:
        _write(result, folder / dovecot.ldap_conf_name(directory),
               dovecot.ldap_conf(layout, directory, accounts[directory.name]), secret=True)
    _write(result, folder / layout.dovecot_auth_conf.name,
           dovecot.auth_conf(layout, directories))
    if layout.instance:
        _write(result, folder / "dovecot.conf", dovecot.instance_conf(layout, result.tls))
    else:
        _write(result, folder / DOVECOT_TLS_CONF, tls.dovecot_conf(result.tls))


def _write_autoconfig(result: Rendered, domains: tuple[str, ...], given: str | None) -> None:
    """Thunderbird's and Outlook's files, for the database's domains (none: nothing yet)."""
    if domains:
        result.clients, result.clients_note = autoconfig.settings_for(
            result.layout.ports, result.tls, result.self_signed, domains, given)
        folder = result.installer.folder(autoconfig.FOLDER)
        for name, text in autoconfig.files(result.clients, domains).items():
            _write(result, folder / name, text)


def _write_database_ca(result: Rendered) -> None:
    """The PostgreSQL server's CA, beside Postfix's files and Dovecot's (public, 0644): its
    certificates only, whatever else the file holds (a private key stays out)."""
    reader = result.layout.database
    if not result.layout.postgresql or not reader.ca_source:
        return
    try:
        text = Path(reader.ca_source).read_text(encoding="ascii", errors="replace")
    except OSError as e:
        raise BadInput(i18n._("The database's CA file {path} could not be read.",
                              path=reader.ca_source), detail=str(e)) from None
    certificates, broken = pem_certificates(text)
    if broken or not certificates:
        raise BadInput(i18n._("The database's CA file {path} holds a block marked as a "
                              "certificate that is none.", path=reader.ca_source) if broken else
                       i18n._("The database's CA file {path} holds no PEM certificate.",
                              path=reader.ca_source),
                       hint=i18n._("Give the CA's certificate (PEM, -----BEGIN "
                                   "CERTIFICATE-----) with --db-ca-file."))
    for folder in ("postfix", "dovecot"):
        _write(result, result.layout.out / folder / DATABASE_CA,
               "".join(pem + "\n" for pem in certificates))


def _share_database(result: Rendered, facts: DatabaseFacts, group: str | None) -> None:
    if group is None:
        group = access.group_name(system_user(POSTFIX_USER).pw_gid)
    result.group = group
    folder, out = facts.location.parent, result.layout.out
    if out == folder or folder in out.parents:
        raise BadInput(i18n._("The instance {out} would be inside the database's folder "
                              "{folder}, which the mail daemons' group may enter and which must "
                              "hold the database alone.", out=out, folder=folder),
                       hint=i18n._("Render the instance into a folder of its own, outside the "
                                   "database's folder."))
    result.changes += access.share_with_group(facts.location, group)


def _check_reach(result: Rendered) -> None:
    layout = result.layout
    if not layout.postgresql:  # a file: Postfix's daemons open it as user postfix
        postfix_user = system_user(POSTFIX_USER)
        gid = access.group_id(result.group)
        for folder in access.unreachable_parents(layout.database, postfix_user.pw_uid, gid):
            result.notes.append(i18n._("Postfix (user postfix) cannot pass through {folder} "
                                       "to reach the database: move the database or let "
                                       "others pass (chmod o+x).", folder=folder))
    for folder in access.unreachable_parents(layout.mail_root, layout.mail_uid,
                                             layout.mail_gid):
        result.notes.append(i18n._("The mail user {user} cannot pass through {folder} to "
                                   "reach the mailboxes.", user=result.mail_user,
                                   folder=folder))
