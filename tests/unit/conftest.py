"""Fixtures for engine tests that need no directory server: a real SQLite file."""

from __future__ import annotations

import pytest

from ldapwizard.core.maildb.database import UserDatabase


@pytest.fixture
def database(tmp_path):
    """A new user database file, open for writing."""
    with UserDatabase.open(tmp_path / "users.sqlite", write=True, create=True) as db:
        yield db
