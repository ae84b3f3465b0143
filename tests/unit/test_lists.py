"""Mail-enabled groups as mailing lists, and entries left out by the choice of who to import
(issue 17): planned, imported, undone and kept in step by sync, on both back ends."""

from __future__ import annotations

from dataclasses import replace

from ldapwizard.core.directory.records import DirectoryGroup
from ldapwizard.core.maildb import accounts
from ldapwizard.core.maildb.importer import CREATED, run_import
from ldapwizard.core.maildb.lists import HIDDEN, NEW, PROBLEM
from ldapwizard.core.maildb.planner import PlanOptions, make_plan
from ldapwizard.core.maildb.reports import preview_rows, read_selection, write_preview
from ldapwizard.core.maildb.sync import run_sync
from ldapwizard.core.maildb.undo import undo_batch
from tests.unit.records import person

OPTIONS = PlanOptions(domain="example.com")
AMY, BEN, SVC = person("amy"), person("ben"), person("svc")


def group(name, *members, mail=None, stable_id=None):
    return DirectoryGroup(f"cn={name},ou=groups,dc=example,dc=com", stable_id or f"g-{name}",
                          name.title(), mail if mail is not None else f"{name}@example.com",
                          tuple(members))


def member(user):
    return (user.dn, user.email)


def plan(database, users, groups):
    return make_plan(users, OPTIONS, database.snapshot("example.com"), groups)


def list_members(database, local):
    return sorted(row[0] for row in database.connection.execute(
        "SELECT m.address FROM list_members m JOIN lists l ON l.id = m.list_id "
        "WHERE l.local_part = ?", (local,)).fetchall())


def test_a_group_becomes_a_list_of_its_imported_members_and_outside_addresses(database):
    staff = group("staff", member(AMY), member(BEN), ("cn=ext,dc=example,dc=com",
                                                       "partner@elsewhere.org"))
    excluded = replace(SVC, excluded="rule 1: uid glob svc*")
    sales = group("sales", member(excluded), ("cn=nomail,dc=example,dc=com", None))
    planned = plan(database, [AMY, BEN, excluded], [staff, sales,
                                                    group("nomail", mail=""),
                                                    group("out", mail="out@elsewhere.org")])
    assert [(e.status, e.reason) for e in planned.entries][2] == (
        HIDDEN, "left out by the choice of who to import: rule 1: uid glob svc*")
    lists = {e.group.name: e for e in planned.lists}
    assert lists["Staff"].status == NEW
    assert lists["Staff"].members == ("amy@example.com", "ben@example.com",
                                      "partner@elsewhere.org")
    assert lists["Sales"].members == () and any("not imported" in n
                                               for n in lists["Sales"].notes)
    assert lists["Nomail"].status == PROBLEM and lists["Out"].status == PROBLEM
    report = run_import(database, planned, [e for e in planned.entries if e.status == NEW],
                        profile="corp")
    assert report.counts[CREATED] == 4  # two users, two lists
    assert list_members(database, "staff") == ["amy@example.com", "ben@example.com",
                                               "partner@elsewhere.org"]
    forwards = database.connection.execute(
        "SELECT target FROM mail_forwards WHERE address_key = 'staff@example.com'").fetchall()
    assert len(forwards) == 3
    again = plan(database, [AMY, BEN], [staff])
    assert again.lists[0].status == HIDDEN and "already imported" in again.lists[0].reason
    undone = undo_batch(database, report.batch_id)
    assert (undone.users, undone.lists) == (2, 2)


def test_a_list_address_that_exists_or_is_a_users_is_hidden_and_two_groups_clash(database):
    with database.transaction() as db:
        domain = accounts.ensure_domain(db, "example.com")
        accounts.add_alias(db, domain, "sales", ["boss@example.com"])
    planned = plan(database, [AMY], [group("sales"), group("amy2", mail="amy@example.com"),
                                     group("a", mail="team@example.com"),
                                     group("b", mail="Team@example.com")])
    statuses = [(e.status, e.reason) for e in planned.lists]
    assert statuses[0] == (HIDDEN, "alias sales@example.com exists")
    assert statuses[1][0] == HIDDEN and "planned for the user" in statuses[1][1]
    assert statuses[2][0] == statuses[3][0] == PROBLEM
    assert "duplicate address" in statuses[2][1]


def test_lists_are_in_the_preview_csv_and_an_unticked_one_is_not_imported(database, tmp_path):
    planned = plan(database, [AMY], [group("staff", member(AMY)), group("sales")])
    rows = list(preview_rows(planned))
    assert rows[-2][4] == "staff@example.com" and rows[-2][5] == "amy@example.com"
    assert "mailing list with 1 members" in rows[-2][2]
    path = tmp_path / "preview.csv"
    write_preview(path, planned)
    text = path.read_text(encoding="utf-8-sig").replace("yes,new,mailing list with 0",
                                                        "no,new,mailing list with 0")
    path.write_text(text, encoding="utf-8")
    users, lists, notes = read_selection(path).pick_all(planned)
    assert [e.group.name for e in lists] == ["Staff"] and not notes
    report = run_import(database, planned, users, lists=lists)
    assert [line.address for line in report.lines] == ["amy@example.com", "staff@example.com"]


def test_sync_keeps_list_members_current_and_removes_a_gone_group_only_when_asked(database):
    staff = group("staff", member(AMY))
    planned = plan(database, [AMY, BEN], [staff, group("sales", member(BEN))])
    run_import(database, planned, planned.entries, profile="corp")
    moved = group("staff", member(BEN), ("cn=ext,dc=example,dc=com", "p@elsewhere.org"))
    report = run_sync(database, [AMY, BEN], OPTIONS, profile="corp", groups=[moved])
    assert list_members(database, "staff") == ["ben@example.com", "p@elsewhere.org"]
    assert "staff@example.com" in report.updated
    assert "sales@example.com" in report.missing and list_members(database, "sales")
    report = run_sync(database, [AMY, BEN], OPTIONS, profile="corp", groups=[moved],
                      remove_missing=True, max_removals="100%")
    assert report.removed == ["sales@example.com"] and not list_members(database, "sales")
    new = run_sync(database, [AMY, BEN], OPTIONS, profile="corp",
                   groups=[moved, group("ops", member(AMY))])
    assert list_members(database, "ops") == ["amy@example.com"] and new.count(CREATED) == 1


def test_a_user_left_out_by_a_rule_is_disabled_within_the_limit_and_never_removed(database):
    users = [person(f"u{i}") for i in range(10)]
    planned = plan(database, users, [])
    run_import(database, planned, planned.entries, profile="corp")
    left_out = [replace(users[0], excluded="not a member of Mail Users"), *users[1:]]
    report = run_sync(database, left_out, OPTIONS, profile="corp")
    assert report.left_out == {"u0@example.com": "not a member of Mail Users"}
    assert not report.disabled  # removals were not asked for: said, not done
    for _ in range(3):  # disabled once, then kept however often sync runs
        report = run_sync(database, left_out, OPTIONS, profile="corp", remove_missing=True,
                          max_removals="1")
        assert not report.removed
    enabled = database.connection.execute(
        "SELECT enabled, disabled_by FROM users WHERE local_part = 'u0'").fetchone()
    assert tuple(enabled) == (0, "sync")
    everyone_out = [replace(u, excluded="rule 1: uid glob u*") for u in users]
    stopped = run_sync(database, everyone_out, OPTIONS, profile="corp", remove_missing=True,
                       max_removals="100%")
    assert stopped.stopped and not stopped.disabled
    back = run_sync(database, users, OPTIONS, profile="corp")
    assert back.reenabled == ["u0@example.com"]
