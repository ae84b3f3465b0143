"""Preview, import and undo from a real OpenLDAP into a real SQLite file, as an admin runs them."""

from __future__ import annotations

import csv
import hashlib
import os
import re
import signal
import sqlite3
import subprocess
import sys

import pytest

from ldapwizard.cli import run
from tests.servers import seed
from tests.servers.seed import READER_PASSWORD
from tests.servers.slapd_access import connection_args

pytestmark = pytest.mark.slapd


@pytest.fixture
def password_env(monkeypatch):
    monkeypatch.setenv("LDAPWIZARD_PASSWORD", READER_PASSWORD)


def dump(path) -> list[str]:
    with sqlite3.connect(path) as db:
        return list(db.iterdump())


def sha256(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_existing_accounts_in_any_case_hide_entries_with_reasons(slapd_server, slapd_seed,
                                                                 password_env, tmp_path,
                                                                 capsys):
    db = str(tmp_path / "users.sqlite")
    somebody, other, third = sorted(u for u in slapd_seed.bind_users
                                    if u not in slapd_seed.no_mail_uids)[:3]
    assert run(["db", "add-user", "--db", db, f"{somebody.upper()}@EXAMPLE.com"]) == 0
    assert run(["db", "add-alias", "--db", db, f"{other.title()}@example.com",
                "postmaster@example.org"]) == 0
    assert run(["db", "add-list", "--db", db, f"{third.upper()}@example.com"]) == 0
    capsys.readouterr()
    assert run(["preview", *connection_args(slapd_server), "--domain", "example.com", "--db",
                db, "--show-hidden"]) == 0
    out = capsys.readouterr().out
    assert f"user {somebody.upper()}@example.com exists" in out
    assert f"alias {other.title()}@example.com exists" in out
    assert f"mailing list {third.upper()}@example.com exists" in out
    assert "3 hidden because they already exist" in out
    assert f"the listing was complete ({slapd_seed.total_users} entries)." in out
    assert out.splitlines()[-1].startswith("Plan ")


def test_import_then_again_then_undo(slapd_server, slapd_seed, password_env, tmp_path, capsys):
    db = tmp_path / "users.sqlite"
    assert run(["db", "add-user", "--db", str(db), "postmaster@example.com"]) == 0
    before = dump(db)
    capsys.readouterr()
    args = ["import", *connection_args(slapd_server), "--domain", "example.com", "--db",
            str(db), "--all", "--report", str(tmp_path / "report.csv")]
    assert run(args) == 0
    last = capsys.readouterr().out.splitlines()[-1]
    assert last.startswith("Batch 1: ") and " 0 failed" in last
    created = int(last.split(": ")[1].split()[0])
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM users WHERE auth = 'directory' AND "
                            "password_hash IS NULL").fetchone()[0] == created > 500
        assert conn.execute("SELECT count(*) FROM aliases").fetchone()[0] > 0
    with (tmp_path / "report.csv").open(encoding="utf-8-sig", newline="") as f:
        statuses = [row["status"] for row in csv.DictReader(f)]
    assert statuses.count("created") == created
    assert run(args) == 0
    assert "Nothing to import; no batch was created." in capsys.readouterr().out
    assert run(["undo", "1", "--db", str(db)]) == 0
    assert f"removed {created} users" in capsys.readouterr().out
    # but the batches and the mailbox paths it issued, never issued again (issue 25), and the
    # job's name the batches are shown under (issue 27)
    kept = ('INTO "batches"', 'INTO "mailboxes_issued"', 'INTO "jobs"')
    assert [line for line in dump(db) if not any(k in line for k in kept)] == [
        line for line in before if not any(k in line for k in kept)]


def test_import_expect_plan_imports_the_previewed_plan_or_nothing(
        slapd_server, password_env, tmp_path, capsys):
    """preview prints the plan's short id; import --all --expect-plan ID imports exactly it;
    once the database changed (here: that import), the same ID stops with exit 4, the new
    numbers said, and nothing written."""
    db = tmp_path / "users.sqlite"
    common = [*connection_args(slapd_server), "--domain", "example.com", "--db", str(db)]
    assert run(["preview", *common]) == 0
    plan_line = capsys.readouterr().out.splitlines()[-1]
    plan_id = plan_line.split()[1].rstrip(":")
    users, aliases = (int(n) for n in re.findall(r"create (\d+) users, (\d+) aliases",
                                                 plan_line)[0])
    assert run(["import", *common, "--all", "--expect-plan", plan_id]) == 0
    last = capsys.readouterr().out.splitlines()[-1]
    assert last.startswith(f"Batch 1: {users} created ({users} users, {aliases} aliases and "
                           "0 mailing lists), 0 skipped, 0 failed")
    before = dump(db)
    assert run(["import", *common, "--all", "--expect-plan", plan_id]) == 4
    captured = capsys.readouterr()
    assert "would now create nothing" in captured.err and "Nothing was imported" in captured.err
    assert dump(db) == before
    assert run(["import", *common, "--all", "--expect-plan", "latest"]) == 2
    assert "is not a plan id" in capsys.readouterr().err


def test_edited_preview_csv_selects_what_is_imported(slapd_server, password_env, tmp_path,
                                                     capsys):
    db, preview = tmp_path / "users.sqlite", tmp_path / "preview.csv"
    common = [*connection_args(slapd_server), "--domain", "example.com", "--db", str(db)]
    assert run(["preview", *common, "--csv", str(preview), "--delimiter", ";"]) == 0
    with preview.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    new = [r for r in rows if r["status"] == "new"]
    for row in rows:
        row["selected"] = "x" if row in new[:5] else ""
    with preview.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]), delimiter=";")
        writer.writeheader()
        writer.writerows(rows)
    capsys.readouterr()
    assert run(["import", *common, "--select", str(preview)]) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("Batch 1: 5 created")


def test_an_incomplete_listing_writes_nothing_not_even_a_file(make_slapd, password_env,
                                                              tmp_path, capsys):
    server = make_slapd(total_limit=600)
    db = tmp_path / "users.sqlite"
    assert run(["import", *connection_args(server), "--domain", "example.com", "--db",
                str(db), "--all"]) == 1
    assert "incomplete" in capsys.readouterr().err
    assert not db.exists()


def test_kill_9_in_the_middle_of_writing_20k_users_leaves_the_file_unchanged(make_slapd,
                                                                             tmp_path):
    ldif = tmp_path / "20k.ldif"
    seed.write_ldif(ldif, users=20_000)
    server = make_slapd(ldif=ldif, max_page_size="unlimited")
    db = tmp_path / "users.sqlite"
    assert run(["db", "add-user", "--db", str(db), "postmaster@example.com"]) == 0
    assert not (tmp_path / "users.sqlite-wal").exists()
    checksum, before = sha256(db), dump(db)
    env = {**os.environ, "LDAPWIZARD_PASSWORD": READER_PASSWORD, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "ldapwizard", "import", *connection_args(server),
         "--page-size", "1000", "--domain", "example.com", "--db", str(db), "--all"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    writing = None
    for line in process.stderr:
        if line.startswith("Importing: "):
            writing = line
            break
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert writing is not None, "the import never started writing"
    done, total = map(int, writing.split()[1].rstrip("…").split("/"))
    assert 0 < done < total
    assert sha256(db) == checksum
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert dump(db) == before
