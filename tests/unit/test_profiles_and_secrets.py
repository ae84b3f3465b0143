"""Profiles hold no secrets; passwords go only through the keyring and allowed sources."""

import json
from dataclasses import replace

import keyring.errors
import pytest

from ldapwizard.core.errors import BadInput, CredentialError
from ldapwizard.core.job import secrets
from ldapwizard.core.job.profiles import FORMAT_VERSION, Profile, ProfileStore


def test_profile_round_trips_and_never_contains_the_password(tmp_path):
    store = ProfileStore(tmp_path)
    profile = Profile(name="Corp AD", server_type="ad", binding="LDAP://dc1.corp/DC=corp",
                      bind_user="svc@corp", remember_password=True)
    saved = store.save(profile)
    secrets.store_password("Corp AD", "s3cret-Pa55")
    assert store.load("Corp AD") == saved == replace(profile, job_id=saved.job_id)
    assert "s3cret-Pa55" not in store.path.read_text(encoding="utf-8")
    assert json.loads(store.path.read_text(encoding="utf-8"))["format"] == FORMAT_VERSION
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


@pytest.mark.parametrize("char", ["\x1b", "\x1c", "\x85", "\u2028", "\u2029", "\u202e",
                                  "\u200b"])
def test_a_profile_name_with_a_control_invisible_or_line_separator_character_is_refused(
        tmp_path, char):
    """A scheduled job's crontab line carries the name: none may break or hide in it."""
    store = ProfileStore(tmp_path)
    store.save(Profile(name="a", host="h"))
    name = f"nightly{char}x"
    with pytest.raises(BadInput, match=f"U\\+{ord(char):04X}") as refused:
        store.save(Profile(name=name, host="h"))
    assert char not in refused.value.message  # named, never printed as it is
    with pytest.raises(BadInput, match=f"U\\+{ord(char):04X}"):
        store.rename("a", name)
    assert store.names() == ["a"]
    store.save(Profile(name="-v", host="h"))  # a leading dash is fine: jobs use --profile=
    assert store.names() == ["-v", "a"]


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
    assert caught.value.message == "The password could not be saved in the system keyring."
    assert "KeyringLocked" in caught.value.detail  # the library's words: details only
    assert "hunter2-secret" not in str(caught.value) + (caught.value.detail or "")


def test_no_keyring_backend_says_what_to_do_instead(monkeypatch):
    def fail(*args):
        raise keyring.errors.NoKeyringError("No recommended backend was available.")

    monkeypatch.setattr(keyring, "set_password", fail)
    with pytest.raises(CredentialError, match="no system keyring") as caught:
        secrets.store_password("p", "pw")
    assert "LDAPWIZARD_PASSWORD" in caught.value.hint


# a profiles.json as ldapwizard wrote it before the job record (format 1)
FORMAT_1 = {"format": 1, "profiles": {"Corp AD": {
    "auth": "simple", "bind_user": "svc@corp", "binding": "LDAP://dc1.corp/OU=Company,DC=corp",
    "ca_file": None, "connect_timeout": 5.0, "database": "/srv/mail/users.sqlite",
    "domain": "corp.example", "filter": None, "host": "", "include_contacts": False,
    "kerberos_host": "", "name": "Corp AD", "page_size": 500, "port": None,
    "receive_timeout": 30.0, "referrals": "error", "remember_password": True,
    "scope": "sub", "security": None, "server_type": "ad", "verify": "system"}}}


def test_a_format_1_profile_file_is_migrated_forward_and_the_old_file_kept(tmp_path):
    store = ProfileStore(tmp_path)
    original = json.dumps(FORMAT_1, indent=2)
    store.path.write_text(original, encoding="utf-8")
    profile = store.load("Corp AD")
    assert (profile.binding, profile.page_size, profile.domain, profile.database) == (
        "LDAP://dc1.corp/OU=Company,DC=corp", 500, "corp.example", "/srv/mail/users.sqlite")
    assert (profile.username_from, profile.email_as_username, profile.include_disabled) == (
        "email", False, False)
    assert store.path.read_text(encoding="utf-8") == original  # reading writes nothing
    store.save(replace(profile, email_as_username=True))
    written = json.loads(store.path.read_text(encoding="utf-8"))
    assert written["format"] == FORMAT_VERSION
    assert written["profiles"]["Corp AD"]["email_as_username"] is True
    assert written["profiles"]["Corp AD"]["binding"] == "LDAP://dc1.corp/OU=Company,DC=corp"
    kept = tmp_path / "profiles.json.format1"
    assert kept.read_text(encoding="utf-8") == original


def test_a_profile_file_from_a_newer_version_is_refused_and_left_alone(tmp_path):
    store = ProfileStore(tmp_path)
    newer = json.dumps({"format": 99, "profiles": {"x": {"host": "h"}}})
    store.path.write_text(newer, encoding="utf-8")
    with pytest.raises(BadInput, match="newer ldapwizard"):
        store.names()
    with pytest.raises(BadInput, match="newer ldapwizard"):
        store.save(Profile(name="y", host="h"))
    assert store.path.read_text(encoding="utf-8") == newer


def test_the_job_record_holds_every_choice_a_run_needs(tmp_path):
    store = ProfileStore(tmp_path)
    job = Profile(name="job", host="dc1", binding="OU=Staff,DC=corp,DC=example",
                  email_attribute="userPrincipalName", username_from="directory",
                  email_as_username=True, include_disabled=True, include_contacts=True,
                  domain="Corp.Example", database="/srv/users.sqlite")
    saved = store.save(job)
    loaded = store.load("job")
    assert loaded == saved == replace(job, job_id=saved.job_id)
    _, search = loaded.resolve()
    assert search.preset.email_attribute == "userPrincipalName"
    assert search.base_dn == "OU=Staff,DC=corp,DC=example" and search.include_contacts
    options = loaded.plan_options()
    assert (options.domain, options.username_source, options.email_as_username,
            options.include_disabled) == ("corp.example", "directory", True, True)
    assert loaded.missing_for_sync() == []
    assert Profile(name="x").missing_for_sync() == ["target mail domain (--domain)",
                                                    "user database (--db)"]


def test_one_base_dn_rule_the_given_one_else_the_servers_else_bad_input():
    _, search = Profile(host="h", binding="OU=Staff,DC=corp").resolve()
    assert search.with_base_dn("DC=other").base_dn == "OU=Staff,DC=corp"
    _, search = Profile(host="h").resolve()
    assert search.with_base_dn("DC=corp,DC=example").base_dn == "DC=corp,DC=example"
    with pytest.raises(BadInput, match="No base DN given and the server advertises none"):
        search.with_base_dn(None)


def test_who_to_import_is_saved_shown_in_words_and_a_bad_rule_is_refused(capsys):
    from ldapwizard.cli import run
    from ldapwizard.core.job.profiles import ProfileStore

    assert run(["profile", "save", "who", "--host", "ldap.example.net", "--member-of",
                "Mail Users", "--direct-members", "--exclude", "uid glob svc-*", "--ou",
                "ou=a,dc=example,dc=com", "--ou-only", "ou=b,dc=example,dc=com",
                "--groups-as-lists"]) == 0
    saved = ProfileStore().load("who")
    assert (saved.member_of, saved.nested_groups, saved.exclude, saved.groups_as_lists) == (
        ("Mail Users",), False, ("uid glob svc-*",), True)
    assert saved.ous == (("ou=a,dc=example,dc=com", True), ("ou=b,dc=example,dc=com", False))
    _, search = saved.resolve()
    assert search.bases == saved.ous and search.member_of == ("Mail Users",)
    capsys.readouterr()
    assert run(["profile", "show", "who"]) == 0
    assert "ou=b,dc=example,dc=com (this OU only)" in capsys.readouterr().out
    assert run(["profile", "save", "bad", "--host", "h", "--exclude", "uid resembles x"]) == 2
    assert '"resembles" is not an operator' in capsys.readouterr().err
    assert "bad" not in ProfileStore().names()


def test_a_job_gets_a_stable_id_on_its_first_save_kept_by_later_saves_and_rename(tmp_path):
    store = ProfileStore(tmp_path)
    first = store.save(Profile(name="Corp", host="dc1.corp"))
    assert len(first.job_id) == 32 and first.owner == first.job_id
    # a later save of the record as the window or `profile save` rebuilds it keeps the id
    assert store.save(Profile(name="Corp", host="dc2.corp")).job_id == first.job_id
    store.rename("Corp", "Corp mail")
    assert store.load("Corp mail").job_id == first.job_id
    # a record copied to another name is another job
    copy = store.save(replace(store.load("Corp mail"), name="Copy"))
    assert copy.job_id not in ("", first.job_id)
    assert store.owner_of(first.job_id) == "Corp mail"


def test_a_format_2_profile_is_owned_by_its_name_so_its_rows_keep_matching(tmp_path):
    store = ProfileStore(tmp_path)
    store.path.write_text(json.dumps({"format": 2, "profiles": {
        "Old job": {"host": "dc1.corp", "domain": "corp.example"}}}), encoding="utf-8")
    profile = store.load("Old job")
    assert profile.job_id == profile.owner == "Old job"
    assert profile.directory_source().name == "Old job"
    store.save(replace(profile, domain="corp.example"))
    written = json.loads(store.path.read_text(encoding="utf-8"))
    assert written["format"] == FORMAT_VERSION
    assert written["profiles"]["Old job"]["job_id"] == "Old job"
    assert (tmp_path / "profiles.json.format2").exists()
