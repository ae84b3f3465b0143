"""Reports that tell the truth against slapd (issue 28, item 5): a sync says every user it
updated, disabled, removed or left as it is — those a rule or group leaves out as left out,
naming the rule or group, never as gone from the directory — and every mailing list, each
with its reason, in the same words on the terminal, in the report CSV and in the log; an
import names the members that cannot be imported."""

from __future__ import annotations

import csv

import ldap3
import pytest

from ldapwizard.cli import run
from ldapwizard.core.job import paths
from tests.servers import seed
from tests.servers.directory_edits import add_person, admin
from tests.servers.seed import READER_PASSWORD
from tests.servers.slapd_access import connection_args

pytestmark = pytest.mark.slapd
GROUPS_DN = f"ou=listgroups,{seed.BASE_DN}"
DOMAIN = seed.MAIL_DOMAIN


def person(uid: str) -> str:
    return f"uid={uid},{seed.PEOPLE_DN}"


def add_group(connection, cn: str, uids: list[str], mail: str | None = None) -> None:
    classes, attributes = ["groupOfNames"], {"cn": cn, "member": [person(u) for u in uids]}
    if mail:
        classes.append("extensibleObject")
        attributes["mail"] = mail
    assert connection.add(f"cn={cn},{GROUPS_DN}", classes, attributes), connection.result


@pytest.fixture
def lab(make_slapd, monkeypatch, tmp_path):
    """ann, bob, eve, kim and tom are `Mail Users` and imported, with the lists Staff (ann,
    bob) and Sales (bob, eve); the job `lab` leaves out whoever has the description `gone`.
    Then in the directory: ann is renamed, eve leaves Mail Users, kim gets the description
    `gone`, tom is deleted (still named in Mail Users), Sales is deleted."""
    server = make_slapd()
    for uid in ("ann", "bob", "eve", "kim", "tom"):
        add_person(server, uid)
    connection = admin(server)
    assert connection.add(GROUPS_DN, ["organizationalUnit"], {"ou": "listgroups"})
    add_group(connection, "Mail Users", ["ann", "bob", "eve", "kim", "tom"])
    add_group(connection, "Staff", ["ann", "bob"], mail=f"staff@{DOMAIN}")
    add_group(connection, "Sales", ["bob", "eve"], mail=f"sales@{DOMAIN}")
    connection.unbind()
    monkeypatch.setenv("LDAPWIZARD_PASSWORD", READER_PASSWORD)
    db = tmp_path / "users.sqlite"
    assert run(["profile", "save", "lab", *connection_args(server), "--domain", DOMAIN,
                "--db", str(db), "--member-of", "Mail Users", "--groups-as-lists",
                "--exclude", "description is gone"]) == 0
    assert run(["import", "--profile", "lab", "--all"]) == 0
    connection = admin(server)
    mail_users = f"cn=Mail Users,{GROUPS_DN}"
    assert connection.modify(mail_users, {"member": [(ldap3.MODIFY_DELETE, [person("eve")])]})
    assert connection.modify(person("kim"), {"description": [(ldap3.MODIFY_ADD, ["gone"])]})
    assert connection.modify(person("ann"),
                             {"displayName": [(ldap3.MODIFY_REPLACE, ["Ann Renamed"])]})
    assert connection.delete(person("tom")), connection.result
    assert connection.delete(f"cn=Sales,{GROUPS_DN}"), connection.result
    connection.unbind()
    return server, db


def report_rows(path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as file:
        return list(csv.DictReader(file))


def said(rows: list[dict[str, str]]) -> list[str]:
    """The report CSV's rows as the terminal says each line."""
    words = {"reenabled": "re-enabled"}
    return [f"note: {row['reason']}" if row["status"] == "note" else
            f"{words.get(row['status'], row['status'])}: {row['address']}: {row['reason']}"
            for row in rows]


def last_log() -> str:
    (log,) = sorted(paths.log_dir().glob("sync-lab-*.log"))[-1:]
    return log.read_text(encoding="utf-8")


def test_a_sync_without_remove_missing_names_everyone_it_left_as_they_are(lab, tmp_path,
                                                                          capsys):
    capsys.readouterr()
    report = tmp_path / "report.csv"
    assert run(["sync", "--profile", "lab", "--report", str(report)]) == 0
    out = capsys.readouterr().out
    rows = report_rows(report)
    by_address = {row["address"]: row for row in rows if row["address"]}
    assert {a: r["status"] for a, r in by_address.items()} == {
        f"ann@{DOMAIN}": "updated", f"eve@{DOMAIN}": "left", f"kim@{DOMAIN}": "left",
        f"tom@{DOMAIN}": "left", f"sales@{DOMAIN}": "list left"}
    # left out: named with the group or the rule, still in the directory, and what
    # --remove-missing would do; never taken for gone from the directory
    eve, kim = by_address[f"eve@{DOMAIN}"]["reason"], by_address[f"kim@{DOMAIN}"]["reason"]
    assert "left out by the choice of who to import (not a member of Mail Users)" in eve
    assert "left out by the choice of who to import (rule 1: description is gone)" in kim
    for reason in (eve, kim):
        assert "no longer in the directory" not in reason
        assert "with --remove-missing" in reason and "disabled while it is in the directory" \
            in reason
    # each user's line names its directory entry, as a created user's does
    for uid in ("ann", "eve", "kim", "tom"):
        row = by_address[f"{uid}@{DOMAIN}"]
        assert (row["username"], row["dn"]) == (uid, person(uid)) and row["stable_id"]
    assert by_address[f"ann@{DOMAIN}"]["display_name"] == "Ann Renamed"
    tom = by_address[f"tom@{DOMAIN}"]["reason"]
    assert tom.startswith("no longer in the directory listing") and "--remove-missing" in tom
    assert "display name 'Ann' is now 'Ann Renamed'" in by_address[f"ann@{DOMAIN}"]["reason"]
    assert "removing lists was not asked for" in by_address[f"sales@{DOMAIN}"]["reason"]
    # the member the listing cannot import is a note of the report too
    (note,) = [row["reason"] for row in rows if row["status"] == "note"]
    assert note.startswith(f"{person('tom')}, a member of \"Mail Users\", is not imported")
    # the terminal and the log say each line of the CSV, word for word
    for words in said(rows):
        assert words in out
        assert words in last_log()
    assert not [line for line in out.splitlines() if line.startswith("disabled")]
    assert "imported users are no longer in the directory" not in out
    assert "Sync batch 2: 0 created, 1 updated, 0 re-enabled, 0 disabled, 0 removed" in out


def test_a_sync_with_remove_missing_says_why_each_is_disabled_and_counts_lists_apart(
        lab, tmp_path, capsys):
    capsys.readouterr()
    report = tmp_path / "report.csv"
    assert run(["sync", "--profile", "lab", "--remove-missing", "--max-removals", "100%",
                "--report", str(report)]) == 0
    out = capsys.readouterr().out
    rows = report_rows(report)
    by_address = {row["address"]: row for row in rows if row["address"]}
    assert by_address[f"eve@{DOMAIN}"]["status"] == "disabled"
    assert by_address[f"kim@{DOMAIN}"]["status"] == "disabled"
    assert by_address[f"tom@{DOMAIN}"]["status"] == "disabled"
    assert "(not a member of Mail Users)" in by_address[f"eve@{DOMAIN}"]["reason"]
    assert "(rule 1: description is gone)" in by_address[f"kim@{DOMAIN}"]["reason"]
    assert f"disabled: eve@{DOMAIN}: left out by the choice of who to import" in out
    assert f"disabled: eve@{DOMAIN}: no longer in the directory" not in out
    assert f"disabled: kim@{DOMAIN}: no longer in the directory" not in out
    assert f"disabled: tom@{DOMAIN}: no longer in the directory listing" in out
    sales = by_address[f"sales@{DOMAIN}"]
    assert sales["status"] == "list removed"
    assert sales["members_removed"] == f"bob@{DOMAIN} eve@{DOMAIN}"
    for words in said(rows):
        assert words in out
    # the vanished list is counted among the lists, never among the users
    assert ("0 created, 1 updated, 0 re-enabled, 3 disabled, 0 removed, 0 skipped, 0 failed; "
            "mailing lists: 0 created, 0 changed, 1 removed.") in out
    assert "imported users are no longer in the directory" not in out
    # the next sync without --remove-missing: tom, disabled now, is said to be so
    assert run(["sync", "--profile", "lab"]) == 0
    assert (f"left: tom@{DOMAIN}: no longer in the directory listing; disabled already; left "
            "so, since removing accounts was not asked for") in capsys.readouterr().out


def test_import_names_the_members_that_cannot_be_imported(lab, tmp_path, capsys):
    capsys.readouterr()
    report, fresh = tmp_path / "import.csv", tmp_path / "fresh.sqlite"
    assert run(["import", "--profile", "lab", "--all", "--db", str(fresh),
                "--report", str(report)]) == 0
    out = capsys.readouterr().out
    words = f"note: {person('tom')}, a member of \"Mail Users\", is not imported: no such entry"
    assert words in out
    notes = [f"note: {row['reason']}" for row in report_rows(report) if row["status"] == "note"]
    assert any(note.startswith(words) and note in out for note in notes)


def test_the_report_csv_of_one_sync_holds_every_kind_of_line(make_slapd, monkeypatch,
                                                             tmp_path, capsys):
    server = make_slapd()
    uids = ("ann", "bob", "eve", "tom", "zoe", "kim")
    for uid in uids:
        add_person(server, uid)
    connection = admin(server)
    assert connection.add(GROUPS_DN, ["organizationalUnit"], {"ou": "listgroups"})
    add_group(connection, "Mail Users", list(uids))
    add_group(connection, "Staff", ["ann", "bob"], mail=f"staff@{DOMAIN}")
    add_group(connection, "Sales", ["bob"], mail=f"sales@{DOMAIN}")
    add_group(connection, "Ops", ["kim"], mail=f"ops@{DOMAIN}")
    connection.unbind()
    monkeypatch.setenv("LDAPWIZARD_PASSWORD", READER_PASSWORD)
    db = tmp_path / "users.sqlite"
    assert run(["profile", "save", "lab", *connection_args(server), "--domain", DOMAIN,
                "--db", str(db), "--member-of", "Mail Users", "--groups-as-lists",
                "--remove-missing", "--max-removals", "100%"]) == 0
    assert run(["import", "--profile", "lab", "--all"]) == 0
    assert run(["db", "add-member", f"ops@{DOMAIN}", "partner@elsewhere.org",
                "--db", str(db)]) == 0
    assert run(["db", "add-alias", "--db", str(db), f"helpdesk@{DOMAIN}", f"zoe@{DOMAIN}"]) == 0
    connection = admin(server)  # tom and zoe leave, eve leaves Mail Users: all disabled
    assert connection.delete(person("tom")) and connection.delete(person("zoe"))
    mail_users = f"cn=Mail Users,{GROUPS_DN}"
    assert connection.modify(mail_users, {"member": [(ldap3.MODIFY_DELETE, [person("eve")])]})
    connection.unbind()
    assert run(["sync", "--profile", "lab"]) == 0
    add_person(server, "neo")  # then: one of everything
    connection = admin(server)
    assert connection.modify(mail_users, {"member": [
        (ldap3.MODIFY_ADD, [person("eve"), person("neo")])]})
    assert connection.modify(person("ann"),
                             {"displayName": [(ldap3.MODIFY_REPLACE, ["Ann Renamed"])]})
    assert connection.modify(person("bob"), {"pwdAccountLockedTime": [
        (ldap3.MODIFY_REPLACE, ["000001010000Z"])]})
    assert connection.modify(f"cn=Staff,{GROUPS_DN}",
                             {"member": [(ldap3.MODIFY_ADD, [person("kim")])]})
    add_group(connection, "Team", ["ann", "neo"], mail=f"team@{DOMAIN}")
    assert connection.delete(f"cn=Sales,{GROUPS_DN}")
    assert connection.delete(f"cn=Ops,{GROUPS_DN}")
    connection.unbind()
    capsys.readouterr()
    report = tmp_path / "report.csv"
    assert run(["sync", "--profile", "lab", "--report", str(report)]) == 0
    out = capsys.readouterr().out
    rows = report_rows(report)
    found = {(row["status"], row["address"]) for row in rows if row["address"]}
    assert found >= {
        ("created", f"neo@{DOMAIN}"), ("updated", f"ann@{DOMAIN}"),
        ("reenabled", f"eve@{DOMAIN}"), ("disabled", f"bob@{DOMAIN}"),
        ("removed", f"tom@{DOMAIN}"), ("kept", f"zoe@{DOMAIN}"),
        ("created", f"team@{DOMAIN}"), ("list updated", f"staff@{DOMAIN}"),
        ("list removed", f"sales@{DOMAIN}"), ("list kept", f"ops@{DOMAIN}")}
    assert all(row["reason"] for row in rows)  # each with its reason
    by_address = {(row["status"], row["address"]): row for row in rows}
    assert by_address[("created", f"team@{DOMAIN}")]["members_added"] == \
        f"ann@{DOMAIN} neo@{DOMAIN}"
    assert by_address[("list updated", f"staff@{DOMAIN}")]["members_added"] == f"kim@{DOMAIN}"
    assert by_address[("list kept", f"ops@{DOMAIN}")]["kept_by_hand"] == "partner@elsewhere.org"
    assert "disabled in the directory" in by_address[("disabled", f"bob@{DOMAIN}")]["reason"]
    assert any(row["status"] == "note" for row in rows)
    for words in said(rows):
        assert words in out
    assert ("Sync batch 3: 1 created, 1 updated, 1 re-enabled, 1 disabled, 1 removed, "
            "0 skipped, 0 failed; mailing lists: 1 created, 1 changed, 1 removed.") in out
