"""The Samba AD DC fixture, and the Active Directory behaviours an importer meets, via ldap3."""

from __future__ import annotations

import json
import os
import re
import ssl
import uuid
from pathlib import Path

import ldap3
import pytest
from ldap3.core.exceptions import LDAPSocketOpenError

from tests.servers import samba
from tests.servers.certs import make_ca

pytestmark = pytest.mark.samba

RECORDED = json.loads((Path(samba.__file__).parent / "ad_messages.json").read_text())
PERSON_USERS = "(&(objectCategory=person)(objectClass=user))"
FAILING_ACCOUNTS = (
    "disabled",
    "account_expired",
    "locked_out",
    "must_change_password",
    "password_expired",
    "logon_hours",
    "workstation",
)


def connect(server: samba.AdServer, user=None, password=None, *, transport="plain", ca=None):
    """An unbound connection over plain LDAP, StartTLS or LDAPS, checking the certificate."""
    tls = ldap3.Tls(validate=ssl.CERT_REQUIRED, ca_certs_file=str(ca or server.ca_file))
    use_ssl = transport == "ldaps"
    directory = ldap3.Server(
        server.host,
        port=server.ldaps_port if use_ssl else server.ldap_port,
        use_ssl=use_ssl,
        tls=tls,
        get_info=ldap3.NONE,
        connect_timeout=5,
    )
    connection = ldap3.Connection(
        directory,
        user=user,
        password=password,
        receive_timeout=30,
        auto_referrals=False,
        auto_range=False,
        # ldap3 2.9.1 raises KeyError on member;range=... unless empty attributes are dropped.
        return_empty_attributes=False,
    )
    if transport == "starttls":
        connection.open()
        assert connection.start_tls(), connection.result
    return connection


@pytest.fixture(scope="module")
def admin(ad_server):
    """A bound administrator connection to the lax DC."""
    connection = connect(ad_server, ad_server.admin_upn, ad_server.admin_password)
    assert connection.bind(), connection.result
    yield connection
    connection.unbind()


def entries(connection):
    """The entries of the last search, without continuation references."""
    return [item for item in connection.response if item["type"] == "searchResEntry"]


def value(entry, name):
    """The single value of an attribute (without the schema, ldap3 returns lists)."""
    values = entry["attributes"].get(name, [])
    assert len(values) <= 1, values
    return values[0] if values else None


def sams(connection, base, search_filter, scope=ldap3.SUBTREE):
    """The sAMAccountNames a search finds."""
    assert connection.search(base, search_filter, scope, attributes=["sAMAccountName"])
    return {value(entry, "sAMAccountName") for entry in entries(connection)}


def bind_result(connection):
    """Bind, unbind, and return what the server said."""
    connection.bind()
    result = connection.result
    connection.unbind()
    return {key: result[key] for key in ("result", "description", "message")}


def recorded(key):
    """The bind result ad_messages.json recorded under `key`."""
    return {
        name: RECORDED["simple_bind"][key][name] for name in ("result", "description", "message")
    }


@pytest.mark.parametrize("transport", ["ldaps", "starttls"])
def test_simple_bind_over_tls_verifies_the_test_ca(ad_server, transport):
    reader = ad_server.seed.special_accounts["reader"]
    connection = connect(ad_server, reader.upn, reader.password, transport=transport)
    assert connection.bind(), connection.result
    connection.unbind()


def test_a_foreign_ca_rejects_the_dc_certificate(ad_server, tmp_path):
    stranger = make_ca(tmp_path, "some other CA")
    connection = connect(
        ad_server,
        ad_server.admin_upn,
        ad_server.admin_password,
        transport="ldaps",
        ca=stranger.cert,
    )
    with pytest.raises(LDAPSocketOpenError, match="CERTIFICATE_VERIFY_FAILED"):
        connection.open()


def test_lax_dc_accepts_plain_simple_bind_by_upn_dn_and_netbios_name(ad_server):
    reader = ad_server.seed.special_accounts["reader"]
    for name in (reader.upn, reader.dn, f"{ad_server.domain}\\{reader.sam}"):
        assert bind_result(connect(ad_server, name, reader.password))["result"] == 0, name


def test_non_ascii_password_binds(ad_server):
    account = ad_server.seed.special_accounts["unicode_password"]
    assert bind_result(connect(ad_server, account.upn, account.password))["result"] == 0


def test_strict_dc_refuses_plain_simple_bind_with_stronger_auth_required(ad_strict_server):
    server = ad_strict_server
    result = bind_result(connect(server, server.admin_upn, server.admin_password))
    assert result == recorded("stronger_auth_required")
    assert result["result"] == 8


@pytest.mark.parametrize("transport", ["ldaps", "starttls"])
def test_strict_dc_accepts_simple_bind_over_tls(ad_strict_server, transport):
    server = ad_strict_server
    connection = connect(server, server.admin_upn, server.admin_password, transport=transport)
    assert connection.bind(), connection.result
    connection.unbind()


@pytest.mark.parametrize(
    ("key", "user"),
    [
        ("wrong_password", "svc-ldapreader@testdomain.local"),
        ("no_such_user", "nobody@testdomain.local"),
    ],
)
def test_wrong_password_and_unknown_user_look_the_same(ad_server, key, user):
    assert bind_result(connect(ad_server, user, "not-the-password")) == recorded(key)


@pytest.mark.parametrize("key", FAILING_ACCOUNTS)
def test_special_account_bind_fails_as_recorded(ad_server, ad_strict_server, key):
    account = ad_server.seed.special_accounts[key]
    expected = recorded(account.bind_error)
    assert bind_result(connect(ad_server, account.upn, account.password)) == expected
    assert bind_result(connect(ad_server, account.dn, account.password)) == expected
    for transport in ("ldaps", "starttls"):
        connection = connect(ad_strict_server, account.upn, account.password, transport=transport)
        assert bind_result(connection) == expected, transport
    # The recording's "data" field is what an importer would parse out of the message.
    data = re.search(r"data (\w+),", expected["message"]).group(1)
    assert data == RECORDED["simple_bind"][account.bind_error]["data"]


def test_anonymous_search_is_refused_as_recorded(ad_server):
    connection = connect(ad_server)
    connection.bind()
    connection.search(ad_server.base_dn, "(objectClass=user)")
    expected = RECORDED["operations"]["anonymous_search"]
    assert {key: connection.result[key] for key in ("result", "description", "message")} == {
        key: expected[key] for key in ("result", "description", "message")
    }


def test_object_class_user_also_matches_computers(admin, ad_server):
    seed = ad_server.seed
    company = seed.company_dn
    people = {user.sam for user in seed.person_users if user.container.endswith(company)}
    workstations = {f"{dn.split(',')[0][3:]}$" for dn in seed.computers if dn.endswith(company)}
    assert sams(admin, company, "(objectClass=user)") == people | workstations
    assert sams(admin, company, PERSON_USERS) == people
    assert sams(admin, company, "(sAMAccountType=805306368)") == people
    # objectCategory=person alone also takes contacts, which have no sAMAccountName.
    admin.search(company, "(objectCategory=person)")
    assert len(entries(admin)) == len(people) + len(seed.contacts)


def test_subtree_search_from_domain_root_returns_continuation_references(admin, ad_server):
    admin.search(ad_server.base_dn, "(objectClass=domain)")
    references = [item for item in admin.response if item["type"] == "searchResRef"]
    assert references
    assert any(
        uri.endswith(f"/CN=Configuration,{ad_server.base_dn}")
        for item in references
        for uri in item["uri"]
    )


def test_range_retrieval_of_the_big_group(admin, ad_server):
    seed = ad_server.seed
    assert seed.big_group_member_count > 1500
    admin.search(
        seed.big_group_dn, "(objectClass=*)", ldap3.BASE, attributes=["member;range=0-1499"]
    )
    first = entries(admin)[0]["raw_attributes"]
    assert list(first) == ["member;range=0-1499"]
    assert len(first["member;range=0-1499"]) == 1500
    admin.search(
        seed.big_group_dn, "(objectClass=*)", ldap3.BASE, attributes=["member;range=1500-*"]
    )
    rest = entries(admin)[0]["raw_attributes"]
    assert list(rest) == ["member;range=1500-*"]
    assert 1500 + len(rest["member;range=1500-*"]) == seed.big_group_member_count


def test_samba_returns_every_member_when_no_range_is_asked(admin, ad_server):
    """Unlike Windows, which caps at 1500 values and range-tags the attribute by itself."""
    seed = ad_server.seed
    admin.search(seed.big_group_dn, "(objectClass=*)", ldap3.BASE, attributes=["member"])
    assert len(entries(admin)[0]["raw_attributes"]["member"]) == seed.big_group_member_count


def test_object_guid_is_16_bytes_in_mixed_endian_order(admin, ad_server):
    reader = ad_server.seed.special_accounts["reader"]
    admin.search(reader.dn, "(objectClass=*)", ldap3.BASE, attributes=["objectGUID"])
    raw = entries(admin)[0]["raw_attributes"]["objectGUID"][0]
    assert len(raw) == 16
    guid = uuid.UUID(bytes_le=raw)
    admin.search(f"<GUID={guid}>", "(objectClass=*)", ldap3.BASE, attributes=["sAMAccountName"])
    assert value(entries(admin)[0], "sAMAccountName") == reader.sam


def test_dns_come_back_with_escapes_normalised(admin, ad_server):
    """So DNs must be compared parsed (or by objectGUID), never as strings."""
    larsen = next(user for user in ad_server.seed.users if user.sam == "emma.larsen")
    admin.search(ad_server.base_dn, "(sAMAccountName=emma.larsen)", attributes=["cn"])
    entry = entries(admin)[0]
    assert larsen.dn.startswith("CN=Larsen\\; Emma,")
    assert entry["dn"].startswith("CN=Larsen\\3B Emma,")
    assert value(entry, "cn") == "Larsen; Emma"


def test_seed_description_matches_the_directory(admin, ad_server):
    seed = ad_server.seed
    builtins = set(seed.builtin_person_users)  # in CN=Users, not described by users_by_ou
    for container, expected in seed.users_by_ou.items():
        found = sams(admin, container, PERSON_USERS, ldap3.LEVEL) - builtins
        assert found == set(expected), container
    everyone = {user.sam for user in seed.person_users} | builtins
    assert sams(admin, ad_server.base_dn, PERSON_USERS) == everyone
    disabled = sams(
        admin, ad_server.base_dn, f"(&{PERSON_USERS}(userAccountControl:1.2.840.113556.1.4.803:=2))"
    )
    assert disabled - builtins == set(seed.disabled_usernames)
    without_mail = sams(admin, ad_server.base_dn, f"(&{PERSON_USERS}(!(mail=*)))")
    assert without_mail - builtins == set(seed.users_without_mail_attribute)
    assert set(seed.users_without_mail) < set(seed.users_without_mail_attribute)
    admin.search(ad_server.base_dn, "(objectClass=contact)", attributes=["mail"])
    assert {value(entry, "mail") for entry in entries(admin)} == {c.mail for c in seed.contacts}
    admin.search(ad_server.base_dn, "(objectClass=computer)")
    found = {entry["dn"].lower() for entry in entries(admin)}
    assert found == {dn.lower() for dn in (*seed.computers, samba.DC_COMPUTER_DN)}


def test_proxy_addresses_are_stored_as_seeded(admin, ad_server):
    for user in ad_server.seed.person_users:
        admin.search(user.dn, "(objectClass=*)", ldap3.BASE, attributes=["proxyAddresses", "mail"])
        attributes = entries(admin)[0]["attributes"]
        assert set(attributes.get("proxyAddresses", [])) == set(user.proxy_addresses), user.sam
        assert value(entries(admin)[0], "mail") == user.mail, user.sam


def test_a_stopped_dc_leaves_no_process_behind(ad_domain, ad_pki, tmp_path_factory):
    # ad_server holds 127.0.0.1 (if it runs), so this DC may move to another loopback address.
    server = samba.start_samba_dc(tmp_path_factory.mktemp("ad-stop"), ad_pki, template=ad_domain)
    pid = server.pid
    server.stop()
    server.stop()
    with pytest.raises(ProcessLookupError):
        os.killpg(pid, 0)  # the DC led its own process group; nothing of it is left
    with pytest.raises(LDAPSocketOpenError):
        connect(server, server.admin_upn, server.admin_password).open()
    assert not (server.workdir / "private").exists()
    assert "terminating" in server.log_file.read_text()
