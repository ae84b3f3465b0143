"""Reading a user database in tests, the same way on SQLite and PostgreSQL."""

from __future__ import annotations

from ldapwizard.core.maildb.database import UserDatabase

TABLES = ("domains", "batches", "addresses", "directories", "users", "aliases",
          "alias_targets", "lists", "list_members")


def rows_dump(database: UserDatabase) -> list[str]:
    """Every row of every table of ours, sorted: equal databases, equal dumps."""
    rows = []
    for table in TABLES:
        rows += sorted(f"{table}: {row!r}" for row in database.connection.execute(
            f"SELECT * FROM {table}").fetchall())
    return rows
