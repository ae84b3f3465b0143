"""Every test gets its own config/data/log folders and an in-memory keyring.

The keyring is a real `keyring` backend, so the code under test still goes through keyring.
"""

from __future__ import annotations

import keyring
import keyring.errors
import pytest
from keyring.backend import KeyringBackend


class MemoryKeyring(KeyringBackend):
    """A keyring that keeps secrets in a dict; `locked` makes every call fail."""

    priority = 1

    def __init__(self):
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}
        self.locked = False

    def _check(self):
        if self.locked:
            raise keyring.errors.KeyringLocked("the test keyring is locked")

    def get_password(self, service, username):
        self._check()
        return self.secrets.get((service, username))

    def set_password(self, service, username, password):
        self._check()
        self.secrets[(service, username)] = password

    def delete_password(self, service, username):
        self._check()
        if self.secrets.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("no such password")


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path, monkeypatch):
    """Point ldapwizard's folders at tmp_path and clear password variables."""
    for name in ("CONFIG", "DATA", "LOG"):
        monkeypatch.setenv(f"LDAPWIZARD_{name}_DIR", str(tmp_path / name.lower()))
    monkeypatch.delenv("LDAPWIZARD_PASSWORD", raising=False)


@pytest.fixture(autouse=True)
def memory_keyring():
    """Install the in-memory keyring for the test and restore the previous one after."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
