"""The directory engine's words in the admin's language (issue 32): the connection's warnings,
the bounds' and server types' refusals, a binding string's parts, a certificate's details;
each keeps its English for the log."""

from __future__ import annotations

import datetime as dt

import pytest

from ldapwizard.core.directory.bindstring import parse_binding
from ldapwizard.core.directory.bounds import Bounds, parse_duration, parse_size
from ldapwizard.core.directory.presets import get_preset
from ldapwizard.core.directory.settings import ConnectionSettings
from ldapwizard.core.directory.tlsinfo import CertificateInfo
from ldapwizard.core.errors import BadInput
from ldapwizard.i18n import english, use_language
from ldapwizard.i18n.catalogues import completeness
from tests.unit.pseudo_lines import accented


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    use_language("en")


def _refusals() -> list[BadInput]:
    caught = []
    for attempt in (lambda: parse_size("lots", "--max-value-size"),
                    lambda: parse_duration("soon", "--listing-deadline"),
                    lambda: Bounds.of(max_value_size=12).check(),
                    lambda: Bounds.of(listing_deadline=0).check(),
                    lambda: get_preset("novell")):
        with pytest.raises(BadInput) as error:
            attempt()
        caught.append(error.value)
    return caught


def _certificate() -> CertificateInfo:
    return CertificateInfo(subject="CN=ldap.example.com", issuer="CN=ldap.example.com",
                           not_before=dt.datetime(2020, 1, 1, tzinfo=dt.UTC),
                           not_after=dt.datetime(2021, 1, 1, tzinfo=dt.UTC),
                           sha256="AB:CD", names=())


def test_the_directory_engine_s_words_in_the_pseudo_language():
    use_language("pseudo")
    plain = ConnectionSettings(host="ldap.example.com", security="none", auth="simple")
    unverified = ConnectionSettings(host="ldap.example.com", security="ldaps", verify="off")
    warnings = plain.warnings() + unverified.warnings()
    assert len(warnings) == 2 and all(accented(w) for w in warnings)
    assert "unencrypted over plain LDAP" in english(warnings[0])
    for refusal in _refusals():
        assert accented(refusal.message), refusal.message
        assert refusal.hint is None or accented(refusal.hint)
    parts = parse_binding("LDAP://dc1.example.com/DC=example,DC=com").describe()
    assert all(accented(label) for label, _ in parts)
    assert accented(parts[2][1])  # the port: "(default for the security setting)"
    lines = _certificate().lines()
    assert all(accented(line) for line in lines), lines
    assert [english(line).split(":")[0] for line in lines] == [
        "Subject", "Issuer", "Valid", "Names", "SHA-256 fingerprint"]


@pytest.mark.skipif(not completeness("de").complete, reason="German is partial, not offered")
def test_a_few_in_german():
    use_language("de")
    with pytest.raises(BadInput) as caught:
        parse_size("lots", "--max-value-size")
    assert caught.value.message == "--max-value-size 'lots' ist keine Größe."
    assert _certificate().lines()[1] == "Aussteller: CN=ldap.example.com (selbst signiert)"
    assert ConnectionSettings(host="h", security="ldaps", verify="off").warnings()[0].startswith(
        "Die Zertifikatsprüfung ist AUS")


RULES = ["", "mail", "2mail is x", "mail equals x", "mail ~ x", "mail is", "mail present x",
         'mail is "open', 'mail is "x" y', "memberof", "mail regex (?=x)"]


def _rule_refusals() -> list:
    from ldapwizard.core.directory.exclusions import parse_rule
    caught = []
    for text in RULES:
        with pytest.raises(BadInput) as error:
            parse_rule(text, 3)
        caught.append(error.value)
    return caught


def test_an_exclusion_rule_s_mistake_is_said_in_the_pseudo_language():
    """Each way a rule can be mistyped (the window's Who to import and --exclude) says what is
    wrong and how rules are written in the admin's language, English kept for the log."""
    english_words = [(e.message, e.hint) for e in _rule_refusals()]
    use_language("pseudo")
    for error, (message, hint) in zip(_rule_refusals(), english_words, strict=True):
        assert accented(error.message) and accented(error.hint), error.message
        problem = message.split('": ', 1)[1].rsplit(" (position", 1)[0]  # the English problem
        assert problem not in error.message, error.message
        # what was typed stays as typed; the English is kept for the log
        assert english(error.message) == message and english(error.hint) == hint


@pytest.mark.skipif(not completeness("de").complete, reason="German is partial")
def test_an_exclusion_rule_s_mistake_in_german():
    use_language("de")
    refusals = {text: e.message for text, e in zip(RULES, _rule_refusals(), strict=True)}
    assert refusals["mail equals x"] == ('Ausschlussregel 3 „mail equals x“: „equals“ ist kein '
                                         'Operator; verwenden Sie einen von is, contains, glob, '
                                         'regex, present, absent (meinten Sie „is“?) (Position 5)')
    assert refusals[""] == "Ausschlussregel 3 „“: die Regel ist leer (Position 0)"
