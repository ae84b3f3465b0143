"""Who to import, marked on a listing's records (issue 28): contacts that are members of the
chosen groups are kept with --include-contacts, and the members that are not imported are
named with why, as typed notes and as lines for the terminal."""

from __future__ import annotations

from ldapwizard.core.directory import dn as dnmod
from ldapwizard.core.directory.exclusions import Exclusions
from ldapwizard.core.directory.groups import Group
from ldapwizard.core.directory.members import (
    COMPUTER,
    CONTACT,
    FOREIGN,
    MISSING,
    NESTED,
    OUTSIDE,
    UNKNOWN_UID,
    Member,
    MemberNote,
    Membership,
)
from ldapwizard.core.directory.who import NOTES_SHOWN, Chooser, note_texts
from tests.unit.records import person

GROUP = Group("cn=Sales,ou=groups,dc=example,dc=com", "Sales", "security", None, ("group",))
CONTACT_DN = "cn=Partner,ou=contacts,dc=example,dc=com"


def member(dn: str, kind: str) -> Member:
    return Member(dn=dn, kind=kind, object_classes=(kind,), mail=None)


def membership() -> Membership:
    """Sales: ann, a contact, a computer, a foreign principal, a missing DN, an unknown uid,
    and zed, whom the listing does not return."""
    found = Membership(roots=(GROUP.dn,))
    for name in ("ann", "zed"):
        dn = f"uid={name},ou=people,dc=example,dc=com"
        found.users[dnmod.dn_key(dn)] = member(dn, "user")
    for dn, kind in ((CONTACT_DN, "contact"), ("cn=PC1,ou=pcs,dc=example,dc=com", "computer"),
                     ("cn=S-1-5-21-1,cn=ForeignSecurityPrincipals,dc=example,dc=com",
                      "foreign")):
        found.others[dnmod.dn_key(dn)] = member(dn, kind)
    team = "cn=Team,ou=groups,dc=example,dc=com"
    found.groups[dnmod.dn_key(team)] = team
    gone = "uid=gone,ou=people,dc=example,dc=com"
    found.missing[dnmod.dn_key(gone)] = gone
    found.unresolved_uids.append("nobody")
    return found


def chooser(contacts: bool, nested: bool = True) -> Chooser:
    return Chooser(Exclusions(), [membership()], "Sales", {}, contacts=contacts,
                   groups=[GROUP], nested=nested)


def test_a_contact_that_is_a_member_is_kept_when_contacts_are_included():
    contact = person("partner", dn=CONTACT_DN, kind="contact")
    assert chooser(contacts=True).mark(contact, {}).excluded is None
    assert chooser(contacts=False).mark(contact, {}).excluded == "not a member of Sales"
    other = person("other", dn="cn=Other,ou=contacts,dc=example,dc=com", kind="contact")
    assert chooser(contacts=True).mark(other, {}).excluded == "not a member of Sales"


def test_members_that_are_not_imported_are_typed_notes_with_why():
    chosen = chooser(contacts=False)
    chosen.mark(person("ann"), {})
    reasons = {(note.member.split(",")[0], note.reason) for note in chosen.member_notes()}
    assert reasons == {("cn=Partner", CONTACT), ("cn=PC1", COMPUTER), ("uid=gone", MISSING),
                       ("cn=S-1-5-21-1", FOREIGN), ("nobody", UNKNOWN_UID),
                       ("uid=zed", OUTSIDE)}
    included = chooser(contacts=True)
    included.mark(person("partner", dn=CONTACT_DN, kind="contact"), {})
    assert CONTACT_DN not in {n.member for n in included.member_notes()}
    direct = chooser(contacts=False, nested=False)
    assert ("cn=Team,ou=groups,dc=example,dc=com", NESTED) in {
        (n.member, n.reason) for n in direct.member_notes()}
    text = str(MemberNote("Sales", "uid=zed,ou=people,dc=example,dc=com", OUTSIDE))
    assert text == ('uid=zed,ou=people,dc=example,dc=com, a member of "Sales", is not '
                    "imported: the listing did not return it (it is outside the chosen OUs or "
                    "base DN, or the search filter does not match it).")


def test_the_terminal_gets_a_few_notes_per_reason_and_a_count_of_the_rest():
    notes = [MemberNote("Sales", f"uid=u{i},ou=x", OUTSIDE) for i in range(NOTES_SHOWN + 5)]
    notes.append(MemberNote("Sales", "uid=gone", MISSING))
    texts = note_texts(notes)
    assert len(texts) == NOTES_SHOWN + 2
    assert texts[-1] == ('5 more members of "Sales" are not imported for the same reason as '
                         "uid=u0,ou=x.")


def test_where_the_schema_cannot_be_read_a_rule_is_warned_about_and_the_listing_goes_on(
        capsys):
    from ldapwizard.cli import run

    assert run(["--demo", "list", "-q", "--exclude", "departmnet is Sales"]) == 0
    out = capsys.readouterr().out
    assert ("note: The directory's schema could not be read, so the attribute names in the "
            "exclusion rules were not checked") in out
    assert "the listing is complete" in out


def test_a_user_below_a_vanished_ou_is_told_apart_from_the_others():
    from ldapwizard.core.directory.who import under_vanished

    gone = "OU=Gone,DC=example,DC=com"
    assert under_vanished("uid=a,ou=gone,dc=example,dc=com", [gone]) == gone
    assert under_vanished("uid=a,ou=sub,OU=Gone,DC=example,DC=com", ["x=", gone]) == gone
    assert under_vanished("uid=a,ou=people,dc=example,dc=com", [gone]) is None
