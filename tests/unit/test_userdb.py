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


_TABLES_BEFORE_8 = ("batches", "domains", "directories", "users", "aliases", "alias_targets",
                    "lists", "list_members", "addresses", "login_names", "mailboxes_issued",
                    "forwards_joined")
_MAIL_VIEWS = ("mail_domains", "mail_mailboxes", "mail_forwards", "mail_logins",
               "mail_login_names", "mail_forwards_joined")


def _every_row(database) -> dict[str, list]:
    db = database.connection
    return {name: sorted(map(tuple, db.execute(f"SELECT * FROM {name}").fetchall()), key=repr)
            for name in (*_TABLES_BEFORE_8, *_MAIL_VIEWS)}


def test_schema_7_to_8_keeps_every_row_and_the_mail_views_and_names_each_owner(
        database_location):
    """A version 7 database (as an import and a local user left it) gains `jobs`, which names
    every owner its rows know by itself; no row and no mail lookup changes."""
    from ldapwizard.core.maildb import batches
    from ldapwizard.core.maildb.planner import PlanOptions

    source = accounts.DirectorySource("Corp AD", "ldap://dc1.corp:389", "none", None,
                                      "DC=corp", "openldap", "entryUUID")
    with UserDatabase.open(database_location, write=True, create=True) as database:
        with database.transaction() as db:
            domain = accounts.ensure_domain(db, "example.com")
            batch = batches.open_batch(db, "import", PlanOptions(domain="example.com"), domain,
                                       "Corp AD")
            directory = accounts.ensure_directory(db, source, batch)
            accounts.add_user(db, domain, accounts.NewUser(
                "amy", "amy", auth="directory", directory_dn="uid=amy,DC=corp",
                stable_id="1111", profile="Corp AD", directory_id=directory), batch)
            accounts.add_user(db, domain, accounts.NewUser("ben", "ben"))
            accounts.add_user(db, domain, accounts.NewUser(
                "cy", "cy", auth="directory", directory_dn="uid=cy,DC=corp",
                stable_id="2222", profile="127.0.0.1"))
            accounts.add_alias(db, domain, "boss", ["amy@example.com"], batch)
            accounts.add_list(db, domain, "staff", "Staff", ["amy@example.com"], batch,
                              stable_id="3333", profile="Corp AD")
            db.execute("DROP TABLE jobs")  # what version 7 had
            _set_version(database, db, 7)
        before = _every_row(database)
    with UserDatabase.open(database_location, write=True) as database:
        assert _version(database) == CURRENT_VERSION == 8
        assert _every_row(database) == before
        assert sorted(database.connection.execute("SELECT id, name FROM jobs").fetchall()) == [
            ("127.0.0.1", "127.0.0.1"), ("Corp AD", "Corp AD")]
        assert database.connection.execute(
            "SELECT login FROM mail_mailboxes WHERE address_key = 'amy@example.com'"
        ).fetchall() == [("amy",)]


def _is_postgresql(database) -> bool:
    return not isinstance(database.connection, sqlite3.Connection)


def _set_version(database, db, version: int) -> None:
    if _is_postgresql(database):
        db.execute("UPDATE ldapwizard_meta SET version = ?", (version,))
    else:
        db.execute(f"PRAGMA user_version = {version}")


def _version(database) -> int:
    if _is_postgresql(database):
        return database.connection.execute("SELECT version FROM ldapwizard_meta").fetchone()[0]
    return database.connection.execute("PRAGMA user_version").fetchone()[0]
