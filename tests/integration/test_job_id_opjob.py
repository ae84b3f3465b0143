"""A job owns its users, lists and batches by a stable id (issue 27): renaming it keeps them,
and a saved job adopts what was imported under an unsaved one — against a real OpenLDAP."""

from __future__ import annotations

import sqlite3

import ldap3
import pytest

from ldapwizard.cli import run
from ldapwizard.core.job.profiles import ProfileStore
from tests.servers import seed
from tests.servers.directory_edits import add_person, admin, delete_people
from tests.servers.seed import READER_PASSWORD
from tests.servers.slapd_access import connection_args

pytestmark = pytest.mark.slapd


def rows(db, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def users(db) -> dict[str, tuple]:
    return {local: tuple(rest) for local, *rest in rows(
        db, "SELECT local_part, display_name, enabled, profile FROM users")}


@pytest.fixture
def server(make_slapd, monkeypatch):
    server = make_slapd()
    monkeypatch.setenv("LDAPWIZARD_PASSWORD", READER_PASSWORD)
    add_person(server, "stayer")
    add_person(server, "leaver")
    return server


def rename_in_directory(server, uid: str, display_name: str) -> None:
    connection = admin(server)
    assert connection.modify(f"uid={uid},{seed.PEOPLE_DN}",
                             {"displayName": [(ldap3.MODIFY_REPLACE, [display_name])]})
    connection.unbind()


def test_renaming_a_job_keeps_its_users_so_its_sync_updates_and_removes_them(
        server, tmp_path, capsys):
    db = tmp_path / "users.sqlite"
    assert run(["profile", "save", "job", *connection_args(server), "--domain",
                seed.MAIL_DOMAIN, "--db", str(db)]) == 0
    job_id = ProfileStore().load("job").job_id
    assert run(["import", "--profile", "job", "--all"]) == 0
    assert users(db)["stayer"][2] == job_id
    assert run(["profile", "rename", "job", "Staff mail"]) == 0
    rename_in_directory(server, "stayer", "Stayer Renamed")
    delete_people(server, [f"uid=leaver,{seed.PEOPLE_DN}"])
    assert run(["sync", "--profile", "Staff mail", "--remove-missing"]) == 0
    after = users(db)
    assert after["stayer"] == ("Stayer Renamed", 1, job_id)
    assert after["leaver"][1] == 0  # disabled now, removed by the next run
    assert run(["sync", "--profile", "Staff mail", "--remove-missing"]) == 0
    assert "leaver" not in users(db)
    # the database names the job as it is called now, never by its id
    assert rows(db, f"SELECT name FROM jobs WHERE id = '{job_id}'") == [
        ("Staff mail",)]
    capsys.readouterr()
    assert run(["db", "show", "--db", str(db)]) == 0
    shown = capsys.readouterr().out
    assert "(profile Staff mail)" in shown and job_id not in shown


def test_a_saved_job_adopts_the_users_an_unsaved_one_imported(server, tmp_path, capsys):
    db = tmp_path / "users.sqlite"
    options = [*connection_args(server), "--domain", seed.MAIL_DOMAIN, "--db", str(db)]
    assert run(["import", *options, "--all"]) == 0  # no profile: owned by the server
    imported = users(db)
    assert {owner for *_, owner in imported.values()} == {server.host}
    assert run(["profile", "save", "job", *options]) == 0
    job_id = ProfileStore().load("job").job_id
    capsys.readouterr()
    assert run(["profile", "adopt", "job", "--from", server.host, "--dry-run"]) == 0
    said = capsys.readouterr().out
    assert f"Would give the profile \"job\" {len(imported)} users, 0 mailing lists and " \
           f"1 batch owned by \"{server.host}\"" in said
    assert users(db) == imported  # a dry run changes nothing
    assert run(["profile", "adopt", "job", "--from", server.host]) == 0
    assert {owner for *_, owner in users(db).values()} == {job_id}
    assert rows(db, "SELECT DISTINCT profile FROM batches") == [(job_id,)]
    delete_people(server, [f"uid=leaver,{seed.PEOPLE_DN}"])
    assert run(["sync", "--profile", "job", "--remove-missing"]) == 0
    assert users(db)["leaver"][1] == 0 and len(users(db)) == len(imported)
    # another saved job's rows are never taken
    assert run(["profile", "save", "other", *options]) == 0
    capsys.readouterr()
    assert run(["profile", "adopt", "other", "--from", job_id]) == 2
    assert 'belong to the saved job "job"' in capsys.readouterr().err
    assert {owner for *_, owner in users(db).values()} == {job_id}
