"""The sync engine's guarantees the operations build on: a two-step removal needs a later
listing, a run that changes nothing records no batch, and a check last before COMMIT rolls the
whole sync back."""

from __future__ import annotations

import json

import pytest

from ldapwizard.core.errors import PlanChanged
from ldapwizard.core.maildb.importer import run_import
from ldapwizard.core.maildb.planner import NEW, PlanOptions, make_plan
from ldapwizard.core.maildb.sync import run_sync
from ldapwizard.core.maildb.sync_policy import listing_mark
from ldapwizard.core.operations.identity import PlanIdentity
from ldapwizard.core.operations.syncing import identity_of
from tests.unit.records import person

OPTIONS = PlanOptions(domain="example.com")


def import_all(database, users):
    plan = make_plan(users, OPTIONS, database.snapshot(OPTIONS.domain))
    return run_import(database, plan, [e for e in plan.entries if e.status == NEW],
                      profile="corp")


def state(database) -> dict[str, int]:
    return dict(database.connection.execute("SELECT local_part, enabled FROM users"))


def batches(database) -> list[tuple]:
    return database.connection.execute("SELECT id, kind FROM batches ORDER BY id").fetchall()


def test_disable_now_remove_later_never_removes_with_the_listing_that_disabled(database):
    amy, ben = person("amy"), person("ben")
    import_all(database, [amy, ben])
    mark = listing_mark(database)  # one listing, taken before the run that disables ben
    first = run_sync(database, [amy], OPTIONS, profile="corp", remove_missing=True,
                     listing=mark)
    assert first.disabled == ["ben@example.com"]
    # the same listing again, seconds later (what the window did): ben stays, disabled
    again = run_sync(database, [amy], OPTIONS, profile="corp", remove_missing=True,
                     listing=mark)
    assert again.removed == [] and again.waiting == ["ben@example.com"]
    assert "later run with a new listing" in again.reasons["ben@example.com"][0]
    assert [(line.status, line.reason) for line in again.all_lines()] == [
        ("left", again.reasons["ben@example.com"][0])]
    assert state(database) == {"amy": 1, "ben": 0}
    # a listing that began after the disabling batch finished removes him
    later = run_sync(database, [amy], OPTIONS, profile="corp", remove_missing=True,
                     listing=listing_mark(database))
    assert later.removed == ["ben@example.com"]
    assert state(database) == {"amy": 1}
    (recorded,) = database.connection.execute(
        "SELECT options FROM batches WHERE id = ?", (later.batch_id,)).fetchone()
    assert json.loads(recorded)["listing_started"] == later.listing.started_at


def test_a_sync_that_changes_nothing_records_no_batch(database):
    amy = person("amy")
    import_all(database, [amy])
    before = batches(database)
    report = run_sync(database, [amy], OPTIONS, profile="corp", remove_missing=True)
    assert report.nothing_to_do and report.batch_id is None
    assert batches(database) == before
    new = run_sync(database, [amy, person("ben")], OPTIONS, profile="corp")
    assert not new.nothing_to_do and batches(database) == [*before, (new.batch_id, "sync")]


def test_a_plan_that_changed_before_commit_writes_nothing(database):
    amy = person("amy")
    import_all(database, [amy])
    shown = identity_of(run_sync(database, [amy, person("ben")], OPTIONS, profile="corp",
                                 dry_run=True))
    assert (shown.counts.users, shown.counts.disabled) == (1, 0)
    before, users = batches(database), state(database)

    def same_plan(report):
        now = identity_of(report)
        if not now.same_actions(shown):
            raise PlanChanged("changed", shown=shown, now=now)

    with pytest.raises(PlanChanged) as raised:  # carl came too, since the question
        run_sync(database, [amy, person("ben"), person("carl")], OPTIONS, profile="corp",
                 before_commit=same_plan)
    assert raised.value.now.counts.users == 2
    assert (batches(database), state(database)) == (before, users)
    done = run_sync(database, [amy, person("ben")], OPTIONS, profile="corp",
                    before_commit=same_plan)
    assert isinstance(identity_of(done), PlanIdentity) and state(database)["ben"] == 1


def test_a_sync_plan_has_the_same_id_in_every_language(database):
    """The window in German and `sync --dry-run` with LANG=C show one plan under one id: the
    digest is of the actions' English, not of the words of the language the run speaks."""
    from dataclasses import replace

    from ldapwizard.i18n import use_language

    amy, ben, carl = person("amy"), person("ben"), person("carl")
    import_all(database, [amy, ben, carl])
    # amy renamed in the directory (an update with its reason), ben disabled there, carl gone
    listing = [replace(amy, display_name="Amy Pond"), replace(ben, disabled=True)]

    def shown(language: str):
        use_language(language)
        try:
            report = run_sync(database, listing, OPTIONS, profile="corp", dry_run=True)
            return report, identity_of(report)
        finally:
            use_language("en")

    english_report, english_id = shown("en")
    german_report, german_id = shown("de")
    assert english_report.reasons and english_report.updated == ["amy@example.com"]
    # the reasons differ in words, the plan does not
    assert german_report.reasons != english_report.reasons
    assert german_id == english_id
