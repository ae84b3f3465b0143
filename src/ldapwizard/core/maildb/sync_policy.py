"""A sync's removal policy, in one place: the limit (`N`, `P%`, or the default and its words),
why removals stop (typed reasons), and the two-step removal of users who left the directory —
disabled on one run, removed on a later one whose listing started after that run finished.

The job record keeps the policy (Profile.remove_missing, Profile.max_removals); the command
line, the Sync panel, the schedule dialog and `profile show` word it from here.
"""

from __future__ import annotations

from dataclasses import dataclass

from ldapwizard import i18n
from ldapwizard.core.errors import BadInput
from ldapwizard.core.maildb import mailboxes
from ldapwizard.core.maildb.database import now

DEFAULT_LIMIT_PERCENT = 10
DEFAULT_LIMIT_COUNT = 500
# the default limit in words (--help, profile show, the window's placeholders)
DEFAULT_LIMIT_WORDS = (f"{DEFAULT_LIMIT_PERCENT}% of the imported users, at least 1 and at "
                       f"most {DEFAULT_LIMIT_COUNT}")


def default_limit_words() -> str:
    """DEFAULT_LIMIT_WORDS in the language messages are shown in."""
    return i18n._("{percent}% of the imported users, at least 1 and at most {count}",
             percent=DEFAULT_LIMIT_PERCENT, count=DEFAULT_LIMIT_COUNT)

# why a sync withheld its removals (SyncReport.stop_reason); each front end words its own hint
STOP_EMPTY = "empty-listing"  # the listing is empty: a filter matching nothing removes no one
STOP_LIMIT = "removal-limit"  # more leavers than the limit
STOP_LIST_LIMIT = "list-removal-limit"  # more lists lost their groups than the limit
STOP_REFERRALS = "referrals"  # referrals were skipped: users behind them would look missing
RAISE_THE_LIMIT = (STOP_LIMIT, STOP_LIST_LIMIT)  # stops a higher limit would let through


def removal_limit(spec: str | None, imported: int) -> int:
    """`N` or `P%` of the imported users; default 10% of them, at least 1 and at most 500
    (10% of a small profile is 0: every run with removals would stop)."""
    if spec is None or not spec.strip():
        share = imported * DEFAULT_LIMIT_PERCENT // 100
        return min(max(share, 1), DEFAULT_LIMIT_COUNT) if imported else 0
    text = spec.strip()
    try:
        if text.endswith("%"):
            percent = float(text[:-1])
            if not 0 <= percent <= 100:
                raise ValueError
            return int(imported * percent / 100)
        value = int(text)
        if value < 0:
            raise ValueError
        return value
    except ValueError:
        raise BadInput(i18n._('"{limit}" is not a removal limit.', limit=spec),
                       hint=i18n._("Give a count (e.g. 25) or a share of the imported users "
                                   "(e.g. 5%).")) from None


def checked_limit(spec: str | None) -> str | None:
    """The limit as a job record keeps it: None for the default, else the text, checked
    (BadInput when it is neither N nor P%)."""
    if spec is None or not spec.strip():
        return None
    removal_limit(spec, 0)
    return spec.strip()


def lists_stop_words(count: int, spec: str | None, lists: int, limit: int) -> str:
    """The stop of a sync whose mailing lists lost more groups than the limit: with the
    default limit, its rule too, so a small profile's admin sees why it is so low."""
    if spec is not None:
        return i18n._n("{count} mailing list lost its group, more than the limit of {limit}; "
                       "none was removed (raise --max-removals if this is intended)",
                       "{count} mailing lists lost their groups, more than the limit of "
                       "{limit}; none was removed (raise --max-removals if this is intended)",
                       count, limit=limit)
    return i18n._n("{count} mailing list lost its group, more than the limit of {limit} "
                   "({percent}% of the {lists} lists of this profile, at least 1 and at most "
                   "{most}); none was removed (raise --max-removals if this is intended)",
                   "{count} mailing lists lost their groups, more than the limit of {limit} "
                   "({percent}% of the {lists} lists of this profile, at least 1 and at most "
                   "{most}); none was removed (raise --max-removals if this is intended)",
                   count, limit=limit, percent=DEFAULT_LIMIT_PERCENT, lists=lists,
                   most=DEFAULT_LIMIT_COUNT)


def policy_words(remove_missing: bool, max_removals: str | None) -> str:
    """A job's removal policy in words (`profile show`)."""
    if not remove_missing:
        return i18n._("users who left the directory are left as they are (not removed)")
    if max_removals:
        return i18n._("users who left the directory are disabled, then removed on a later run; "
                      "at most {limit} a run", limit=max_removals)
    return i18n._("users who left the directory are disabled, then removed on a later run; at "
                  "most {percent}% of the imported users, at least 1 and at most {count} a run",
                  percent=DEFAULT_LIMIT_PERCENT, count=DEFAULT_LIMIT_COUNT)


@dataclass(frozen=True)
class ListingMark:
    """When a listing started: its time, and the last batch the database held then. A user a
    sync disabled may be removed only by a run whose listing started after that sync
    finished — a later, new listing, never the one that disabled it."""

    started_at: str
    after_batch: int = 0


def listing_mark(database) -> ListingMark:
    """The mark of a listing that starts now (read before it starts)."""
    started = now_precise()
    if database is None:
        return ListingMark(started, 0)
    with database.reading() as db:
        (last,) = db.execute("SELECT coalesce(max(id), 0) FROM batches").fetchone()
    return ListingMark(started, int(last))


def now_precise() -> str:
    import datetime as dt

    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


def disabled_by_batch(db, user_id: int, profile: str, current_batch: int) -> int:
    """The sync batch of `profile` that disabled the user: the last one started by the time
    it was disabled (0: none). Timestamps are in seconds, so a later batch started in the same
    second may be taken instead — which only ever delays a removal."""
    row = db.execute(
        "SELECT max(b.id) FROM batches b JOIN users u ON u.id = ? WHERE b.kind = 'sync' AND "
        "b.profile = ? AND b.id <> ? AND b.started_at <= u.disabled_at",
        (user_id, profile, current_batch)).fetchone()
    return int(row[0] or 0)


def disable(db, user_id: int) -> None:
    """Disable a user for the directory's sake (`disabled_by` 'sync': a later sync may enable
    it again, unlike an admin's `db disable`)."""
    db.execute("UPDATE users SET enabled = 0, disabled_at = ?, disabled_by = 'sync', "
               "updated_at = ? WHERE id = ?", (now(), now(), user_id))


def referenced_by_others(db, user_id: int, address: str) -> bool:
    """True when an alias or mailing list not made by this tool points at the user."""
    alias = db.execute(
        "SELECT 1 FROM alias_targets t JOIN aliases a ON a.id = t.alias_id "
        "WHERE t.user_id = ? AND (a.batch_id IS NULL OR EXISTS (SELECT 1 FROM alias_targets o "
        "WHERE o.alias_id = a.id AND o.user_id IS DISTINCT FROM ?))", (user_id, user_id)).fetchone()
    member = db.execute("SELECT 1 FROM list_members WHERE address_key = ?",
                        (address.casefold(),)).fetchone()
    return bool(alias or member)


def _too_many(count: int, spec: str | None, imported: int, limit: int) -> str:
    """The stop of a run with more leavers and users left out than the limit."""
    if spec is not None:
        return i18n._("{count} imported users are no longer in the directory or left out by "
                      "the choice of who to import, more than the limit of {limit}; none of "
                      "them was disabled or removed", count=count, limit=limit)
    return i18n._("{count} imported users are no longer in the directory or left out by the "
                  "choice of who to import, more than the limit of {limit} ({percent}% of the "
                  "{imported} imported users, at least 1 and at most {most}); none of them was "
                  "disabled or removed", count=count, limit=limit, percent=DEFAULT_LIMIT_PERCENT,
                  imported=imported, most=DEFAULT_LIMIT_COUNT)


def remove_missing(db, missing, left_out, users, imported: int, max_removals: str | None,
                   domain: str, report, *, profile: str, batch_id: int,
                   listing: ListingMark | None) -> None:
    """Disable the leavers and the users left out (within the limit), and remove the leavers
    disabled by an earlier run whose batch finished before this run's listing started."""
    limit = removal_limit(max_removals, imported)
    if not users or all(user.excluded for user in users):
        report.stop_reason = STOP_EMPTY
        report.stopped = i18n._n("the directory listing is empty while this profile imported "
                                 "{count} user; a filter or base DN that matches nothing must "
                                 "not remove it",
                                 "the directory listing is empty while this profile imported "
                                 "{count} users; a filter or base DN that matches nothing must "
                                 "not remove them", imported)
        return
    if len(missing) + len(left_out) > limit:
        report.stop_reason = STOP_LIMIT
        report.stopped = _too_many(len(missing) + len(left_out), max_removals, imported, limit)
        return
    for user_id, _, local, *_ in left_out:  # still in the directory: disabled, never removed
        address = f"{local}@{domain}"
        disable(db, user_id)
        report.disabled.append(address)
        report.reasons[address] = [i18n._("left out by the choice of who to import ({rule}): "
                                          "disabled, and kept while it is in the directory",
                                          rule=report.left_out[address])]
    for user_id, _, local, _, _, enabled, _ in missing:
        address = f"{local}@{domain}"
        if not enabled and referenced_by_others(db, user_id, address):
            report.kept.append(address)
            continue
        if enabled:
            disable(db, user_id)
            report.disabled.append(address)
            report.reasons[address] = [i18n._("no longer in the directory listing: disabled "
                                              "(removed on a later run if still missing)")]
            continue
        if listing is not None and disabled_by_batch(
                db, user_id, profile, batch_id) > listing.after_batch:
            report.waiting.append(address)
            report.reasons[address] = [i18n._("disabled by a sync that finished after this "
                                              "listing started: removed by a later run with a "
                                              "new listing, if still missing")]
            continue
        # only aliases this tool made for the user remain pointing at it
        db.execute("DELETE FROM aliases WHERE id IN (SELECT alias_id FROM alias_targets "
                   "WHERE user_id = ?)", (user_id,))
        mailbox = db.execute("DELETE FROM users WHERE id = ? RETURNING mailbox",
                             (user_id,)).fetchall()[0][0]
        report.removed.append(address)
        report.mailboxes[address] = mailbox
        mailboxes.set_aside(db, [mailbox], now())
        report.reasons[address] = [i18n._("disabled on an earlier run and still missing: "
                                          "removed; {note}", note=mailboxes.kept_words(mailbox))]
