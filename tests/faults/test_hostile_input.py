"""Hostile text where an admin types or pastes it: binding strings, DNs, filters, hosts.

Each input either works or is refused with one of our typed errors: a readable message (no
control or direction-changing characters echoed into it), a hint, a position inside the text.
Nothing crashes and nothing hangs (pytest-timeout bounds every test). Inputs come from the
corpus of real-world nasties (hostile_corpus.json) and from hypothesis.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ldapwizard.cli import run
from ldapwizard.core.directory import dn as dnmod
from ldapwizard.core.directory import filters
from ldapwizard.core.directory.bindstring import parse_binding
from ldapwizard.core.directory.connection import resolve
from ldapwizard.core.directory.presets import get_preset
from ldapwizard.core.directory.settings import ConnectionSettings, SearchSettings
from ldapwizard.core.errors import LdapWizardError
from tests.faults.hostile import assert_clear, corpus, ids

# Text as pasted from mail, spreadsheets and web pages: structure characters, escapes,
# percent-encoding, controls, NUL, direction marks, invisibles, lone surrogates, wide forms.
NASTY = st.lists(st.one_of(
    st.sampled_from(list("()=,+;\\#\"<>*&|!~:%/?@[]. \t\r\n\x00\x7f")),
    st.sampled_from(["\u202e", "\u200e", "\u200b", "\ufeff", "\u2028", "\udcff", "\uff21",
                     "\u00e9", "\u0301", "%00", "%C3%28", "%E2%80%AE", "\\00", "\\zz", "\\2a",
                     "LDAP://", "DC=", "CN=", "ldap://h:389/"]),
    st.characters(codec="utf-8"),
), max_size=40).map("".join)
EXAMPLES = 300
# the ledger fixture counts across examples on purpose
HOSTILE = settings(max_examples=EXAMPLES, deadline=None,
                   suppress_health_check=[HealthCheck.function_scoped_fixture])


def outcome(call, text: str):
    """Run `call(text)`: its result, or the typed error checked for clarity."""
    try:
        return call(text)
    except LdapWizardError as error:
        assert_clear(error, text)
        return error


# --- the corpus --------------------------------------------------------------------------

@pytest.mark.parametrize("text", corpus()["binding"], ids=ids(corpus()["binding"]))
def test_a_hostile_binding_string_is_parsed_or_refused_clearly(text, capsys, ledger):
    ledger.hostile("binding string (corpus)")
    result = outcome(parse_binding, text)
    code = run(["validate", text])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    assert code == (2 if isinstance(result, LdapWizardError) else 0), captured.err
    if code == 2:
        assert captured.err.startswith("error: ")


@pytest.mark.parametrize("text", corpus()["dn"], ids=ids(corpus()["dn"]))
def test_a_hostile_dn_is_parsed_or_refused_clearly(text, ledger):
    ledger.hostile("DN (corpus)")
    parsed = outcome(dnmod.parse_dn, text)
    if not isinstance(parsed, LdapWizardError):
        assert dnmod.dn_key(dnmod.format_dn(parsed)) == dnmod.dn_key(text)
    outcome(parse_binding, f"LDAP://dc1/{text}")


@pytest.mark.parametrize("text", corpus()["filter"], ids=ids(corpus()["filter"]))
def test_a_hostile_filter_is_validated_or_refused_clearly(text, ledger):
    ledger.hostile("LDAP filter (corpus)")
    outcome(filters.validate_filter, text)
    search = SearchSettings(base_dn="dc=x", preset=get_preset("openldap"), filter=text)
    outcome(lambda _: search.check(), text)


@pytest.mark.parametrize("text", corpus()["host"], ids=ids(corpus()["host"]))
def test_a_hostile_host_name_is_refused_clearly_before_any_connection(text, ledger):
    ledger.hostile("host name (corpus)")
    settings = ConnectionSettings(host=text, security="none", auth="anonymous")
    outcome(lambda _: settings.check(None), text)
    outcome(lambda _: resolve(settings), text)


@pytest.mark.parametrize("text", corpus()["bind_user"], ids=ids(corpus()["bind_user"]))
def test_a_hostile_bind_user_is_checked_clearly(text, ledger):
    ledger.hostile("bind user (corpus)")
    for auth in ("simple", "ntlm"):
        settings = ConnectionSettings(host="dc1", bind_user=text, auth=auth)
        outcome(lambda _, s=settings: s.check("a password"), text)


# --- hypothesis --------------------------------------------------------------------------

@HOSTILE
@given(text=NASTY)
def test_any_binding_string_is_parsed_or_refused_clearly(text, ledger):
    ledger.hostile("binding string (hypothesis)")
    outcome(parse_binding, text)
    outcome(parse_binding, "LDAP://dc1/" + text)
    outcome(parse_binding, "ldap://dc1:389/dc=x?cn?sub?" + text)


@HOSTILE
@given(text=NASTY)
def test_any_dn_and_filter_is_accepted_or_refused_clearly(text, ledger):
    ledger.hostile("DN and filter (hypothesis)")
    outcome(dnmod.parse_dn, text)
    outcome(filters.validate_filter, text)
    outcome(filters.validate_filter, f"(&(objectClass=user)(cn={text}))")


@HOSTILE
@given(value=NASTY)
def test_an_escaped_value_is_always_one_literal_value(value, ledger):
    """Whatever a value holds, escaped it stays one value: no filter or DN syntax leaks."""
    ledger.hostile("escaped value (hypothesis)")
    escaped = filters.escape_value(value)
    for special in "()*\x00":
        assert special not in escaped
    assert filters.validate_filter(f"(cn={escaped})") == f"(cn={escaped})"
    if value and "\udcff" not in value:  # a lone surrogate has no UTF-8 form to escape
        rdns = dnmod.parse_dn(f"cn={dnmod.escape_value(value)},dc=x")
        assert len(rdns) == 2 and rdns[0][0].value == value
