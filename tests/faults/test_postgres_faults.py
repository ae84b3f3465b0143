"""Faults of a PostgreSQL user database: the server gone in the middle of an import, and a
writer that holds the lock too long. Each ends in a clear message, exit 1, no traceback, and
no password anywhere."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest

from ldapwizard.cli import run
from tests.servers import seed
from tests.servers.seed import READER_PASSWORD
from tests.servers.slapd_access import connection_args

pytestmark = [pytest.mark.postgresql, pytest.mark.slapd]
ROOT = Path(__file__).resolve().parents[2]


def import_command(server, url: str) -> list[str]:
    return [sys.executable, "-m", "ldapwizard", "import", *connection_args(server),
            "--domain", seed.MAIL_DOMAIN, "--db", url, "--all"]


def wait_until_blocked(url: str, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + 60
    with psycopg.connect(url, autocommit=True) as watcher:
        while not watcher.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'ldapwizard' "
                "AND wait_event_type = 'Lock'").fetchone()[0]:
            assert process.poll() is None, process.communicate()
            assert time.monotonic() < deadline, "the import never waited"
            time.sleep(0.02)


def test_the_server_gone_in_the_middle_of_an_import_is_a_message(
        make_pg_cluster, slapd_server, tmp_path, ledger, monkeypatch):
    cluster = make_pg_cluster()
    url = cluster.create_database("gone")
    monkeypatch.setenv("PGPASSFILE", str(cluster.write_passfile(tmp_path / "pgpass")))
    env = {**os.environ, "LDAPWIZARD_PASSWORD": READER_PASSWORD}
    assert subprocess.run([sys.executable, "-m", "ldapwizard", "db", "add-user", "--db", url,
                           f"boss@{seed.MAIL_DOMAIN}"], env=env, cwd=ROOT).returncode == 0
    process = subprocess.Popen(import_command(slapd_server, url), env=env, cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    blocker = psycopg.connect(url)  # the import waits for it inside its transaction
    blocker.execute("LOCK TABLE users IN SHARE MODE")
    try:
        wait_until_blocked(url, process)
        cluster.kill()
        ledger.fault("postgresql: server killed during an import")
        out, err = process.communicate(timeout=60)
    finally:
        blocker.close()
    assert process.returncode == 1, out + err
    assert "\nerror: The connection to" in err and "Traceback" not in err
    assert cluster.password("ldapwizard") not in out + err


def test_a_writer_holding_the_lock_too_long_is_busy_not_a_hang(pg_url, pg_cluster, slapd_server,
                                                               ledger, capsys, monkeypatch):
    from ldapwizard.core.maildb import pg

    monkeypatch.setenv("LDAPWIZARD_PASSWORD", READER_PASSWORD)
    assert run(["db", "init", "--db", pg_url]) == 0
    with psycopg.connect(pg_url) as other:  # another workstation's import, mid-transaction
        other.execute(pg.WRITER_LOCK_STATEMENT)
        ledger.fault("postgresql: writers' lock held by another workstation")
        started = time.monotonic()
        assert run(["db", "add-user", "--db", pg_url, "amy@example.com"]) == 1
        waited = time.monotonic() - started
    err = capsys.readouterr().err
    assert "busy with another import or sync" in err and "Nothing was changed" in err
    assert waited < 30  # the lock wait ends (5 s), never a hang


@pytest.mark.parametrize("cut", ["after", "before"])
def test_a_sync_whose_commit_goes_unanswered_says_whether_it_landed(
        cut, pg_url, pg_cluster, slapd_server, monkeypatch, capsys, caplog, ledger):
    from tests.faults.pg_commit_proxy_outcome29 import CommitCutProxy

    monkeypatch.setenv("LDAPWIZARD_PASSWORD", READER_PASSWORD)
    assert run(["db", "init", "--db", pg_url]) == 0
    monkeypatch.setenv("PGPASSWORD", pg_cluster.password("ldapwizard"))  # the proxy's port
    with CommitCutProxy((pg_cluster.host, pg_cluster.port), mode=cut) as proxy:
        url = proxy.url(pg_url.rsplit("/", 1)[1])
        assert run(["profile", "save", "cut", *connection_args(slapd_server), "--domain",
                    seed.MAIL_DOMAIN, "--db", url]) == 0
        capsys.readouterr()
        code = run(["sync", "--profile", "cut"])
        assert proxy.cuts == 1
    ledger.fault(f"postgresql: connection cut {cut} the sync's COMMIT reached the server")
    with psycopg.connect(pg_url) as connection:
        batches = connection.execute("SELECT id, kind, created FROM batches").fetchall()
    if cut == "after":
        assert code == 0
        ((batch, kind, created),) = batches
        assert kind == "sync" and created > 0
        assert (f"found that the sync landed: batch {batch} ({created} created, 0 updated, "
                "0 disabled, 0 removed, 0 skipped, 0 failed)") in caplog.text
    else:
        assert code == 1 and batches == []
        assert "found that the sync did not land: nothing was changed" in capsys.readouterr().err
