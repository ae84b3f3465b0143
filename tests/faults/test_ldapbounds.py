"""Issue 29: every read from a hostile or broken LDAP server is bounded in size, count and
time. Each attack is played by a fake server on loopback (ldapbounds_server.py) against
`list`, `preview` and `sync --profile`, each run in a child process whose address space is
limited to 1 GiB and whose peak memory is measured: the run stops with exit status 3 and a
message naming the bound and how to raise it, writes nothing, frees its lock, and never
shows a traceback.
"""

from __future__ import annotations

import os
import re
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from ldapwizard.core.job.locks import sync_lock
from ldapwizard.core.maildb.location import locate
from tests.faults.ldapbounds_server import BASE_DN, HostileLdap

ROOT = Path(__file__).resolve().parents[2]
MEMORY = 1 << 30  # the child's address space: a run that buffers the attack dies here
PEAK = 320 << 10  # KiB of resident memory a bounded run stays under (Python, ldap3, a page;
# a sync measured 215 MiB on a loaded machine), half of what the unbounded run took (610 MB)
STOPPED = 3
# the command line in a child that reports its peak resident memory when it ends
RUNNER = """
import resource, sys
from ldapwizard.__main__ import main
try:
    code = main(sys.argv[1:])
finally:
    sys.stderr.write(f"peak-rss-kib {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}\\n")
sys.exit(code)
"""


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def run(*args: str, timeout: float = 120) -> tuple[int, str, int]:
    """(exit status, stdout and stderr, peak resident KiB) of one command-line run."""
    env = {**os.environ, "LDAPWIZARD_PASSWORD": "any password will do"}
    done = subprocess.run([sys.executable, "-c", RUNNER, *args], capture_output=True,
                          text=True, cwd=ROOT, env=env, timeout=timeout,
                          preexec_fn=_limit_memory)
    output = done.stdout + done.stderr
    peak = re.search(r"peak-rss-kib (\d+)", done.stderr)
    return done.returncode, output, int(peak.group(1)) if peak else 0


def connection(server: HostileLdap, *extra: str) -> list[str]:
    """The options that reach the fake server as a plain-LDAP OpenLDAP."""
    return ["--server-type", "openldap", "--host", "127.0.0.1", "--port", str(server.port),
            "--security", "none", "--bind-user", "cn=reader,dc=example,dc=com",
            "--binding", BASE_DN, "--page-size", "1000", "--timeout", "5",
            "--receive-timeout", "5", *extra]


@pytest.fixture
def hostile():
    """Start hostile servers for the test; all stopped after it."""
    started: list[HostileLdap] = []

    def start(attack: str, **options) -> HostileLdap:
        server = HostileLdap(attack, **options).start()
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


def play(hostile, tmp_path: Path, attack: str, *extra: str, timeout: float = 120, **options):
    """Run list (with --csv), preview and sync --profile against a fresh server playing
    `attack`; yield (command, exit status, output, peak KiB, server) and check after each
    that nothing was written and the sync lock is free."""
    db = tmp_path / "mail.sqlite"
    csv = tmp_path / "users.csv"
    for command in ("list", "preview", "sync"):
        server = hostile(attack, **options)
        if command == "list":
            args = ["list", *connection(server, *extra), "--csv", str(csv)]
        elif command == "preview":
            args = ["preview", *connection(server, *extra), "--domain", "example.com",
                    "--db", str(db)]
        else:
            name = f"job-{attack}"
            status, output, _ = run("profile", "save", name, *connection(server, *extra),
                                    "--domain", "example.com", "--db", str(db))
            assert status == 0, output
            args = ["sync", "--profile", name]
        status, output, peak = run(*args, timeout=timeout)
        yield command, status, output, peak, server
        assert "Traceback" not in output, output
        assert not db.exists() and not csv.exists(), f"{command} wrote a file"
        if command == "sync":
            with sync_lock(f"job-{attack}", locate(str(db))):
                pass  # free: taken at once


def test_a_value_claiming_3_gib_is_refused_by_its_length_before_it_is_buffered(
        hostile, tmp_path, ledger):
    for command, status, output, peak, server in play(hostile, tmp_path, "huge-value"):
        ledger.hostile("ldap: value claiming 3 GiB")
        assert status == STOPPED, output
        assert "announced an LDAP message of 3.0 GiB, more than the 16 MiB one message may " \
            "have (--max-message-size), and was not read further" in output, output
        assert "the listing stopped after 0 entries" in output
        assert "--max-message-size 4G" in output  # how to raise it
        assert peak < PEAK, f"{command}: {peak} KiB resident"
        assert server.sent < 64 << 20  # it read the header and hung up


def test_a_value_past_its_bound_stops_the_run_and_raising_the_bound_lets_it_through(
        hostile, tmp_path, ledger):
    for _, status, output, _, _ in play(hostile, tmp_path, "big-value"):
        ledger.hostile("ldap: a 2 MiB value")
        assert status == STOPPED, output
        assert "sent a value of 2 MiB, more than the 1 MiB one value may have " \
            "(--max-value-size); the listing stopped after 0 entries" in output, output
        assert "--max-value-size 2M" in output
    # 18 MiB: the message bound (16 MiB) follows the value bound raised alone
    server = hostile("big-value", value_size=18 << 20)
    status, output, _ = run("list", *connection(server, "--max-value-size", "32M"))
    assert status == 0, output
    assert "1 entry listed below dc=example,dc=com in 1 page" in output


def test_a_page_of_300000_entries_for_1000_asked_stops_the_run(hostile, tmp_path, ledger):
    for command, status, output, peak, _ in play(hostile, tmp_path, "big-page"):
        ledger.hostile("ldap: 300,000 entries on a page of 1000")
        assert status == STOPPED, output
        assert "sent more than the 1000 entries asked for on one page (--page-size 1000)" \
            in output, output
        assert "ignores paged results" in output
        assert peak < PEAK, f"{command}: {peak} KiB resident"


@pytest.mark.parametrize("attack", ["same-page", "same-cookie"])
def test_a_page_or_cookie_sent_again_for_ever_is_an_error_not_an_endless_listing(
        hostile, tmp_path, ledger, attack):
    # 389 DS sends the cookie "0" on every page of a search: a cookie repeated with new
    # entries is a listing going on, not a loop
    server = hostile("slot-cookie")
    status, output, _ = run("list", *connection(server, "--page-size", "2"))
    assert status == 0, output
    assert "6 entries listed below dc=example,dc=com in 3 pages" in output
    for _, status, output, _, server in play(hostile, tmp_path, attack, timeout=60):
        ledger.hostile(f"ldap: {attack} for ever")
        assert status == STOPPED, output
        again = "a page of entries" if attack == "same-page" else "a paging cookie"
        assert f"sent {again} it had sent before, with nothing new: the listing would never " \
            "end; the listing stopped after 2 entries" in output, output
        assert server.pages == 2


def test_a_server_dripping_a_byte_at_a_time_stops_at_the_listing_deadline(
        hostile, tmp_path, ledger):
    # each byte comes well within the receive timeout (5 s): only the deadline ends it; the
    # sync takes it from its saved profile
    for _, status, output, _, server in play(hostile, tmp_path, "drip",
                                             "--listing-deadline", "2", timeout=60):
        ledger.hostile("ldap: a byte every 0.2 s")
        assert status == STOPPED, output
        assert "did not finish within 2 s (--listing-deadline)" in output, output
        assert "--listing-deadline 2h" in output
        assert server.sent < 100  # of its 170 bytes


@pytest.mark.parametrize("attack", ["nested-bind", "wrong-tag-bind", "truncated-bind"])
def test_a_malformed_reply_is_a_clear_error_never_a_traceback(hostile, ledger, attack):
    server = hostile(attack)
    status, output, _ = run("list", *connection(server))
    ledger.hostile(f"ldap: {attack}")
    assert status == 1, output
    assert "Traceback" not in output and "RecursionError" not in output, output
    assert f"error: 127.0.0.1:{server.port} sent a reply that is not valid LDAP." in output


def test_the_windows_listing_process_keeps_the_same_bounds(hostile, tmp_path, ledger):
    from ldapwizard.core.directory.listing import open_directory
    from ldapwizard.core.directory.presets import get_preset
    from ldapwizard.core.directory.settings import ConnectionSettings, SearchSettings
    from ldapwizard.core.errors import LdapWizardError
    from ldapwizard.core.job.listing_process import list_and_plan
    from ldapwizard.core.maildb.planner import PlanOptions

    server = hostile("big-page")
    settings = ConnectionSettings(host="127.0.0.1", port=server.port, security="none",
                                  bind_user="cn=reader,dc=example,dc=com")
    search = SearchSettings(base_dn=BASE_DN, preset=get_preset("openldap"), page_size=1000)
    pages = []
    ledger.hostile("ldap: 300,000 entries on a page, in the window's listing")
    with pytest.raises(LdapWizardError) as raised:
        list_and_plan(open_directory, settings, "secret", search,
                      PlanOptions(domain="example.com"), tmp_path / "mail.sqlite",
                      on_page=lambda count, entries: pages.append(count))
    error = raised.value
    assert type(error).__name__ == "ReadLimitExceeded"
    assert (error.limit, error.fetched, error.exit_code) == ("page-size", 0, STOPPED)
    assert "more than the 1000 entries asked for on one page" in error.message
    assert pages == [] and not (tmp_path / "mail.sqlite").exists()


def test_the_window_shows_why_its_listing_stopped_and_writes_nothing(
        hostile, real_wizard, qtbot, ledger):
    from ldapwizard.core.job.profiles import Profile

    server = hostile("big-page")
    session = real_wizard.session
    session.profile = Profile(server_type="openldap", host="127.0.0.1", port=server.port,
                              security="none", bind_user="cn=reader,dc=example,dc=com",
                              binding=BASE_DN, page_size=1000, domain="example.com")
    session.password = "any password will do"
    users = real_wizard.pages[2]
    ledger.hostile("ldap: 300,000 entries on a page, in the window")
    users.list_users()
    qtbot.waitUntil(lambda: "asked for on one page" in users.message_label.text(),
                    timeout=60_000)
    text = users.message_label.text()
    assert "sent more than the 1000 entries asked for on one page (--page-size 1000); the " \
        "listing stopped after 0 entries and is incomplete." in text, text
    assert not users.isComplete() and users.model.total_count() == 0
    assert users.list_button.isEnabled()
    assert not session.database_path.exists()


def test_a_syncs_connections_share_one_deadline_from_its_start(hostile, ledger):
    # a sync lists, then reads again the imported users the listing lacks, on a second
    # connection: the deadline bounds both together, not each afresh
    from ldapwizard.core.directory import bounds
    from ldapwizard.core.directory.connection import close_quietly, open_connection
    from ldapwizard.core.directory.settings import ConnectionSettings

    server = hostile("slot-cookie")
    settings = ConnectionSettings(host="127.0.0.1", port=server.port, security="none",
                                  bind_user="cn=reader,dc=example,dc=com")
    ledger.hostile("ldap: a sync's reads on two connections")
    with bounds.run_deadline(60):
        first, second = (open_connection(settings, "secret") for _ in range(2))
    alone = open_connection(settings, "secret")
    try:
        shared = first.strategy.ldapwizard_guard.deadline
        assert second.strategy.ldapwizard_guard.deadline is shared
        assert shared.seconds == 60
        assert alone.strategy.ldapwizard_guard.deadline.seconds == 3600  # the default
    finally:
        for connection in (first, second, alone):
            close_quietly(connection)
