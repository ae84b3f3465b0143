"""Import the selection: the entries and mailing lists the admin chose, in one transaction,
for the command line (`ldapwizard import`) and the window's Import page alike.

Confirm = run: given the identity of the plan the admin confirmed (`expected`), the import
gathers what it actually creates and compares before COMMIT. When they differ — another
import, an undo or a hand-made alias changed the database since the plan was shown — it
rolls back and raises PlanChanged with the new numbers: nothing lands. Cancel rolls back too.
An import that would create nothing because another import created its users meanwhile (two
imports of the same users at once) rolls back too, leaving no empty batch: ImportedMeanwhile.
A COMMIT that went unanswered but landed is in the result (`interrupted`, outcome.py).
A job that sends welcome messages has them checked before anything is written and sent after
COMMIT (welcoming.py): `welcome` in the result; a send failure never fails the import.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import islice

from ldapwizard import i18n
from ldapwizard.core.errors import PlanChanged
from ldapwizard.core.job.profiles import Profile
from ldapwizard.core.maildb.batches import FAILED, SKIPPED
from ldapwizard.core.maildb.database import UserDatabase
from ldapwizard.core.maildb.importer import ImportReport, run_import
from ldapwizard.core.maildb.lists import ListEntry
from ldapwizard.core.maildb.location import Location
from ldapwizard.core.maildb.outcome import CommitInterrupted
from ldapwizard.core.maildb.planner import NEW, Plan, PlanEntry
from ldapwizard.core.operations import welcoming
from ldapwizard.core.operations.identity import Counts, PlanIdentity
from ldapwizard.core.operations.planning import (
    IdentityBuilder,
    counts_words,
    matches,
    short_id,
)

SAMPLE = 200  # of the selected entries, looked up to name who created them meanwhile


class ImportedMeanwhile(PlanChanged):
    """Every user and list the import was to create was created by another import since the
    plan (two imports of the same users at once): nothing was imported, no batch recorded."""

    def __init__(self, batch_id: int | None, *, shown, now):
        super().__init__(
            i18n._("Another import created these users meanwhile: nothing was imported; "
                   "batch {batch} has them.", batch=batch_id) if batch_id else
            i18n._("Another import created these users meanwhile: nothing was imported; they "
                   "exist now."),
            shown=shown, now=now,
            hint=i18n._("List and preview again: they show as existing now."))
        self.batch_id = batch_id


@dataclass
class ImportResult:
    """What an import did: its report line by line, and in numbers (users, aliases and
    mailing lists created; entries skipped and failed), with the identity of what landed."""

    report: ImportReport
    counts: Counts
    identity: PlanIdentity
    # the COMMIT went unanswered but the import landed, as found after (outcome.py)
    interrupted: CommitInterrupted | None = None
    welcome: welcoming.WelcomeOutcome | None = None  # the job's welcome messages, if it sends

    @property
    def batch_id(self) -> int | None:
        return self.report.batch_id


def write_selection(database: UserDatabase, plan: Plan, selected: Iterable[PlanEntry],
                    lists: Iterable[ListEntry] | None, *, owner: str | None,
                    directory=None, directory_moved: bool = False, dry_run: bool = False,
                    expected: PlanIdentity | str | None = None,
                    on_progress: Callable[[int, int], None] | None = None,
                    should_cancel: Callable[[], bool] | None = None,
                    welcome: Profile | None = None) -> ImportResult:
    """Import the selected entries and lists of `plan` into an open database; with
    `expected`, only if what lands is that plan (else PlanChanged, nothing written). With
    `welcome` (the job), its welcome messages are checked first and sent after COMMIT."""
    if welcome is not None:
        welcoming.check(welcome)
    landed = IdentityBuilder(plan.domain)

    def confirm() -> None:
        now = landed.identity()
        if not (now.counts.users or now.counts.lists):
            holder = _created_meanwhile(database, plan.domain, selected)
            if holder is not None:
                raise ImportedMeanwhile(holder or None, shown=expected, now=now)
        if expected is None:
            return
        if not matches(now, expected):
            shown = expected if isinstance(expected, PlanIdentity) else None
            values = {"now": counts_words(now.counts), "plan": short_id(now)}
            raise PlanChanged(
                i18n._("The user database changed since the plan was shown: the import would "
                       "now create {now} (plan {plan}), not the {before} shown. Nothing was "
                       "imported.", before=counts_words(shown.counts), **values)
                if shown is not None else
                i18n._("The user database changed since the plan was shown: the import would "
                       "now create {now} (plan {plan}), not plan {expected}. Nothing was "
                       "imported.", expected=expected, **values),
                shown=expected, now=now,
                hint=i18n._("List and preview again, check the new numbers, then import."))

    report = run_import(database, plan, selected, lists=lists, profile=owner,
                        directory=directory, directory_moved=directory_moved,
                        dry_run=dry_run, on_progress=on_progress,
                        should_cancel=should_cancel, landed=landed.add,
                        before_commit=confirm)
    counts = report.counts
    identity = landed.identity(skipped=counts[SKIPPED], failed=counts[FAILED])
    result = ImportResult(report, identity.counts, identity, database.interrupted)
    if welcome is not None and not dry_run:
        result.welcome = welcoming.send_after(database, welcome, report.batch_id,
                                              should_cancel=should_cancel)
    return result


def _created_meanwhile(database: UserDatabase, domain: str,
                       selected: Iterable[PlanEntry]) -> int | None:
    """The batch holding most of the selected new entries' users, when another import
    created them since the plan (0: they exist, from no batch); None when none of them
    exists — the import created nothing for another reason, which its report says."""
    if hasattr(selected, "chunks"):  # a spill: its first page is enough to name the batch
        entries = next((chunk for chunk, _ in selected.chunks()), [])
    elif isinstance(selected, Sequence):
        entries = selected
    else:  # read once already: nothing to look at
        return None
    ids = [e.user.stable_id for e in islice((e for e in entries if e.status == NEW), SAMPLE)
           if e.user.stable_id]
    if not ids:
        return None
    marks = ", ".join("?" * len(ids))
    row = database.connection.execute(
        f"SELECT coalesce(u.batch_id, 0), count(*) FROM users u JOIN domains d "
        f"ON d.id = u.domain_id WHERE d.name = ? AND u.stable_id IN ({marks}) "
        "GROUP BY u.batch_id ORDER BY count(*) DESC LIMIT 1", (domain, *ids)).fetchone()
    return row[0] if row else None


def import_selection(job: Profile, database_path: Location, plan: Plan,
                     selected: Iterable[PlanEntry], lists: Iterable[ListEntry] | None, *,
                     expected: PlanIdentity | None = None,
                     on_progress: Callable[[int, int], None] | None = None,
                     should_cancel: Callable[[], bool] | None = None,
                     send_welcome: bool = True) -> ImportResult:
    """Open the job's user database (made if need be) and import the selection there, owned
    by the job and recording the directory its users sign in against. The job's welcome
    messages are checked first; sent after COMMIT unless `send_welcome` is off (the window
    sends them as a step of its own, welcoming.send_after_at)."""
    if not send_welcome:
        welcoming.check(job)
    with UserDatabase.open(database_path, write=True, create=True) as database:
        return write_selection(database, plan, selected, lists, owner=job.owner,
                               directory=job.directory_source(), expected=expected,
                               on_progress=on_progress, should_cancel=should_cancel,
                               welcome=job if send_welcome else None)
