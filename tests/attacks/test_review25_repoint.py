"""Review of issue 25 (item 1, "a directory user only in the directory and entry it was
imported from"): the directory a user signs in against is the profile's row in
`directories`, which the next sync re-points when the profile now names another server. A
user imported from the first directory is then searched for, by their old stable id, in the
second one, whose admin plants an entry with that id (relax control) and signs in as them.

The admin only re-saved the profile "lab" with another host (a new server, or a profile name
used again) and let its scheduled sync run.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing

import pytest

from tests.attacks.signin_servers import auth_test, plant_entry
from tests.mail.lab import PASSWORDS, start_directory

pytestmark = [pytest.mark.mailstack, pytest.mark.slapd]

PLANTED = "Repoint-Secret-3"


@pytest.fixture(scope="module")
def other_slapd(tmp_path_factory, mail_ldif, slapd_pki):
    server = start_directory(tmp_path_factory.mktemp("review-repoint"), mail_ldif, slapd_pki)
    try:
        yield server
    finally:
        server.kill()


def test_a_user_of_the_first_directory_is_never_checked_in_the_next_one(
        lab_factory, mail_slapd, other_slapd, mail_stack):
    lab = lab_factory("review-repoint")
    assert lab.run("db", "init", "--db", str(lab.db), "--group", "postfix")[0] == 0
    lab.save_profile("lab", mail_slapd)
    lab.import_all("lab")
    with closing(sqlite3.connect(lab.db)) as db:
        (alice_id,) = db.execute("SELECT stable_id FROM users WHERE local_part = 'alice'") \
            .fetchone()
    with lab.entered():
        mail_stack.serve(lab.db, "--password-file", str(lab.password_file),
                         probe="alice@example.com")
    assert auth_test(mail_stack, "alice", PASSWORDS["alice"])

    lab.save_profile("lab", other_slapd)  # the same profile name, another directory
    before = _directories(lab.db)
    status, output = lab.run("sync", "--profile", "lab")  # refusing would hold too
    # it refuses, naming both servers and what to do, and writes nothing
    assert status == 2, output
    assert f":{mail_slapd.ldap_port}" in output and f":{other_slapd.ldap_port}" in output
    assert "--directory-moved" in output and "new profile" in output
    assert _directories(lab.db) == before
    with lab.entered():
        mail_stack.serve(lab.db, "--password-file", str(lab.password_file),
                         probe="alice@example.com")
    plant_entry(other_slapd, "planted-alice", alice_id, PLANTED)
    assert not auth_test(mail_stack, "alice", PLANTED), (
        f"the other directory's planted entry opened alice's mailbox (sync said: {output})")
    status, output = lab.run("import", "--profile", "lab", "--all")
    assert status == 2 and "--directory-moved" in output, output
    assert _directories(lab.db) == before


def test_a_directory_that_moved_is_followed_when_the_admin_says_so_and_recorded(
        lab_factory, mail_slapd, other_slapd):
    """The same directory under a new address or a replica (here only the address counts):
    --directory-moved lets the row follow the profile, and the batch says so."""
    lab = lab_factory("review-moved")
    lab.save_profile("lab", mail_slapd)
    lab.import_all("lab")
    lab.save_profile("lab", other_slapd)
    status, output = lab.run("sync", "--profile", "lab", "--directory-moved", "--dry-run")
    assert status == 0, output
    assert f":{mail_slapd.ldap_port}" in _directories(lab.db)[0][1]
    status, output = lab.run("sync", "--profile", "lab", "--directory-moved")
    assert status == 0, output
    assert "the directory moved" in output
    ((_, uri, _),) = _directories(lab.db)
    assert uri.endswith(f":{other_slapd.ldap_port}")
    with closing(sqlite3.connect(lab.db)) as db:
        (options,) = db.execute("SELECT options FROM batches WHERE kind = 'sync' "
                                "ORDER BY id DESC LIMIT 1").fetchone()
    moved = json.loads(options)["directory_moved"]
    assert f":{mail_slapd.ldap_port}" in moved["from"] and uri in moved["to"], moved
    assert lab.run("sync", "--profile", "lab")[0] == 0  # the row is that directory's now


def _directories(path) -> list[tuple]:
    with closing(sqlite3.connect(path)) as db:
        return db.execute("SELECT name, uri, base_dn FROM directories ORDER BY id").fetchall()
