"""A loopback TCP proxy in front of a test server that misbehaves on purpose.

Modes, applied to every connection it accepts:

- ``pass``: forward both ways unchanged;
- ``blackhole``: accept the TCP connection and never answer (nor reach the server);
- ``cut``: forward the server's first ``after_bytes`` bytes (or its first ``after_pdus`` LDAP
  messages and half of the next), then close both sides — a connection dropped mid-reply;
- ``stall``: the same, but keep both sides open and send nothing more — a server that hangs.

Counting LDAP messages (BER SEQUENCEs) needs plain LDAP; with TLS only bytes can be counted.
"""

from __future__ import annotations

import socket
import threading
from dataclasses import dataclass, field

HOST = "127.0.0.1"
MODES = ("pass", "blackhole", "cut", "stall")


def ber_length(buffer: bytes) -> int | None:
    """Length of the first complete BER element in `buffer`, or None while it is incomplete."""
    if len(buffer) < 2:
        return None
    first = buffer[1]
    if first < 0x80:
        header, body = 2, first
    else:
        count = first & 0x7F
        if len(buffer) < 2 + count:
            return None
        header, body = 2 + count, int.from_bytes(buffer[2:2 + count], "big")
    return header + body


@dataclass
class FaultProxy:
    """Forward 127.0.0.1:`port` to `target`, misbehaving as `mode` says."""

    target: tuple[str, int]
    mode: str = "pass"
    after_bytes: int | None = None
    after_pdus: int | None = None
    port: int = 0
    connections: int = 0
    faults: int = 0
    _listener: socket.socket | None = field(default=None, repr=False)
    _sockets: list[socket.socket] = field(default_factory=list, repr=False)
    _stopped: threading.Event = field(default_factory=threading.Event, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def __post_init__(self):
        if self.mode not in MODES:
            raise ValueError(f"unknown proxy mode {self.mode}")

    def start(self) -> FaultProxy:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((HOST, 0))
        listener.listen(16)
        self._listener = listener
        self.port = listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True, name="fault-proxy").start()
        return self

    def stop(self) -> None:
        self._stopped.set()
        with self._lock:
            sockets = [self._listener, *self._sockets]
            self._sockets.clear()
        for sock in sockets:
            if sock is not None:
                _close(sock)

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def _keep(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)

    def _accept(self) -> None:
        while not self._stopped.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            self.connections += 1
            self._keep(client)
            if self.mode == "blackhole":
                self.faults += 1
                continue  # held open, never read, never answered
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                _close(client)
                continue
            upstream.settimeout(None)
            self._keep(upstream)
            threading.Thread(target=self._pump, args=(client, upstream, None), daemon=True).start()
            limit = None if self.mode == "pass" else (self.after_bytes, self.after_pdus)
            threading.Thread(target=self._pump, args=(upstream, client, limit),
                             daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket, limit) -> None:
        sent = 0
        pending = b""  # server bytes not yet forwarded while counting messages
        pdus = 0
        while True:
            try:
                data = source.recv(65536)
            except OSError:
                data = b""
            if not data:
                _close(sink)
                return
            if limit is None:
                try:
                    sink.sendall(data)
                except OSError:
                    _close(source)
                    return
                continue
            after_bytes, after_pdus = limit
            if after_pdus is not None:
                pending += data
                allowed = 0
                while pdus < after_pdus:
                    size = ber_length(pending[allowed:])
                    if size is None or allowed + size > len(pending):
                        break
                    allowed += size
                    pdus += 1
                if pdus < after_pdus:
                    chunk, pending = pending[:allowed], pending[allowed:]
                    if not self._send(sink, chunk):
                        return
                    continue
                size = ber_length(pending[allowed:]) or 2
                if len(pending) - allowed < size // 2 + 1:
                    self._send(sink, pending[:allowed])
                    pending = pending[allowed:]
                    continue  # wait until half of the next message is here
                self._send(sink, pending[:allowed + size // 2])
            else:
                room = after_bytes - sent
                if len(data) < room:
                    sent += len(data)
                    if not self._send(sink, data):
                        return
                    continue
                self._send(sink, data[:room])
            self.faults += 1
            if self.mode == "cut":
                _close(sink)
                _close(source)
            return  # stall: both sides stay open, nothing more is forwarded

    @staticmethod
    def _send(sink: socket.socket, data: bytes) -> bool:
        try:
            if data:
                sink.sendall(data)
            return True
        except OSError:
            return False


def _close(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    try:
        sock.close()
    except OSError:
        pass


def closed_port() -> int:
    """A loopback port nothing listens on (bound and released)."""
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]
