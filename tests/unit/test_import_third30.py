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


@pytest.mark.parametrize("run", [4, 10_000])  # sorted runs merged from the file, or one
def test_every_new_entry_goes_straight_to_the_sorted_runs_as_the_whole_plan_decides(
        sqlite_database, monkeypatch, run):
    # `import --all` without lists writes no spill of the planned listing to read back: the
    # new entries go to the sorted runs as each page is planned, and the verdicts only the
    # whole listing gives (duplicates naming each other's DN, lookalikes, shared aliases,
    # extra sign-in names two entries claim) are applied as the runs merge
    from dataclasses import replace

    from ldapwizard.core.maildb import import_stream
    from ldapwizard.core.maildb.importer import write_order
    from ldapwizard.core.maildb.planner import NEW, make_plan
    from ldapwizard.core.maildb.spill import SortedSpill

    def no_preview(*args, **kwargs):
        raise AssertionError("the planned listing was spilled to be read back")

    monkeypatch.setattr(import_stream, "StreamedPreview", no_preview)
    monkeypatch.setattr(SortedSpill, "RUN", run)
    options = PlanOptions(domain="example.com", sign_in_names=("upn",))
    users = [
        replace(person("zoe", aliases=["help@example.com"]), upn="shared@corp.example"),
        person("amy", aliases=["help@example.com", "a@example.com"]),
        person("dup"), person("dup2", email="dup@example.com",
                              dn="uid=dup2,ou=other,dc=example,dc=com"),
        person("ace"), person("асе"),  # Cyrillic: a lookalike of ace
        replace(person("ben"), upn="shared@corp.example"),
        replace(person("svc"), excluded="rule 1: uid glob svc*"),
        person("off", disabled=True), person("pc", kind="computer"),
        *(person(f"user{n:03}", aliases=[f"u{n:03}@example.com"] if n % 4 == 0 else [])
          for n in range(40, 0, -3)),
    ]
    plan = make_plan(users, options)
    assert {e.status for e in plan.entries} == {"new", "hidden", "problem"}
    with StreamedImport(options) as streamed:
        for start in range(0, len(users), 3):
            streamed.listing.write_page(users[start:start + 3])
        with sqlite_database.consistent_reads():
            streamed.choose(sqlite_database.snapshot(options.domain), [])
        chosen = [entry for _, page, _ in streamed.chosen for entry in page]
        assert chosen == sorted([e for e in plan.entries if e.status == NEW], key=write_order)
        assert streamed.counts == plan.counts
        assert (streamed.total, streamed.left_out) == (len(plan.entries), 1)
    reasons = {e.user.username: e.reason for e in plan.entries}
    assert "uid=dup2,ou=other" in reasons["dup"] and "lookalike" in reasons["ace"]
