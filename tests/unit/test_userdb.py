"""The user database file: created safely, refused safely, one namespace per domain."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from ldapwizard.core.errors import BadInput, DatabaseError
from ldapwizard.core.maildb import accounts
from ldapwizard.core.maildb import database as userdb
from ldapwizard.core.maildb.database import UserDatabase
from ldapwizard.core.maildb.schema import APPLICATION_ID, CURRENT_VERSION


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_new_database_is_versioned_with_wal_and_foreign_keys(sqlite_database):
    db = sqlite_database.connection
    assert db.execute("PRAGMA user_version").fetchone()[0] == CURRENT_VERSION
    assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"name,email\nJohn,j@example.com\n", "not an SQLite file"),
        ("other-sqlite", "database of another program"),
        ("newer", "written by a newer ldapwizard"),
        (b"SQLite format 3\x00" + b"\x13" * 200, "damaged or not a database"),
    ],
)
def test_files_that_are_not_our_database_are_refused_and_left_alone(tmp_path, content,
                                                                     message):
    path = tmp_path / "file.db"
    if content == "other-sqlite":
        with sqlite3.connect(path) as other:
            other.execute("CREATE TABLE invoices (id INTEGER)")
    elif content == "newer":
        with UserDatabase.open(path, write=True, create=True):
            pass
        with sqlite3.connect(path) as other:
            other.execute(f"PRAGMA user_version = {CURRENT_VERSION + 1}")
    else:
        path.write_bytes(content)
    before = digest(path)
    with pytest.raises(BadInput, match=message):
        UserDatabase.open(path, write=True, create=True)
    assert digest(path) == before


def test_a_read_only_file_is_refused_for_writing_and_still_readable(tmpfs):
    folder, make_read_only = tmpfs
    path = folder / "users.sqlite"
    with UserDatabase.open(path, write=True, create=True) as database, \
            database.transaction() as db:
        accounts.ensure_domain(db, "example.com")
    make_read_only()
    before = digest(path)
    with pytest.raises(DatabaseError, match="read-only"):
        UserDatabase.open(path, write=True)
    with UserDatabase.open(path) as database:
        assert database.domain_id("example.com") is not None
    assert digest(path) == before


def test_a_locked_database_is_reported_not_waited_on_forever(tmp_path, monkeypatch):
    monkeypatch.setattr(userdb, "BUSY_TIMEOUT_MS", 200)
    path = tmp_path / "users.sqlite"
    with UserDatabase.open(path, write=True, create=True):
        pass
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseError, match="locked by another program"), \
                UserDatabase.open(path, write=True) as database, database.transaction():
            pass
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_missing_database_is_not_created_by_readers(tmp_path):
    with pytest.raises(BadInput, match="no user database"):
        UserDatabase.open(tmp_path / "none.sqlite")
    assert not (tmp_path / "none.sqlite").exists()


def test_one_address_has_one_owner_whatever_kind_or_case(database):
    with database.transaction() as db:
        domain = accounts.ensure_domain(db, "Example.COM")
        accounts.add_user(db, domain, accounts.NewUser("John.Doe", "John.Doe"))
    for add in (
        lambda db: accounts.add_alias(db, domain, "john.doe", ["x@example.org"]),
        lambda db: accounts.add_list(db, domain, "JOHN.DOE", "List", []),
        lambda db: accounts.add_user(db, domain, accounts.NewUser("john.DOE", "j")),
    ):
        with pytest.raises(accounts.AddressTaken, match="user John.Doe@example.com exists"), \
                database.transaction() as db:
            add(db)
    # the database itself refuses, even when the check is bypassed
    with pytest.raises(DatabaseError, match="(?i)unique constraint"), \
            database.transaction() as db:
        db.execute("INSERT INTO aliases (domain_id, local_part, local_key, created_at) "
                   "VALUES (?, 'JOHN.doe', 'john.doe', 'now')", (domain,))
    assert database.namespace(domain) == {"john.doe": ("user", "John.Doe")}


def test_directory_users_cannot_carry_a_password(database):
    with pytest.raises(DatabaseError, match="(?i)check constraint"), \
            database.transaction() as db:
        domain = accounts.ensure_domain(db, "example.com")
        db.execute("INSERT INTO users (domain_id, local_part, local_key, username, login_key, "
                   "mailbox, auth, password_hash, directory_dn, stable_id, created_at, "
                   "updated_at) VALUES (?, 'a', 'a', 'a', 'a', 'example.com/a/', 'directory', "
                   "'x', 'cn=a', 'id', 'now', 'now')", (domain,))


def test_an_older_database_is_migrated_forward_keeping_its_rows(tmp_path):
    from ldapwizard.core.maildb.database import _statements
    from ldapwizard.core.maildb.schema import MIGRATIONS

    path = tmp_path / "v1.sqlite"
    with sqlite3.connect(path, isolation_level=None) as db:  # what version 1 wrote
        for statement in _statements(MIGRATIONS[0]):
            db.execute(statement)
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        db.execute("PRAGMA user_version = 1")
        db.execute("INSERT INTO domains (name, created_at) VALUES ('example.com', 'now')")
    with pytest.raises(BadInput, match="older schema"):
        UserDatabase.open(path)  # a reader does not upgrade behind the admin's back
    with UserDatabase.open(path, write=True) as database:
        db = database.connection
        assert db.execute("PRAGMA user_version").fetchone()[0] == CURRENT_VERSION
        assert "disabled_at" in {row[1] for row in db.execute("PRAGMA table_info(users)")}
        assert database.domain_id("example.com") == 1


def _version_7_rows(execute) -> None:
    """A list made from a group and one made by hand, as version 7 stored them."""
    execute("INSERT INTO domains (id, name, created_at) VALUES (1, 'example.com', 'then')")
    execute("INSERT INTO lists (id, domain_id, local_part, local_key, created_at, stable_id, "
            "profile) VALUES (1, 1, 'Staff', 'staff', 'then', 'g-staff', 'corp')")
    execute("INSERT INTO lists (id, domain_id, local_part, local_key, created_at) "
            "VALUES (2, 1, 'Friends', 'friends', 'then')")
    execute("INSERT INTO list_members (list_id, address, address_key) VALUES "
            "(1, 'a@elsewhere.org', 'a@elsewhere.org'), (2, 'b@elsewhere.org', "
            "'b@elsewhere.org')")


def _sources_and_forwards(database) -> tuple[list, list]:
    db = database.connection
    return (db.execute("SELECT list_id, address, source FROM list_members "
                       "ORDER BY list_id").fetchall(),
            db.execute("SELECT address_key, targets FROM mail_forwards_joined "
                       "ORDER BY address_key").fetchall())


EXPECTED_V9 = ([(1, "a@elsewhere.org", "directory"), (2, "b@elsewhere.org", "admin")],
               [("friends@example.com", "b@elsewhere.org"),
                ("staff@example.com", "a@elsewhere.org")])


def test_a_version_7_file_learns_where_each_list_member_came_from(tmp_path):
    from ldapwizard.core.maildb import schema
    from ldapwizard.core.maildb.addresses import mailbox_path

    path = tmp_path / "v7.sqlite"
    db = sqlite3.connect(path, isolation_level=None)
    db.create_function("ldapwizard_casefold", 1, str.casefold)  # as database.py migrates
    db.create_function("ldapwizard_mailbox", 2, mailbox_path)
    for migration in schema.MIGRATIONS[:7]:
        db.executescript(migration)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute("PRAGMA user_version = 7")
    _version_7_rows(db.execute)
    db.executescript(schema.schema_v7.SQLITE_REFRESH)  # joined, as its COMMITs did
    db.close()
    with UserDatabase.open(path, write=True) as database:
        got = _sources_and_forwards(database)
        with database.transaction() as writing:  # written without a source: the admin's
            writing.execute("INSERT INTO list_members (list_id, address, address_key) "
                            "VALUES (1, 'c@elsewhere.org', 'c@elsewhere.org')")
        added = database.connection.execute("SELECT source FROM list_members "
                                            "WHERE address = 'c@elsewhere.org'").fetchone()
    assert [tuple(r) for r in got[0]] == EXPECTED_V9[0]
    assert [tuple(r) for r in got[1]] == EXPECTED_V9[1]  # Postfix's answers unchanged
    assert tuple(added) == ("admin",)


@pytest.mark.postgresql
def test_a_postgresql_database_of_version_7_learns_it_and_its_reader_still_reads(pg_url):
    import psycopg

    from ldapwizard.core.maildb import schema_pg
    from tests.servers.postgres import READER

    with psycopg.connect(pg_url, autocommit=True) as connection:  # as version 7 left it
        connection.execute(schema_pg.create_script() + "".join(
            schema_pg.MIGRATIONS[step] for step in (3, 4, 5, 6)))
        connection.execute("UPDATE ldapwizard_meta SET version = 7")
        for view in schema_pg.MAIL_VIEWS:
            connection.execute(f"GRANT SELECT ON {view} TO {READER}")
        with connection.transaction():
            _version_7_rows(lambda sql: connection.execute(sql))
    with UserDatabase.open(pg_url, write=True) as database:
        got = _sources_and_forwards(database)
        readable = [database.connection.execute(
            "SELECT has_table_privilege(?, ?, 'SELECT')", (READER, view)).fetchone()[0]
            for view in schema_pg.MAIL_VIEWS]
    assert [tuple(r) for r in got[0]] == EXPECTED_V9[0]
    assert [tuple(r) for r in got[1]] == EXPECTED_V9[1]
    assert all(readable)


def _owners_of_version_7(execute) -> None:
    """Rows a version 7 database holds for two owners: a saved job (by its name, as profiles
    owned rows then) and an unsaved job (by its server)."""
    execute("INSERT INTO batches (id, kind, domain, domain_id, profile, started_at, "
            "finished_at) VALUES (1, 'import', 'example.com', 1, 'corp', 'then', 'later')")
    execute("INSERT INTO directories (id, name, uri, security, server_type, "
            "stable_id_attribute, updated_at) VALUES (1, 'corp', 'ldap://dc1.corp:389', "
            "'none', 'openldap', 'entryUUID', 'then')")
    execute("INSERT INTO users (domain_id, local_part, local_key, username, login_key, "
            "mailbox, auth, directory_dn, stable_id, profile, directory_id, batch_id, "
            "created_at, updated_at) VALUES (1, 'amy', 'amy', 'amy', 'amy', "
            "'example.com/amy/', 'directory', 'uid=amy', 'u-1', 'corp', 1, 1, 'then', 'then'),"
            " (1, 'cy', 'cy', 'cy', 'cy', 'example.com/cy/', 'directory', 'uid=cy', 'u-2', "
            "'127.0.0.1', NULL, NULL, 'then', 'then')")


_KEPT = {"users": "SELECT local_part, profile, directory_id, batch_id FROM users",
         "batches": "SELECT id, profile FROM batches", "lists": "SELECT id, profile FROM lists",
         "directories": "SELECT id, name FROM directories",
         "logins": "SELECT login, directory FROM mail_logins"}


def _kept(database) -> dict[str, list]:
    return {name: sorted(tuple(row) for row in database.connection.execute(sql).fetchall())
            for name, sql in _KEPT.items()}


EXPECTED_V8 = {"users": [("amy", "corp", 1, 1), ("cy", "127.0.0.1", None, None)],
               "batches": [(1, "corp")], "lists": [(1, "corp"), (2, None)],
               "directories": [(1, "corp")], "logins": [("amy", "corp"), ("cy", None)]}


def test_schema_8_on_a_version_7_file_keeps_every_owner_and_names_each_in_jobs(tmp_path):
    from ldapwizard.core.maildb import schema
    from ldapwizard.core.maildb.addresses import mailbox_path

    path = tmp_path / "v7.sqlite"
    db = sqlite3.connect(path, isolation_level=None)
    db.create_function("ldapwizard_casefold", 1, str.casefold)
    db.create_function("ldapwizard_mailbox", 2, mailbox_path)
    for migration in schema.MIGRATIONS[:7]:
        db.executescript(migration)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute("PRAGMA user_version = 7")
    _version_7_rows(db.execute)
    _owners_of_version_7(db.execute)
    db.close()
    with UserDatabase.open(path, write=True) as database:
        assert _kept(database) == EXPECTED_V8
        assert sorted(database.connection.execute("SELECT id, name FROM jobs").fetchall()) == [
            ("127.0.0.1", "127.0.0.1"), ("corp", "corp")]


@pytest.mark.postgresql
def test_schema_8_on_a_version_7_postgresql_database_keeps_every_owner_too(pg_url):
    import psycopg

    from ldapwizard.core.maildb import schema_pg

    with psycopg.connect(pg_url, autocommit=True) as connection:  # as version 7 left it
        connection.execute(schema_pg.create_script() + "".join(
            schema_pg.MIGRATIONS[step] for step in (3, 4, 5, 6)))
        connection.execute("UPDATE ldapwizard_meta SET version = 7")
        with connection.transaction():
            _version_7_rows(lambda sql: connection.execute(sql))
            _owners_of_version_7(lambda sql: connection.execute(sql))
    with UserDatabase.open(pg_url, write=True) as database:
        assert _kept(database) == EXPECTED_V8
        assert sorted(tuple(r) for r in database.connection.execute(
            "SELECT id, name FROM jobs").fetchall()) == [("127.0.0.1", "127.0.0.1"),
                                                         ("corp", "corp")]
