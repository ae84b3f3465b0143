"""Schema version 10: `welcome_sent` belongs to the schema on both back ends; a version 9
database (with or without the table `welcome send` made itself) migrates keeping its rows,
the mail server's reader still reads, and `db copy` copies who was welcomed."""

from __future__ import annotations

import sqlite3

import pytest

from ldapwizard.core.maildb import schema
from ldapwizard.core.maildb.addresses import mailbox_path
from ldapwizard.core.maildb.database import UserDatabase
from ldapwizard.core.maildb.schema import APPLICATION_ID, CURRENT_VERSION

# the table as `welcome send` made it before version 10
OLD_TABLE = """CREATE TABLE IF NOT EXISTS welcome_sent (
    user_id {id_type} PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    sent_at TEXT,
    error TEXT
)"""


def _version_9_rows(execute, *, welcomed: bool, id_type: str) -> None:
    execute("INSERT INTO domains (id, name, created_at) VALUES (1, 'example.com', 'then')")
    for user_id, local in ((1, "amy"), (2, "cy")):
        execute("INSERT INTO users (id, domain_id, local_part, local_key, username, login_key, "
                "mailbox, auth, password_hash, created_at, updated_at) VALUES "
                f"({user_id}, 1, '{local}', '{local}', '{local}', '{local}', "
                f"'example.com/{local}/', 'local', 'x', 'then', 'then')")
    if welcomed:
        execute(OLD_TABLE.format(id_type=id_type))
        execute("INSERT INTO welcome_sent (user_id, sent_at, error) VALUES "
                "(1, 'then', NULL), (2, NULL, '550 5.1.1 no such user')")


def _welcome_rows(database) -> list[tuple]:
    return [tuple(row) for row in database.connection.execute(
        "SELECT user_id, sent_at, error FROM welcome_sent ORDER BY user_id").fetchall()]


def _version_9_file(path, *, welcomed: bool) -> None:
    db = sqlite3.connect(path, isolation_level=None)
    db.create_function("ldapwizard_casefold", 1, str.casefold)  # as database.py migrates
    db.create_function("ldapwizard_mailbox", 2, mailbox_path)
    for migration in schema.MIGRATIONS[:9]:
        db.executescript(migration)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute("PRAGMA user_version = 9")
    db.execute("PRAGMA foreign_keys = ON")
    _version_9_rows(db.execute, welcomed=welcomed, id_type="INTEGER")
    db.close()


@pytest.mark.parametrize("welcomed", [True, False])
def test_a_version_9_file_gets_welcome_sent_keeping_the_rows_it_had(tmp_path, welcomed):
    path = tmp_path / "v9.sqlite"
    _version_9_file(path, welcomed=welcomed)
    with UserDatabase.open(path, write=True) as database:
        version = database.connection.execute("PRAGMA user_version").fetchone()[0]
        rows = _welcome_rows(database)
        with database.transaction() as db:  # the row goes with its user
            db.execute("INSERT INTO welcome_sent (user_id, sent_at) VALUES (2, 'now') "
                       "ON CONFLICT (user_id) DO UPDATE SET sent_at = 'now', error = NULL")
            db.execute("DELETE FROM users WHERE id = 1")
        after = _welcome_rows(database)
    assert version == CURRENT_VERSION == 10
    assert rows == ([(1, "then", None), (2, None, "550 5.1.1 no such user")] if welcomed
                    else [])
    assert after == [(2, "now", None)]


@pytest.mark.postgresql
@pytest.mark.parametrize("welcomed", [True, False])
def test_a_postgresql_database_of_version_9_gets_it_and_its_reader_still_reads(pg_url,
                                                                              welcomed):
    import psycopg

    from ldapwizard.core.maildb import schema_pg
    from tests.servers.postgres import READER

    with psycopg.connect(pg_url, autocommit=True) as connection:  # as version 9 left it
        connection.execute(schema_pg.create_script() + "".join(
            schema_pg.MIGRATIONS[step] for step in range(schema_pg.CREATED_AT, 9)))
        connection.execute("UPDATE ldapwizard_meta SET version = 9")
        for view in schema_pg.MAIL_VIEWS:
            connection.execute(f"GRANT SELECT ON {view} TO {READER}")
        with connection.transaction():
            _version_9_rows(lambda sql: connection.execute(sql), welcomed=welcomed,
                            id_type="BIGINT")
    with UserDatabase.open(pg_url, write=True) as database:
        version = database.connection.execute(
            "SELECT version FROM ldapwizard_meta").fetchone()[0]
        rows = _welcome_rows(database)
        readable = [database.connection.execute(
            "SELECT has_table_privilege(?, ?, 'SELECT')", (READER, view)).fetchone()[0]
            for view in schema_pg.MAIL_VIEWS]
        secret = database.connection.execute(
            "SELECT has_table_privilege(?, 'welcome_sent', 'SELECT')", (READER,)).fetchone()[0]
    assert version == CURRENT_VERSION == 10
    assert rows == ([(1, "then", None), (2, None, "550 5.1.1 no such user")] if welcomed
                    else [])
    assert all(readable) and not secret


@pytest.mark.postgresql
def test_db_copy_copies_who_was_welcomed(tmp_path, pg_url):
    from ldapwizard.cli import run

    path = tmp_path / "v9.sqlite"
    _version_9_file(path, welcomed=True)
    assert run(["db", "copy", "--from", str(path), "--to", pg_url]) == 0
    with UserDatabase.open(pg_url) as copied:
        assert _welcome_rows(copied) == [(1, "then", None), (2, None, "550 5.1.1 no such user")]
