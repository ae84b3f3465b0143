"""Let the mail daemons read the user database file and nothing more.

The daemons (Postfix's as user postfix) must read the file but never change it: a daemon that
could UPDATE a password hash, or replace the file, would own every mailbox. So a shared
database lives in a folder of its own, which only its writer (ldapwizard, as root or the
admin) may write: 0750, the daemons' group. The file is 0640 in that group, and it keeps a
rollback journal (journal_mode DELETE): readers then need nothing but read permission (POSIX
read locks work on a read-only descriptor), whereas WAL mode needs a -shm file every reader
may write and a folder they may create it in. The writer creates the -journal with the file's
mode, so readers may read it but not change it.

ldapwizard never changes an existing folder (a home, /tmp, a folder holding the mail
configuration): it creates the folder when it is missing, and refuses one that holds other
files, is writable by others or does not let the daemons pass. Every folder above it must be
root's or the writer's and writable by nobody else (a sticky one such as /tmp passes): who may
rename entries there could swap the database's folder for one of their own.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

from ldapwizard import i18n
from ldapwizard.core.errors import BadInput, DatabaseError

FILE_MODE = 0o640
FOLDER_MODE = 0o750
JOURNAL_SUFFIXES = ("-journal", "-wal", "-shm")
OLD_FOLDER_MODE = 0o2770  # what ldapwizard before issue 25 made of the folder


def group_id(group: str) -> int:
    """The id of a Unix group; BadInput on Windows or when there is no such group."""
    if os.name != "posix":
        raise BadInput(i18n._("--group works on Linux and other Unix systems only."),
                       hint=i18n._("The mail server (Postfix, Dovecot) runs on Unix: set the "
                                   "group up there, where the database file lives."))
    import grp

    try:
        return grp.getgrnam(group).gr_gid
    except KeyError:
        raise BadInput(i18n._("There is no group {group} on this system.", group=group),
                       hint=i18n._("Give the group the mail daemons run as (on Debian and "
                                   "Ubuntu: postfix), or create one with `groupadd`.")) from None


def group_name(gid: int) -> str:
    """A group's name, or its number when it has none."""
    import grp

    try:
        return grp.getgrgid(gid).gr_name
    except KeyError:
        return str(gid)


def _user_name(uid: int) -> str:
    import pwd

    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:
        return str(uid)


def _own_folder_hint(database: Path, group: str, owner: str | None = None) -> str:
    """What to do instead; `owner`: the folder's owner, who could run the command too."""
    if owner is not None:
        return i18n._("Run the command as {owner}, or give the database a folder of its own "
                      "that does not exist yet, e.g. `ldapwizard db init --db "
                      "/var/lib/ldapwizard/{name} --group {group}` (ldapwizard creates it: "
                      "owner you, group {group}, 0750), and move the existing database there "
                      "first (with its -journal/-wal/-shm files, while nothing writes to it). "
                      "ldapwizard changes no folder it did not create.",
                      owner=owner, name=database.name, group=group)
    return i18n._("Give the database a folder of its own that does not exist yet, e.g. "
                  "`ldapwizard db init --db /var/lib/ldapwizard/{name} --group {group}` "
                  "(ldapwizard creates it: owner you, group {group}, 0750), and move the "
                  "existing database there first (with its -journal/-wal/-shm files, while "
                  "nothing writes to it). ldapwizard changes no folder it did not create.",
                  name=database.name, group=group)


def prepare_folder(database: Path, group: str) -> list[str]:
    """Before a shared database is created: make its folder when it is missing (owner the
    writer, `group`, 0750), or check the existing one (`check_folder`); what changed."""
    gid = group_id(group)
    folder = Path(database).absolute().parent
    if os.path.lexists(folder):
        return check_folder(Path(database).absolute(), gid)
    _check_above(folder, _own_folder_hint(Path(database), group))
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.mkdir(mode=0o700)  # nobody else can open it before its group and mode are set
    try:
        os.chown(folder, -1, gid)
        os.chmod(folder, FOLDER_MODE)
    except PermissionError as e:
        folder.rmdir()
        raise DatabaseError(i18n._("The folder {folder} could not be given to the group "
                                   "{group}.", folder=folder, group=group), detail=str(e),
                            hint=i18n._("Run the command as root, or as a member of the "
                                        "group.")) from None
    return [i18n._("{folder}: created (owner {owner}, group {group}, {mode})", folder=folder,
                   owner=_user_name(os.geteuid()), group=group, mode=f"{FOLDER_MODE:04o}")]


def check_folder(database: Path, gid: int) -> list[str]:
    """Refuse a folder the daemons' group could write to or that holds other files; what
    changed (only a folder of the old shared layout, 2770 in the group, is tightened)."""
    folder = database.parent
    group = group_name(gid)
    hint = _own_folder_hint(database, group)
    info = os.lstat(folder)
    if not stat.S_ISDIR(info.st_mode):
        raise BadInput(i18n._("{folder} is not a folder (a symbolic link?).", folder=folder),
                       hint=i18n._("Give the database's real path.") + " " + hint)
    ours = {database.name, *(database.name + s for s in JOURNAL_SUFFIXES)}
    others = sorted(set(os.listdir(folder)) - ours)
    if others:
        shown = ", ".join(others[:3]) + (", …" if len(others) > 3 else "")
        raise BadInput(i18n._("{folder} holds other files ({files}): the mail daemons' group "
                              "must not be let into a folder shared with anything else.",
                              folder=folder, files=shown), hint=hint)
    if info.st_uid not in (0, os.geteuid()):
        owner = _user_name(info.st_uid)
        raise BadInput(i18n._("{folder} belongs to {owner}, who could replace the database.",
                              folder=folder, owner=owner),
                       hint=_own_folder_hint(database, group, owner))
    mode = stat.S_IMODE(info.st_mode)
    changes: list[str] = []
    if mode & 0o022:
        if mode != OLD_FOLDER_MODE or info.st_gid != gid:
            raise BadInput(i18n._("{folder} may be written by everybody (mode {mode}), who "
                                  "could replace the database.", folder=folder,
                                  mode=f"{mode:04o}") if mode & 0o002 else
                           i18n._("{folder} may be written by its group {group} (mode {mode}), "
                                  "who could replace the database.", folder=folder,
                                  group=group_name(info.st_gid), mode=f"{mode:04o}"), hint=hint)
        # the layout ldapwizard made before: only the database in it, so taking the
        # group's write away takes nothing from anyone else
        _change(folder, lambda: os.chmod(folder, FOLDER_MODE))
        changes.append(i18n._("{folder}: mode {old} -> {new} (the mail daemons may no longer "
                              "write to it)", folder=folder, old=f"{mode:04o}",
                              new=f"{FOLDER_MODE:04o}"))
        mode = FOLDER_MODE
    passes = mode & (stat.S_IXGRP if info.st_gid == gid else stat.S_IXOTH)
    if not passes:
        raise BadInput(i18n._("The mail daemons' group {group} cannot enter {folder} (mode "
                              "{mode}, group {owner}).", group=group, folder=folder,
                              mode=f"{mode:04o}", owner=group_name(info.st_gid)), hint=hint)
    _check_above(folder, hint)
    return changes


def _check_above(folder: Path, hint: str) -> None:
    """Refuse a folder above the database's own one that anybody but root and the writer
    could change: whoever may rename entries in it may move the database's folder away and
    put a folder with a database of their own in its place (the daemons would serve it).

    A sticky folder (such as /tmp) only lets each entry's owner rename it, so it is passed
    through when owned by root or the writer: the folder below it must then be theirs, as
    every folder on the way is checked. Both the path as given and the real one (after any
    symbolic link) are checked, so a link cannot lead past a folder that was not."""
    real = Path(os.path.realpath(folder))
    seen = set()
    for above in [*folder.parents, *real.parents]:
        try:
            info = os.stat(above)
        except FileNotFoundError:
            continue  # created below by this command, as the writer
        if (info.st_dev, info.st_ino) in seen:
            continue
        seen.add((info.st_dev, info.st_ino))
        unsafe = _unsafe_above(above, info, folder)
        if unsafe:
            raise BadInput(unsafe, hint=i18n._(
                "Every folder above the database's own folder must belong to root (or to you) "
                "and be writable by nobody else (`chmod go-w {folder}` if it is yours to "
                "change).", folder=above) + " " + hint)


def _unsafe_above(above: Path, info: os.stat_result, folder: Path) -> str | None:
    """Why the folder `above` the database's `folder` lets somebody else replace it; None if
    not."""
    if info.st_uid not in (0, os.geteuid()):
        return i18n._("{above} belongs to {owner}, who could rename {folder} away and put a "
                      "database of their own in its place, which the mail daemons would then "
                      "serve.", above=above, owner=_user_name(info.st_uid), folder=folder)
    if not info.st_mode & 0o022 or info.st_mode & stat.S_ISVTX:
        return None  # sticky (/tmp): only an entry's owner may rename it
    mode = f"{stat.S_IMODE(info.st_mode):04o}"
    if info.st_mode & stat.S_IWOTH:
        return i18n._("{above} may be written by everybody (mode {mode}), who could rename "
                      "{folder} away and put a database of their own in its place, which the "
                      "mail daemons would then serve.", above=above, mode=mode, folder=folder)
    return i18n._("{above} may be written by the group {group} (mode {mode}), who could rename "
                  "{folder} away and put a database of their own in its place, which the mail "
                  "daemons would then serve.", above=above, group=group_name(info.st_gid),
                  mode=mode, folder=folder)


def share_with_group(database: Path, group: str) -> list[str]:
    """Let `group` read the database and nothing more; what changed, in words.

    The folder is checked (never changed, see `check_folder`); the file becomes 0640 in the
    group and is switched to a rollback journal. Nothing that is already so is touched, so a
    second run says nothing changed.
    """
    gid = group_id(group)
    database = Path(database).absolute()
    if database.is_symlink() or not database.is_file():
        raise BadInput(i18n._("There is no user database file at {path}.", path=database),
                       hint=i18n._("Create it first, e.g. with `ldapwizard db init --db FILE`; "
                                   "give the file's real path, not a symbolic link."))
    changes = check_folder(database, gid)
    changes += _rollback_journal(database)
    for path in [database, *(database.with_name(database.name + s) for s in JOURNAL_SUFFIXES)]:
        if path.exists():
            _adjust(path, gid, FILE_MODE, changes)
    return changes


def _rollback_journal(database: Path) -> list[str]:
    """Switch a WAL database to a rollback journal (readers then need no write permission)."""
    try:
        connection = sqlite3.connect(database, timeout=5, isolation_level=None)
        try:
            if connection.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                return []
            mode = connection.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.Error as e:
        mode = str(e)
    if mode != "delete":
        raise DatabaseError(i18n._("The user database {path} could not be switched to a "
                                   "rollback journal.", path=database), detail=mode,
                            hint=i18n._("Close the programs that use it (the mail daemons "
                                        "too), then try again."))
    return [i18n._("{path}: journal WAL -> rollback (the mail daemons need no write permission "
                   "to read it)", path=database)]


def _adjust(path: Path, gid: int, mode: int, changes: list[str]) -> None:
    info = path.lstat()
    if info.st_uid not in (0, os.geteuid()):
        owner = _user_name(info.st_uid)
        raise BadInput(i18n._("{path} belongs to {owner}, who could change it.", path=path,
                              owner=owner),
                       hint=i18n._("Run the command as {owner} or as root.", owner=owner))
    if info.st_gid != gid:
        _change(path, lambda: os.chown(path, -1, gid))
        changes.append(i18n._("{path}: group {old} -> {new}", path=path,
                              old=group_name(info.st_gid), new=group_name(gid)))
    if stat.S_IMODE(info.st_mode) != mode:
        _change(path, lambda: os.chmod(path, mode))
        changes.append(i18n._("{path}: mode {old} -> {new}", path=path,
                              old=f"{stat.S_IMODE(info.st_mode):04o}", new=f"{mode:04o}"))


def _change(path: Path, change) -> None:
    try:
        change()
    except PermissionError as e:
        raise DatabaseError(i18n._("The group or mode of {path} could not be changed.",
                                   path=path), detail=str(e),
                            hint=i18n._("Run the command as the file's owner (and a member of "
                                        "the group) or as root.")) from None


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
