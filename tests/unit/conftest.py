"""Fixtures for engine tests that need no directory server: a real user database.

`database` runs a test on both back ends: a real SQLite file, and a fresh database in the
private PostgreSQL cluster (marked `postgresql`; tests/servers/pg_fixtures.py). Tests of
what only a file has (its header, WAL, locks, permissions) take `sqlite_database`.
"""

from __future__ import annotations

import pytest

from ldapwizard.core.maildb.database import UserDatabase

BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)]


@pytest.fixture(params=BACKENDS)
def database_location(request, tmp_path):
    """Where a new user database goes: a file path, or a PostgreSQL URL (no password)."""
    if request.param == "sqlite":
        return tmp_path / "users.sqlite"
    return request.getfixturevalue("pg_url")


@pytest.fixture
def database(database_location):
    """A new user database, open for writing, on each back end."""
    with UserDatabase.open(database_location, write=True, create=True) as db:
        yield db


@pytest.fixture
def sqlite_database(tmp_path):
    """A new user database file, open for writing."""
    with UserDatabase.open(tmp_path / "users.sqlite", write=True, create=True) as db:
        yield db
