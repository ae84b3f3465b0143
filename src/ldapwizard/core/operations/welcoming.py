"""Welcome messages after an import or a sync, for the command line and the window alike.

A job that sends them (`Profile.welcome`) has its welcome settings checked before the run
writes anything (`check`: the template, the SMTP server, the sender — BadInput, nothing
written). After the run's COMMIT, `send_after` sends the users the run created theirs, and
the job's users whose message was refused or not reached by an earlier run (the next run
retries). A send failure never undoes or fails the run: the outcome lists what was sent, and
what failed with the SMTP server's answer; a server that cannot be reached is recorded as
every due user's failure, so `db show` lists them and the next run sends theirs.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from ldapwizard import i18n
from ldapwizard.core.errors import BadInput, LdapWizardError
from ldapwizard.core.job.profiles import Profile
from ldapwizard.core.maildb.database import UserDatabase
from ldapwizard.core.maildb.location import Location
from ldapwizard.core.welcome import record, sending
from ldapwizard.core.welcome.message import Recipient
from ldapwizard.core.welcome.sending import WelcomeReport
from ldapwizard.core.welcome.settings import from_job


@dataclass
class WelcomeOutcome:
    """The welcome step of one run: a report per batch it sent for."""

    reports: list[WelcomeReport] = field(default_factory=list)
    unreachable: str | None = None  # the server's or keyring's words when none could be sent

    @property
    def sent(self) -> list[str]:
        return [a for report in self.reports for a in report.sent]

    @property
    def failed(self) -> list[tuple[str, str]]:
        return [f for report in self.reports for f in report.failed]

    @property
    def stopped(self) -> str | None:
        return next((r.stopped for r in self.reports if r.stopped), self.unreachable)

    @property
    def not_reached(self) -> list[str]:
        return [a for report in self.reports for a in report.not_reached]

    def summary(self) -> str:
        """The outcome in one sentence."""
        if self.not_reached:
            return i18n._("Welcome messages: {sent} sent, {failed} failed (sent again by the "
                          "next run), {left} left for the next run.", sent=len(self.sent),
                          failed=len(self.failed), left=len(self.not_reached))
        return i18n._("Welcome messages: {sent} sent, {failed} failed (sent again by the next "
                      "run).", sent=len(self.sent), failed=len(self.failed))


def check(job: Profile) -> None:
    """Before a run writes: BadInput when the job sends welcome messages and its settings
    could not (a template with an unknown placeholder, a bad server or sender)."""
    if job.welcome:
        sending.check(from_job(job))


def send_after(database: UserDatabase, job: Profile, batch_id: int | None, *,
               on_progress: Callable[[int, int], None] | None = None,
               should_cancel: Callable[[], bool] | None = None) -> WelcomeOutcome | None:
    """After COMMIT: send the users of batch `batch_id` (None: the run created none) and of
    the job's unfinished batches their message, within the settings' time limit. None when
    the job sends no welcome messages. Never raises for a send that failed."""
    if not job.welcome:
        return None
    settings = from_job(job)
    with database.reading() as db:
        batches = record.unfinished_batches(db, job.owner)
    if batch_id and batch_id not in batches:
        batches.append(batch_id)
    outcome = WelcomeOutcome()
    deadline = time.monotonic() + settings.time_limit
    for batch in batches:
        left = deadline - time.monotonic()
        if left <= 0 or (should_cancel is not None and should_cancel()):
            break
        try:
            outcome.reports.append(sending.send_welcome(
                database, batch, replace(settings, time_limit=left),
                on_progress=on_progress, should_cancel=should_cancel))
        except LdapWizardError as error:  # nothing could be sent: recorded, retried next run
            words = error.message + (f" ({error.detail})" if error.detail else "")
            outcome.unreachable = error.message
            for later in batches[batches.index(batch):]:
                report = WelcomeReport(later, settings.smtp_server)
                report.failed = sending.record_unreachable(database, later, settings, words)
                outcome.reports.append(report)
            break
    return outcome


def send_after_at(location: Location, job: Profile, batch_id: int | None, *,
                  on_progress: Callable[[int, int], None] | None = None,
                  should_cancel: Callable[[], bool] | None = None) -> WelcomeOutcome | None:
    """send_after on the job's user database opened here (the window's own step)."""
    with UserDatabase.open(location, write=True) as database:
        return send_after(database, job, batch_id, on_progress=on_progress,
                          should_cancel=should_cancel)


def preview_first_new(job: Profile, entries) -> tuple[str, object]:
    """Exactly what the first new user of `entries` (plan entries with a local part) would
    receive with the job's settings: (their address, the message). BadInput when there is
    none or the settings could not send."""
    settings = from_job(job)
    domain = job.plan_options().domain
    entry = next((e for e in entries if e.local_part and not e.user.disabled), None)
    if entry is None:
        raise BadInput(i18n._("No new user is ticked, so there is no message to show."),
                       hint=i18n._("Tick users on the Users page, then preview again."))
    address = f"{entry.local_part}@{domain}"
    recipient = Recipient(0, address, entry.user.display_name or "",
                          entry.username or entry.local_part, "directory")
    return address, sending.preview_new(settings, recipient)
