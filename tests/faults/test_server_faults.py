"""Directory servers that fail the way real ones do: refused, silent, killed, cut, stalled, capped.

Every fault must end in an error that names the step where it happened, within the configured
timeouts; `ldapwizard import` and `ldapwizard sync --remove-missing` must leave the user
database exactly as it was (nothing imported, synced, disabled or removed).
"""

from __future__ import annotations

import logging
import re
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from ldapwizard.cli import run
from ldapwizard.core.directory.listing import list_users
from ldapwizard.core.directory.presets import get_preset
from ldapwizard.core.directory.settings import SearchSettings
from ldapwizard.core.errors import DirectoryError
from ldapwizard.core.maildb.database import UserDatabase
from ldapwizard.core.maildb.planner import PlanOptions
from ldapwizard.core.maildb.sync import run_sync
from tests.faults.dumps import canonical_dump
from tests.faults.limits import PAGE, TIMEOUT, cli_args
from tests.faults.proxy import closed_port
from tests.servers import seed
from tests.servers.seed import READER_PASSWORD
from tests.servers.slapd_access import slapd_settings

pytestmark = pytest.mark.slapd

MARGIN = 20  # generous: a hang is minutes, a slow machine is seconds
BASELINE_USERS = 300  # the database already holds the first 300 entries, synced as "lab"


@dataclass(frozen=True)
class Fault:
    """How to break the path to the server, and what the error must say."""

    security: str
    step: str
    words: str
    mode: str | None = None  # a FaultProxy mode; None: no proxy
    after_pdus: int | None = None
    after_bytes: int | None = None


FAULTS = {
    "refused": Fault("starttls", "connect", "refused the connection"),
    "silent-host-starttls": Fault("starttls", "tls", "did not answer the StartTLS request",
                                  "blackhole"),
    "silent-host-plain": Fault("none", "bind", "did not answer the sign-in", "blackhole"),
    "tls-handshake-stall": Fault("ldaps", "tls", "TLS handshake", "blackhole"),
    "dropped-mid-page": Fault("none", "search", "was lost after", "cut", after_pdus=PAGE + 40),
    "stalled-mid-page": Fault("none", "search", "stopped answering", "stall",
                              after_pdus=PAGE + 40),
    "dropped-mid-page-tls": Fault("starttls", "search", "was lost after", "cut",
                                  after_bytes=40_000),
    "dropped-during-bind": Fault("none", "bind", "lost during sign-in", "cut", after_pdus=0),
}


@pytest.fixture(scope="module")
def baseline_db(slapd_server, slapd_seed, tmp_path_factory) -> Path:
    """A user database where profile "lab" synced the first BASELINE_USERS entries."""
    people = SearchSettings(base_dn=slapd_seed.base_dn, preset=get_preset("openldap"),
                            page_size=PAGE)
    listing = list_users(slapd_settings(slapd_server), READER_PASSWORD, people)
    path = tmp_path_factory.mktemp("baseline") / "users.sqlite"
    with UserDatabase.open(path, write=True, create=True) as database:
        run_sync(database, listing.users[:BASELINE_USERS],
                 PlanOptions(domain=seed.MAIL_DOMAIN), profile="lab")
        database.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture
def db(baseline_db, tmp_path) -> Path:
    """This test's copy of the baseline database."""
    path = tmp_path / "users.sqlite"
    shutil.copy(baseline_db, path)
    return path


@pytest.fixture
def lab_profile(slapd_server, monkeypatch):
    """A saved profile "lab" for the session slapd; the password in the environment."""
    monkeypatch.setenv("LDAPWIZARD_PASSWORD", READER_PASSWORD)
    assert run(["profile", "save", "lab", *cli_args(slapd_server, slapd_server.ldap_port,
                                                   "starttls")]) == 0


def faulted_port(fault: Fault, server, make_proxy) -> int:
    target = server.ldaps_port if fault.security == "ldaps" else server.ldap_port
    if fault.mode is None:
        return closed_port()
    return make_proxy((server.host, target), fault.mode, after_pdus=fault.after_pdus,
                      after_bytes=fault.after_bytes).port


def timed(function):
    started = time.monotonic()
    result = function()
    return result, time.monotonic() - started


def assert_fails_cleanly(db: Path, server, port: int, security: str, words: str, capsys,
                         ledger, kind: str) -> None:
    """import and sync --remove-missing through `port`: exit 1/3, `words`, nothing changed."""
    before = canonical_dump(db)
    args = cli_args(server, port, security)
    code, took = timed(lambda: run(["import", *args, "--domain", seed.MAIL_DOMAIN,
                                    "--db", str(db), "--all"]))
    ledger.fault(f"server: {kind}")
    err = capsys.readouterr().err
    assert code == 1, err
    assert words in err and "What to do:" in err, err
    assert "Traceback" not in err and READER_PASSWORD not in err
    assert took < 2 * TIMEOUT + MARGIN
    assert canonical_dump(db) == before

    code, took = timed(lambda: run(["sync", "--profile", "lab", *args, "--domain",
                                    seed.MAIL_DOMAIN, "--db", str(db), "--remove-missing"]))
    ledger.fault(f"server: {kind}")
    out = capsys.readouterr().out
    assert code == 3, out
    assert words in out and "Nothing was imported, changed or removed." in out, out
    assert took < 2 * TIMEOUT + MARGIN
    assert canonical_dump(db) == before


@pytest.mark.parametrize("name", list(FAULTS))
def test_a_broken_path_to_the_server_names_the_step_and_changes_nothing(
        name, slapd_server, people, db, lab_profile, make_proxy, capsys, ledger):
    fault = FAULTS[name]
    port = faulted_port(fault, slapd_server, make_proxy)
    settings = slapd_settings(slapd_server, port=port, security=fault.security,
                              connect_timeout=TIMEOUT, receive_timeout=TIMEOUT)
    started = time.monotonic()
    with pytest.raises(DirectoryError) as caught:
        list_users(settings, READER_PASSWORD, people)
    ledger.fault(f"server: {name}")
    assert time.monotonic() - started < 2 * TIMEOUT + MARGIN
    assert caught.value.step == fault.step, caught.value.message
    assert fault.words in caught.value.message
    assert caught.value.hint
    assert_fails_cleanly(db, slapd_server, port, fault.security, fault.words, capsys, ledger,
                         name)


def test_a_server_killed_between_pages_ends_the_listing_and_changes_nothing(
        make_slapd, people, db, lab_profile, capsys, ledger, monkeypatch):
    server = make_slapd()

    def kill_after_first_page(count, pages):
        if pages == 1:
            server.kill()

    settings = slapd_settings(server, connect_timeout=TIMEOUT, receive_timeout=TIMEOUT)
    with pytest.raises(DirectoryError) as caught:
        list_users(settings, READER_PASSWORD, people, on_progress=kill_after_first_page)
    ledger.fault("server: killed between pages")
    assert caught.value.step == "search"
    # the second page is asked for before the first is handed out, so it may have been on
    # its way when the server died: either way the listing is an error, counted honestly
    assert re.search(rf"lost after ({PAGE}|{2 * PAGE}) entries; the listing is incomplete",
                     caught.value.message), caught.value.message

    # the command line: killed as the first page arrives (import prints it, sync logs it)
    from ldapwizard.cli import import_cmds

    server.restart()
    real_progress = import_cmds._progress

    def progress(text):
        real_progress(text)
        if text.startswith("Listing:"):
            server.kill()

    monkeypatch.setattr(import_cmds, "_progress", progress)

    class KillOnFirstPage(logging.Handler):
        def emit(self, record):
            if record.getMessage().startswith("listing: "):
                server.kill()

    handler = KillOnFirstPage()
    logging.getLogger("ldapwizard.sync").addHandler(handler)
    try:
        before = canonical_dump(db)
        args = cli_args(server, server.ldap_port, "starttls")
        assert run(["import", *args, "--domain", seed.MAIL_DOMAIN, "--db", str(db),
                    "--all"]) == 1
        ledger.fault("server: killed between pages")
        assert "the listing is incomplete" in capsys.readouterr().err
        assert canonical_dump(db) == before
        server.restart()
        assert run(["sync", "--profile", "lab", *args, "--domain", seed.MAIL_DOMAIN,
                    "--db", str(db), "--remove-missing"]) == 3
        ledger.fault("server: killed between pages")
        assert "Nothing was imported, changed or removed." in capsys.readouterr().out
        assert canonical_dump(db) == before
    finally:
        logging.getLogger("ldapwizard.sync").removeHandler(handler)


def test_a_size_limit_without_paging_is_an_incomplete_listing(make_slapd, people, db,
                                                               lab_profile, capsys, ledger):
    server = make_slapd(total_limit=BASELINE_USERS + 150)
    settings = slapd_settings(server, connect_timeout=TIMEOUT, receive_timeout=TIMEOUT)
    with pytest.raises(DirectoryError) as caught:
        list_users(settings, READER_PASSWORD, people)
    ledger.fault("server: size limit")
    assert caught.value.step == "search"
    assert "size limit" in caught.value.message
    assert_fails_cleanly(db, server, server.ldap_port, "starttls", "size limit", capsys,
                         ledger, "size limit")


@pytest.mark.parametrize("security", ["ldaps", "starttls"])
def test_a_handshake_whose_socket_never_times_out_is_cut_off(security, slapd_server, people,
                                                             make_proxy, monkeypatch, ledger):
    """Under load a handshake with a silent server once waited past its timeout for minutes;
    the watchdog ends it even when the socket's own timeouts do not fire at all."""
    import socket as socket_module

    blocking = socket_module.socket.settimeout
    real_setsockopt = socket_module.socket.setsockopt
    monkeypatch.setattr(socket_module.socket, "settimeout",
                        lambda sock, value: blocking(sock, None))
    monkeypatch.setattr(socket_module.socket, "setsockopt", lambda sock, level, option, value:
                        None if option == socket_module.SO_RCVTIMEO else
                        real_setsockopt(sock, level, option, value))
    if security == "ldaps":
        silent = make_proxy((slapd_server.host, slapd_server.ldaps_port), "blackhole")
    else:  # the StartTLS request is answered, then the handshake meets silence
        silent = make_proxy((slapd_server.host, slapd_server.ldap_port), "stall",
                            after_pdus=1)
    settings = slapd_settings(slapd_server, port=silent.port, security=security,
                              connect_timeout=TIMEOUT, receive_timeout=TIMEOUT)
    started = time.monotonic()
    with pytest.raises(DirectoryError) as caught:
        list_users(settings, READER_PASSWORD, people)
    ledger.fault(f"server: handshake that never times out ({security})")
    assert caught.value.step == "tls", caught.value.message
    assert f"did not finish within {TIMEOUT} s" in caught.value.message
    assert time.monotonic() - started < TIMEOUT + MARGIN


def test_a_failing_unbind_never_replaces_the_error_being_reported(slapd_server, people,
                                                                  make_proxy, monkeypatch,
                                                                  ledger):
    """A stalled listing once reached the wizard as 'failed unexpectedly: AttributeError':
    closing the broken connection must not replace the listing's own error."""
    import ldap3

    def broken_unbind(connection, controls=None):
        raise AttributeError("'NoneType' object has no attribute 'sendall'")

    monkeypatch.setattr(ldap3.Connection, "unbind", broken_unbind)
    stalled = make_proxy((slapd_server.host, slapd_server.ldap_port), "stall",
                         after_pdus=PAGE + 40)
    settings = slapd_settings(slapd_server, port=stalled.port, security="none",
                              connect_timeout=TIMEOUT, receive_timeout=TIMEOUT)
    with pytest.raises(DirectoryError) as caught:
        list_users(settings, READER_PASSWORD, people)
    ledger.fault("server: stalled mid-page, then a failing unbind")
    assert "stopped answering" in caught.value.message
