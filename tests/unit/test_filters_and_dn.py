"""Filters and DNs: validation with positions, escaping, and comparison by meaning."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ldapwizard.core.directory import dn as dnmod
from ldapwizard.core.directory.filters import combine, escape_value, validate_filter
from ldapwizard.core.errors import PositionedInputError


@pytest.mark.parametrize(
    "text",
    [
        "(objectClass=user)",
        "(&(objectCategory=person)(objectClass=user)(!(userAccountControl:1.2.840.113556.1.4.803:=2)))",
        "(|(mail=*)(proxyAddresses=smtp:*@example.com))",
        "(cn=Smith\\2c Jeff*)",
        "(memberOf:dn:=cn=x,dc=y)",
        "(sn>=M)",
        "(cn~=jon)",
    ],
)
def test_valid_filters_pass_unchanged(text):
    assert validate_filter(text) == text


def test_a_bare_filter_is_wrapped_in_parentheses():
    assert validate_filter("objectClass=user") == "(objectClass=user)"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("(&(objectClass=user)", '"(" is not closed (position 0)'),
        ("(objectClass=user))", 'an unbalanced ")" (position 18)'),
        ("(=user)", "an attribute name is expected (position 1)"),
        ("(cn=a\\zz)", '"\\" in a filter value must be followed by two hex digits (position 5)'),
        ("(cn=a(b)", '"(" in a value must be written \\28 (position 5)'),
        ("(&)", '"&" needs at least one filter in parentheses (position 2)'),
        ("(cn=a\x00)", "a NUL character in a value must be written \\00 (position 5)"),
        ("", "the filter is empty (position 0)"),
        ("(cn)", '"=" expected after the attribute name, found ")" (position 3)'),
    ],
)
def test_bad_filters_name_problem_and_position(text, message):
    with pytest.raises(PositionedInputError) as caught:
        validate_filter(text)
    assert str(caught.value) == message


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_escaped_text_is_always_a_literal_value(text):
    assert validate_filter(f"(cn={escape_value(text)})")
    assert "(" not in escape_value(text) and ")" not in escape_value(text)


def test_combine_ands_the_present_filters():
    assert combine("(a=1)", None, "(b=2)") == "(&(a=1)(b=2))"
    assert combine(None, "(a=1)") == "(a=1)"


def test_dns_compare_by_meaning_not_by_text():
    assert dnmod.same_dn("CN=Smith\\, Jeff,OU=Sales,DC=corp", "cn=smith\\2C jeff, ou=sales,dc=CORP")
    assert dnmod.same_dn("CN=a\\3Bb,DC=x", "CN=a\\;b,DC=x")
    assert not dnmod.same_dn("CN=a,DC=x", "CN=b,DC=x")
    assert dnmod.is_within("CN=a,OU=Sales,DC=x", "ou=sales,dc=X")
    assert not dnmod.is_within("CN=a,OU=Sales,DC=x", "OU=Eng,DC=x")


@pytest.mark.parametrize(
    ("value", "escaped"),
    [
        ("Smith, Jeff", "Smith\\, Jeff"),
        ("#1", "\\#1"),
        (" lead", "\\ lead"),
        ('a"b\\c+d<e>f;g=h', 'a\\"b\\\\c\\+d\\<e\\>f\\;g\\=h'),
        ("Müller", "Müller"),
    ],
)
def test_dn_values_are_escaped_and_parse_back(value, escaped):
    assert dnmod.escape_value(value) == escaped
    rdns = dnmod.parse_dn(f"cn={escaped},dc=x")
    assert rdns[0][0].value == value


def test_multi_valued_rdn_and_hex_escapes_parse():
    rdns = dnmod.parse_dn("cn=J\\C3\\BCrgen+uid=jm,dc=x")
    assert [(a.attribute, a.value) for a in rdns[0]] == [("cn", "Jürgen"), ("uid", "jm")]
    assert dnmod.dc_domain(dnmod.parse_dn("CN=x,DC=corp,DC=example")) == "corp.example"
