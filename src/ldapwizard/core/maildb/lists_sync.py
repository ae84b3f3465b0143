"""Sync of the mailing lists a profile made from directory groups (`--groups-as-lists`):
members follow the group, a new mail-enabled group becomes a list, and a list whose group is
gone is removed only when removals were asked for, within the limit. Lists made by hand, or
by another profile, are never touched."""

from __future__ import annotations

from ldapwizard.core.maildb import accounts
from ldapwizard.core.maildb.importer import write_lists
from ldapwizard.core.maildb.lists import NEW


def sync_lists(db, plan, domain_id: int, profile: str, batch_id: int, remove_missing: bool,
               max_removals: str | None, report) -> None:
    """Bring this profile's lists in step with `plan.lists` (every listed group, planned);
    what changed goes into the SyncReport `report`, as for users."""
    from ldapwizard.core.maildb.sync_policy import STOP_LIST_LIMIT, limit_words, removal_limit

    domain = plan.domain
    planned = {e.group.stable_id: e for e in plan.lists if e.group.stable_id}
    mine = db.execute("SELECT id, stable_id, local_part, name FROM lists WHERE domain_id = ? "
                      "AND profile = ? AND stable_id IS NOT NULL",
                      (domain_id, profile)).fetchall()
    gone = []
    for list_id, stable_id, local, name in mine:
        entry = planned.get(stable_id)
        if entry is None:
            gone.append((list_id, f"{local}@{domain}"))
            continue
        why = _follow(db, list_id, entry, name)
        if why:
            address = f"{local}@{domain}"
            report.updated.append(address)
            report.lists_updated.append(address)
            report.reasons[address] = why
    report.lines.extend(write_lists(db, domain_id, domain,
                                    [e for e in plan.lists if e.status == NEW], profile,
                                    batch_id))
    if not gone:
        return
    addresses = [address for _, address in gone]
    if not remove_missing:
        report.missing.extend(addresses)
        for address in addresses:
            report.reasons[address] = ["its group is no longer a mail-enabled group in the "
                                       "listing"]
        return
    limit = removal_limit(max_removals, len(mine))
    if len(gone) > limit:
        report.missing.extend(addresses)
        if not report.stopped:
            report.stop_reason = STOP_LIST_LIMIT
            report.stopped = (
                f"{len(gone)} mailing lists lost their groups, more than "
                f"{limit_words(max_removals, len(mine), limit, 'lists of this profile')}; "
                "none was removed")
        return
    for list_id, address in gone:
        db.execute("DELETE FROM lists WHERE id = ?", (list_id,))
        report.removed.append(address)
        report.lists_removed.append(address)
        report.reasons[address] = ["its group is gone from the directory: the list removed"]


def _follow(db, list_id: int, entry, name: str) -> list[str]:
    """Make a list's members and name the group's; what changed, in words."""
    have = dict(db.execute("SELECT address_key, address FROM list_members WHERE list_id = ?",
                           (list_id,)).fetchall())
    want = {member.casefold(): member for member in entry.members}
    added = [want[key] for key in want if key not in have]
    dropped = [have[key] for key in have if key not in want]
    why = []
    if dropped:
        db.executemany("DELETE FROM list_members WHERE list_id = ? AND address_key = ?",
                       [(list_id, address.casefold()) for address in dropped])
        why.append(f"members removed as in the directory: {', '.join(dropped)}")
    if added:
        accounts.set_list_members(db, list_id, added)
        why.append(f"members added as in the directory: {', '.join(added)}")
    if entry.group.name != name:
        db.execute("UPDATE lists SET name = ?, directory_dn = ? WHERE id = ?",
                   (entry.group.name, entry.group.dn, list_id))
        why.append(f"name {name!r} is now {entry.group.name!r}")
    return why
