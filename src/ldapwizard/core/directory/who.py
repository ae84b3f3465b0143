"""Who to import, applied to a listing: the ticked OUs as searches, membership of the chosen
groups and the ordered exclusion rules as a reason on each entry they leave out, and the
mail-enabled groups as mailing lists.

Nothing is dropped silently: an entry below the chosen OUs that is no member of the chosen
groups, or that a rule excludes, is listed with `excluded` saying why ("not a member of Mail
Users", "rule 2: sAMAccountName glob svc-*"), so the preview shows it hidden with that reason
and a sync can tell a user left out from a user gone.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ldapwizard.core.directory.exclusions import Exclusions
from ldapwizard.core.directory.groups import find_groups
from ldapwizard.core.directory.membership import (
    Expander,
    Membership,
    mailing_lists,
    memberships_for,
)
from ldapwizard.core.directory.records import DirectoryGroup, DirectoryUser
from ldapwizard.core.directory.settings import SearchSettings
from ldapwizard.core.directory.tree import Choice, search_scopes


@dataclass
class Chooser:
    """The admin's choice of who to import, ready to mark the entries of one listing."""

    exclusions: Exclusions
    members: list[Membership]
    member_names: str
    rule_groups: dict[str, Membership]

    def attributes(self) -> list[str]:
        """What the rules need fetched beyond the server type's attributes."""
        return sorted(self.exclusions.attributes())

    def mark(self, user: DirectoryUser, raw) -> DirectoryUser:
        """The entry, with why it is left out when it is."""
        if self.members and not any(m.has_user(user.dn) for m in self.members):
            return replace(user, excluded=f"not a member of {self.member_names}")
        rule = self.exclusions.first_match(user.dn, raw, self.rule_groups)
        if rule is not None:
            return replace(user, excluded=str(rule))
        return user


def scopes(search: SearchSettings) -> list[tuple[str, str]]:
    """The (base DN, scope) searches of a listing: the ticked OUs without overlap, else the
    base DN and scope."""
    if not search.bases:
        return [(search.base_dn, search.scope)]
    return [(scope.base_dn, scope.scope)
            for scope in search_scopes(Choice(dn, subtree) for dn, subtree in search.bases)]


def prepare(directory, search: SearchSettings) -> Chooser | None:
    """Expand the chosen groups and parse the rules (BadInput for a rule or group that does
    not work); None when the choice is the whole search."""
    exclusions = Exclusions.parse(search.exclude)
    if not search.member_of and not exclusions.rules:
        return None
    expander = Expander(directory, nested=search.nested)
    chosen = find_groups(directory, search.member_of, search.base_dn or None)
    rule_groups = memberships_for(directory, exclusions.groups(), search.base_dn or None,
                                  nested=True, expander=Expander(directory, nested=True))
    # by name, as the admin knows them, though a job record may keep them by DN
    return Chooser(exclusions, [expander.expand(group) for group in chosen],
                   ", ".join(group.name for group in chosen), rule_groups)


def list_groups(directory, search: SearchSettings) -> list[DirectoryGroup]:
    """The mail-enabled groups below the base DN, each with its members expanded, nested
    groups followed (--direct-members is about whom --member-of imports, not about who gets
    a list's mail), and its stable id, as mailing lists need them."""
    found = mailing_lists(directory, search.base_dn or None, nested=True)
    groups = []
    for mailing_list in found:
        group = mailing_list.group
        members = [(m.dn, m.address) for m in (*mailing_list.membership.users.values(),
                                             *mailing_list.membership.others.values())]
        groups.append(DirectoryGroup(group.dn, group.stable_id, group.name, group.mail,
                                     tuple(members)))
    return groups
