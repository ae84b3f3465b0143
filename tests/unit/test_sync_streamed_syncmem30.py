"""Issue 30 (syncmem30): a sync reads the imported users' rows and their sign-in names a chunk
at a time and keeps only the new entries of its plan. Read in chunks of two, a mixed directory
syncs to the very outcome (report, actions, rows) of one chunk holding them all, on SQLite and
PostgreSQL; the removal limit still stops; and a sync of known users holds far less than its
old row, entry and name per user."""

from __future__ import annotations

import gc
import tracemalloc
from dataclasses import replace

from ldapwizard.core.maildb import signin_sync, sync_rows
from ldapwizard.core.maildb.planner import PlanOptions
from ldapwizard.core.maildb.sync import run_sync
from ldapwizard.core.operations.syncing import actions, counts
from tests.servers.userdb import rows_dump
from tests.unit.records import person

OPTIONS = PlanOptions(domain="example.com", sign_in_names=("upn",))


def upn(user, name: str):
    return replace(user, upn=name)


def first_listing():
    return [
        upn(person("amy", aliases=["amy.old@example.com"]), "amy@corp.example"),
        upn(person("ben"), "ben@corp.example"),
        person("cat"), person("dan"), person("eve"), person("fay"), person("gus"),
        person("hal", aliases=["hal.x@example.com"]),
    ]


def second_listing():
    """Renamed, re-aliased, disabled, left out, a changed UPN, two leavers, two new."""
    amy, ben, cat, dan, _eve, fay, _gus, hal = first_listing()
    return [
        replace(amy, display_name="Amy Pond", aliases=("amy.new@example.com",),
                dn="uid=amy,ou=moved,dc=example,dc=com"),
        upn(ben, "benjamin@corp.example"),
        replace(cat, disabled=True),
        replace(dan, excluded="rule 1: uid glob d*"),
        fay, hal,
        person("ivy"), person("jon", aliases=["hal.x@example.com"]),
    ]


def chunks_of(monkeypatch, size: int) -> None:
    monkeypatch.setattr(sync_rows, "MINE_CHUNK", size)
    monkeypatch.setattr(signin_sync, "CHUNK", size)


def test_a_mixed_sync_read_two_rows_at_a_time_matches_one_read(database, monkeypatch):
    run_sync(database, first_listing(), OPTIONS, profile="corp")
    chunks_of(monkeypatch, 10_000)
    whole = run_sync(database, second_listing(), OPTIONS, profile="corp",
                     remove_missing=True, max_removals="5", dry_run=True)
    chunks_of(monkeypatch, 2)
    streamed = run_sync(database, second_listing(), OPTIONS, profile="corp",
                        remove_missing=True, max_removals="5")
    assert actions(streamed) == actions(whole) and counts(streamed) == counts(whole)
    assert streamed.notes == whole.notes and streamed.reasons == whole.reasons
    assert sorted(streamed.updated) == ["amy@example.com", "ben@example.com"]
    assert streamed.disabled_in_directory == ["cat@example.com"]
    assert sorted(streamed.missing) == ["eve@example.com", "gus@example.com"]
    assert list(streamed.left_out) == ["dan@example.com"]
    assert "ivy@example.com" in [line.address for line in streamed.lines
                                 if line.status == "created"]
    rows = rows_dump(database)
    chunks_of(monkeypatch, 10_000)  # the same sync once more, one read: nothing left to do
    again = run_sync(database, second_listing(), OPTIONS, profile="corp",
                     remove_missing=True, max_removals="5", dry_run=True)
    assert rows_dump(database) == rows
    names = dict(database.connection.execute(
        "SELECT n.name_key, u.local_part FROM login_names n JOIN users u ON u.id = n.user_id "
        "WHERE n.name_key LIKE '%corp.example'").fetchall())
    assert names == {"amy@corp.example": "amy", "benjamin@corp.example": "ben"}
    assert not again.updated and not again.count("created")


def test_the_removal_limit_still_stops_a_sync_read_in_chunks(database, monkeypatch):
    users = [person(f"u{i}") for i in range(9)]
    run_sync(database, users, OPTIONS, profile="corp")
    chunks_of(monkeypatch, 2)
    report = run_sync(database, users[:3], OPTIONS, profile="corp", remove_missing=True,
                      max_removals="2")
    assert report.stopped and len(report.missing) == 6
    assert report.disabled == []
    assert database.connection.execute(
        "SELECT count(*) FROM users WHERE enabled = 1").fetchone()[0] == 9


USERS = 10_000


def test_a_sync_of_known_users_holds_little_beside_the_listing(sqlite_database):
    def listing():
        return [person(f"user{i:05d}", aliases=[f"u{i}@example.com"] if i % 10 == 0 else [])
                for i in range(USERS)]

    run_sync(sqlite_database, listing(), OPTIONS, profile="corp")
    users = listing()
    gc.collect()
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        report = run_sync(sqlite_database, users, OPTIONS, profile="corp")
        peak = tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()
    assert report.nothing_to_do
    # before: each imported user's row, a plan entry with its reason and a dict of sign-in
    # names per user, about 800 bytes a user; now what is left is chunks and fixed costs
    assert peak < 400 * USERS, f"{peak / USERS:.0f} bytes a user"
