"""Fixtures for engine tests that need no directory server: records and a real SQLite file."""

from __future__ import annotations

import pytest

from ldapwizard.core.directory.records import DirectoryUser
from ldapwizard.core.maildb.database import UserDatabase


def person(name: str, *, email: str | None = "", aliases=(), disabled=False, stable_id=None,
           dn=None, kind="user", username=None) -> DirectoryUser:
    """A directory record as the engine receives it from a listing."""
    email = f"{name}@example.com" if email == "" else email
    return DirectoryUser(dn=dn or f"uid={name},ou=people,dc=example,dc=com",
                         stable_id=stable_id or f"id-{name}", username=username or name,
                         email=email, aliases=tuple(aliases), display_name=name.title(),
                         disabled=disabled, kind=kind)


@pytest.fixture
def database(tmp_path):
    """A new user database file, open for writing."""
    with UserDatabase.open(tmp_path / "users.sqlite", write=True, create=True) as db:
        yield db


@pytest.fixture
def tmpfs(tmp_path):
    """A small tmpfs of our own (root only), so a test can make it read-only for real."""
    import subprocess

    mount_point = tmp_path / "mnt"
    mount_point.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs",
                              str(mount_point)], capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")

    def make_read_only():
        subprocess.run(["mount", "-o", "remount,ro", str(mount_point)], check=True)

    try:
        yield mount_point, make_read_only
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)
