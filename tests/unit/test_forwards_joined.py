"""Issue 26, item 1: Postfix reads a forwarding address's targets joined in one row
(`mail_forwards_joined`, kept in `forwards_joined` and refreshed at COMMIT), which must say
exactly what `mail_forwards` says, grouped, after every kind of write: import, sync
(disabled and enabled in the directory, list members changed), undo, the `db` commands and
plain SQL; on both back ends, and after a migration."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from dataclasses import replace

import pytest

from ldapwizard.cli import run
from ldapwizard.core.directory.records import DirectoryGroup
from ldapwizard.core.maildb import accounts, schema
from ldapwizard.core.maildb.addresses import mailbox_path
from ldapwizard.core.maildb.database import UserDatabase
from ldapwizard.core.maildb.importer import run_import
from ldapwizard.core.maildb.planner import NEW, PlanOptions, make_plan
from ldapwizard.core.maildb.sync import run_sync
from ldapwizard.core.maildb.undo import undo_batch
from tests.unit.records import person

OPTIONS = PlanOptions(domain="example.com")
AMY, BEN, CAT, DAN = (person("amy", aliases=("boss@example.com",)), person("ben"),
                      person("cat"), person("dan"))
PARTNER = ("cn=ext,dc=example,dc=com", "partner@elsewhere.org")


def group(name, *users, outside=()):
    return DirectoryGroup(f"cn={name},ou=groups,dc=example,dc=com", f"g-{name}", name.title(),
                          f"{name}@example.com",
                          tuple((u.dn, u.email) for u in users) + tuple(outside))


def joined(database) -> dict[str, list[str]]:
    """What Postfix reads: each address's targets, split where Postfix splits them."""
    return {key: sorted(targets.split(",")) for key, targets in database.connection.execute(
        "SELECT address_key, targets FROM mail_forwards_joined").fetchall()}


def agreed(database) -> dict[str, list[str]]:
    """The joined targets, once shown to be mail_forwards' rows grouped, and nothing left
    marked for a refresh."""
    grouped = defaultdict(list)
    for key, target in database.connection.execute(
            "SELECT address_key, target FROM mail_forwards").fetchall():
        grouped[key].append(target)
    assert joined(database) == {key: sorted(targets) for key, targets in grouped.items()}
    assert database.connection.execute("SELECT count(*) FROM forwards_dirty").fetchone() == (0,)
    return joined(database)


def import_batch(database, users, groups) -> int:
    plan = make_plan(users, OPTIONS, database.snapshot("example.com"), groups)
    return run_import(database, plan, [e for e in plan.entries if e.status == NEW],
                      profile="corp").batch_id


def cli(database, *words) -> None:
    assert run(["db", *words, "--db", str(database.path)]) == 0


def test_the_joined_forwards_follow_import_sync_undo_and_the_db_commands(database):
    staff, team = group("staff", AMY, BEN, CAT, outside=(PARTNER,)), group("team", AMY, DAN)
    import_batch(database, [AMY, BEN, CAT, DAN], [staff, team])
    # the partner outside the import is the admin's to add (issue 28): by hand
    cli(database, "add-member", "staff@example.com", "partner@elsewhere.org")
    assert agreed(database) == {
        "boss@example.com": ["amy@example.com"],
        "staff@example.com": ["amy@example.com", "ben@example.com", "cat@example.com",
                              "partner@elsewhere.org"],
        "team@example.com": ["amy@example.com", "dan@example.com"]}

    # the directory disables cat and moves ben out of staff, dan in
    moved = group("staff", AMY, CAT, DAN, outside=(PARTNER,))
    run_sync(database, [AMY, BEN, replace(CAT, disabled=True), DAN], OPTIONS,
             profile="corp", groups=[moved, team])
    assert agreed(database)["staff@example.com"] == [
        "amy@example.com", "dan@example.com", "partner@elsewhere.org"]
    run_sync(database, [AMY, BEN, CAT, DAN], OPTIONS, profile="corp", groups=[moved, team])
    assert "cat@example.com" in agreed(database)["staff@example.com"]

    cli(database, "add-alias", "info@example.com", "amy@example.com", "cat@example.com")
    cli(database, "add-list", "all@example.com", "amy@example.com", "ben@example.com")
    cli(database, "disable", "amy@example.com")
    forwards = agreed(database)
    assert "boss@example.com" not in forwards  # its one target disabled: no answer at all
    assert forwards["info@example.com"] == ["cat@example.com"]
    assert forwards["all@example.com"] == ["ben@example.com"]
    assert forwards["team@example.com"] == ["dan@example.com"]
    cli(database, "enable", "amy@example.com")
    assert agreed(database)["boss@example.com"] == ["amy@example.com"]

    eve = person("eve")
    batch = import_batch(database, [AMY, BEN, CAT, DAN, eve],
                         [moved, team, group("new", eve, BEN)])
    assert agreed(database)["new@example.com"] == ["ben@example.com", "eve@example.com"]
    undo_batch(database, batch)
    assert "new@example.com" not in agreed(database)

    with database.transaction() as db:  # plain SQL commits the same way
        db.execute("DELETE FROM list_members WHERE address_key = 'dan@example.com'")
        db.execute("UPDATE alias_targets SET target = 'ben@example.com' "
                   "WHERE target = 'cat@example.com'")
        db.execute("UPDATE users SET enabled = 0 WHERE local_key = 'ben'")
    forwards = agreed(database)
    assert forwards["team@example.com"] == ["amy@example.com"]
    assert forwards["info@example.com"] == ["amy@example.com"]  # ben, now its, disabled
    assert forwards["all@example.com"] == ["amy@example.com"]


def test_many_addresses_changed_at_once_are_joined_as_well(database):
    """PostgreSQL joins a few marked addresses one by one and many in one statement."""
    import_batch(database, [AMY, BEN, CAT], [])
    with database.transaction() as db:
        domain = database.domain_id("example.com")
        for number in range(150):
            accounts.add_alias(db, domain, f"a{number}", ["ben@example.com",
                                                          f"x{number}@elsewhere.org"])
        accounts.set_enabled(db, "ben@example.com", False)
    forwards = agreed(database)
    assert len(forwards) == 151 and forwards["a7@example.com"] == ["x7@elsewhere.org"]
    with database.transaction() as db:
        accounts.set_enabled(db, "ben@example.com", True)
    assert agreed(database)["a149@example.com"] == ["ben@example.com", "x149@elsewhere.org"]


def test_a_version_6_file_gains_the_joined_forwards(tmp_path):
    path = tmp_path / "v6.sqlite"
    db = sqlite3.connect(path, isolation_level=None)
    db.create_function("ldapwizard_casefold", 1, str.casefold)  # as database.py migrates
    db.create_function("ldapwizard_mailbox", 2, mailbox_path)
    for migration in schema.MIGRATIONS[:6]:
        db.executescript(migration)
    db.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    db.execute("PRAGMA user_version = 6")
    db.execute("INSERT INTO domains (id, name, created_at) VALUES (1, 'example.com', 'then')")
    for key, enabled in (("amy", 1), ("ben", 0)):
        db.execute("INSERT INTO users (domain_id, local_part, local_key, username, login_key, "
                   "mailbox, auth, enabled, created_at, updated_at) VALUES (1, ?, ?, ?, ?, ?, "
                   "'local', ?, 'then', 'then')", (key, key, key, key, f"example.com/{key}/",
                                                   enabled))
    db.execute("INSERT INTO lists (domain_id, local_part, local_key, created_at) "
               "VALUES (1, 'All', 'all', 'then')")
    db.executemany("INSERT INTO list_members (list_id, address, address_key) VALUES (1, ?, ?)",
                   [("Amy@example.com", "amy@example.com"), ("ben@example.com",) * 2])
    db.close()
    with UserDatabase.open(path, write=True) as database:
        assert agreed(database) == {"all@example.com": ["Amy@example.com"]}


@pytest.mark.postgresql
def test_a_postgresql_database_of_version_6_gains_them_and_its_reader_may_read_them(pg_url):
    import psycopg

    from ldapwizard.core.maildb import schema_pg
    from tests.servers.postgres import READER

    with psycopg.connect(pg_url, autocommit=True) as connection:  # as version 6 left it
        connection.execute(schema_pg.create_script() + "".join(
            schema_pg.MIGRATIONS[step] for step in (3, 4, 5)))
        connection.execute("UPDATE ldapwizard_meta SET version = 6")
        connection.execute(f"GRANT SELECT ON mail_forwards TO {READER}")
        connection.execute("INSERT INTO domains (id, name, created_at) "
                           "VALUES (1, 'example.com', 'then')")
        connection.execute("INSERT INTO aliases (id, domain_id, local_part, local_key, "
                           "created_at) VALUES (1, 1, 'Boss', 'boss', 'then')")
        connection.execute("INSERT INTO alias_targets (alias_id, target) "
                           "VALUES (1, 'a@elsewhere.org'), (1, 'b@elsewhere.org')")
    with UserDatabase.open(pg_url, write=True) as database:
        assert agreed(database) == {"boss@example.com": ["a@elsewhere.org",
                                                         "b@elsewhere.org"]}
        assert database.connection.execute(
            "SELECT has_table_privilege(?, 'mail_forwards_joined', 'SELECT')",
            (READER,)).fetchone() == (True,)
