"""Play a compromised mail daemon against the user database file: what the postfix and
dovecot users may do to it, tried for real in a child process that has become that user."""

from __future__ import annotations

import json
import os
import pwd
import sqlite3
from collections.abc import Callable
from pathlib import Path

DAEMON_USERS = ("postfix", "dovecot")
PLANTED_HASH = "{PLAIN}planted-Secret-9"


def as_user(user: str, action: Callable[[], object]) -> object:
    """`action()`'s result, run in a forked child that has become `user` (its groups too).

    A fork and not a new interpreter: the tests' Python may live where the daemon users
    cannot go (a root-only home)."""
    entry = pwd.getpwnam(user)
    reading, writing = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: become the user, act, report, leave without pytest's clean-up
        try:
            os.close(reading)
            os.setgroups(os.getgrouplist(user, entry.pw_gid))
            os.setgid(entry.pw_gid)
            os.setuid(entry.pw_uid)
            result = {"result": action()}
        except BaseException as e:  # reported to the parent, which fails the test
            result = {"crash": repr(e)}
        with os.fdopen(writing, "w") as pipe:
            json.dump(result, pipe)
        os._exit(0)
    os.close(writing)
    with os.fdopen(reading) as pipe:
        report = json.loads(pipe.read() or '{"crash": "no report"}')
    os.waitpid(pid, 0)
    assert "crash" not in report, report
    return report["result"]


def _outcome(attempt: Callable[[], object]) -> str:
    try:
        attempt()
    except (OSError, sqlite3.Error) as e:
        return f"refused: {e}"
    return "DONE"


def _update(database: Path, local_part: str) -> None:
    connection = sqlite3.connect(database, timeout=2)
    try:
        connection.execute("UPDATE users SET password_hash = ?, auth = 'local' WHERE "
                           "local_part = ?", (PLANTED_HASH, local_part))
        connection.commit()
    finally:
        connection.close()


def _create(path: Path) -> None:
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))


def _replace(database: Path) -> None:
    forged = Path("/tmp") / f"forged-{os.getpid()}.sqlite"  # /tmp lets everybody create
    forged.write_bytes(database.read_bytes() if os.access(database, os.R_OK) else b"")
    try:
        os.replace(forged, database)
    finally:
        forged.unlink(missing_ok=True)


def write_attempts(database: Path, local_part: str) -> dict[str, str]:
    """Every way a daemon could change the database or its files, and how each ended
    ("DONE" when it worked). Run it as a daemon user."""
    folder = database.parent
    attempts = {
        "UPDATE users": lambda: _update(database, local_part),
        "write into the file": lambda: open(database, "r+b").close(),
        "chmod the file": lambda: os.chmod(database, 0o666),
        "rename the file": lambda: os.rename(database, folder / "moved.sqlite"),
        "unlink the file": lambda: os.unlink(database),
        "replace the file": lambda: _replace(database),
        "rename its folder": lambda: os.rename(folder, folder.with_name(folder.name + "-x")),
    }
    for suffix in ("-journal", "-wal", "-shm"):
        path = database.with_name(database.name + suffix)
        attempts[f"create {path.name}"] = lambda path=path: _create(path)
    return {name: _outcome(attempt) for name, attempt in attempts.items()}


def read_users(database: Path) -> list[str]:
    """The local parts a reader sees (as a daemon user: what Postfix's lookups need)."""
    connection = sqlite3.connect(database, timeout=2)
    try:
        return [row[0] for row in connection.execute("SELECT local_part FROM users")]
    finally:
        connection.close()
