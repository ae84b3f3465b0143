"""Profiles hold no secrets; passwords go only through the keyring and allowed sources."""

import json

import keyring.errors
import pytest

from ldapwizard.core.errors import BadInput, CredentialError
from ldapwizard.core.job import secrets
from ldapwizard.core.job.profiles import Profile, ProfileStore


def test_profile_round_trips_and_never_contains_the_password(tmp_path):
    store = ProfileStore(tmp_path)
    profile = Profile(name="Corp AD", server_type="ad", binding="LDAP://dc1.corp/DC=corp",
                      bind_user="svc@corp", remember_password=True)
    store.save(profile)
    secrets.store_password("Corp AD", "s3cret-Pa55")
    assert store.load("Corp AD") == profile
    assert "s3cret-Pa55" not in store.path.read_text(encoding="utf-8")
    assert json.loads(store.path.read_text(encoding="utf-8"))["format"] == 1
    assert secrets.load_password("Corp AD") == "s3cret-Pa55"


def test_rename_and_delete(tmp_path):
    store = ProfileStore(tmp_path)
    store.save(Profile(name="a", host="h"))
    store.rename("a", "b")
    assert store.names() == ["b"]
    store.delete("b")
    assert store.names() == []
    with pytest.raises(BadInput, match='no saved profile named "b"'):
        store.load("b")


def test_a_damaged_profile_file_is_reported_and_left_alone(tmp_path):
    store = ProfileStore(tmp_path)
    store.path.parent.mkdir(parents=True, exist_ok=True)
    store.path.write_text("{not json", encoding="utf-8")
    with pytest.raises(BadInput, match="could not be read"):
        store.save(Profile(name="x", host="h"))
    assert store.path.read_text(encoding="utf-8") == "{not json"


def test_binding_string_supplies_host_port_security_and_base():
    connection, search = Profile(server_type="openldap",
                                 binding="ldaps://ldap.corp:1636/ou=people,dc=corp").resolve()
    assert (connection.host, connection.port, connection.security) == ("ldap.corp", 1636, "ldaps")
    assert search.base_dn == "ou=people,dc=corp"


def test_conflicting_host_fields_are_an_error_not_a_guess():
    with pytest.raises(BadInput, match='names host "dc1.corp" but the host field says "dc2"'):
        Profile(binding="LDAP://dc1.corp/DC=corp", host="dc2").resolve()
    with pytest.raises(BadInput, match="asks for LDAPS but security is starttls"):
        Profile(binding="ldaps://dc1/DC=corp", security="starttls").resolve()


def test_gc_binding_uses_the_global_catalog_port():
    connection, _ = Profile(binding="GC://corp.example/DC=corp,DC=example",
                            security="starttls").resolve()
    assert connection.effective_port == 3268


def test_password_sources_in_order(tmp_path, monkeypatch):
    password_file = tmp_path / "pw"
    password_file.write_text("from-file\n", encoding="utf-8")
    password_file.chmod(0o600)
    secrets.store_password("p", "from-keyring")
    monkeypatch.setenv("LDAPWIZARD_PASSWORD", "from-env")
    assert secrets.obtain_password(profile="p", password_file=str(password_file),
                                   prompt_for="x", interactive=False) == "from-file"
    assert secrets.obtain_password(profile="p", password_file=None, prompt_for="x",
                                   interactive=False) == "from-env"
    monkeypatch.delenv("LDAPWIZARD_PASSWORD")
    assert secrets.obtain_password(profile="p", password_file=None, prompt_for="x",
                                   interactive=False) == "from-keyring"
    assert secrets.obtain_password(profile="q", password_file=None, prompt_for="x",
                                   interactive=False) is None


def test_a_locked_keyring_gives_a_clear_message(memory_keyring):
    memory_keyring.locked = True
    with pytest.raises(CredentialError) as caught:
        secrets.store_password("p", "hunter2-secret")
    assert "KeyringLocked" in caught.value.message
    assert "hunter2-secret" not in str(caught.value) + (caught.value.detail or "")


def test_no_keyring_backend_says_what_to_do_instead(monkeypatch):
    def fail(*args):
        raise keyring.errors.NoKeyringError("No recommended backend was available.")

    monkeypatch.setattr(keyring, "set_password", fail)
    with pytest.raises(CredentialError, match="no system keyring") as caught:
        secrets.store_password("p", "pw")
    assert "LDAPWIZARD_PASSWORD" in caught.value.hint
