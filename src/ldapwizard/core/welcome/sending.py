"""The welcome step: each user a batch created who has not had one gets one message, through
one SMTP session, at most `rate` a minute, within `time_limit` seconds for the whole step.

Each send is recorded before and after (record.py), in its own transaction, so a run stopped
at any point goes on where it stopped, a refused message is retried by the next run, and none
is ever sent twice. Disabled users get none. The import or sync that made the users is
committed before this runs: nothing here can undo or block it.
"""

from __future__ import annotations

import smtplib
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import EmailMessage

from ldapwizard.core.errors import BadInput
from ldapwizard.core.maildb.database import UserDatabase
from ldapwizard.core.mailserver.clients import ClientSettings
from ldapwizard.core.welcome import record, smtp, template
from ldapwizard.core.welcome import settings as welcome_settings
from ldapwizard.core.welcome.message import Recipient, build, sender_address
from ldapwizard.core.welcome.settings import WelcomeSettings

MAX_WAIT_FOR_ONE = 60.0  # seconds for one server answer


@dataclass
class WelcomeReport:
    """What a welcome step did, for the command, the window and the import's report."""

    batch_id: int
    server: str
    dry_run: bool = False
    sent: list[str] = field(default_factory=list)  # (would be sent, in a dry run)
    failed: list[tuple[str, str]] = field(default_factory=list)  # address, server's answer
    not_reached: list[str] = field(default_factory=list)  # left for the next run
    already: int = 0  # sent by an earlier run
    in_doubt: list[str] = field(default_factory=list)
    disabled: list[str] = field(default_factory=list)
    stopped: str | None = None  # why the step ended before its last user


@dataclass
class Prepared:
    """A batch's welcome step ready to run: who, with what, from whom."""

    report: WelcomeReport
    due: list[Recipient]
    again: set[int]  # users sent to again at the admin's word (--resend)
    template: template.Template
    clients: ClientSettings
    sender: str

    def message(self, recipient: Recipient) -> EmailMessage:
        """The message `recipient` receives."""
        return build(self.template, recipient, self.clients, self.sender)


def check(settings: WelcomeSettings) -> None:
    """Refuse settings that could not send (BadInput): the template, the sender, the SMTP
    server, the client settings — for an import or sync to call before it writes anything,
    so a welcome that cannot go out never follows a committed import unnoticed."""
    template.load(settings.template)
    welcome_settings.smtp_server(settings)
    welcome_settings.check_limits(settings)
    welcome_settings.clients(settings)
    if settings.sender:
        sender_address(settings.sender)


def prepare(database: UserDatabase, batch_id: int, settings: WelcomeSettings, *,
            dry_run: bool = False, resend: tuple[str, ...] = ()) -> Prepared:
    """Check everything before a message goes out: the template, the sender, the client
    settings, the batch; the users due (and those named in `resend`, sent or in doubt)."""
    chosen = template.load(settings.template)
    server = welcome_settings.smtp_server(settings)
    welcome_settings.check_limits(settings)
    clients = welcome_settings.clients(settings)
    with database.reading() as db:
        users = record.batch_users(db, batch_id)
        again = [record.find_user(db, address) for address in resend]
    sender = sender_address(settings.sender or f"postmaster@{users.domain}")
    report = WelcomeReport(batch_id, str(server), dry_run, already=len(users.sent),
                           disabled=[u.address for u in users.disabled])
    due = list(users.due)
    named = {u.user_id: u for u in users.sent + users.in_doubt}
    for address, user in zip(resend, again, strict=True):
        if user is None or user.user_id not in named:
            raise BadInput(
                f"{address} is no user of batch {batch_id} who was sent a welcome message "
                "or whose sending is in doubt.", hint="--resend is for those; the others "
                "are sent theirs without it.")
        due.append(named.pop(user.user_id))
    report.in_doubt = [u.address for u in named.values() if u in users.in_doubt]
    again = {u.user_id for u in due[len(users.due):]}
    return Prepared(report, due, again, chosen, clients, sender)


def send_welcome(database: UserDatabase, batch_id: int, settings: WelcomeSettings, *,
                 dry_run: bool = False, resend: tuple[str, ...] = (),
                 on_progress: Callable[[int, int], None] | None = None,
                 should_cancel: Callable[[], bool] | None = None,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> WelcomeReport:
    """Send batch `batch_id`'s users their welcome message (`dry_run`: build each, send and
    record nothing); a refused one is listed with the server's answer, not raised."""
    started = clock()
    deadline = started + settings.time_limit
    prepared = prepare(database, batch_id, settings, dry_run=dry_run, resend=resend)
    report, due = prepared.report, prepared.due
    if dry_run:
        for user in due:
            prepared.message(user)  # what would go out is built, so its errors show now
            report.sent.append(user.address)
        return report
    if not due:
        return report
    with database.transaction("recording welcome messages") as db:
        record.ensure_table(db)
    server = welcome_settings.smtp_server(settings)
    session = smtp.connect(settings, server, min(MAX_WAIT_FOR_ONE, settings.time_limit))
    interval = 60.0 / settings.rate if settings.rate > 0 else 0.0
    next_at = clock()
    try:
        for done, user in enumerate(due):
            if should_cancel is not None and should_cancel():
                report.stopped = "Cancelled."
            elif max(next_at, clock()) >= deadline:
                report.stopped = (f"The time limit of {settings.time_limit:g} seconds was "
                                  "reached.")
            if report.stopped:
                report.not_reached = [u.address for u in due[done:]]
                break
            if next_at > clock():
                sleep(next_at - clock())
            next_at = clock() + interval
            remaining = max(1.0, deadline - clock())
            session.sock.settimeout(min(MAX_WAIT_FOR_ONE, remaining))
            if not _send_one(database, session, prepared, user, report):
                report.not_reached = [u.address for u in due[done + 1:]]
                break
            if on_progress is not None:
                on_progress(done + 1, len(due))
    finally:
        try:
            session.quit()
        except (smtplib.SMTPException, OSError):
            session.close()
    return report


def _send_one(database: UserDatabase, session: smtplib.SMTP, prepared: Prepared,
              user: Recipient, report: WelcomeReport) -> bool:
    """Send `user` theirs and record how it went; False when the step cannot go on (the
    server refused the sender, or the connection is gone)."""
    message = prepared.message(user)
    with database.transaction("recording a welcome message") as db:
        claimed = record.claim(db, user.user_id, again=user.user_id in prepared.again)
    if not claimed:  # another run took this user since the list was read
        report.already += 1
        return True
    go_on = True
    try:
        session.send_message(message, from_addr=prepared.sender, to_addrs=[user.address])
    except smtplib.SMTPSenderRefused as e:
        words = smtp.answer(e)
        report.stopped = (f"The SMTP server refused the sender {prepared.sender}: {words}. "
                          "Give an address it accepts with --from.")
        go_on = False
    except (smtplib.SMTPRecipientsRefused, smtplib.SMTPDataError,
            smtplib.SMTPNotSupportedError) as e:
        words = smtp.answer(e)
    except (smtplib.SMTPException, OSError) as e:
        # perhaps after the server took it: left in doubt (claimed), never sent again unasked
        report.stopped = f"The SMTP server stopped answering: {smtp.answer(e)}."
        report.in_doubt.append(user.address)
        return False
    else:
        with database.transaction("recording a welcome message") as db:
            record.mark_sent(db, user.user_id)
        report.sent.append(user.address)
        return True
    with database.transaction("recording a welcome message") as db:
        record.mark_failed(db, user.user_id, words)
    report.failed.append((user.address, words))
    return go_on


def preview(database: UserDatabase, settings: WelcomeSettings, *, address: str | None = None,
            domain: str | None = None) -> EmailMessage:
    """Exactly the message the user `address` (else the domain's first user) receives."""
    chosen = template.load(settings.template)
    clients = welcome_settings.clients(settings)
    with database.reading() as db:
        user = record.find_user(db, address) if address else record.first_user(db, domain)
    if user is None:
        raise BadInput(f"There is no user {address} in the user database." if address else
                       f"The domain {domain} has no enabled user yet.",
                       hint="Give an address of a user with --user.")
    domain_part = user.address.rpartition("@")[2]
    sender = sender_address(settings.sender or f"postmaster@{domain_part}")
    return build(chosen, user, clients, sender)
