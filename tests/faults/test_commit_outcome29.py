"""A PostgreSQL connection cut at COMMIT (issue 29): the import or undo finds out whether it
landed and says which — landed (batch N and its counts), did not land (nothing was changed),
or, when it cannot reconnect, unknown with the run id to look for — never "nothing was
changed" for a write that landed.

The cut comes from a proxy that reads the protocol: before the COMMIT reaches the server, or
after the server answered it (the answer kept from the client)."""

from __future__ import annotations

import json
import re

import psycopg
import pytest

from ldapwizard.cli import run
from ldapwizard.core.errors import ExitCode
from tests.faults.pg_commit_proxy_outcome29 import CommitCutProxy

pytestmark = pytest.mark.postgresql
DOMAIN = "demo.example"


@pytest.fixture
def proxied(pg_url, pg_cluster, monkeypatch):
    """A user database with our schema, and a way to reach it through a commit-cutting
    proxy: make(mode, refuse_after_cut) -> (proxy, its URL)."""
    assert run(["db", "init", "--db", pg_url]) == 0
    monkeypatch.setenv("PGPASSWORD", pg_cluster.password("ldapwizard"))  # for the proxy's port
    name = pg_url.rsplit("/", 1)[1]
    proxies = []

    def make(mode: str, refuse_after_cut: bool = False):
        proxy = CommitCutProxy((pg_cluster.host, pg_cluster.port), mode=mode,
                               refuse_after_cut=refuse_after_cut).start()
        proxies.append(proxy)
        return proxy, proxy.url(name)

    yield make
    for proxy in proxies:
        proxy.stop()


def rows(url: str, sql: str, params=()) -> list[tuple]:
    with psycopg.connect(url) as connection:
        return connection.execute(sql, params).fetchall()


def import_through(url: str) -> int:
    return run(["--demo", "import", "--all", "--domain", DOMAIN, "--db", url])


def test_an_import_whose_commit_answer_is_lost_is_found_landed(proxied, pg_url, capsys,
                                                               caplog, ledger):
    proxy, url = proxied("after")
    assert import_through(url) == ExitCode.OK
    assert proxy.cuts == 1
    ledger.fault("postgresql: connection cut after COMMIT reached the server")
    out, err = capsys.readouterr()
    ((batch, created, options),) = rows(pg_url, "SELECT id, created, options FROM batches")
    assert created > 0
    assert (f"found that the import landed: batch {batch} ({created} created, 0 skipped, "
            "0 failed)") in caplog.text  # a warning: on stderr, in the window's log
    assert "nothing was changed" not in (out + err).lower()
    assert out.splitlines()[-1].startswith(f"Batch {batch}: ")
    assert re.fullmatch(r"[0-9a-f-]{36}", json.loads(options)["run_id"])


def test_an_import_cut_before_its_commit_reached_the_server_did_not_land(proxied, pg_url,
                                                                         capsys, ledger):
    proxy, url = proxied("before")
    assert import_through(url) == ExitCode.FAILED
    assert proxy.cuts == 1
    ledger.fault("postgresql: connection cut as COMMIT was sent, before the server had it")
    err = capsys.readouterr().err
    assert "found that the import did not land: nothing was changed" in err
    assert rows(pg_url, "SELECT count(*) FROM batches") == [(0,)]
    assert rows(pg_url, "SELECT count(*) FROM users") == [(0,)]


def test_an_import_that_cannot_reconnect_says_the_outcome_is_unknown_with_its_run_id(
        proxied, pg_url, capsys, ledger):
    proxy, url = proxied("after", refuse_after_cut=True)
    assert import_through(url) == ExitCode.UNKNOWN
    assert proxy.cuts == 1
    ledger.fault("postgresql: connection cut after COMMIT, no reconnection possible")
    err = capsys.readouterr().err
    (said,) = [line for line in err.splitlines() if line.startswith("error: ")]
    assert said.endswith("could not find out whether it landed: the outcome is unknown.")
    run_id = re.search(r"run id ([0-9a-f-]{36})", err).group(1)
    # it did land: the run id printed is the one to look for, and `db show` names it
    ((options,),) = rows(pg_url, "SELECT options FROM batches")
    assert json.loads(options)["run_id"] == run_id
    assert run(["db", "show", "--db", pg_url]) == 0
    assert f"run {run_id}" in capsys.readouterr().out


def test_an_undo_whose_commit_answer_is_lost_is_found_landed(proxied, pg_url, capsys,
                                                             caplog, ledger):
    assert import_through(pg_url) == ExitCode.OK
    ((batch,),) = rows(pg_url, "SELECT id FROM batches")
    capsys.readouterr()
    proxy, url = proxied("after")
    assert run(["undo", str(batch), "--db", url]) == ExitCode.OK
    assert proxy.cuts == 1
    ledger.fault("postgresql: connection cut after the undo's COMMIT reached the server")
    out = capsys.readouterr().out
    ((undone_at,),) = rows(pg_url, "SELECT undone_at FROM batches WHERE id = %s", (batch,))
    assert f"found that the undo of batch {batch} landed: batch {batch} was undone at " \
           f"{undone_at}" in caplog.text
    assert f"Batch {batch} undone" in out
    assert rows(pg_url, "SELECT count(*) FROM users") == [(0,)]


def test_an_undo_cut_before_its_commit_reached_the_server_did_not_land(proxied, pg_url,
                                                                      capsys, ledger):
    assert import_through(pg_url) == ExitCode.OK
    ((batch, created),) = rows(pg_url, "SELECT id, created FROM batches")
    capsys.readouterr()
    proxy, url = proxied("before")
    assert run(["undo", str(batch), "--db", url]) == ExitCode.FAILED
    assert proxy.cuts == 1
    ledger.fault("postgresql: connection cut as the undo's COMMIT was sent")
    err = capsys.readouterr().err
    assert f"the undo of batch {batch} did not land: nothing was changed" in err
    assert rows(pg_url, "SELECT undone_at FROM batches") == [(None,)]
    assert rows(pg_url, "SELECT count(*) FROM users") == [(created,)]
    assert run(["undo", str(batch), "--db", pg_url]) == ExitCode.OK  # and it can be run again


def test_an_undo_cut_while_the_server_keeps_its_session_ends_that_session_and_did_not_land(
        proxied, pg_url, capsys, ledger):
    assert import_through(pg_url) == ExitCode.OK
    ((batch,),) = rows(pg_url, "SELECT id FROM batches")
    proxy, url = proxied("before")
    proxy.hold_server = True  # a network cut: the server's session waits on, holding the lock
    capsys.readouterr()
    assert run(["undo", str(batch), "--db", url]) == ExitCode.FAILED
    assert proxy.cuts == 1
    ledger.fault("postgresql: network cut before the undo's COMMIT, server session left open")
    assert f"the undo of batch {batch} did not land: nothing was changed" in \
        capsys.readouterr().err
    # that session was ended: its lock does not stall the next writer
    assert rows(pg_url, "SELECT count(*) FROM pg_stat_activity WHERE datname = "
                "current_database() AND state = 'idle in transaction'") == [(0,)]
    assert run(["undo", str(batch), "--db", pg_url]) == ExitCode.OK
