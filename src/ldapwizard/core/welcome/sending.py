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

from ldapwizard import i18n
from ldapwizard.core.errors import BadInput
from ldapwizard.core.maildb.database import UserDatabase
from ldapwizard.core.mailserver.clients import ClientSettings
from ldapwizard.core.welcome import record, smtp, template
from ldapwizard.core.welcome import settings as welcome_settings
from ldapwizard.core.welcome.message import Recipient, build, sender_address
from ldapwizard.core.welcome.settings import WelcomeSettings

MAX_WAIT_FOR_ONE = 60.0  # seconds for one server answer
CHUNK = 50  # users claimed in one transaction at most
# seconds the last message's delivery is given before the record is written: its rate's
# pause, at least MIN_SETTLE (a local Postfix looks the user up as it delivers)
MIN_SETTLE, MAX_SETTLE = 1.0, 2.0


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
    failed_before: dict[int, str]  # user id -> the answer of the last refusal
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
            dry_run: bool = False, resend: tuple[str, ...] = (),
            resend_in_doubt: bool = False) -> Prepared:
    """Check everything before a message goes out: the template, the sender, the client
    settings, the batch; the users due (and those named in `resend`, sent or in doubt, and
    with `resend_in_doubt` every one in doubt)."""
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
                i18n._("{address} is no user of batch {batch} who was sent a welcome message "
                       "or whose sending is in doubt.", address=address, batch=batch_id),
                hint=i18n._("--resend is for those; the others are sent theirs without it."))
        due.append(named.pop(user.user_id))
    if resend_in_doubt:
        due += [named.pop(u.user_id) for u in users.in_doubt if u.user_id in named]
    report.in_doubt = [u.address for u in named.values() if u in users.in_doubt]
    again = {u.user_id for u in due[len(users.due):]}
    return Prepared(report, due, again, users.failed_before, chosen, clients, sender)


def send_welcome(database: UserDatabase, batch_id: int, settings: WelcomeSettings, *,
                 dry_run: bool = False, resend: tuple[str, ...] = (),
                 resend_in_doubt: bool = False,
                 on_progress: Callable[[int, int], None] | None = None,
                 should_cancel: Callable[[], bool] | None = None,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> WelcomeReport:
    """Send batch `batch_id`'s users their welcome message (`dry_run`: build each, send and
    record nothing); a refused one is listed with the server's answer, not raised."""
    deadline = clock() + settings.time_limit
    prepared = prepare(database, batch_id, settings, dry_run=dry_run, resend=resend,
                       resend_in_doubt=resend_in_doubt)
    report, due = prepared.report, prepared.due
    if dry_run:
        for user in due:
            prepared.message(user)  # what would go out is built, so its errors show now
            report.sent.append(user.address)
        return report
    if not due:
        return report
    server = welcome_settings.smtp_server(settings)
    session = smtp.connect(settings, server, min(MAX_WAIT_FOR_ONE, settings.time_limit))
    run = _Run(database, prepared, settings, clock, sleep)
    try:
        for done, user in enumerate(due):
            if should_cancel is not None and should_cancel():
                report.stopped = i18n._("Cancelled.")
            elif max(run.next_at, clock()) >= deadline:
                limit = settings.time_limit
                report.stopped = i18n._n("The time limit of {seconds} second was reached.",
                                         "The time limit of {seconds} seconds was reached.",
                                         int(limit) if limit == int(limit) else 2,
                                         seconds=f"{limit:g}")
            if report.stopped:
                report.not_reached = [u.address for u in due[done:]]
                break
            run.wait_for_rate()
            if user.user_id not in run.claimed:
                run.write(claim=due[done:done + run.chunk])
                if user.user_id not in run.claimed:  # another run took it meanwhile
                    report.already += 1
                    continue
            session.sock.settimeout(min(MAX_WAIT_FOR_ONE, max(1.0, deadline - clock())))
            if not run.send(session, user):
                report.not_reached = [u.address for u in due[done + 1:]]
                break
            if on_progress is not None:
                on_progress(done + 1, len(due))
    finally:
        try:
            session.quit()
        except (smtplib.SMTPException, OSError):
            session.close()
        run.finish()
    return report


class _Run:
    """One welcome step's sending: the rate, and its record written in few transactions.

    Postfix and Dovecot read a database file and cannot wait for a write: a lookup while a
    transaction commits fails, and Postfix defers that mail. So the step claims a chunk of
    users (half a minute's worth at its rate) in one transaction, keeps the outcomes in
    memory, and writes them with the next chunk's claim — in the pause its rate leaves —
    and once at the end, after a last pause. A run killed meanwhile leaves at most one
    chunk claimed without an outcome: in doubt, sent again only when the admin says so.
    """

    def __init__(self, database: UserDatabase, prepared: Prepared, settings: WelcomeSettings,
                 clock: Callable[[], float], sleep: Callable[[float], None]):
        self.database, self.prepared, self.clock, self.sleep = database, prepared, clock, sleep
        self.interval = 60.0 / settings.rate if settings.rate > 0 else 0.0
        self.chunk = CHUNK if not settings.rate else max(1, min(CHUNK, int(settings.rate / 2)))
        self.next_at = clock()
        self.claimed: set[int] = set()  # claimed and not yet sent
        self.sent: list[int] = []
        self.failed: dict[int, str] = {}

    def wait_for_rate(self) -> None:
        if self.next_at > self.clock():
            self.sleep(self.next_at - self.clock())
        self.next_at = self.clock() + self.interval

    def write(self, claim=(), release: bool = False) -> None:
        """Record the outcomes so far, and claim the users `claim` (free ones only); with
        `release`, give back the users claimed and not sent to."""
        again, previous = self.prepared.again, self.prepared.failed_before
        with self.database.transaction(i18n.N_("recording welcome messages")) as db:
            if release:
                for user_id in self.claimed:
                    record.release(db, user_id, previous.get(user_id))
                self.claimed = set()
            for user_id in self.sent:
                record.mark_sent(db, user_id)
            for user_id, words in self.failed.items():
                record.mark_failed(db, user_id, words)
            self.claimed |= {u.user_id for u in claim
                             if record.claim(db, u.user_id, again=u.user_id in again)}
        self.sent, self.failed = [], {}

    def send(self, session: smtplib.SMTP, user: Recipient) -> bool:
        """Send `user` theirs; False when the step cannot go on (the server refused the
        sender, or the connection is gone)."""
        prepared, report = self.prepared, self.prepared.report
        self.claimed.discard(user.user_id)
        try:
            session.send_message(prepared.message(user), from_addr=prepared.sender,
                                 to_addrs=[user.address])
        except smtplib.SMTPSenderRefused as e:
            self._failed(user, smtp.answer(e))
            report.stopped = i18n._("The SMTP server refused the sender {sender}: {answer}. "
                                    "Give an address it accepts with --from.",
                                    sender=prepared.sender, answer=smtp.answer(e))
            return False
        except (smtplib.SMTPRecipientsRefused, smtplib.SMTPDataError,
                smtplib.SMTPNotSupportedError) as e:
            self._failed(user, smtp.answer(e))
            return True
        except (smtplib.SMTPException, OSError) as e:
            # perhaps after the server took it: stays claimed, in doubt, never sent unasked
            report.stopped = i18n._("The SMTP server stopped answering: {answer}.",
                                    answer=smtp.answer(e))
            report.in_doubt.append(user.address)
            return False
        self.sent.append(user.user_id)
        report.sent.append(user.address)
        return True

    def _failed(self, user: Recipient, words: str) -> None:
        self.failed[user.user_id] = words
        self.prepared.report.failed.append((user.address, words))

    def finish(self) -> None:
        """After a last pause, record the outcomes and release the users claimed and not
        sent to (the step stopped first)."""
        if self.sent:
            self.sleep(min(max(self.interval, MIN_SETTLE), MAX_SETTLE))
        self.write(release=True)


def record_unreachable(database: UserDatabase, batch_id: int, settings: WelcomeSettings,
                       words: str) -> list[tuple[str, str]]:
    """The SMTP server could not be reached (or refused this client): every user of the batch
    who is due is recorded as failed with `words`, so `db show` lists them and the next run
    sends theirs. Their (address, words)."""
    due = prepare(database, batch_id, settings).due
    with database.transaction(i18n.N_("recording welcome messages")) as db:
        for user in due:
            if record.claim(db, user.user_id):
                record.mark_failed(db, user.user_id, words)
    return [(user.address, words) for user in due]


def preview_new(settings: WelcomeSettings, recipient: Recipient) -> EmailMessage:
    """Exactly the message a user not imported yet (`recipient`, from the plan) will receive."""
    chosen = template.load(settings.template)
    clients = welcome_settings.clients(settings)
    domain_part = recipient.address.rpartition("@")[2]
    sender = sender_address(settings.sender or f"postmaster@{domain_part}")
    return build(chosen, recipient, clients, sender)


def preview(database: UserDatabase, settings: WelcomeSettings, *, address: str | None = None,
            domain: str | None = None) -> EmailMessage:
    """Exactly the message the user `address` (else the domain's first user) receives."""
    chosen = template.load(settings.template)
    clients = welcome_settings.clients(settings)
    with database.reading() as db:
        user = record.find_user(db, address) if address else record.first_user(db, domain)
    if user is None:
        raise BadInput(i18n._("There is no user {address} in the user database.",
                              address=address) if address else
                       i18n._("The domain {domain} has no enabled user yet.", domain=domain),
                       hint=i18n._("Give an address of a user with --user."))
    domain_part = user.address.rpartition("@")[2]
    sender = sender_address(settings.sender or f"postmaster@{domain_part}")
    return build(chosen, user, clients, sender)
