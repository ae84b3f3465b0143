"""Review of issue 25 (item 1, "a directory user only in the directory and entry it was
imported from"): the directory a user signs in against is the profile's row in
`directories`, which the next sync re-points when the profile now names another server. A
user imported from the first directory is then searched for, by their old stable id, in the
second one, whose admin plants an entry with that id (relax control) and signs in as them.

The admin only re-saved the profile "lab" with another host (a new server, or a profile name
used again) and let its scheduled sync run.
"""

from __future__ import annotations

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
    _, output = lab.run("sync", "--profile", "lab")  # refusing would hold too
    with lab.entered():
        mail_stack.serve(lab.db, "--password-file", str(lab.password_file),
                         probe="alice@example.com")
    plant_entry(other_slapd, "planted-alice", alice_id, PLANTED)
    assert not auth_test(mail_stack, "alice", PLANTED), (
        f"the other directory's planted entry opened alice's mailbox (sync said: {output})")
