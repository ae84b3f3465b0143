"""Imports against PostgreSQL where another writer gets there first (issue 29): two imports of
the same users at once — the loser exits non-zero, says who has them, and records no empty
batch; and a read-only server (a standby) is refused before the directory is listed."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest

from ldapwizard.cli import run
from ldapwizard.core.errors import ExitCode
from ldapwizard.core.maildb import pg

pytestmark = pytest.mark.postgresql
ROOT = Path(__file__).resolve().parents[2]
DOMAIN = "demo.example"


def wait_for_waiting_writers(url: str, count: int, processes) -> None:
    """Until `count` ldapwizard sessions wait for a lock (the writers' lock held by the
    test); a process that ends first fails the test with its output."""
    deadline = time.monotonic() + 120
    with psycopg.connect(url, autocommit=True) as watcher:
        while watcher.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'ldapwizard' "
                "AND wait_event_type = 'Lock'").fetchone()[0] < count:
            for process in processes:
                assert process.poll() is None, process.communicate()
            assert time.monotonic() < deadline, "the imports never waited for the lock"
            time.sleep(0.02)  # polling another process's state, not waiting for time


def test_the_loser_of_two_simultaneous_imports_exits_non_zero_and_records_no_batch(
        pg_url, pg_cluster):
    assert run(["db", "init", "--db", pg_url]) == 0
    command = [sys.executable, "-m", "ldapwizard", "--demo", "import", "--all", "--domain",
               DOMAIN, "--db", pg_url]
    holder = psycopg.connect(pg_url)  # another writer: both imports plan, then queue
    holder.execute(pg.WRITER_LOCK_STATEMENT)
    try:
        processes = [subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE,
                                      stderr=subprocess.PIPE, text=True) for _ in range(2)]
        wait_for_waiting_writers(pg_url, 2, processes)
    finally:
        holder.close()
    finished = [(p.wait(timeout=120), *p.communicate()) for p in processes]
    codes = sorted(code for code, _, _ in finished)
    assert codes == [ExitCode.OK, ExitCode.CHANGED], finished
    with psycopg.connect(pg_url) as connection:
        batches = connection.execute("SELECT id, created FROM batches").fetchall()
    ((winner, created),) = batches  # no empty batch beside it
    assert created > 0
    (loser_err,) = [err for code, _, err in finished if code == ExitCode.CHANGED]
    assert (f"error: Another import created these users meanwhile: nothing was imported; "
            f"batch {winner} has them.") in loser_err
    assert "Traceback" not in loser_err


def test_import_refuses_a_standby_before_listing(make_pg_cluster, tmp_path, monkeypatch,
                                                 capsys):
    cluster = make_pg_cluster()
    url = cluster.create_database("standby")
    monkeypatch.setenv("PGPASSFILE", str(cluster.write_passfile(tmp_path / "pgpass")))
    assert run(["db", "init", "--db", url]) == 0
    cluster.restart_as_standby()
    capsys.readouterr()
    assert run(["--demo", "import", "--all", "--domain", DOMAIN, "--db", url]) \
        == ExitCode.BAD_INPUT
    err = capsys.readouterr().err
    assert "is a standby" in err
    assert "Listing:" not in err  # refused before the directory was read
