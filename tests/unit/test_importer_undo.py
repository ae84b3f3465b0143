"""Import lands whole or not at all; undo removes exactly what a batch created."""

from __future__ import annotations

import csv
from dataclasses import replace

import pytest

from ldapwizard.core.errors import BadInput, Cancelled
from ldapwizard.core.maildb import accounts
from ldapwizard.core.maildb.importer import CREATED, SKIPPED, run_import
from ldapwizard.core.maildb.planner import NEW, PlanOptions, make_plan
from ldapwizard.core.maildb.reports import read_selection, write_preview, write_report
from ldapwizard.core.maildb.undo import UndoRefused, undo_batch
from tests.servers.userdb import rows_dump
from tests.unit.records import person


def plan_for(database, users):
    return make_plan(users, PlanOptions(domain="example.com"),
                     database.snapshot("example.com"))


def snapshot(database):
    return rows_dump(database)


def new_entries(plan):
    return [e for e in plan.entries if e.status == NEW]


USERS = [person("amy", aliases=["a.m@example.com"]), person("ben"), person("cat")]


def test_import_creates_directory_users_without_passwords_and_a_batch(database):
    plan = plan_for(database, USERS)
    report = run_import(database, plan, new_entries(plan), profile="corp")
    assert report.counts == {"created": 3, "skipped": 0, "failed": 0}
    rows = database.connection.execute(
        "SELECT local_part, auth, password_hash, stable_id, directory_dn, profile, batch_id "
        "FROM users ORDER BY local_part").fetchall()
    assert rows[0] == ("amy", "directory", None, "id-amy", "uid=amy,ou=people,dc=example,dc=com",
                       "corp", report.batch_id)
    alias = database.connection.execute(
        "SELECT a.local_part, t.target FROM aliases a JOIN alias_targets t ON t.alias_id = a.id"
    ).fetchall()
    assert alias == [("a.m", "amy@example.com")]
    batch = database.connection.execute(
        "SELECT kind, domain, profile, created FROM batches WHERE id = ?",
        (report.batch_id,)).fetchone()
    assert batch == ("import", "example.com", "corp", 3)


def test_importing_the_same_selection_twice_creates_nothing_the_second_time(database):
    plan = plan_for(database, USERS)
    run_import(database, plan, new_entries(plan))
    again = plan_for(database, USERS)
    report = run_import(database, again, again.entries)
    assert report.counts == {"created": 0, "skipped": 3, "failed": 0}
    assert all("already imported" in line.reason for line in report.lines)


def test_an_address_taken_after_planning_skips_only_that_entry(database):
    plan = plan_for(database, USERS)
    with database.transaction() as db:
        accounts.add_alias(db, accounts.ensure_domain(db, "example.com"), "BEN", ["x@y.org"])
    report = run_import(database, plan, new_entries(plan))
    status = {line.username: (line.status, line.reason) for line in report.lines}
    assert status["ben"] == (SKIPPED, "alias BEN@example.com exists now")
    assert status["amy"][0] == status["cat"][0] == CREATED


def test_dry_run_and_cancel_leave_the_database_exactly_as_it_was(database):
    before = snapshot(database)
    plan = plan_for(database, [person(f"u{i}") for i in range(600)])
    report = run_import(database, plan, plan.entries, dry_run=True)
    assert report.count(CREATED) == 600 and report.batch_id is None
    assert snapshot(database) == before
    with pytest.raises(Cancelled, match="nothing was imported"):
        run_import(database, plan, plan.entries, should_cancel=lambda: True)
    assert snapshot(database) == before


@pytest.mark.parametrize("aliases", [False, True], ids=["in runs", "one by one"])
def test_a_failure_mid_import_rolls_everything_back(database, monkeypatch, aliases):
    before = snapshot(database)
    users = [person(f"u{i}", aliases=[f"a{i}@example.com"] if aliases else ())
             for i in range(450)]
    plan = plan_for(database, users)
    written = []

    def exploding(real):
        def write(db, domain_id, user, batch_id=None):
            written.extend(user if isinstance(user, list) else [user])
            if len(written) > 300:  # after several runs or entries were written
                raise OSError("disk went away")
            return real(db, domain_id, user, batch_id)
        return write

    monkeypatch.setattr(accounts, "add_user", exploding(accounts.add_user))
    monkeypatch.setattr(accounts, "add_users", exploding(accounts.add_users))
    with pytest.raises(OSError):
        run_import(database, plan, plan.entries)
    assert len(written) > 300
    assert snapshot(database) == before


def test_an_address_taken_since_the_plan_skips_that_entry_and_the_rest_of_its_run_lands(
        database):
    plan = plan_for(database, [person(f"u{i}") for i in range(10)])
    with database.transaction() as db:  # someone else, after the preview
        accounts.add_alias(db, accounts.ensure_domain(db, "example.com"), "U4",
                           ["boss@example.com"])
    report = run_import(database, plan, plan.entries)
    assert report.counts == {"created": 9, "skipped": 1, "failed": 0}
    assert [line.status for line in report.lines][3:6] == ["created", "skipped", "created"]
    assert report.lines[4].reason == "alias U4@example.com exists now"


def test_undo_restores_the_previous_state(database):
    with database.transaction() as db:
        accounts.add_user(db, accounts.ensure_domain(db, "example.com"),
                          accounts.NewUser("boss", "boss"))
    before = snapshot(database)
    plan = plan_for(database, USERS)
    batch = run_import(database, plan, new_entries(plan)).batch_id
    report = undo_batch(database, batch)
    assert (report.users, report.aliases) == (3, 1)
    # but the batches and the mailbox paths it issued, kept for ever (issue 25)
    kept = ("batches:", "mailboxes_issued:")
    after = [line for line in snapshot(database) if not line.startswith(kept)]
    assert after == [line for line in before if not line.startswith(kept)]
    issued = database.connection.execute(
        "SELECT mailbox FROM mailboxes_issued WHERE removed_at IS NOT NULL "
        "ORDER BY mailbox").fetchall()
    assert issued == [("example.com/amy/",), ("example.com/ben/",), ("example.com/cat/",)]


def test_undo_of_a_batch_that_created_the_domain_removes_the_domain(database):
    plan = plan_for(database, USERS)
    batch = run_import(database, plan, new_entries(plan)).batch_id
    assert undo_batch(database, batch).domain_removed == "example.com"
    assert database.domain_id("example.com") is None


def test_undo_refuses_changed_or_referenced_rows_unless_forced(database):
    plan = plan_for(database, USERS)
    batch = run_import(database, plan, new_entries(plan)).batch_id
    with database.transaction() as db:
        db.execute("UPDATE users SET display_name = 'Amy W.' WHERE local_part = 'amy'")
        domain = database.domain_id("example.com")
        accounts.add_alias(db, domain, "helpdesk", ["ben@example.com"])
        accounts.add_list(db, domain, "team", "Team", ["CAT@example.com"])
    before = snapshot(database)
    with pytest.raises(UndoRefused) as caught:
        undo_batch(database, batch)
    assert snapshot(database) == before
    text = caught.value.detail
    assert "user amy@example.com was changed since the import" in text
    assert "alias helpdesk@example.com (not from this batch) forwards to ben@example.com" in text
    assert "mailing list team@example.com (not from this batch) has member CAT@example.com" in \
        text
    report = undo_batch(database, batch, force=True)
    assert report.users == 3 and len(report.forced) == 3
    db = database.connection
    assert db.execute("SELECT count(*) FROM aliases WHERE local_part = 'helpdesk'"
                      ).fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM list_members").fetchone()[0] == 0
    assert db.execute("SELECT local_part FROM lists").fetchall() == [("team",)]


def test_preview_csv_neutralises_hostile_values_and_reads_back_a_selection(database, tmp_path):
    hostile = [replace(person("eve"), display_name="=cmd|' /C calc'!A0"),
               replace(person("mal"), display_name="@SUM(1)"), person("ok")]
    plan = plan_for(database, hostile)
    path = tmp_path / "preview.csv"
    write_preview(path, plan, delimiter=";")
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = {r["username"]: r for r in csv.DictReader(f, delimiter=";")}
    assert rows["eve"]["display_name"] == "'=cmd|' /C calc'!A0"
    assert rows["mal"]["display_name"] == "'@SUM(1)"
    # the admin unticks eve in Excel and saves
    text = path.read_text(encoding="utf-8-sig").replace("yes;new;;eve", "no;new;;eve")
    path.write_text(text, encoding="utf-8-sig")
    ids, dns = read_selection(path)
    assert set(ids) == {"id-mal", "id-ok"} and not dns
    report = run_import(database, plan, [e for e in plan.entries if e.user.stable_id in ids])
    write_report(tmp_path / "report.csv", report)
    assert "'@SUM(1)" in (tmp_path / "report.csv").read_text(encoding="utf-8-sig")


def test_a_selection_row_with_a_value_too_many_is_bad_input_naming_its_line(database,
                                                                             tmp_path):
    plan = plan_for(database, USERS)
    path = tmp_path / "preview.csv"
    write_preview(path, plan)
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    lines[2] += ",stray"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    with pytest.raises(BadInput, match=r"line 3: the row has more values than the header"):
        read_selection(path)


def test_selected_rows_that_match_no_entry_say_which_line_and_why(database, tmp_path):
    users = [person("amy"), replace(person("lech"), dn="uid=Łukasz,ou=people,dc=example,dc=com",
                                    stable_id=None)]
    plan = plan_for(database, users)
    path = tmp_path / "preview.csv"
    path.write_bytes(
        "selected,stable_id,dn\r\n"
        "yes,id-gone,\"uid=gone,dc=example,dc=com\"\r\n"
        "yes,,\"uid=?ukasz,ou=people,dc=example,dc=com\"\r\n"  # a Windows-1252 save of Ł
        "yes,,\"uid=moved,dc=example,dc=com\"\r\n".encode("cp1252"))
    chosen, notes = read_selection(path).pick(plan)
    assert chosen == []
    assert notes[0].startswith("line 2: stable id id-gone matched no entry of this listing")
    assert notes[1].startswith("line 3: the DN uid=?ukasz,ou=people,dc=example,dc=com "
                               "matched no entry as written: the file was saved in an "
                               "encoding that cannot hold some of its characters (the listed "
                               "entry is uid=Łukasz,")
    assert "CSV UTF-8" in notes[1]
    assert notes[2].startswith("line 4: the DN uid=moved,dc=example,dc=com matched no entry "
                               "of this listing (renamed, moved or deleted since the preview)")


def test_the_preview_csv_shows_hidden_and_problem_rows_names_as_the_table_does(database,
                                                                              tmp_path):
    with database.transaction() as db:
        accounts.add_user(db, accounts.ensure_domain(db, "example.com"),
                          accounts.NewUser("amy", "amy"))
    plan = plan_for(database, [person("amy"), person("out", email="out@elsewhere.org")])
    path = tmp_path / "preview.csv"
    write_preview(path, plan)
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = {r["dn"].split(",")[0]: r for r in csv.DictReader(f)}
    assert (rows["uid=amy"]["status"], rows["uid=amy"]["username"],
            rows["uid=amy"]["address"]) == ("hidden", "amy", "amy@example.com")
    assert (rows["uid=out"]["status"], rows["uid=out"]["username"],
            rows["uid=out"]["address"]) == ("problem", "out", "out@elsewhere.org")


def test_report_lines_of_created_runs_read_as_lines_made_at_once(sqlite_database):
    """ReportLines keeps a created run as its entries; reading it gives the same lines, in
    order, by index and by iteration, mixed with skipped ones."""
    with sqlite_database.transaction() as db:
        domain = accounts.ensure_domain(db, "example.com")
        accounts.add_user(db, domain, accounts.NewUser("u3", "u3"))
    plan = plan_for(sqlite_database, [person(f"u{i}", aliases=[f"x{i}@example.com"])
                                      for i in range(6)])
    assert [e.status for e in plan.entries].count(NEW) == 5  # u3 exists: a run each side
    report = run_import(sqlite_database, plan, plan.entries)
    lines = list(report.lines)
    assert [line.status for line in lines] == [CREATED] * 3 + [SKIPPED] + [CREATED] * 2
    assert len(report.lines) == 6 and report.lines[-1] == lines[5]
    assert [report.lines[i] for i in range(6)] == lines == report.lines[:]
    assert lines[0].reason == "directory-authenticated user; aliases x0@example.com"
    assert lines[0].address == "u0@example.com" and lines[5].username == "u5"
    with pytest.raises(IndexError):
        report.lines[6]
