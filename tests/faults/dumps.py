"""What a user database file holds, read without writing, to compare before and after a fault."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path


def canonical_dump(path: Path) -> list[str]:
    """Every row of every table, sorted, plus the schema version: equal files, equal dumps."""
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
        rows = [f"user_version={db.execute('PRAGMA user_version').fetchone()[0]}"]
        tables = [t for (t,) in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        for table in tables:
            rows += sorted(f"{table}: {row!r}" for row in db.execute(f'SELECT * FROM "{table}"'))
    return rows


def integrity(path: Path) -> str:
    """PRAGMA integrity_check of a database file."""
    with contextlib.closing(sqlite3.connect(path)) as db:
        return db.execute("PRAGMA integrity_check").fetchone()[0]
