"""Issue 25 (3, 5): sharing the database with the mail daemons never changes a folder that
ldapwizard did not make for it.

`db init --group` and `mailstack render --instance` used to make the database's folder
root:postfix 2770 whatever it was: a 0700 home let the postfix user replace .bashrc, a 1777
folder lost its sticky bit, a folder holding the instance became unreachable for the mail
user. Now the database gets a folder of its own (created 0750 in the group when missing), an
existing folder is refused unless it holds nothing else and only its owner may write to it,
and a shared database keeps a rollback journal that the daemons only read.
"""

from __future__ import annotations

import grp
import os
import pwd
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
from contextlib import closing
from pathlib import Path

import pytest

from ldapwizard.cli import run
from ldapwizard.core.maildb.database import UserDatabase
from tests.attacks.database_access_as import as_user, read_users
from tests.servers.mailstack import free_ports, mailstack_missing_reason

pytestmark = pytest.mark.skipif(
    os.name != "posix" or os.geteuid() != 0 or not shutil.which("postfix", path="/usr/sbin"),
    reason="plays the postfix user against the files: needs root and Postfix's user")


@pytest.fixture
def base():
    """A folder under /tmp that the postfix user can pass through (a pytest tmp_path's
    parents are 0700, which would stop the attacks before the modes under test do)."""
    folder = Path(tempfile.mkdtemp(prefix="lw-access-", dir="/tmp"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def looks(path: Path) -> tuple[int, int, int]:
    info = path.lstat()
    return info.st_mode, info.st_uid, info.st_gid


def share(db: Path, capsys) -> tuple[int, str]:
    code = run(["db", "init", "--db", str(db), "--group", "postfix"])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def postfix_may_replace(path: Path) -> bool:
    def attempt():
        try:
            forged = path.with_name(path.name + ".forged")
            forged.write_text("echo planted\n")
            os.replace(forged, path)
        except OSError:
            return False
        return True

    return as_user("postfix", attempt)


def test_a_home_folder_is_refused_and_left_as_it_was(base, capsys):
    home = base / "home"
    home.mkdir(mode=0o700)
    (home / ".bashrc").write_text("# mine\n")
    before = looks(home)
    code, output = share(home / "users.sqlite", capsys)
    assert code == 2, output
    assert "holds other files (.bashrc)" in output and "folder of its own" in output
    assert looks(home) == before and not (home / "users.sqlite").exists()
    assert not postfix_may_replace(home / ".bashrc")
    # a database already there (made without --group) is refused the same way, unchanged
    assert run(["db", "init", "--db", str(home / "users.sqlite")]) == 0
    file_before = looks(home / "users.sqlite")
    code, output = share(home / "users.sqlite", capsys)
    assert code == 2 and "holds other files" in output, output
    assert looks(home) == before and looks(home / "users.sqlite") == file_before
    assert (home / ".bashrc").read_text() == "# mine\n"


@pytest.mark.parametrize("others", [True, False], ids=["with others' files", "empty"])
def test_a_sticky_folder_everybody_may_write_keeps_its_mode_and_is_refused(base, capsys,
                                                                          others):
    shared = base / "shared-tmp"
    shared.mkdir()
    shared.chmod(0o1777)
    if others:
        (shared / "someone-else.txt").write_text("theirs\n")
        os.chown(shared / "someone-else.txt", pwd.getpwnam("nobody").pw_uid, -1)
    before = looks(shared)
    code, output = share(shared / "users.sqlite", capsys)
    assert code == 2, output
    assert ("holds other files" if others else "may be written by everybody") in output
    assert "What to do:" in output and "folder of its own" in output
    assert looks(shared) == before and stat.S_IMODE(before[0]) == 0o1777


@pytest.mark.parametrize("owner, mode", [("root", 0o770), ("nobody", 0o755)],
                         ids=["writable by the group", "owned by another user"])
def test_a_folder_someone_else_may_write_is_refused(base, capsys, owner, mode):
    folder = base / "db"
    folder.mkdir()
    os.chown(folder, pwd.getpwnam(owner).pw_uid, grp.getgrnam("postfix").gr_gid)
    folder.chmod(mode)
    before = looks(folder)
    code, output = share(folder / "users.sqlite", capsys)
    assert code == 2 and "could replace the database" in output, output
    assert looks(folder) == before and not (folder / "users.sqlite").exists()


@pytest.mark.skipif(mailstack_missing_reason() is not None, reason="needs Postfix, Dovecot")
def test_render_instance_refuses_a_database_beside_the_instance(base, capsys):
    folder = base / "mail"
    folder.mkdir()
    db = folder / "users.sqlite"
    assert run(["db", "init", "--db", str(db)]) == 0
    before, file_before = looks(folder), looks(db)
    smtp, imap, lmtp = free_ports(3)
    code = run(["mailstack", "render", "--db", str(db), "--out", str(folder / "instance"),
                "--instance", "--smtp-port", str(smtp), "--imap-port", str(imap),
                "--lmtp-port", str(lmtp)])
    output = capsys.readouterr().err
    assert code == 2 and "inside the database's folder" in output, output
    assert looks(folder) == before and looks(db) == file_before


def test_db_init_makes_the_folder_the_daemons_read_and_never_write(base, capsys):
    db = base / "maildb" / "users.sqlite"
    code, output = share(db, capsys)
    assert code == 0, output
    postfix = grp.getgrnam("postfix").gr_gid
    assert looks(db.parent) == (stat.S_IFDIR | 0o750, 0, postfix)
    assert looks(db) == (stat.S_IFREG | 0o640, 0, postfix)
    assert as_user("postfix", lambda: read_users(db)) == []
    code, output = share(db, capsys)
    assert code == 0 and "nothing needed changing" in output, output


def test_the_old_shared_layout_is_tightened(base, capsys):
    """What ldapwizard made before (folder 2770 and file 0660 in the group, WAL) becomes
    read-only for the group; the folder held nothing else, so nobody else loses anything."""
    db = base / "maildb" / "users.sqlite"
    assert run(["db", "init", "--db", str(db)]) == 0
    postfix = grp.getgrnam("postfix").gr_gid
    for path, mode in ((db.parent, 0o2770), (db, 0o660)):
        os.chown(path, -1, postfix)
        path.chmod(mode)
    code, output = share(db, capsys)
    assert code == 0, output
    assert stat.S_IMODE(db.parent.stat().st_mode) == 0o750
    assert stat.S_IMODE(db.stat().st_mode) == 0o640
    with closing(sqlite3.connect(db)) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    # later writes keep the rollback journal: WAL would lock the read-only daemons out
    assert run(["db", "add-user", "--db", str(db), "later@example.com"]) == 0
    assert as_user("postfix", lambda: read_users(db)) == ["later"]
    assert sorted(p.name for p in db.parent.iterdir()) == ["users.sqlite"]


KILLED_WRITER = """
import os, sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA cache_size = 1")  # spill to the file mid-transaction
connection.execute("BEGIN IMMEDIATE")
connection.execute("UPDATE users SET display_name = 'half-written'")
connection.execute("CREATE TABLE filler (x)")
connection.execute("INSERT INTO filler SELECT zeroblob(4000) FROM users, "
                   "(SELECT 1 UNION ALL SELECT 2), (SELECT 1 UNION ALL SELECT 2)")
os._exit(9)  # killed before the commit
"""


def test_a_killed_writer_is_rolled_back_by_the_next_ldapwizard_command(base, capsys):
    db = base / "maildb" / "users.sqlite"
    assert share(db, capsys)[0] == 0
    for n in range(40):
        assert run(["db", "add-user", "--db", str(db), f"user{n}@example.com"]) == 0
    subprocess.run([sys.executable, "-c", KILLED_WRITER, str(db)], check=False)
    journal = db.with_name("users.sqlite-journal")
    assert journal.stat().st_size > 0  # hot: the file holds half of the write
    # the daemons, who may not write, cannot roll it back (README: until ldapwizard opens it)
    assert "readonly" in as_user("postfix", lambda: _read_error(db))
    assert run(["db", "show", "--db", str(db)]) == 0, capsys.readouterr().err
    assert len(as_user("postfix", lambda: read_users(db))) == 40
    assert not journal.exists()


def _read_error(db: Path) -> str:
    try:
        read_users(db)
    except sqlite3.Error as e:
        return str(e)
    return "read fine"


def test_a_long_import_does_not_lock_the_daemons_out_before_it_commits(base, capsys):
    """What held with WAL: Postfix (no busy timeout: a locked file is a temporary failure)
    reads the last committed state while an import writes. With a rollback journal that
    holds while the import's changes stay in memory (cache) instead of spilling to the file."""
    db = base / "maildb" / "users.sqlite"
    assert share(db, capsys)[0] == 0
    assert run(["db", "add-user", "--db", str(db), "first@example.com"]) == 0
    with UserDatabase.open(db, write=True) as database, \
            database.transaction("a long import") as connection:
        domain = connection.execute("SELECT id FROM domains").fetchone()[0]
        connection.executemany(  # about 6 MB of pages, three times SQLite's default cache
            "INSERT INTO users (domain_id, local_part, local_key, username, login_key, "
            "mailbox, display_name, auth, password_hash, created_at, updated_at) VALUES "
            "(?, ?, ?, ?, ?, ?, ?, 'local', ?, 'now', 'now')",
            ((domain, f"u{n}", f"u{n}", f"u{n}", f"u{n}", f"example.com/u{n}",
              f"Imported user number {n}", "$2b$12$" + "x" * 53) for n in range(20000)))
        assert as_user("postfix", lambda: _read_without_waiting(db)) == ["first"]
    assert len(as_user("postfix", lambda: read_users(db))) == 20001


def _read_without_waiting(db: Path) -> list[str] | str:
    try:
        with closing(sqlite3.connect(db, timeout=0)) as connection:
            return [row[0] for row in connection.execute("SELECT local_part FROM users")]
    except sqlite3.Error as e:
        return str(e)


def test_a_folder_inside_one_the_group_may_write_is_refused(base, capsys):
    """postfix could rename the database's folder away and put its own in its place."""
    above = base / "spool"
    above.mkdir()
    os.chown(above, -1, grp.getgrnam("postfix").gr_gid)
    above.chmod(0o770)
    code, output = share(above / "maildb" / "users.sqlite", capsys)
    assert code == 2 and f"{above} may be written by the group postfix" in output, output
    assert not (above / "maildb").exists()
