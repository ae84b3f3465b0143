"""Issue 30, the import's last margin: SQLite's page cache is larger for the import's
transaction only, and as it was after, however the import ends."""

from __future__ import annotations

import pytest

from ldapwizard.core.errors import Cancelled
from ldapwizard.core.maildb import accounts, importer
from ldapwizard.core.maildb.database import UserDatabase
from ldapwizard.core.maildb.importer import CREATED, run_import
from ldapwizard.core.maildb.planner import NEW, PlanOptions, make_plan
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
