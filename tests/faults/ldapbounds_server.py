"""A hostile LDAP server for the bounds of every read (issue 29): issue 25's fake server
(tests/attacks/signin_servers.py), which lets any bind in, taught to answer searches as a
broken or hostile directory would.

Attacks (`HostileLdap(attack)`), each played on every search of a connection:

- ``huge-value``: one entry whose value claims 3 GiB, its bytes streamed until the client
  stops reading (`sent` counts them);
- ``big-value``: one entry with a value of `value_size` bytes, whole;
- ``big-page``: 300,000 entries on one page, whatever was asked for;
- ``same-page``: the same two entries and the same cookie on every page, for ever;
- ``same-cookie``: two entries, then empty pages carrying the first page's cookie, for ever;
- ``slot-cookie``: as 389 DS does, the cookie "0" on every page, each page new entries, the
  third page the last (not an attack: a listing that must succeed);
- ``drip``: a page whose bytes come one every `drip` seconds;
- ``nested-bind``: a bind response nested 10,000 elements deep;
- ``wrong-tag-bind``: a bind response whose operation carries a tag LDAP does not have;
- ``truncated-bind``: a bind response whose result ends before its length says.
"""

from __future__ import annotations

import socket
import time

from tests.attacks.signin_servers import (
    FakeLdap,
    _integer,
    _read_message,
    _read_tlv,
    _success,
    _tlv,
)

PAGED = b"1.2.840.113556.1.4.319"
BASE_DN = "dc=example,dc=com"
CLAIMED = 3 << 30  # the huge value's claimed length: 3 GiB
BIG_PAGE = 300_000


def entry(message_id: int, uid: str, description: bytes | None = None) -> bytes:
    """A person as OpenLDAP sends one: uid, mail and entryUUID (and a description)."""
    values = [(b"uid", uid.encode()), (b"mail", f"{uid}@example.com".encode()),
              (b"entryUUID", f"id-{uid}".encode())]
    if description is not None:
        values.append((b"description", description))
    attributes = b"".join(_tlv(0x30, _tlv(0x04, name) + _tlv(0x31, _tlv(0x04, value)))
                          for name, value in values)
    op = _tlv(0x64, _tlv(0x04, f"uid={uid},{BASE_DN}".encode()) + _tlv(0x30, attributes))
    return _tlv(0x30, _integer(message_id) + op)


def done(message_id: int, cookie: bytes | None = b"") -> bytes:
    """A successful searchResDone, with the paged-results control carrying `cookie`."""
    controls = b""
    if cookie is not None:
        value = _tlv(0x30, _integer(0) + _tlv(0x04, cookie))
        controls = _tlv(0xA0, _tlv(0x30, _tlv(0x04, PAGED) + _tlv(0x04, value)))
    return _tlv(0x30, _integer(message_id) + _success(0x65) + controls)


def _long(tag: int, size: int) -> bytes:
    """A tag and a four-byte length, for an element whose contents follow later."""
    return bytes([tag, 0x84]) + size.to_bytes(4, "big")


class HostileLdap(FakeLdap):
    """The fake server, its searches answered by `attack`."""

    def __init__(self, attack: str, drip: float = 0.2, value_size: int = 2 << 20):
        super().__init__()
        self.attack = attack
        self.drip = drip
        self.value_size = value_size
        self.sent = 0  # bytes of the attack sent
        self.pages = 0  # search requests answered

    def _serve(self, sock: socket.socket) -> None:
        with sock:
            try:
                while (message := _read_message(sock)) is not None:
                    _, body, _ = _read_tlv(message, 0)
                    _, number, at = _read_tlv(body, 0)
                    message_id = int.from_bytes(number, "big")
                    op = body[at]
                    if op == 0x60:
                        sock.sendall(self._bind_reply(message_id))
                    elif op == 0x63:
                        self.pages += 1
                        self._search_reply(sock, message_id)
                    else:  # an unbind, an abandon: this server has nothing more to say
                        return
            except OSError:  # the client went away mid-attack: what the bounds are for
                return

    def _bind_reply(self, message_id: int) -> bytes:
        if self.attack == "nested-bind":
            nested = b"\x05\x00"
            for _ in range(10_000):
                nested = _tlv(0x30, nested)
            return _tlv(0x30, _integer(message_id) + _tlv(0x61, nested))
        if self.attack == "wrong-tag-bind":
            return _tlv(0x30, _integer(message_id) + _success(0x7E))
        if self.attack == "truncated-bind":
            result = _tlv(0x0A, b"\x00") + b"\x04\x40short"  # a DN claiming 64 bytes
            return _tlv(0x30, _integer(message_id) + _tlv(0x61, result))
        return _tlv(0x30, _integer(message_id) + _success(0x61))

    def _search_reply(self, sock: socket.socket, message_id: int) -> None:
        attack = self.attack
        if attack == "huge-value":
            self._huge_value(sock, message_id)
        elif attack == "big-value":
            sock.sendall(entry(message_id, "ann", b"d" * self.value_size)
                         + done(message_id, b""))
        elif attack == "big-page":
            page = b"".join(entry(message_id, f"u{n}") for n in range(BIG_PAGE))
            sock.sendall(page + done(message_id, None))
        elif attack == "same-page":
            sock.sendall(entry(message_id, "ann") + entry(message_id, "bob")
                         + done(message_id, b"again"))
        elif attack == "same-cookie":
            first = self.pages == 1
            people = entry(message_id, "ann") + entry(message_id, "bob") if first else b""
            sock.sendall(people + done(message_id, b"cookie"))
        elif attack == "slot-cookie":
            page = self.pages
            people = entry(message_id, f"p{page}a") + entry(message_id, f"p{page}b")
            sock.sendall(people + done(message_id, b"0" if page < 3 else b""))
        elif attack == "drip":
            for byte in entry(message_id, "ann") + done(message_id, b""):
                sock.sendall(bytes([byte]))
                self.sent += 1
                time.sleep(self.drip)
        else:
            sock.sendall(done(message_id, b""))

    def _huge_value(self, sock: socket.socket, message_id: int) -> None:
        dn = _tlv(0x04, f"uid=huge,{BASE_DN}".encode())
        name = _tlv(0x04, b"description")
        value = _long(0x04, CLAIMED)
        values = _long(0x31, len(value) + CLAIMED)
        attribute = _long(0x30, len(name) + len(values) + len(value) + CLAIMED)
        attributes = _long(0x30, len(attribute) + len(name) + len(values) + len(value)
                           + CLAIMED)
        op_size = len(dn) + len(attributes) + len(attribute) + len(name) + len(values) \
            + len(value) + CLAIMED
        op = _long(0x64, op_size)
        number = _integer(message_id)
        head = _long(0x30, len(number) + len(op) + op_size) + number + op + dn + attributes \
            + attribute + name + values + value
        sock.sendall(head)
        chunk = b"x" * (1 << 20)
        while self.sent < CLAIMED:
            sock.sendall(chunk)
            self.sent += len(chunk)
