"""Issue 28, the directory side, on Samba AD: a group's name is found in the whole naming
context when the base is an OU ("Domain Users" lives in CN=Users), contacts that are members
are kept with include_contacts, members left out are typed notes, and a rule on a misspelt
attribute is refused with the schema's name."""

from __future__ import annotations

import pytest

from ldapwizard.core.directory import dn as dnmod
from ldapwizard.core.directory.listing import list_users
from ldapwizard.core.directory.members import FOREIGN, OUTSIDE
from ldapwizard.core.directory.presets import get_preset
from ldapwizard.core.directory.settings import SearchSettings
from ldapwizard.core.errors import BadInput
from tests.servers.ad_access import ad_settings, reader_password

pytestmark = pytest.mark.samba


def listing(ad_server, base: str, **choice):
    search = SearchSettings(base, preset=get_preset("ad"), **choice)
    return list_users(ad_settings(ad_server), reader_password(ad_server), search)


def kept(found) -> set[tuple]:
    return {dnmod.dn_key(u.dn) for u in found.users if not u.excluded}


def test_domain_users_is_found_by_name_from_an_ou_and_the_rest_are_named(ad_server):
    seed = ad_server.seed
    sales = f"OU=Sales,{seed.company_dn}"
    found = listing(ad_server, sales, member_of=("Domain Users",))
    expected = {dnmod.dn_key(u.dn) for u in seed.person_users
                if dnmod.is_within(u.dn, sales)}
    assert expected and kept(found) == expected
    outside = {n.member.lower() for n in found.member_notes if n.reason == OUTSIDE}
    elsewhere = [u.dn for u in seed.person_users if not dnmod.is_within(u.dn, sales)]
    assert elsewhere[0].lower() in outside
    assert any("more members of \"Domain Users\" are not imported" in n for n in found.notes)


def test_contacts_that_are_members_are_kept_when_contacts_are_included(ad_server):
    seed = ad_server.seed
    sales = f"OU=Sales,{seed.company_dn}"
    contacts = {dnmod.dn_key(c.dn) for c in seed.contacts if dnmod.is_within(c.dn, sales)}
    assert contacts
    found = listing(ad_server, sales, member_of=("All Staff",), include_contacts=True)
    assert contacts <= kept(found)
    without = listing(ad_server, sales, member_of=("All Staff",))
    assert not contacts & kept(without)


def test_a_rule_on_a_misspelt_attribute_is_refused_with_the_schemas_name(ad_server):
    with pytest.raises(BadInput) as caught:
        listing(ad_server, ad_server.seed.company_dn, exclude=("departmnet is Sales",))
    assert '"departmnet", which the directory\'s schema does not have' in caught.value.message
    assert 'Did you mean "department"' in caught.value.hint


def test_foreign_security_principals_and_computers_are_named_not_dropped(ad_server):
    seed = ad_server.seed
    domain = seed.company_dn.split(",", 1)[1]
    found = listing(ad_server, seed.company_dn, member_of=(f"CN=Users,CN=Builtin,{domain}",))
    reasons = {n.reason for n in found.member_notes}
    assert FOREIGN in reasons  # Authenticated Users and Interactive, S-1-5-11 and S-1-5-4
    foreign = [n for n in found.member_notes if n.reason == FOREIGN]
    assert all("CN=ForeignSecurityPrincipals" in n.member for n in foreign)
    assert any("is not imported: it is a foreign security principal" in n for n in found.notes)
