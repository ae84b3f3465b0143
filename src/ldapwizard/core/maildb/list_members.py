"""Members added to a mailing list by hand (`ldapwizard db add-member`, `db remove-member`),
inside a caller's transaction.

A member added here has the source 'admin' (schema_v9.py): every sync keeps it, whatever the
list's group says. A member's address must be mail that arrives somewhere: in a domain of
this database, an existing user, alias or mailing list; elsewhere, any valid address.
A member that the list has from its directory group cannot be removed here (the next sync
would add it back): the group is where it leaves.
"""

from __future__ import annotations

from dataclasses import dataclass

from ldapwizard import i18n
from ldapwizard.core.errors import BadInput
from ldapwizard.core.maildb import addresses
from ldapwizard.core.maildb.accounts import set_list_members
from ldapwizard.core.maildb.schema_v9 import ADMIN, DIRECTORY

# what add_member and remove_member did
ADDED = "added"  # a new member, added by hand
KEPT_BY_HAND = "kept by hand"  # a member from the directory, now also kept by hand
ALREADY = "already"  # a member added by hand before: nothing changed
REMOVED = "removed"
NOT_A_MEMBER = "not a member"  # nothing changed
# an address given as a list's that is another kind's
_NOT_A_LIST = {"user": i18n.N_("{address} is a user, not a mailing list."),
               "alias": i18n.N_("{address} is an alias, not a mailing list.")}


@dataclass(frozen=True)
class MailingList:
    """A mailing list as stored: its id, its address, and its group's DN when made from one."""

    id: int
    address: str
    group_dn: str | None


@dataclass(frozen=True)
class MemberChange:
    """What a hand edit of a list's members did (one of the outcomes above)."""

    outcome: str
    list: MailingList
    member: str  # the member's address as stored (or as given, when not a member)


def find_list(db, address: str) -> MailingList:
    """The mailing list with this address; BadInput naming what the address is otherwise."""
    local, domain = addresses.split(address)
    row = db.execute(
        "SELECT l.id, l.local_part || '@' || d.name, l.directory_dn, l.stable_id FROM lists l "
        "JOIN domains d ON d.id = l.domain_id WHERE d.name = ? AND l.local_key = ?",
        (domain, addresses.key(local))).fetchone()
    if row is not None:
        return MailingList(row[0], row[1], row[2] if row[3] else None)
    kind = _kind(db, local, domain)
    if kind in _NOT_A_LIST:
        raise BadInput(i18n._(_NOT_A_LIST[kind], address=f"{local}@{domain}"),
                       hint=i18n._("Give the address of a mailing list (`ldapwizard db show` "
                                   "counts them per domain)."))
    raise BadInput(i18n._("There is no mailing list {address} in the user database.",
                          address=f"{local}@{domain}"),
                   hint=i18n._("Create it with `ldapwizard db add-list`, or import it from a "
                               "directory group with --groups-as-lists."))


def add_member(db, list_address: str, member: str) -> MemberChange:
    """Add `member` to the list by hand; adding one twice changes nothing (ALREADY)."""
    target = find_list(db, list_address)
    address = _checked_member(db, target, member)
    row = db.execute("SELECT address, source FROM list_members WHERE list_id = ? AND "
                     "address_key = ?", (target.id, address.casefold())).fetchone()
    if row is None:
        set_list_members(db, target.id, [address], ADMIN)
        return MemberChange(ADDED, target, address)
    if row[1] == ADMIN:
        return MemberChange(ALREADY, target, row[0])
    db.execute("UPDATE list_members SET source = ? WHERE list_id = ? AND address_key = ?",
               (ADMIN, target.id, address.casefold()))
    return MemberChange(KEPT_BY_HAND, target, row[0])


def remove_member(db, list_address: str, member: str) -> MemberChange:
    """Remove a member added by hand; one the list has from its directory group is refused
    (the group decides), one it does not have changes nothing (NOT_A_MEMBER)."""
    target = find_list(db, list_address)
    key = member.strip().casefold()
    row = db.execute("SELECT address, source FROM list_members WHERE list_id = ? AND "
                     "address_key = ?", (target.id, key)).fetchone()
    if row is None:
        return MemberChange(NOT_A_MEMBER, target, member.strip())
    if row[1] == DIRECTORY:
        raise BadInput(i18n._("{member} is on {list} because it is a member of the "
                              "directory group {group}; nothing was changed.", member=row[0],
                              list=target.address, group=target.group_dn),
                       hint=i18n._("Remove it from the group in the directory: the next sync "
                                   "takes it off the list. Removed here, the next sync would "
                                   "add it back."))
    db.execute("DELETE FROM list_members WHERE list_id = ? AND address_key = ?",
               (target.id, key))
    return MemberChange(REMOVED, target, row[0])


def hand_added(db, list_id: int) -> list[str]:
    """The members of a list added by hand, by address."""
    return [row[0] for row in db.execute(
        "SELECT address FROM list_members WHERE list_id = ? AND source = ? "
        "ORDER BY address_key", (list_id, ADMIN))]


def _checked_member(db, target: MailingList, member: str) -> str:
    """The member's address as it will be stored; BadInput when mail to it would bounce."""
    local, domain = addresses.split(member)
    address = f"{local}@{domain}"
    if address.casefold() == target.address.casefold():
        raise BadInput(i18n._("{list} cannot be a member of itself.", list=target.address))
    hosted = db.execute("SELECT 1 FROM domains WHERE name = ?", (domain,)).fetchone()
    if hosted is None:
        return address  # mail elsewhere: a valid address is all that can be checked
    stored = db.execute(
        "SELECT a.address FROM addresses a JOIN domains d ON d.id = a.domain_id "
        "WHERE d.name = ? AND a.local_key = ?", (domain, addresses.key(local))).fetchone()
    if stored is None:
        raise BadInput(i18n._("There is no user, alias or mailing list {address}; mail to it "
                              "would bounce, so it was not added.", address=address),
                       hint=i18n._("{domain} is a domain of this database: add the user or "
                                   "alias first, or check the spelling.", domain=domain))
    return stored[0]


def _kind(db, local: str, domain: str) -> str | None:
    row = db.execute("SELECT a.kind FROM addresses a JOIN domains d ON d.id = a.domain_id "
                     "WHERE d.name = ? AND a.local_key = ?",
                     (domain, addresses.key(local))).fetchone()
    return row[0] if row else None
