"""The engine against Samba's Active Directory DC: AD's attributes, binds and quirks."""

from __future__ import annotations

import uuid
from dataclasses import replace

import ldap3
import pytest

from ldapwizard.cli import run
from ldapwizard.core.directory import dn as dnmod
from ldapwizard.core.directory.diagnose import detect, diagnose
from ldapwizard.core.directory.listing import list_users, open_directory
from ldapwizard.core.directory.presets import get_preset
from ldapwizard.core.directory.settings import ConnectionSettings, SearchSettings
from ldapwizard.core.errors import BindError, DirectoryError

pytestmark = pytest.mark.samba

BIND_WORDS = {
    "account_disabled": "is disabled",
    "account_expired": "has expired",
    "account_locked_out": "is locked out",
    "password_must_change": "must change the password",
    "password_expired": "password of",
    "invalid_logon_hours": "at this time",
    "invalid_workstation": "from this workstation",
}


def ad_settings(server, **changes) -> ConnectionSettings:
    """LDAPS to a test DC, verified against the test CA, as the reader service account."""
    reader = server.seed.special_accounts["reader"]
    values = dict(host=server.host, port=server.ldaps_port, security="ldaps", verify="cafile",
                  ca_file=str(server.ca_file), bind_user=reader.upn, connect_timeout=3,
                  receive_timeout=10)
    values.update(changes)
    return ConnectionSettings(**values)


def reader_password(server) -> str:
    return server.seed.special_accounts["reader"].password


@pytest.fixture(scope="module")
def ad_listing(ad_server):
    search = SearchSettings(base_dn=ad_server.base_dn, preset=get_preset("ad"))
    return list_users(ad_settings(ad_server), reader_password(ad_server), search)


def test_listing_from_the_domain_root_has_every_person_and_no_computers(ad_server, ad_listing):
    seed = ad_server.seed
    names = {u.username for u in ad_listing.users}
    assert {u.sam for u in seed.person_users} <= names
    assert names - {u.sam for u in seed.person_users} <= set(seed.builtin_person_users)
    assert all(u.kind == "user" for u in ad_listing.users)
    computer_keys = {dnmod.dn_key(c) for c in seed.computers}
    assert not computer_keys & {dnmod.dn_key(u.dn) for u in ad_listing.users}
    assert set(seed.disabled_usernames) <= {u.username for u in ad_listing.users if u.disabled}
    assert set(seed.users_without_mail) == {u.username for u in ad_listing.users
                                            if u.email is None} - set(seed.builtin_person_users)


def test_continuation_references_from_the_domain_root_are_reported_not_silent(ad_listing):
    assert ad_listing.skipped_references
    assert any("Configuration" in r.uri for r in ad_listing.skipped_references)
    assert not any(r.asked for r in ad_listing.skipped_references)
    assert all("infrastructure partition" in str(r) for r in ad_listing.skipped_references)


def test_proxy_addresses_give_primary_and_smtp_aliases_only(ad_server, ad_listing):
    by_name = {u.username: u for u in ad_listing.users}
    checked = 0
    for seed_user in ad_server.seed.person_users:
        user = by_name[seed_user.sam]
        expected = seed_user.mail or seed_user.primary_smtp
        assert (user.email or "").lower() == (expected or "").lower()
        # every smtp address but the chosen primary; a stale mail keeps the SMTP: one as alias
        wanted = {a.lower() for a in (*seed_user.smtp_aliases, seed_user.primary_smtp or "")}
        wanted -= {"", (expected or "").lower()}
        assert {a.lower() for a in user.aliases} == wanted
        assert not any(a.lower().startswith(("x500", "sip", "x400")) for a in user.aliases)
        checked += bool(seed_user.smtp_aliases)
    assert checked > 5
    assert {u.upn for u in ad_listing.users if u.username == "svc-ldapreader"} == {
        "svc-ldapreader@testdomain.local"}


def test_object_guid_is_canonical_the_server_finds_the_entry_by_it(ad_server, ad_listing):
    user = next(u for u in ad_listing.users if u.username == "svc-ldapreader")
    uuid.UUID(user.stable_id)  # canonical text
    with open_directory(ad_settings(ad_server), reader_password(ad_server)) as directory:
        connection = directory.connection
        connection.search(f"<GUID={user.stable_id}>", "(objectClass=*)", ldap3.BASE,
                          attributes=["sAMAccountName"])
        found = [r for r in connection.response if r["type"] == "searchResEntry"]
    assert len(found) == 1 and dnmod.same_dn(found[0]["dn"], user.dn)


def test_contacts_are_listed_only_when_asked(ad_server):
    search = SearchSettings(base_dn=f"OU=Company,{ad_server.base_dn}", preset=get_preset("ad"),
                            include_contacts=True)
    listing = list_users(ad_settings(ad_server), reader_password(ad_server), search)
    contacts = [u for u in listing.users if u.kind == "contact"]
    assert len(contacts) == len(ad_server.seed.contacts)
    assert all(c.email for c in contacts)


def test_range_retrieval_reads_every_member_of_a_big_group(ad_server):
    seed = ad_server.seed
    with open_directory(ad_settings(ad_server), reader_password(ad_server)) as directory:
        members = directory.read_values(seed.big_group_dn, "member")
        in_steps = directory.read_values(seed.big_group_dn, "member", step=400)
    assert len(members) == seed.big_group_member_count > 1500
    assert {dnmod.dn_key(m) for m in in_steps} == {dnmod.dn_key(m) for m in members}


@pytest.mark.parametrize("security", ["ldaps", "starttls"])
def test_simple_bind_over_tls_works_on_a_dc_that_requires_strong_auth(ad_strict_server,
                                                                      security):
    port = ad_strict_server.ldaps_port if security == "ldaps" else ad_strict_server.ldap_port
    result = diagnose(ad_settings(ad_strict_server, security=security, port=port),
                      reader_password(ad_strict_server))
    assert result.ok, [s.message for s in result.steps]
    assert result.root_dse.is_active_directory
    assert result.root_dse.default_naming_context.lower() == "dc=testdomain,dc=local"


def test_plain_simple_bind_is_refused_with_strong_auth_required(ad_strict_server):
    settings = ad_settings(ad_strict_server, security="none", port=ad_strict_server.ldap_port,
                           verify="system", ca_file=None)
    with pytest.raises(BindError) as caught:
        list_users(settings, reader_password(ad_strict_server),
                   SearchSettings(base_dn=ad_strict_server.base_dn, preset=get_preset("ad")))
    assert caught.value.reason == "strongerAuthRequired"
    assert "LDAPS or StartTLS" in caught.value.hint


@pytest.mark.parametrize("key", sorted({"disabled", "account_expired", "locked_out",
                                        "must_change_password", "password_expired",
                                        "logon_hours", "workstation"}))
def test_real_ad_bind_errors_are_translated(ad_server, key):
    account = ad_server.seed.special_accounts[key]
    result = diagnose(ad_settings(ad_server, bind_user=account.upn), account.password)
    failure = result.failure
    assert failure is not None and failure.key == "bind"
    assert BIND_WORDS[account.bind_error] in failure.message
    assert account.password not in repr(result)


def test_wrong_password_is_translated(ad_server):
    result = diagnose(ad_settings(ad_server), "Not-The-Password-1")
    assert "refused the user name or password" in result.failure.message
    assert any("data 52e" in d for d in result.failure.details)


@pytest.mark.parametrize("form", ["upn", "dn", "netbios"])
def test_simple_bind_accepts_upn_dn_and_domain_backslash_user(ad_server, form):
    reader = ad_server.seed.special_accounts["reader"]
    user = {"upn": reader.upn, "dn": reader.dn, "netbios": f"TESTDOMAIN\\{reader.sam}"}[form]
    result = diagnose(ad_settings(ad_server, bind_user=user), reader.password)
    assert result.ok, result.failure


def test_unicode_password_binds(ad_server):
    account = ad_server.seed.special_accounts["unicode_password"]
    assert diagnose(ad_settings(ad_server, bind_user=account.upn), account.password).ok


def test_detect_finds_ldaps_and_the_base_dn(ad_server):
    found = detect(ConnectionSettings(host=ad_server.host, verify="cafile",
                                      ca_file=str(ad_server.ca_file)))
    assert (found.port, found.security) == (636, "ldaps")
    assert found.base_dn.lower() == "dc=testdomain,dc=local"


def test_detect_reports_each_refused_option_and_accepts_nothing_unverified(ad_server):
    # the private CA is not in the system store, so neither LDAPS nor StartTLS may be used
    with pytest.raises(DirectoryError, match="Neither LDAPS") as caught:
        detect(ConnectionSettings(host=ad_server.host, verify="system"))
    notes = caught.value.detail.splitlines()
    assert len(notes) == 2
    assert all("not trusted" in note for note in notes)


def test_cli_list_against_ad(ad_server, monkeypatch, capsys):
    monkeypatch.setenv("LDAPWIZARD_PASSWORD", reader_password(ad_server))
    reader = ad_server.seed.special_accounts["reader"]
    assert run(["list", "-q", "--server-type", "ad", "--binding",
                f"LDAPS://{ad_server.host}/OU=Company,{ad_server.base_dn}",
                "--ca-file", str(ad_server.ca_file), "--bind-user", reader.upn]) == 0
    last = capsys.readouterr().out.splitlines()[-1]
    assert last.endswith("the listing is complete.")
    company_users = [u for u in ad_server.seed.users
                     if dnmod.is_within(u.dn, f"OU=Company,{ad_server.base_dn}")]
    assert last.startswith(f"{len(company_users)} entries listed")


def test_search_settings_page_size_is_respected(ad_server):
    search = SearchSettings(base_dn=ad_server.base_dn, preset=get_preset("ad"), page_size=100)
    listing = list_users(ad_settings(ad_server), reader_password(ad_server),
                         replace(search, scope="sub"))
    assert listing.pages >= -(-len(listing.users) // 100) > 1


def test_proxy_addresses_become_aliases_in_the_plan(ad_server, ad_listing):
    from ldapwizard.core.maildb.planner import NEW, PlanOptions, make_plan

    plan = make_plan(ad_listing.users, PlanOptions(domain="example.com"))
    by_name = {e.user.username: e for e in plan.entries}
    with_aliases = [u for u in ad_server.seed.users
                    if u.mail and not u.disabled and u.smtp_aliases
                    and by_name[u.sam].status == NEW]
    assert len(with_aliases) > 5
    for seed_user in with_aliases:
        entry = by_name[seed_user.sam]
        wanted = {a.split("@")[0].casefold() for a in seed_user.smtp_aliases
                  if a.lower().endswith("@example.com")}
        wanted.discard(entry.local_part.casefold())
        assert {a.casefold() for a in entry.aliases} <= wanted
        assert entry.aliases or not wanted
    assert all(e.status != NEW for e in plan.entries if e.user.disabled)
