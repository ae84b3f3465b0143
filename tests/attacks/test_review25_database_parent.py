"""Review of issue 25 (item 5, "the database's folder is one ldapwizard made for it"): a local
user who may rename entries in a folder ABOVE the database's own folder swaps that folder for
one of theirs, and the mail servers then read the attacker's database.

`db init --group` checks the folders above the new one only for write access by the daemons'
group or by everybody. A folder owned by an ordinary user (a home) or writable by another
group (Debian's /var/local is root:staff 2775) passes, and its owner or group members can
rename the database's folder away (renaming within the same parent needs no write access to
the folder itself) and put a folder with a database of their own in its place. The real
Postfix and Dovecot then sign in the attacker's password as any user and hand them that
user's mailbox.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from tests.attacks.database_access_as import as_user
from tests.attacks.signin_servers import auth_test

pytestmark = [pytest.mark.mailstack]

DOMAIN = "example.com"
VICTIM = "victim"
REAL_PASSWORD = "Real-Secret-1"
FORGED_PASSWORD = "Forged-Secret-2"


def cli(*argv: str, stdin: str = "") -> subprocess.CompletedProcess:
    """The ldapwizard command line as root, as the admin runs it."""
    return subprocess.run([sys.executable, "-m", "ldapwizard", *argv], input=stdin,
                          capture_output=True, text=True, timeout=120)


def make_database(db: Path, password: str, *, group: bool) -> None:
    """A database with one local user, VICTIM, and `password`."""
    init = ["db", "init", "--db", str(db)] + (["--group", "postfix"] if group else [])
    for argv, stdin in ((init, ""), (["db", "add-user", "--db", str(db),
                                      f"{VICTIM}@{DOMAIN}"], ""),
                        (["db", "set-password", "--db", str(db), f"{VICTIM}@{DOMAIN}"],
                         password + "\n")):
        result = cli(*argv, stdin=stdin)
        assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture
def home(mail_stack):
    """A folder owned by user nobody (as a user's home is), beside the running instance."""
    folder = Path(tempfile.mkdtemp(prefix="home-", dir=mail_stack.folder))
    os.chown(folder, pwd.getpwnam("nobody").pw_uid, -1)
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def test_the_owner_of_a_folder_above_cannot_swap_the_served_database(mail_stack, home):
    db = home / "maildb" / "mail.sqlite"
    refused = cli("db", "init", "--db", str(db), "--group", "postfix")
    if refused.returncode != 0:  # what issue 25 promises: the folder above is not safe
        assert str(home) in refused.stdout + refused.stderr  # naming the unsafe folder
        return
    make_database(db, REAL_PASSWORD, group=True)
    mail_stack.serve(db)
    mail_stack.wait_until_served(f"{VICTIM}@{DOMAIN}")
    assert auth_test(mail_stack, VICTIM, REAL_PASSWORD)
    mail_stack.send(f"{VICTIM}@{DOMAIN}", "private mail of the victim")
    assert "private mail of the victim" in mail_stack.subjects(
        VICTIM, REAL_PASSWORD, expect=1, wanted={"private mail of the victim"})

    # the attacker's own database, as they could make it with ldapwizard on any machine
    scratch = Path(tempfile.mkdtemp(prefix="forged-", dir="/tmp"))
    try:
        make_database(scratch / "mail.sqlite", FORGED_PASSWORD, group=False)
        (scratch / "mail.sqlite").chmod(0o644)
        scratch.chmod(0o755)
        forged = (scratch / "mail.sqlite").read_bytes()

        def swap():  # as user nobody, the owner of the folder above
            folder = db.parent
            os.rename(folder, folder.with_name("maildb.moved"))  # root's 0750 folder
            os.mkdir(folder, 0o755)
            Path(db).write_bytes(forged)
            os.chmod(db, 0o644)
            return "swapped"

        assert as_user("nobody", swap) == "swapped"
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    # an auth worker opens the file again when it starts (an idle one exits after a minute)
    subprocess.run(["doveadm", "-c", str(mail_stack.dovecot_conf), "reload"], check=True)
    signed_in = auth_test(mail_stack, VICTIM, FORGED_PASSWORD)
    read = []
    if signed_in:
        read = mail_stack.subjects(VICTIM, FORGED_PASSWORD)
    assert not signed_in, f"the attacker's password signed in as {VICTIM} and read {read}"
