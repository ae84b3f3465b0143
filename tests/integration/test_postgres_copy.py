"""`db copy` moves a database file into PostgreSQL: every row, the file untouched, and the
PostgreSQL schema kept in step with SQLite's."""

from __future__ import annotations

import hashlib

import psycopg
import pytest

from ldapwizard.cli import run
from ldapwizard.core.maildb import schema, schema_pg
from ldapwizard.core.maildb.database import UserDatabase, scratch_copy
from tests.servers.userdb import rows_dump, write_schema_2_file

pytestmark = pytest.mark.postgresql

VIEWS = {"mail_mailboxes": "address", "mail_forwards": "address_key, target",
         "mail_logins": "login_key", "mail_domains": "domain"}


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def views(database: UserDatabase) -> dict[str, list]:
    return {name: database.connection.execute(f"SELECT * FROM {name} ORDER BY {order}")
            .fetchall() for name, order in VIEWS.items()}


def joined(database: UserDatabase) -> dict[str, list[str]]:
    """What Postfix reads of each forwarding address (the order of its targets is free)."""
    return {key: sorted(targets.split(",")) for key, targets in database.connection.execute(
        "SELECT address_key, targets FROM mail_forwards_joined").fetchall()}


def test_a_schema_2_file_is_copied_whole_and_left_as_it_was(tmp_path, pg_url, capsys):
    path = tmp_path / "v2.sqlite"
    write_schema_2_file(path)
    before = digest(path)
    assert run(["db", "copy", "--from", str(path), "--to", pg_url]) == 0
    out = capsys.readouterr().out
    assert "(schema 2)" in out and "3 users" in out and "The file was not changed" in out
    assert digest(path) == before
    with scratch_copy(path) as scratch, UserDatabase.open(scratch, write=True) as file, \
            UserDatabase.open(pg_url) as copied:
        assert rows_dump(copied) == rows_dump(file)
        assert views(copied) == views(file)
    # it goes on where the file left off: new rows get new ids, the next batch number
    assert run(["db", "add-user", "--db", pg_url, "ben@example.com"]) == 0
    assert run(["db", "copy", "--from", str(path), "--to", pg_url]) == 2
    assert "already holds 4 users" in capsys.readouterr().err


def test_a_copy_keeps_batches_revisions_and_undo_working(tmp_path, pg_url, capsys):
    path = tmp_path / "users.sqlite"
    assert run(["--demo", "import", "--domain", "demo.example", "--db", str(path),
                "--all"]) == 0
    assert run(["db", "add-alias", "--db", str(path), "both@demo.example",
                "x@elsewhere.org", "y@elsewhere.org"]) == 0  # revision 1 by its trigger
    assert run(["db", "copy", "--from", str(path), "--to", pg_url]) == 0
    with UserDatabase.open(path) as file, UserDatabase.open(pg_url) as copied:
        assert rows_dump(copied) == rows_dump(file)
        # the joined forwards are made again by the copy's triggers, at its COMMIT
        assert joined(copied)["both@demo.example"] == ["x@elsewhere.org", "y@elsewhere.org"]
        assert joined(copied) == joined(file)
    assert run(["undo", "1", "--db", pg_url]) == 0
    assert "Batch 1 undone" in capsys.readouterr().out


def test_the_postgresql_schema_has_a_step_for_every_sqlite_version():
    assert set(schema_pg.MIGRATIONS) == set(range(schema_pg.CREATED_AT,
                                                   schema.CURRENT_VERSION))


def test_a_postgresql_database_of_an_older_version_migrates_forward(pg_url):
    with psycopg.connect(pg_url, autocommit=True) as connection:  # as version 3 created it
        connection.execute(schema_pg.create_script())
        connection.execute("INSERT INTO domains (name, created_at) VALUES ('example.com', 'x')")
    with UserDatabase.open(pg_url, write=True) as db:
        version = db.connection.execute("SELECT version FROM ldapwizard_meta").fetchone()[0]
        columns = {row[0] for row in db.connection.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'lists'")}
        domains = db.connection.execute("SELECT name FROM domains").fetchall()
    assert version == schema.CURRENT_VERSION > schema_pg.CREATED_AT
    assert {"stable_id", "directory_dn", "profile"} <= columns
    assert domains == [("example.com",)]
