"""A user database written by schema 2 is upgraded and then serves mail; its directory users
sign in once a sync has recorded which directory they came from."""

from __future__ import annotations

import imaplib
from contextlib import closing

import pytest

from tests.mail.lab import DOMAIN
from tests.servers.directory_edits import entry_uuid
from tests.servers.userdb import old_schema_file

pytestmark = [pytest.mark.mailstack, pytest.mark.slapd]


@pytest.fixture(scope="module")
def lab(lab_factory):
    return lab_factory("schema2")


def write_schema_2(path, alice_id: str) -> None:
    """What version 2 wrote: alice imported from the directory, and a list she is on."""
    with closing(old_schema_file(path, 2)) as db:
        db.execute("INSERT INTO domains (id, name, created_at) VALUES (1, ?, 'then')", (DOMAIN,))
        db.execute("INSERT INTO users (domain_id, local_part, local_key, username, auth, "
                   "directory_dn, stable_id, profile, created_at, updated_at) VALUES (1, "
                   "'Alice', 'alice', 'alice', 'directory', 'uid=alice', ?, 'lab', "
                   "'then', 'then')", (alice_id,))
        db.execute("INSERT INTO lists (id, domain_id, local_part, local_key, created_at) "
                   "VALUES (1, 1, 'old-staff', 'old-staff', 'then')")
        db.execute("INSERT INTO list_members (list_id, address, address_key) VALUES "
                   "(1, 'Alice@example.com', 'alice@example.com')")


def test_a_schema_2_database_is_upgraded_and_serves_mail(lab, mail_slapd, mail_stack):
    write_schema_2(lab.db, entry_uuid(mail_slapd, "alice"))
    status, output = lab.run("db", "init", "--db", str(lab.db), "--group", "postfix")
    assert status == 0, output
    lab.save_profile("lab", mail_slapd)
    # schema 2 owned users by a profile's name; a job saved now has an id of its own, so it
    # takes over what the name owned (a profiles.json of that time gives its jobs their name)
    status, output = lab.run("profile", "adopt", "lab", "--from", "lab")
    assert status == 0, output
    with lab.entered():
        output = mail_stack.serve(lab.db, "--password-file", str(lab.password_file),
                                  probe="alice@example.com")
    assert "no directory recorded" in output
    for to in ("alice@example.com", "old-staff@example.com"):
        mail_stack.send(to, f"to {to} after the upgrade")
    maildir = mail_stack.instance / "mail" / DOMAIN / "alice" / "new"
    with pytest.raises(imaplib.IMAP4.error):  # which directory to ask is not known yet
        mail_stack.sign_in("alice", "alice-Secret-1")
    status, output = lab.run("sync", "--profile", "lab")
    assert status == 0, output
    with lab.entered():
        mail_stack.serve(lab.db, "--password-file", str(lab.password_file),
                         probe="alice@example.com")
    wanted = {"to alice@example.com after the upgrade",
              "to old-staff@example.com after the upgrade"}
    assert wanted <= set(mail_stack.subjects("alice", "alice-Secret-1", wanted=wanted))
    assert maildir.is_dir()
