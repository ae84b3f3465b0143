"""A reply that is not valid LDAP says which kind of damage it has in the admin's language
(issue 32), with where it is (the byte, the tag) kept in the details."""

from __future__ import annotations

import pytest

from ldapwizard.core.directory import ber
from ldapwizard.core.directory.listing import list_users
from ldapwizard.core.errors import ListingIncomplete
from ldapwizard.i18n import english, use_language
from ldapwizard.i18n.catalogues import completeness
from tests.unit.ber_messages import done_message
from tests.unit.pseudo_lines import accented
from tests.unit.test_listing_fast_path import SEARCH, person, serve  # noqa: F401


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    use_language("en")


def _broken(i: int) -> bytes:  # bob's uid claims one byte more than its set holds
    return person(i, "ann") + person(i, "bob").replace(b"\x04\x03bob", b"\x04\x04bob") + \
        done_message(i, 0)


def test_the_kind_of_damage_is_said_and_where_it_is_stays_in_the_details(serve):  # noqa: F811
    settings = serve([_broken])
    with pytest.raises(ListingIncomplete) as caught:
        list_users(settings, "secret", SEARCH)
    assert caught.value.message.endswith(
        "after 0 entries; the listing is incomplete. The reply ends early, or one of its parts "
        "runs past the part that holds it.")
    assert caught.value.detail == "a value of uid runs past its attribute"  # where, for support


def test_the_kind_of_damage_in_the_pseudo_language_and_english_for_the_log(serve):  # noqa: F811
    use_language("pseudo")
    settings = serve([_broken])
    with pytest.raises(ListingIncomplete) as caught:
        list_users(settings, "secret", SEARCH)
    message = caught.value.message
    assert accented(message)
    assert "ends early" not in message and "runs past" not in message
    assert english(message).endswith(english(ber.ENDS_EARLY))


@pytest.mark.skipif(not completeness("de").complete, reason="German is partial, not offered")
def test_the_kind_of_damage_in_german(serve):  # noqa: F811
    use_language("de")
    settings = serve([_broken])
    with pytest.raises(ListingIncomplete) as caught:
        list_users(settings, "secret", SEARCH)
    assert caught.value.message.endswith(
        "nach 0 Einträgen eine Antwort gesendet, die kein gültiges LDAP ist; die Auflistung ist "
        "unvollständig. Die Antwort endet zu früh, oder einer ihrer Teile reicht über den Teil "
        "hinaus, der ihn enthält.")
