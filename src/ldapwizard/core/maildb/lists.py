"""Planning mailing lists from the directory's mail-enabled groups (`--groups-as-lists`).

A group becomes a list at its `mail` address when that address is in the target domain; its
members (nested groups already followed by the listing) become the list's recipients when
this job imports them (or imported them before), by their mailbox address in the domain: the
lists follow the choice of who to import. Any other member (not chosen, a contact, a user of
another domain) is left out, with a note; members added to a list by hand
(list_members.py) are the admin's to add, and every sync keeps them.

A new list that would be empty, or whose members are all outside the import, is flagged
(`flagged` says why): it stays unticked in the preview and a sync does not create it; the
admin may tick it anyway.

Status, as for users: hidden (imported before, by the group's stable id; or its address is a
user, alias or list already, or planned for a user of this listing), problem (no address,
outside the domain, invalid, two groups with one address, no stable id), new.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ldapwizard import i18n
from ldapwizard.core.directory.records import DirectoryGroup
from ldapwizard.core.maildb import addresses
from ldapwizard.core.maildb.taken import EXISTS

NEW, HIDDEN, PROBLEM = "new", "hidden", "problem"


@dataclass(slots=True)
class ListEntry:
    """One group and its fate as a mailing list."""

    group: DirectoryGroup
    status: str
    reason: str = ""
    local_part: str | None = None
    members: tuple[str, ...] = ()  # recipient addresses, each once
    notes: tuple[str, ...] = ()
    left_out: int = 0  # members of the group outside the import
    flagged: str = ""  # why a new list is not ticked by default (empty, all outside)

    @property
    def member_count(self) -> int:
        """How many members the list gets from its group (what the preview shows)."""
        return len(self.members)

    @property
    def ticked_by_default(self) -> bool:
        """A new list the import creates unless the admin unticks it."""
        return self.status == NEW and not self.flagged

    def address(self, domain: str) -> str | None:
        return f"{self.local_part}@{domain}" if self.local_part else None

    def shown_address(self, domain: str) -> str:
        return self.address(domain) or self.group.email or ""


def plan_lists(groups: Iterable[DirectoryGroup], domain: str, *,
               user_addresses: Mapping[str, str], planned_keys: Mapping[str, str],
               namespace, imported: Mapping[str, str]) -> list[ListEntry]:
    """Plan each group; `user_addresses` maps a user's DN (casefolded) to its mailbox address
    in the domain (planned or imported), `planned_keys` each local key the users' plan
    claims to the DN claiming it, `namespace` the domain's taken keys (key -> (kind, local)),
    `imported` a list's stable id -> its local part, for groups imported before."""
    entries = [_plan_one(group, domain, user_addresses, planned_keys, namespace, imported)
               for group in groups]
    _mark_duplicates([e for e in entries if e.status == NEW], domain)
    return entries


def _plan_one(group: DirectoryGroup, domain: str, user_addresses, planned_keys, namespace,
              imported) -> ListEntry:
    if group.stable_id and group.stable_id in imported:  # its members, for a sync to compare
        local = imported[group.stable_id]
        members, notes = _recipients(group, domain, user_addresses)
        return ListEntry(group, HIDDEN, i18n._("already imported as {address}",
                                               address=f"{local}@{domain}"), local,
                         members, tuple(notes), len(notes))
    if not group.stable_id:
        return ListEntry(group, PROBLEM,
                         i18n._("no stable id in the directory (check the server type)"))
    if not group.email:
        return ListEntry(group, PROBLEM, i18n._("no email address in the directory"))
    if addresses.domain_of(group.email) != domain:
        return ListEntry(group, PROBLEM, i18n._("address {email} is outside {domain}",
                                                email=group.email, domain=domain))
    local = group.email.rpartition("@")[0]
    problem = addresses.local_part_problem(local)
    if problem:
        return ListEntry(group, PROBLEM, i18n._("invalid list name: {problem}",
                                                problem=problem), local)
    members, notes = _recipients(group, domain, user_addresses)
    left_out = len(notes)
    key = local.casefold()
    owner = namespace.get(key)
    if owner:
        return ListEntry(group, HIDDEN, i18n._(EXISTS[owner[0]],
                                               address=f"{owner[1]}@{domain}"),
                         local, members, tuple(notes), left_out)
    if key in planned_keys:
        return ListEntry(group, HIDDEN, i18n._("address {address} is planned for the user "
                                               "{user}", address=f"{local}@{domain}",
                                               user=planned_keys[key]),
                         local, members, tuple(notes), left_out)
    flagged = ""
    if not group.members:
        flagged = i18n._("the group has no members: the list would be empty; not created "
                         "unless ticked")
    elif not members:
        flagged = i18n._n("the group's {count} member is not imported by this job: the list "
                          "would be empty; not created unless ticked",
                          "none of the group's {count} members is imported by this job: the "
                          "list would be empty; not created unless ticked", len(group.members))
    return ListEntry(group, NEW, "", local, members, tuple(notes), left_out, flagged)


def _recipients(group: DirectoryGroup, domain: str,
                user_addresses: Mapping[str, str]) -> tuple[tuple[str, ...], list[str]]:
    """The members this job imports (or imported), by their address in the domain; a note
    for each other member, which is left out."""
    recipients: dict[str, str] = {}
    notes: list[str] = []
    for dn, mail in group.members:
        address = user_addresses.get(dn.casefold())
        if address is None:
            notes.append(i18n._("member {dn} ({mail}) is not imported by this job; left out",
                                dn=dn, mail=mail) if mail else
                         i18n._("member {dn} is not imported by this job; left out", dn=dn))
            continue
        recipients.setdefault(address.casefold(), address)
    return tuple(recipients.values()), notes


def _mark_duplicates(candidates: list[ListEntry], domain: str) -> None:
    """Two groups with one address: both are problems."""
    claimed: dict[str, list[ListEntry]] = {}
    for entry in candidates:
        claimed.setdefault(entry.local_part.casefold(), []).append(entry)
    for claimants in claimed.values():
        if len(claimants) > 1:
            for entry in claimants:
                others = ", ".join(o.group.dn for o in claimants if o is not entry)
                entry.status = PROBLEM
                entry.reason = i18n._("duplicate address {address} in the directory (also "
                                      "{others})", address=f"{entry.local_part}@{domain}",
                                      others=others)


class ListInputs:
    """What planning the groups as mailing lists takes from the users' plan, kept for the
    groups' members and addresses only: a member's address in the domain (planned or
    imported before), and which user's plan claims a group's address."""

    def __init__(self, groups: list[DirectoryGroup], domain: str):
        self.groups, self.domain = groups, domain
        self.members = {dn.casefold() for group in groups for dn, _ in group.members}
        self.keys = {group.email.rpartition("@")[0].casefold() for group in groups
                     if group.email}
        self.imported: dict[str, str] = {}  # members' stable id -> local, imported before
        self.user_addresses: dict[str, str] = {}
        self.planned_keys: dict[str, str] = {}

    def keep_imported(self, entries: list, imported: Mapping[str, str]) -> None:
        """Remember the members among a page's entries that were imported before."""
        for entry in entries:
            stable_id = entry.user.stable_id
            if stable_id and stable_id in imported and \
                    entry.user.dn.casefold() in self.members:
                self.imported[stable_id] = imported[stable_id]

    def add(self, entry) -> None:
        """Take a settled entry (duplicates marked), in listing order."""
        user = entry.user
        if entry.status == NEW:
            dn = user.dn.casefold()
            if dn in self.members:
                self.user_addresses[dn] = entry.address(self.domain)
            for key in (entry.local_part, *entry.aliases):
                key = key.casefold()
                if key in self.keys:
                    self.planned_keys[key] = user.dn
        elif user.stable_id and user.stable_id in self.imported and not user.excluded:
            self.user_addresses[user.dn.casefold()] = (f"{self.imported[user.stable_id]}@"
                                                       f"{self.domain}")

    def plan(self, snapshot) -> list[ListEntry]:
        """Plan the groups against the users' plan and the snapshot's names."""
        return plan_lists(self.groups, self.domain, user_addresses=self.user_addresses,
                          planned_keys=self.planned_keys, namespace=snapshot.namespace,
                          imported=snapshot.imported_lists)
