"""Sync: keep a profile's imported users in step with a complete listing, in one transaction.

New entries are imported; users this profile imported earlier (matched by stable id, so a
rename or move is an update) get their display name and DN updated and are re-enabled when
they come back.

Every run follows the directory's own disabled state (the preset's rule: AD's
userAccountControl bit, OpenLDAP's pwdAccountLockedTime, 389 DS's nsAccountLock…): an imported
user disabled there is disabled here (mail refused, left out of lists' forwards, sign-in
refused) and enabled again when the directory enables it. That is following the directory,
not removing: no `remove_missing`, no limit, never a removal. Who disabled a user is kept in
`disabled_by`: 'sync' (the directory's state, a leaver, a user left out), which a sync undoes
once the directory no longer asks for it, or 'admin' (`db disable`), which stands through
every sync until `db enable`. With `include_disabled` (disabled accounts imported on
purpose, such as AD's shared mailboxes) the directory's disabled flag is not followed.

Only with `remove_missing`, users of this profile that left the directory
are disabled, and removed on a later run if still missing — one whose listing began after the
disabling run finished (sync_policy.py), never more than the limit, and
never when the listing is empty: a filter that suddenly matches nothing must not delete
real users. A user still in the directory whom the admin's choice of who to import now
leaves out (an exclusion rule, no longer a member of the chosen groups) is disabled the same
way, within the same limit, and never removed. Accounts created by hand or by another
profile are never touched.

With `groups` (groups as mailing lists), the lists this profile made follow their groups:
members added and removed as the directory has them, new groups made lists, and a list whose
group is gone removed only with `remove_missing`, within the limit (lists_sync.py).

The extra sign-in names of the known users follow the directory's username and UPN as the
job's `sign_in_names` asks, added and taken away (signin_sync.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ldapwizard import i18n
from ldapwizard.core.directory.records import DirectoryGroup, DirectoryUser, SkippedReference
from ldapwizard.core.errors import Cancelled
from ldapwizard.core.maildb import quotas
from ldapwizard.core.maildb.accounts import (
    DirectorySource,
    ensure_directory,
    ensure_domain,
)
from ldapwizard.core.maildb.batches import CREATED, finish_batch, open_batch
from ldapwizard.core.maildb.database import UserDatabase, now, open_for_dry_run
from ldapwizard.core.maildb.directory_rows import allowed_move
from ldapwizard.core.maildb.importer import DryRun, ReportLine, write_entries
from ldapwizard.core.maildb.lists_sync import (
    LIST_REMOVED,
    LIST_UPDATED,
    has_list_work,
    list_lines,
    sync_lists,
)
from ldapwizard.core.maildb.planner import (
    NEW,
    AddressChecks,
    PlanOptions,
    make_plan,
)
from ldapwizard.core.maildb.signin_sync import sync_names
from ldapwizard.core.maildb.sync_policy import (  # noqa: F401 (the policy, read from here too)
    DEFAULT_LIMIT_COUNT,
    DEFAULT_LIMIT_PERCENT,
    STOP_REFERRALS,
    ListingMark,
    disable,
    listing_mark,
    removal_limit,
)
from ldapwizard.core.maildb.sync_policy import remove_missing as withdraw_leavers
from ldapwizard.core.maildb.sync_rows import (
    Marks,
    imported_rows,
    made_aliases,
    matched_rows,
    new_entries,
    sync_aliases,
)


@dataclass
class SyncReport:
    """What a sync did; `stopped` says why removals were withheld (exit status 3)."""

    batch_id: int | None = None
    dry_run: bool = False
    lines: list = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    reenabled: list[str] = field(default_factory=list)
    disabled: list[str] = field(default_factory=list)
    # of `disabled`: users disabled because the directory disabled them (not leavers)
    disabled_in_directory: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)  # still referenced by hand-made rows
    notes: list[str] = field(default_factory=list)
    stopped: str | None = None
    stop_reason: str | None = None  # sync_policy's STOP_*: why removals were withheld
    # of `updated` and `removed`: the mailing lists (lists_sync.py)
    # disabled leavers not removed yet: disabled by a run that ended after this listing began
    waiting: list[str] = field(default_factory=list)
    listing: ListingMark | None = None  # when the listing synced began
    nothing_to_do: bool = False  # a run that would change nothing: no batch recorded
    reasons: dict[str, list[str]] = field(default_factory=dict)  # address -> what and why
    # enabled users of this profile still in the directory but now left out by an exclusion
    # rule or group filter: address -> why
    left_out: dict[str, str] = field(default_factory=dict)
    mailboxes: dict[str, str] = field(default_factory=dict)  # removed address -> its path
    # address -> (username, display name, DN, stable id) of the users its lines name, for
    # the report's columns (reports.name_users; a removed user's only on a dry run)
    entries: dict[str, tuple[str, str, str, str]] = field(default_factory=dict)
    # of `missing`: those disabled already (by an earlier sync or an admin), from the same
    disabled_before: set[str] = field(default_factory=set)

    def count(self, status: str) -> int:
        return sum(1 for line in self.lines if line.status == status)

    @property
    def has_work(self) -> bool:
        """True when the sync (or its preview) creates, changes, disables or removes anyone,
        or finds users who left."""
        return bool(self.updated or self.reenabled or self.disabled or self.removed
                    or self.missing or self.left_out or self.count(CREATED)
                    or has_list_work(self.lines))

    def all_lines(self) -> list[ReportLine]:
        """Every line of the report, each with its reason: created, skipped and failed
        entries and each mailing list created, updated, kept, left or removed (ListLine),
        then each user it updated, re-enabled, disabled, removed or kept, each leaver and
        each user left out by the choice of who to import that it left as it is (with what
        removing accounts would do), then the notes (members that cannot be imported, a
        vanished OU, ...) as NOTE lines. The one list the report CSV, the terminal, the log
        and the window's tables show."""
        changes = [(UPDATED, self.updated), (REENABLED, self.reenabled),
                   (DISABLED, self.disabled), (REMOVED, self.removed)]
        lines = list(self.lines)
        for status, found in changes:
            lines.extend(self._line(status, address, joined(self.reasons.get(address, ())))
                         for address in found)
        lines.extend(self._line(KEPT, address, i18n._(KEPT_BY_HAND)) for address in self.kept)
        lines.extend(self._line(LEFT, address, joined(self.reasons.get(address, ())))
                     for address in self.waiting)
        acted = set(self.disabled) | set(self.removed) | set(self.kept) | set(self.waiting)
        lines.extend(self._line(LEFT, address, joined((i18n._(NOT_LISTED), i18n._(
            STOPPED_LEFT if self.stopped else
            LEAVER_LEFT_DISABLED if address in self.disabled_before else LEAVER_LEFT))))
                     for address in self.missing if address not in acted)
        lines.extend(self._line(LEFT, address, joined((left_out_words(rule), i18n._(
            STOPPED_LEFT if self.stopped else LEFT_OUT_LEFT))))
                     for address, rule in self.left_out.items() if address not in acted)
        lines.extend(ReportLine(NOTE, "", "", "", note, "", "") for note in self.notes)
        return lines

    def _line(self, status: str, address: str, reason: str) -> ReportLine:
        """A user's line, with its username, display name, DN and stable id when known."""
        username, display_name, dn, stable_id = self.entries.get(address, ("", "", "", ""))
        return ReportLine(status, username, address, display_name, reason, dn, stable_id)


UPDATED, REENABLED, DISABLED, REMOVED, KEPT, LEFT = (
    "updated", "reenabled", "disabled", "removed", "kept", "left")
NOTE = "note"  # a report line that is a note of the run (no address): all_lines' last lines

# Why a sync leaves a user as it is, in the words of every report (all_lines); marked with
# N_ for the catalogue, each report line says it with _() in the chosen language.
NOT_LISTED = i18n.N_("no longer in the directory listing")
KEPT_BY_HAND = i18n.N_("left the directory, but an alias or list made by hand refers to it: kept")
LEAVER_LEFT = i18n.N_("left as it is, since removing accounts was not asked for: with "
                 "--remove-missing (the window's Remove accounts) a sync disables it, and "
                 "removes it on a later sync if it is still missing")
LEAVER_LEFT_DISABLED = i18n.N_("disabled already; left so, since removing accounts was not asked "
                          "for: with --remove-missing (the window's Remove accounts) a sync "
                          "removes it")
LEFT_OUT_LEFT = i18n.N_("left as it is, since removing accounts was not asked for: with "
                   "--remove-missing (the window's Remove accounts) a sync disables it, and "
                   "keeps it disabled while it is in the directory")
STOPPED_LEFT = i18n.N_("left as it is: removals were stopped by a safety limit (see the stop)")


def left_out_words(rule: str) -> str:
    """Why a user is left out, naming the rule or group (DirectoryUser.excluded)."""
    return i18n._("still in the directory, but left out by the choice of who to import ({rule})",
             rule=rule)


def joined(parts) -> str:
    """Reasons as one line ("; "), a message's English twin kept for the log."""
    line = ""
    for part in parts:
        line = part if not line else line + "; " + part
    return line


# What a sync says of a user it disables or enables because of the directory's own disabled
# state (the CLI, the report CSV and the window alike).
DISABLED_IN_DIRECTORY = i18n.N_("disabled in the directory: disabled in the mail system (mail to "
                           "it refused, left out of its lists, sign-in refused) until the "
                           "directory enables it again")
ENABLED_AGAIN = i18n.N_("enabled again in the directory (listed, not disabled there, not left "
                   "out): enabled again in the mail system, and back in its lists")


def run_sync(database: UserDatabase, users: list[DirectoryUser], options: PlanOptions, *,
             profile: str, directory: DirectorySource | None = None,
             directory_moved: bool = False,
             remove_missing: bool = False, max_removals: str | None = None,
             dry_run: bool = False,
             skipped_references: tuple[SkippedReference, ...] = (),
             groups: list[DirectoryGroup] | None = None,
             should_cancel: Callable[[], bool] | None = None,
             listing: ListingMark | None = None,
             before_commit: Callable[[SyncReport], None] | None = None,
             vanished_under: Callable[[str], str | None] | None = None) -> SyncReport:
    """Sync a complete listing into the database; see the module docstring for the rules.
    `should_cancel` is asked between the steps and last before COMMIT: a cancel rolls
    everything back. `listing` says when the listing began (sync_policy.listing_mark, taken
    before it; None: now): a user disabled by a run that finished later is not removed.
    `before_commit(report)` sees what the run did last before COMMIT and may raise to roll it
    all back (a confirmed plan that no longer matches). A run that would change nothing
    records no batch (`report.nothing_to_do`). `vanished_under(dn)` names the chosen OU, gone
    from the directory, that an imported user was below: such users are neither listed nor
    leavers, so they are left as they are, with a note per OU."""

    def check_cancel() -> None:
        if should_cancel and should_cancel():
            raise Cancelled("Sync cancelled; nothing was changed.")

    if listing is None:  # the caller listed just before
        listing = listing_mark(database)
    report = SyncReport(dry_run=dry_run, listing=listing)
    try:
        with database.transaction(i18n.N_("the sync")) as db:
            # before anything is written: the users sign in where they were imported from
            move = allowed_move(db, directory, directory_moved)
            domain_id = database.domain_id(options.domain)
            if domain_id is None:
                domain_id = ensure_domain(db, options.domain)
            batch_id = open_batch(db, "sync", options, domain_id, profile,
                                  {"remove_missing": remove_missing,
                                   "max_removals": max_removals,
                                   "listing_started": listing.started_at})
            report.batch_id = batch_id
            directory_id = (ensure_directory(db, directory, batch_id, moved=directory_moved)
                            if directory else None)
            if move is not None:
                report.notes.append(i18n._("the directory moved, as --directory-moved says: "
                                           "{before} is now {after}", before=move.before,
                                           after=move.after))
            learned = 0
            if directory_id is not None:  # users imported before schema 3 learn theirs
                learned = db.execute("UPDATE users SET directory_id = ? WHERE domain_id = ? AND "
                           "profile = ? AND auth = 'directory' AND directory_id IS NULL",
                           (directory_id, domain_id, profile)).rowcount
            # the listing a page at a time, each page's imported users found by stable id: the
            # known ones brought in step, the left-out ones kept (few), every row matched
            # marked; then the imported users' rows a chunk at a time: the unmatched ones are
            # the missing (memory flat in the number of users, the listing itself a spill)
            seen, left_out, why_out = Marks(), [], {}
            for pairs in matched_rows(db, domain_id, profile, users, seen):
                _update_known(db, [(row, user) for row, user in pairs if not user.excluded],
                              options.domain, domain_id, batch_id, report,
                              options.allow_role_addresses,
                              follow_disabled=not options.include_disabled)
                for row, user in pairs:
                    if user.excluded and row[5]:
                        left_out.append(row)
                        why_out[row[0]] = user.excluded
            imported, missing = 0, []
            for chunk in imported_rows(db, domain_id, profile):
                imported += len(chunk)
                missing += [row for row in chunk if row[0] not in seen]
            renamed = sync_names(db, domain_id, options.domain, profile, (
                (row[0], row[2], user)
                for pairs in matched_rows(db, domain_id, profile, users, Marks())
                for row, user in pairs if not user.excluded),
                options.sign_in_names, report.reasons, report.notes)
            known = set(report.updated)
            report.updated.extend(a for a in dict.fromkeys(renamed) if a not in known)
            check_cancel()
            if vanished_under is not None:
                missing = _without_vanished(missing, vanished_under, report.notes)
            report.missing = [f"{row[2]}@{options.domain}" for row in missing]
            report.left_out = {f"{row[2]}@{options.domain}": why_out[row[0]]
                               for row in left_out}
            if remove_missing and missing and any(r.asked for r in
                                                  skipped_references):
                report.stop_reason = STOP_REFERRALS
                report.stopped = ("referrals to other servers were skipped, so users there "
                                  "would look missing; no leaver was disabled or removed")
            elif remove_missing and (missing or left_out):
                # before planning: an address freed here may go to a re-created object
                withdraw_leavers(db, missing, left_out, users, imported, max_removals,
                                 options.domain, report, profile=profile,
                                 batch_id=batch_id, listing=listing)
            check_cancel()
            snapshot = database.snapshot(options.domain)
            if groups is None:  # only the new entries are kept (most users are imported)
                plan, new = None, new_entries(users, options, snapshot)
            else:  # lists need every entry: their members are looked up among them
                plan = make_plan(users, options, snapshot, groups)
                new = [e for e in plan.entries if e.status == NEW]
            report.lines.extend(write_entries(db, domain_id, options.domain, new, profile,
                                              batch_id, directory_id))
            if options.quota_bytes:  # the job's default, for the users this sync created
                quotas.apply_default(db, batch_id, options.quota_bytes)
            if groups is not None:
                sync_lists(db, plan, domain_id, profile, batch_id, remove_missing,
                           max_removals, report)
            check_cancel()
            if before_commit is not None:
                before_commit(report)
            if not (_changed(report) or move or learned > 0):
                report.nothing_to_do = True
                raise DryRun  # no empty batch: nothing is recorded
            finish_batch(db, batch_id, report.lines, {
                "updated": len(report.updated), "disabled": len(report.disabled),
                "disabled_in_directory": len(report.disabled_in_directory),
                "reenabled": len(report.reenabled),
                "removed": len(report.removed), "stopped": report.stopped,
                "stop_reason": report.stop_reason,
                "listing_after_batch": listing.after_batch,
                **({"directory_moved": move.record()} if move else {})})
            if dry_run:
                raise DryRun
    except DryRun:
        report.batch_id = None
    return report


def _without_vanished(missing, vanished_under, notes: list[str]) -> list:
    """The missing rows that are not below a vanished OU; a note per OU for the others."""
    kept, unknown = [], {}
    for row in missing:
        base = vanished_under(row[4] or "")
        if base is None:
            kept.append(row)
        else:
            unknown.setdefault(base, []).append(row)
    for base, rows in unknown.items():
        notes.append(f"the chosen OU {base} no longer exists in the directory: its "
                     f"{len(rows)} imported users were left as they are, neither updated nor "
                     "taken for leavers (untick the OU in the job, or restore it)")
    return kept


def _changed(report: SyncReport) -> bool:
    """True when a run wrote anything: created an entry, or updated, enabled, disabled or
    removed one."""
    return bool(report.count(CREATED) or report.updated or report.reenabled
                or report.disabled or report.removed
                or any(line.status in (LIST_UPDATED, LIST_REMOVED)
                       for line in list_lines(report.lines)))


def _update_known(db, known: list[tuple[tuple, DirectoryUser]], domain: str, domain_id: int,
                  batch_id: int, report: SyncReport, allow_roles: bool = False, *,
                  follow_disabled: bool = True) -> None:
    """Bring the `known` users (their row, their listed entry) in step with the listing."""
    made = made_aliases(db, domain_id, [row[0] for row, _ in known])
    checks = AddressChecks(allow_roles)
    for (user_id, _, local, display, dn, enabled, disabled_by), user in known:
        address = f"{local}@{domain}"
        why = sync_aliases(db, user_id, local, user, domain, domain_id, batch_id, report,
                            made.get(user_id, {}), allow_roles, checks)
        if user.display_name != display:
            why.append(i18n._("display name {old} is now {new}", old=repr(display),
                              new=repr(user.display_name)))
        if user.dn != dn:
            why.append(i18n._("renamed or moved in the directory to {dn}", dn=user.dn))
        if user.display_name != display or user.dn != dn:
            db.execute("UPDATE users SET display_name = ?, directory_dn = ?, updated_at = ? "
                       "WHERE id = ?", (user.display_name, user.dn, now(), user_id))
        if why:
            report.updated.append(address)
            report.reasons[address] = why
        if follow_disabled and user.disabled:
            if enabled:  # an admin's or an earlier sync's disabling is left as it is
                disable(db, user_id)
                report.disabled.append(address)
                report.disabled_in_directory.append(address)
                report.reasons.setdefault(address, []).append(i18n._(DISABLED_IN_DIRECTORY))
        elif not enabled and disabled_by != "admin":  # an admin's `db disable` stands
            db.execute("UPDATE users SET enabled = 1, disabled_at = NULL, disabled_by = NULL, "
                       "updated_at = ? WHERE id = ?", (now(), user_id))
            report.reenabled.append(address)
            report.reasons.setdefault(address, []).append(i18n._(ENABLED_AGAIN))


def preview_sync(database_path, users: list[DirectoryUser], options: PlanOptions, *,
                 profile: str, directory: DirectorySource | None = None,
                 directory_moved: bool = False,
                 remove_missing: bool = False, max_removals: str | None = None,
                 skipped_references: tuple[SkippedReference, ...] = (),
                 groups: list[DirectoryGroup] | None = None,
                 should_cancel: Callable[[], bool] | None = None,
                 listing: ListingMark | None = None) -> SyncReport:
    """What a sync would do, by the same engine, limits and refusals, run on a throw-away
    copy of the database (the real file is not touched, not even locked for writing; a
    PostgreSQL database runs it in a transaction that is rolled back)."""
    with open_for_dry_run(database_path) as database:
        return run_sync(database, users, options, profile=profile, directory=directory,
                        directory_moved=directory_moved,
                        remove_missing=remove_missing, max_removals=max_removals,
                        dry_run=True, skipped_references=skipped_references,
                        groups=groups, should_cancel=should_cancel, listing=listing)
