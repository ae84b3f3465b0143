"""Preview a sync, and sync: the runs behind `ldapwizard sync` (and its --dry-run) and the
window's Sync now, one code path for both.

Each takes the job record (Profile: its listing and planning choices and its sync policy,
remove_missing and max_removals) and what only the front end has — the password, how to open
the directory (the window's demo has its own), how to report progress and whether to cancel —
and lists the directory afresh, every time: a sync never runs on an older listing.

`preview` runs the sync on a throw-away copy of the database and returns what it would do with
its identity (counts and a digest of the actions). `sync` runs it for real; given the identity
the admin confirmed (`expected`), it re-plans inside the write transaction and, if the actions
differ, rolls everything back and raises PlanChanged carrying the new identity: what the admin
confirmed is what runs, or nothing does.

A job that sends welcome messages has them checked before the sync lists or writes, and sent
after COMMIT to the users the sync created (and those an earlier run could not reach):
`welcome` in the outcome (welcoming.py); a send failure never fails the sync.

Stops are typed: Stopped(reason=LISTING) when the listing could not be read whole,
Stopped(reason=UNLISTED) when the users the listing lacks could not be read; a removal limit
is the report's `stop_reason` (the rest of the sync is written).
"""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from ldapwizard import i18n
from ldapwizard.core.directory import who
from ldapwizard.core.directory.bounds import run_deadline
from ldapwizard.core.directory.listing import list_users
from ldapwizard.core.directory.unlisted import read_unlisted
from ldapwizard.core.errors import DirectoryError, PlanChanged, Stopped
from ldapwizard.core.job.locks import sync_lock
from ldapwizard.core.job.profiles import Profile
from ldapwizard.core.maildb.database import UserDatabase, open_for_dry_run
from ldapwizard.core.maildb.directory_rows import check_directory
from ldapwizard.core.maildb.importer import CREATED, FAILED, SKIPPED
from ldapwizard.core.maildb.lists_sync import LIST_REMOVED, LIST_UPDATED, list_lines
from ldapwizard.core.maildb.reports import name_users
from ldapwizard.core.maildb.spill import ListingSpill
from ldapwizard.core.maildb.sync import SyncReport, run_sync
from ldapwizard.core.maildb.sync_policy import ListingMark, listing_mark, now_precise
from ldapwizard.core.maildb.unlisted import with_disabled_unlisted
from ldapwizard.core.operations import welcoming
from ldapwizard.core.operations.identity import Counts, PlanIdentity, digest_of

LISTING = "listing"  # the listing stopped before it was complete
UNLISTED = "unlisted"  # the imported users the listing lacks could not be read
SHORT_ID = 12  # hex digits of a plan's digest shown and accepted as its id (--expect-plan)


@dataclass
class SyncOutcome:
    """What a sync did, or a preview would do: the report, its plan's identity, and when the
    listing it used began."""

    report: SyncReport
    identity: PlanIdentity
    listing: ListingMark
    welcome: welcoming.WelcomeOutcome | None = None  # the job's welcome messages, if it sends

    @property
    def plan_id(self) -> str:
        """The plan's short id (what `sync --dry-run` prints and `--expect-plan` takes)."""
        return short_id(self.identity)


def short_id(identity: PlanIdentity) -> str:
    return identity.digest[:SHORT_ID]


def actions(report: SyncReport) -> list[tuple[str, ...]]:
    """Every action of a sync as a tuple of text (what, to whom), for its plan's digest."""
    found: list[tuple[str, ...]] = [
        (line.status, "user" if line.username else "list", line.stable_id or line.dn,
         line.address, *getattr(line, "added", ()), "|", *getattr(line, "removed", ()))
        for line in report.lines]
    found += [("update", a, "; ".join(i18n.english(why) for why in report.reasons.get(a, ())))
              for a in report.updated]
    found += [("reenable", a) for a in report.reenabled]
    found += [("disable", a) for a in report.disabled]
    found += [("remove", a) for a in report.removed]
    found += [("keep", a) for a in report.kept]
    found += [("wait", a) for a in report.waiting]
    found += [("left", a) for a in report.missing]
    found += [("left-out", a, why) for a, why in report.left_out.items()]
    if report.stop_reason:
        found.append(("stop", report.stop_reason, report.stopped or ""))
    return found


def counts(report: SyncReport) -> Counts:
    """The report in the counts every front end words."""
    lists = Counter(line.status for line in list_lines(report.lines))
    return Counts(users=report.count(CREATED) - lists[CREATED], lists=lists[CREATED],
                  updated=len(report.updated),
                  reenabled=len(report.reenabled), disabled=len(report.disabled),
                  removed=len(report.removed),
                  lists_changed=lists[LIST_UPDATED],
                  lists_removed=lists[LIST_REMOVED],
                  skipped=report.count(SKIPPED), failed=report.count(FAILED),
                  left_out=len(report.left_out))


def identity_of(report: SyncReport) -> PlanIdentity:
    return PlanIdentity(counts(report), digest_of(actions(report)))


def preview(job: Profile, password: str | None, *, opener=None, directory_moved: bool = False,
            on_progress: Callable[[int, int], None] | None = None,
            should_cancel: Callable[[], bool] | None = None) -> SyncOutcome:
    """What a sync of `job` would do now: listed afresh, run on a copy of the database."""
    return _run(job, password, dry_run=True, expected=None, opener=opener,
                directory_moved=directory_moved, on_progress=on_progress,
                should_cancel=should_cancel)


def sync(job: Profile, password: str | None, *, expected: PlanIdentity | str | None = None,
         opener=None, directory_moved: bool = False,
         on_progress: Callable[[int, int], None] | None = None,
         should_cancel: Callable[[], bool] | None = None, dry_run: bool = False
         ) -> SyncOutcome:
    """Sync `job` now, under its sync lock. With `expected` (the identity shown, or its short
    id), PlanChanged and nothing written when the sync would now do something else. With
    `dry_run`, everything but the COMMIT (the check too)."""
    return _run(job, password, dry_run=dry_run, expected=expected, opener=opener,
                directory_moved=directory_moved, on_progress=on_progress,
                should_cancel=should_cancel)


def _run(job: Profile, password, *, dry_run: bool, expected, opener, directory_moved: bool,
         on_progress, should_cancel) -> SyncOutcome:
    options = job.plan_options()
    if not dry_run:
        welcoming.check(job)
    settings, search = job.resolve()
    location = job.database_location()
    source = job.directory_source()
    with contextlib.ExitStack() as stack:
        if not dry_run:  # the lock `ldapwizard sync` and Sync now share
            stack.enter_context(sync_lock(job.name or job.host, location))
        # every read from the directory (listing, users read again) within one deadline
        stack.enter_context(run_deadline(settings.bounds.listing_deadline))
        mark = ListingMark(now_precise(), 0)
        existing = UserDatabase.open_existing(location)
        if existing is not None:
            with existing:  # before the server is asked anything (the users' DNs included)
                check_directory(existing, source, directory_moved)
                mark = listing_mark(existing)
        # the listing goes to a private temporary file a page at a time, not into memory
        spill = stack.enter_context(ListingSpill())
        try:
            listing = list_users(settings, password, search, on_progress=on_progress,
                                 should_cancel=should_cancel, opener=opener, vanished_ok=True,
                                 into=spill)
        except DirectoryError as error:  # an incomplete listing: nothing is written
            raise Stopped(error.message, reason=LISTING, detail=error.detail,
                          hint=error.hint) from error
        database = stack.enter_context(
            open_for_dry_run(location) if dry_run
            else UserDatabase.open(location, write=True, create=True))
        try:
            users, note = with_disabled_unlisted(
                database, listing.users, options, job.owner,
                lambda dns: read_unlisted(settings, password, search, dns,
                                          **({"opener": opener} if opener else {})))
        except DirectoryError as error:  # left, or only disabled? unknown: nothing written
            raise Stopped(error.message, reason=UNLISTED, detail=error.detail,
                          hint=error.hint) from error
        report = run_sync(database, users, options, profile=job.owner, directory=source,
                          directory_moved=directory_moved,
                          remove_missing=job.remove_missing, max_removals=job.max_removals,
                          dry_run=dry_run,
                          skipped_references=tuple(listing.skipped_references),
                          groups=listing.groups if search.groups_as_lists else None,
                          should_cancel=should_cancel, listing=mark,
                          before_commit=_same_plan(expected) if expected else None,
                          vanished_under=lambda dn: who.under_vanished(dn, listing.vanished))
        name_users(database, report, options.domain, job.owner, users)  # the CSV's columns
        welcome = None if dry_run else welcoming.send_after(
            database, job, report.batch_id, should_cancel=should_cancel)
    report.notes[:0] = listing.notes  # a vanished OU, members that cannot be imported
    if note:
        report.notes.append(note)
    return SyncOutcome(report, identity_of(report), mark, welcome)


def _same_plan(expected: PlanIdentity | str) -> Callable[[SyncReport], None]:
    """The check run last before COMMIT: PlanChanged (everything rolled back) when the actions
    are no longer the ones confirmed."""

    def check(report: SyncReport) -> None:
        now = identity_of(report)
        same = (now.same_actions(expected) if isinstance(expected, PlanIdentity)
                else len(expected) >= SHORT_ID and now.digest.startswith(expected.lower()))
        if not same:
            raise PlanChanged(i18n._("The directory or the user database changed since the "
                                     "sync was previewed: it would now do something else, so "
                                     "nothing was changed."), shown=expected, now=now,
                              hint=i18n._("Look at what it would do now, and confirm again."))

    return check
