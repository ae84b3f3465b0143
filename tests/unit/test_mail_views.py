"""Schema 3, the mail server's database: logins unique across domains, fixed mailbox paths,
local passwords as hashes, and the views Postfix and Dovecot read (docs/mail-server.md)."""

from __future__ import annotations

import io

import pytest

from ldapwizard.cli import run
from ldapwizard.core.errors import BadInput
from ldapwizard.core.maildb import accounts, passwords
from ldapwizard.core.maildb.addresses import mailbox_path
from ldapwizard.core.maildb.database import UserDatabase
from ldapwizard.core.maildb.importer import run_import
from ldapwizard.core.maildb.planner import HIDDEN, NEW, PlanOptions, make_plan
from ldapwizard.core.maildb.schema import CURRENT_VERSION
from ldapwizard.core.maildb.sync import run_sync
from tests.servers.userdb import write_schema_2_file
from tests.unit.records import person

LAB = accounts.DirectorySource(name="Lab", uri="ldap://127.0.0.1:389", security="starttls",
                               ca_file="/etc/ssl/lab-ca.pem", base_dn="dc=example,dc=com",
                               server_type="openldap", stable_id_attribute="entryUUID")


def import_all(database, users, domain="example.com", directory=LAB):
    options = PlanOptions(domain=domain)
    plan = make_plan(users, options, database.snapshot(domain))
    return run_import(database, plan, [e for e in plan.entries if e.status == NEW],
                      profile="Lab", directory=directory)


def view(database, sql: str) -> list[tuple]:
    return database.connection.execute(sql).fetchall()


@pytest.mark.parametrize(("key", "path"), [
    ("amy", "example.com/amy/"), ("x/y", "example.com/x=2fy/"),
    (".hidden", "example.com/=2ehidden/"), ("a.b", "example.com/a.b/"),
    ("müller", "example.com/m=c3=bcller/"), ("a=2f", "example.com/a=3d2f/"),
    ("o'brien", "example.com/o=27brien/")])
def test_a_mailbox_path_is_safe_on_every_file_system_and_never_shared(key, path):
    assert mailbox_path("Example.COM", key) == path


def test_the_views_serve_enabled_mailboxes_forwards_and_logins(database):
    import_all(database, [person("amy", aliases=["a.m@example.com"]), person("ben"),
                         person("cat", aliases=["kitty@example.com"])])
    with database.transaction() as db:
        domain = accounts.ensure_domain(db, "example.com")
        accounts.add_list(db, domain, "staff", "Staff",
                          ["amy@example.com", "cat@example.com", "friend@elsewhere.org"])
        accounts.add_user(db, domain, accounts.NewUser(
            "dora", "dora@example.com", password_hash=passwords.hash_password("Dora-Pass-1")))
        accounts.set_enabled(db, "cat@example.com", False)
    assert view(database, "SELECT domain FROM mail_domains") == [("example.com",)]
    assert view(database, "SELECT address, login, mailbox FROM mail_mailboxes ORDER BY 1") == [
        ("amy@example.com", "amy", "example.com/amy/"),
        ("ben@example.com", "ben", "example.com/ben/"),
        ("dora@example.com", "dora@example.com", "example.com/dora/")]
    assert view(database, "SELECT address_key, target FROM mail_forwards ORDER BY 1, 2") == [
        ("a.m@example.com", "amy@example.com"),
        ("staff@example.com", "amy@example.com"),
        ("staff@example.com", "friend@elsewhere.org")]  # cat is disabled: left out
    logins = {row[0]: row[1:] for row in view(
        database, "SELECT login_key, auth, directory, stable_id, password FROM mail_logins")}
    assert logins["amy"] == ("directory", "Lab", "id-amy", None)
    assert logins["dora@example.com"][:3] == ("local", None, None)
    assert passwords.check_password("Dora-Pass-1", logins["dora@example.com"][3])
    assert "cat" not in logins
    assert view(database, "SELECT uri, ca_file, stable_id_attribute FROM directories") == [
        ("ldap://127.0.0.1:389", "/etc/ssl/lab-ca.pem", "entryUUID")]


def test_logins_are_unique_across_domains_and_a_clash_is_planned_with_its_reason(database):
    import_all(database, [person("amy")])
    other = person("amy", email="amy@other.example", stable_id="id-amy-2")
    plan = make_plan([other], PlanOptions(domain="other.example"),
                     database.snapshot("other.example"))
    assert (plan.entries[0].status, plan.entries[0].reason) == (HIDDEN, "login amy exists")
    with database.transaction() as db, pytest.raises(accounts.LoginTaken,
                                                     match="taken by amy@example.com"):
        accounts.add_user(db, accounts.ensure_domain(db, "other.example"),
                          accounts.NewUser("amy", "AMY"))


def test_a_mailbox_path_is_fixed_when_the_user_is_created(database):
    import_all(database, [person("amy")])
    with pytest.raises(Exception, match="fixed when the user is created"), \
            database.transaction() as db:
        db.execute("UPDATE users SET mailbox = 'example.com/other/'")


def test_a_schema_2_database_migrates_keeping_every_row(tmp_path):
    path = tmp_path / "v2.sqlite"
    write_schema_2_file(path)
    with UserDatabase.open(path, write=True) as database:
        assert database.connection.execute("PRAGMA user_version").fetchone()[0] == \
            CURRENT_VERSION
        migrated = view(database, "SELECT local_part, username, login_key, mailbox, "
                                  "disabled_by FROM users ORDER BY id")
    assert migrated == [
        ("Amy", "amy@example.com", "amy@example.com", "example.com/amy/", None),
        ("amy", "AMY@other.example", "amy@other.example", "other.example/amy/", None),
        ("x/y", "xy", "xy", "example.com/x=2fy/", "sync")]


def test_sync_routes_users_imported_before_schema_3_and_keeps_an_admins_disable(database):
    import_all(database, [person("amy"), person("ben")], directory=None)
    with database.transaction() as db:
        accounts.set_enabled(db, "ben@example.com", False)
    report = run_sync(database, [person("amy"), person("ben")],
                      PlanOptions(domain="example.com"), profile="Lab", directory=LAB)
    assert report.reenabled == []  # an admin's disable stands
    assert view(database, "SELECT local_part, directory_id, enabled FROM users ORDER BY 1") == [
        ("amy", 1, 1), ("ben", 1, 0)]


def test_db_set_password_disable_and_enable_from_the_command_line(tmp_path, monkeypatch,
                                                                    capsys):
    db = str(tmp_path / "users.sqlite")
    assert run(["db", "add-user", "dora@example.com", "--db", db]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("Dora-Pass-1\n"))
    assert run(["db", "set-password", "Dora@Example.com", "--db", db]) == 0
    assert "BLF-CRYPT hash only" in capsys.readouterr().out
    with UserDatabase.open(db) as database:
        (stored,) = database.connection.execute("SELECT password_hash FROM users").fetchone()
    assert stored.startswith("{BLF-CRYPT}$2b$") and "Dora-Pass-1" not in stored
    assert passwords.check_password("Dora-Pass-1", stored)
    assert run(["db", "disable", "dora@example.com", "--db", db]) == 0
    assert "refuses mail" in capsys.readouterr().out
    with UserDatabase.open(db) as database:
        assert view(database, "SELECT count(*) FROM mail_logins") == [(0,)]
    assert run(["db", "enable", "dora@example.com", "--db", db]) == 0
    assert run(["db", "enable", "dora@example.com", "--db", db]) == 0
    assert "enabled already" in capsys.readouterr().out
    assert run(["db", "disable", "nobody@example.com", "--db", db]) == 2
    assert "no user nobody@example.com" in capsys.readouterr().err


def test_a_directory_user_gets_no_local_password(database):
    import_all(database, [person("amy")])
    with database.transaction() as db, pytest.raises(BadInput, match="directory password"):
        accounts.set_password_hash(db, "amy@example.com", passwords.hash_password("x" * 12))


def test_unusable_passwords_are_refused_without_echoing_them():
    for bad in ("Sh0rt!", "é" * 40, "with\nnewline"):
        with pytest.raises(BadInput) as caught:
            passwords.hash_password(bad)
        assert bad not in caught.value.message
