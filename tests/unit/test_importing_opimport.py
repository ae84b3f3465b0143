"""Import the selection as one operation: what lands is the plan confirmed, or nothing; a
refused row is "already imported" only when the database holds that stable id."""

from __future__ import annotations

from dataclasses import replace

import pytest

from ldapwizard.core.errors import Cancelled, PlanChanged
from ldapwizard.core.maildb.importer import FAILED, SKIPPED, run_import
from ldapwizard.core.maildb.planner import NEW, PlanOptions, make_plan
from ldapwizard.core.operations.importing import write_selection
from ldapwizard.core.operations.planning import plan_identity, short_id
from tests.servers.userdb import rows_dump
from tests.unit.records import person

USERS = [person("amy", aliases=["a.m@example.com"]), person("ben"), person("cat")]


def plan_for(database, users):
    return make_plan(users, PlanOptions(domain="example.com"),
                     database.snapshot("example.com"))


def new_entries(plan):
    return [e for e in plan.entries if e.status == NEW]


def test_a_check_failure_naming_stable_id_is_a_failure_not_already_imported(database):
    plan = plan_for(database, [person("amy")])
    (entry,) = new_entries(plan)
    # a directory user without a stable id breaks the users table's CHECK, whose text
    # names stable_id: that is no proof the user was imported before
    broken = replace(entry, user=replace(entry.user, stable_id=None))
    report = run_import(database, plan, [broken])
    (line,) = report.lines
    assert line.status == FAILED and line.reason.startswith("refused by the database")


def test_a_user_imported_since_under_another_address_is_skipped_as_already_imported(database):
    plan = plan_for(database, [person("amy")])
    run_import(database, plan_for(database, [person("amy.new", stable_id="id-amy")]),
               new_entries(plan_for(database, [person("amy.new", stable_id="id-amy")])))
    report = run_import(database, plan, new_entries(plan))
    (line,) = report.lines
    assert (line.status, line.reason) == (SKIPPED, "already imported as amy.new@example.com")


def test_the_confirmed_plan_lands_with_users_aliases_and_lists_counted_apart(database):
    plan = plan_for(database, USERS)
    shown = plan_identity(plan.entries, plan.lists, plan.domain)
    result = write_selection(database, plan, new_entries(plan), None, owner="job-1",
                             expected=shown)
    assert (result.counts.users, result.counts.aliases, result.counts.lists) == (3, 1, 0)
    assert result.identity.same_actions(shown)


@pytest.mark.parametrize("expected", ["identity", "short id"])
def test_an_import_after_the_database_changed_stops_with_the_new_numbers_and_writes_nothing(
        database, expected):
    plan = plan_for(database, USERS)
    shown = plan_identity(plan.entries, plan.lists, plan.domain)
    # another import of one of the same users lands first, through the engine
    other = plan_for(database, [USERS[1]])
    run_import(database, other, new_entries(other), profile="someone else")
    before = rows_dump(database)
    with pytest.raises(PlanChanged) as stopped:
        write_selection(database, plan, new_entries(plan), None, owner="job-1",
                        expected=shown if expected == "identity" else short_id(shown))
    assert rows_dump(database) == before
    assert stopped.value.now.counts.users == 2
    assert "would now create 2 users, 1 alias and 0 mailing lists" in stopped.value.message
    assert stopped.value.exit_code == 4


def test_cancel_before_commit_lands_nothing(database):
    plan = plan_for(database, USERS)
    before = rows_dump(database)
    with pytest.raises(Cancelled):
        write_selection(database, plan, new_entries(plan), None, owner="job-1",
                        should_cancel=lambda: True)
    assert rows_dump(database) == before


def test_a_plan_identity_is_the_same_in_any_order_and_another_for_any_other_action():
    options = PlanOptions(domain="example.com")

    def identity(users):
        plan = make_plan(users, options)
        return plan_identity(plan.entries, plan.lists, plan.domain)

    shown = identity(USERS)
    assert identity(USERS[::-1]) == shown
    other_alias = [person("amy", aliases=["amy.m@example.com"]), *USERS[1:]]
    for other in (USERS[:2], other_alias, [*USERS, person("dan")],
                  [person("amy", stable_id="id-new"), *USERS[1:]]):
        assert not identity(other).same_actions(shown)
    assert (shown.counts.users, shown.counts.aliases) == (3, 1)
