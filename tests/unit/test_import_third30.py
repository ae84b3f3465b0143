"""Issue 30, third pass: the streamed import does the same work with less of Python's own
overhead. Planning the spilled listing and writing the transaction run no cyclic collection
(nothing they make is a cycle; each collection walked every key held so far), and the
collector is on again afterwards, however the import ends."""

from __future__ import annotations

import gc

import pytest

from ldapwizard.core.errors import Cancelled
from ldapwizard.core.maildb.import_stream import StreamedImport
from ldapwizard.core.maildb.importer import run_import
from ldapwizard.core.maildb.planner import PlanOptions
from tests.unit.records import person

OPTIONS = PlanOptions(domain="example.com")


def listing(count: int):
    return [person(f"user{n:05d}", aliases=[f"u{n:05d}@example.com"] if n % 5 == 0 else [])
            for n in range(count)]


@pytest.fixture
def collections():
    """The cyclic collections started while the test runs, by generation."""
    started: list[int] = []

    def note(phase: str, info: dict) -> None:
        if phase == "start":
            started.append(info["generation"])

    gc.collect()
    gc.callbacks.append(note)
    try:
        yield started
    finally:
        gc.callbacks.remove(note)


def test_planning_and_the_transaction_run_no_cyclic_collection(sqlite_database,
                                                               collections):
    users = listing(3000)
    with StreamedImport(OPTIONS) as streamed:
        for start in range(0, len(users), 500):
            streamed.listing.write_page(users[start:start + 500])
        with sqlite_database.consistent_reads():
            gc.collect()  # counts from 0: what follows is the planning's own
            collections.clear()
            streamed.choose(sqlite_database.snapshot(OPTIONS.domain), [])
            assert len(collections) <= 1  # at most one, of what it made, once it ends
        assert gc.isenabled()
        gc.collect()
        collections.clear()
        report = run_import(sqlite_database, streamed.plan, streamed.chosen,
                            landed=lambda entry: None)
        assert len(collections) <= 1
    assert gc.isenabled()
    assert report.counts["created"] == 3000
    # on again however the import ends: cancelled, nothing written
    with StreamedImport(OPTIONS) as streamed:
        streamed.listing.write_page(listing(3100)[3000:])
        with sqlite_database.consistent_reads():
            streamed.choose(sqlite_database.snapshot(OPTIONS.domain), [])
        with pytest.raises(Cancelled):
            run_import(sqlite_database, streamed.plan, streamed.chosen,
                       should_cancel=lambda: True)
    assert gc.isenabled()
    with sqlite_database.reading() as db:
        assert db.execute("SELECT count(*) FROM users").fetchone()[0] == 3000



def test_plain_entries_are_decided_without_the_full_check_and_as_it_decides(monkeypatch):
    # a plain entry (an ASCII address in the domain, no aliases) skips _candidate's many
    # questions; every other kind still asks them all, and the verdicts are the same
    from ldapwizard.core.maildb import planner

    users = [person("amy"), person("Bob.Smith", username="bsmith"), person("off", disabled=True),
             person("postmaster"), person("zed", aliases=["z@example.com"]),
             person("jürgen"), person("out", email="out@elsewhere.org"),
             person("pc", kind="computer"), person("nomail", email=None),
             person("bad..dots"), person("x" * 65)]
    expected = [planner._candidate(u, OPTIONS, OPTIONS.domain, planner._Checks()) for u in users]
    asked = []
    full_check = planner._candidate

    def watched(user, *args):
        asked.append(user.username)
        return full_check(user, *args)

    monkeypatch.setattr(planner, "_candidate", watched)
    plan = planner.make_plan(users, OPTIONS)
    assert "amy" not in asked and "bsmith" not in asked and "off" not in asked
    assert {"postmaster", "zed", "jürgen", "out", "pc", "nomail", "bad..dots"} <= set(asked)
    for entry, want in zip(plan.entries, expected, strict=True):
        if entry.user.username == "off":  # disabled: a problem once checked against the database
            assert (entry.status, entry.reason) == ("problem", "disabled account")
            continue
        assert entry == want
