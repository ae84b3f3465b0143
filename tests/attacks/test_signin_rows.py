"""Issue 25, "database contents become Dovecot configuration unchecked": whoever can write the
user database (the postfix group could) puts a hostile value into a row of `directories` —
a newline in the name that injects a `passdb { driver = checkpassword }`, a URI, DN, server
type, attribute, security or CA path that is not what ldapwizard records — and `render`
refuses, naming the row and the column, before it writes anything. A real SQLite file,
changed with sqlite3 as an attacker would.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest

from ldapwizard.cli import run
from ldapwizard.core.maildb import accounts
from ldapwizard.core.maildb.database import UserDatabase

SCRIPT = "/tmp/ldapwizard-attack-checkpassword.sh"
INJECTED = f'\n}}\npassdb {{\n  driver = checkpassword\n  args = {SCRIPT}\n}}\n#'
INSTANCE = ("--instance", "--smtp-port", "2525", "--imap-port", "1143", "--lmtp-port", "2424")
HOSTILE = {  # column: values ldapwizard never writes there
    "name": ["Lab" + INJECTED, "Lab\rx", "Lab\u202egnp.exe", "Lab\x85"],
    "uri": ["ldap://127.0.0.1:389" + INJECTED, "ldap://127.0.0.1:389 ldap://evil:389",
            "ldapi:///run/slapd/ldapi", "http://127.0.0.1:389", "ldap://127.0.0.1:99999"],
    "security": ["tls", "none" + INJECTED, "ldaps"],  # ldaps does not match ldap://
    "ca_file": ["/etc/ssl/ca.pem" + INJECTED, "ca.pem"],
    "base_dn": ["dc=example,dc=com" + INJECTED, 'dc=example,dc=com"', "not a dn"],
    "server_type": ["openldap" + INJECTED, "exchange"],
    "stable_id_attribute": ["entryUUID" + INJECTED, "entryUUID=*)(uid=*",
                            "entryUUID)(|(objectClass=*"],
}
CASES = [(column, value) for column, values in HOSTILE.items() for value in values]


@pytest.fixture
def out():
    """A folder short enough for an instance (its sockets), which render must leave alone."""
    folder = Path(tempfile.mkdtemp(prefix="lw-rows-", dir="/tmp"))
    yield folder / "out"
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def database(tmp_path):
    """A database with one directory as ldapwizard records it, and one of its users."""
    path = tmp_path / "db" / "users.sqlite"  # a folder of its own, as a served database has
    with UserDatabase.open(path, write=True, create=True) as db, db.transaction() as conn:
        directory = accounts.ensure_directory(conn, accounts.DirectorySource(
            "Lab", "ldap://127.0.0.1:389", "starttls", None, "dc=example,dc=com",
            "openldap", "entryUUID"))
        accounts.add_user(conn, accounts.ensure_domain(conn, "example.com"), accounts.NewUser(
            "alice", "alice", auth="directory", directory_dn="uid=alice,dc=example,dc=com",
            stable_id="8f1c2a4e-0b7d-4e55-9a3f-1d2c3b4a5e6f", directory_id=directory))
    return path


def render(database, out, *options) -> int:
    password_file = database.parent.parent / "service.password"
    password_file.write_text("Service-Secret-1\n", encoding="utf-8")
    password_file.chmod(0o600)
    return run(["mailstack", "render", "--db", str(database), "--out", str(out), *INSTANCE,
                "--password-file", str(password_file), *options])


@pytest.mark.parametrize(("column", "value"), CASES, ids=[f"{c}-{i}" for i, (c, _) in
                                                          enumerate(CASES)])
def test_a_hostile_row_in_directories_is_refused_naming_row_and_column(
        database, out, capsys, column, value):
    with sqlite3.connect(database) as db:  # as anyone who may write the file would
        db.execute(f"UPDATE directories SET {column} = ?", (value,))
    db.close()
    assert render(database, out, "--service-account", "cn=reader,dc=example,dc=com") == 2
    error = capsys.readouterr().err
    assert "Row 1 of the table directories" in error and f"has a {column} " in error
    assert "\n}\npassdb" not in error  # shown escaped, not as lines
    written = [p for p in out.rglob("*") if p.is_file()] if out.exists() else []
    assert not any("checkpassword" in p.read_text(errors="replace") for p in written)


def test_a_hostile_domain_is_refused_too(database, out, capsys):
    with sqlite3.connect(database) as db:
        db.execute("UPDATE domains SET name = ?", ("example.com" + INJECTED,))
    db.close()
    assert render(database, out, "--service-account", "cn=reader,dc=example,dc=com") == 2
    assert "The table domains holds a name" in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.parametrize("dn", ["cn=reader,dc=example,dc=com" + INJECTED,
                                "cn=reader\x00,dc=example,dc=com"])
def test_a_service_account_dn_with_control_characters_is_refused(database, out, capsys, dn):
    assert render(database, out, "--service-account", dn) == 2
    assert 'The service account' in capsys.readouterr().err
    assert not out.exists()


def test_the_rows_ldapwizard_writes_are_read_as_they_are(database):
    from ldapwizard.core.mailserver.sources import read_database

    (lab,) = read_database(database).directories
    assert (lab.name, lab.uri, lab.security, lab.base_dn, lab.users) == (
        "Lab", "ldap://127.0.0.1:389", "starttls", "dc=example,dc=com", 1)


def test_the_server_types_accepted_are_the_presets():
    from ldapwizard.core.directory.presets import PRESETS
    from ldapwizard.core.mailserver.rows import SERVER_TYPES

    assert set(SERVER_TYPES) == set(PRESETS)
