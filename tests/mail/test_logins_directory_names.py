"""Issue 26, item 7: with the job's `--sign-in-names directory`, a directory user whose mail
address is not their uid (bob, mailed as robert.brown@example.com) signs in over IMAP with
the uid as well as with the login and the full address, into one mailbox, against the real
Dovecot and slapd; the preview says so; and a sync with the choice off takes the name away
while the login and the address still sign in. No Dovecot change: mail_login_names does it.
"""

from __future__ import annotations

import imaplib

import ldap3
import pytest

from ldapwizard.core.maildb.addresses import mailbox_name
from tests.mail.lab import DOMAIN, PASSWORDS
from tests.servers.directory_edits import admin

pytestmark = [pytest.mark.mailstack, pytest.mark.slapd]

ADDRESS = f"robert.brown@{DOMAIN}"


def remail_bob(server) -> None:
    """Give bob the address robert.brown@ (his uid stays bob), as companies do."""
    connection = admin(server)
    connection.search(server.base_dn, "(uid=bob)", attributes=["1.1"])
    bob = connection.response[0]["dn"]
    assert connection.modify(bob, {"mail": [(ldap3.MODIFY_REPLACE, [ADDRESS])]}), \
        connection.result
    connection.unbind()


@pytest.fixture(scope="module")
def lab(lab_factory, mail_slapd, mail_stack):
    """The directory, bob remailed, imported by a job that lets uids sign in; served."""
    lab = lab_factory("directory-names")
    assert lab.run("db", "init", "--db", str(lab.db), "--group", "postfix")[0] == 0
    remail_bob(mail_slapd)
    lab.save_profile("lab", mail_slapd)
    status, output = lab.run("profile", "save", "lab", "--profile", "lab",
                             "--sign-in-names", "directory")
    assert status == 0, output
    status, output = lab.run("preview", "--profile", "lab")
    assert status == 0, output
    lab.preview = output
    lab.import_all("lab")
    with lab.entered():
        mail_stack.serve(lab.db, "--password-file", str(lab.password_file),
                         probe="alice@example.com")
    return lab


def test_the_preview_shows_the_extra_name(lab):
    line = next(line for line in lab.preview.splitlines() if ADDRESS in line)
    assert "signs in also as bob" in line, lab.preview


def test_the_uid_signs_in_to_the_same_mailbox_as_login_and_address(lab, mail_stack):
    subject = "for bob by his uid"
    mail_stack.send(ADDRESS, subject)
    for name in ("bob", "BOB", "robert.brown", ADDRESS):
        assert subject in mail_stack.subjects(name, PASSWORDS["bob"], wanted=[subject]), name
    maildir = mail_stack.instance / "mail" / DOMAIN / mailbox_name("robert.brown")
    assert list(maildir.glob("new/*")) + list(maildir.glob("cur/*"))


def test_the_uid_signs_in_with_its_own_users_password_only(lab, mail_stack):
    with pytest.raises(imaplib.IMAP4.error):
        mail_stack.sign_in("bob", PASSWORDS["alice"])
    mail_stack.sign_in("alice", PASSWORDS["alice"]).logout()  # alice's uid is her login


def test_a_sync_with_the_choice_off_takes_the_name_away(lab, mail_stack, tmp_path):
    report = tmp_path / "sync.csv"
    status, output = lab.run("sync", "--profile", "lab", "--sign-in-names", "none",
                             "--report", str(report))
    assert status == 0, output
    assert "no longer signs in as bob" in report.read_text(encoding="utf-8")
    with pytest.raises(imaplib.IMAP4.error):
        mail_stack.sign_in("bob", PASSWORDS["bob"])
    mail_stack.sign_in(ADDRESS, PASSWORDS["bob"]).logout()
    status, output = lab.run("sync", "--profile", "lab")  # the saved choice: back again
    assert status == 0, output
    mail_stack.sign_in("bob", PASSWORDS["bob"]).logout()
