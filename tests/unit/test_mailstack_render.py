"""`mailstack render` without running daemons: what it writes, where the secret goes, and that
the configuration reads only the views; `db init --group`."""

from __future__ import annotations

import grp
import os
import re
import stat

import pytest

from ldapwizard.cli import run
from ldapwizard.core.maildb import accounts
from ldapwizard.core.maildb.database import UserDatabase

SECRET = "Service-Secret-42 #\"quoted\""
AD = accounts.DirectorySource(name="Corp AD", uri="ldaps://dc1.corp.example:636",
                              security="ldaps", ca_file=None, base_dn="DC=corp,DC=example",
                              server_type="ad", stable_id_attribute="objectGUID")
LAB = accounts.DirectorySource(name="Lab 100%", uri="ldap://127.0.0.1:389",
                               security="starttls", ca_file=None, base_dn="dc=example,dc=com",
                               server_type="openldap", stable_id_attribute="entryUUID")
VIEWS = {"mail_domains", "mail_mailboxes", "mail_forwards", "mail_logins"}


@pytest.fixture
def database(tmp_path):
    """A database with users of two directories and a local user."""
    path = tmp_path / "db" / "users.sqlite"
    with UserDatabase.open(path, write=True, create=True) as db, db.transaction() as conn:
        domain = accounts.ensure_domain(conn, "example.com")
        for number, source in enumerate((AD, LAB)):
            directory_id = accounts.ensure_directory(conn, source)
            accounts.add_user(conn, domain, accounts.NewUser(
                f"user{number}", f"user{number}", auth="directory", directory_dn="cn=x",
                stable_id=f"id-{number}", directory_id=directory_id))
        accounts.add_user(conn, domain, accounts.NewUser("dora", "dora@example.com"))
    return path


def render(database, out, *options, capsys=None):
    password_file = out.parent / "service.password"
    password_file.write_text(SECRET + "\n", encoding="utf-8")
    password_file.chmod(0o600)
    return run(["mailstack", "render", "--db", str(database), "--out", str(out),
                "--service-account", "cn=reader,dc=example,dc=com",
                "--password-file", str(password_file), *options])


def test_render_writes_the_set_and_the_service_password_only_into_0600_files(
        database, tmp_path, capsys):
    out = tmp_path / "out"
    assert render(database, out) == 0
    printed = capsys.readouterr()
    assert SECRET not in printed.out + printed.err
    holding = {p.name: stat.S_IMODE(p.stat().st_mode) for p in out.rglob("*")
               if p.is_file() and SECRET.split()[0] in p.read_text(encoding="utf-8")}
    assert holding == {"ldap-1.conf.ext": 0o600, "ldap-2.conf.ext": 0o600}
    assert "ldap-1.conf.ext  -> /etc/dovecot/ldapwizard/ldap-1.conf.ext  (mode 0600" \
        in printed.out
    ad = (out / "dovecot" / "ldap-1.conf.ext").read_text(encoding="utf-8")
    assert 'dnpass = "Service-Secret-42 #\\"quoted\\""' in ad
    assert "base = <GUID=%{passdb:ldapwizard_id_1:" in ad and "scope = base" in ad
    assert "\npass_attrs =\n" in ad and "auth_bind = yes" in ad
    lab = (out / "dovecot" / "ldap-2.conf.ext").read_text(encoding="utf-8")
    assert "pass_filter = (entryUUID=%{passdb:ldapwizard_id_2:" in lab and "tls = yes" in lab
    readme = (out / "README.md").read_text(encoding="utf-8")
    for expected in ("/etc/postfix/ldapwizard/", "/etc/dovecot/conf.d/",
                     "--group postfix", "service account", "vmail", "0600"):
        assert expected in readme


def test_the_configuration_reads_the_views_only(database, tmp_path):
    out = tmp_path / "out"
    assert render(database, out) == 0
    read = set()
    for path in out.rglob("*"):
        if path.is_file() and path.suffix in (".cf", ".ext"):
            read |= set(re.findall(r"\bFROM\s+(\w+)", path.read_text(encoding="utf-8")))
    assert read == VIEWS
    handover = (out / "dovecot" / "directory-users-sql.conf.ext").read_text(encoding="utf-8")
    # a profile name is put into the query as hex, so "100%" cannot change it
    assert "Lab 100%" not in handover and "4C61622031303025" in handover


def test_an_instance_needs_three_ports_and_a_short_folder(database, tmp_path, capsys):
    assert render(database, tmp_path / "out", "--instance", "--smtp-port", "2525") == 2
    assert "needs --smtp-port, --imap-port and --lmtp-port" in capsys.readouterr().err
    assert render(database, tmp_path / "out", "--smtp-port", "2525") == 2


def test_db_init_group_shares_the_file_and_its_folder(tmp_path, capsys):
    group = grp.getgrgid(os.getgid()).gr_name
    db = tmp_path / "shared" / "users.sqlite"
    assert run(["db", "init", "--db", str(db), "--group", group]) == 0
    assert stat.S_IMODE(db.stat().st_mode) == 0o660
    assert stat.S_IMODE(db.parent.stat().st_mode) == 0o2770
    assert db.stat().st_gid == db.parent.stat().st_gid == os.getgid()
    assert "changed:" in capsys.readouterr().out
    assert run(["db", "init", "--db", str(db), "--group", group]) == 0
    assert "nothing needed changing" in capsys.readouterr().out


def test_db_init_with_a_group_that_does_not_exist_is_bad_input(tmp_path, capsys):
    db = tmp_path / "users.sqlite"
    assert run(["db", "init", "--db", str(db), "--group", "no-such-group-here"]) == 2
    assert "There is no group no-such-group-here" in capsys.readouterr().err
    assert not db.exists()


def test_the_mail_server_may_open_the_database_at_another_path(database, tmp_path):
    out = tmp_path / "out"
    assert render(database, out, "--server-db", "/srv/mail/users.sqlite") == 0
    table = (out / "postfix" / "virtual-mailboxes.cf").read_text(encoding="utf-8")
    assert "dbpath = /srv/mail/users.sqlite\n" in table
    users = (out / "dovecot" / "users-sql.conf.ext").read_text(encoding="utf-8")
    assert "connect = /srv/mail/users.sqlite\n" in users
