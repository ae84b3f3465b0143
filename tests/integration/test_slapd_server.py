"""The slapd test fixture serves the seed directory as promised, checked with ldap3 directly."""

from __future__ import annotations

import socket
import ssl
import string
import uuid

import pytest
from ldap3 import BASE, Connection, Server, Tls
from ldap3.core.exceptions import LDAPException, LDAPSocketOpenError, LDAPStartTLSError

from tests.servers import seed
from tests.servers.certs import BAD_CERT_KINDS

pytestmark = pytest.mark.slapd

USERS = "(objectClass=inetOrgPerson)"


def _bind(server, dn=None, password=None, *, port=None, use_ssl=False, tls=None):
    conn = Connection(
        Server(server.host, port or server.ldap_port, use_ssl=use_ssl, tls=tls, connect_timeout=5),
        dn,
        password,
        receive_timeout=10,
        raise_exceptions=False,
    )
    conn.open()
    if tls is not None and not use_ssl:
        assert conn.start_tls(), conn.result
    if dn is not None:
        assert conn.bind(), conn.result
    return conn


@pytest.fixture
def reader(slapd_server):
    """A connection bound as the size-limited cn=reader."""
    conn = _bind(slapd_server, slapd_server.reader_dn, slapd_server.reader_password)
    yield conn
    conn.unbind()


@pytest.fixture
def root(slapd_server):
    """A connection bound as the unlimited rootdn."""
    conn = _bind(slapd_server, slapd_server.root_dn, slapd_server.root_password)
    yield conn
    conn.unbind()


def _paged(conn, base, search_filter, attributes, page_size=500):
    entries = list(
        conn.extend.standard.paged_search(
            base, search_filter, attributes=attributes, paged_size=page_size, generator=True
        )
    )
    return [entry for entry in entries if entry["type"] == "searchResEntry"], conn.result


def _split(text: str, separators: str) -> list[str]:
    pieces, current, i = [], [], 0
    while i < len(text):
        if text[i] == "\\":
            current.append(text[i : i + 2])
            i += 2
            continue
        if text[i] in separators:
            pieces.append("".join(current))
            current = []
        else:
            current.append(text[i])
        i += 1
    return [*pieces, "".join(current)]


def _unescape(value: str) -> str:
    """An RFC 4514 attribute value from a DN string, escapes resolved."""
    out, i = bytearray(), 0
    while i < len(value):
        if value[i] == "\\":
            pair = value[i + 1 : i + 3]
            if len(pair) == 2 and all(ch in string.hexdigits for ch in pair):
                out.append(int(pair, 16))
                i += 3
                continue
            i += 1
        out += value[i].encode()
        i += 1
    return out.decode()


def _parts(dn: str) -> tuple[tuple[str, str], ...]:
    """(type, value) of every AVA in a DN, unescaped, for comparing DNs written differently.

    Not ldap3's parse_dn: 2.9.1 rejects a '#' inside a value ("special character # must be
    escaped"), which RFC 4514 allows and slapd returns.
    """
    pairs = (ava.split("=", 1) for ava in _split(dn, ",+"))
    return tuple((attr.strip().lower(), _unescape(value)) for attr, value in pairs)


def test_seed_is_deterministic(tmp_path):
    """The same seed writes the same LDIF and summary."""
    first = seed.write_ldif(tmp_path / "a.ldif", 300, seed=7)
    second = seed.write_ldif(tmp_path / "b.ldif", 300, seed=7)
    assert (tmp_path / "a.ldif").read_bytes() == (tmp_path / "b.ldif").read_bytes()
    assert first == second
    assert first.total_users == 300
    assert first.users_with_mail + first.users_without_mail == 300


def test_seed_covers_the_edge_cases(slapd_seed):
    """The session seed has more users than the size limit and every kind of edge case."""
    assert slapd_seed.total_users == 700
    assert slapd_seed.users_without_mail > 10
    assert len(slapd_seed.multi_mail_uids) > 10
    assert len(slapd_seed.disabled_uids) > 5
    assert "carol.locked" in slapd_seed.disabled_uids
    assert len(slapd_seed.special_dns) == 14
    assert any(not user.dn.isascii() for user in slapd_seed.special_users)


def test_rootdse_is_readable_anonymously_but_the_data_is_not(slapd_server):
    """Anonymous binds see the RootDSE (readiness probe) and no entries."""
    conn = _bind(slapd_server)
    assert conn.search("", "(objectClass=*)", BASE, attributes=["namingContexts"])
    assert conn.entries[0].namingContexts.values == [slapd_server.base_dn]
    conn.search(slapd_server.base_dn, USERS, attributes=["uid"])
    assert conn.entries == []
    conn.unbind()


def test_unpaged_search_as_reader_stops_at_size_limit(reader, slapd_server):
    """Without paging the reader gets 500 entries and sizeLimitExceeded (4)."""
    reader.search(slapd_server.base_dn, USERS, attributes=["uid"])
    assert len(reader.entries) == 500
    assert reader.result["result"] == 4


def test_paged_search_as_reader_returns_every_user(reader, slapd_server, slapd_seed):
    """A paged search walks past the size limit to all users, the fixed ones included."""
    entries, result = _paged(reader, slapd_server.base_dn, USERS, ["uid"])
    assert result["result"] == 0
    uids = {entry["attributes"]["uid"][0] for entry in entries}
    assert len(entries) == len(uids) == slapd_seed.total_users
    assert set(slapd_seed.bind_users) | {user.uid for user in slapd_seed.special_users} <= uids


def test_page_larger_than_the_limit_is_refused(reader, slapd_server):
    """slapd refuses a page above size.pr with adminLimitExceeded (11), returning nothing."""
    entries, result = _paged(reader, slapd_server.base_dn, USERS, ["uid"], page_size=1000)
    assert entries == []
    assert result["result"] == 11


def test_root_dn_is_not_size_limited(root, slapd_server, slapd_seed):
    """The rootdn gets every user without paging."""
    root.search(slapd_server.base_dn, USERS, attributes=["uid"])
    assert root.result["result"] == 0
    assert len(root.entries) == slapd_seed.total_users


def test_starttls_verifies_against_the_test_ca(slapd_server):
    """StartTLS on the ldap:// port presents a certificate the test CA vouches for."""
    tls = Tls(validate=ssl.CERT_REQUIRED, ca_certs_file=str(slapd_server.ca_file))
    conn = _bind(slapd_server, slapd_server.reader_dn, slapd_server.reader_password, tls=tls)
    assert conn.tls_started
    assert conn.extend.standard.who_am_i() == f"dn:{slapd_server.reader_dn}"
    conn.unbind()


def test_ldaps_verifies_against_the_test_ca(slapd_server):
    """ldaps:// presents a certificate the test CA vouches for."""
    tls = Tls(validate=ssl.CERT_REQUIRED, ca_certs_file=str(slapd_server.ca_file))
    conn = _bind(
        slapd_server,
        slapd_server.reader_dn,
        slapd_server.reader_password,
        port=slapd_server.ldaps_port,
        use_ssl=True,
        tls=tls,
    )
    assert conn.bound
    assert slapd_server.ldaps_url == f"ldaps://127.0.0.1:{slapd_server.ldaps_port}"
    conn.unbind()


@pytest.mark.parametrize(
    ("kind", "reason"),
    [
        ("expired", "certificate has expired"),
        ("wrong-host", "doesn't match any name"),
        ("self-signed", "self-signed certificate"),
        ("unknown-ca", "unable to get local issuer certificate"),
    ],
)
def test_bad_server_certificates_are_refused(make_slapd, slapd_bad_certs, kind, reason):
    """A second instance with a bad certificate fails verification on LDAPS and StartTLS."""
    assert kind in BAD_CERT_KINDS
    server = make_slapd(server_cert=slapd_bad_certs[kind])
    tls = Tls(validate=ssl.CERT_REQUIRED, ca_certs_file=str(server.ca_file))
    with pytest.raises(LDAPSocketOpenError, match=reason):
        _bind(server, port=server.ldaps_port, use_ssl=True, tls=tls)
    with pytest.raises(LDAPStartTLSError, match=reason):
        _bind(server, tls=tls)


def test_special_character_dns_come_back_and_parse(reader, slapd_server, slapd_seed):
    """Escaped and non-ASCII RDNs survive; slapd rewrites the escapes as hex (\\2C, not \\,)."""
    for user in slapd_seed.special_users:
        reader.search(slapd_server.base_dn, f"(uid={user.uid})", attributes=["cn"])
        assert len(reader.response) == 1, user.uid
        returned = reader.response[0]["dn"]
        assert _parts(returned) == _parts(user.dn)
        assert _parts(returned)[0] == ("cn", user.cn)
        assert user.cn in reader.response[0]["attributes"]["cn"]
    comma = next(user for user in slapd_seed.special_users if user.uid == "sp.comma")
    reader.search(slapd_server.base_dn, "(uid=sp.comma)", attributes=["cn"])
    assert reader.response[0]["dn"].startswith("cn=Doe\\2C John,")
    assert comma.dn.startswith("cn=Doe\\, John,")


def test_locked_accounts_carry_pwd_account_locked_time(reader, slapd_server, slapd_seed):
    """Locked users, and only they, have the operational pwdAccountLockedTime."""
    entries, result = _paged(
        reader, slapd_server.base_dn, "(pwdAccountLockedTime=*)", ["uid", "pwdAccountLockedTime"]
    )
    assert result["result"] == 0
    assert {entry["attributes"]["uid"][0] for entry in entries} == slapd_seed.disabled_uids
    # ldap3 cannot turn ppolicy's "locked for good" value into a datetime: it stays raw.
    carol = next(e for e in entries if e["attributes"]["uid"] == ["carol.locked"])
    assert carol["attributes"]["pwdAccountLockedTime"] == seed.LOCKED_FOREVER.encode()
    reader.search(slapd_server.base_dn, "(uid=carol.locked)", attributes=["*"])
    assert "pwdAccountLockedTime" not in reader.entries[0].entry_attributes


def test_bind_users_can_bind_unless_locked(slapd_server, slapd_seed):
    """Users with seeded passwords bind (UTF-8 passwords too); a locked one gets 49."""
    for user in slapd_seed.bind_users.values():
        conn = Connection(
            Server(slapd_server.host, slapd_server.ldap_port),
            user.dn,
            user.password,
            receive_timeout=10,
        )
        assert conn.bind() is not user.disabled, (user.uid, conn.result)
        if user.disabled:
            assert conn.result["result"] == 49
        conn.unbind()


def test_every_user_has_a_unique_entry_uuid(reader, slapd_server, slapd_seed):
    """slapadd gave every entry an entryUUID."""
    entries, _ = _paged(reader, slapd_server.base_dn, USERS, ["entryUUID"])
    uuids = {uuid.UUID(entry["attributes"]["entryUUID"]) for entry in entries}
    assert len(uuids) == slapd_seed.total_users


def test_mail_values_match_the_summary(root, slapd_server, slapd_seed):
    """Users without mail and with several mails (primary first) are as the summary says."""
    root.search(slapd_server.base_dn, f"(&{USERS}(!(mail=*)))", attributes=["uid"])
    assert {entry.uid.value for entry in root.entries} == slapd_seed.no_mail_uids
    assert len(root.entries) == slapd_seed.users_without_mail
    root.search(slapd_server.base_dn, f"(&{USERS}(mail=*))", attributes=["uid"])
    assert len(root.entries) == slapd_seed.users_with_mail
    for uid, mails in slapd_seed.multi_mail.items():
        root.search(slapd_server.base_dn, f"(uid={uid})", attributes=["mail"])
        assert root.entries[0].mail.values == list(mails)


def test_groups_hold_their_members(root, slapd_server, slapd_seed):
    """Groups, nested and with a dangling member, come back with the seeded members."""
    root.search(slapd_seed.groups_dn, "(objectClass=groupOfNames)", attributes=["member"])
    found = {
        _parts(entry.entry_dn): {_parts(m) for m in entry.member.values} for entry in root.entries
    }
    expected = {
        _parts(dn): {_parts(m) for m in members} for dn, members in slapd_seed.groups.items()
    }
    assert found == expected
    engineering = f"cn=engineering,{slapd_seed.groups_dn}"
    assert all(m.startswith("cn=engineering-") for m in slapd_seed.groups[engineering])


def _port_open(host: str, port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(1)
        return sock.connect_ex((host, port)) == 0


def _pid_alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split(") ", 1)[1][0] != "Z"
    except FileNotFoundError:
        return False


def test_stop_and_restart_keep_ports_and_data(make_slapd):
    """stop() ends slapd gracefully; restart() serves the same data on the same ports."""
    server = make_slapd(size_limit=None)
    ports = (server.ldap_port, server.ldaps_port)
    first_pid = server.pid
    server.stop()
    assert not server.running and not _pid_alive(first_pid)
    assert not server.pidfile.exists()
    assert not _port_open(server.host, server.ldap_port)
    server.restart()
    assert server.running and server.pid != first_pid
    assert (server.ldap_port, server.ldaps_port) == ports
    conn = _bind(server, server.reader_dn, server.reader_password)
    conn.search(server.base_dn, "(uid=alice)", attributes=["uid"])
    assert len(conn.entries) == 1
    conn.unbind()


def test_kill_and_restart(make_slapd):
    """kill() ends slapd at once, as a crash would; restart() recovers the database."""
    server = make_slapd(tls=False)
    killed_pid = server.pid
    conn = _bind(server, server.root_dn, server.root_password)
    server.kill()
    assert not server.running and not _pid_alive(killed_pid)
    with pytest.raises(LDAPException):
        conn.search(server.base_dn, "(uid=alice)")
    server.restart()
    conn = _bind(server, server.root_dn, server.root_password)
    assert conn.search(server.base_dn, "(uid=alice)")
    conn.unbind()
