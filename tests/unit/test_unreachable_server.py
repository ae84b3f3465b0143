"""The engine when no directory server answers: a port nothing listens on, a listener that
never says a word, a host name that does not resolve. No server is started."""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import replace

import pytest

from ldapwizard.core.directory.diagnose import diagnose
from ldapwizard.core.directory.listing import list_users
from ldapwizard.core.directory.settings import ConnectionSettings, SearchSettings
from ldapwizard.core.errors import DirectoryError
from tests.servers.seed import READER_PASSWORD


def test_refused_port_fails_at_the_connect_step(unused_port):
    settings = slapd_settings_for_port(unused_port)
    result = diagnose(settings, READER_PASSWORD)
    assert [s.key for s in result.steps] == ["resolve", "connect"]
    assert "refused" in result.failure.message


def test_a_server_that_accepts_and_never_answers_times_out(silent_server):
    settings = replace(slapd_settings_for_port(silent_server), receive_timeout=1)
    started = time.monotonic()
    with pytest.raises(DirectoryError) as caught:
        list_users(settings, READER_PASSWORD, any_search())
    assert caught.value.step in ("tls", "connect", "bind", "search")
    assert "within" in caught.value.message or "answering" in caught.value.message
    assert time.monotonic() - started < 30  # bounded by the timeouts, not a hang


def test_unresolvable_host_fails_at_name_resolution():
    settings = replace(slapd_settings_for_port(389), host="no-such-host.invalid")
    result = diagnose(settings, READER_PASSWORD)
    assert result.failure.key == "resolve"
    assert "could not be resolved" in result.failure.message


def slapd_settings_for_port(port):
    """StartTLS to `port` on loopback as the test slapd's reader, with short timeouts."""
    return ConnectionSettings(host="127.0.0.1", port=port, security="starttls", verify="off",
                              bind_user="cn=reader,dc=example,dc=com", connect_timeout=2,
                              receive_timeout=2)


@pytest.fixture
def unused_port():
    """A loopback port nothing listens on."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def silent_server():
    """A TCP listener that accepts connections and never says a word."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    accepted = []
    stop = threading.Event()

    def accept():
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                accepted.append(listener.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield listener.getsockname()[1]
    stop.set()
    thread.join()
    for conn in accepted:
        conn.close()
    listener.close()


def any_search() -> SearchSettings:
    """A search of the seed's base DN, which no server here gets to answer."""
    return SearchSettings(base_dn="dc=example,dc=com")
