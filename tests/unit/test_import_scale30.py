"""Issue 30's bulk import: the users written in the order of their addresses' keys (a spill
sorted in runs and merged), many rows to a statement. The database ends as the row-by-row
path leaves it, a clash is refused as that path refuses it, and the order is the address's."""

from __future__ import annotations

import sqlite3

import pytest

from ldapwizard.core.maildb import accounts, importer
from ldapwizard.core.maildb.import_stream import StreamedImport
from ldapwizard.core.maildb.importer import CREATED, SKIPPED, run_import, write_order
from ldapwizard.core.maildb.planner import NEW, PlanOptions, make_plan
from ldapwizard.core.maildb.spill import SortedSpill, Spill
from tests.unit.records import person

OPTIONS = PlanOptions(domain="example.com", sign_in_names=("upn",))


def mixed_listing():
    """Users listed out of address order, with aliases, one shared alias, a login that is not
    the address, a duplicate address, a non-ASCII address and a disabled account."""
    return [
        person("zed", aliases=["z@example.com", "help@example.com"]),
        person("amy", aliases=["info@example.com", "amy@elsewhere.org"]),
        person("Mike", aliases=["help@example.com"]),
        person("bob", username="robert"),
        person("jürgen", aliases=["juergen@example.com"]),
        person("dup"), person("dup2", email="dup@example.com"),
        person("off", disabled=True),
        *(person(f"user{n:03}", aliases=[f"u{n:03}@example.com"] if n % 3 == 0 else [])
          for n in range(450, 0, -7)),
    ]


def table_contents(connection) -> dict[str, list]:
    """What an import leaves, without the row ids and times that differ between runs."""
    queries = {
        "users": "SELECT local_part, local_key, username, login_key, mailbox, display_name, "
                 "directory_dn, stable_id, enabled, revision, auth FROM users",
        "aliases": "SELECT local_part, local_key, revision FROM aliases",
        "targets": "SELECT a.local_key, t.target, u.local_key FROM alias_targets t "
                   "JOIN aliases a ON a.id = t.alias_id LEFT JOIN users u ON u.id = t.user_id",
        "addresses": "SELECT local_key, kind, address_key, address, disabled FROM addresses",
        "login_names": "SELECT n.name_key, u.local_key FROM login_names n "
                       "JOIN users u ON u.id = n.user_id",
        "mailboxes_issued": "SELECT mailbox, address, stable_id FROM mailboxes_issued",
        "forwards_joined": "SELECT address_key, targets FROM forwards_joined",
    }
    return {name: sorted(connection.execute(sql).fetchall()) for name, sql in queries.items()}


def plan_and_import(database, users):
    with database.transaction() as db:
        accounts.ensure_domain(db, "example.com")
    plan = make_plan(users, OPTIONS, database.snapshot("example.com"))
    report = run_import(database, plan, [e for e in plan.entries if e.status == NEW])
    return plan, report


def created(report) -> int:
    return sum(1 for line in report.lines if line.status == CREATED)


def refuse_every_run(*args, **kwargs):
    raise sqlite3.IntegrityError("UNIQUE constraint failed: (the test refuses every run)")


def test_the_bulk_path_leaves_the_database_the_row_path_leaves(tmp_path, monkeypatch):
    from ldapwizard.core.maildb.database import UserDatabase

    users = mixed_listing()
    with UserDatabase.open(tmp_path / "bulk.sqlite", write=True, create=True) as bulk:
        _, report = plan_and_import(bulk, users)
        assert created(report) > 60
        bulk_rows = table_contents(bulk.connection)
    # every run refused: each entry written on its own (write_entry), as before issue 30
    monkeypatch.setattr(importer.accounts, "add_users", refuse_every_run)
    with UserDatabase.open(tmp_path / "rows.sqlite", write=True, create=True) as rows:
        _, row_report = plan_and_import(rows, users)
        row_rows = table_contents(rows.connection)
    assert created(row_report) == created(report)
    assert bulk_rows == row_rows
    assert bulk_rows["targets"] and bulk_rows["forwards_joined"]


def test_a_bulk_run_refuses_a_taken_address_as_the_row_path_does(sqlite_database):
    users = mixed_listing()
    with sqlite_database.transaction() as db:
        domain = accounts.ensure_domain(db, "example.com")
    plan = make_plan(users, OPTIONS, sqlite_database.snapshot("example.com"))
    chosen = [e for e in plan.entries if e.status == NEW]
    with sqlite_database.transaction() as db:  # taken after planning, by hand
        accounts.add_alias(db, domain, "User100", ["amy@example.com"])
    report = run_import(sqlite_database, plan, chosen)
    by_address = {line.address: line for line in report.lines}
    refused = by_address["user100@example.com"]
    assert refused.status == SKIPPED
    assert refused.reason == "alias User100@example.com exists now"
    assert created(report) == len(chosen) - 1
    names = {row[0] for row in sqlite_database.connection.execute(
        "SELECT local_key FROM users")}
    assert "user100" not in names and {"user450", "user002", "amy", "zed"} <= names


def test_the_import_writes_users_in_the_order_of_their_addresses(sqlite_database):
    plan_and_import(sqlite_database, mixed_listing())
    keys = [key for key, in sqlite_database.connection.execute(
        "SELECT local_key FROM users ORDER BY id")]
    assert len(keys) > 60 and keys == sorted(keys)


def test_the_streamed_import_spills_its_entries_sorted_by_address(sqlite_database):
    users = mixed_listing()
    with sqlite_database.transaction() as db:
        accounts.ensure_domain(db, "example.com")
    plan = make_plan(users, OPTIONS, sqlite_database.snapshot("example.com"))
    with StreamedImport(OPTIONS) as streamed:
        for start in range(0, len(users), 7):
            streamed.listing.write_page(users[start:start + 7])
        with sqlite_database.consistent_reads():
            streamed.choose(sqlite_database.snapshot("example.com"), [])
        spilled = [entry for _, page, _ in streamed.chosen for entry in page]
    assert spilled == sorted([e for e in plan.entries if e.status == NEW], key=write_order)


@pytest.mark.parametrize("count", [0, 1, 5, 23])
def test_a_sorted_spill_merges_its_runs_in_order_ties_as_given(monkeypatch, count):
    monkeypatch.setattr(SortedSpill, "RUN", 4)
    plan = make_plan([person(f"n{(n * 7) % 10}", stable_id=f"id-{n}", dn=f"uid=p{n},dc=x")
                      for n in range(count)], PlanOptions(domain="example.com"))
    with Spill("test") as spill:
        ordered = SortedSpill(spill, 3, write_order)
        for entry in plan.entries:
            ordered.add(entry)
        ordered.finish()
        assert ordered._runs is None  # the runs' file is gone
        pages = [page for _, page, _ in spill]
    assert all(len(page) == 3 for page in pages[:-1])
    got = [(e.local_part, e.user.dn) for page in pages for e in page]
    # sorted by key; entries of one key in the order given (Python's sort is stable)
    assert got == [(e.local_part, e.user.dn) for e in sorted(plan.entries, key=write_order)]
    assert len(got) == count


def test_rows_per_statement_keep_within_an_older_sqlites_parameters(tmp_path):
    """SQLite before 3.32 allows 999 parameters a statement: a run is split to fit."""
    from ldapwizard.core.maildb.database import UserDatabase

    users = mixed_listing()
    with UserDatabase.open(tmp_path / "wide.sqlite", write=True, create=True) as wide:
        plan_and_import(wide, users)
        expected = table_contents(wide.connection)
    with UserDatabase.open(tmp_path / "narrow.sqlite", write=True, create=True) as narrow:
        narrow.connection.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 999)
        assert accounts.rows_per_statement(narrow.connection, 18) == 55  # fewer than a run
        assert accounts.rows_per_statement(narrow.connection, 3) == 332
        _, report = plan_and_import(narrow, users)
        assert table_contents(narrow.connection) == expected
    assert created(report) > 60
