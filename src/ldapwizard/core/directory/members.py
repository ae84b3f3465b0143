"""What a group expansion gives: the members by kind, the nested groups met, the missing DNs,
and mail-enabled groups as mailing lists (membership.py does the reading)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ldapwizard.core.directory import dn as dnmod
from ldapwizard.core.directory.groups import Group
from ldapwizard.core.errors import PositionedInputError


@dataclass(frozen=True)
class Member:
    """A member entry: its DN as the server wrote it, classes, kind and addresses."""

    dn: str
    kind: str  # 'user', 'group', 'contact', 'computer', 'foreign' (AD's principals of other
    # domains) or 'other'
    object_classes: tuple[str, ...]
    mail: str | None
    smtp_primary: str | None = None  # Exchange's SMTP: proxy address, where there is one

    @property
    def address(self) -> str | None:
        """Where mail for this member goes: `mail`, else the SMTP: proxy address."""
        return self.mail or self.smtp_primary


@dataclass
class Membership:
    """Who is in a group (or several), nested groups followed unless asked not to.

    Keys are `dn.dn_key` of the DNs, so comparisons ignore case and escaping. `groups` are the
    nested groups met (not the roots); without nesting they are listed but not expanded.
    `others` are members that are neither users nor groups (contacts keep their address for
    mailing lists); `missing` are member DNs that do not exist or the bind account may not
    read (a root that is missing or no group is there too); `unresolved_uids` are memberUid
    values no entry has; `requests` counts the round trips this expansion took.
    """

    roots: tuple[str, ...]
    users: dict[tuple, Member] = field(default_factory=dict)
    groups: dict[tuple, str] = field(default_factory=dict)
    others: dict[tuple, Member] = field(default_factory=dict)
    missing: dict[tuple, str] = field(default_factory=dict)
    unresolved_uids: list[str] = field(default_factory=list)
    requests: int = 0

    @property
    def user_dns(self) -> list[str]:
        """The user members' DNs, as the server wrote them."""
        return [m.dn for m in self.users.values()]

    def has_user(self, dn: str) -> bool:
        """True when the entry `dn` is a user member (any case or escaping of the DN)."""
        try:
            return dnmod.dn_key(dn) in self.users
        except PositionedInputError:
            return False

    def has_contact(self, dn: str) -> bool:
        """True when the entry `dn` is a contact member (AD's contact objects)."""
        try:
            member = self.others.get(dnmod.dn_key(dn))
        except PositionedInputError:
            return False
        return member is not None and member.kind == "contact"


@dataclass(frozen=True)
class MailingList:
    """A mail-enabled group with its members expanded: what becomes a mailing list."""

    group: Group
    membership: Membership

    @property
    def address(self) -> str:
        """The list's address: the group's mail."""
        return self.group.mail or ""


# Why a member of a chosen group is not imported (MemberNote.reason)
MISSING = "missing"  # the DN names no entry, or one the bind account may not read
UNKNOWN_UID = "unknown-uid"  # a posixGroup memberUid no entry has
FOREIGN = "foreign"  # an AD foreign security principal: an account of another domain
COMPUTER = "computer"
CONTACT = "contact"  # without --include-contacts
OTHER = "other"  # an entry that is neither a person, a contact nor a group
OUTSIDE = "outside"  # a person the listing did not return: outside the OUs, base or filter
NESTED = "nested"  # a nested group, not followed with direct members only
_WHY = {
    MISSING: "no such entry exists, or the bind account may not read it",
    UNKNOWN_UID: "no entry has this uid",
    FOREIGN: "it is a foreign security principal (an account of another domain or forest); "
             "import from that domain's own directory",
    COMPUTER: "it is a computer account",
    CONTACT: "it is a contact; choose to include contacts to import it",
    OTHER: "it is neither a person, a contact nor a group",
    OUTSIDE: "the listing did not return it (it is outside the chosen OUs or base DN, or the "
             "search filter does not match it)",
    NESTED: "it is a group, and only direct members were chosen (its members are not "
            "followed)",
}


@dataclass(frozen=True)
class MemberNote:
    """A member of a chosen group that is not imported, and why (one of the reasons above)."""

    group: str  # the group's name as the admin knows it
    member: str  # the member's DN, or the memberUid value
    reason: str

    @property
    def why(self) -> str:
        """The reason in words."""
        return _WHY[self.reason]

    def __str__(self) -> str:
        return f'{self.member}, a member of "{self.group}", is not imported: {self.why}.'
