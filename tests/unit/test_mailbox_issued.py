"""A mailbox path is issued once, for ever (issue 25): whoever gets an address after its user
was removed — by sync, undo or by hand — gets a folder never used before, and the reports
say where the removed user's mail stays. On both back ends."""

from __future__ import annotations

from contextlib import closing

import pytest

from ldapwizard.core.errors import DatabaseError
from ldapwizard.core.maildb import accounts
from ldapwizard.core.maildb.database import UserDatabase
from ldapwizard.core.maildb.importer import CREATED, run_import
from ldapwizard.core.maildb.planner import NEW, PlanOptions, make_plan
from ldapwizard.core.maildb.schema import CURRENT_VERSION
from ldapwizard.core.maildb.sync import run_sync
from ldapwizard.core.maildb.undo import undo_batch, undone_report
from tests.servers.userdb import old_schema_file
from tests.unit.records import person

OPTIONS = PlanOptions(domain="example.com")
REFUSED = "mailboxes_issued|never forgotten or reused"  # as SQLite and PostgreSQL say it


def import_people(database, users):
    plan = make_plan(users, OPTIONS, database.snapshot("example.com"))
    return run_import(database, plan, [e for e in plan.entries if e.status == NEW],
                      profile="corp")


def mailbox(database, local: str) -> str:
    return database.connection.execute("SELECT mailbox FROM users WHERE local_key = ?",
                                       (local,)).fetchone()[0]


def add_local(database, local: str) -> tuple[int, str]:
    with database.transaction() as db:
        domain_id = accounts.ensure_domain(db, "example.com")
        return accounts.add_user_mailbox(db, domain_id, accounts.NewUser(local, local))


def remove(database, local: str) -> None:
    with database.transaction() as db:
        db.execute("DELETE FROM users WHERE local_key = ?", (local,))


def test_a_later_user_of_an_address_never_gets_a_path_issued_before(database):
    assert add_local(database, "amy")[1] == "example.com/amy/"
    for later in ("example.com/amy+2/", "example.com/amy+3/"):
        remove(database, "amy")
        assert add_local(database, "amy")[1] == later
    issued = database.connection.execute(
        "SELECT mailbox, address FROM mailboxes_issued ORDER BY mailbox").fetchall()
    assert issued == [("example.com/amy+2/", "amy@example.com"),
                      ("example.com/amy+3/", "amy@example.com"),
                      ("example.com/amy/", "amy@example.com")]


def test_the_database_itself_refuses_a_user_on_an_issued_path(database):
    add_local(database, "amy")
    remove(database, "amy")
    with pytest.raises(DatabaseError, match=REFUSED), database.transaction() as db:
        db.execute("INSERT INTO users (domain_id, local_part, local_key, username, login_key, "
                   "mailbox, auth, created_at, updated_at) SELECT id, 'bea', 'bea', 'bea', "
                   "'bea', 'example.com/amy/', 'local', 'now', 'now' FROM domains")
    assert database.connection.execute("SELECT count(*) FROM users").fetchone() == (0,)


@pytest.mark.parametrize("change", [
    "DELETE FROM mailboxes_issued",
    "UPDATE mailboxes_issued SET mailbox = 'example.com/other/'",
    "UPDATE mailboxes_issued SET address = 'bea@example.com'",
])
def test_the_record_of_issued_paths_cannot_be_deleted_or_rewritten(database, change):
    add_local(database, "amy")
    remove(database, "amy")
    with pytest.raises(DatabaseError, match=REFUSED), database.transaction() as db:
        db.execute(change)
    assert add_local(database, "amy")[1] == "example.com/amy+2/"


def test_an_import_run_gives_a_re_used_address_a_new_path_and_says_why(database):
    first = import_people(database, [person("amy"), person("ben")])
    undone = undo_batch(database, first.batch_id)
    assert undone.mailboxes == {"amy@example.com": "example.com/amy/",
                                "ben@example.com": "example.com/ben/"}
    lines = undone_report(first, undone).lines
    assert database.connection.execute("SELECT count(*) FROM mailboxes_issued WHERE "
                                       "removed_at IS NOT NULL").fetchone() == (2,)
    assert all("its mail stays in example.com/" in line.reason for line in lines)
    # other people, the same addresses: a batched run (and a single entry) of new users
    again = import_people(database, [person("amy", stable_id="id-new-amy"),
                                     person("ben", stable_id="id-new-ben"), person("cat")])
    assert again.count(CREATED) == 3
    assert [mailbox(database, name) for name in ("amy", "ben", "cat")] == [
        "example.com/amy+2/", "example.com/ben+2/", "example.com/cat/"]
    reasons = {line.address: line.reason for line in again.lines}
    assert "example.com/amy/ holds the mail of an earlier user" in reasons["amy@example.com"]
    assert "earlier user" not in reasons["cat@example.com"]
    single = import_people(database, [person("dan")])
    undo_batch(database, single.batch_id)
    line = import_people(database, [person("dan", stable_id="id-new-dan")]).lines[0]
    assert line.status == CREATED and "example.com/dan+2/" in line.reason


def test_a_sync_removal_reports_where_the_mail_stays_and_a_returning_entry_gets_a_new_path(
        database):
    staff = [person(name) for name in ("amy", "ben", "cat", "dan", "eve", "fay", "gus",
                                       "hal", "ivy", "joe", "kim")]
    import_people(database, staff)
    run_sync(database, staff[1:], OPTIONS, profile="corp", remove_missing=True)
    gone = run_sync(database, staff[1:], OPTIONS, profile="corp", remove_missing=True)
    assert gone.removed == ["amy@example.com"]
    assert gone.mailboxes == {"amy@example.com": "example.com/amy/"}
    removed = [line for line in gone.all_lines() if line.status == "removed"]
    assert "its mail stays in example.com/amy/" in removed[0].reason
    assert database.connection.execute("SELECT mailbox FROM mailboxes_issued WHERE "
                                       "removed_at IS NOT NULL").fetchall() == [
        ("example.com/amy/",)]
    # the same entry back: a new, empty mailbox; the old one is the admin's to hand back
    back = run_sync(database, staff, OPTIONS, profile="corp", remove_missing=True)
    assert back.count(CREATED) == 1
    assert mailbox(database, "amy") == "example.com/amy+2/"


def test_an_older_database_records_its_users_paths_when_upgraded(tmp_path):
    path = tmp_path / "users.sqlite"
    with closing(old_schema_file(path, 2)) as db:
        db.execute("INSERT INTO domains (id, name, created_at) VALUES (1, 'example.com', 'then')")
        db.execute("INSERT INTO users (domain_id, local_part, local_key, username, auth, "
                   "directory_dn, stable_id, created_at, updated_at) VALUES (1, 'Amy', 'amy', "
                   "'amy', 'directory', 'uid=amy', 'id-amy', 'then', 'then')")
    with UserDatabase.open(path, write=True) as database:
        assert database.connection.execute("PRAGMA user_version").fetchone() == (
            CURRENT_VERSION,)
        assert database.connection.execute("SELECT * FROM mailboxes_issued").fetchall() == [
            ("example.com/amy/", "Amy@example.com", "id-amy", "then", None)]
        remove(database, "amy")
        assert add_local(database, "amy")[1] == "example.com/amy+2/"


@pytest.mark.postgresql
def test_a_postgresql_database_of_version_4_records_its_users_and_bars_its_views(pg_url):
    import psycopg

    from ldapwizard.core.maildb import schema_pg

    with psycopg.connect(pg_url, autocommit=True) as connection:  # as version 4 left it
        connection.execute(schema_pg.create_script() + schema_pg.MIGRATIONS[3])
        connection.execute("UPDATE ldapwizard_meta SET version = 4")
        connection.execute("INSERT INTO domains (id, name, created_at) "
                           "VALUES (1, 'example.com', 'then')")
        connection.execute("INSERT INTO users (domain_id, local_part, local_key, username, "
                           "login_key, mailbox, auth, created_at, updated_at) VALUES (1, 'Amy', "
                           "'amy', 'amy', 'amy', 'example.com/amy/', 'local', 'then', 'then')")
    with UserDatabase.open(pg_url, write=True) as database:
        assert database.connection.execute("SELECT * FROM mailboxes_issued").fetchall() == [
            ("example.com/amy/", "Amy@example.com", None, "then", None)]
        barred = database.connection.execute(
            "SELECT relname FROM pg_class WHERE relkind = 'v' AND relname LIKE 'mail%' AND "
            "'security_barrier=true' = ANY(reloptions) ORDER BY relname").fetchall()
        assert [name for (name,) in barred] == sorted(schema_pg.MAIL_VIEWS)
        remove(database, "amy")
        assert add_local(database, "amy")[1] == "example.com/amy+2/"


def test_no_address_encodes_to_a_later_path():
    from ldapwizard.core.maildb.addresses import mailbox_name

    assert mailbox_name("amy+2") == "amy=2b2"  # so "amy+2/" is never an address's own path
