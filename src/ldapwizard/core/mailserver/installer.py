"""Writing an output folder as an installer does: root runs what render writes, so no link, no
earlier file and no other user's folder may decide where or how it lands.

- `--out` and every folder above it must be owned by root or the user rendering and writable
  by nobody else (a sticky folder such as /tmp may be passed through: its child must be ours);
  a symbolic link among the parents is followed only where nobody else could have planted it,
  and `--out` itself is never a link.
- Folders are walked by descriptor and opened with O_NOFOLLOW; a folder render creates gets its
  mode (and owner) from the start, an existing one is never chmodded or chowned.
- Each file is written as a new file beside its place (mode and owner set on the descriptor,
  fsync) and renamed over it, so no earlier mode, owner or link survives.
- A manifest lists what render wrote: a folder holding other things is refused unless the admin
  says `--replace`, and a file written last time and not this time is removed. A file render
  did not write is never overwritten: one standing where render writes is kept aside, renamed
  NAME.before-ldapwizard (and never over another file), and named in render's notes.
"""

from __future__ import annotations

import errno
import os
import secrets
import stat
from pathlib import Path, PurePosixPath

from ldapwizard import i18n
from ldapwizard.core.errors import BadInput, DatabaseError

MANIFEST = ".ldapwizard-render"
KEPT_SUFFIX = ".before-ldapwizard"
_HEADER = ("# Written by `ldapwizard mailstack render`: the files it wrote here, one a line.\n"
           "# The next render replaces them and removes those it no longer writes.\n")
_DIRECTORY = getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_NOFOLLOW", 0) | os.O_RDONLY
_MAX_LINKS = 40  # as the kernel's own limit on links in one path


def _posix() -> bool:
    return os.name == "posix" and os.open in os.supports_dir_fd


def _trusted_owners() -> tuple[int, ...]:
    return (0, os.geteuid())


def _refuse_link(path: str) -> BadInput:
    return BadInput(i18n._("{path} is a symbolic link; render writes only into real folders.",
                           path=path),
                    hint=i18n._("Give the folder it points to as --out (if that is yours), or "
                                "another folder; remove the link if you did not make it."))


def _check_folder(info: os.stat_result, path: str, *, passing: bool) -> None:
    """BadInput unless a folder is ours and nobody else may change what is in it (a sticky
    folder, such as /tmp, only when render merely `passing` through it)."""
    if info.st_uid not in _trusted_owners():
        raise BadInput(i18n._("The folder {path} belongs to another user (uid {uid}), who "
                              "could replace what render writes there.", path=path,
                              uid=info.st_uid),
                       hint=i18n._("Render into a folder of your own (e.g. a new one under "
                                   "/root or /srv), or have its owner give it to you."))
    shared = info.st_mode & 0o022
    if shared and not (passing and info.st_mode & stat.S_ISVTX):
        raise BadInput(i18n._("The folder {path} is writable by its group, who could replace "
                              "what render writes there.", path=path)
                       if not info.st_mode & 0o002 else
                       i18n._("The folder {path} is writable by others, who could replace what "
                              "render writes there.", path=path),
                       hint=i18n._("Render into a folder only you can write (chmod go-w "
                                   "{path}), or another folder.", path=path))


class Installer:
    """One output folder written as an installer writes: see the module's docstring."""

    def __init__(self, out: Path, *, replace: bool = False):
        self.out = Path(os.path.abspath(out))
        self.replace = replace
        self.created: list[Path] = []  # folders render made (with their mode and owner)
        self.written: list[str] = []  # relative POSIX paths, for the manifest
        self._folders: dict[str, int | None] = {}  # relative path -> descriptor (None: Windows)
        self._previous: list[str] = []
        self.kept_aside: list[tuple[Path, Path]] = []  # a file not render's -> where it went
        self._open_out()

    # --- the output folder ----------------------------------------------------------------

    def _open_out(self) -> None:
        if not _posix():  # Windows: no links planted by other users, no Unix owners to check
            self.out.mkdir(parents=True, exist_ok=True)
            self._folders[""] = None
        else:
            self._folders[""] = self._walk_to_out()
        entries = set(self._list(""))
        if MANIFEST in entries:
            self._previous = self._read_manifest()
        elif entries and not self.replace:
            raise BadInput(i18n._("{folder} already holds files that render did not write.",
                                  folder=self.out),
                           hint=i18n._("Give an empty or new folder as --out, or --replace to "
                                       "write into it anyway (render replaces only its own "
                                       "files there: one of another's where render writes is "
                                       "kept aside as NAME{suffix}).", suffix=KEPT_SUFFIX))

    def _walk_to_out(self) -> int:
        """The output folder's descriptor, reached from / one folder at a time."""
        parts = list(PurePosixPath(self.out).parts[1:])
        fd = os.open("/", _DIRECTORY)
        where = PurePosixPath("/")
        _check_folder(os.fstat(fd), "/", passing=True)
        links = 0
        try:
            while parts:
                name = parts.pop(0)
                last = not parts
                if name in ("", "."):
                    continue
                try:
                    info = os.lstat(name, dir_fd=fd)
                except FileNotFoundError:
                    info = None
                if info is not None and stat.S_ISLNK(info.st_mode):
                    if last:
                        raise _refuse_link(str(where / name))
                    # the folder it is in is ours and closed to others (checked), or sticky:
                    # then only a link of ours is followed, as the kernel's protected_symlinks
                    if info.st_uid not in _trusted_owners():
                        raise _refuse_link(str(where / name))
                    links += 1
                    if links > _MAX_LINKS:
                        raise BadInput(i18n._("Too many symbolic links in {folder}.",
                                              folder=self.out))
                    target = PurePosixPath(os.readlink(name, dir_fd=fd))
                    parts[:0] = list(target.parts[1:] if target.is_absolute() else target.parts)
                    if target.is_absolute():
                        os.close(fd)
                        fd, where = os.open("/", _DIRECTORY), PurePosixPath("/")
                    continue
                if info is None:
                    self._make(fd, name, where / name, 0o755)
                elif not stat.S_ISDIR(info.st_mode):
                    raise BadInput(i18n._("{path} is not a folder.", path=where / name),
                                   hint=i18n._("Give a folder as --out."))
                child = os.open(name, _DIRECTORY, dir_fd=fd)
                os.close(fd)
                fd = child
                where = where.parent if name == ".." else where / name
                _check_folder(os.fstat(fd), str(where), passing=not last)
        except BaseException:
            os.close(fd)
            raise
        return fd

    def _make(self, parent: int | None, name: str, path: PurePosixPath | Path, mode: int,
              owner: tuple[int, int] | None = None) -> bool:
        """Create a folder with its mode (and owner) from the start; False if it existed."""
        try:
            if parent is None:
                Path(path).mkdir(mode=mode)
            else:
                os.mkdir(name, mode & 0o700, dir_fd=parent)  # others get in once it is right
        except FileExistsError:
            return False
        if parent is not None:
            fd = os.open(name, _DIRECTORY, dir_fd=parent)
            try:
                if owner is not None:
                    os.fchown(fd, *owner)
                os.fchmod(fd, mode)  # whatever the umask
            except PermissionError as e:
                raise DatabaseError(i18n._("{path} could not be given to its daemon's user.",
                                           path=path), detail=str(e),
                                    hint=i18n._("An instance is set up and started as "
                                                "root.")) from None
            finally:
                os.close(fd)
        self.created.append(Path(path))
        return True

    # --- folders and files inside it ------------------------------------------------------

    def folder(self, relative: str, *, mode: int = 0o755,
               owner: tuple[int, int] | None = None) -> Path:
        """A folder below the output folder, created with `mode` and `owner` (default: ours);
        an existing one is used as it is if it is a real folder of that owner, else refused."""
        parent_key, _, name = relative.rpartition("/")
        parent = self._folders[parent_key]
        path = self.out / relative
        self._make(parent, name, path, mode, owner)
        if parent is None:
            self._folders[relative] = None
            return path
        try:
            fd = os.open(name, _DIRECTORY, dir_fd=parent)
        except OSError as e:
            if e.errno in (errno.ELOOP, errno.ENOTDIR):
                raise _refuse_link(str(path)) if os.path.islink(path) else BadInput(
                    i18n._("{path} is not a folder.", path=path),
                    hint=i18n._("Remove it, or render into another folder.")) from None
            raise
        info = os.fstat(fd)
        expected = (owner[0],) if owner else _trusted_owners()
        if info.st_uid not in expected:
            os.close(fd)
            raise BadInput(i18n._("The folder {path} belongs to uid {uid}, not to uid "
                                  "{expected} as render would make it.", path=path,
                                  uid=info.st_uid, expected=expected[-1]),
                           hint=i18n._("Move it aside, or render into a new folder."))
        if owner is None:
            try:
                _check_folder(info, str(path), passing=False)
            except BadInput:
                os.close(fd)
                raise
        self._folders[relative] = fd
        return path

    def write(self, relative: str, text: str, *, mode: int = 0o644,
              group: int | None = None) -> Path:
        """Replace a file atomically with `text`: a new file of `mode` (and `group`), never
        through a link; PermissionError when the group cannot be given."""
        folder_key, _, name = relative.rpartition("/")
        folder = self._folders[folder_key]
        path = self.out / relative
        data = text.encode("utf-8")  # read on Linux, also when rendered on Windows
        temporary = f".{name}.{secrets.token_hex(6)}.tmp"
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
        if folder is None:
            fd = os.open(path.parent / temporary, flags | getattr(os, "O_BINARY", 0), 0o600)
        else:
            fd = os.open(temporary, flags, 0o600, dir_fd=folder)
        try:
            try:
                if hasattr(os, "fchmod"):
                    if group is not None:
                        os.fchown(fd, -1, group)
                    os.fchmod(fd, mode)
                _write_all(fd, data)
                os.fsync(fd)
            finally:
                os.close(fd)
            if relative != MANIFEST and relative not in self._previous:
                self._keep_aside(folder, path, name)
            if folder is None:
                os.replace(path.parent / temporary, path)
            else:
                os.replace(temporary, name, src_dir_fd=folder, dst_dir_fd=folder)
        except BaseException as e:
            self._unlink(folder, path.parent / temporary, temporary)
            if isinstance(e, IsADirectoryError):
                raise BadInput(i18n._("{path} is a folder where render writes a file.",
                                      path=path),
                               hint=i18n._("Move it aside and render again.")) from None
            raise
        self.written.append(relative)
        return path

    def _keep_aside(self, folder: int | None, path: Path, name: str) -> None:
        """Rename a file render did not write out of the way of `name` (the link itself if it
        is one) to the first free NAME.before-ldapwizard[.N]; a folder is left to refuse."""
        try:
            info = os.lstat(path) if folder is None else os.lstat(name, dir_fd=folder)
        except FileNotFoundError:
            return
        if stat.S_ISDIR(info.st_mode):
            return  # replacing it fails: "a folder where render writes a file"
        existing = set(os.listdir(path.parent if folder is None else folder))
        aside = name + KEPT_SUFFIX
        number = 1
        while aside in existing:  # nobody else may add one: the folder is ours and closed
            aside, number = f"{name}{KEPT_SUFFIX}.{number}", number + 1
        if folder is None:
            os.rename(path, path.with_name(aside))
        else:
            os.rename(name, aside, src_dir_fd=folder, dst_dir_fd=folder)
        self.kept_aside.append((path, path.with_name(aside)))

    # --- finishing ------------------------------------------------------------------------

    def finish(self) -> list[Path]:
        """Remove what the last render wrote and this one did not, record what this one
        wrote, and close the folders; the files removed."""
        removed = []
        for relative in self._previous:
            if relative not in self.written and self._remove(relative):
                removed.append(self.out / relative)
        self._record(self.written)
        return removed

    def abandon(self) -> None:
        """After a failed render: remember every file of this and the last render, so the next
        render knows the folder as its own, and close the folders."""
        try:
            self._record([*self._previous,
                          *(r for r in self.written if r not in self._previous)])
        except (OSError, BadInput):  # best effort: the render's own error is the one to show
            pass

    def _record(self, written: list[str]) -> None:
        try:
            self.write(MANIFEST, _HEADER + "".join(f"{r}\n" for r in written))
            self.written.pop()
            for fd in self._folders.values():
                if fd is not None:
                    os.fsync(fd)
        finally:
            for fd in self._folders.values():
                if fd is not None:
                    os.close(fd)
            self._folders.clear()

    def _read_manifest(self) -> list[str]:
        folder = self._folders[""]
        try:
            if folder is None:
                text = (self.out / MANIFEST).read_text(encoding="utf-8")
            else:
                fd = os.open(MANIFEST, os.O_RDONLY | os.O_NOFOLLOW, dir_fd=folder)
                with os.fdopen(fd, encoding="utf-8") as f:
                    if os.fstat(f.fileno()).st_uid not in _trusted_owners():
                        raise OSError(errno.EPERM, "owned by another user")
                    text = f.read()
        except (OSError, UnicodeDecodeError) as e:
            raise BadInput(i18n._("{path}, the list of what render wrote, cannot be read.",
                                  path=self.out / MANIFEST), detail=str(e),
                           hint=i18n._("Remove it and render into a new folder.")) from None
        # only plain relative names are ever removed, whatever the file says
        return [line for line in text.splitlines()
                if line and not line.startswith("#") and _plain_relative(line)]

    def _list(self, relative: str) -> list[str]:
        fd = self._folders[relative]
        return os.listdir(self.out / relative if fd is None else fd)

    def _remove(self, relative: str) -> bool:
        """Unlink a file render wrote, reached folder by folder without following a link."""
        *folders, name = relative.split("/")
        if self._folders.get("") is None:
            path = self.out / relative
            if path.is_file() and not path.is_symlink():
                path.unlink()
                return True
            return False
        fd = os.dup(self._folders[""])
        try:
            for folder in folders:
                child = os.open(folder, _DIRECTORY, dir_fd=fd)
                os.close(fd)
                fd = child
            info = os.lstat(name, dir_fd=fd)
            if stat.S_ISDIR(info.st_mode):
                return False
            os.unlink(name, dir_fd=fd)
            return True
        except OSError:  # gone already, or a folder on the way is now a link: leave it
            return False
        finally:
            os.close(fd)

    @staticmethod
    def _unlink(folder: int | None, path: Path, name: str) -> None:
        try:
            os.unlink(path) if folder is None else os.unlink(name, dir_fd=folder)
        except OSError:
            pass


def _plain_relative(line: str) -> bool:
    parts = line.split("/")
    return all(p and p not in (".", "..") and "\\" not in p for p in parts)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]
