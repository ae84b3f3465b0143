"""`ldapwizard welcome preview|send|smtp-password`: the welcome message new users receive."""

from __future__ import annotations

import argparse
import getpass
import sys

from ldapwizard.cli.common import add_database_options, database_of, database_option, out
from ldapwizard.cli.terminal import shown
from ldapwizard.core.errors import BadInput
from ldapwizard.core.job.profiles import Profile, ProfileStore
from ldapwizard.core.maildb.database import UserDatabase
from ldapwizard.core.welcome import sending, smtp
from ldapwizard.core.welcome.settings import (
    DEFAULT_RATE,
    DEFAULT_SERVER,
    DEFAULT_TIME_LIMIT,
    SECURITIES,
    WelcomeSettings,
    from_job,
    smtp_server,
)
from ldapwizard.i18n import _


def _job(args: argparse.Namespace) -> Profile | None:
    """The saved job named by --profile, if any."""
    name = vars(args).get("profile")
    return ProfileStore().load(name) if name else None


def welcome_settings(args: argparse.Namespace) -> WelcomeSettings:
    """The welcome settings: the job record's (--profile), with the options given here."""
    option = vars(args).get
    job = _job(args)
    saved = from_job(job) if job is not None else WelcomeSettings()
    return WelcomeSettings(
        template=option("template") or saved.template,
        sender=option("sender") or saved.sender,
        smtp_server=option("smtp_server") or saved.smtp_server or DEFAULT_SERVER,
        smtp_security=option("smtp_security") or saved.smtp_security,
        smtp_user=option("smtp_user") or saved.smtp_user,
        smtp_ca_file=option("smtp_ca_file"),
        mail_host=option("mail_host") or saved.mail_host,
        mailstack=option("mailstack") or saved.mailstack,
        rate=DEFAULT_RATE if option("rate") is None else option("rate"),
        time_limit=DEFAULT_TIME_LIMIT if option("time_limit") is None else option("time_limit"))


def _database(args: argparse.Namespace, job: Profile | None):
    """--db, else the job's user database, else the default file."""
    if job is not None and not database_option(args):
        return job.database_location()
    return database_of(args)


def cmd_preview(args: argparse.Namespace) -> int:
    job = _job(args)
    domain = args.domain or (job.domain if job is not None and not args.user else None)
    if not args.user and not domain:
        raise BadInput(_("Say whose message to show: --user ADDRESS, or --domain DOMAIN for "
                         "its first user."))
    with UserDatabase.open(_database(args, job)) as database:
        message = sending.preview(database, welcome_settings(args), address=args.user,
                                  domain=domain)
    if args.raw:  # byte for byte as it goes to the SMTP server
        data = message.as_bytes(policy=message.policy.clone(linesep="\n"))
        sys.stdout.buffer.write(data)
        return 0
    for name in ("From", "To", "Subject"):
        out(f"{name}: {shown(message[name])}")
    html = message.get_body(("html",)) is not None
    out(_("(with an HTML part; --raw shows the message as sent)") if html else "")
    text = message.get_body(("plain",)).get_content()
    for line in text.splitlines():
        out(shown(line))
    return 0


def cmd_send(args: argparse.Namespace) -> int:
    with UserDatabase.open(_database(args, _job(args)), write=not args.dry_run) as database:
        report = sending.send_welcome(database, args.batch, welcome_settings(args),
                                      dry_run=args.dry_run, resend=tuple(args.resend or ()),
                                      resend_in_doubt=args.resend_in_doubt)
    print_report(report)
    return 1 if report.failed or report.stopped else 0


def print_report(report: sending.WelcomeReport) -> None:
    """A welcome step's outcome, one user a line, then the counts."""
    if report.dry_run:
        out(_("Welcome messages for batch {batch} through {server} (dry run: nothing sent):",
              batch=report.batch_id, server=report.server))
    else:
        out(_("Welcome messages for batch {batch} through {server}:", batch=report.batch_id,
              server=report.server))
    for address in report.sent:
        out("  " + (_("would be sent: {address}", address=shown(address)) if report.dry_run
                    else _("sent: {address}", address=shown(address))))
    for address, answer in report.failed:
        out("  " + _("failed: {address}: {answer} (sent again by the next run)",
                     address=shown(address), answer=shown(answer)))
    for address in report.disabled:
        out("  " + _("not sent (disabled): {address}", address=shown(address)))
    for address in report.in_doubt:
        out("  " + _("in doubt: {address}: a run stopped while sending to them; if their "
                     "mailbox has none, send it with --resend {address} (or all such with "
                     "--resend-in-doubt)", address=shown(address)))
    if report.stopped:
        out(_("Stopped: {reason}", reason=shown(report.stopped)))
    counts = {"sent": len(report.sent), "failed": len(report.failed),
              "already": report.already, "left": len(report.not_reached)}
    if report.dry_run:
        out(_("{sent} would be sent, {failed} failed, {already} sent before, {left} left for "
              "the next run.", **counts))
    else:
        out(_("{sent} sent, {failed} failed, {already} sent before, {left} left for the next "
              "run.", **counts))


def print_outcome(outcome) -> None:
    """The welcome step after an import or a sync (core.operations.welcoming), if the job
    sends welcome messages: each batch's report, then the whole in one line."""
    if outcome is None:
        return
    for report in outcome.reports:
        print_report(report)
    out(shown(outcome.summary()))


def cmd_smtp_password(args: argparse.Namespace) -> int:
    if not args.smtp_user:
        raise BadInput(_("Say whose password it is with --smtp-user USER."))
    server = smtp_server(welcome_settings(args))
    if sys.stdin is not None and sys.stdin.isatty():
        password = getpass.getpass(_("SMTP password of {user} at {server}: ",
                                     user=args.smtp_user, server=server))
    else:
        password = (sys.stdin.readline() if sys.stdin else "").rstrip("\r\n")
    if not password:
        raise BadInput(_("No password was given."), hint=_("Type it when asked, or give it "
                                                            "as one line on standard input."))
    smtp.store_password(server, args.smtp_user, password)
    out(_("The SMTP password of {user} at {host} is saved in the system keyring.",
          user=shown(args.smtp_user), host=server.host))
    return 0


def _smtp_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--smtp-server", metavar="HOST[:PORT]",
                   help=_("where the messages are handed over (default {server}: the local "
                          "Postfix `mailstack render` set up)", server=DEFAULT_SERVER))
    p.add_argument("--smtp-security", choices=SECURITIES,
                   help=_("none, starttls or tls (implicit TLS); the certificate is always "
                          "checked (default: none on this host, starttls elsewhere)"))
    p.add_argument("--smtp-user", metavar="USER",
                   help=_("sign in (SMTP AUTH) as USER with the password saved by `welcome "
                          "smtp-password`"))


def _message_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--template", metavar="FILE",
                   help=_("the welcome template (default: the built-in message)"))
    p.add_argument("--from", dest="sender", metavar="ADDRESS",
                   help=_("the sender (default: postmaster@ the users' domain)"))
    where = p.add_mutually_exclusive_group()
    where.add_argument("--mailstack", metavar="DIR",
                       help=_("tell the settings of the autoconfig file `mailstack render "
                              "--out DIR` wrote"))
    where.add_argument("--mail-host", metavar="NAME",
                       help=_("tell IMAPS 993 and submission 587 on NAME (default: this "
                              "host's name)"))


def _profile_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--profile", metavar="NAME",
                   help=_("the saved job whose user database, domain and welcome settings "
                          "(`profile save NAME --welcome …`) to use; options given here win"))


def add_commands(sub) -> None:
    """Register `welcome` and its sub-commands."""
    welcome = sub.add_parser("welcome", help=_("the welcome message new users receive"))
    wsub = welcome.add_subparsers(dest="welcome_command", required=True, metavar="COMMAND")
    p = wsub.add_parser("preview", help=_("show exactly what one user would receive"))
    _profile_option(p)
    add_database_options(p)
    p.add_argument("--user", metavar="ADDRESS",
                   help=_("the user (default: the first user of --domain or the job's "
                          "domain)"))
    p.add_argument("--domain", help=_("show the message of this domain's first user"))
    p.add_argument("--raw", action="store_true",
                   help=_("the whole message as it is sent (headers encoded, MIME parts)"))
    _message_options(p)
    p.set_defaults(func=cmd_preview)
    p = wsub.add_parser("send", help=_("send a batch's users their welcome message, once each"))
    _profile_option(p)
    add_database_options(p)
    p.add_argument("--batch", type=int, required=True, metavar="N",
                   help=_("the import or sync batch whose new users are welcomed"))
    p.add_argument("--dry-run", action="store_true",
                   help=_("show who would get one; send and record nothing"))
    p.add_argument("--resend", metavar="ADDRESS", action="append",
                   help=_("send again to a user of the batch who was sent one or is in doubt"))
    p.add_argument("--resend-in-doubt", action="store_true",
                   help=_("send again to every user of the batch whose sending is in doubt (a "
                          "run stopped while sending to them): check a few mailboxes first"))
    p.add_argument("--rate", type=float, metavar="N",
                   help=_("at most N messages a minute (default {rate}; 0: no limit)",
                          rate=DEFAULT_RATE))
    p.add_argument("--time-limit", type=float, metavar="SECONDS",
                   help=_("stop sending after this long (default {seconds}); the next run "
                          "sends the rest", seconds=f"{DEFAULT_TIME_LIMIT:g}"))
    p.add_argument("--smtp-ca-file", metavar="PEM",
                   help=_("the CA of the SMTP server's certificate (default: the system's)"))
    _smtp_options(p)
    _message_options(p)
    p.set_defaults(func=cmd_send)
    p = wsub.add_parser("smtp-password", help=_("save the SMTP AUTH password in the system "
                                                "keyring (asked, or one line on standard "
                                                "input)"))
    _smtp_options(p)
    p.set_defaults(func=cmd_smtp_password)
