"""Sync of the mailing lists a profile made from directory groups (`--groups-as-lists`).

- The members a list has from its group (source 'directory', schema_v9.py) follow the group:
  added and removed as the directory has them, scoped to the users this job imports.
- Members added by hand (source 'admin': `db add-member`, the window, SQL) are never touched;
  each list holding some gets a note naming them.
- The list follows its group's new name and DN, and its new mail address in the domain: the
  list moves to the new address at once (mail to it is delivered from this sync on), and the
  old address stays as an alias of the list, so mail in flight and old address books still
  reach it (the alias goes with the list when its import is undone; `db` has no command to
  remove an alias yet). An address that is taken, or outside the domain, is not followed
  (a note says so).
- A new mail-enabled group becomes a list, unless it is flagged (empty, or no member
  imported by this job): a scheduled run has nobody to tick it.
- A list whose group is gone is left as it is without `remove_missing`; with it, removed
  within the removal limit, unless it has members added by hand: then it is kept, as it is,
  with a note. Removing it would bounce mail its hand-added members still expect, and only
  the admin knows whether the list still serves; `db remove-member` of the last one lets the
  next sync remove it. (Lists have no disabled state that the mail server honours, so
  "disable" would mean removing its members, which is the same loss.)

Every list created, changed, kept, left or removed is a ListLine in the sync report's lines,
with its reason and the members added, removed and kept by hand. Lists made by hand, or by
another profile, are never touched.
"""

from __future__ import annotations

from dataclasses import dataclass

from ldapwizard import i18n
from ldapwizard.core.maildb import accounts
from ldapwizard.core.maildb.database import INTEGRITY_ERRORS
from ldapwizard.core.maildb.importer import CREATED, ReportLine, write_lists
from ldapwizard.core.maildb.list_members import hand_added
from ldapwizard.core.maildb.lists import NEW, ListEntry
from ldapwizard.core.maildb.schema_v9 import ADMIN, DIRECTORY

# a list line's status: what a sync did to the list (a created one is CREATED, as in imports)
LIST_UPDATED, LIST_KEPT, LIST_LEFT, LIST_REMOVED = (
    "list updated", "list kept", "list left", "list removed")
LIST_STATUSES = (CREATED, LIST_UPDATED, LIST_KEPT, LIST_LEFT, LIST_REMOVED)
SHOWN = 10  # addresses named in one reason; the ListLine holds them all


@dataclass(frozen=True, slots=True)
class ListLine(ReportLine):
    """What a sync did to one mailing list: a report line (status, address, the group's name
    as display name, reason, DN, stable id; no username), and the members it added and
    removed and the ones added by hand it kept, by address."""

    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    by_hand: tuple[str, ...] = ()
    old_address: str = ""  # the address it had, when it followed its group's new one


def list_lines(lines) -> list[ListLine]:
    """The mailing lists' lines of a report's lines."""
    return [line for line in lines if isinstance(line, ListLine)]


def sync_lists(db, plan, domain_id: int, profile: str, batch_id: int, remove_missing: bool,
               max_removals: str | None, report) -> None:
    """Bring this profile's lists in step with `plan.lists` (every listed group, planned);
    ListLines go into `report.lines`, a note per list with members added by hand into
    `report.notes`, a withheld removal into `report.stopped`."""
    from ldapwizard.core.maildb.sync_policy import (
        STOP_LIST_LIMIT,
        lists_stop_words,
        removal_limit,
    )

    domain = plan.domain
    planned = {e.group.stable_id: e for e in plan.lists if e.group.stable_id}
    mine = db.execute("SELECT id, stable_id, local_part, name, directory_dn, batch_id "
                      "FROM lists WHERE domain_id = ? AND profile = ? AND stable_id IS NOT NULL",
                      (domain_id, profile)).fetchall()
    gone = []
    for row in mine:
        entry = planned.get(row[1])
        if entry is None:
            gone.append(row)
            continue
        line = _follow(db, domain_id, domain, row, entry, report.notes)
        if line:
            report.lines.append(line)
    report.lines.extend(_created(db, domain_id, domain, plan.lists, profile, batch_id))
    report.notes.extend(i18n._("mailing list {address} not created: {reason}",
                               address=e.address(domain), reason=e.flagged)
                        for e in plan.lists if e.status == NEW and e.flagged)
    if not gone:
        return
    removable = []
    for row in gone:
        list_id, stable_id, local, name, dn = row[:5]
        address, kept = f"{local}@{domain}", tuple(hand_added(db, list_id))
        if kept:
            report.lines.append(ListLine(
                LIST_KEPT if remove_missing else LIST_LEFT, "", address, name,
                i18n._n("its group is no longer a mail-enabled group in the listing; kept as it "
                        "is, because it has {count} member added by hand ({members}): remove "
                        "it (db remove-member) to let a sync with --remove-missing remove the "
                        "list",
                        "its group is no longer a mail-enabled group in the listing; kept as it "
                        "is, because it has {count} members added by hand ({members}): remove "
                        "them (db remove-member) to let a sync with --remove-missing remove the "
                        "list", len(kept), members=_shown(kept)),
                dn or "", stable_id, by_hand=kept))
            _note_by_hand(report.notes, address, kept)
        elif not remove_missing:
            report.lines.append(ListLine(
                LIST_LEFT, "", address, name, i18n._(
                    "its group is no longer a mail-enabled group in the listing; left as it is: "
                    "removing lists was not asked for (--remove-missing)"), dn or "", stable_id))
        else:
            removable.append((list_id, address, name, dn or "", stable_id))
    if not removable:
        return
    limit = removal_limit(max_removals, len(mine))
    if len(removable) > limit:
        if not report.stopped:
            report.stop_reason = STOP_LIST_LIMIT
        report.stopped = report.stopped or lists_stop_words(len(removable), max_removals,
                                                            len(mine), limit)
        left = i18n._("its group is no longer a mail-enabled group in the listing; left as it "
                      "is: removals stopped by a safety limit")
        report.lines.extend(ListLine(LIST_LEFT, "", address, name, left, dn, stable_id)
                            for _, address, name, dn, stable_id in removable)
        return
    for list_id, address, name, dn, stable_id in removable:
        members = tuple(row[0] for row in db.execute(
            "SELECT address FROM list_members WHERE list_id = ? ORDER BY address_key",
            (list_id,)))
        db.execute("DELETE FROM lists WHERE id = ?", (list_id,))
        report.lines.append(ListLine(LIST_REMOVED, "", address, name, i18n._n(
            "its group is gone from the directory listing: the list removed, with its {count} "
            "member from the group",
            "its group is gone from the directory listing: the list removed, with its {count} "
            "members from the group", len(members)), dn, stable_id, removed=members))


def has_list_work(lines) -> bool:
    """True when the lines hold a list a sync creates, changes or removes, or leaves behind."""
    return any(line.status in LIST_STATUSES for line in list_lines(lines))


def _created(db, domain_id: int, domain: str, entries: list[ListEntry], profile: str,
             batch_id: int) -> list[ReportLine]:
    """Create the new lists (flagged ones wait for an admin to tick them: not here)."""
    new = [e for e in entries if e.status == NEW and e.ticked_by_default]
    lines = write_lists(db, domain_id, domain, new, profile, batch_id)
    return [ListLine(*(getattr(line, f) for f in _LINE_FIELDS),
                     added=entry.members if line.status == CREATED else ())
            for line, entry in zip(lines, new, strict=True)]


_LINE_FIELDS = ("status", "username", "address", "display_name", "reason", "dn", "stable_id")


def _follow(db, domain_id: int, domain: str, row, entry: ListEntry,
            notes: list[str]) -> ListLine | None:
    """Make a list's directory members, name, DN and address its group's; its line when
    anything changed."""
    list_id, stable_id, local, name, dn, _ = row
    group = entry.group
    have = {key: (address, source) for key, address, source in db.execute(
        "SELECT address_key, address, source FROM list_members WHERE list_id = ?", (list_id,))}
    want = {member.casefold(): member for member in entry.members}
    added = tuple(want[key] for key in want if key not in have)
    dropped = tuple(address for key, (address, source) in have.items()
                    if source == DIRECTORY and key not in want)
    by_hand = tuple(sorted((address for address, source in have.values() if source == ADMIN),
                           key=str.casefold))
    why = []
    if dropped:
        db.executemany("DELETE FROM list_members WHERE list_id = ? AND address_key = ?",
                       [(list_id, address.casefold()) for address in dropped])
        why.append(i18n._("members removed as in the directory: {members}",
                          members=_shown(dropped)))
    if added:
        accounts.set_list_members(db, list_id, list(added), DIRECTORY)
        why.append(i18n._("members added as in the directory: {members}",
                          members=_shown(added)))
    if group.name != name:
        why.append(i18n._("name {old} is now {new}", old=repr(name), new=repr(group.name)))
    if group.dn != dn:
        why.append(i18n._("renamed or moved in the directory to {dn}", dn=group.dn))
    if group.name != name or group.dn != dn:
        db.execute("UPDATE lists SET name = ?, directory_dn = ? WHERE id = ?",
                   (group.name, group.dn, list_id))
    address = f"{local}@{domain}"
    old_address = ""
    moved = _follow_address(db, domain_id, domain, list_id, local, group.email, notes)
    if moved:
        old_address, address = address, moved
        why.append(i18n._("the group's address is now {address}: the list moved there, and "
                          "{old_address} stays as an alias of it for mail sent to the old "
                          "address", address=moved, old_address=old_address))
    if by_hand:
        _note_by_hand(notes, address, by_hand)
    if not why:
        return None
    if by_hand:
        why.append(i18n._n("{count} member added by hand kept: {members}",
                           "{count} members added by hand kept: {members}", len(by_hand),
                           members=_shown(by_hand)))
    return ListLine(LIST_UPDATED, "", address, group.name, "; ".join(why), group.dn,
                    stable_id, added, dropped, by_hand, old_address)


def _follow_address(db, domain_id: int, domain: str, list_id: int, local: str,
                    email: str | None, notes: list[str]) -> str | None:
    """Move the list to its group's new address in the domain, keeping the old one as an
    alias of it; the new address, or None when it did not move (a note says why)."""
    if not email or email.casefold() == f"{local}@{domain}".casefold():
        return None
    new_local, _, new_domain = email.rpartition("@")
    current = f"{local}@{domain}"
    if new_domain.casefold() != domain.casefold():
        notes.append(i18n._("mailing list {address}: its group's address is now {email}, "
                            "outside {domain}; the list keeps its address", address=current,
                            email=email, domain=domain))
        return None
    new_address = f"{new_local}@{domain}"
    db.execute("SAVEPOINT list_address")
    try:
        _release_old_alias(db, domain_id, new_local, current)
        moved_id = _move(db, domain_id, list_id, new_local)
    except (accounts.AddressTaken, *INTEGRITY_ERRORS) as taken:
        db.execute("ROLLBACK TO list_address")
        db.execute("RELEASE list_address")
        reason = taken.message if isinstance(taken, accounts.AddressTaken) else str(taken)
        notes.append(i18n._("mailing list {address}: its group's address is now {email}, "
                            "which is taken ({reason}); the list keeps its address",
                            address=current, email=new_address, reason=reason))
        return None
    db.execute("RELEASE list_address")
    batch = db.execute("SELECT batch_id FROM lists WHERE id = ?", (moved_id,)).fetchone()[0]
    db.execute("SAVEPOINT old_address")
    try:  # owned by the list's batch: undoing its import removes both
        accounts.add_alias(db, domain_id, local, [new_address], batch)
    except accounts.AddressTaken as taken:
        db.execute("ROLLBACK TO old_address")
        notes.append(i18n._("mailing list {address}: its old address {old_address} could not "
                            "be kept as an alias ({reason}); mail to it bounces",
                            address=new_address, old_address=current, reason=taken.message))
    db.execute("RELEASE old_address")
    return new_address


def _release_old_alias(db, domain_id: int, local: str, list_address: str) -> None:
    """A group back at an address its list had before: the alias a sync left there, which
    forwards to the list alone, makes way for the list (an alias made by hand stays)."""
    db.execute("DELETE FROM aliases WHERE domain_id = ? AND local_key = ? "
               "AND batch_id IS NOT NULL AND id IN "
               "(SELECT alias_id FROM alias_targets GROUP BY alias_id "
               "HAVING count(*) = 1 AND lower(max(target)) = ?)",
               (domain_id, local.casefold(), list_address.casefold()))


def _move(db, domain_id: int, list_id: int, new_local: str) -> int:
    """The list, at a new local part: made again there with its row's values and members
    (the claims and Postfix's joined forwards follow an insert and a delete); its new id."""
    (name, batch_id, created_at, stable_id, dn, profile) = db.execute(
        "SELECT name, batch_id, created_at, stable_id, directory_dn, profile FROM lists "
        "WHERE id = ?", (list_id,)).fetchone()
    members = db.execute("SELECT address, source FROM list_members WHERE list_id = ?",
                         (list_id,)).fetchall()
    db.execute("DELETE FROM list_members WHERE list_id = ?", (list_id,))
    db.execute("DELETE FROM lists WHERE id = ?", (list_id,))
    moved = accounts.add_list(db, domain_id, new_local, name, [], batch_id,
                              stable_id=stable_id, directory_dn=dn, profile=profile)
    db.execute("UPDATE lists SET created_at = ? WHERE id = ?", (created_at, moved))
    for source in (DIRECTORY, ADMIN):
        accounts.set_list_members(db, moved, [a for a, s in members if s == source], source)
    return moved


def _note_by_hand(notes: list[str], address: str, by_hand: tuple[str, ...]) -> None:
    notes.append(i18n._n("mailing list {address}: {count} member added by hand kept: {members}",
                         "mailing list {address}: {count} members added by hand kept: "
                         "{members}", len(by_hand), address=address, members=_shown(by_hand)))


def _shown(addresses) -> str:
    addresses = list(addresses)
    shown = ", ".join(addresses[:SHOWN])
    if len(addresses) > SHOWN:
        return i18n._("{addresses} and {count} more", addresses=shown,
                      count=len(addresses) - SHOWN)
    return shown
