"""Issue 26: an account disabled in OpenLDAP (ppolicy's pwdAccountLockedTime, the preset's
rule) after import is disabled in the mail system by the next sync — without
--remove-missing — so the real Postfix refuses its mail and its list leaves it out; enabled
again in the directory, the next sync enables it and mail reaches it again."""

from __future__ import annotations

import csv
import sqlite3

import ldap3
import pytest

from tests.mail.lab import DOMAIN, PASSWORDS
from tests.servers.directory_edits import admin

pytestmark = [pytest.mark.mailstack, pytest.mark.slapd]

LOCKED = "000001010000Z"  # ppolicy's "locked until an administrator unlocks it"


@pytest.fixture(scope="module")
def lab(lab_factory, mail_slapd, mail_stack):
    """The directory imported (with the list staff of alice, bob and an outside address),
    served by the session's Postfix and Dovecot."""
    return lab_factory("disabled-slapd").served(mail_slapd, mail_stack)


def set_locked(server, locked: bool) -> None:
    """Lock or unlock bob the way an OpenLDAP admin does."""
    connection = admin(server)
    connection.search(server.base_dn, "(uid=bob)", attributes=["1.1"])
    bob = connection.response[0]["dn"]
    change = (ldap3.MODIFY_REPLACE, [LOCKED]) if locked else (ldap3.MODIFY_DELETE, [])
    assert connection.modify(bob, {"pwdAccountLockedTime": [change]}), connection.result
    connection.unbind()


def forwards(lab, address: str) -> set[str]:
    """Where the database tells Postfix to forward `address` (its mail_forwards view)."""
    with sqlite3.connect(f"file:{lab.db}?mode=ro", uri=True) as db:
        rows = db.execute("SELECT target FROM mail_forwards WHERE address_key = ?",
                          (address,)).fetchall()
    return {row[0] for row in rows}


def test_a_user_locked_in_openldap_is_refused_mail_after_one_sync_and_back_when_unlocked(
        lab, mail_slapd, mail_stack, tmp_path):
    assert mail_stack.refusal(f"bob@{DOMAIN}") is None
    assert f"bob@{DOMAIN}" in forwards(lab, f"staff@{DOMAIN}")
    set_locked(mail_slapd, True)
    try:
        status, output = lab.run("preview", "--profile", "lab", "--show-hidden")
        assert status == 0, output
        assert "already imported as bob@example.com; disabled in the directory" in output
        status, output = lab.run("sync", "--profile", "lab", "--dry-run")
        assert status == 0 and "disabled: bob@example.com: disabled in the directory" \
            in output, output
        assert mail_stack.refusal(f"bob@{DOMAIN}") is None  # a dry run changed nothing

        report = tmp_path / "report.csv"
        status, output = lab.run("sync", "--profile", "lab", "--report", str(report))
        assert status == 0, output
        assert "disabled: bob@example.com: disabled in the directory" in output
        assert "1 disabled, 0 removed" in output
        with report.open(encoding="utf-8-sig", newline="") as f:
            rows = {row["address"]: row for row in csv.DictReader(f)}
        assert rows[f"bob@{DOMAIN}"]["status"] == "disabled"
        assert rows[f"bob@{DOMAIN}"]["reason"].startswith("disabled in the directory")

        code, text = mail_stack.refusal(f"bob@{DOMAIN}")
        assert code == 550 and b"5.1.1" in text
        assert forwards(lab, f"staff@{DOMAIN}") == {f"alice@{DOMAIN}", "friend@elsewhere.org"}
        mail_stack.send(f"staff@{DOMAIN}", "to staff while bob is locked")
        assert "to staff while bob is locked" in mail_stack.subjects(
            "alice", PASSWORDS["alice"], wanted=["to staff while bob is locked"])
        status, output = lab.run("sync", "--profile", "lab", "--remove-missing")
        assert status == 0 and "0 disabled, 0 removed" in output, output  # never removed
    finally:
        set_locked(mail_slapd, False)

    status, output = lab.run("sync", "--profile", "lab")
    assert status == 0, output
    assert "re-enabled: bob@example.com: enabled again in the directory" in output
    assert mail_stack.refusal(f"bob@{DOMAIN}") is None
    assert f"bob@{DOMAIN}" in forwards(lab, f"staff@{DOMAIN}")
    mail_stack.send(f"bob@{DOMAIN}", "to bob unlocked")
    assert "to bob unlocked" in mail_stack.subjects("bob", PASSWORDS["bob"],
                                                    wanted=["to bob unlocked"])


def test_an_admins_disable_is_not_undone_by_a_sync(lab, mail_stack):
    assert lab.run("db", "disable", f"alice@{DOMAIN}", "--db", str(lab.db))[0] == 0
    try:
        status, output = lab.run("sync", "--profile", "lab")
        assert status == 0 and "0 re-enabled" in output, output
        code, _ = mail_stack.refusal(f"alice@{DOMAIN}")
        assert code == 550
    finally:
        assert lab.run("db", "enable", f"alice@{DOMAIN}", "--db", str(lab.db))[0] == 0
    assert mail_stack.refusal(f"alice@{DOMAIN}") is None

