"""A sync's report in one set of words (issue 28): every line of SyncReport.all_lines — users,
lists, notes — in the report CSV with its reason and each list's members, and the terminal's
words made from the same line."""

from __future__ import annotations

import csv
from dataclasses import replace

from ldapwizard.core.directory.records import DirectoryGroup
from ldapwizard.core.maildb import list_members
from ldapwizard.core.maildb.importer import run_import
from ldapwizard.core.maildb.planner import PlanOptions, make_plan
from ldapwizard.core.maildb.reports import line_words, write_report
from ldapwizard.core.maildb.sync import NOTE, run_sync
from tests.unit.records import person

OPTIONS = PlanOptions(domain="example.com")
AMY, BEN, EVE, TOM = person("amy"), person("ben"), person("eve"), person("tom")


def group(name: str, *users) -> DirectoryGroup:
    return DirectoryGroup(f"cn={name},ou=groups,dc=example,dc=com", f"g-{name}", name.title(),
                          f"{name}@example.com", tuple((u.dn, u.email) for u in users))


def rows_of(path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as file:
        return list(csv.DictReader(file))


def test_the_report_csv_holds_every_line_with_the_terminals_reason(database, tmp_path):
    users = [AMY, BEN, EVE, TOM]
    planned = make_plan(users, OPTIONS, database.snapshot("example.com"),
                        [group("staff", AMY, BEN)])
    run_import(database, planned, planned.entries, profile="corp")
    with database.transaction() as db:
        list_members.add_member(db, "staff@example.com", "partner@elsewhere.org")
    # ben leaves staff, eve is left out by a rule, tom is gone from the directory
    listed = [AMY, BEN, replace(EVE, excluded="rule 1: uid is eve")]
    report = run_sync(database, listed, OPTIONS, profile="corp", groups=[group("staff", AMY)])
    write_report(tmp_path / "report.csv", report)
    rows = rows_of(tmp_path / "report.csv")
    assert len(rows) == len(report.all_lines())
    by_address = {row["address"]: row for row in rows if row["address"]}
    staff = by_address["staff@example.com"]
    assert staff["status"] == "list updated"
    assert (staff["members_removed"], staff["kept_by_hand"]) == ("ben@example.com",
                                                                 "partner@elsewhere.org")
    assert by_address["tom@example.com"]["status"] == "left"
    assert "no longer in the directory listing" in by_address["tom@example.com"]["reason"]
    eve = by_address["eve@example.com"]
    assert eve["status"] == "left" and "(rule 1: uid is eve)" in eve["reason"]
    assert "no longer in the directory" not in eve["reason"]
    notes = [row["reason"] for row in rows if row["status"] == NOTE]
    assert any("partner@elsewhere.org" in note for note in notes)
    # the terminal's words of a line are its status, address and the CSV's reason
    for line, row in zip(report.all_lines(), rows, strict=True):
        words = line_words(line)
        assert words.endswith(row["reason"])
        assert words.startswith("note: " if line.status == NOTE else f"{line.status}: ")
