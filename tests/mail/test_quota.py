"""Quotas end to end: `db set-quota` limits a mailbox, and the real Postfix refuses mail for a
full one at RCPT (Dovecot's quota-status service, asked by Postfix's smtpd), while mail under
the quota still arrives and is read over IMAP (issue 26).

Local users served by the session's instance; a job's default quota is given to the users an
import from slapd creates.
"""

from __future__ import annotations

import imaplib
import smtplib
import sqlite3

import pytest

from tests.servers.directory_edits import add_person

pytestmark = [pytest.mark.mailstack, pytest.mark.slapd]

DOMAIN = "quota.example"
USERS = {"carol": "carol-Secret-1", "dave": "dave-Secret-2"}
BODY = "x" * 1000  # each message is about 1.2K with its header


@pytest.fixture(scope="module")
def lab(lab_factory, mail_stack):
    """Two local users with passwords, served by the session's instance."""
    lab = lab_factory("quota")
    db = str(lab.db)
    assert lab.run("db", "init", "--db", db, "--group", "postfix")[0] == 0
    for login, password in USERS.items():
        assert lab.run("db", "add-user", f"{login}@{DOMAIN}", "--db", db)[0] == 0
        status, output = lab.run("db", "set-password", f"{login}@{DOMAIN}", "--db", db,
                                 stdin=password + "\n")
        assert status == 0, output
    mail_stack.serve(lab.db, probe=f"carol@{DOMAIN}")
    return lab


def set_quota(lab, login: str, size: str) -> str:
    """`db set-quota` for `login`; what it printed."""
    status, output = lab.run("db", "set-quota", f"{login}@{DOMAIN}", size, "--db", str(lab.db))
    assert status == 0, output
    return output


def send(stack, to: str, subject: str) -> None:
    """Submit one message of about 1.2K, declaring its size (MAIL FROM … SIZE=) as servers
    do."""
    with smtplib.SMTP("127.0.0.1", stack.smtp_port, timeout=10) as smtp:
        smtp.sendmail("tester@outside.example", [to],
                      f"From: tester@outside.example\r\nTo: {to}\r\nSubject: {subject}\r\n"
                      f"\r\n{BODY}\r\n")


def test_mail_for_a_full_mailbox_is_refused_and_mail_under_the_quota_arrives(lab, mail_stack):
    assert "Quota of carol@quota.example: 3K (was no limit)" in set_quota(lab, "carol", "3K")
    for subject in ("first", "second"):  # 2.4K of 3K
        send(mail_stack, f"carol@{DOMAIN}", subject)
    assert {"first", "second"} <= set(mail_stack.subjects(
        "carol", USERS["carol"], wanted=["first", "second"]))
    # a third would bring the mailbox over its quota: refused at RCPT, before it is accepted
    with pytest.raises(smtplib.SMTPRecipientsRefused) as refused:
        send(mail_stack, f"carol@{DOMAIN}", "third")
    code, text = refused.value.recipients[f"carol@{DOMAIN}"]
    assert code == 552 and b"5.2.2" in text and b"over their quota" in text
    # a smaller quota: the mailbox is over it now, and any mail for it is refused
    set_quota(lab, "carol", "2K")
    code, text = mail_stack.refusal(f"carol@{DOMAIN}")
    assert code == 552 and b"5.2.2" in text
    # Dovecot enforces it too: a message put into the mailbox over IMAP is refused
    imap = mail_stack.sign_in("carol", USERS["carol"])
    try:
        status, answer = imap.append("INBOX", None, None, f"Subject: put\r\n\r\n{BODY}\r\n"
                                     .encode())
    except imaplib.IMAP4.error as error:
        status, answer = "NO", [str(error).encode()]
    finally:
        imap.logout()
    assert status == "NO" and b"OVERQUOTA" in answer[0].upper()
    # another user, without a quota, still receives; so does carol once the limit is lifted
    send(mail_stack, f"dave@{DOMAIN}", "for dave")
    assert "for dave" in mail_stack.subjects("dave", USERS["dave"], wanted=["for dave"])
    set_quota(lab, "carol", "none")
    send(mail_stack, f"carol@{DOMAIN}", "after the limit")
    inbox = mail_stack.subjects("carol", USERS["carol"], wanted=["after the limit"])
    assert "after the limit" in inbox and "third" not in inbox


def test_a_quota_size_that_means_nothing_is_refused(lab):
    before = lab.run("db", "show", "--db", str(lab.db))
    for size in ("0", "-1", "5X", "lots", "1.5G"):
        status, output = lab.run("db", "set-quota", f"dave@{DOMAIN}", size, "--db",
                                 str(lab.db))
        assert status == 2 and "is not a quota size" in output and "500M" in output
    status, output = lab.run("db", "set-quota", f"nobody@{DOMAIN}", "1G", "--db", str(lab.db))
    assert status == 2 and "There is no user nobody@quota.example" in output
    assert lab.run("db", "show", "--db", str(lab.db)) == before


def quotas_in(db) -> dict[str, int | None]:
    """Each user's quota_bytes, by login."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        return dict(conn.execute("SELECT username, quota_bytes FROM users"))


def test_a_jobs_default_quota_is_given_to_the_users_its_import_creates(lab_factory,
                                                                       mail_slapd):
    job = lab_factory("quota-job")
    db = str(job.db)
    assert job.run("db", "init", "--db", db, "--group", "postfix")[0] == 0
    job.save_profile("job", mail_slapd)
    status, output = job.run("profile", "save", "job", "--quota", "500 MiB")
    assert status == 0, output
    status, output = job.run("profile", "save", "job", "--quota", "lots")
    assert status == 2 and "is not a quota size" in output
    assert "500 MiB" in job.run("profile", "show", "job")[1]  # the refused one not saved
    # a user of the same domain made by hand before keeps having no limit
    assert job.run("db", "add-user", "handmade@example.com", "--db", db)[0] == 0
    status, output = job.run("import", "--profile", "job", "--all")
    assert status == 0 and "each new user's quota: 500M" in output, output
    quotas = quotas_in(job.db)
    assert quotas.pop("handmade") is None
    assert quotas and set(quotas.values()) == {500 * 1024 ** 2}
    # then `db set-quota` changes one, and `--quota none` lets later runs create without one
    status, output = job.run("db", "set-quota", "alice@example.com", "1G", "--db", db)
    assert status == 0 and "(was 500M)" in output
    assert quotas_in(job.db)["alice"] == 1024 ** 3
    # a sync gives it to the users it creates, and leaves the others' as they are
    add_person(mail_slapd, "newcomer")
    status, output = job.run("sync", "--profile", "job")
    assert status == 0, output
    quotas = quotas_in(job.db)
    assert quotas["newcomer"] == 500 * 1024 ** 2 and quotas["alice"] == 1024 ** 3
    assert job.run("profile", "save", "job", "--quota", "none")[0] == 0
    assert "quota:" in job.run("profile", "show", "job")[1]
    assert job.run("profile", "show", "job")[1].count("500 MiB") == 0
