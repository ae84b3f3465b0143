"""dn_key's quick path for plain DNs gives exactly the key of the full parser."""

from __future__ import annotations

import pytest

from ldapwizard.core.directory import dn as dnmod
from ldapwizard.core.errors import PositionedInputError


def parsed_key(text: str) -> tuple:
    return tuple(tuple(sorted((a.attribute.lower(), a.value.casefold()) for a in rdn))
                 for rdn in dnmod.parse_dn(text))


@pytest.mark.parametrize("text", [
    "uid=jdoe,ou=People,dc=example,dc=com",
    "CN=Jürgen Müller,OU=München,DC=corp,DC=example",
    "  cn = Spaced Out  , dc=example ",
    "cn=\tTab,dc=x",
    "CN=STRASSE,DC=X", "cn=straße,dc=x",
    "2.5.4.3=numeric,dc=x",
    "oid.2.5.4.3=x,dc=y",
    "cn=a=b,dc=x",
    "cn=Doe\\, John,dc=x", "cn=a+uid=b,dc=x", 'cn="quoted",dc=x', "cn=#04024869,dc=x",
    "cn=x;dc=y",
])
def test_the_quick_path_gives_the_parsers_key(text):
    assert dnmod.dn_key(text) == parsed_key(text)


@pytest.mark.parametrize("text", ["cn=,dc=x", "cn=x,,dc=y", "cn=x,", "no equals", "c n=x",
                                  "cn=x,dc=y,"])
def test_bad_dns_are_still_refused(text):
    with pytest.raises(PositionedInputError):
        dnmod.dn_key(text)


def test_an_empty_dn_has_the_empty_key():
    assert dnmod.dn_key("") == () == dnmod.dn_key("   ")
