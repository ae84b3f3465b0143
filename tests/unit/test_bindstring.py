"""Binding strings: every accepted form, positioned errors, round-tripping, and `validate`."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ldapwizard.cli import run
from ldapwizard.core.directory.bindstring import parse_binding
from ldapwizard.core.directory.dn import escape_value
from ldapwizard.core.errors import PositionedInputError


@pytest.mark.parametrize(
    ("text", "scheme", "host", "port", "base"),
    [
        ("LDAP://testdomain.local/CN=Users,OU=Company,DC=testdomain,DC=local", "ldap",
         "testdomain.local", None, "CN=Users,OU=Company,DC=testdomain,DC=local"),
        ("ldap://DC1.Corp.Example:3890/ou=people,dc=corp", "ldap", "dc1.corp.example", 3890,
         "ou=people,dc=corp"),
        ("LdApS://10.0.0.5/DC=corp,DC=example", "ldaps", "10.0.0.5", None, "DC=corp,DC=example"),
        ("GC://corp.example/DC=corp,DC=example", "gc", "corp.example", None,
         "DC=corp,DC=example"),
        ("ldap://[::1]:10389/dc=x", "ldap", "::1", 10389, "dc=x"),
        ("LDAP://dc1/CN=Smith\\, Jeff,OU=Sales\\/Support,DC=corp", "ldap", "dc1", None,
         "CN=Smith\\, Jeff,OU=Sales/Support,DC=corp"),
        ("ldap://dc1/", "ldap", "dc1", None, ""),
        ("  CN=Users,DC=corp,DC=example  ", None, None, None, "CN=Users,DC=corp,DC=example"),
    ],
)
def test_accepted_forms_parse_into_their_parts(text, scheme, host, port, base):
    binding = parse_binding(text)
    assert (binding.scheme, binding.host, binding.port, binding.base_dn) == (
        scheme, host, port, base)


def test_serverless_adsi_path_derives_the_host_from_dc_components():
    binding = parse_binding("LDAP://OU=Staff,DC=corp,DC=example")
    assert binding.host == "corp.example"
    assert binding.host_from_dn
    assert binding.base_dn == "OU=Staff,DC=corp,DC=example"


def test_rfc4516_url_is_percent_decoded_with_attributes_scope_and_filter():
    binding = parse_binding(
        "ldap://ldap.example.com:389/ou=M%C3%BCnchen,dc=example,dc=com"
        "?uid,mail?one?(&(objectClass=person)(cn=J%C3%BCrgen*))")
    assert binding.base_dn == "ou=München,dc=example,dc=com"
    assert binding.attributes == ("uid", "mail")
    assert binding.scope == "one"
    assert binding.filter == "(&(objectClass=person)(cn=Jürgen*))"


def test_url_encoded_escaped_comma_stays_inside_the_value():
    binding = parse_binding("ldap://h/cn=Smith%5C%2C%20Jeff,dc=x")
    assert binding.base_dn == "cn=Smith\\, Jeff,dc=x"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("LDAP://testdomain.local:99999/CN=Users",
         "port 99999 is out of range 1–65535 (position 24)"),
        ("LDAP://testdomain.local/CN=Users,OU Company,DC=testdomain,DC=local",
         '"OU Company" is not attribute=value (position 33)'),
        ("ldpa://host/DC=x", 'unknown scheme "ldpa"; use LDAP://, LDAPS:// or GC:// (position 0)'),
        ("ldap:/host/DC=x", '"ldap:" must be followed by "//" (position 5)'),
        ("ldap://host:abc/DC=x", 'port "abc" is not a number (position 12)'),
        ("ldap://host:/DC=x", 'the port after ":" is empty (position 12)'),
        ("ldap://ho st/DC=x", '"ho st" is not a valid host name (position 9)'),
        ("ldap://host/DC=x,,DC=y", "an empty RDN (a doubled or stray separator) (position 17)"),
        ("ldap://host/CN=a\"b,DC=x", '""" must be escaped in a DN value (position 16)'),
        ("ldap://host/CN=a\\qb", '"\\q" is not a valid escape; write "\\\\" for a backslash '
         "(position 16)"),
        ("ldap://host/CN=a,DC=x?cn?subtree", 'scope "subtree" is not base, one or sub '
         "(position 25)"),
        ("ldap://host/DC=x??sub?(cn=a", '"(" is not closed (position 22)'),
        ("ldap://host/DC=x??sub?(cn=a))", 'an unbalanced ")" (position 28)'),
        ("ldap://host/DC=%ZZ", '"%" must be followed by two hex digits; write %25 for "%" '
         "(position 15)"),
        ("ldap://user@host/DC=x", "a user name cannot go in the binding string; use the bind "
         "user field (position 11)"),
        ("CN=Users,", "the DN ends with a separator (position 8)"),
        ("CN=Users OU=Company,DC=x", '"=" inside a value: a separator between RDNs is probably '
         "missing (position 11)"),
        ("3CN=x", '"3CN" is not a valid attribute name (position 0)'),
        ("", "the binding string is empty (position 0)"),
        ("LDAP://", "(none)"),
    ],
)
def test_bad_strings_name_the_problem_and_position(text, message):
    if message == "(none)":
        assert parse_binding(text).host is None
        return
    with pytest.raises(PositionedInputError) as caught:
        parse_binding(text)
    assert str(caught.value) == message


def test_position_points_at_the_offending_character():
    text = "LDAP://dc1.corp.local/OU=Sales,OU Company,DC=corp"
    with pytest.raises(PositionedInputError) as caught:
        parse_binding(text)
    assert text[caught.value.position:].startswith("OU Company")


@pytest.mark.parametrize(
    "text",
    [
        "LDAP://testdomain.local/CN=Users,OU=Company,DC=testdomain,DC=local",
        "ldaps://h:636/dc=x?cn,mail?sub?(objectClass=user)",
        "LDAP://DC=corp,DC=example",
        "ldap://h/cn=100%25 sure%3F,dc=x",
        "CN=O'Brien\\+Co,DC=x",
        "cn=#04024869,dc=x",
        'cn="Smith, Jeff",dc=x',
    ],
)
def test_normalised_form_round_trips(text):
    binding = parse_binding(text)
    again = parse_binding(binding.normalised())
    assert again == binding
    assert again.normalised() == binding.normalised()


_values = st.text(
    alphabet=st.characters(codec="utf-8", exclude_characters="\x00",
                           exclude_categories=("Cs",)),
    min_size=1, max_size=20,
).filter(lambda v: v.strip() == v and v.strip())


@settings(max_examples=300, deadline=None)
@given(values=st.lists(_values, min_size=1, max_size=4),
       host=st.from_regex(r"[a-z]([a-z0-9-]{0,8}[a-z0-9])?(\.[a-z][a-z0-9]{0,5}){0,2}",
                          fullmatch=True),
       port=st.none() | st.integers(1, 65535))
def test_any_escaped_dn_round_trips_through_a_url(values, host, port):
    dn = ",".join(f"cn={escape_value(v)}" for v in values)
    text = f"ldap://{host}{'' if port is None else f':{port}'}/{dn.replace('%', '%25')}"
    binding = parse_binding(text.replace("?", "%3F"))
    assert parse_binding(binding.normalised()) == binding
    assert binding.port == port


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=60))
def test_arbitrary_text_parses_or_fails_with_a_position(text):
    try:
        binding = parse_binding(text)
    except PositionedInputError as e:
        assert 0 <= e.position <= len(text)
    else:
        assert parse_binding(binding.normalised()) == binding


def test_validate_exit_codes(capsys):
    assert run(["validate", "LDAP://dc1.corp/CN=Users,DC=corp"]) == 0
    assert "base DN:     CN=Users,DC=corp" in capsys.readouterr().out
    assert run(["validate", "LDAP://dc1.corp:0/CN=Users"]) == 2
    assert "port 0 is out of range 1–65535 (position 16)" in capsys.readouterr().err
