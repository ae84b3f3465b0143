"""User databases that are locked, read-only, full, damaged, newer, foreign — or whose writer dies.

The promise: a message that says what is wrong and what to do, and the file exactly as it was
(byte for byte where the engine never opened it for writing). A process killed at any point of
an import or an undo leaves a file that passes integrity_check and holds either the state
before or the state after — never something in between.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import random
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ldapwizard.cli import run
from ldapwizard.core.maildb import database as userdb
from ldapwizard.core.maildb.schema import CURRENT_VERSION
from tests.faults.dumps import canonical_dump, integrity
from tests.faults.killed_child import USERS

ROOT = Path(__file__).resolve().parents[2]
DEMO_DOMAIN = "demo.example"
BUSY_MS = 1000  # the engine waits this long for a lock (5 s in the application)
MARGIN = 20


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def demo_import(db: Path) -> int:
    return run(["--demo", "import", "--domain", DEMO_DOMAIN, "--db", str(db), "--all"])


def settle(db: Path) -> None:
    """Checkpoint the WAL into the main file, so the file alone is the whole database."""
    with contextlib.closing(sqlite3.connect(db)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


@pytest.fixture
def imported_db(tmp_path, capsys) -> Path:
    """A user database with a hand-made user and one demo import (batch 1)."""
    db = tmp_path / "users.sqlite"
    assert run(["db", "add-user", "--db", str(db), f"postmaster@{DEMO_DOMAIN}"]) == 0
    assert demo_import(db) == 0
    settle(db)
    capsys.readouterr()
    return db


@pytest.fixture
def short_busy_timeout(monkeypatch):
    monkeypatch.setattr(userdb, "BUSY_TIMEOUT_MS", BUSY_MS)


def fresh_db(path: Path) -> Path:
    """A database with one hand-made user and no import yet."""
    assert run(["db", "add-user", "--db", str(path), f"postmaster@{DEMO_DOMAIN}"]) == 0
    settle(path)
    return path


def assert_refused(code: int, expected_code: int, err: str, words: str) -> None:
    assert code == expected_code, err
    assert words in err, err
    assert "What to do:" in err and "Traceback" not in err, err


# --- locks -------------------------------------------------------------------------------

LOCKS = {
    "reserved (BEGIN IMMEDIATE)": ("wal", "BEGIN IMMEDIATE"),
    "exclusive (BEGIN EXCLUSIVE, WAL)": ("wal", "BEGIN EXCLUSIVE"),
    "exclusive (BEGIN EXCLUSIVE, rollback journal)": ("delete", "BEGIN EXCLUSIVE"),
}


@contextlib.contextmanager
def locked(db: Path, lock: str):
    """Another program holds a write lock on `db` (a second SQLite connection)."""
    journal, begin = LOCKS[lock]
    other = sqlite3.connect(db, isolation_level=None)
    other.execute(f"PRAGMA journal_mode = {journal}")
    other.execute(begin)
    other.execute("UPDATE users SET display_name = display_name WHERE 0")
    try:
        yield
    finally:
        other.execute("ROLLBACK")
        other.close()


@pytest.mark.parametrize("lock", list(LOCKS))
def test_a_database_locked_by_another_program_is_reported_and_unchanged(
        lock, tmp_path, imported_db, short_busy_timeout, capsys, ledger):
    empty = fresh_db(tmp_path / "empty.sqlite")
    for db, command in ((empty, ["--demo", "import", "--domain", DEMO_DOMAIN, "--all"]),
                        (imported_db, ["undo", "1"]),
                        (imported_db, ["db", "add-user", "someone@demo.example"])):
        before = canonical_dump(db)
        with locked(db, lock):
            started = time.monotonic()
            code = run([*command, "--db", str(db)])
            ledger.fault(f"database: locked, {lock}")
            assert_refused(code, 1, capsys.readouterr().err, "locked by another program")
            assert time.monotonic() - started < BUSY_MS / 1000 + MARGIN
        assert canonical_dump(db) == before


# --- read-only, full ---------------------------------------------------------------------

def test_a_database_on_a_read_only_disk_is_reported_and_unchanged(tmpfs, capsys,
                                                                  ledger):
    mount_point, make_read_only = tmpfs
    db = mount_point / "users.sqlite"
    fresh_db(db)
    assert demo_import(db) == 0
    settle(db)
    make_read_only()
    checksum = sha256(db)
    capsys.readouterr()
    for command in (["--demo", "import", "--domain", DEMO_DOMAIN, "--all"], ["undo", "1"]):
        code = run([*command, "--db", str(db)])
        ledger.fault("database: read-only disk")
        assert_refused(code, 1, capsys.readouterr().err, "read-only")
    assert run(["db", "show", "--db", str(db)]) == 0  # reading still works
    assert sha256(db) == checksum


def _run_limited(args: list[str], limit: int) -> subprocess.CompletedProcess:
    """Run the command line in a child whose files may not grow past `limit` bytes."""

    def limit_file_size():
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return subprocess.run([sys.executable, "-m", "ldapwizard", *args], capture_output=True,
                          text=True, preexec_fn=limit_file_size, cwd=ROOT, timeout=120)


def test_a_file_size_limit_stops_import_and_undo_and_changes_nothing(tmp_path, imported_db,
                                                                     ledger):
    # RLIMIT_FSIZE: the kernel refuses writes past the limit (EFBIG), as a full disk would
    # refuse them; works without root or a mount. Python ignores SIGXFSZ, so SQLite sees it.
    empty = fresh_db(tmp_path / "empty.sqlite")
    for db, command in ((empty, ["--demo", "import", "--domain", DEMO_DOMAIN, "--all"]),
                        (imported_db, ["undo", "1"])):
        before, checksum = canonical_dump(db), sha256(db)
        # the -shm file needs 32 KiB; the write-ahead log needs more than the rest
        result = _run_limited([*command, "--db", str(db)], 64 * 1024)
        ledger.fault("database: file size limit (EFBIG)")
        assert_refused(result.returncode, 1, result.stderr, "nothing was changed")
        assert "disk" in result.stderr
        assert integrity(db) == "ok"
        assert canonical_dump(db) == before
        assert sha256(db) == checksum


def test_a_full_disk_stops_the_import_and_changes_nothing(tmpfs, capsys,
                                                          ledger):
    mount_point, _ = tmpfs
    db = fresh_db(mount_point / "users.sqlite")
    free = os.statvfs(mount_point)
    filler = mount_point / "filler"
    filler.write_bytes(b"\0" * max(0, free.f_bavail * free.f_frsize - 64 * 1024))
    before, checksum = canonical_dump(db), sha256(db)
    capsys.readouterr()
    code = demo_import(db)
    ledger.fault("database: full disk (ENOSPC)")
    assert_refused(code, 1, capsys.readouterr().err, "is full")
    filler.unlink()
    assert integrity(db) == "ok"
    assert canonical_dump(db) == before and sha256(db) == checksum


# --- files that are not ours to change ---------------------------------------------------

def _overwrite(offset_of, data_of):
    def damage(path: Path) -> None:
        size = path.stat().st_size
        with path.open("r+b") as f:
            f.seek(offset_of(size))
            f.write(data_of(size))
    return damage


def _truncate(path: Path) -> None:
    with path.open("r+b") as f:
        f.truncate(path.stat().st_size // 2)


def _newer(path: Path) -> None:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute(f"PRAGMA user_version = {CURRENT_VERSION + 1}")


def _foreign_sqlite(path: Path) -> None:
    path.unlink()
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
        conn.execute("INSERT INTO moz_places (url) VALUES ('https://example.com')")


def _damage_users_page(path: Path) -> None:
    """Random bytes over the middle page of the users table, which every command reads (the
    middle of the file may be an index that only some of them read)."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        pages = [page for (page,) in conn.execute(
            "SELECT pageno FROM dbstat WHERE name = 'users' AND pagetype = 'leaf' "
            "ORDER BY pageno")]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    _overwrite(lambda _: (pages[len(pages) // 2] - 1) * size,
               lambda _: random.Random(1).randbytes(size))(path)


BAD_FILES = {
    "damaged page (random bytes mid-table)": (_damage_users_page, 2, "damaged"),
    "damaged last page": (_overwrite(lambda s: s - 4096, lambda s: b"\xa5" * 4096), 2,
                          "damaged"),
    "damaged header (page size)": (_overwrite(lambda s: 16, lambda s: b"\x00\x03"), 2,
                                   "damaged"),
    "truncated": (_truncate, 2, "damaged"),
    "newer schema": (_newer, 2, "newer ldapwizard"),
    "another program's SQLite": (_foreign_sqlite, 2, "another program"),
    "not SQLite (PNG)": (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(2000)), 2,
                         "not an SQLite file"),
    "not SQLite (text)": (lambda p: p.write_text("user;password\nroot;hunter2\n"), 2,
                          "not an SQLite file"),
}


@pytest.mark.parametrize("kind", list(BAD_FILES))
def test_a_file_that_is_not_a_healthy_database_of_ours_is_never_modified(
        kind, imported_db, capsys, ledger):
    make_bad, exit_code, words = BAD_FILES[kind]
    make_bad(imported_db)
    checksum = sha256(imported_db)
    writers = (["--demo", "import", "--domain", DEMO_DOMAIN, "--all"], ["undo", "1"],
               ["db", "add-user", "someone@demo.example"])
    readers = (["db", "show"], ["--demo", "preview", "--domain", DEMO_DOMAIN])
    for command in (*writers, *readers):
        code = run([*command, "--db", str(imported_db)])
        ledger.fault(f"database: {kind}")
        err = capsys.readouterr().err
        if command in readers and code == 0 and kind == "damaged last page":
            # a reader finds damage where it reads (writers check every page first): the
            # last page may belong to a table these two never read, as the layout falls
            continue
        assert_refused(code, exit_code, err, words)
    assert sha256(imported_db) == checksum
    wal = Path(f"{imported_db}-wal")  # a reader may leave an empty one
    assert not wal.exists() or wal.stat().st_size == 0


# --- killed writers ----------------------------------------------------------------------

def _child(action: str, db: Path, kill_at: int = 0) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "tests.faults.killed_child", action,
                             str(db), str(kill_at)], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _finish(action: str, db: Path) -> int:
    """Run `action` to the end; the number of SQL statements it ran."""
    process = _child(action, db)
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err
    return int(out.split("done after ")[1].split()[0])


def _kill_points(statements: int, count: int, rng: random.Random) -> list[int]:
    """The first statements (BEGIN…), the last ones (COMMIT…) and random ones between."""
    edges = [1, 2, 3, statements - 2, statements - 1, statements]
    between = rng.sample(range(4, statements - 2), count - len(edges))
    return sorted(set(edges + between))


@pytest.mark.parametrize("action", ["import", "undo:1"])
def test_a_writer_killed_at_any_point_leaves_before_or_after(action, tmp_path, ledger):
    rng = random.Random(f"kill-{action}")
    start = fresh_db(tmp_path / "start.sqlite")
    if action.startswith("undo"):
        _finish("import", start)
        settle(start)
    before = canonical_dump(start)
    finished = tmp_path / "finished.sqlite"
    shutil.copy(start, finished)
    statements = _finish(action, finished)
    after = canonical_dump(finished)
    users = {name: sum(line.startswith("users: ") for line in state)
             for name, state in (("before", before), ("after", after))}
    assert users == ({"before": 1, "after": USERS + 1} if action == "import"
                     else {"before": USERS + 1, "after": 1})

    outcomes = []
    points = [("statement", n) for n in _kill_points(statements, 14, rng)]
    points += [("timer", rng.uniform(0.0, 0.4)) for _ in range(6)]
    for how, point in points:
        db = tmp_path / f"killed-{how}-{point}.sqlite"
        shutil.copy(start, db)
        process = _child(action, db, point if how == "statement" else -1)  # -1: untraced
        assert process.stdout.readline().strip() == "ready"
        if how == "timer":
            time.sleep(point)
            process.send_signal(signal.SIGKILL)
        process.communicate(timeout=120)
        ledger.fault(f"database: SIGKILL during {action.split(':')[0]}")
        if how == "statement":
            assert process.returncode == -signal.SIGKILL, (point, process.returncode)
        assert integrity(db) == "ok", (how, point)
        state = canonical_dump(db)
        assert state in (before, after), (how, point)
        outcomes.append(state == after)
        # the next run of the application opens the file as usual
        assert run(["db", "show", "--db", str(db)]) == 0
    # the kill points reached both sides of COMMIT
    assert True in outcomes and False in outcomes
