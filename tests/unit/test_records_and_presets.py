"""Directory entries become records by each preset's rules."""

import dataclasses
import pickle
import uuid

import pytest

from ldapwizard.core.directory.presets import PRESETS, get_preset
from ldapwizard.core.directory.records import DirectoryUser, format_stable_id, user_from_entry
from ldapwizard.core.errors import BadInput


def test_ad_proxy_addresses_give_primary_and_aliases_and_ignore_other_types():
    raw = {
        "samaccountname": [b"jdoe"],
        "mail": [b"John.Doe@example.com"],
        "proxyaddresses": [b"SMTP:john.doe@example.com", b"smtp:jd@example.com",
                           b"smtp:JOHN@example.org", b"X500:/o=Org/cn=jdoe",
                           b"SIP:jdoe@example.com",
                           b"x400:c=US;a= ;p=Org;o=Ex;s=Doe;"],
        "displayname": [b"John Doe"],
        "useraccountcontrol": [b"512"],
        "objectclass": [b"top", b"person", b"organizationalPerson", b"user"],
    }
    user = user_from_entry("CN=John Doe,OU=Sales,DC=corp", raw, get_preset("ad"))
    assert user.email == "John.Doe@example.com"
    assert user.aliases == ("jd@example.com", "JOHN@example.org")
    assert not user.disabled
    assert user.kind == "user"


def test_ad_primary_comes_from_proxy_addresses_when_mail_is_empty():
    raw = {"proxyaddresses": [b"smtp:alias@example.com", b"SMTP:primary@example.com"]}
    user = user_from_entry("CN=x,DC=corp", raw, get_preset("ad"))
    assert (user.email, user.aliases) == ("primary@example.com", ("alias@example.com",))


def test_object_guid_is_shown_in_canonical_form_with_little_endian_fields():
    guid = uuid.UUID("3f2504e0-4f89-11d3-9a0c-0305e82c3301")
    assert format_stable_id(guid.bytes_le, "guid-le") == str(guid)
    assert format_stable_id(guid.bytes, "guid-be") == str(guid)
    assert format_stable_id(b"A1B2-c3", "text") == "a1b2-c3"


@pytest.mark.parametrize(
    ("preset", "raw", "disabled"),
    [
        ("ad", {"useraccountcontrol": [b"514"]}, True),
        ("ad", {"useraccountcontrol": [b"66048"]}, False),
        ("389ds", {"nsaccountlock": [b"TRUE"]}, True),
        ("389ds", {"nsaccountlock": [b"false"]}, False),
        ("edirectory", {"logindisabled": [b"TRUE"]}, True),
        ("openldap", {"pwdaccountlockedtime": [b"000001010000Z"]}, True),
        ("openldap", {}, False),
    ],
)
def test_disabled_rules_per_server_type(preset, raw, disabled):
    assert user_from_entry("cn=x,dc=y", raw, get_preset(preset)).disabled is disabled


def test_openldap_first_mail_is_primary_and_the_rest_are_aliases():
    raw = {"uid": [b"amy"], "mail": [b"amy@example.com", b"a.m@example.com", b"AMY@example.com"],
           "cn": [b"Amy"], "entryuuid": [b"6F1D-AB"]}
    user = user_from_entry("uid=amy,dc=example,dc=com", raw, get_preset("openldap"))
    assert user.email == "amy@example.com"
    assert user.aliases == ("a.m@example.com",)
    assert user.display_name == "Amy"
    assert user.stable_id == "6f1d-ab"


def test_computers_and_contacts_are_recognised():
    preset = get_preset("ad")
    assert user_from_entry("cn=pc", {"objectclass": [b"computer", b"user"]}, preset).kind == \
        "computer"
    assert user_from_entry("cn=c", {"objectclass": [b"contact"]}, preset).kind == "contact"


def test_every_preset_requests_its_mapped_attributes():
    for preset in PRESETS.values():
        wanted = {a.lower() for a in preset.attributes()}
        assert preset.email_attribute.lower() in wanted
        assert preset.stable_id_attribute.lower() in wanted
        assert all(a.lower() in wanted for a in preset.disabled_attributes)


def test_ad_default_filter_excludes_computers_and_can_add_contacts():
    preset = get_preset("ad")
    assert "objectCategory=person" in preset.search_filter()
    assert "objectClass=contact" in preset.search_filter(include_contacts=True)


def test_unknown_server_type_is_bad_input():
    with pytest.raises(BadInput, match="unknown server type"):
        get_preset("exchange2003")


def test_a_record_pickles_whole_with_every_field():
    # records cross from the listing process to the window pickled; __reduce__ names the
    # fields one by one, so a field added later and not named there fails here
    values = {field.name: f"value of {field.name}" for field in dataclasses.fields(DirectoryUser)}
    values.update(aliases=("a@example.com", "b@example.com"), disabled=True)
    user = DirectoryUser(**values)
    again = pickle.loads(pickle.dumps(user, protocol=pickle.HIGHEST_PROTOCOL))
    assert again == user and type(again) is DirectoryUser
    assert [getattr(again, name) for name in values] == list(values.values())
