"""Issue 26, item 7: the full address always signs in, as well as the login the preview
showed — for a directory user (checked by binding to slapd) and a local user (a hash) alike —
into the same mailbox, over IMAP against the real Dovecot; and mail for them still arrives.
"""

from __future__ import annotations

import imaplib
import subprocess

import pytest

from ldapwizard.core.maildb.addresses import mailbox_name
from tests.mail.lab import DOMAIN, LOCAL_PASSWORD, PASSWORDS

pytestmark = [pytest.mark.mailstack, pytest.mark.slapd]

# (login, full address, password): a directory user and the local user Lab.fill adds
USERS = (("alice", "alice@example.com", PASSWORDS["alice"]),
         ("jürgen", "jürgen@example.com", LOCAL_PASSWORD))


@pytest.fixture(scope="module")
def lab(lab_factory, mail_slapd, mail_stack):
    """The directory imported (logins are the local parts) with a local user, served."""
    return lab_factory("logins").served(mail_slapd, mail_stack)


@pytest.mark.parametrize(("login", "address", "password"), USERS)
def test_the_login_and_the_full_address_sign_in_to_one_mailbox(lab, mail_stack, login,
                                                                address, password):
    subject = f"for {login} by either name"
    mail_stack.send(address, subject)
    for name in (login, address, address.upper() if address.isascii() else address):
        assert subject in mail_stack.subjects(name, password, wanted=[subject]), name
    # the mail is in the user's own folder, whichever name signed in
    maildir = mail_stack.instance / "mail" / DOMAIN / mailbox_name(login)
    assert list(maildir.glob("new/*")) + list(maildir.glob("cur/*"))


@pytest.mark.parametrize(("login", "address", "password"), USERS)
def test_the_address_gives_dovecot_the_logins_mailbox(lab, mail_stack, login, address,
                                                      password):
    answers = [subprocess.run(["doveadm", "-c", str(mail_stack.dovecot_conf), "user", "--",
                               name], capture_output=True, text=True, check=True).stdout
               for name in (login, address)]
    homes = [line for answer in answers for line in answer.splitlines()
             if line.startswith("home")]
    assert len(homes) == 2 and homes[0] == homes[1], answers


def test_an_address_signs_in_with_its_own_users_password_only(lab, mail_stack):
    for name, password in (("alice@example.com", PASSWORDS["bob"]),
                           ("bob@example.com", PASSWORDS["alice"]),
                           ("jürgen@example.com", "Jürgen-Secret-8"),
                           ("alice@other.example", PASSWORDS["alice"]),
                           ("team.lead@example.com", PASSWORDS["alice"]),  # an alias's
                           ("staff@example.com", PASSWORDS["alice"])):  # a list's
        with pytest.raises(imaplib.IMAP4.error):
            mail_stack.sign_in(name, password)
    mail_stack.sign_in("bob@example.com", PASSWORDS["bob"]).logout()


def test_a_disabled_user_signs_in_by_neither_name(lab, mail_stack):
    assert lab.run("db", "disable", "bob@example.com", "--db", str(lab.db))[0] == 0
    try:
        for name in ("bob", "bob@example.com"):
            with pytest.raises(imaplib.IMAP4.error):
                mail_stack.sign_in(name, PASSWORDS["bob"])
    finally:
        assert lab.run("db", "enable", "bob@example.com", "--db", str(lab.db))[0] == 0
    mail_stack.sign_in("bob@example.com", PASSWORDS["bob"]).logout()
