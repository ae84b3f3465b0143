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
    kind: str  # 'user', 'group', 'contact', 'computer' or 'other'
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


@dataclass(frozen=True)
class MailingList:
    """A mail-enabled group with its members expanded: what becomes a mailing list."""

    group: Group
    membership: Membership

    @property
    def address(self) -> str:
        """The list's address: the group's mail."""
        return self.group.mail or ""
