"""The listing's own reader of search replies, against a scripted LDAP server on loopback:
pages joined by their cookie, values the server sends in ranges completed, and a reply that
is not valid LDAP an incomplete listing rather than a shorter one."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable

import pytest

from ldapwizard.core.directory import ber
from ldapwizard.core.directory.listing import list_users
from ldapwizard.core.directory.presets import get_preset
from ldapwizard.core.directory.settings import ConnectionSettings, SearchSettings
from ldapwizard.core.errors import ListingIncomplete
from tests.unit.ber_messages import (
    attribute,
    done_message,
    entry_message,
    integer,
    paged_control,
    tlv,
)

BIND_REQUEST, SEARCH_REQUEST, BIND_RESPONSE = 0x60, 0x63, 0x61
PRESET = get_preset("openldap").with_mapping(alias_attribute="otherMailbox")
Reply = Callable[[int], bytes]  # message id of the request -> the bytes to send back


def person(message_id: int, uid: str, *attributes: bytes) -> bytes:
    return entry_message(message_id, f"uid={uid},dc=example,dc=com".encode(), [
        attribute(b"uid", [uid.encode()]), attribute(b"mail", [f"{uid}@example.com".encode()]),
        attribute(b"entryUUID", [f"id-{uid}".encode()]), *attributes])


class ScriptedServer:
    """Answers a bind with success and each search with the next reply of its script."""

    def __init__(self, script: list[Reply]):
        self.script = list(script)
        self.requests: list[bytes] = []  # the search requests received, as sent
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        connection, _ = self.listener.accept()
        data = b""
        with connection:
            while True:
                chunk = connection.recv(65536)
                if not chunk:
                    return
                data += chunk
                while (end := ber.message_end(data)) > 0:
                    head = ber.header(data, 0, end)
                    message, data = data[:end], data[end:]
                    if head.tag == BIND_REQUEST:
                        result = tlv(ber.ENUMERATED, b"\x00") + tlv(ber.OCTETS, b"") * 2
                        connection.sendall(tlv(ber.SEQUENCE, tlv(
                            ber.INTEGER, integer(head.message_id)) + tlv(BIND_RESPONSE, result)))
                    elif head.tag == SEARCH_REQUEST:
                        self.requests.append(message)
                        connection.sendall(self.script.pop(0)(head.message_id))

    def close(self) -> None:
        self.listener.close()


@pytest.fixture
def serve():
    servers = []

    def start(script: list[Reply]) -> ConnectionSettings:
        server = ScriptedServer(script)
        servers.append(server)
        return ConnectionSettings(host="127.0.0.1", port=server.port, security="none",
                                  auth="simple", bind_user="cn=reader,dc=example,dc=com",
                                  connect_timeout=5, receive_timeout=5)

    start.servers = servers
    yield start
    for server in servers:
        server.close()


SEARCH = SearchSettings(base_dn="dc=example,dc=com", preset=PRESET, page_size=2)


def test_pages_follow_the_cookie_and_ranged_values_are_completed(serve):
    settings = serve([
        lambda i: person(i, "ann") + person(i, "bob", attribute(
            b"otherMailbox;range=0-1", [b"b1@example.com", b"b2@example.com"]))
        + done_message(i, 0, paged_control(b"next")),
        # the rest of bob's values, asked for on their own before the next page
        lambda i: entry_message(i, b"uid=bob,dc=example,dc=com", [attribute(
            b"otherMailbox;range=2-*", [b"b3@example.com"])]) + done_message(i, 0),
        lambda i: person(i, "cy", attribute(b"description", [b""])) + done_message(
            i, 0, paged_control(b"")),
    ])
    listing = list_users(settings, "secret", SEARCH)
    assert [u.username for u in listing.users] == ["ann", "bob", "cy"]
    assert listing.pages == 2
    bob = listing.users[1]
    assert bob.aliases == ("b1@example.com", "b2@example.com", "b3@example.com")
    assert bob.stable_id == "id-bob" and bob.email == "bob@example.com"


def test_a_reply_that_is_not_ldap_ends_the_listing_as_incomplete(serve):
    def broken(i: int) -> bytes:  # bob's uid claims one byte more than its set holds
        return person(i, "bob").replace(b"\x04\x03bob", b"\x04\x04bob")

    settings = serve([lambda i: person(i, "ann") + broken(i) + done_message(i, 0)])
    with pytest.raises(ListingIncomplete, match="not valid LDAP after 0 entries"):
        list_users(settings, "secret", SEARCH)


def test_a_size_limit_after_some_entries_is_an_error_naming_how_many(serve):
    settings = serve([lambda i: person(i, "ann") + done_message(i, 4, message=b"limit")])
    with pytest.raises(ListingIncomplete, match="size limit after 1 entry;"):
        list_users(settings, "secret", SEARCH)


def test_pages_after_the_first_are_asked_for_without_ldap3_and_with_its_bytes(serve, monkeypatch):
    # issue 30: ldap3 builds the first request; the next are its bytes with a new message id
    # and the cookie, what ldap3 would send (test_ber.py compares them byte for byte)
    from ldap3.strategy.sync import SyncStrategy

    settings = serve([
        lambda i: person(i, "ann") + person(i, "bob") + done_message(i, 0, paged_control(b"p2")),
        lambda i: person(i, "cy") + person(i, "di") + done_message(i, 0, paged_control(b"p3")),
        lambda i: person(i, "ed") + done_message(i, 0, paged_control(b"")),
    ])
    sent = []
    original = SyncStrategy.send
    monkeypatch.setattr(SyncStrategy, "send", lambda self, kind, *rest: (
        sent.append(kind), original(self, kind, *rest))[1])
    listing = list_users(settings, "secret", SEARCH)
    assert [u.username for u in listing.users] == ["ann", "bob", "cy", "di", "ed"]
    assert sent.count("searchRequest") == 1
    requests = serve.servers[0].requests
    assert len(requests) == 3
    ids, operations, cookies = [], set(), []
    for request in requests:
        head = ber.header(request, 0, len(request))
        ids.append(head.message_id)
        operations.add(request[head.start - 2:head.end])  # the search request, whole
        [(oid, critical, value)] = ber._controls(request, head.end, head.message_end)
        assert (oid, critical) == ("1.2.840.113556.1.4.319", False)
        cookies.append(ber.paged_results(value)[1])
    assert len(set(ids)) == 3 and len(operations) == 1
    assert cookies == [b"", b"p2", b"p3"]
