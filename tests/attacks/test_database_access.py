"""Issue 25 (5): a compromised mail daemon reads the user database and cannot change it.

As the postfix and the dovecot user (a child process that has become each), an UPDATE that
plants a {PLAIN} password, writing, renaming, unlinking or replacing the file, and creating
its -journal/-wal/-shm all fail; meanwhile the real Postfix and Dovecot serve mail and
sign-in from that file, a user added after they started included (no reload).
"""

from __future__ import annotations

import imaplib
import sqlite3
import stat
from contextlib import closing

import pytest

from tests.attacks.database_access_as import (
    DAEMON_USERS,
    PLANTED_HASH,
    as_user,
    read_users,
    write_attempts,
)
from tests.mail.lab import LOCAL_PASSWORD, PASSWORDS

pytestmark = [pytest.mark.mailstack, pytest.mark.slapd]

VICTIM = "jürgen"  # the lab's local user: the passdb checks the hash the row holds


@pytest.fixture(scope="module")
def lab(lab_factory, mail_slapd, mail_stack):
    """The directory imported into a database shared with the mail daemons, served."""
    lab = lab_factory("access")
    status, output = lab.run("db", "init", "--db", str(lab.db), "--group", "postfix")
    assert status == 0, output
    lab.fill(mail_slapd)
    with lab.entered():
        mail_stack.serve(lab.db, "--password-file", str(lab.password_file),
                         probe="alice@example.com")
    return lab


def rows(database) -> list[tuple]:
    with closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as db:
        return db.execute("SELECT * FROM users ORDER BY id").fetchall()


def test_the_mail_daemons_can_neither_update_nor_replace_the_database(lab, mail_stack):
    before = rows(lab.db)
    for user in DAEMON_USERS:
        outcomes = as_user(user, lambda: write_attempts(lab.db, VICTIM))
        done = [name for name, outcome in outcomes.items() if outcome == "DONE"]
        assert not done, f"as {user}: {done} worked ({outcomes})"
    assert rows(lab.db) == before
    assert PLANTED_HASH not in str(before)
    assert sorted(p.name for p in lab.db.parent.iterdir()) == [lab.db.name]
    # what the planted password would have opened stays shut; the real one still works
    with pytest.raises(imaplib.IMAP4.error):
        mail_stack.sign_in(VICTIM, PLANTED_HASH.removeprefix("{PLAIN}"))
    mail_stack.sign_in(VICTIM, LOCAL_PASSWORD).logout()


def test_postfix_reads_the_database_which_no_daemon_may_write(lab):
    assert "alice" in as_user("postfix", lambda: read_users(lab.db))
    info, folder = lab.db.stat(), lab.db.parent.stat()
    assert stat.S_IMODE(info.st_mode) == 0o640
    assert not folder.st_mode & 0o022  # only its owner, root, may write the folder
    assert info.st_uid == folder.st_uid == 0
    with closing(sqlite3.connect(lab.db)) as db:  # readers need no -shm they may write
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_a_user_added_while_the_daemons_run_is_served_without_a_reload(lab, mail_stack):
    pids = mail_stack.master_pids()
    address = "newcomer@example.com"
    for argv, stdin in ((("db", "add-user", address), ""),
                        (("db", "set-password", address), "Newcomer-Secret-3\n")):
        status, output = lab.run(*argv, "--db", str(lab.db), stdin=stdin)
        assert status == 0, output
    mail_stack.send(address, "to the newcomer")
    mail_stack.send("alice@example.com", "to alice, as before")
    assert "to the newcomer" in mail_stack.subjects("newcomer", "Newcomer-Secret-3",
                                                    wanted={"to the newcomer"})
    assert "to alice, as before" in mail_stack.subjects(
        "alice", PASSWORDS["alice"], wanted={"to alice, as before"})
    assert mail_stack.master_pids() == pids
    # served from the shared file as it is: no daemon left a -wal or -shm beside it
    assert sorted(p.name for p in lab.db.parent.iterdir()) == [lab.db.name]
