"""Sync follows the directory's disabled state (issue 26): an imported user disabled there is
disabled in the mail system by the next sync, with or without removals, and enabled again
when the directory enables it; an admin's `db disable` stands. And the removal limit of a
small profile is at least 1."""

from __future__ import annotations

from dataclasses import replace

import pytest

from ldapwizard.core.directory.records import DirectoryGroup
from ldapwizard.core.maildb import accounts, unlisted
from ldapwizard.core.maildb.importer import run_import
from ldapwizard.core.maildb.planner import HIDDEN, NEW, PROBLEM, PlanOptions, make_plan
from ldapwizard.core.maildb.sync import (
    DISABLED_IN_DIRECTORY,
    ENABLED_AGAIN,
    preview_sync,
    removal_limit,
    run_sync,
)
from ldapwizard.core.maildb.unlisted import with_disabled_unlisted
from tests.unit.records import person

OPTIONS = PlanOptions(domain="example.com")
STAFF = ("amy", "ben", "cat", "dan", "eve")


def import_all(database, users, options=OPTIONS):
    plan = make_plan(users, options, database.snapshot(options.domain))
    return run_import(database, plan, [e for e in plan.entries if e.status == NEW],
                      profile="corp")


def served(database) -> set[str]:
    """The mailboxes the mail server sees (its view)."""
    return {row[0] for row in database.connection.execute(
        "SELECT address FROM mail_mailboxes").fetchall()}


def forwards(database, address: str) -> set[str]:
    """Where the mail server forwards mail for an alias or list (its view)."""
    return {row[0] for row in database.connection.execute(
        "SELECT target FROM mail_forwards WHERE address_key = ?", (address,)).fetchall()}


def state(database, local: str) -> tuple:
    return tuple(database.connection.execute(
        "SELECT enabled, disabled_by FROM users WHERE local_part = ?", (local,)).fetchone())


@pytest.fixture
def staffed(database):
    """Five imported users and a list made by hand with amy and ben."""
    staff = [person(name) for name in STAFF]
    import_all(database, staff)
    with database.transaction() as db:
        accounts.add_list(db, database.domain_id("example.com"), "team", "Team",
                          ["amy@example.com", "ben@example.com"])
    return database, staff


def test_a_user_disabled_in_the_directory_is_disabled_by_the_next_sync_and_enabled_again(
        staffed):
    database, staff = staffed
    listed = [replace(staff[0], disabled=True), *staff[1:]]
    report = run_sync(database, listed, OPTIONS, profile="corp")  # no removals asked for
    assert report.disabled == ["amy@example.com"]
    assert report.disabled_in_directory == ["amy@example.com"]
    assert report.reasons["amy@example.com"] == [DISABLED_IN_DIRECTORY]
    assert report.stopped is None and report.removed == [] and report.missing == []
    assert "amy@example.com" not in served(database)
    assert forwards(database, "team@example.com") == {"ben@example.com"}
    assert state(database, "amy") == (0, "sync")
    lines = {line.address: line for line in report.all_lines()}
    assert lines["amy@example.com"].status == "disabled"
    assert "disabled in the directory" in lines["amy@example.com"].reason

    again = run_sync(database, listed, OPTIONS, profile="corp", remove_missing=True)
    assert again.disabled == [] and again.removed == [] and not again.has_work
    assert state(database, "amy") == (0, "sync")  # still listed: never removed

    back = run_sync(database, staff, OPTIONS, profile="corp")
    assert back.reenabled == ["amy@example.com"]
    assert back.reasons["amy@example.com"] == [ENABLED_AGAIN]
    assert "amy@example.com" in served(database)
    assert forwards(database, "team@example.com") == {"amy@example.com", "ben@example.com"}
    assert state(database, "amy") == (1, None)


def test_the_preview_and_a_dry_run_say_disabled_in_the_directory_and_write_nothing(staffed):
    database, staff = staffed
    listed = [replace(staff[0], disabled=True), *staff[1:]]
    plan = make_plan(listed, OPTIONS, database.snapshot("example.com"))
    amy = next(e for e in plan.entries if e.user.stable_id == "id-amy")
    assert amy.status == HIDDEN
    assert amy.reason.startswith("already imported as amy@example.com")
    assert "disabled in the directory" in amy.reason
    report = preview_sync(database.path, listed, OPTIONS, profile="corp")
    assert report.disabled_in_directory == ["amy@example.com"] and report.has_work
    report = run_sync(database, listed, OPTIONS, profile="corp", dry_run=True)
    assert report.disabled_in_directory == ["amy@example.com"]
    assert "amy@example.com" in served(database) and state(database, "amy") == (1, None)


def test_an_admins_disable_stands_and_an_admins_enable_lasts_until_the_directory_disables(
        staffed):
    database, staff = staffed
    with database.transaction() as db:
        accounts.set_enabled(db, "ben@example.com", False)
    report = run_sync(database, staff, OPTIONS, profile="corp")
    assert report.reenabled == [] and state(database, "ben") == (0, "admin")
    disabled = [staff[0], replace(staff[1], disabled=True), *staff[2:]]
    run_sync(database, disabled, OPTIONS, profile="corp")
    run_sync(database, staff, OPTIONS, profile="corp")  # the directory enabled ben again
    assert state(database, "ben") == (0, "admin")  # the admin's choice, not the directory's
    with database.transaction() as db:
        accounts.set_enabled(db, "ben@example.com", True)
    report = run_sync(database, disabled, OPTIONS, profile="corp")
    assert report.disabled_in_directory == ["ben@example.com"]
    assert state(database, "ben") == (0, "sync")
    with database.transaction() as db:  # what `db enable` tells the admin
        assert accounts.disabled_by(db, "ben@example.com") == "sync"
        accounts.set_enabled(db, "ben@example.com", True)
        assert accounts.disabled_by(db, "ben@example.com") is None
        accounts.set_enabled(db, "ben@example.com", False)
        assert accounts.disabled_by(db, "ben@example.com") == "admin"


def test_a_disabled_entry_is_never_imported_unless_disabled_accounts_are_included(database):
    staff = [person(name) for name in STAFF]
    newcomer = person("fay", disabled=True)
    import_all(database, staff)
    report = run_sync(database, [*staff, newcomer], OPTIONS, profile="corp",
                      remove_missing=True)
    assert report.count("created") == 0 and "fay@example.com" not in served(database)
    plan = make_plan([*staff, newcomer], OPTIONS, database.snapshot("example.com"))
    assert plan.entries[-1].status == PROBLEM and plan.entries[-1].reason == "disabled account"

    included = PlanOptions(domain="example.com", include_disabled=True)
    report = run_sync(database, [*staff, newcomer], included, profile="corp")
    assert report.count("created") == 1 and "fay@example.com" in served(database)
    again = run_sync(database, [*staff, newcomer], included, profile="corp")
    assert again.disabled == [] and "fay@example.com" in served(database)  # not followed
    # the admin stops including disabled accounts: the directory's state is followed again
    followed = run_sync(database, [*staff, newcomer], OPTIONS, profile="corp")
    assert followed.disabled_in_directory == ["fay@example.com"]


@pytest.mark.parametrize(("imported", "limit"), [(0, 0), (1, 1), (5, 1), (9, 1), (10, 1),
                                                 (25, 2), (100_000, 500)])
def test_the_default_removal_limit_is_at_least_one(imported, limit):
    assert removal_limit(None, imported) == limit


def test_a_small_profile_removes_a_leaver_without_max_removals_and_says_its_rule(database):
    staff = [person(name) for name in STAFF]
    import_all(database, staff)
    report = run_sync(database, staff[1:], OPTIONS, profile="corp", remove_missing=True)
    assert report.stopped is None and report.disabled == ["amy@example.com"]
    report = run_sync(database, staff[3:], OPTIONS, profile="corp", remove_missing=True)
    assert report.disabled == [] and report.removed == []
    assert "more than the limit of 1 (10% of the 5 imported users, at least 1 and at most " \
        "500)" in report.stopped


def test_unlisted_users_join_the_listing_only_when_still_there_disabled_and_the_same(
        database, monkeypatch):
    staff = [person(name) for name in STAFF]
    import_all(database, staff)
    asked = []

    def read(dns):  # the directory's answer: amy disabled, ben re-created, cat enabled
        asked.append(sorted(dns))
        return [replace(staff[0], disabled=True),
                replace(staff[1], disabled=True, stable_id="id-another-ben"),
                staff[2]]

    listing = staff[3:]  # a filter that leaves amy, ben and cat out
    users, note = with_disabled_unlisted(database, listing, OPTIONS, "corp", read)
    assert asked == [sorted(user.dn for user in staff[:3])] and note is None
    assert users == [*listing, replace(staff[0], disabled=True)]
    report = run_sync(database, users, OPTIONS, profile="corp", remove_missing=True)
    assert report.disabled_in_directory == ["amy@example.com"]
    assert sorted(report.missing) == ["ben@example.com", "cat@example.com"]

    included = PlanOptions(domain="example.com", include_disabled=True)
    assert with_disabled_unlisted(database, listing, included, "corp", read) == (listing, None)
    assert with_disabled_unlisted(database, [], OPTIONS, "corp", read) == ([], None)
    assert len(asked) == 1  # nothing read: not followed, or an empty listing (a safety stop)
    monkeypatch.setattr(unlisted, "READ_LIMIT", 2)
    users, note = with_disabled_unlisted(database, listing, OPTIONS, "corp", read)
    assert users == listing and "more than the 2 read one by one" in note


def test_a_list_made_from_a_group_keeps_a_disabled_member_and_forwards_to_it_when_enabled(
        database):
    staff = [person(name) for name in STAFF]
    team = DirectoryGroup("cn=team,ou=groups,dc=example,dc=com", "g-team", "Team",
                          "team@example.com", tuple((u.dn, u.email) for u in staff[:2]))
    plan = make_plan(staff, OPTIONS, database.snapshot("example.com"), [team])
    run_import(database, plan, plan.entries, profile="corp")
    assert forwards(database, "team@example.com") == {"amy@example.com", "ben@example.com"}
    listed = [replace(staff[0], disabled=True), *staff[1:]]
    report = run_sync(database, listed, OPTIONS, profile="corp", groups=[team])
    assert report.disabled_in_directory == ["amy@example.com"]
    assert "team@example.com" not in report.updated  # still a member, left out of forwards
    assert forwards(database, "team@example.com") == {"ben@example.com"}
    run_sync(database, staff, OPTIONS, profile="corp", groups=[team])
    assert forwards(database, "team@example.com") == {"amy@example.com", "ben@example.com"}
