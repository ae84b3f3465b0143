"""One run per profile at a time: an OS lock on a file, released even if the process dies;
and, for a PostgreSQL user database, an advisory lock in the database too, so two hosts
syncing one profile into it do not overlap either (released when the session ends, however
it ends)."""

from __future__ import annotations

import os
import re
from contextlib import contextmanager
from pathlib import Path

from ldapwizard import i18n
from ldapwizard.core.errors import LdapWizardError
from ldapwizard.core.job import paths
from ldapwizard.core.maildb import pg, pgdb
from ldapwizard.core.maildb.location import Location, PgTarget


class AlreadyRunning(LdapWizardError):
    """Another run holds the lock."""


@contextmanager
def exclusive(path: Path, profile: str):
    """Hold an exclusive lock on `path` for the block; AlreadyRunning if another process (a
    sync of `profile`) has it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            _lock(handle)
        except OSError:
            raise AlreadyRunning(i18n._("Another sync of profile {profile} is running (lock "
                                        "{path}).", profile=profile, path=path),
                                 hint=i18n._("Wait for it to finish; runs of one profile "
                                             "never overlap.")) from None
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


@contextmanager
def sync_lock(profile: str, database: Location | None = None):
    """Hold the sync lock of `profile` for the block — on this computer, and in a PostgreSQL
    `database` for every host; AlreadyRunning if a sync of it runs."""
    with exclusive(sync_lock_path(profile), profile):
        if not isinstance(database, PgTarget):
            yield
            return
        connection = pgdb.connect(database)
        try:
            pg.settle_session(connection, database, write=True)  # a standby: refused now
            try:
                taken = pg.try_sync_lock(connection, profile)
            except pgdb.Error as e:
                raise pg.translate(e, database, "taking the sync lock") from None
            if not taken:
                raise AlreadyRunning(
                    i18n._("Another sync of profile {profile} is running into {database} (on "
                           "this or another computer).", profile=profile, database=database),
                    hint=i18n._("Wait for it to finish; runs of one profile never overlap."))
            yield
        finally:
            connection.close()  # the session's end releases the advisory lock


def _lock(handle: int) -> None:
    if os.name == "nt":
        import msvcrt

        msvcrt.locking(handle, msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
