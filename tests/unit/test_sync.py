"""Sync against a real SQLite file: what import created, sync keeps; what changed, it updates;
who left, it disables and later removes within the limits."""

from __future__ import annotations

from dataclasses import replace

import pytest

from ldapwizard.core.errors import BadInput
from ldapwizard.core.maildb.importer import run_import
from ldapwizard.core.maildb.planner import NEW, PlanOptions, make_plan
from ldapwizard.core.maildb.sync import preview_sync, removal_limit, run_sync
from tests.servers.userdb import rows_dump
from tests.unit.records import person


def import_all(database, users, options):
    plan = make_plan(users, options, database.snapshot(options.domain))
    return run_import(database, plan, [e for e in plan.entries if e.status == NEW],
                      profile="corp")


def aliases(database):
    return sorted(database.connection.execute(
        "SELECT a.local_part, t.target FROM aliases a JOIN alias_targets t "
        "ON t.alias_id = a.id").fetchall())


@pytest.mark.parametrize(("domain", "alias", "address"), [
    ("Example.COM", "Amy.M@EXAMPLE.com", "amy@example.com"),
    ("bücher.example", "info@BÜCHER.example", "amy@xn--bcher-kva.example"),
    ("xn--bcher-kva.example", "info@bücher.example", "amy@xn--bcher-kva.example"),
])
def test_an_alias_import_created_survives_the_next_sync(database, domain, alias, address):
    options = PlanOptions(domain=domain)
    amy = person("amy", email=f"amy@{domain}", aliases=[alias])
    import_all(database, [amy, person("ben", email=f"ben@{domain}")], options)
    before = aliases(database)
    assert before == [(alias.rpartition("@")[0], address)]
    report = run_sync(database, [amy, person("ben", email=f"ben@{domain}")],
                      PlanOptions(domain=domain), profile="corp")
    assert aliases(database) == before
    assert report.updated == [] and report.notes == []


def test_the_plan_options_hold_the_domain_normalised_once():
    assert PlanOptions(domain=" Bücher.Example. ").domain == "xn--bcher-kva.example"
    with pytest.raises(BadInput, match="not a valid mail domain"):
        PlanOptions(domain="")
    with pytest.raises(BadInput, match="username source"):
        PlanOptions(domain="example.com", username_source="upn")


def test_sync_adds_a_new_alias_drops_a_gone_one_and_updates_the_name(database):
    options = PlanOptions(domain="example.com")
    amy = person("amy", aliases=["old@example.com"])
    import_all(database, [amy], options)
    moved = replace(amy, aliases=("new@example.com",), display_name="Amy Pond",
                    dn="uid=amy,ou=moved,dc=example,dc=com")
    report = run_sync(database, [moved], options, profile="corp")
    assert aliases(database) == [("new", "amy@example.com")]
    assert report.updated == ["amy@example.com"]
    row = database.connection.execute(
        "SELECT display_name, directory_dn FROM users").fetchone()
    assert row == ("Amy Pond", "uid=amy,ou=moved,dc=example,dc=com")


def test_a_user_who_left_is_disabled_then_removed_and_comes_back_enabled(database):
    options = PlanOptions(domain="example.com")
    staff = [person(name) for name in ("amy", "ben", "cat", "dan", "eve", "fay", "gus",
                                       "hal", "ivy", "joe", "kim")]
    import_all(database, staff, options)
    first = run_sync(database, staff[1:], options, profile="corp", remove_missing=True)
    assert first.disabled == ["amy@example.com"] and first.stopped is None
    back = run_sync(database, staff, options, profile="corp", remove_missing=True)
    assert back.reenabled == ["amy@example.com"]
    run_sync(database, staff[1:], options, profile="corp", remove_missing=True)
    gone = run_sync(database, staff[1:], options, profile="corp", remove_missing=True)
    assert gone.removed == ["amy@example.com"]
    assert database.connection.execute(
        "SELECT count(*) FROM users WHERE local_part = 'amy'").fetchone() == (0,)


def test_an_empty_listing_or_too_many_leavers_removes_nothing(database):
    options = PlanOptions(domain="example.com")
    staff = [person(f"u{i}") for i in range(20)]
    import_all(database, staff, options)
    empty = run_sync(database, [], options, profile="corp", remove_missing=True)
    assert "listing is empty" in empty.stopped and empty.disabled == []
    many = run_sync(database, staff[:10], options, profile="corp", remove_missing=True)
    assert "more than the limit of 2" in many.stopped and many.disabled == []
    assert database.connection.execute(
        "SELECT count(*) FROM users WHERE enabled = 1").fetchone() == (20,)


def test_a_sync_of_another_profile_never_touches_these_users(database):
    options = PlanOptions(domain="example.com")
    import_all(database, [person("amy"), person("ben")], options)
    report = run_sync(database, [person("cat")], options, profile="other",
                      remove_missing=True)
    assert report.disabled == [] and report.missing == []


def test_a_dry_run_sync_changes_nothing(database):
    options = PlanOptions(domain="example.com")
    import_all(database, [person("amy")], options)
    before = rows_dump(database)
    report = run_sync(database, [person("ben")], options, profile="corp", dry_run=True)
    assert report.batch_id is None and report.lines[0].status == "created"
    assert rows_dump(database) == before


@pytest.mark.parametrize(("spec", "imported", "limit"), [
    (None, 100, 10), (None, 100_000, 500), ("25", 10, 25), ("5%", 200, 10)])
def test_the_removal_limit(spec, imported, limit):
    assert removal_limit(spec, imported) == limit


def test_a_removal_limit_that_is_not_one_is_bad_input():
    with pytest.raises(BadInput, match="not a removal limit"):
        removal_limit("lots", 10)


def test_a_sync_preview_says_who_changed_and_who_left_and_why_and_writes_nothing(
        database, tmp_path):
    options = PlanOptions(domain="example.com")
    staff = [person(name) for name in ("amy", "ben", "cat", "dan", "eve", "fay", "gus",
                                       "hal", "ivy", "joe", "kim")]
    import_all(database, staff, options)
    before = rows_dump(database)
    amy = replace(staff[0], display_name="Amy Pond", aliases=("pond@example.com",))
    now_listed = [amy, *staff[2:]]
    report = preview_sync(database.path, now_listed, options, profile="corp",
                          remove_missing=True)
    assert report.updated == ["amy@example.com"]
    assert report.reasons["amy@example.com"] == [
        "new alias pond@example.com in the directory: added",
        "display name 'Amy' is now 'Amy Pond'"]
    assert report.disabled == ["ben@example.com"]
    assert report.reasons["ben@example.com"][0].startswith("no longer in the directory")
    assert rows_dump(database) == before
    emptied = preview_sync(database.path, [], options, profile="corp", remove_missing=True)
    assert "listing is empty" in emptied.stopped and emptied.disabled == []


def test_a_sync_has_work_only_when_someone_is_created_changed_or_left(database):
    options = PlanOptions(domain="example.com")
    import_all(database, [person("amy")], options)
    assert not preview_sync(database.path, [person("amy")], options, profile="corp").has_work
    assert preview_sync(database.path, [person("amy"), person("ben")], options,
                        profile="corp").has_work
    assert preview_sync(database.path, [person("ben")], options, profile="corp").has_work
