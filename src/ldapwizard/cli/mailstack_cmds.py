"""`ldapwizard mailstack render|check`: Postfix and Dovecot serving the user database."""

from __future__ import annotations

import argparse
import getpass
import stat
import sys

from ldapwizard.cli.common import add_database_options, database_of, out
from ldapwizard.cli.terminal import shown
from ldapwizard.core.errors import BadInput
from ldapwizard.core.maildb.location import PgTarget
from ldapwizard.core.mailserver import check, pgreader, sources, tls
from ldapwizard.core.mailserver.layout import Ports
from ldapwizard.core.mailserver.render import render
from ldapwizard.i18n import _, _n

SAMPLE = 20  # users, aliases and lists of each kind `mailstack check` asks about


def cmd_render(args: argparse.Namespace) -> int:
    ports = None
    given = (args.smtp_port, args.imap_port, args.lmtp_port, args.submission_port,
             args.imaps_port)
    if args.instance:
        if None in (args.smtp_port, args.imap_port):
            raise BadInput(_("--instance needs --smtp-port and --imap-port."))
        ports = Ports(args.smtp_port, args.imap_port, args.submission_port, args.imaps_port)
    elif any(p is not None for p in given):
        raise BadInput(_("The ports are for --instance only; a mail server keeps its own."))
    location = database_of(args)
    reader = None
    if isinstance(location, PgTarget):  # asked before the database, which may ask too
        reader = pgreader.reader(location, role=args.db_reader,
                                 password_file=args.db_reader_password_file,
                                 server_db=args.server_db)
    elif args.db_reader or args.db_reader_password_file:
        raise BadInput(_("--db-reader is for a PostgreSQL database (--db postgresql://…); the "
                         "mail daemons read a file through its group (--group)."))
    tls_files = None
    if args.self_signed is not None and (args.tls_cert or args.tls_key):
        raise BadInput(_("--self-signed makes a certificate; --tls-cert and --tls-key give "
                         "yours."), hint=_("Give one or the other."))
    if args.self_signed is None and (not args.instance or args.tls_cert or args.tls_key):
        tls_files = tls.tls_files(args.tls_cert, args.tls_key)  # an instance may go without
    facts = sources.read_database(location, reader.user if reader else None)
    names = sources.directory_names(facts.directories)
    accounts = sources.service_accounts(
        facts.directories, accounts=sources.per_directory(args.service_account, names),
        password_files=sources.per_directory(args.password_file, names),
        allow_plain_ldap=args.allow_plain_ldap)
    result = render(facts, args.out, accounts, ports=ports, group=args.group,
                    mail_user=args.mail_user, server_db=args.server_db, reader=reader,
                    tls_files=tls_files, self_signed=args.self_signed, replace=args.replace,
                    mail_host=args.mail_host)
    layout = result.layout
    out(_("A private Postfix and Dovecot for {database} written to {folder}:",
          database=facts.location, folder=layout.out) if ports else
        _("Mail server configuration for {database} written to {folder}:",
          database=facts.location, folder=layout.out))
    for path in result.files:
        installed = layout.installed(path)
        where = "" if installed == path else f"  -> {installed}"
        if path.name == "main.cf.snippet":
            where = "  -> " + _("its lines into {file} (postconf -e)", file="/etc/postfix/main.cf")
        elif path.name == "master.cf.snippet":
            where = "  -> " + _("its service into {file}", file="/etc/postfix/master.cf")
        secret = ""
        if path in result.secret_files:
            mode = f"{stat.S_IMODE(path.stat().st_mode):04o}"
            secret = "  " + (
                _("(mode {mode}: the service account's password)", mode=mode)
                if path.name.startswith("ldap-") else
                _("(mode {mode}: the certificate's private key)", mode=mode)
                if path.parent.name == "tls" else
                _("(mode {mode}: the database role's password)", mode=mode))
        out(f"  {path.relative_to(layout.out)}{where}{secret}")
    for path in result.removed:
        out(_("removed (written by the last render, not by this one): {file}",
              file=path.relative_to(layout.out)))
    for change in result.changes:
        out(_("changed: {change}", change=change))
    for note in result.notes:
        out(_("note: {note}", note=note))
    for warning in sources.plain_ldap_warnings(facts.directories):
        out(_("warning: {warning}", warning=warning))
    if args.lmtp_port is not None:
        out(_("note: --lmtp-port is no longer used (the instance opens no LMTP port: Postfix "
              "delivers into the Maildirs itself); leave it out."))
    if ports:
        out(_("Start: {command}", command=f"postfix -c {layout.out / 'postfix'} start && "
              f"dovecot -c {layout.out / 'dovecot' / 'dovecot.conf'}"))
    else:
        out(_("Next: install the files as {readme} says.", readme=layout.out / "README.md"))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    logins = args.sign_in or []
    passwords = {login: _password(login) for login in logins}
    report = check.run_check(database_of(args), postfix_config=args.postfix_config,
                             dovecot_config=args.dovecot_config, sample=args.sample,
                             passwords=passwords)
    for line in report.lines:  # each one line: a value's own line break is shown escaped
        out(shown(line))
    if report.problems:
        out(_n("{count} problem:", "{count} problems:", len(report.problems)))
        for problem in report.problems:
            out(f"  - {shown(problem)}")
        return 1
    out(_n("The {count} check matches the database.", "All {count} checks match the database.",
           report.checked))
    return 0


def _password(login: str) -> str:
    """A sign-in test's password: one line of stdin each, or asked at a terminal."""
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(_("Password of {login} (to test signing in): ", login=login))
    line = sys.stdin.readline() if sys.stdin else ""
    if not line:
        raise BadInput(_("No password for {login} on standard input.", login=login),
                       hint=_("Give one line per --sign-in, in the same order."))
    return line.rstrip("\r\n")


def add_commands(sub) -> None:
    """Register `mailstack` and its sub-commands."""
    mailstack = sub.add_parser("mailstack",
                               help=_("Postfix and Dovecot serving the user database"))
    msub = mailstack.add_subparsers(dest="mailstack_command", required=True, metavar="COMMAND")
    p = msub.add_parser("render", help=_("write Postfix and Dovecot configuration for the user "
                                         "database (or a self-contained instance)"))
    add_database_options(p)
    p.add_argument("--out", metavar="DIR", required=True,
                   help=_("folder to write into: new, empty, or written by render before"))
    p.add_argument("--replace", action="store_true",
                   help=_("write into --out although it holds files render did not write"))
    p.add_argument("--tls-cert", metavar="FILE",
                   help=_("a mail server's certificate chain (PEM), as a path on the mail "
                          "server: IMAP and submission are served over TLS only"))
    p.add_argument("--tls-key", metavar="FILE",
                   help=_("its private key, as a path on the mail server (root, mode 0600)"))
    p.add_argument("--self-signed", metavar="HOST",
                   help=_("for trying: make a self-signed certificate for the mail host HOST "
                          "instead (clients will warn until you give a CA's with --tls-cert)"))
    p.add_argument("--mail-host", metavar="NAME",
                   help=_("the name mail clients reach the mail server by, for the autoconfig "
                          "files (default: the --self-signed host, else mail.DOMAIN)"))
    p.add_argument("--service-account", metavar="[DIRECTORY=]DN", action="append",
                   help=_("the read-only account Dovecot searches a directory with (default: "
                          "the profile's bind user); repeat per directory"))
    p.add_argument("--password-file", metavar="[DIRECTORY=]FILE", action="append",
                   help=_("read the service account's password from the first line of FILE "
                          "(else LDAPWIZARD_PASSWORD, the keyring, or a prompt)"))
    p.add_argument("--allow-plain-ldap", action="store_true",
                   help=_("let Dovecot check passwords against a directory reached over "
                          "unencrypted LDAP (refused otherwise: whoever answers that traffic "
                          "decides every sign-in of its users)"))
    p.add_argument("--server-db", metavar="PATH|URL",
                   help=_("where the mail server opens the database (default: --db's path; "
                          "rendered on Windows: {windows_path}); for PostgreSQL the URL the "
                          "mail servers reach it by, e.g. {example} (default: --db's)",
                          windows_path="/var/lib/ldapwizard/NAME",
                          example="postgresql://HOST:PORT/DBNAME?sslmode=verify-full"
                                  "&sslrootcert=CA-FILE-ON-THE-MAIL-SERVER"))
    p.add_argument("--db-reader", metavar="ROLE",
                   help=_("PostgreSQL: the role Postfix and Dovecot log in as, which may read "
                          "the mail views only (`ldapwizard db init --db URL --reader ROLE`)"))
    p.add_argument("--db-reader-password-file", metavar="FILE",
                   help=_("PostgreSQL: read that role's password from the first line of FILE "
                          "(else it is asked); it is written only into files of mode 0600"))
    p.add_argument("--mail-user", metavar="USER",
                   help=_("the user owning the Maildirs (default {user}; an instance falls "
                          "back to {fallback})", user="vmail", fallback="nobody"))
    group = p.add_argument_group(_("a self-contained instance on {address}",
                                   address="127.0.0.1"))
    group.add_argument("--instance", action="store_true",
                       help=_("write a private Postfix and Dovecot with every path under "
                              "--out"))
    group.add_argument("--smtp-port", type=int, metavar="P")
    group.add_argument("--imap-port", type=int, metavar="P")
    group.add_argument("--submission-port", type=int, metavar="P",
                       help=_("with --tls-cert/--tls-key: submission (STARTTLS, then SMTP "
                              "AUTH)"))
    group.add_argument("--imaps-port", type=int, metavar="P",
                       help=_("with --tls-cert/--tls-key: IMAP in TLS from the first byte"))
    # accepted so that saved commands keep working; nothing listens on it any more
    group.add_argument("--lmtp-port", type=int, metavar="P", help=argparse.SUPPRESS)
    group.add_argument("--group", metavar="GROUP",
                       help=_("share a database file with this group (default: Postfix's)"))
    p.set_defaults(func=cmd_render)
    p = msub.add_parser("check", help=_("ask the running Postfix (over SMTP: RCPT TO, no mail "
                                        "sent) and Dovecot (its auth service) about a sample "
                                        "of users, aliases and lists; as root it also tries "
                                        "Dovecot's service accounts"))
    add_database_options(p)
    p.add_argument("--postfix-config", metavar="DIR",
                   help=_("Postfix's configuration folder (default {folder}): its master.cf "
                          "says where its smtpd listens, its main.cf which tables and limits "
                          "it uses", folder="/etc/postfix"))
    p.add_argument("--dovecot-config", metavar="FILE",
                   help=_("dovecot.conf (default: the running system Dovecot's)"))
    p.add_argument("--sample", type=int, default=SAMPLE, metavar="N",
                   help=_("how many users, aliases and lists of each kind (default {count})",
                          count=SAMPLE))
    p.add_argument("--sign-in", metavar="LOGIN", action="append",
                   help=_("also test signing in (doveadm auth test) as LOGIN; its password is "
                          "read from standard input, one line per --sign-in, or asked"))
    p.set_defaults(func=cmd_check)
