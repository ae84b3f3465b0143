"""Issue 25, directory sign-in over unencrypted LDAP: whoever answers that traffic decides the
sign-in. Here a fake LDAP server on 127.0.0.1 accepts any bind and finds an entry for any
search. `render` refuses such a directory unless asked with --allow-plain-ldap; asked, its
own users are at the fake's mercy (the risk the warning names), and nobody else is: it is
never even asked about them. The real slapd, Postfix and Dovecot.
"""

from __future__ import annotations

import imaplib
import shutil
import tempfile
from pathlib import Path

import pytest

from ldapwizard.core.maildb import accounts
from ldapwizard.core.maildb.database import UserDatabase
from tests.attacks.signin_servers import FakeLdap, auth_test
from tests.mail.lab import DOMAIN, LOCAL_PASSWORD, PASSWORDS

pytestmark = [pytest.mark.mailstack, pytest.mark.slapd]

INSTANCE = ("--instance", "--smtp-port", "2525", "--imap-port", "1143", "--lmtp-port", "2424")
VICTIM_ID = "5f0c9a52-3b1e-4d7a-9c61-0e8f2b7d4a13"  # a user of the plain directory


@pytest.fixture(scope="module")
def fake_ldap():
    """The fake directory server, for the whole module."""
    server = FakeLdap().start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def lab(lab_factory, mail_slapd, mail_stack, fake_ldap):
    """The slapd imported (alice) with the local user jürgen, plus a directory "Branch" at
    the fake server over plain LDAP with its user victim."""
    lab = lab_factory("signin-plain")
    assert lab.run("db", "init", "--db", str(lab.db), "--group", "postfix")[0] == 0
    lab.fill(mail_slapd)
    with UserDatabase.open(lab.db, write=True) as database, database.transaction() as db:
        branch = accounts.ensure_directory(db, accounts.DirectorySource(
            "Branch", f"ldap://127.0.0.1:{fake_ldap.port}", "none", None,
            "dc=branch,dc=example", "openldap", "entryUUID"))
        accounts.add_user(db, accounts.ensure_domain(db, DOMAIN), accounts.NewUser(
            "victim", "victim", auth="directory", directory_dn="uid=victim,dc=branch",
            stable_id=VICTIM_ID, directory_id=branch))
    return lab


def render_options(lab) -> list[str]:
    return ["--service-account", "Branch=cn=reader,dc=branch,dc=example",
            "--password-file", str(lab.password_file)]


def test_render_refuses_a_directory_over_unencrypted_ldap_and_says_why(lab):
    folder = Path(tempfile.mkdtemp(prefix="lw-plain-", dir="/tmp"))  # short: an instance's
    out = folder / "out"
    try:
        status, output = lab.run("mailstack", "render", "--db", str(lab.db), "--out",
                                 str(out), *INSTANCE, *render_options(lab))
        assert status == 2, output
        assert '"Branch" is reached over unencrypted LDAP' in output
        assert "decides every sign-in" in output and "--allow-plain-ldap" in output
        assert not out.exists()  # refused before anything is written
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_asked_explicitly_only_the_plain_directory_s_own_users_are_exposed(
        lab, mail_stack, fake_ldap):
    with lab.entered():
        output = mail_stack.serve(lab.db, *render_options(lab), "--allow-plain-ldap",
                                  probe="victim@example.com")
    assert 'warning: The directory "Branch" is reached over unencrypted LDAP' in output
    assert "decides every sign-in of its 1 user and reads that user's password" in output
    # what the option exposes: the fake server lets the plain directory's user in with any
    # password (and saw the service account's password, and would see the user's)
    assert auth_test(mail_stack, "victim", "any-Password-1")
    assert VICTIM_ID.encode() in fake_ldap.searches[-1]
    # nobody else: the fake is never asked about them, whatever they type
    asked = len(fake_ldap.searches), len(fake_ldap.binds)
    for login in ("alice", "jürgen", "totally-unknown-user"):
        assert not auth_test(mail_stack, login, "any-Password-1"), login
        with pytest.raises(imaplib.IMAP4.error, match="AUTHENTICATIONFAILED"):
            mail_stack.sign_in(login, "any-Password-1")
    assert (len(fake_ldap.searches), len(fake_ldap.binds)) == asked
    # and they still sign in with their own passwords
    assert auth_test(mail_stack, "alice", PASSWORDS["alice"])
    assert auth_test(mail_stack, "jürgen", LOCAL_PASSWORD)
