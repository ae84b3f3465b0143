"""Mail-enabled groups as mailing lists, and entries left out by the choice of who to import
(issue 17): planned, imported, undone and kept in step by sync, on both back ends."""

from __future__ import annotations

from dataclasses import replace

import pytest

from ldapwizard.core.directory.records import DirectoryGroup
from ldapwizard.core.errors import BadInput
from ldapwizard.core.maildb import accounts
from ldapwizard.core.maildb import list_members as members_by_hand
from ldapwizard.core.maildb.importer import CREATED, run_import
from ldapwizard.core.maildb.lists import HIDDEN, NEW, PROBLEM
from ldapwizard.core.maildb.lists_sync import (
    LIST_KEPT,
    LIST_LEFT,
    LIST_REMOVED,
    LIST_UPDATED,
    list_lines,
)
from ldapwizard.core.maildb.planner import PlanOptions, make_plan
from ldapwizard.core.maildb.reports import (
    preview_rows,
    read_selection,
    write_list_report,
    write_preview,
    write_report,
)
from ldapwizard.core.maildb.sync import run_sync
from ldapwizard.core.maildb.undo import UndoRefused, undo_batch
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


def test_a_group_becomes_a_list_of_the_members_this_job_imports(database):
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
    # the partner outside the import is left out, named; the list counts its members
    assert lists["Staff"].members == ("amy@example.com", "ben@example.com")
    assert (lists["Staff"].member_count, lists["Staff"].left_out) == (2, 1)
    assert any("partner@elsewhere.org" in n and "not imported" in n
               for n in lists["Staff"].notes)
    assert lists["Staff"].ticked_by_default
    # every member outside the import: flagged, not ticked, not created by default
    assert lists["Sales"].members == () and lists["Sales"].status == NEW
    assert "none of the group's 2 members is imported" in lists["Sales"].flagged
    assert not lists["Sales"].ticked_by_default
    assert lists["Nomail"].status == PROBLEM and lists["Out"].status == PROBLEM
    report = run_import(database, planned, [e for e in planned.entries if e.status == NEW],
                        profile="corp")
    assert report.counts[CREATED] == 3  # two users, one list
    assert list_members(database, "staff") == ["amy@example.com", "ben@example.com"]
    assert list_members(database, "sales") == []
    forwards = database.connection.execute(
        "SELECT target FROM mail_forwards WHERE address_key = 'staff@example.com'").fetchall()
    assert len(forwards) == 2
    again = plan(database, [AMY, BEN], [staff])
    assert again.lists[0].status == HIDDEN and "already imported" in again.lists[0].reason
    undone = undo_batch(database, report.batch_id)
    assert (undone.users, undone.lists) == (2, 1)


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
    assert "mailing list with 1 member:" in rows[-2][2]
    assert rows[-1][:2] == ("no", "new")  # empty: flagged, unticked
    assert "problem: the group has no members" in rows[-1][2]
    path = tmp_path / "preview.csv"
    write_preview(path, planned)
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
    assert list_members(database, "staff") == ["ben@example.com"]
    lines = {line.address: line for line in list_lines(report.lines)}
    assert lines["staff@example.com"].status == LIST_UPDATED
    assert lines["staff@example.com"].added == ("ben@example.com",)
    assert lines["staff@example.com"].removed == ("amy@example.com",)
    assert lines["sales@example.com"].status == LIST_LEFT and list_members(database, "sales")
    assert not report.updated and not report.missing  # the users' columns hold users only
    report = run_sync(database, [AMY, BEN], OPTIONS, profile="corp", groups=[moved],
                      remove_missing=True, max_removals="100%")
    (removed,) = list_lines(report.lines)
    assert (removed.status, removed.address, removed.removed) == (
        LIST_REMOVED, "sales@example.com", ("ben@example.com",))
    assert not report.removed and not list_members(database, "sales")
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


def imported_staff(database, *groups):
    """AMY and BEN imported with the lists of `groups` (default: staff of AMY) by 'corp'."""
    planned = plan(database, [AMY, BEN], list(groups) or [group("staff", member(AMY))])
    return run_import(database, planned, planned.entries, profile="corp")


def by_hand(database, list_address, *members):
    with database.transaction() as db:
        return [members_by_hand.add_member(db, list_address, m) for m in members]


def sources(database, local):
    return dict(database.connection.execute(
        "SELECT m.address, m.source FROM list_members m JOIN lists l ON l.id = m.list_id "
        "WHERE l.local_part = ? ORDER BY m.address_key", (local,)).fetchall())


def test_members_added_by_hand_are_checked_kept_apart_and_idempotent(database):
    imported_staff(database)
    with database.transaction() as db:
        accounts.add_alias(db, database.domain_id("example.com"), "info", ["amy@example.com"])
    added = by_hand(database, "Staff@example.com", "Ben@Example.com", "partner@elsewhere.org",
                    "INFO@example.com", "partner@elsewhere.org", "amy@example.com")
    assert [c.outcome for c in added] == [members_by_hand.ADDED, members_by_hand.ADDED,
                                          members_by_hand.ADDED, members_by_hand.ALREADY,
                                          members_by_hand.KEPT_BY_HAND]
    assert [c.member for c in added][:3] == ["ben@example.com", "partner@elsewhere.org",
                                             "info@example.com"]  # as stored
    assert sources(database, "staff") == {
        "amy@example.com": "admin", "ben@example.com": "admin", "info@example.com": "admin",
        "partner@elsewhere.org": "admin"}
    with pytest.raises(BadInput, match="no user, alias or mailing list nobody@example.com"):
        by_hand(database, "staff@example.com", "nobody@example.com")
    with pytest.raises(BadInput, match="not a valid mail address"):
        by_hand(database, "staff@example.com", "a b@elsewhere.org")
    with pytest.raises(BadInput, match="amy@example.com is a user, not a mailing list"):
        by_hand(database, "amy@example.com", "ben@example.com")
    with pytest.raises(BadInput, match="cannot be a member of itself"):
        by_hand(database, "staff@example.com", "staff@example.com")
    with database.transaction() as db:
        gone = members_by_hand.remove_member(db, "staff@example.com", "PARTNER@elsewhere.org")
        again = members_by_hand.remove_member(db, "staff@example.com", "partner@elsewhere.org")
    assert (gone.outcome, gone.member) == (members_by_hand.REMOVED, "partner@elsewhere.org")
    assert again.outcome == members_by_hand.NOT_A_MEMBER


def test_a_member_from_the_group_cannot_be_removed_by_hand(database):
    imported_staff(database)
    with pytest.raises(BadInput, match="member of the directory group cn=staff") as refused, \
            database.transaction() as db:
        members_by_hand.remove_member(db, "staff@example.com", "amy@example.com")
    assert "Remove it from the group in the directory" in refused.value.hint
    assert list_members(database, "staff") == ["amy@example.com"]


def test_sync_keeps_hand_added_members_and_names_them(database):
    imported_staff(database)
    by_hand(database, "staff@example.com", "partner@elsewhere.org", "ben@example.com")
    # the group loses AMY and gains BEN (who was added by hand: stays the admin's)
    report = run_sync(database, [AMY, BEN], OPTIONS, profile="corp",
                      groups=[group("staff", member(BEN))], remove_missing=True,
                      max_removals="100%")
    assert sources(database, "staff") == {"ben@example.com": "admin",
                                          "partner@elsewhere.org": "admin"}
    (line,) = list_lines(report.lines)
    assert (line.status, line.removed, line.added) == (LIST_UPDATED, ("amy@example.com",), ())
    assert line.by_hand == ("ben@example.com", "partner@elsewhere.org")
    assert "2 members added by hand kept: ben@example.com, partner@elsewhere.org" in line.reason
    assert ("mailing list staff@example.com: 2 members added by hand kept: ben@example.com, "
            "partner@elsewhere.org") in report.notes
    quiet = run_sync(database, [AMY, BEN], OPTIONS, profile="corp",
                     groups=[group("staff", member(BEN))])
    assert not list_lines(quiet.lines) and not quiet.has_work
    assert any("2 members added by hand kept" in note for note in quiet.notes)


def test_a_gone_group_never_takes_its_list_with_hand_added_members(database):
    imported_staff(database, group("staff", member(AMY)), group("sales", member(BEN)))
    by_hand(database, "staff@example.com", "partner@elsewhere.org")
    report = run_sync(database, [AMY, BEN], OPTIONS, profile="corp", groups=[],
                      remove_missing=True, max_removals="100%")
    lines = {line.address: line for line in list_lines(report.lines)}
    assert lines["sales@example.com"].status == LIST_REMOVED
    kept = lines["staff@example.com"]
    assert kept.status == LIST_KEPT and kept.by_hand == ("partner@elsewhere.org",)
    assert "it has 1 member added by hand (partner@elsewhere.org): remove it " in kept.reason
    assert list_members(database, "staff") == ["amy@example.com", "partner@elsewhere.org"]
    assert list_members(database, "sales") == [] and report.has_work
    with database.transaction() as db:
        members_by_hand.remove_member(db, "staff@example.com", "partner@elsewhere.org")
    last = run_sync(database, [AMY, BEN], OPTIONS, profile="corp", groups=[],
                    remove_missing=True, max_removals="100%")
    assert [(line.status, line.address) for line in list_lines(last.lines)] == [
        (LIST_REMOVED, "staff@example.com")]


def forwards(database, address):
    row = database.connection.execute("SELECT targets FROM mail_forwards_joined "
                                      "WHERE address_key = ?", (address,)).fetchone()
    return sorted(row[0].split(",")) if row else None


def test_sync_follows_the_groups_new_address_name_and_dn_keeping_the_old_address(database):
    imported_staff(database)
    by_hand(database, "staff@example.com", "partner@elsewhere.org")
    renamed = DirectoryGroup("cn=team,ou=groups,dc=example,dc=com", "g-staff", "Team",
                             "team@example.com", (member(AMY),))
    report = run_sync(database, [AMY, BEN], OPTIONS, profile="corp", groups=[renamed])
    (line,) = list_lines(report.lines)
    assert (line.status, line.address, line.old_address) == (
        LIST_UPDATED, "team@example.com", "staff@example.com")
    assert "name 'Staff' is now 'Team'" in line.reason and renamed.dn in line.reason
    assert sources(database, "team") == {"amy@example.com": "directory",
                                         "partner@elsewhere.org": "admin"}
    stored = database.connection.execute(
        "SELECT name, directory_dn FROM lists WHERE local_part = 'team'").fetchone()
    assert tuple(stored) == ("Team", renamed.dn)
    # Postfix: the new address expands to the members, the old one to the list
    assert forwards(database, "team@example.com") == ["amy@example.com",
                                                      "partner@elsewhere.org"]
    assert forwards(database, "staff@example.com") == ["team@example.com"]
    assert not list_lines(run_sync(database, [AMY, BEN], OPTIONS, profile="corp",
                                   groups=[renamed]).lines)
    # back at its old address: the alias makes way for the list
    back = replace(renamed, email="staff@example.com")
    report = run_sync(database, [AMY, BEN], OPTIONS, profile="corp", groups=[back])
    assert list_lines(report.lines)[0].address == "staff@example.com"
    assert forwards(database, "staff@example.com") == ["amy@example.com",
                                                       "partner@elsewhere.org"]
    assert forwards(database, "team@example.com") == ["staff@example.com"]


def test_a_groups_new_address_that_is_taken_or_elsewhere_is_not_followed(database):
    imported_staff(database)
    for email, said in (("ben@example.com", "which is taken (user ben@example.com exists)"),
                        ("staff@elsewhere.org", "outside example.com")):
        moved = group("staff", member(AMY), mail=email)
        report = run_sync(database, [AMY, BEN], OPTIONS, profile="corp", groups=[moved])
        assert any(said in note for note in report.notes), report.notes
        assert list_members(database, "staff") == ["amy@example.com"]


def test_sync_does_not_create_a_list_whose_members_are_all_outside_the_import(database):
    imported_staff(database)
    report = run_sync(database, [AMY, BEN], OPTIONS, profile="corp",
                      groups=[group("staff", member(AMY)),
                              group("partners", ("cn=p,dc=example,dc=com", "p@elsewhere.org"))])
    assert report.count(CREATED) == 0 and list_members(database, "partners") == []
    assert any(note.startswith("mailing list partners@example.com not created: the group's 1 "
                               "member is not imported") for note in report.notes)


def test_undo_of_a_list_with_hand_added_members_needs_force_and_names_them(database):
    batch = imported_staff(database).batch_id
    by_hand(database, "staff@example.com", "partner@elsewhere.org")
    with pytest.raises(UndoRefused) as refused:
        undo_batch(database, batch)
    assert refused.value.blockers == ["mailing list staff@example.com has 1 member added by "
                                      "hand since the import: partner@elsewhere.org"]
    assert "cleanly: 1 of its rows was changed or is referenced since" in refused.value.message
    assert list_members(database, "staff") == ["amy@example.com", "partner@elsewhere.org"]
    undone = undo_batch(database, batch, force=True)
    assert undone.lists == 1 and undone.forced == refused.value.blockers


def test_the_sync_report_csv_holds_every_list_with_its_members(database, tmp_path):
    import csv

    imported_staff(database, group("staff", member(AMY)), group("sales", member(BEN)),
                   group("ops", member(AMY)))
    by_hand(database, "ops@example.com", "partner@elsewhere.org")
    report = run_sync(database, [AMY, BEN], OPTIONS, profile="corp",
                      groups=[group("staff", member(BEN)), group("new", member(AMY))],
                      remove_missing=True, max_removals="100%")
    write_report(tmp_path / "report.csv", report)
    write_list_report(tmp_path / "lists.csv", report)
    rows = list(csv.DictReader((tmp_path / "report.csv").open(encoding="utf-8-sig")))
    assert {(r["status"], r["address"]) for r in rows if r["address"] and not r["username"]} == {
        ("list updated", "staff@example.com"), ("list removed", "sales@example.com"),
        ("list kept", "ops@example.com"), ("created", "new@example.com")}
    lists = {r["address"]: r for r in csv.DictReader(
        (tmp_path / "lists.csv").open(encoding="utf-8-sig"))}
    assert (lists["staff@example.com"]["members_added"],
            lists["staff@example.com"]["members_removed"]) == ("ben@example.com",
                                                               "amy@example.com")
    assert lists["sales@example.com"]["members_removed"] == "ben@example.com"
    assert lists["ops@example.com"]["kept_by_hand"] == "partner@elsewhere.org"
    assert lists["new@example.com"]["members_added"] == "amy@example.com"
    assert "its group is gone" in lists["sales@example.com"]["reason"]
