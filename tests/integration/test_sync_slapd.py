"""Scheduled sync against a real OpenLDAP that changes between runs."""

from __future__ import annotations

import sqlite3

import ldap3
import pytest

from ldapwizard.cli import run
from ldapwizard.core.job import paths
from ldapwizard.core.job.locks import exclusive
from tests.servers import seed
from tests.servers.directory_edits import add_person, admin, delete_people
from tests.servers.seed import READER_PASSWORD
from tests.servers.slapd_access import connection_args

pytestmark = pytest.mark.slapd


@pytest.fixture
def lab(make_slapd, monkeypatch, tmp_path):
    """A writable slapd of our own, a saved profile for it, and the sync command line."""
    server = make_slapd()
    monkeypatch.setenv("LDAPWIZARD_PASSWORD", READER_PASSWORD)
    assert run(["profile", "save", "lab", *connection_args(server)]) == 0
    db = tmp_path / "users.sqlite"
    command = ["sync", "--profile", "lab", "--domain", seed.MAIL_DOMAIN, "--db", str(db)]
    return server, db, command


def users(db) -> dict[str, tuple]:
    with sqlite3.connect(db) as conn:
        return {row[0]: row[1:] for row in conn.execute(
            "SELECT local_part, display_name, enabled, directory_dn FROM users")}


def test_a_user_added_in_the_directory_appears_after_sync(lab, capsys):
    server, db, command = lab
    assert run(command) == 0
    before = users(db)
    add_person(server, "newcomer")
    assert run(command) == 0
    after = users(db)
    assert set(after) - set(before) == {"newcomer"}
    assert "1 created" in capsys.readouterr().out.splitlines()[-1]


def test_a_renamed_and_moved_user_is_updated_not_duplicated(lab):
    server, db, command = lab
    add_person(server, "mover")
    assert run(command) == 0
    connection = admin(server)
    assert connection.modify_dn(f"uid=mover,{seed.PEOPLE_DN}", "uid=mover",
                                new_superior=f"ou=sales,{seed.PEOPLE_DN}")
    assert connection.modify(f"uid=mover,ou=sales,{seed.PEOPLE_DN}",
                             {"displayName": [(ldap3.MODIFY_REPLACE, ["Mover Renamed"])]})
    connection.unbind()
    count = len(users(db))
    assert run(command) == 0
    after = users(db)
    assert len(after) == count
    assert after["mover"][0] == "Mover Renamed"
    assert after["mover"][2].startswith("uid=mover,ou=sales")


def test_a_deleted_user_is_disabled_then_removed_over_two_runs(lab):
    server, db, command = lab
    add_person(server, "leaver")
    assert run(command) == 0
    delete_people(server, [f"uid=leaver,{seed.PEOPLE_DN}"])
    assert run([*command, "--remove-missing"]) == 0
    assert users(db)["leaver"][1] == 0  # disabled
    assert run([*command, "--remove-missing"]) == 0
    assert "leaver" not in users(db)


def test_a_user_who_comes_back_is_enabled_again(lab):
    server, db, command = lab
    add_person(server, "returner")
    assert run([*command, "--binding", seed.PEOPLE_DN]) == 0
    connection = admin(server)  # out of the synced subtree and back: the same object
    assert connection.modify_dn(f"uid=returner,{seed.PEOPLE_DN}", "uid=returner",
                                new_superior=seed.GROUPS_DN)
    assert run([*command, "--binding", seed.PEOPLE_DN, "--remove-missing"]) == 0
    assert users(db)["returner"][1] == 0
    assert connection.modify_dn(f"uid=returner,{seed.GROUPS_DN}", "uid=returner",
                                new_superior=seed.PEOPLE_DN)
    connection.unbind()
    assert run([*command, "--binding", seed.PEOPLE_DN, "--remove-missing"]) == 0
    assert users(db)["returner"][1] == 1


def test_a_recreated_user_replaces_the_old_one(lab):
    server, db, command = lab
    add_person(server, "again")
    assert run(command) == 0
    delete_people(server, [f"uid=again,{seed.PEOPLE_DN}"])
    assert run([*command, "--remove-missing"]) == 0  # disabled
    add_person(server, "again")  # a new directory object with the same address
    assert run([*command, "--remove-missing"]) == 0  # the old one goes, the new one comes
    assert users(db)["again"][1] == 1


def test_more_removals_than_the_limit_remove_nothing_and_exit_3(lab, capsys):
    server, db, command = lab
    assert run(command) == 0
    delete_people(server, [row[2] for row in list(users(db).values())[:5]])
    before = users(db)
    assert run([*command, "--remove-missing", "--max-removals", "2"]) == 3
    assert users(db) == before
    assert "more than the limit of 2" in capsys.readouterr().out


def test_a_filter_that_matches_nothing_removes_nothing(lab, capsys):
    _, db, command = lab
    assert run(command) == 0
    before = users(db)
    assert run([*command, "--remove-missing", "--max-removals", "100%",
                "--filter", "(uid=nobody-at-all)"]) == 3
    assert users(db) == before
    assert "listing is empty" in capsys.readouterr().out


def test_a_server_that_is_gone_stops_the_sync_with_exit_3(lab, capsys):
    server, db, command = lab
    assert run(command) == 0
    before = users(db)
    server.kill()
    assert run([*command, "--remove-missing", "--timeout", "2"]) == 3
    assert users(db) == before
    assert "Nothing was imported, changed or removed" in capsys.readouterr().out


def test_a_second_concurrent_run_is_refused(lab, capsys):
    _, db, command = lab
    with exclusive(paths.data_dir() / "locks" / "sync-lab.lock", "test holder"):
        assert run(command) == 1
    assert "Another sync of profile lab is running" in capsys.readouterr().err
    assert not db.exists()


def test_a_log_file_is_written_per_run_without_the_password(lab):
    _, _, command = lab
    assert run(command) == 0
    logs = list(paths.log_dir().glob("sync-lab-*.log"))
    assert logs
    text = logs[0].read_text(encoding="utf-8")
    assert "sync of profile lab" in text and READER_PASSWORD not in text


def test_hand_made_references_keep_a_missing_user_and_sync_batches_cannot_be_undone(lab,
                                                                                    capsys):
    server, db, command = lab
    add_person(server, "shared")
    assert run(command) == 0
    assert run(["db", "add-alias", "--db", str(db), f"helpdesk@{seed.MAIL_DOMAIN}",
                f"shared@{seed.MAIL_DOMAIN}"]) == 0
    delete_people(server, [f"uid=shared,{seed.PEOPLE_DN}"])
    assert run([*command, "--remove-missing"]) == 0  # disabled
    assert run([*command, "--remove-missing"]) == 0  # would be removed, but is referenced
    assert users(db)["shared"][1] == 0
    assert f"kept: shared@{seed.MAIL_DOMAIN}: left the directory, but an alias or list made " \
        "by hand refers to it" in capsys.readouterr().out
    assert run(["undo", "1", "--db", str(db)]) == 2
    assert "only imports can be undone" in capsys.readouterr().err


def test_aliases_follow_the_directory(lab):
    server, db, command = lab
    add_person(server, "aliased")
    assert run(command) == 0
    dn = f"uid=aliased,{seed.PEOPLE_DN}"
    connection = admin(server)
    assert connection.modify(dn, {"mail": [(ldap3.MODIFY_ADD, [f"help@{seed.MAIL_DOMAIN}"])]})
    assert run(command) == 0

    def aliases():
        with sqlite3.connect(db) as conn:
            return {row[0] for row in conn.execute(
                "SELECT a.local_part FROM aliases a JOIN alias_targets t ON t.alias_id = a.id "
                "WHERE t.target = ?", (f"aliased@{seed.MAIL_DOMAIN}",))}

    assert aliases() == {"help"}
    assert connection.modify(dn, {"mail": [(ldap3.MODIFY_DELETE, [f"help@{seed.MAIL_DOMAIN}"])]})
    connection.unbind()
    assert run(command) == 0
    assert aliases() == set()


def test_stopping_the_server_mid_listing_changes_nothing_and_exits_3(lab, tmp_path):
    import os
    import subprocess
    import sys

    server, db, command = lab
    assert run(command) == 0
    before = users(db)
    delete_people(server, [row[2] for row in list(before.values())[:3]])
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "ldapwizard", *command, "--remove-missing", "--page-size", "50",
         "--receive-timeout", "3"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, env=env)
    for line in process.stderr:
        if "listing: " in line:
            server.kill()  # between pages
            break
    out, _ = process.communicate(timeout=60)
    assert process.returncode == 3
    assert "Nothing was imported, changed or removed" in out
    assert users(db) == before


def db_rows(db, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def test_the_saved_job_record_is_what_import_and_sync_run(make_slapd, monkeypatch, tmp_path,
                                                          capsys):
    """profile save with the planning choices → import --profile → sync --profile: the user
    added in between gets the username rule the import used, and nothing else changes."""
    server = make_slapd()
    monkeypatch.setenv("LDAPWIZARD_PASSWORD", READER_PASSWORD)
    db = tmp_path / "mail" / "users.sqlite"
    args = [*connection_args(server)]
    args[args.index("--binding") + 1] = seed.PEOPLE_DN  # below the root, as admins do
    assert run(["profile", "save", "job", *args, "--domain", seed.MAIL_DOMAIN.upper(),
                "--db", str(db), "--email-as-username"]) == 0
    capsys.readouterr()
    assert run(["profile", "show", "job"]) == 0
    shown = capsys.readouterr().out
    for line in ("email_as_username: True", f"domain:            {seed.MAIL_DOMAIN}",
                 f"database:          {db}", f"binding:           {seed.PEOPLE_DN}"):
        assert line in shown
    assert run(["import", "--profile", "job", "--all"]) == 0
    before = db_rows(db, "SELECT local_part, username, display_name, enabled FROM users")
    assert before and all(username == f"{local}@{seed.MAIL_DOMAIN}"
                          for local, username, _, _ in before)
    add_person(server, "newcomer")
    assert run(["sync", "--profile", "job"]) == 0
    after = db_rows(db, "SELECT local_part, username, display_name, enabled FROM users")
    assert set(after) - set(before) == {
        ("newcomer", f"newcomer@{seed.MAIL_DOMAIN}", "Newcomer", 1)}
    assert set(before) <= set(after)
    # one run's override does not change the record
    assert run(["sync", "--profile", "job", "--no-email-as-username", "--dry-run"]) == 0
    assert run(["profile", "show", "job"]) == 0
    assert "email_as_username: True" in capsys.readouterr().out


def test_sync_refuses_a_profile_without_a_domain_or_database(lab, capsys):
    assert run(["sync", "--profile", "lab"]) == 2
    error = capsys.readouterr().err
    assert "no target mail domain (--domain) and no user database (--db)" in error


def test_a_dry_run_sync_does_not_create_the_database_file(lab, capsys):
    server, db, command = lab
    assert run([*command, "--dry-run"]) == 0
    assert "Dry run: " in capsys.readouterr().out
    assert not db.exists() and not db.parent.joinpath("users.sqlite-wal").exists()
    assert run(command) == 0
    before = db.read_bytes()
    add_person(server, "dryrunner")
    assert run([*command, "--dry-run"]) == 0
    assert "dryrunner" not in {row[0] for row in db_rows(db, "SELECT local_part FROM users")}
    assert db.read_bytes() == before


def test_without_a_base_dn_list_preview_and_sync_all_search_the_servers_naming_context(
        lab, capsys):
    command = lab[2]
    assert run(["profile", "save", "lab", "--binding", ""]) == 0
    capsys.readouterr()
    assert run(["list", "--profile", "lab", "-q"]) == 0
    listed = capsys.readouterr().out.splitlines()[-1]
    assert f"listed below {seed.BASE_DN} in" in listed
    assert listed.endswith("the listing is complete.")
    count = int(listed.split()[0])
    assert run(["preview", "--profile", "lab", "--domain", seed.MAIL_DOMAIN]) == 0
    assert f"({count} entries)" in capsys.readouterr().out
    assert run(command) == 0
    assert "Sync batch 1:" in capsys.readouterr().out


def test_a_small_profile_removes_a_leaver_with_the_default_limit(lab, capsys):
    server, db, command = lab
    few = [*command, "--filter", "(|(uid=alice)(uid=bob)(uid=ugur)(uid=dora))"]
    assert run(few) == 0
    dns = {name: row[2] for name, row in users(db).items()}
    assert set(dns) == {"alice", "bob", "ugur"}
    delete_people(server, [dns["bob"]])
    # 10% of three users was a limit of 0: every run with removals stopped with status 3
    assert run([*few, "--remove-missing"]) == 0
    assert users(db)["bob"][1] == 0
    assert f"disabled: bob@{seed.MAIL_DOMAIN}: no longer in the directory listing" in \
        capsys.readouterr().out
    add_person(server, "dora")
    assert run([*few, "--remove-missing"]) == 0  # bob removed: one removal, the limit
    assert "bob" not in users(db) and users(db)["dora"][1] == 1
    delete_people(server, [dns["alice"], dns["ugur"]])
    assert run([*few, "--remove-missing"]) == 3  # two leavers: more than the limit
    assert "more than the limit of 1 (10% of the 3 imported users, at least 1 and at most " \
        "500)" in capsys.readouterr().out


def set_locked(server, dn: str, locked: bool) -> None:
    """Lock or unlock a person the way an OpenLDAP admin does (ppolicy)."""
    connection = admin(server)
    change = (ldap3.MODIFY_REPLACE, ["000001010000Z"]) if locked else (ldap3.MODIFY_DELETE, [])
    assert connection.modify(dn, {"pwdAccountLockedTime": [change]}), connection.result
    connection.unbind()


@pytest.mark.parametrize("search", [
    [],  # the preset's filter lists disabled entries: the sync sees their state
    ["--filter", "(&(objectClass=inetOrgPerson)(!(pwdAccountLockedTime=*)))"],  # or asks
], ids=["preset-filter", "filter-without-disabled"])
def test_a_user_locked_in_the_directory_is_disabled_never_removed_and_enabled_again(
        lab, capsys, search):
    server, db, command = lab
    command = [*command, *search]
    assert run(command) == 0
    dn = users(db)["bob"][2]
    set_locked(server, dn, True)
    assert run(command) == 0  # without --remove-missing
    assert users(db)["bob"][1] == 0
    out = capsys.readouterr().out
    assert f"disabled: bob@{seed.MAIL_DOMAIN}: disabled in the directory" in out
    assert "1 disabled" in out
    for _ in range(2):  # a disabled user still in the directory is never removed
        assert run([*command, "--remove-missing", "--max-removals", "100%"]) == 0
        assert users(db)["bob"][1] == 0
    assert "0 disabled, 0 removed" in capsys.readouterr().out
    set_locked(server, dn, False)
    assert run(command) == 0
    assert users(db)["bob"][1] == 1
    assert f"re-enabled: bob@{seed.MAIL_DOMAIN}: enabled again in the directory" in \
        capsys.readouterr().out
    delete_people(server, [users(db)["alice"][2]])  # one who really left is still a leaver
    assert run([*command, "--remove-missing"]) == 0
    assert f"disabled: alice@{seed.MAIL_DOMAIN}: no longer in the directory listing" in \
        capsys.readouterr().out
