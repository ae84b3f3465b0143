"""What the render attacks share: a folder under /tmp that another user can reach, a user
database with two directories, `mailstack render` run in-process, and another user's hand
(`nobody`, through setpriv) to plant links and folders."""

from __future__ import annotations

import contextlib
import io
import os
import pwd
import shutil
import stat
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from ldapwizard.cli import run
from ldapwizard.core.maildb import accounts
from ldapwizard.core.maildb.database import UserDatabase

SECRET = "Service-Secret-42"
TLS = ("--tls-cert", "/etc/ssl/mail/fullchain.pem", "--tls-key", "/etc/ssl/private/mail.key")
DIRECTORIES = (
    accounts.DirectorySource(name="Corp AD", uri="ldaps://dc1.corp.example:636",
                             security="ldaps", ca_file=None, base_dn="DC=corp,DC=example",
                             server_type="ad", stable_id_attribute="objectGUID"),
    accounts.DirectorySource(name="Lab", uri="ldap://127.0.0.1:389", security="starttls",
                             ca_file=None, base_dn="dc=example,dc=com",
                             server_type="openldap", stable_id_attribute="entryUUID"),
)


def other_user_missing_reason() -> str | None:
    """Why another user's hand cannot be played here, or None."""
    if os.name != "posix" or os.geteuid() != 0:
        return "planting links as another user needs root"
    if shutil.which("setpriv") is None:
        return "setpriv (util-linux) is missing"
    try:
        pwd.getpwnam("nobody")
    except KeyError:
        return "there is no user nobody"
    return None


def as_nobody(*argv: str) -> None:
    """Run a command as user nobody (group nogroup, no other groups)."""
    subprocess.run(["setpriv", "--reuid", "nobody", "--regid", "nogroup", "--clear-groups",
                    *argv], check=True, capture_output=True)


def nobody_uid() -> int:
    """The uid of user nobody."""
    return pwd.getpwnam("nobody").pw_uid


def fill(location, directories=DIRECTORIES) -> None:
    """A user of each directory and a local user, in a new database."""
    with UserDatabase.open(location, write=True, create=True) as db, db.transaction() as conn:
        domain = accounts.ensure_domain(conn, "example.com")
        for number, source in enumerate(directories):
            directory_id = accounts.ensure_directory(conn, source)
            accounts.add_user(conn, domain, accounts.NewUser(
                f"user{number}", f"user{number}", auth="directory", directory_dn="cn=x",
                stable_id=f"id-{number}", directory_id=directory_id))
        accounts.add_user(conn, domain, accounts.NewUser("dora", "dora@example.com"))


@dataclass
class Lab:
    """A 0755 folder under /tmp (others pass through, as through /srv), a database there,
    and a victim: a root-only folder holding a 0600 file."""

    base: Path
    db: Path
    victim_dir: Path
    victim: Path

    def render(self, out: Path, *options: str, db: Path | None = None,
               tls: tuple[str, ...] | None = None) -> tuple[int, str]:
        """`mailstack render` into `out` (a mail server's set: with the options `tls`, by
        default TLS's): exit status and output."""
        password_file = self.base / "service.password"
        password_file.write_text(SECRET + "\n", encoding="utf-8")
        password_file.chmod(0o600)
        if tls is None:
            tls = () if "--instance" in options else TLS  # an instance has no TLS
        buffer = io.StringIO()
        with contextlib.redirect_stdout(buffer), contextlib.redirect_stderr(buffer):
            status = run(["mailstack", "render", "--db", str(db or self.db), "--out", str(out),
                          "--service-account", "cn=reader,dc=example,dc=com",
                          "--password-file", str(password_file), *tls, *options])
        return status, buffer.getvalue()

    def shared_folder(self, name: str, mode: int) -> Path:
        """A folder of root's that others may write into (chmod after mkdir: the umask)."""
        folder = self.base / name
        folder.mkdir()
        folder.chmod(mode)
        return folder


def snapshot(path: Path) -> tuple:
    """What must not change about a file or folder: kind, mode, owner, content."""
    info = os.lstat(path)
    content = (sorted(os.listdir(path)) if stat.S_ISDIR(info.st_mode)
               else path.read_bytes())
    return stat.S_IFMT(info.st_mode), stat.S_IMODE(info.st_mode), info.st_uid, info.st_gid, \
        content


@contextlib.contextmanager
def make_lab() -> Iterator[Lab]:
    """A fresh Lab, removed afterwards (skips the test where another user cannot play)."""
    reason = other_user_missing_reason()
    if reason:
        pytest.skip(reason)
    base = Path(tempfile.mkdtemp(prefix="lw-render-", dir="/tmp"))
    try:
        base.chmod(0o755)
        (base / "db").mkdir(mode=0o755)
        db = base / "db" / "users.sqlite"
        fill(db)
        victim_dir = base / "private"
        victim_dir.mkdir(mode=0o700)
        victim = victim_dir / "secret"
        victim.write_text("root's own secret\n", encoding="utf-8")
        victim.chmod(0o600)
        yield Lab(base, db, victim_dir, victim)
    finally:
        shutil.rmtree(base, ignore_errors=True)
