"""The engine against a real OpenLDAP: complete listings, TLS, binds, faults."""

from __future__ import annotations

from dataclasses import replace

import pytest

from ldapwizard.core.directory import dn as dnmod
from ldapwizard.core.directory.diagnose import diagnose
from ldapwizard.core.directory.listing import list_users, open_directory
from ldapwizard.core.errors import (
    BadInput,
    BindError,
    Cancelled,
    DirectoryError,
    ListingIncomplete,
    TlsVerificationError,
)
from tests.servers.seed import READER_PASSWORD
from tests.servers.slapd_access import slapd_settings

pytestmark = pytest.mark.slapd


def test_listing_beyond_the_size_limit_is_complete_and_paged(reader, people_search, slapd_seed):
    progress = []
    listing = list_users(reader, READER_PASSWORD, people_search,
                         on_progress=lambda n, page: progress.append((n, page)))
    assert len(listing.users) == slapd_seed.total_users > 500
    assert listing.complete and listing.pages >= 2
    assert progress[-1] == (slapd_seed.total_users, listing.pages)
    by_uid = {u.username: u for u in listing.users}
    assert {u for u, r in by_uid.items() if r.disabled} == set(slapd_seed.disabled_uids)
    assert {u for u, r in by_uid.items() if r.email is None} == set(slapd_seed.no_mail_uids)
    for uid, mails in slapd_seed.multi_mail.items():
        assert by_uid[uid].email == mails[0]
        assert {a.lower() for a in by_uid[uid].aliases} == {m.lower() for m in mails[1:]}
    assert all(u.stable_id for u in listing.users)
    assert len({u.stable_id for u in listing.users}) == len(listing.users)


def test_special_character_dns_come_back_and_match_by_meaning(reader, people_search,
                                                              slapd_seed):
    listing = list_users(reader, READER_PASSWORD, people_search)
    keys = {dnmod.dn_key(u.dn) for u in listing.users}
    for user in slapd_seed.special_users:
        assert dnmod.dn_key(user.dn) in keys, user.dn


def test_a_page_larger_than_the_server_allows_is_reduced_not_truncated(reader, people_search,
                                                                        slapd_seed):
    listing = list_users(reader, READER_PASSWORD, replace(people_search, page_size=2000))
    assert len(listing.users) == slapd_seed.total_users
    assert any("refused pages of 2000" in note for note in listing.notes)


def test_a_server_size_limit_on_the_whole_listing_is_an_error(make_slapd, people_search):
    server = make_slapd(total_limit=600)
    with pytest.raises(ListingIncomplete, match="size limit") as caught:
        list_users(slapd_settings(server), READER_PASSWORD, people_search)
    assert caught.value.fetched >= 500


def test_server_killed_between_pages_gives_an_error_not_a_short_list(make_slapd,
                                                                     people_search):
    server = make_slapd()
    pages = []
    with pytest.raises(ListingIncomplete, match="incomplete") as caught, \
            open_directory(slapd_settings(server), READER_PASSWORD) as directory:
        for page in directory.iter_users(replace(people_search, page_size=100)):
            pages.append(page)
            if len(pages) == 2:
                server.kill()
    # the next page is asked for before a page is handed out, so the third may have been
    # on its way when the server died; the error counts exactly what was handed out
    assert len(pages) in (2, 3)
    assert caught.value.fetched == 100 * len(pages)


def test_cancel_between_pages_stops_the_listing(reader, people_search):
    seen = []
    with pytest.raises(Cancelled, match="nothing was changed"):
        list_users(reader, READER_PASSWORD, replace(people_search, page_size=100),
                   on_progress=lambda n, p: seen.append(n), should_cancel=lambda: len(seen) >= 2)
    assert seen == [100, 200]



def test_the_next_page_is_asked_for_before_a_page_is_handed_out(reader, people_search,
                                                                 slapd_seed):
    # the server prepares page n+1 while the caller works on page n; a caller that stops early
    # leaves the connection usable: the page on its way is read and dropped
    small = replace(people_search, page_size=100)
    with open_directory(reader, READER_PASSWORD) as directory:
        pages = directory.iter_users(small)
        first = next(pages)
        assert len(first) == 100 and directory.requests == 2  # page 2 is on its way
        pages.close()
        assert directory.requests == 2
        again = [user for page in directory.iter_users(small) for user in page]
        assert len(again) == slapd_seed.total_users
        assert directory.requests == 2 + -(-slapd_seed.total_users // 100)
        assert [u.dn for u in again[:100]] == [u.dn for u in first]

@pytest.mark.parametrize("security", ["starttls", "ldaps"])
def test_tls_verified_against_the_ca_file(slapd_server, security, people_search):
    port = slapd_server.ldaps_port if security == "ldaps" else slapd_server.ldap_port
    settings = slapd_settings(slapd_server, security=security, port=port)
    result = diagnose(settings, READER_PASSWORD)
    assert result.ok, [s.message for s in result.steps]
    assert "verified against" in result.steps[2].message
    assert result.root_dse.vendor == "OpenLDAP"
    assert result.root_dse.supports_paging
    assert "dc=example,dc=com" in result.root_dse.naming_contexts


def test_system_trust_store_refuses_the_private_ca_with_certificate_details(slapd_server):
    settings = slapd_settings(slapd_server, verify="system", ca_file=None, security="ldaps",
                              port=slapd_server.ldaps_port)
    with pytest.raises(TlsVerificationError, match="not trusted") as caught:
        list_users(settings, READER_PASSWORD, replace_search())
    certificate = caught.value.certificate
    assert certificate is not None
    assert "CN=localhost" in certificate.subject
    assert "ldapwizard test CA" in certificate.issuer
    assert len(certificate.sha256.split(":")) == 32


def replace_search():
    from ldapwizard.core.directory.settings import SearchSettings

    return SearchSettings(base_dn="dc=example,dc=com")


@pytest.mark.parametrize(
    ("kind", "reason"),
    [
        ("expired", "has expired"),
        ("wrong-host", "does not name this"),
        ("self-signed", "self-signed"),
        ("unknown-ca", "not trusted"),
    ],
)
@pytest.mark.parametrize("security", ["starttls", "ldaps"])
def test_bad_certificates_are_refused_by_default_and_shown(make_slapd, slapd_bad_certs, kind,
                                                          reason, security):
    server = make_slapd(server_cert=slapd_bad_certs[kind])
    port = server.ldaps_port if security == "ldaps" else server.ldap_port
    settings = slapd_settings(server, security=security, port=port)
    result = diagnose(settings, READER_PASSWORD)
    failure = result.failure
    assert failure is not None and failure.key == "tls"
    assert reason in failure.message
    assert any(line.startswith("SHA-256 fingerprint:") for line in failure.details)
    assert any(line.startswith("Subject:") for line in failure.details)
    # accepted only when verification is switched off explicitly, and then with a warning
    unverified = diagnose(replace(settings, verify="off", ca_file=None), READER_PASSWORD)
    assert unverified.ok
    assert any("verification is OFF" in w for w in unverified.warnings)
    assert "NOT VERIFIED" in unverified.steps[2].message


def test_plain_ldap_with_a_password_is_warned_about(slapd_server):
    settings = slapd_settings(slapd_server, security="none", verify="system", ca_file=None)
    result = diagnose(settings, READER_PASSWORD)
    assert result.ok
    assert any("unencrypted" in w for w in result.warnings)


def test_wrong_password_is_a_bind_error_in_words(reader, people_search):
    with pytest.raises(BindError, match="refused the user name or password") as caught:
        list_users(reader, "not-the-password", people_search)
    assert caught.value.result == 49
    result = diagnose(reader, "not-the-password")
    assert [s.ok for s in result.steps] == [True, True, True, False]
    assert "not-the-password" not in repr([s.__dict__ for s in result.steps])


def test_locked_openldap_account_cannot_bind(slapd_server, slapd_seed):
    locked = next(u for u in slapd_seed.bind_users.values() if u.disabled)
    settings = slapd_settings(slapd_server, bind_user=locked.dn)
    with pytest.raises(BindError):
        list_users(settings, locked.password, replace_search())


def test_empty_password_is_refused_before_it_becomes_an_anonymous_bind(reader, people_search):
    with pytest.raises(BadInput, match="No password given"):
        list_users(reader, "", people_search)


def test_missing_base_dn_and_bad_filter_are_reported(reader, people_search):
    with pytest.raises(DirectoryError, match="does not exist"):
        list_users(reader, READER_PASSWORD,
                   replace(people_search, base_dn="ou=nowhere,dc=example,dc=com"))
    with pytest.raises(BadInput, match="position"):
        list_users(reader, READER_PASSWORD, replace(people_search, filter="(uid=a"))
