"""Issue 26, item 1: every lookup the mail server makes reaches its rows through an index, on
SQLite and on PostgreSQL — the very queries `mailstack render` writes, with aliases, lists and
disabled targets present (bench/mail_lookups.py measures them at 100,000 users); and item 7:
the full address signs in as well as the login, each name belonging to one user only."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from ldapwizard.core.errors import DatabaseError
from ldapwizard.core.maildb import accounts, schema
from ldapwizard.core.maildb.addresses import mailbox_path
from ldapwizard.core.maildb.database import UserDatabase
from ldapwizard.core.mailserver import postfix
from tests.servers import mail_queries

KEYS = {"mail_domains": "example.com", "mail_mailboxes": "amy@example.com",
        "mail_forwards_joined": "staff@example.com", "mail_forwards": "staff@example.com"}
# the view of a row per target: no longer Postfix's, still the contract other readers use
FORWARDS = (None, "target", "mail_forwards", "address_key", "%u@%d")


def postgresql(database: UserDatabase) -> bool:
    return database.dialect != "sqlite"


def render_queries(database: UserDatabase, out: Path, login: str) -> dict[str, str]:
    """The queries Postfix and Dovecot send, as rendered for this back end, with their keys
    filled in."""
    layout = mail_queries.layout(postgresql(database), out)
    queries = mail_queries.rendered(layout)
    queries["mail_forwards"] = postfix.query(layout, FORWARDS)
    return {name: mail_queries.with_key(query, KEYS.get(name, login))
            for name, query in queries.items()}


@pytest.fixture
def populated(database):
    """Users (one disabled, one signing in with the full address), an alias, a list whose
    members include the disabled user, another domain."""
    with database.transaction() as db:
        domain = accounts.ensure_domain(db, "example.com")
        accounts.ensure_domain(db, "other.example")
        for local, login in (("amy", "amy"), ("ben", "ben@example.com"), ("cat", "cat")):
            accounts.add_user(db, domain, accounts.NewUser(local, login,
                                                           password_hash="{PLAIN}unused"))
        accounts.add_alias(db, domain, "boss", ["amy@example.com", "cat@example.com"])
        accounts.add_list(db, domain, "staff", "Staff",
                          ["amy@example.com", "Cat@example.com", "friend@elsewhere.org"])
        accounts.set_enabled(db, "cat@example.com", False)
    return database


def plan_of(database: UserDatabase, query: str) -> str:
    """The plan the back end makes for `query`: SQLite's EXPLAIN QUERY PLAN; PostgreSQL's
    EXPLAIN with sequential scans made the last resort (its tables here are tiny, so it would
    scan them whatever indexes there are: with scans off it scans only where no index
    serves), as JSON."""
    if postgresql(database):
        with database.transaction() as db:
            db.execute("SET LOCAL enable_seqscan = off")
            (plan,), = db.execute("EXPLAIN (FORMAT JSON) " + query).fetchall()
        return plan if isinstance(plan, str) else json.dumps(plan)
    return "\n".join(row[3] for row in database.connection.execute(
        "EXPLAIN QUERY PLAN " + query).fetchall())


def _nodes(node: dict):
    yield node
    for child in node.get("Plans", ()):
        yield from _nodes(child)


def scans(database: UserDatabase, plan: str) -> list[str]:
    """The steps of a plan that read a whole table or a whole index (an index read without a
    condition is what PostgreSQL falls back to with scans off)."""
    if postgresql(database):
        return [f"{node['Node Type']} on {node.get('Relation Name', node.get('Index Name'))}"
                for node in _nodes(json.loads(plan)[0]["Plan"])
                if node["Node Type"] == "Seq Scan"
                or ("Index" in node["Node Type"] and "Index Cond" not in node)]
    return [line for line in plan.splitlines()
            if line.startswith("SCAN") and line != "SCAN CONSTANT ROW"]


@pytest.mark.parametrize("login", ["amy", "amy@example.com"])
def test_every_rendered_lookup_reaches_its_rows_by_index(populated, tmp_path, login):
    queries = render_queries(populated, tmp_path, login)
    assert set(queries) == {"mail_domains", "mail_mailboxes", "mail_forwards_joined",
                            "mail_forwards", "dovecot password_query", "dovecot user_query"}
    for name, query in queries.items():
        plan = plan_of(populated, query)
        assert not scans(populated, plan), f"{name} scans a table:\n{query}\n{plan}"
        assert ("Index" if postgresql(populated) else "USING") in plan, (name, plan)


def test_the_rendered_lookups_answer_as_the_views_promise(populated, tmp_path):
    queries = render_queries(populated, tmp_path, "amy@example.com")
    run = populated.connection.execute
    assert run(queries["mail_domains"]).fetchall() == [("example.com",)]
    assert run(queries["mail_mailboxes"]).fetchall() == [("example.com/amy/",)]
    assert sorted(run(queries["mail_forwards"]).fetchall()) == [
        ("amy@example.com",), ("friend@elsewhere.org",)]  # Cat, disabled, left out
    (joined,), = run(queries["mail_forwards_joined"]).fetchall()  # Postfix's: one row
    assert sorted(joined.split(",")) == ["amy@example.com", "friend@elsewhere.org"]
    password = run(queries["dovecot password_query"]).fetchall()
    assert [row[0] for row in password] == ["amy"]  # signed in as the login
    (home, mail, quota), = run(queries["dovecot user_query"]).fetchall()
    assert (home.endswith("/example.com/amy/"), mail.startswith("maildir:"), quota) == (
        True, True, None)


def names(database: UserDatabase) -> list[tuple]:
    return sorted(database.connection.execute(
        "SELECT name_key, login_key FROM mail_login_names").fetchall())


def test_the_login_and_the_full_address_sign_in_the_enabled_users(populated):
    assert names(populated) == [("amy", "amy"), ("amy@example.com", "amy"),
                                ("ben@example.com", "ben@example.com")]
    with populated.transaction() as db:
        accounts.set_enabled(db, "cat@example.com", True)
        accounts.set_enabled(db, "amy@example.com", False)
    assert names(populated) == [("ben@example.com", "ben@example.com"), ("cat", "cat"),
                                ("cat@example.com", "cat")]
    forwards = sorted(populated.connection.execute(
        "SELECT address, target FROM mail_forwards").fetchall())  # the disabled marks follow
    assert forwards == [("boss@example.com", "cat@example.com"),
                        ("staff@example.com", "Cat@example.com"),
                        ("staff@example.com", "friend@elsewhere.org")]


def test_an_address_is_never_another_users_login(populated):
    with populated.transaction() as db, pytest.raises(accounts.LoginTaken,
                                                      match="taken by amy@example.com"):
        other = accounts.ensure_domain(db, "other.example")
        accounts.add_user(db, other, accounts.NewUser("amy2", "Amy@example.com"))
    with pytest.raises(DatabaseError, match="login_names"), \
            populated.transaction() as db:  # not even by SQL
        db.execute("UPDATE users SET login_key = 'amy@example.com' WHERE local_key = 'ben'")
    with populated.transaction() as db:  # a login that was someone's address, once freed
        db.execute("DELETE FROM alias_targets")
        db.execute("DELETE FROM aliases")
        db.execute("DELETE FROM list_members")
        db.execute("DELETE FROM lists")
        db.execute("DELETE FROM users WHERE local_key = 'amy'")
        accounts.add_user(db, accounts.ensure_domain(db, "other.example"),
                          accounts.NewUser("amy2", "Amy@example.com"))
    assert ("amy@example.com", "amy@example.com") in names(populated)
    assert "amy" not in dict(names(populated))


def test_a_user_whose_address_is_taken_as_a_login_is_refused(populated):
    with populated.transaction() as db:
        other = accounts.ensure_domain(db, "other.example")
        accounts.add_user(db, other, accounts.NewUser("dora", "dan@example.com"))
    with populated.transaction() as db, pytest.raises(accounts.LoginTaken,
                                                      match="taken by dora@other.example"):
        accounts.add_user(db, accounts.ensure_domain(db, "example.com"),
                          accounts.NewUser("dan", "dan"))


def test_a_version_5_file_gains_the_keys_and_names(tmp_path):
    path = tmp_path / "v5.sqlite"
    db = sqlite3.connect(path, isolation_level=None)
    db.create_function("ldapwizard_casefold", 1, str.casefold)  # as database.py migrates
    db.create_function("ldapwizard_mailbox", 2, mailbox_path)
    for migration in schema.MIGRATIONS[:5]:
        db.executescript(migration)
    db.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    db.execute("PRAGMA user_version = 5")
    db.execute("INSERT INTO domains (id, name, created_at) VALUES (1, 'example.com', 'then')")
    for key, login in (("amy", "amy"), ("ben", "ben@example.com")):
        db.execute("INSERT INTO users (domain_id, local_part, local_key, username, login_key, "
                   "mailbox, auth, created_at, updated_at) VALUES (1, ?, ?, ?, ?, ?, 'local', "
                   "'then', 'then')", (key, key, login, login, f"example.com/{key}/"))
    db.execute("INSERT INTO aliases (domain_id, local_part, local_key, created_at) "
               "VALUES (1, 'Boss', 'boss', 'then')")
    db.execute("INSERT INTO alias_targets (alias_id, target) VALUES (1, 'amy@example.com')")
    db.close()
    with UserDatabase.open(path, write=True) as database:
        assert database.connection.execute("PRAGMA user_version").fetchone()[0] == \
            schema.CURRENT_VERSION
        assert names(database) == [("amy", "amy"), ("amy@example.com", "amy"),
                                   ("ben@example.com", "ben@example.com")]
        assert database.connection.execute(
            "SELECT address, target FROM mail_forwards WHERE address_key = 'boss@example.com'"
        ).fetchall() == [("Boss@example.com", "amy@example.com")]
        assert "USING INDEX addresses_by_key" in plan_of(
            database, "SELECT mailbox FROM mail_mailboxes WHERE address_key = 'amy@example.com'")


@pytest.mark.postgresql
def test_a_postgresql_database_of_version_5_lets_its_reader_read_the_login_names(pg_url):
    import psycopg

    from ldapwizard.core.maildb import schema_pg
    from tests.servers.postgres import READER

    with psycopg.connect(pg_url, autocommit=True) as connection:  # as version 5 left it
        connection.execute(schema_pg.create_script() + schema_pg.MIGRATIONS[3]
                           + schema_pg.MIGRATIONS[4])
        connection.execute("UPDATE ldapwizard_meta SET version = 5")
        connection.execute(f"GRANT SELECT ON mail_domains, mail_mailboxes, mail_disabled, "
                           f"mail_forwards, mail_logins TO {READER}")
        connection.execute("INSERT INTO domains (id, name, created_at) "
                           "VALUES (1, 'example.com', 'then')")
        connection.execute("INSERT INTO users (domain_id, local_part, local_key, username, "
                           "login_key, mailbox, auth, enabled, created_at, updated_at) VALUES "
                           "(1, 'Amy', 'amy', 'amy', 'amy', 'example.com/amy/', 'local', 0, "
                           "'then', 'then')")
    with UserDatabase.open(pg_url, write=True) as database:
        run = database.connection.execute
        assert run("SELECT has_table_privilege(?, 'mail_login_names', 'SELECT')",
                   (READER,)).fetchone() == (True,)
        assert run("SELECT address_key, address, disabled FROM addresses").fetchall() == [
            ("amy@example.com", "Amy@example.com", 1)]
        assert run("SELECT * FROM mail_disabled").fetchall() == [(1, "amy@example.com")]
        with database.transaction() as db:
            accounts.set_enabled(db, "amy@example.com", True)
        assert names(database) == [("amy", "amy"), ("amy@example.com", "amy")]
