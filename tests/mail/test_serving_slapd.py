"""End to end against OpenLDAP: import, and a real Postfix and Dovecot serve the users —
mail arrives over SMTP, users sign in over IMAP with their directory password.

The tests share one module lab (imported once) and run in file order: the later ones change
the directory (a user leaves) and add a second one.
"""

from __future__ import annotations

import imaplib
import sqlite3

import ldap3
import pytest

from ldapwizard.core.maildb import accounts
from ldapwizard.core.maildb.database import UserDatabase
from tests.mail.lab import DOMAIN, LOCAL_PASSWORD, PASSWORDS, start_directory
from tests.servers import seed
from tests.servers.directory_edits import admin

pytestmark = [pytest.mark.mailstack, pytest.mark.slapd]

B_PASSWORD = "b-Secret-10"  # the password of the second directory's own people


@pytest.fixture(scope="module")
def lab(lab_factory, mail_slapd, mail_stack):
    """The directory imported into a database made for the mail daemons, with an alias, a
    non-ASCII alias, a list and a local user added, served by the session's instance."""
    return lab_factory("slapd").served(mail_slapd, mail_stack)


def test_mail_to_a_user_an_alias_a_list_and_a_non_ascii_address_is_there_over_imap(
        lab, mail_stack):
    sent = {"alice@example.com": "to alice", "Team.Lead@Example.com": "to the alias",
            "staff@example.com": "to the list", "Grüße@example.com": "to grüße (SMTPUTF8)"}
    for to, subject in sent.items():
        mail_stack.send(to, subject)
    inbox = mail_stack.subjects("alice", PASSWORDS["alice"], wanted=sent.values())
    assert set(sent.values()) <= set(inbox)
    assert "to the list" in mail_stack.subjects("bob", PASSWORDS["bob"], wanted=["to the list"])
    maildir = mail_stack.instance / "mail" / DOMAIN / "alice"
    assert len(list(maildir.glob("new/*")) + list(maildir.glob("cur/*"))) >= len(sent)


def test_directory_users_sign_in_with_their_directory_password(lab, mail_stack):
    # a non-ASCII password, and a DN that needs escapes (never used: found by entryUUID)
    for login in ("alice", "ugur", "ann.oneil"):
        mail_stack.sign_in(login, PASSWORDS[login]).logout()


def test_a_wrong_password_an_unknown_address_and_a_disabled_user_are_refused(lab, mail_stack):
    with pytest.raises(imaplib.IMAP4.error, match="AUTHENTICATIONFAILED"):
        mail_stack.sign_in("alice", PASSWORDS["bob"])
    with pytest.raises(imaplib.IMAP4.error):
        mail_stack.sign_in("nobody", "nobody-Secret-0")
    code, text = mail_stack.refusal("nobody@example.com")
    assert code == 550 and b"5.1.1" in text
    assert lab.run("db", "disable", "bob@example.com", "--db", str(lab.db))[0] == 0
    try:
        code, text = mail_stack.refusal("bob@example.com")
        assert code == 550 and b"5.1.1" in text
        with pytest.raises(imaplib.IMAP4.error):
            mail_stack.sign_in("bob", PASSWORDS["bob"])
    finally:
        assert lab.run("db", "enable", "bob@example.com", "--db", str(lab.db))[0] == 0
    assert mail_stack.refusal("bob@example.com") is None
    mail_stack.sign_in("bob", PASSWORDS["bob"]).logout()


def test_a_local_user_with_a_password_signs_in_and_receives_non_ascii_mail(lab, mail_stack):
    mail_stack.send("Jürgen@example.com", "für jürgen")
    assert "für jürgen" in mail_stack.subjects("jürgen", LOCAL_PASSWORD, wanted=["für jürgen"])
    with pytest.raises(imaplib.IMAP4.error):
        mail_stack.sign_in("jürgen", "Jürgen-Secret-8")


def test_check_finds_the_running_servers_serving_the_database(lab, mail_stack):
    instance = ["--postfix-config", str(mail_stack.postfix_dir), "--dovecot-config",
                str(mail_stack.dovecot_conf), "--sample", "100"]
    status, output = lab.run("mailstack", "check", "--db", str(lab.db), *instance,
                             "--sign-in", "alice", "--sign-in", "jürgen",
                             stdin=f"{PASSWORDS['alice']}\n{LOCAL_PASSWORD}\n")
    assert status == 0, output
    assert "checks match the database" in output
    status, output = lab.run("mailstack", "check", "--db", str(lab.db), *instance,
                             "--sign-in", "alice", stdin="wrong-Secret-1\n")
    assert status == 1
    assert "Dovecot refused the sign-in of alice" in output


def test_check_says_what_the_servers_do_not_serve(lab, mail_stack, tmp_path):
    newer = tmp_path / "newer.sqlite"  # the database as it will be after another import
    with UserDatabase.open(lab.db) as served, sqlite3.connect(newer) as copy:
        served.connection.backup(copy)
    copy.close()
    with UserDatabase.open(newer, write=True) as database, database.transaction() as db:
        directory = accounts.ensure_directory(db, accounts.DirectorySource(
            "Branch office", "ldap://127.0.0.1:1", "starttls", None, "dc=branch",
            "openldap", "entryUUID"))
        accounts.add_user(db, accounts.ensure_domain(db, DOMAIN), accounts.NewUser(
            "newcomer", "newcomer", auth="directory", directory_dn="uid=newcomer",
            stable_id="id-newcomer", directory_id=directory))
    status, output = lab.run("mailstack", "check", "--db", str(newer), "--sample", "1000",
                             "--postfix-config", str(mail_stack.postfix_dir),
                             "--dovecot-config", str(mail_stack.dovecot_conf))
    assert status == 1
    assert "Postfix does not know the mailbox newcomer@example.com" in output
    assert "Dovecot does not know the login newcomer" in output
    assert 'Dovecot has no passdb for the directory "Branch office"' in output


def test_sync_disables_a_user_who_left_the_directory_and_no_daemon_restarts(
        lab, mail_slapd, mail_stack, in_lab):
    from ldapwizard.cli import run

    masters = mail_stack.master_pids()
    mail_stack.sign_in("leaver", PASSWORDS["leaver"]).logout()
    assert mail_stack.refusal("leaver@example.com") is None
    connection = admin(mail_slapd)
    assert connection.delete(f"uid=leaver,{seed.PEOPLE_DN}"), connection.result
    connection.unbind()
    assert run(["sync", "--profile", "lab", "--remove-missing"]) == 0
    code, text = mail_stack.refusal("leaver@example.com")
    assert code == 550 and b"5.1.1" in text
    with pytest.raises(imaplib.IMAP4.error):
        mail_stack.sign_in("leaver", PASSWORDS["leaver"])
    assert mail_stack.master_pids() == masters


@pytest.fixture(scope="module")
def second_directory(lab, tmp_path_factory, mail_ldif, slapd_pki, mail_stack):
    """Another slapd feeding the same domain: the seed again (so its people's addresses are
    taken and stay A's), `uid=alice` with a password of its own, and two people of its own."""
    ldif = tmp_path_factory.mktemp("second-seed") / "seed.ldif"
    text = mail_ldif.read_text(encoding="utf-8")
    for uid in ("yann", "alice.b"):
        text += (f"\ndn: uid={uid},{seed.PEOPLE_DN}\nobjectClass: inetOrgPerson\nuid: {uid}\n"
                 f"cn: {uid}\nsn: {uid}\nmail: {uid}@{DOMAIN}\n"
                 f"userPassword: {seed.ssha(B_PASSWORD, b'bsalt')}\n")
    ldif.write_text(text, encoding="utf-8")
    server = start_directory(tmp_path_factory.mktemp("second-slapd"), ldif, slapd_pki)
    try:
        connection = admin(server)
        connection.search(seed.PEOPLE_DN, "(uid=alice)")
        assert connection.modify(connection.entries[0].entry_dn,
                                 {"userPassword": [(ldap3.MODIFY_REPLACE, [B_PASSWORD])]})
        connection.unbind()
        lab.save_profile("lab-b", server)
        batch = lab.import_all("lab-b")
        with lab.entered():
            mail_stack.serve(lab.db, "--password-file", str(lab.password_file),
                             probe="yann@example.com")
        yield batch
    finally:
        server.kill()


def test_two_directories_feeding_one_domain_route_each_user_to_their_own(
        second_directory, mail_stack):
    for login in ("yann", "alice.b"):  # known to the second directory only
        mail_stack.sign_in(login, B_PASSWORD).logout()
    mail_stack.sign_in("alice", PASSWORDS["alice"]).logout()
    # alice came from the first directory: the second one's uid=alice password is no use
    with pytest.raises(imaplib.IMAP4.error):
        mail_stack.sign_in("alice", B_PASSWORD)
    mail_stack.send("yann@example.com", "to yann")
    assert "to yann" in mail_stack.subjects("yann", B_PASSWORD, wanted=["to yann"])


def test_undoing_an_import_removes_its_users_from_the_mail_server(
        lab, second_directory, mail_stack):
    assert mail_stack.refusal("yann@example.com") is None
    status, output = lab.run("undo", str(second_directory), "--db", str(lab.db))
    assert status == 0, output
    code, text = mail_stack.refusal("yann@example.com")
    assert code == 550 and b"5.1.1" in text
    with pytest.raises(imaplib.IMAP4.error):
        mail_stack.sign_in("yann", B_PASSWORD)
    mail_stack.sign_in("alice", PASSWORDS["alice"]).logout()
