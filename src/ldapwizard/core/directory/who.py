"""Who to import, applied to a listing: the ticked OUs as searches, membership of the chosen
groups and the ordered exclusion rules as a reason on each entry they leave out, and the
mail-enabled groups as mailing lists.

Nothing is dropped silently: an entry below the chosen OUs that is no member of the chosen
groups, or that a rule excludes, is listed with `excluded` saying why ("not a member of Mail
Users", "rule 2: sAMAccountName glob svc-*"), so the preview shows it hidden with that reason
and a sync can tell a user left out from a user gone.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace

from ldapwizard.core.directory import dn as dnmod
from ldapwizard.core.directory.exclusions import Exclusions
from ldapwizard.core.directory.groups import Group, find_groups, groups_base_for
from ldapwizard.core.directory.members import (
    COMPUTER,
    CONTACT,
    FOREIGN,
    MISSING,
    NESTED,
    OTHER,
    OUTSIDE,
    UNKNOWN_UID,
    MemberNote,
)
from ldapwizard.core.directory.membership import (
    Expander,
    Membership,
    mailing_lists,
    memberships_for,
)
from ldapwizard.core.directory.records import DirectoryGroup, DirectoryUser
from ldapwizard.core.directory.schema_names import check_rule_attributes
from ldapwizard.core.directory.settings import SearchSettings
from ldapwizard.core.directory.tree import Choice, search_scopes
from ldapwizard.core.errors import BadInput, ListingIncomplete, PositionedInputError
from ldapwizard.i18n import _

log = logging.getLogger(__name__)

# At most this many notes of one reason per group are written out as text; the rest are
# counted in one more note (the typed notes keep them all)
NOTES_SHOWN = 20
_KIND_REASONS = {"computer": COMPUTER, "foreign": FOREIGN, "other": OTHER}


@dataclass
class Chooser:
    """The admin's choice of who to import, ready to mark the entries of one listing."""

    exclusions: Exclusions
    members: list[Membership]
    member_names: str
    rule_groups: dict[str, Membership]
    contacts: bool = False  # --include-contacts: contacts that are members are imported
    groups: list[Group] = field(default_factory=list)  # the chosen groups, as `members`
    listed: set = field(default_factory=set)  # dn_keys of the members the listing returned
    nested: bool = True  # nested groups followed (else they are named in the notes)

    def attributes(self) -> list[str]:
        """What the rules need fetched beyond the server type's attributes."""
        return sorted(self.exclusions.attributes())

    def _is_member(self, user: DirectoryUser) -> bool:
        contact = self.contacts and user.kind == "contact"
        found = any(m.has_user(user.dn) or (contact and m.has_contact(user.dn))
                    for m in self.members)
        if found:
            try:
                self.listed.add(dnmod.dn_key(user.dn))
            except PositionedInputError:
                pass
        return found

    def mark(self, user: DirectoryUser, raw) -> DirectoryUser:
        """The entry, with why it is left out when it is."""
        if self.members and not self._is_member(user):
            return replace(user, excluded=_("not a member of {groups}",
                                            groups=self.member_names))
        rule = self.exclusions.first_match(user.dn, raw, self.rule_groups)
        if rule is not None:
            return replace(user, excluded=_("rule {number}: {rule}", number=rule.number,
                                            rule=rule.text))
        return user

    def member_notes(self) -> list[MemberNote]:
        """The members of the chosen groups that are not imported, each with why; call it
        after the listing's last page (members it did not return are `outside`)."""
        notes: list[MemberNote] = []
        for group, membership in zip(self.groups, self.members, strict=True):
            notes.extend(MemberNote(group.name, dn, MISSING)
                         for dn in membership.missing.values())
            notes.extend(MemberNote(group.name, uid, UNKNOWN_UID)
                         for uid in membership.unresolved_uids)
            if not self.nested:
                notes.extend(MemberNote(group.name, dn, NESTED)
                             for dn in membership.groups.values())
            for key, member in membership.others.items():
                if member.kind == "contact":
                    if not self.contacts:
                        notes.append(MemberNote(group.name, member.dn, CONTACT))
                    elif key not in self.listed:
                        notes.append(MemberNote(group.name, member.dn, OUTSIDE))
                else:
                    notes.append(MemberNote(group.name, member.dn,
                                            _KIND_REASONS.get(member.kind, OTHER)))
            notes.extend(MemberNote(group.name, member.dn, OUTSIDE)
                         for key, member in membership.users.items() if key not in self.listed)
        return notes


def note_texts(notes: list[MemberNote]) -> list[str]:
    """The notes as lines for a terminal or log: NOTES_SHOWN of each reason per group, and a
    count of the rest."""
    texts: list[str] = []
    counted: dict[tuple[str, str], int] = {}
    for note in notes:
        key = (note.group, note.reason)
        counted[key] = counted.get(key, 0) + 1
        if counted[key] <= NOTES_SHOWN:
            texts.append(str(note))
    for (group, reason), count in counted.items():
        if count > NOTES_SHOWN:
            example = next(n for n in notes if (n.group, n.reason) == (group, reason))
            texts.append(f'{count - NOTES_SHOWN} more members of "{group}" are not imported '
                         f"for the same reason as {example.member}.")
    return texts


def scopes(search: SearchSettings) -> list[tuple[str, str]]:
    """The (base DN, scope) searches of a listing: the ticked OUs without overlap, else the
    base DN and scope."""
    if not search.bases:
        return [(search.base_dn, search.scope)]
    return [(scope.base_dn, scope.scope)
            for scope in search_scopes(Choice(dn, subtree) for dn, subtree in search.bases)]


def present_scopes(directory, scopes: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The chosen OUs that still exist; the others named in the directory's `vanished` and
    notes. When none is left the listing stops: an empty one would look like everyone left."""
    present = []
    for base_dn, scope in scopes:
        if directory.entry_exists(base_dn):
            present.append((base_dn, scope))
            continue
        directory.vanished.append(base_dn)
        directory.notes.append(_("The chosen OU {ou} no longer exists on {address}; its users "
                                 "were not listed. Untick it, or choose where it moved to.",
                                 ou=base_dn, address=directory.settings.address))
        log.warning("%s", directory.notes[-1])
    if not present:
        raise BadInput(_("None of the chosen OUs exists on {address}: {ous}.",
                         address=directory.settings.address, ous=", ".join(directory.vanished)),
                       hint=_("Choose the OUs again in the OU tree (or with --ou)."))
    return present


def under_vanished(dn: str, vanished: list[str]) -> str | None:
    """The vanished OU (Listing.vanished) that `dn` was below, if any: a sync knows nothing
    of that user now (neither listed nor gone), so it must neither disable nor remove it."""
    for base in vanished:
        try:
            if dnmod.is_within(dn, base):
                return base
        except PositionedInputError:
            continue
    return None


def refuse_vanished(directory, fetched: int) -> None:
    """ListingIncomplete naming the chosen OUs that no longer exist, for a caller that would
    take their users for leavers (list_users without vanished_ok)."""
    raise ListingIncomplete(
        _("The chosen OU {ous} no longer exists on {address}; its users would look as if they "
          "had left, so nothing was changed.",
          ous=", ".join(directory.vanished), address=directory.settings.address),
        fetched=fetched,
        hint=_("Untick it in the job (or tick where it moved to), then run again."))


def prepare(directory, search: SearchSettings) -> Chooser | None:
    """Expand the chosen groups and parse the rules (BadInput for a rule or group that does
    not work, a rule on an attribute the schema lacks among them); None when the choice is
    the whole search. Groups are looked up in the groups base (groups_base_for)."""
    exclusions = Exclusions.parse(search.exclude)
    if not search.member_of and not exclusions.rules:
        return None
    warning = check_rule_attributes(directory, exclusions)
    if warning:
        directory.notes.append(warning)
    expander = Expander(directory, nested=search.nested)
    base = groups_base_for(directory, search) if search.member_of or exclusions.groups() \
        else None
    chosen = find_groups(directory, search.member_of, base)
    rule_groups = memberships_for(directory, exclusions.groups(), base,
                                  nested=True, expander=Expander(directory, nested=True))
    # by name, as the admin knows them, though a job record may keep them by DN
    return Chooser(exclusions, [expander.expand(group) for group in chosen],
                   ", ".join(group.name for group in chosen), rule_groups,
                   contacts=search.include_contacts, groups=chosen, nested=search.nested)


def list_groups(directory, search: SearchSettings) -> list[DirectoryGroup]:
    """The mail-enabled groups below the groups base (groups_base_for), each with its
    members expanded, nested groups followed (--direct-members is about whom --member-of
    imports, not about who gets a list's mail), and its stable id, as mailing lists need
    them."""
    found = mailing_lists(directory, groups_base_for(directory, search), nested=True)
    groups = []
    for mailing_list in found:
        group = mailing_list.group
        members = [(m.dn, m.address) for m in (*mailing_list.membership.users.values(),
                                             *mailing_list.membership.others.values())]
        groups.append(DirectoryGroup(group.dn, group.stable_id, group.name, group.mail,
                                     tuple(members)))
    return groups
