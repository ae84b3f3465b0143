"""Issue 30 (syncmem30): a sync without lists keeps only the new entries of its plan, planned
a page at a time; they are exactly the new entries, verdicts and notes of the whole plan in
memory."""

from __future__ import annotations

import pytest

from ldapwizard.core.maildb.planner import NEW, PlanOptions, make_plan
from ldapwizard.core.maildb.sync_rows import new_entries
from tests.unit import test_preview_stream
from tests.unit.test_preview_stream import listing

filled = test_preview_stream.filled  # the fixture: a domain holding users, an alias, a list


@pytest.mark.parametrize("planning", [{}, {"username_source": "directory"},
                                      {"email_as_username": True},
                                      {"include_disabled": True},
                                      {"sign_in_names": ("upn",)}])
def test_the_new_entries_are_the_whole_plans(filled, planning, monkeypatch):
    monkeypatch.setattr("ldapwizard.core.maildb.planner.PAGE", 3)  # pages of three
    options = PlanOptions(domain="example.com", **planning)
    users = listing() + listing()[:3]  # some entries twice: duplicates across pages
    whole = make_plan(users, options, filled.snapshot("example.com"))
    new = new_entries(users, options, filled.snapshot("example.com"))
    assert new == [e for e in whole.entries if e.status == NEW]
    assert new  # the listing has new entries under every option


def test_the_new_entries_of_a_listing_with_no_duplicates(filled):
    options = PlanOptions(domain="example.com")
    users = listing()
    whole = make_plan(users, options, filled.snapshot("example.com"))
    new = new_entries(users, options, filled.snapshot("example.com"))
    assert [e.user.username for e in new] == [
        e.user.username for e in whole.entries if e.status == NEW]
    assert {"amy", "gus", "cat"} <= {e.user.username for e in new}
