"""One run per profile at a time: an OS lock on a file, released even if the process dies."""

from __future__ import annotations

import os
import re
from contextlib import contextmanager
from pathlib import Path

from ldapwizard.core.errors import LdapWizardError
from ldapwizard.core.job import paths


class AlreadyRunning(LdapWizardError):
    """Another run holds the lock."""


@contextmanager
def exclusive(path: Path, what: str):
    """Hold an exclusive lock on `path` for the block; AlreadyRunning if another process has it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            _lock(handle)
        except OSError:
            raise AlreadyRunning(f"Another {what} is running (lock {path}).",
                                 hint="Wait for it to finish; runs of one profile never "
                                 "overlap.") from None
        os.ftruncate(handle, 0)
        os.write(handle, str(os.getpid()).encode())
        yield
    finally:
        os.close(handle)  # closing releases the lock


def safe_name(name: str) -> str:
    """A profile name as a file-name part (locks, run logs)."""
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", name)[:60] or "profile"


def sync_lock_path(profile: str) -> Path:
    """The one lock a sync of `profile` holds, from the command line or the window."""
    return paths.data_dir() / "locks" / f"sync-{safe_name(profile)}.lock"


def sync_lock(profile: str):
    """Hold the sync lock of `profile` for the block; AlreadyRunning if a sync of it runs."""
    return exclusive(sync_lock_path(profile), f"sync of profile {profile}")


def _lock(handle: int) -> None:
    if os.name == "nt":
        import msvcrt

        msvcrt.locking(handle, msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
