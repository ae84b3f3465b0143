"""Issue 30 (syncmem30): a sync reads its listing from a spill a page at a time, the imported
users' rows and their sign-in names a chunk at a time, and keeps only the new entries of its
plan. Read in chunks of two, or from a spill, a mixed directory syncs to the very outcome
(report, actions, rows) of one read of a list, on SQLite and PostgreSQL; the removal limit
still stops; the unlisted users disabled in the directory join a spilled listing; and a sync
of known users holds far less than its old row, entry and name per user."""

from __future__ import annotations

import gc
import tracemalloc
from dataclasses import replace

from ldapwizard.core.maildb import signin_sync, sync_rows
from ldapwizard.core.maildb.planner import PlanOptions
from ldapwizard.core.maildb.reports import name_users
from ldapwizard.core.maildb.spill import ListingSpill
from ldapwizard.core.maildb.sync import SyncReport, run_sync
from ldapwizard.core.maildb.unlisted import with_disabled_unlisted
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


def spilled(users) -> ListingSpill:
    spill = ListingSpill()
    for start in range(0, len(users), 3):  # pages of three, as a listing's pages
        spill.extend(users[start:start + 3])
    return spill


def test_a_sync_of_a_spilled_listing_is_the_sync_of_the_list(database, monkeypatch):
    monkeypatch.setattr("ldapwizard.core.maildb.planner.PAGE", 3)
    run_sync(database, first_listing(), OPTIONS, profile="corp")
    whole = run_sync(database, second_listing(), OPTIONS, profile="corp",
                     remove_missing=True, max_removals="5", dry_run=True)
    with spilled(second_listing()) as spill:
        assert len(spill) == len(second_listing()) and list(spill) == second_listing()
        streamed = run_sync(database, spill, OPTIONS, profile="corp", remove_missing=True,
                            max_removals="5", dry_run=True)
        named_whole, named_spill = SyncReport(), SyncReport()
        for report, named in ((whole, named_whole), (streamed, named_spill)):
            named.updated, named.missing = report.updated, report.missing
        name_users(database, named_whole, "example.com", "corp", second_listing())
        name_users(database, named_spill, "example.com", "corp", spill)
    assert actions(streamed) == actions(whole) and counts(streamed) == counts(whole)
    assert streamed.notes == whole.notes and streamed.reasons == whole.reasons
    assert streamed.left_out == whole.left_out and streamed.lines == whole.lines
    assert named_spill.entries == named_whole.entries
    assert named_spill.entries["amy@example.com"][1:3] == (
        "Amy Pond", "uid=amy,ou=moved,dc=example,dc=com")


def test_a_spilled_listing_gains_the_unlisted_users_disabled_in_the_directory(database):
    users = first_listing()
    run_sync(database, users, OPTIONS, profile="corp")
    gone = users[4]  # eve: left out of the listing by a filter, disabled in the directory
    with spilled(users[:4] + users[5:]) as spill:
        asked = []

        def read(dns):
            asked.extend(dns)
            return [replace(gone, disabled=True)]

        found, note = with_disabled_unlisted(database, spill, OPTIONS, "corp", read)
        assert found is spill and note is None and asked == [gone.dn]
        assert len(spill) == len(users) and list(spill)[-1] == replace(gone, disabled=True)
        report = run_sync(database, spill, OPTIONS, profile="corp")
    assert report.disabled_in_directory == ["eve@example.com"] and report.missing == []
