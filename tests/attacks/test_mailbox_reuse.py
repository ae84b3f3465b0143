"""Issue 25, item 6: a mailbox belongs to one user for ever.

A user is removed (sync --remove-missing, undo of its import) and its address goes to another
person (a new directory entry, or `db add-user`): that person signs in over IMAP to the real
Postfix + Dovecot and must not find the previous owner's mail, which stays on disk where it
was, kept aside, as the reports say. The tests share one lab and run in file order.
"""

from __future__ import annotations

import re

import pytest

from ldapwizard.core.maildb.database import UserDatabase
from tests.mail.lab import DOMAIN, PASSWORDS
from tests.servers import seed
from tests.servers.directory_edits import admin
from tests.servers.ldif import ssha

pytestmark = [pytest.mark.mailstack, pytest.mark.slapd]

NEWCOMER_PASSWORD = "newcomer-Secret-3"


@pytest.fixture(scope="module")
def lab(lab_factory, mail_slapd, mail_stack):
    """The mail lab's directory imported (profile "lab") and served."""
    return lab_factory("mailbox-reuse").served(mail_slapd, mail_stack)


def add_entry(server, uid: str, mail: str, password: str) -> None:
    """A new person in the directory, with `mail` and a password of its own."""
    connection = admin(server)
    assert connection.add(f"uid={uid},{seed.PEOPLE_DN}", ["inetOrgPerson"],
                          {"uid": uid, "cn": uid, "sn": uid, "mail": mail,
                           "userPassword": ssha(password, uid.encode()[:8].ljust(8, b"s"))}
                          ), connection.result
    connection.unbind()


def delete_entry(server, uid: str) -> None:
    connection = admin(server)
    assert connection.delete(f"uid={uid},{seed.PEOPLE_DN}"), connection.result
    connection.unbind()


def mailbox(lab, address: str) -> str | None:
    """The mailbox path the mail server is given for `address` (None: not served)."""
    with UserDatabase.open(lab.db) as database:
        row = database.connection.execute("SELECT mailbox FROM mail_mailboxes WHERE address_key"
                                          " = ?", (address,)).fetchone()
    return row[0] if row else None


def receive(lab, mail_stack, address: str, login: str, password: str, subject: str) -> str:
    """Deliver `subject` to `address`, see it in `login`'s INBOX; the mailbox path."""
    mail_stack.send(address, subject)
    assert subject in mail_stack.subjects(login, password, wanted=[subject])
    return mailbox(lab, address)


def assert_kept_aside(mail_stack, path: str, count: int) -> None:
    """The earlier owner's mail is still on disk under its own path."""
    maildir = mail_stack.instance / "mail" / path
    assert len(list(maildir.glob("new/*")) + list(maildir.glob("cur/*"))) >= count


def assert_new_owner_sees_nothing_old(lab, mail_stack, address, login, password, old_path,
                                      old_subject) -> None:
    mail_stack.wait_until_served(address)
    assert old_subject not in mail_stack.subjects(login, password)  # signed in: served
    new_path = mailbox(lab, address)
    assert new_path is not None and new_path != old_path
    mail_stack.send(address, f"to the new {login}")
    assert old_subject not in mail_stack.subjects(login, password,
                                                  wanted=[f"to the new {login}"])
    assert_kept_aside(mail_stack, old_path, 1)


def test_a_new_entry_given_the_address_of_a_user_sync_removed_never_reads_its_mail(
        lab, mail_slapd, mail_stack):
    old_path = receive(lab, mail_stack, "leaver@example.com", "leaver", PASSWORDS["leaver"],
                       "for the leaver's eyes only")
    assert old_path == f"{DOMAIN}/leaver/"
    delete_entry(mail_slapd, "leaver")
    add_entry(mail_slapd, "successor", "leaver@example.com", NEWCOMER_PASSWORD)
    assert lab.run("sync", "--profile", "lab", "--remove-missing")[0] == 0  # disables
    report = lab.password_file.parent / "sync.csv"
    status, output = lab.run("sync", "--profile", "lab", "--remove-missing",
                             "--report", str(report))  # removes, and imports the successor
    assert status == 0, output
    # the successor's login is the address's local part: the same as the leaver's was
    assert_new_owner_sees_nothing_old(lab, mail_stack, "leaver@example.com", "leaver",
                                      NEWCOMER_PASSWORD, old_path, "for the leaver's eyes only")
    assert f"its mail stays in {old_path}" in output
    assert f"its mail stays in {old_path}" in report.read_text(encoding="utf-8")


def import_batch(lab) -> int:
    status, output = lab.run("import", "--profile", "lab", "--all")
    assert status == 0, output
    return int(re.search(r"Batch (\d+):", output).group(1))


def test_a_new_entry_given_the_address_of_an_undone_import_never_reads_its_mail(
        lab, mail_slapd, mail_stack):
    add_entry(mail_slapd, "carol", "carol@example.com", "carol-Secret-4")
    batch = import_batch(lab)
    old_path = receive(lab, mail_stack, "carol@example.com", "carol", "carol-Secret-4",
                       "for carol's eyes only")
    status, undone = lab.run("undo", str(batch), "--db", str(lab.db))
    assert status == 0, undone
    delete_entry(mail_slapd, "carol")
    add_entry(mail_slapd, "dave", "carol@example.com", NEWCOMER_PASSWORD)
    import_batch(lab)
    assert_new_owner_sees_nothing_old(lab, mail_stack, "carol@example.com", "carol",
                                      NEWCOMER_PASSWORD, old_path, "for carol's eyes only")
    assert "stays in their mailbox folders" in undone and old_path in undone


def test_a_local_user_added_on_a_freed_address_never_reads_its_mail(
        lab, mail_slapd, mail_stack):
    add_entry(mail_slapd, "erin", "erin@example.com", "erin-Secret-5")
    batch = import_batch(lab)
    old_path = receive(lab, mail_stack, "erin@example.com", "erin", "erin-Secret-5",
                       "for erin's eyes only")
    assert lab.run("undo", str(batch), "--db", str(lab.db))[0] == 0
    delete_entry(mail_slapd, "erin")
    status, added = lab.run("db", "add-user", "erin@example.com", "--db", str(lab.db))
    assert status == 0, added
    status, output = lab.run("db", "set-password", "erin@example.com", "--db", str(lab.db),
                             stdin=NEWCOMER_PASSWORD + "\n")
    assert status == 0, output
    assert_new_owner_sees_nothing_old(lab, mail_stack, "erin@example.com", "erin",
                                      NEWCOMER_PASSWORD, old_path, "for erin's eyes only")
    assert f"{old_path} holds the mail of an earlier user" in added
