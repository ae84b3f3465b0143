"""Planning: usernames, what is hidden and why, what is blocked and why."""

from __future__ import annotations

import dataclasses
import pickle
from dataclasses import replace

import pytest

from ldapwizard.core.maildb import accounts
from ldapwizard.core.maildb.planner import (
    HIDDEN,
    NEW,
    PROBLEM,
    PlanEntry,
    PlanOptions,
    make_plan,
)
from tests.unit.records import person


def plan_for(database, users, **options):
    return make_plan(users, PlanOptions(domain="example.com", **options),
                     database.snapshot("example.com"))


def by_name(plan):
    return {e.user.username: e for e in plan.entries}


@pytest.fixture
def existing(database):
    """A domain with a user, an alias and a mailing list, in mixed case."""
    with database.transaction() as db:
        domain = accounts.ensure_domain(db, "example.com")
        accounts.add_user(db, domain, accounts.NewUser("Anna", "Anna"))
        accounts.add_alias(db, domain, "Sales", ["anna@example.com"])
        accounts.add_list(db, domain, "All-Staff", "Everyone", ["anna@example.com"])
    return database


def test_existing_users_aliases_and_lists_hide_entries_in_any_case(existing):
    plan = plan_for(existing, [
        person("ANNA"), person("bob", aliases=["SALES@example.com"]),
        person("all-staff"), person("carol"),
    ])
    entries = by_name(plan)
    assert (entries["ANNA"].status, entries["ANNA"].reason) == (HIDDEN,
                                                                "user Anna@example.com exists")
    assert entries["bob"].reason == "alias Sales@example.com exists"
    assert entries["all-staff"].reason == "mailing list All-Staff@example.com exists"
    assert entries["carol"].status == NEW
    assert plan.counts == {NEW: 1, HIDDEN: 3, PROBLEM: 0}


@pytest.mark.parametrize(
    ("user", "reason"),
    [
        (person("nomail", email=None), "no email address in the directory"),
        (person("far", email="far@other.org"), "address far@other.org is outside example.com"),
        (person("bad", email="bad guy@example.com"), "invalid mailbox name"),
        (person("off", disabled=True), "disabled account"),
        (person("pc", kind="computer"), "a computer account, not a person"),
        (person("ext", kind="contact"), "a contact"),
        (replace(person("noid"), stable_id=None), "no stable id"),
    ],
)
def test_problems_block_import_with_a_reason(database, user, reason):
    entry = plan_for(database, [user]).entries[0]
    assert entry.status == PROBLEM
    assert reason in entry.reason


def test_disabled_accounts_can_be_included(database):
    assert plan_for(database, [person("off", disabled=True)],
                    include_disabled=True).entries[0].status == NEW


def test_duplicate_addresses_within_the_directory_block_both(database):
    plan = plan_for(database, [person("a", email="same@example.com"),
                               person("b", email="SAME@example.com"), person("c")])
    entries = by_name(plan)
    assert entries["a"].status == entries["b"].status == PROBLEM
    assert "duplicate address" in entries["a"].reason and "uid=b" in entries["a"].reason
    assert entries["c"].status == NEW


def test_an_alias_claimed_by_another_entry_is_dropped_with_a_note(database):
    plan = plan_for(database, [person("a", aliases=["b@example.com", "team@example.com"]),
                               person("b"), person("c", aliases=["TEAM@example.com"])])
    entries = by_name(plan)
    assert entries["a"].aliases == ("team",)
    assert any("b@example.com is the address of" in n for n in entries["a"].notes)
    assert entries["c"].aliases == ()
    assert all(e.status == NEW for e in plan.entries)


def test_a_shared_alias_goes_to_the_entry_whose_stable_id_sorts_first_in_any_order(database):
    """Two listings of one directory in other orders give a shared alias to the same entry,
    and the preview's notes say which and why, on both sides."""
    people = [person("zed", aliases=["team@example.com"]),
              person("amy", aliases=["team@example.com"]),
              person("kim", aliases=["Team@example.com"])]
    for order in (people, people[::-1], people[1:] + people[:1]):
        entries = by_name(plan_for(database, order))
        assert entries["amy"].aliases == ("team",)  # id-amy sorts first
        assert entries["kim"].aliases == entries["zed"].aliases == ()
        assert any("claimed by 3 entries; this one gets it" in n for n in entries["amy"].notes)
        assert any("which gets it: its stable id sorts first" in n
                   for n in entries["zed"].notes)


def test_aliases_outside_the_domain_are_kept_apart_not_imported(database):
    entry = plan_for(database, [person("a", aliases=["a@other.org", "a2@example.com"])]
                     ).entries[0]
    assert entry.aliases == ("a2",)
    assert entry.outside == ("a@other.org",) and entry.notes == ()


def test_usernames_by_option(database):
    user = person("jdoe", email="John.Doe@example.com", username="JDoe")
    assert plan_for(database, [user]).entries[0].username == "John.Doe"
    as_email = plan_for(database, [user], email_as_username=True).entries[0]
    assert (as_email.username, as_email.local_part) == ("John.Doe@example.com", "John.Doe")
    directory = plan_for(database, [user], username_source="directory").entries[0]
    assert (directory.username, directory.local_part, directory.aliases) == (
        "JDoe", "JDoe", ("John.Doe",))


def test_an_imported_entry_stays_hidden_after_a_rename_and_move(database):
    from ldapwizard.core.maildb.importer import run_import

    original = person("amy", stable_id="guid-1")
    plan = plan_for(database, [original])
    run_import(database, plan, plan.entries)
    moved = replace(original, dn="uid=amy.w,ou=sales,dc=example,dc=com",
                    email="amy.w@example.com", username="amy.w")
    entry = plan_for(database, [moved]).entries[0]
    assert (entry.status, entry.reason) == (HIDDEN, "already imported as amy@example.com")


def test_a_plan_entry_pickles_whole_with_every_field():
    # planned pages cross from the listing process to the window pickled; __reduce__ names
    # the fields one by one, so a field added later and not named there fails here
    values = {field.name: f"value of {field.name}" for field in dataclasses.fields(PlanEntry)}
    values.update(user=person("ann"), aliases=("a1", "a2"), notes=("n",), outside=("o@x.org",))
    entry = PlanEntry(**values)
    again = pickle.loads(pickle.dumps(entry, protocol=pickle.HIGHEST_PROTOCOL))
    assert type(again) is PlanEntry
    assert [getattr(again, name) for name in values] == list(values.values())
