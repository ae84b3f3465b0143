"""The sync operations (core/operations/syncing.py) against a real slapd: preview and sync of a
saved job record list afresh; a confirmed plan runs or, when the directory changed since, writes
nothing; the command line's --dry-run plan id and --expect-plan are the same check; the job
record's policy is what `sync --profile` runs."""

from __future__ import annotations

import sqlite3

import pytest

from ldapwizard.cli import run
from ldapwizard.core.errors import Cancelled, ExitCode, PlanChanged
from ldapwizard.core.job.profiles import ProfileStore
from ldapwizard.core.operations import syncing
from tests.servers import seed
from tests.servers.directory_edits import add_person, delete_people
from tests.servers.seed import READER_PASSWORD
from tests.servers.slapd_access import connection_args

pytestmark = pytest.mark.slapd


@pytest.fixture
def lab(make_slapd, monkeypatch, tmp_path):
    """A writable slapd, a job record for it that imported once, and its database."""
    server = make_slapd()
    monkeypatch.setenv("LDAPWIZARD_PASSWORD", READER_PASSWORD)
    db = tmp_path / "users.sqlite"
    assert run(["profile", "save", "lab", *connection_args(server), "--domain",
                seed.MAIL_DOMAIN, "--db", str(db)]) == 0
    assert run(["sync", "--profile", "lab"]) == 0
    return server, db


def batch_rows(db) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT id, kind, created, options FROM batches").fetchall()


def local_parts(db) -> set[str]:
    with sqlite3.connect(db) as conn:
        return {row[0] for row in conn.execute("SELECT local_part FROM users")}


def test_preview_then_sync_of_the_same_plan_runs_it(lab):
    server, db = lab
    job = ProfileStore().load("lab")
    add_person(server, "newcomer")
    shown = syncing.preview(job, READER_PASSWORD)
    assert shown.identity.counts.users == 1 and shown.report.batch_id is None
    assert "newcomer" not in local_parts(db)
    done = syncing.sync(job, READER_PASSWORD, expected=shown.identity)
    assert done.identity.same_actions(shown.identity)
    assert "newcomer" in local_parts(db) and done.report.batch_id is not None


def test_a_directory_changed_after_the_preview_stops_the_confirmed_sync(lab):
    server, db = lab
    job = ProfileStore().load("lab")
    add_person(server, "newcomer")
    shown = syncing.preview(job, READER_PASSWORD)
    add_person(server, "latecomer")  # after the question was shown
    before = batch_rows(db)
    with pytest.raises(PlanChanged) as raised:
        syncing.sync(job, READER_PASSWORD, expected=shown.identity)
    assert raised.value.exit_code == ExitCode.CHANGED
    assert raised.value.now.counts.users == 2
    assert batch_rows(db) == before and "newcomer" not in local_parts(db)


def test_the_command_lines_dry_run_plan_id_and_expect_plan(lab, capsys):
    server, db = lab
    add_person(server, "newcomer")
    capsys.readouterr()
    assert run(["sync", "--profile", "lab", "--dry-run"]) == ExitCode.OK
    printed = capsys.readouterr().out
    plan_id = printed.split("Plan ", 1)[1][:12]
    assert f"--expect-plan {plan_id}" in printed
    assert plan_id == syncing.preview(ProfileStore().load("lab"), READER_PASSWORD).plan_id
    delete_people(server, [f"uid=newcomer,{seed.PEOPLE_DN}"])
    add_person(server, "latecomer")
    before = batch_rows(db)
    assert run(["sync", "--profile", "lab", "--expect-plan", plan_id]) == ExitCode.CHANGED
    out = capsys.readouterr().out
    assert "Not run:" in out and "It would now: 1 created" in out
    assert batch_rows(db) == before
    assert run(["sync", "--profile", "lab", "--dry-run"]) == ExitCode.OK
    again = capsys.readouterr().out.split("Plan ", 1)[1][:12]
    assert run(["sync", "--profile", "lab", "--expect-plan", again]) == ExitCode.OK
    assert "latecomer" in local_parts(db)
    assert run(["sync", "--profile", "lab"]) == ExitCode.OK  # nothing left to do
    assert "Nothing to do" in capsys.readouterr().out
    assert len(batch_rows(db)) == len(before) + 1


def test_the_job_records_policy_is_what_sync_runs_and_flags_override_it_once(lab, capsys):
    server, db = lab
    for uid in ("leaver1", "leaver2"):
        add_person(server, uid)
    assert run(["sync", "--profile", "lab"]) == 0
    assert run(["profile", "save", "lab", "--remove-missing", "--max-removals", "1"]) == 0
    capsys.readouterr()
    assert run(["profile", "show", "lab"]) == 0
    assert "disabled, then removed on a later run; at most 1 a run" in capsys.readouterr().out
    delete_people(server, [f"uid=leaver{n},{seed.PEOPLE_DN}" for n in (1, 2)])
    before = batch_rows(db)
    assert run(["sync", "--profile", "lab"]) == ExitCode.STOPPED  # 2 leavers, at most 1
    assert "raise --max-removals" in capsys.readouterr().out
    assert batch_rows(db) == before  # stopped and nothing else: no batch
    assert run(["sync", "--profile", "lab", "--max-removals", "2"]) == ExitCode.OK
    assert "2 disabled" in capsys.readouterr().out
    assert ProfileStore().load("lab").max_removals == "1"  # the override was for one run
    assert run(["sync", "--profile", "lab", "--no-remove-missing"]) == ExitCode.OK
    assert "Nothing to do" in capsys.readouterr().out


def test_a_cancelled_sync_writes_nothing(lab):
    server, db = lab
    add_person(server, "newcomer")
    before = batch_rows(db)
    asked = []

    def cancel_late() -> bool:  # the listing runs whole; the sync is cancelled last
        asked.append(1)
        return len(asked) > 3

    with pytest.raises(Cancelled):
        syncing.sync(ProfileStore().load("lab"), READER_PASSWORD, should_cancel=cancel_late)
    assert batch_rows(db) == before and "newcomer" not in local_parts(db)
