"""A mailing list's members as the admin sees them (the window's Members of … dialog): each
member with where it came from — its directory group, or added by hand — and why it can or
cannot be removed by hand; and what a hand edit did, in the words `db add-member`,
`db remove-member` and the window share. The edits go through list_members.py."""

from __future__ import annotations

from dataclasses import dataclass

from ldapwizard.core.maildb.list_members import (
    ALREADY,
    KEPT_BY_HAND,
    NOT_A_MEMBER,
    REMOVED,
    MailingList,
    MemberChange,
    find_list,
)
from ldapwizard.core.maildb.schema_v9 import ADMIN
from ldapwizard.i18n import _


@dataclass(frozen=True)
class RosterMember:
    """One member of a list: its address, and whether it was added by hand."""

    address: str
    by_hand: bool


@dataclass(frozen=True)
class Roster:
    """A mailing list and its members, hand-added ones marked."""

    list: MailingList
    name: str
    members: tuple[RosterMember, ...]

    def why(self, member: RosterMember) -> str:
        """Where a member came from, and what removing it by hand does (or why it cannot)."""
        if member.by_hand:
            return _("added by hand: every sync keeps it; Remove takes it off the list")
        return _("a member of the directory group {group}: it leaves the list when it leaves "
                 "the group (the next sync takes it off); removed here, the next sync would "
                 "add it back", group=self.list.group_dn)

    @property
    def hand_added(self) -> int:
        return sum(member.by_hand for member in self.members)


def mailing_lists(db) -> list[str]:
    """The address of every mailing list in the database, in order."""
    return [row[0] for row in db.execute(
        "SELECT l.local_part || '@' || d.name FROM lists l JOIN domains d ON "
        "d.id = l.domain_id ORDER BY d.name, l.local_key")]


def roster(db, address: str) -> Roster:
    """The list at `address` with its members (BadInput when there is no such list)."""
    found = find_list(db, address)
    (name,) = db.execute("SELECT name FROM lists WHERE id = ?", (found.id,)).fetchone()
    members = tuple(RosterMember(row[0], row[1] == ADMIN) for row in db.execute(
        "SELECT address, source FROM list_members WHERE list_id = ? ORDER BY address_key",
        (found.id,)))
    return Roster(found, name or "", members)


def change_words(change: MemberChange) -> str:
    """What a hand edit of a list's members did, in a sentence."""
    where, member = change.list.address, change.member
    if change.outcome == ALREADY:
        return _("{member} is a member of {list} added by hand already; nothing was changed.",
                 member=member, list=where)
    if change.outcome == KEPT_BY_HAND:
        return _("{member} was a member of {list} from its directory group; it is now kept by "
                 "hand too: syncs keep it even when it leaves the group.",
                 member=member, list=where)
    if change.outcome == NOT_A_MEMBER:
        return _("{member} is not a member of {list}; nothing was changed.",
                 member=member, list=where)
    if change.outcome == REMOVED:
        return _("Removed {member} from {list}.", member=member, list=where)
    return _("Added {member} to {list} by hand: every sync keeps it, and names it in its "
             "report.", member=member, list=where)
