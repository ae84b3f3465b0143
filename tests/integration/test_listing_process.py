"""Listing and planning in a child process gives the same plan as in-process, with
duplicates that only show across pages, and can be cancelled."""

from __future__ import annotations

import os
import time
from dataclasses import replace

import pytest

from ldapwizard.core.directory.listing import list_users, open_directory
from ldapwizard.core.errors import BindError, Cancelled
from ldapwizard.core.job import listing_process
from ldapwizard.core.job.listing_process import list_and_plan
from ldapwizard.core.maildb.planner import PROBLEM, PlanOptions, make_plan
from tests.servers import seed
from tests.servers.seed import READER_PASSWORD
from tests.servers.slapd_access import slapd_settings

pytestmark = pytest.mark.slapd


@pytest.fixture
def duplicate_slapd(make_duplicate_slapd):
    """The seed (700 users) plus, at the end of the listing, a second user with alice's address."""
    return make_duplicate_slapd(700)


def test_the_child_process_plan_matches_the_in_process_plan(duplicate_slapd, people_search):
    settings = slapd_settings(duplicate_slapd)
    search = replace(people_search, page_size=100)
    options = PlanOptions(domain=seed.MAIL_DOMAIN)
    streamed = []
    plan = list_and_plan(open_directory, settings, READER_PASSWORD, search, options,
                         duplicate_slapd.workdir / "none.sqlite",
                         on_page=lambda count, entries: streamed.append((count, entries)))
    expected = make_plan(list_users(settings, READER_PASSWORD, search).users, options)
    assert plan.entries == expected.entries
    assert len(streamed) >= 7 and streamed[-1][0] == len(plan.entries)
    duplicates = [e for e in plan.entries if "duplicate address" in e.reason]
    assert {e.user.username for e in duplicates} == {"alice", "alice2"}
    assert all(e.status == PROBLEM for e in duplicates)
    # alice looked new on her own page: the plan holds a new object for her entry
    streamed_ids = {id(entry) for _, entries in streamed for entry in entries}
    assert any(id(entry) not in streamed_ids for entry in duplicates)


def test_errors_come_back_typed_and_cancel_stops_the_child(slapd_server, people_search):
    settings = slapd_settings(slapd_server)
    options = PlanOptions(domain=seed.MAIL_DOMAIN)
    with pytest.raises(BindError, match="refused the user name or password") as caught:
        list_and_plan(open_directory, settings, "wrong-pass", people_search, options,
                      slapd_server.workdir / "none.sqlite")
    assert caught.value.result == 49 and caught.value.step == "bind"
    with pytest.raises(Cancelled):
        list_and_plan(open_directory, settings, READER_PASSWORD,
                      replace(people_search, page_size=50), options,
                      slapd_server.workdir / "none.sqlite",
                      should_cancel=lambda: True)


def test_a_listing_takes_the_process_started_ahead_and_leaves_one_for_the_next(
        slapd_server, people_search):
    listing_process.warm_up()
    ahead = listing_process._waiting[0][0]
    assert ahead.is_alive()
    plan = list_and_plan(open_directory, slapd_settings(slapd_server), READER_PASSWORD,
                         people_search, PlanOptions(domain=seed.MAIL_DOMAIN),
                         slapd_server.workdir / "none.sqlite")
    assert len(plan.entries) > 500
    ahead.join(timeout=5)
    assert ahead.exitcode == 0  # it did the listing and ended
    after = listing_process._waiting[0][0]
    assert after is not ahead and after.is_alive()  # the next one waits


@pytest.mark.skipif(not hasattr(os, "getpriority"), reason="POSIX priorities")
def test_the_listing_process_runs_below_the_windows_priority():
    listing_process.warm_up()
    ahead = listing_process._waiting[0][0]
    ours = os.getpriority(os.PRIO_PROCESS, 0)
    deadline = time.monotonic() + 10  # it lowers its priority first thing once started
    while os.getpriority(os.PRIO_PROCESS, ahead.pid) == ours and time.monotonic() < deadline:
        time.sleep(0.05)
    assert os.getpriority(os.PRIO_PROCESS, ahead.pid) == min(ours + 5, 19)
