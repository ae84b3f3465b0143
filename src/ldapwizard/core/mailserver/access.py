"""Let the mail daemons read the user database: a shared group on the file, folder and WAL.

SQLite in WAL mode writes a -shm file even to read, and creates the -wal and -shm files beside
the database when they are missing (the last connection to close removes them). So the mail
daemons, which run as other users, need the folder and those files writable: the folder
belongs to their group with the setgid bit (new files inherit the group), the files are 0660
(SQLite gives the -wal and -shm files the database file's mode).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from ldapwizard.core.errors import BadInput, DatabaseError

FILE_MODE = 0o660
FOLDER_MODE = 0o2770
WAL_SUFFIXES = ("-wal", "-shm", "-journal")


def group_id(group: str) -> int:
    """The id of a Unix group; BadInput on Windows or when there is no such group."""
    if os.name != "posix":
        raise BadInput("--group works on Linux and other Unix systems only.",
                       hint="The mail server (Postfix, Dovecot) runs on Unix: set the group "
                       "up there, where the database file lives.")
    import grp

    try:
        return grp.getgrnam(group).gr_gid
    except KeyError:
        raise BadInput(f"There is no group {group} on this system.",
                       hint="Give the group the mail daemons run as (on Debian and Ubuntu: "
                       "postfix), or create one with `groupadd`.") from None


def group_name(gid: int) -> str:
    """A group's name, or its number when it has none."""
    import grp

    try:
        return grp.getgrgid(gid).gr_name
    except KeyError:
        return str(gid)


def share_with_group(database: Path, group: str) -> list[str]:
    """Give the database file, its folder and its WAL files to `group`; what changed, in words.

    The folder becomes 2770 and the files 0660, owned by the group. Nothing that is already
    so is touched, so a second run says nothing changed.
    """
    gid = group_id(group)
    database = Path(database).absolute()
    if not database.is_file():
        raise BadInput(f"There is no user database at {database}.",
                       hint="Create it first, e.g. with `ldapwizard db init --db FILE`.")
    changes: list[str] = []
    _adjust(database.parent, gid, FOLDER_MODE, changes)
    for path in [database, *(database.with_name(database.name + s) for s in WAL_SUFFIXES)]:
        if path.exists():
            _adjust(path, gid, FILE_MODE, changes)
    return changes


def _adjust(path: Path, gid: int, mode: int, changes: list[str]) -> None:
    try:
        info = path.stat()
        if info.st_gid != gid:
            os.chown(path, -1, gid)
            changes.append(f"{path}: group {group_name(info.st_gid)} -> {group_name(gid)}")
        if stat.S_IMODE(info.st_mode) != mode:
            os.chmod(path, mode)
            changes.append(f"{path}: mode {stat.S_IMODE(info.st_mode):04o} -> {mode:04o}")
    except PermissionError as e:
        raise DatabaseError(f"The group or mode of {path} could not be changed.", detail=str(e),
                            hint="Run the command as the file's owner (and a member of the "
                            "group) or as root.") from None


def unreachable_parents(path: Path, uid: int, gid: int) -> list[Path]:
    """The folders above `path` that a process with `uid`/`gid` cannot pass through."""
    blocked = []
    for folder in Path(path).absolute().parents:
        try:
            info = folder.stat()
        except OSError:
            continue
        if uid == 0:
            continue
        if info.st_uid == uid:
            allowed = info.st_mode & stat.S_IXUSR
        elif info.st_gid == gid:
            allowed = info.st_mode & stat.S_IXGRP
        else:
            allowed = info.st_mode & stat.S_IXOTH
        if not allowed:
            blocked.append(folder)
    return blocked
