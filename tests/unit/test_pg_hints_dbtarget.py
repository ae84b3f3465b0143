"""The words for a PostgreSQL server that could not be reached fit the cause: a server without
TLS is not said to have a certificate that could not be verified (a loopback socket plays a
server that answers libpq's SSLRequest with "no")."""

from __future__ import annotations

import socket
import threading

import pytest

from ldapwizard.core.errors import DatabaseError
from ldapwizard.core.maildb import pgdb
from ldapwizard.core.maildb.location import locate


def _refuse_tls(listener: socket.socket) -> None:
    connection, _ = listener.accept()
    with connection:
        while len(connection.recv(8)) == 8:  # SSLRequest (or GSSENCRequest): 8 bytes
            connection.sendall(b"N")


def test_a_server_without_tls_is_said_to_have_none():
    with socket.create_server(("127.0.0.1", 0)) as listener:
        server = threading.Thread(target=_refuse_tls, args=(listener,), daemon=True)
        server.start()
        port = listener.getsockname()[1]
        target = locate(f"postgresql://mail@127.0.0.1:{port}/m?sslmode=require")
        with pytest.raises(DatabaseError) as caught:
            pgdb.connect(target)
        server.join()
    assert "does not offer TLS" in caught.value.hint
    assert "certificate" not in caught.value.hint.split("(")[0]
    assert "could not be verified" not in caught.value.hint
