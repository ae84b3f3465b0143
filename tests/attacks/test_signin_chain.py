"""Issue 25, "anyone signs in as anyone": each directory holds an entry carrying the nil UUID,
added by its rootdn with the relax control, and nobody but a user of that entry's own
directory imported from it may use its password — not a local user, not a user of the other
directory, not a name that is in no database. The real slapd, Postfix and Dovecot.
"""

from __future__ import annotations

import imaplib

import ldap3
import pytest

from ldapwizard.core.maildb import accounts
from ldapwizard.core.maildb.database import UserDatabase
from tests.attacks.signin_servers import NIL_UUID, auth_test, plant_entry
from tests.mail.lab import DOMAIN, LOCAL_PASSWORD, PASSWORDS, start_directory
from tests.servers import seed
from tests.servers.directory_edits import admin

pytestmark = [pytest.mark.mailstack, pytest.mark.slapd]

PLANTED = "Planted-Secret-0"  # the password of both planted entries
B_PASSWORD = "b-Secret-10"  # the password of the second directory's people
# a directory user, a user of the other directory, a local user, nobody at all, and a name
# shaped like a routed login of the first directory ("lab" in hex; Dovecot lower-cases it)
STRANGERS = ("alice", "yann", "jürgen", "totally-unknown-user", "nobody/6C6162")


@pytest.fixture(scope="module")
def second_slapd(tmp_path_factory, mail_ldif, slapd_pki):
    """Another directory feeding the same domain: the seed (its people's addresses are the
    first directory's), `uid=alice` with a password of its own, and yann."""
    ldif = tmp_path_factory.mktemp("signin-b") / "seed.ldif"
    ldif.write_text(mail_ldif.read_text(encoding="utf-8") + (
        f"\ndn: uid=yann,{seed.PEOPLE_DN}\nobjectClass: inetOrgPerson\nuid: yann\ncn: yann\n"
        f"sn: yann\nmail: yann@{DOMAIN}\nuserPassword: {seed.ssha(B_PASSWORD, b'bsalt')}\n"),
        encoding="utf-8")
    server = start_directory(tmp_path_factory.mktemp("signin-b-slapd"), ldif, slapd_pki)
    try:
        connection = admin(server)
        connection.search(seed.PEOPLE_DN, "(uid=alice)")
        assert connection.modify(connection.entries[0].entry_dn,
                                 {"userPassword": [(ldap3.MODIFY_REPLACE, [B_PASSWORD])]})
        connection.unbind()
        yield server
    finally:
        server.kill()


@pytest.fixture(scope="module")
def lab(lab_factory, mail_slapd, second_slapd, mail_stack):
    """Two directories imported (alice from the first, yann from the second) and the local
    user jürgen; then each directory gets its planted nil-UUID entry, and the stack serves."""
    lab = lab_factory("signin-chain")
    assert lab.run("db", "init", "--db", str(lab.db), "--group", "postfix")[0] == 0
    lab.fill(mail_slapd)
    lab.save_profile("lab-b", second_slapd)
    lab.import_all("lab-b")
    for server in (mail_slapd, second_slapd):
        plant_entry(server, "planted", NIL_UUID, PLANTED)
    with lab.entered():
        mail_stack.serve(lab.db, "--password-file", str(lab.password_file),
                         probe="yann@example.com")
    return lab


def test_everyone_signs_in_with_their_own_password_only(lab, mail_stack):
    own = {"alice": PASSWORDS["alice"], "yann": B_PASSWORD, "jürgen": LOCAL_PASSWORD}
    for login, password in own.items():
        assert auth_test(mail_stack, login, password), login
        mail_stack.sign_in(login, password).logout()
    # the second directory's alice is not the alice imported from the first
    assert not auth_test(mail_stack, "alice", B_PASSWORD)


@pytest.mark.parametrize("login", STRANGERS)
def test_an_entry_with_the_nil_uuid_opens_no_mailbox(lab, mail_stack, login):
    assert not auth_test(mail_stack, login, PLANTED)  # as SMTP AUTH would ask
    with pytest.raises(imaplib.IMAP4.error, match="AUTHENTICATIONFAILED"):
        mail_stack.sign_in(login, PLANTED)


def test_a_wrong_password_falls_through_to_no_other_passdb(lab, mail_stack):
    # the planted entries answer whatever search reaches them with no stable id: a local
    # user's, or a directory user's, wrong password must not get that far
    for login in ("jürgen", "alice", "yann"):
        assert not auth_test(mail_stack, login, PLANTED), login
    log = (mail_stack.instance / "log" / "dovecot.log").read_text(encoding="utf-8",
                                                                   errors="replace")
    assert "Last passdb had noauthenticate" not in log


def test_a_user_of_a_directory_added_after_the_render_signs_in_nowhere(lab, mail_stack,
                                                                        mail_slapd):
    # the row points at the first slapd, whose planted entry has the nil UUID: without an
    # ldap passdb of its own, the user is never searched for anywhere
    with UserDatabase.open(lab.db, write=True) as database, database.transaction() as db:
        later = accounts.ensure_directory(db, accounts.DirectorySource(
            "Later", mail_slapd.ldap_url, "starttls", None, seed.BASE_DN, "openldap", "entryUUID"))
        accounts.add_user(db, accounts.ensure_domain(db, DOMAIN), accounts.NewUser(
            "newcomer", "newcomer", auth="directory", directory_dn="uid=planted",
            stable_id=NIL_UUID, directory_id=later))
    mail_stack.wait_until_served("newcomer@example.com")
    assert not auth_test(mail_stack, "newcomer", PLANTED)
    with pytest.raises(imaplib.IMAP4.error):
        mail_stack.sign_in("newcomer", PLANTED)
