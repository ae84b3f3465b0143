"""Reading a user database in tests, the same way on SQLite and PostgreSQL."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from ldapwizard.core.maildb.database import UserDatabase, _statements
from ldapwizard.core.maildb.schema import APPLICATION_ID, MIGRATIONS

TABLES = ("domains", "batches", "addresses", "directories", "users", "aliases",
          "alias_targets", "lists", "list_members", "mailboxes_issued", "login_names")


def rows_dump(database: UserDatabase) -> list[str]:
    """Every row of every table of ours, sorted: equal databases, equal dumps."""
    rows = []
    for table in TABLES:
        rows += sorted(f"{table}: {row!r}" for row in database.connection.execute(
            f"SELECT * FROM {table}").fetchall())
    return rows


def old_schema_file(path: Path, version: int) -> sqlite3.Connection:
    """An empty database file as `version` created it, open (autocommit) to add rows."""
    db = sqlite3.connect(path, isolation_level=None)
    for migration in MIGRATIONS[:version]:
        for statement in _statements(migration):
            db.execute(statement)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute(f"PRAGMA user_version = {version}")
    return db


def write_schema_2_file(path: Path) -> None:
    """A database file as version 2 wrote it: two domains, a login used in both, a local part
    with a slash, a user disabled by sync."""
    with closing(old_schema_file(path, 2)) as db:
        for domain_id, name in ((1, "example.com"), (2, "other.example")):
            db.execute("INSERT INTO domains (id, name, created_at) VALUES (?, ?, 'now')",
                       (domain_id, name))
        rows = [(1, "Amy", "amy", "amy", 1), (2, "amy", "amy", "AMY", 1),
                (1, "x/y", "x/y", "xy", 0)]
        for domain_id, local, key, username, enabled in rows:
            db.execute("INSERT INTO users (domain_id, local_part, local_key, username, auth, "
                       "directory_dn, stable_id, profile, enabled, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, 'directory', 'cn=x', ?, 'Lab', ?, 'now', 'now')",
                       (domain_id, local, key, username, f"id-{domain_id}-{key}", enabled))
