"""A loopback proxy in front of PostgreSQL that cuts the connection at a COMMIT.

It reads the client's protocol messages (plain TCP: give the URL `sslmode=disable` and
`gssencmode=disable`) and at the first simple-query `COMMIT` it acts as `mode` says:

- ``before``: closes both sides without sending the COMMIT — the write cannot have landed;
- ``after``: sends the COMMIT, waits for the server's whole answer (up to ReadyForQuery) and
  closes both sides instead of passing it on — the write landed, the client never hears.

With `refuse_after_cut` the proxy then accepts no more connections, so a client reconnecting
through it cannot find out what happened. With `hold_server` (``before`` only) the server's
side stays open, as after a network cut the server has not noticed: its session lives on,
idle in its transaction and holding its locks. `cuts` counts what it did.
"""

from __future__ import annotations

import socket
import struct
import threading
from dataclasses import dataclass, field

HOST = "127.0.0.1"
COMMIT = b"Q" + struct.pack("!i", 4 + len(b"COMMIT\x00")) + b"COMMIT\x00"
READY = b"Z\x00\x00\x00\x05"  # ReadyForQuery's type and length; its status byte follows


@dataclass
class CommitCutProxy:
    """Forward 127.0.0.1:`port` to a PostgreSQL server, cutting at the first COMMIT."""

    target: tuple[str, int]
    mode: str = "after"
    refuse_after_cut: bool = False
    hold_server: bool = False
    port: int = 0
    cuts: int = 0
    armed: bool = True
    _listener: socket.socket | None = field(default=None, repr=False)
    _sockets: list[socket.socket] = field(default_factory=list, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def __post_init__(self):
        if self.mode not in ("before", "after"):
            raise ValueError(f"unknown mode {self.mode}")

    def start(self) -> CommitCutProxy:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((HOST, 0))
        listener.listen(16)
        self._listener = listener
        self.port = listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True, name="commit-proxy").start()
        return self

    def url(self, database: str, role: str = "ldapwizard") -> str:
        return (f"postgresql://{role}@{HOST}:{self.port}/{database}"
                "?sslmode=disable&gssencmode=disable")

    def stop(self) -> None:
        with self._lock:
            sockets = [self._listener, *self._sockets]
            self._sockets.clear()
        for sock in sockets:
            if sock is not None:
                _close(sock)

    def __enter__(self) -> CommitCutProxy:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(self.target, timeout=10)
            upstream.settimeout(None)
            with self._lock:
                self._sockets += [client, upstream]
            state = {"commit_sent": False}
            threading.Thread(target=self._from_client, args=(client, upstream, state),
                             daemon=True).start()
            threading.Thread(target=self._from_server, args=(upstream, client, state),
                             daemon=True).start()

    def _cut(self, *sockets: socket.socket) -> None:
        self.cuts += 1
        self.armed = False
        if self.refuse_after_cut:
            _close(self._listener)
        for sock in sockets:
            _close(sock)

    def _from_client(self, client: socket.socket, upstream: socket.socket, state) -> None:
        buffer, started = b"", False
        while True:
            data = _recv(client)
            if not data:
                _close(upstream)
                return
            buffer += data
            out = b""
            while True:  # whole messages only: the first (startup) has no type byte
                if not started:
                    if len(buffer) < 4:
                        break
                    size = struct.unpack("!i", buffer[:4])[0]
                else:
                    if len(buffer) < 5:
                        break
                    size = 1 + struct.unpack("!i", buffer[1:5])[0]
                if len(buffer) < size:
                    break
                message, buffer = buffer[:size], buffer[size:]
                started = True
                if message == COMMIT and self.armed:
                    if self.mode == "before":
                        self._cut(client, *(() if self.hold_server else (upstream,)))
                        return
                    state["commit_sent"] = True
                out += message
            if out and not _send(upstream, out):
                _close(client)
                return

    def _from_server(self, upstream: socket.socket, client: socket.socket, state) -> None:
        held = b""
        while True:
            data = _recv(upstream)
            if not data:
                if not self.hold_server:
                    _close(client)
                return
            if state["commit_sent"] and self.armed:
                held += data  # the COMMIT's answer: kept from the client
                if READY in held:
                    self._cut(client, upstream)
                    return
                continue
            if not _send(client, data):
                _close(upstream)
                return


def _recv(sock: socket.socket) -> bytes:
    try:
        return sock.recv(65536)
    except OSError:
        return b""


def _send(sock: socket.socket, data: bytes) -> bool:
    try:
        sock.sendall(data)
        return True
    except OSError:
        return False


def _close(sock: socket.socket | None) -> None:
    if sock is None:
        return
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    try:
        sock.close()
    except OSError:
        pass
