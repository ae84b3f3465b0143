"""The Users page at the end of a listing from slapd: rows in order, re-planned entries shown
as the whole plan has them, listed entries handed back to the garbage collector on a new list."""

from __future__ import annotations

import gc

import pytest

from ldapwizard.core.maildb.planner import PROBLEM
from ldapwizard.gui.models.users_model import COLUMN_USERNAME, ENTRY_ROLE
from tests.gui.driving import to_users_page, wait_complete

pytestmark = pytest.mark.slapd


@pytest.fixture
def duplicate_slapd(make_duplicate_slapd):
    """The seed (300 users) plus, listed last, a second user with alice's address."""
    return make_duplicate_slapd(300)


def shown_entries(model) -> list:
    return [model.data(model.index(row, 0), ENTRY_ROLE) for row in range(model.rowCount())]


@pytest.mark.parametrize("steps", [False, True], ids=["at once", "in steps"])
def test_a_finished_listing_shows_the_whole_plan_in_username_order(
        real_wizard, duplicate_slapd, qtbot, monkeypatch, steps):
    if steps:  # as 100,000 rows would be, a few per event-loop turn
        monkeypatch.setattr("ldapwizard.gui.models.users_model.SORT_STEP", 40)
    users = real_wizard.pages[2]
    to_users_page(real_wizard, qtbot, duplicate_slapd, page_size=50)
    wait_complete(qtbot, users)
    qtbot.waitUntil(lambda: not users.model.is_sorting())
    model, plan = users.model, real_wizard.session.plan
    names = [model.data(model.index(row, COLUMN_USERNAME)).casefold()
             for row in range(model.rowCount())]
    assert names == sorted(names) and len(names) > 250
    shown = shown_entries(model)
    assert {id(entry) for entry in shown} <= {id(entry) for entry in plan.entries}
    # alice looked new on her own page: the whole plan's verdict replaced her row
    duplicates = [entry for entry in shown if "duplicate address" in entry.reason]
    assert {entry.user.username for entry in duplicates} == {"alice", "alice2"}
    assert all(entry.status == PROBLEM for entry in duplicates)
    assert model.checked_entries() == [e for e in plan.entries if e.status == "new"]
    assert users.isComplete()


def test_a_new_listing_hands_the_last_one_back_to_the_garbage_collector(
        real_wizard, slapd_server, qtbot):
    users = real_wizard.pages[2]
    to_users_page(real_wizard, qtbot, slapd_server)
    wait_complete(qtbot, users)
    assert gc.get_freeze_count() > 0  # listed entries live on: collections skip them
    users.list_users()
    assert gc.get_freeze_count() == 0
    wait_complete(qtbot, users)
    gc.unfreeze()
