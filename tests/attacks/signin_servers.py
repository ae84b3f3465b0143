"""What the sign-in attacks need besides the mail stack: an entry planted with a chosen
entryUUID, a fake LDAP server that lets anyone in, and `doveadm auth test`.

The fake server speaks just enough LDAP (BER by hand) for Dovecot's ldap passdb: every bind
succeeds, every search answers one entry, and it records what it was asked.
"""

from __future__ import annotations

import socket
import subprocess
import threading
from dataclasses import dataclass, field

import ldap3

from tests.servers import seed
from tests.servers.directory_edits import admin

NIL_UUID = "00000000-0000-0000-0000-000000000000"
RELAX = "1.3.6.1.4.1.4203.666.5.12"  # lets the rootdn set entryUUID (draft-zeilenga-ldap-relax)


def plant_entry(server, uid: str, entry_uuid: str, password: str) -> str:
    """Add a person with a chosen entryUUID as slapd's rootdn (relax control); its DN."""
    dn = f"uid={uid},{seed.PEOPLE_DN}"
    connection = admin(server)
    try:
        assert connection.add(dn, ["inetOrgPerson"], {
            "uid": uid, "cn": uid, "sn": uid, "userPassword": password,
            "entryUUID": entry_uuid}, controls=[(RELAX, True, None)]), connection.result
        connection.search(dn, "(objectClass=*)", ldap3.BASE, attributes=["entryUUID"])
        assert str(connection.entries[0].entryUUID) == entry_uuid
    finally:
        connection.unbind()
    return dn


def auth_test(stack, login: str, password: str) -> bool:
    """Whether Dovecot's passdb chain accepts `login` with `password`, as SMTP AUTH would ask
    it (`doveadm auth test`)."""
    result = subprocess.run(["doveadm", "-c", str(stack.dovecot_conf), "auth", "test", "--",
                             login, password], capture_output=True, timeout=30)
    assert result.returncode in (0, 77), result.stderr  # 77: refused
    return result.returncode == 0


# --- a fake LDAP server ------------------------------------------------------------------

def _tlv(tag: int, content: bytes) -> bytes:
    size = len(content)
    if size < 0x80:
        return bytes([tag, size]) + content
    length = size.to_bytes((size.bit_length() + 7) // 8, "big")
    return bytes([tag, 0x80 | len(length)]) + length + content


def _integer(value: int) -> bytes:
    return _tlv(0x02, value.to_bytes(max(1, (value.bit_length() + 8) // 8), "big"))


def _success(tag: int) -> bytes:
    """An LDAPResult: success, no matched DN, no message."""
    return _tlv(tag, _tlv(0x0A, b"\x00") + _tlv(0x04, b"") + _tlv(0x04, b""))


def _read_tlv(data: bytes, at: int) -> tuple[int, bytes, int]:
    """(tag, content, the offset after it) of the element at `at`."""
    tag, size = data[at], data[at + 1]
    at += 2
    if size & 0x80:
        count = size & 0x7F
        size = int.from_bytes(data[at:at + count], "big")
        at += count
    return tag, data[at:at + size], at + size


def _read_message(sock: socket.socket) -> bytes | None:
    """One whole LDAPMessage, or None at the end of the connection."""
    data = b""
    while True:
        if len(data) >= 2:
            size, head = data[1], 2
            if size & 0x80:
                head += size & 0x7F
                size = int.from_bytes(data[2:head], "big") if len(data) >= head else -1
            if size >= 0 and len(data) >= head + size:
                return data[:head + size]
        chunk = sock.recv(65536)
        if not chunk:
            return None
        data += chunk


@dataclass
class FakeLdap:
    """A server on 127.0.0.1 that accepts any bind and finds an entry for any search."""

    port: int = 0
    binds: list[str] = field(default_factory=list)  # the DNs bound as
    searches: list[bytes] = field(default_factory=list)  # the raw filters searched for

    def start(self) -> FakeLdap:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()
        return self

    def stop(self) -> None:
        self._listener.close()

    def _accept(self) -> None:
        while True:
            try:
                sock, _ = self._listener.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(sock,), daemon=True).start()

    def _serve(self, sock: socket.socket) -> None:
        with sock:
            while (message := _read_message(sock)) is not None:
                _, body, _ = _read_tlv(message, 0)
                _, number, at = _read_tlv(body, 0)
                message_id = int.from_bytes(number, "big")
                op, content, _ = _read_tlv(body, at)
                if op == 0x60:  # bindRequest: version, name, authentication
                    _, _, at = _read_tlv(content, 0)
                    _, name, _ = _read_tlv(content, at)
                    self.binds.append(name.decode("utf-8", "replace"))
                    reply = [_success(0x61)]
                elif op == 0x63:  # searchRequest: base, scope, deref, limits, types, filter
                    at = 0
                    for _ in range(6):
                        _, _, at = _read_tlv(content, at)
                    self.searches.append(_read_tlv(content, at)[1])
                    entry = _tlv(0x64, _tlv(0x04, b"uid=anyone,dc=fake") + _tlv(0x30, b""))
                    reply = [entry, _success(0x65)]
                elif op == 0x42:  # unbindRequest
                    return
                else:  # nothing else is needed: refuse it
                    reply = [_tlv(0x78, _tlv(0x0A, b"\x02") + _tlv(0x04, b"")
                                  + _tlv(0x04, b""))]
                for op_reply in reply:
                    sock.sendall(_tlv(0x30, _integer(message_id) + op_reply))
