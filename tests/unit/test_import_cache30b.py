"""Issue 30, the import's last margin: SQLite's page cache is larger for the import's
transaction only (restored however it ends), and the import's spill is read a page ahead by
a thread while SQLite writes the current page."""

from __future__ import annotations

import threading

import pytest

from ldapwizard.core.errors import Cancelled
from ldapwizard.core.maildb import accounts, importer
from ldapwizard.core.maildb.database import UserDatabase
from ldapwizard.core.maildb.importer import CREATED, run_import, write_order
from ldapwizard.core.maildb.planner import NEW, PlanOptions, make_plan
from ldapwizard.core.maildb.spill import SortedSpill, Spill
from tests.unit.records import person

OPTIONS = PlanOptions(domain="example.com")


def planned(database, count: int):
    with database.transaction() as db:
        accounts.ensure_domain(db, "example.com")
    users = [person(f"user{n:04}", aliases=[f"u{n:04}@example.com"] if n % 4 == 0 else [])
             for n in range(count, 0, -1)]
    plan = make_plan(users, OPTIONS, database.snapshot("example.com"))
    return plan, [e for e in plan.entries if e.status == NEW]


def cache_size(database) -> int:
    return database.connection.execute("PRAGMA cache_size").fetchone()[0]


def test_the_import_has_a_larger_page_cache_and_leaves_it_as_it_was(tmp_path, monkeypatch):
    monkeypatch.setattr(importer, "CACHE_BYTES_PER_USER", 1 << 20)  # 1 MiB a user: 50 MiB
    with UserDatabase.open(tmp_path / "users.sqlite", write=True, create=True) as database:
        plan, entries = planned(database, 50)
        before = cache_size(database)
        seen = []
        report = run_import(database, plan, entries,
                            before_commit=lambda: seen.append(cache_size(database)))
        assert sum(line.status == CREATED for line in report.lines) == 50
        assert seen == [-(50 << 10)]  # negative: KiB
        assert cache_size(database) == before == -2000


def test_a_cancelled_import_leaves_the_page_cache_as_it_was(tmp_path, monkeypatch):
    monkeypatch.setattr(importer, "CACHE_BYTES_PER_USER", 1 << 20)
    with UserDatabase.open(tmp_path / "users.sqlite", write=True, create=True) as database:
        plan, entries = planned(database, 30)
        before = cache_size(database)
        with pytest.raises(Cancelled):
            run_import(database, plan, entries, should_cancel=lambda: True)
        assert cache_size(database) == before
        assert database.connection.execute("SELECT count(*) FROM users").fetchone()[0] == 0


def test_the_spill_is_read_a_page_ahead_by_a_thread_and_gives_every_entry_in_order(tmp_path):
    with UserDatabase.open(tmp_path / "users.sqlite", write=True, create=True) as database:
        _, entries = planned(database, 1000)
        with Spill("test") as chosen:
            ordered = SortedSpill(chosen, importer.CANCEL_EVERY, write_order)
            for entry in entries:
                ordered.add(entry)
            ordered.finish()
            ordered.close()
            readers = []
            read = []
            for chunk, _ in chosen.chunks():
                readers.append([t.name for t in threading.enumerate()
                                if t.name.startswith("ldapwizard-spill")])
                read.extend(chunk)
            assert all(readers[:-1])  # a page was being read ahead while this one was used
            assert [e.user.dn for e in read] == [e.user.dn for e in
                                                 sorted(entries, key=write_order)]
            # left early (a cancel): the reader ends with the iteration
            pages = chosen.chunks()
            next(pages)
            pages.close()
            assert not [t for t in threading.enumerate()
                        if t.name.startswith("ldapwizard-spill") and t.is_alive()]
