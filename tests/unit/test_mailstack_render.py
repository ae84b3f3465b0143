"""`mailstack render` without running daemons: what it writes, where the secret goes, and that
the configuration reads only the views; `db init --group`."""

from __future__ import annotations

import grp
import os
import pwd
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
STABLE_IDS = ("8f1c2a4e-0b7d-4e55-9a3f-1d2c3b4a5e6f", "66446001-1dd211b2-800ffa53-b4240000")
# Postfix reads a forwarding address's targets joined in one row (mail_forwards_joined)
VIEWS = {"mail_domains", "mail_mailboxes", "mail_forwards_joined", "mail_logins",
         "mail_login_names"}


def fill(location) -> None:
    """Users of two directories, two local users and an alias."""
    with UserDatabase.open(location, write=True, create=True) as db, db.transaction() as conn:
        domain = accounts.ensure_domain(conn, "example.com")
        for number, source in enumerate((AD, LAB)):
            directory_id = accounts.ensure_directory(conn, source)
            accounts.add_user(conn, domain, accounts.NewUser(
                f"user{number}", f"user{number}", auth="directory", directory_dn="cn=x",
                stable_id=STABLE_IDS[number], directory_id=directory_id))
        accounts.add_user(conn, domain, accounts.NewUser("dora", "dora@example.com"))
        # non-ASCII, and € is not in Latin-1 (pgsql tables of Postfix 3.7 speak LATIN1)
        accounts.add_user(conn, domain, accounts.NewUser("jürgen€", "jürgen€@example.com"))
        accounts.add_alias(conn, domain, "grüße", ["jürgen€@example.com", "dora@example.com"])


@pytest.fixture
def database(tmp_path):
    """A database file with users of two directories and a local user."""
    path = tmp_path / "db" / "users.sqlite"
    fill(path)
    return path


# a mail server's certificate, as paths on the mail server (render does not read them)
TLS = ("--tls-cert", "/etc/ssl/mail/fullchain.pem", "--tls-key", "/etc/ssl/private/mail.key")


def render(database, out, *options, capsys=None):
    password_file = out.parent / "service.password"
    password_file.write_text(SECRET + "\n", encoding="utf-8")
    password_file.chmod(0o600)
    tls = () if {"--instance", "--smtp-port"} & set(options) else TLS
    return run(["mailstack", "render", "--db", str(database), "--out", str(out),
                "--service-account", "cn=reader,dc=example,dc=com",
                "--password-file", str(password_file), *tls, *options])


def views_read(out) -> set[str]:
    """Every table or view the written configuration queries."""
    read = set()
    for path in out.rglob("*"):
        if path.is_file() and path.suffix in (".cf", ".ext"):
            read |= set(re.findall(r"\bFROM\s+(\w+)", path.read_text(encoding="utf-8")))
    return read


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
    # no default: a login without a stable id is never searched for
    assert "base = <GUID=%{passdb:ldapwizard_id}>\n" in ad and "scope = base" in ad
    # the login back: the routed login without "/436F7270204144" (its 15 bytes)
    assert "\npass_attrs = =user=%0.-15u\n" in ad and "auth_bind = yes" in ad
    lab = (out / "dovecot" / "ldap-2.conf.ext").read_text(encoding="utf-8")
    assert "pass_filter = (entryUUID=%{passdb:ldapwizard_id})\n" in lab and "tls = yes" in lab
    auth = (out / "dovecot" / "auth-ldapwizard.conf.ext").read_text(encoding="utf-8")
    # each ldap passdb is reached by its own directory's routed logins only, and is final
    assert "username_filter = */436F7270204144\n" in auth
    assert "username_filter = */4C61622031303025\n" in auth
    assert auth.count("result_failure = return-fail") == 3
    readme = (out / "README.md").read_text(encoding="utf-8")
    for expected in ("/etc/postfix/ldapwizard/", "/etc/dovecot/conf.d/",
                     "--group postfix", "service account", "vmail", "0600"):
        assert expected in readme


def test_the_configuration_reads_the_views_only(database, tmp_path):
    out = tmp_path / "out"
    assert render(database, out) == 0
    assert views_read(out) == VIEWS
    auth = (out / "dovecot" / "auth-ldapwizard.conf.ext").read_text(encoding="utf-8")
    # a profile name is routed on as hex, so "100%" cannot change a query or a filter
    assert "Lab 100%" not in auth.replace('"Lab 100%"', "")


def test_an_instance_needs_its_ports_and_a_short_folder(database, tmp_path, capsys):
    assert render(database, tmp_path / "out", "--instance", "--smtp-port", "2525") == 2
    assert "needs --smtp-port and --imap-port" in capsys.readouterr().err
    assert render(database, tmp_path / "out", "--smtp-port", "2525") == 2


def test_db_init_group_lets_the_group_read_the_file_in_a_folder_of_its_own(tmp_path, capsys):
    group = grp.getgrgid(os.getgid()).gr_name
    db = tmp_path / "shared" / "users.sqlite"
    assert run(["db", "init", "--db", str(db), "--group", group]) == 0
    assert stat.S_IMODE(db.stat().st_mode) == 0o640  # read, never write (issue 25)
    assert stat.S_IMODE(db.parent.stat().st_mode) == 0o750
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


# --- a PostgreSQL user database -------------------------------------------------------------

def render_pg(url, out, pg_cluster, *options):
    """Render for the database at `url`, the mail servers logging in as mailreader."""
    reader_file = out.parent / "reader.password"
    reader_file.write_text(pg_cluster.password("mailreader") + "\n", encoding="utf-8")
    reader_file.chmod(0o600)
    return render(url, out, "--db-reader", "mailreader", "--db-reader-password-file",
                  str(reader_file), *options)


def settings(path) -> dict[str, str]:
    """`name = value` lines of a Postfix table or Dovecot .conf.ext, continuations joined."""
    text = path.read_text(encoding="utf-8").replace("\\\n", "")
    return dict(line.split(" = ", 1) for line in text.splitlines()
                if " = " in line and not line.startswith("#"))


@pytest.fixture
def pg_database(pg_url):
    """The same users in PostgreSQL, the mailreader role granted the mail views."""
    fill(pg_url)
    assert run(["db", "init", "--db", pg_url, "--reader", "mailreader"]) == 0
    return pg_url


@pytest.mark.postgresql
def test_render_for_postgresql_writes_pgsql_tables_and_the_role_password_only_into_0600_files(
        pg_database, pg_cluster, tmp_path, capsys):
    out = tmp_path / "out"
    capsys.readouterr()
    assert render_pg(pg_database, out, pg_cluster) == 0
    printed = capsys.readouterr()
    reader_password = pg_cluster.password("mailreader")
    assert reader_password not in printed.out + printed.err
    assert "note:" not in printed.out  # the role is granted the views and logs in
    holding = {p.name: (stat.S_IMODE(p.stat().st_mode), p.stat().st_gid)
               for p in out.rglob("*")
               if p.is_file() and reader_password in p.read_text(encoding="utf-8")}
    try:  # Postfix's daemons read its tables as user postfix: group postfix may read them
        tables = (0o640, pwd.getpwnam("postfix").pw_gid)
    except KeyError:  # no Postfix here: the README says to chgrp them on the mail server
        tables = (0o600, os.getgid())
    assert holding == {
        **dict.fromkeys(("virtual-domains.cf", "virtual-mailboxes.cf", "virtual-aliases.cf"),
                        tables),
        "users-sql.conf.ext": (0o600, os.getgid()),
        "mailboxes-sql.conf.ext": (0o600, os.getgid())}
    assert "virtual-mailboxes.cf  -> /etc/postfix/ldapwizard/virtual-mailboxes.cf  (mode " \
        f"{tables[0]:04o}: the database role's password)" in printed.out
    table = settings(out / "postfix" / "virtual-mailboxes.cf")
    assert table["hosts"] == f"inet:127.0.0.1:{pg_cluster.port}"
    assert table["user"] == "mailreader" and table["password"] == reader_password
    assert "virtual_mailbox_maps = proxy:pgsql:/etc/postfix/ldapwizard/virtual-mailboxes.cf" in \
        (out / "postfix" / "main.cf.snippet").read_text(encoding="utf-8")
    users = settings(out / "dovecot" / "users-sql.conf.ext")
    assert users["driver"] == "pgsql" and "user=mailreader" in users["connect"]
    assert views_read(out) == VIEWS
    readme = (out / "README.md").read_text(encoding="utf-8")
    for expected in ("postfix-pgsql", "dovecot-pgsql", "pg_hba.conf", "hostssl",
                     "--reader mailreader", "scram-sha-256", "0600"):
        assert expected in readme
    assert reader_password not in readme and "--group postfix" not in readme


@pytest.mark.postgresql
def test_the_rendered_queries_run_in_postgresql_as_the_mail_servers_role(
        pg_database, pg_cluster, tmp_path):
    import psycopg

    out = tmp_path / "out"
    assert render_pg(pg_database, out, pg_cluster) == 0
    users = settings(out / "dovecot" / "users-sql.conf.ext")
    tables = {p.name: settings(p)["query"] for p in (out / "postfix").glob("*.cf")}

    def ask(query: str, key: str, latin1: bool = False) -> list[tuple]:
        # Postfix's %u@%d and %s, Dovecot's %u: the whole key here
        if latin1:  # as Postfix 3.7 sends it: UTF-8 bytes in a LATIN1 session
            key = key.encode("utf-8").decode("latin-1")
        sql = query.replace("%u@%d", key).replace("%s", key).replace("%u", key)
        with psycopg.connect(users["connect"]) as connection:  # Dovecot's own connect string
            if latin1:
                connection.execute("SET client_encoding = 'LATIN1'")
            rows = connection.execute(sql).fetchall()
        if latin1:  # what Postfix 3.7 reads is the UTF-8 bytes
            rows = [tuple(v.encode("latin-1").decode("utf-8") for v in row) for row in rows]
        return rows

    assert ask(tables["virtual-domains.cf"], "example.com") == [("example.com",)]
    assert ask(tables["virtual-mailboxes.cf"], "dora@example.com") == \
        [("example.com/dora/",)]
    for latin1 in (False, True):  # Postfix 3.8 and later, and before
        assert ask(tables["virtual-mailboxes.cf"], "jürgen€@example.com", latin1) == \
            [("example.com/j=c3=bcrgen=e2=82=ac/",)]
        # the key as Postfix looks it up: case-folded (ß -> ss); one row, the targets joined
        (targets,), = ask(tables["virtual-aliases.cf"], "grüsse@example.com", latin1)
        assert sorted(targets.split(",")) == ["dora@example.com", "jürgen€@example.com"]
    assert ask(users["password_query"], "dora@example.com") == []  # no password set
    home, mail, quota = ask(users["user_query"], "dora@example.com")[0]
    assert home.endswith("/example.com/dora/") and mail.startswith("maildir:")
    assert quota is None
    # a directory user is routed to their directory (its name in hex) with their stable id
    row = ask(users["password_query"], "user1")
    assert row == [("user1/4C61622031303025", None, "Y", STABLE_IDS[1])]
    assert ask(users["password_query"], "nobody") == []
    with psycopg.connect(users["connect"]) as connection, \
            pytest.raises(psycopg.errors.InsufficientPrivilege):
        connection.execute("SELECT * FROM users")  # the tables stay closed to the role


@pytest.mark.postgresql
def test_tls_to_the_database_is_verified_against_the_ca_copied_into_the_set(
        pg_database, pg_cluster, tmp_path, capsys):
    url = pg_database.replace("@127.0.0.1:", "@localhost:") + "?sslmode=verify-full"
    out = tmp_path / "out"
    capsys.readouterr()
    assert render_pg(url, out, pg_cluster, "--db-ca-file", str(pg_cluster.ca_file)) == 0
    assert "note:" not in capsys.readouterr().out  # the role logged in over verified TLS
    ca = pg_cluster.ca_file.read_text(encoding="ascii")
    for folder in ("postfix", "dovecot"):
        copy = out / folder / "database-ca.pem"
        assert copy.read_text(encoding="ascii") == ca
        assert stat.S_IMODE(copy.stat().st_mode) == 0o644
    table = settings(out / "postfix" / "virtual-aliases.cf")
    assert table["hosts"] == f"inet:localhost:{pg_cluster.port}"
    assert "sslmode=verify-full sslrootcert=/etc/postfix/ldapwizard/database-ca.pem" in \
        table["dbname"]
    connect = settings(out / "dovecot" / "users-sql.conf.ext")["connect"]
    assert "sslmode=verify-full sslrootcert=/etc/dovecot/ldapwizard/database-ca.pem" in connect
    assert "sslmode=verify-full" in (out / "README.md").read_text(encoding="utf-8")


@pytest.mark.postgresql
def test_the_mail_servers_role_must_be_named_and_granted(pg_url, pg_cluster, tmp_path,
                                                         capsys):
    fill(pg_url)  # no `db init --reader`: the role has no grants yet
    out = tmp_path / "out"
    assert render(pg_url, out) == 2
    assert "--db-reader ROLE" in capsys.readouterr().err
    assert render_pg(pg_url, out, pg_cluster) == 0
    assert "The role mailreader may not read mail_domains" in capsys.readouterr().out
    assert render(pg_url, out, "--db-reader", "mailreader") == 2  # no terminal to ask at
    assert "--db-reader-password-file" in capsys.readouterr().err


def test_libpq_words_are_quoted_and_a_password_with_a_space_refused(tmp_path):
    from psycopg.conninfo import conninfo_to_dict

    from ldapwizard.core.errors import BadInput
    from ldapwizard.core.maildb.location import locate
    from ldapwizard.core.mailserver import pgreader

    words = {"host": "db.example", "password": "a'b\\c#d\"e"}
    assert conninfo_to_dict(pgreader.conninfo(words)) == words
    password_file = tmp_path / "reader.password"
    password_file.write_text("two words\n", encoding="utf-8")
    with pytest.raises(BadInput, match="space"):  # Dovecot splits its connect at spaces
        pgreader.reader(locate("postgresql://admin@db.example/mail"), role="mailreader",
                        password_file=str(password_file))


def test_an_ldap_passdb_over_unencrypted_ldap_needs_the_admin_s_consent(tmp_path):
    from ldapwizard.core.errors import BadInput
    from ldapwizard.core.mailserver import dovecot
    from ldapwizard.core.mailserver.layout import Layout
    from ldapwizard.core.mailserver.sources import Directory, ServiceAccount

    layout = Layout(out=tmp_path, database=tmp_path / "users.sqlite", mail_uid=5000,
                    mail_gid=5000)
    plain = Directory(1, "Branch", "ldap://ldap.branch.example:389", "none", None,
                      "dc=branch,dc=example", "openldap", "entryUUID", users=3)
    with pytest.raises(BadInput, match="unencrypted LDAP.*decides every sign-in"):
        dovecot.ldap_conf(layout, plain, ServiceAccount("cn=reader", "pw"))
    text = dovecot.ldap_conf(layout, plain, ServiceAccount("cn=reader", "pw", True))
    assert "uris = ldap://ldap.branch.example:389\n" in text and "tls = no\n" in text
