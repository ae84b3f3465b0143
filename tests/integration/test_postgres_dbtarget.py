"""A PostgreSQL target means one thing (issue 29), against the private cluster: the not-ours
check sees tables our role cannot read, connection options cannot move our tables, a
multi-host address skips a dead host, a read-only server is refused before anything is done,
only writers can take the writers' lock, and the words fit the cause."""

from __future__ import annotations

import psycopg
import pytest
from psycopg import sql

from ldapwizard.cli import run
from ldapwizard.core.directory.listing import open_directory
from ldapwizard.core.errors import BadInput
from ldapwizard.core.job.listing_process import list_and_plan
from ldapwizard.core.maildb import pg
from ldapwizard.core.maildb.planner import PlanOptions
from ldapwizard.core.maildb.schema import APPLICATION_ID
from tests.servers import seed
from tests.servers.postgres import OWNER, READER
from tests.servers.seed import READER_PASSWORD
from tests.servers.slapd_access import connection_args, slapd_settings

pytestmark = pytest.mark.postgresql
OLD_WRITER_LOCK = APPLICATION_ID << 8 | 1  # the advisory lock writers took before


def _name(url: str) -> str:
    return url.rsplit("/", 1)[1]


def _relations(pg_cluster, url: str, schema: str) -> list[str]:
    return [name for (name,) in pg_cluster.query(
        "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = %s AND c.relkind = 'r'", (schema,), database=_name(url))]


def test_another_programs_tables_our_role_cannot_read_are_seen(pg_cluster, pg_url, capsys):
    name = _name(pg_url)
    pg_cluster.execute("CREATE SCHEMA billing", database=name)
    pg_cluster.execute("CREATE TABLE billing.invoices (id int)", database=name)
    pg_cluster.execute("REVOKE ALL ON SCHEMA billing FROM PUBLIC", database=name)
    assert run(["db", "init", "--db", pg_url]) == 2
    err = capsys.readouterr().err
    assert "tables of another program (billing.invoices)" in err
    assert _relations(pg_cluster, pg_url, "public") == []  # nothing of ours beside them


def test_a_search_path_from_the_address_or_the_environment_is_refused(
        pg_cluster, pg_url, monkeypatch, capsys):
    name = _name(pg_url)
    pg_cluster.execute(f"CREATE SCHEMA evil AUTHORIZATION {OWNER}", database=name)
    assert run(["db", "init", "--db", pg_url + "?options=-csearch_path%3Devil"]) == 2
    assert "would change where ldapwizard's tables go" in capsys.readouterr().err
    monkeypatch.setenv("PGOPTIONS", "-c search_path=evil")  # as a service file could
    assert run(["db", "init", "--db", pg_url]) == 2
    assert "sets search_path" in capsys.readouterr().err
    assert _relations(pg_cluster, pg_url, "evil") == []
    assert _relations(pg_cluster, pg_url, "public") == []
    monkeypatch.delenv("PGOPTIONS")
    # a role whose own schema comes first in its search_path still gets ours in public
    pg_cluster.execute(f"CREATE SCHEMA {OWNER} AUTHORIZATION {OWNER}", database=name)
    assert run(["db", "init", "--db", pg_url]) == 0
    assert _relations(pg_cluster, pg_url, OWNER) == []
    assert "ldapwizard_meta" in _relations(pg_cluster, pg_url, "public")


def test_a_multi_host_address_skips_a_dead_host(pg_cluster, pg_url, capsys):
    dead = pg_cluster.port + 1 if pg_cluster.port < 65000 else pg_cluster.port - 1
    url = (f"postgresql://{OWNER}@127.0.0.1:{dead},{pg_cluster.host}:{pg_cluster.port}/"
           f"{_name(pg_url)}?target_session_attrs=read-write&connect_timeout=5")
    assert run(["db", "init", "--db", url]) == 0
    assert run(["db", "add-user", "--db", url, "amy@example.com"]) == 0
    assert run(["db", "show", "--db", url]) == 0
    assert "example.com: 1 user (0 directory-authenticated)" in capsys.readouterr().out


def test_a_read_only_server_is_refused_before_anything_starts(
        pg_cluster, pg_url, slapd_server, people_search, monkeypatch, capsys):
    assert run(["db", "init", "--db", pg_url]) == 0
    name = _name(pg_url)
    pg_cluster.execute(sql.SQL("ALTER DATABASE {} SET default_transaction_read_only = on")
                       .format(sql.Identifier(name)))
    assert run(["db", "add-user", "--db", pg_url, "amy@example.com"]) == 2
    err = capsys.readouterr().err
    assert "makes every transaction read-only" in err and "target_session_attrs" in err
    pages = []  # the window's listing: refused before the first page
    with pytest.raises(BadInput, match="makes every transaction read-only"):
        list_and_plan(open_directory, slapd_settings(slapd_server), READER_PASSWORD,
                      people_search, PlanOptions(domain=seed.MAIL_DOMAIN), pg_url,
                      on_page=lambda count, entries: pages.append(count))
    assert pages == []
    monkeypatch.setenv("LDAPWIZARD_PASSWORD", READER_PASSWORD)
    assert run(["profile", "save", "ro", *connection_args(slapd_server),
                "--domain", seed.MAIL_DOMAIN, "--db", pg_url]) == 0
    capsys.readouterr()
    assert run(["sync", "--profile", "ro"]) == 2  # said before the listing, not after it
    out, err = capsys.readouterr()
    assert "makes every transaction read-only" in err and "Listing" not in out + err


def test_a_standby_is_refused_and_a_multi_host_address_finds_the_primary(
        make_pg_cluster, pg_cluster, pg_url, tmp_path, monkeypatch, capsys):
    standby = make_pg_cluster()
    replica = standby.create_database(_name(pg_url))  # the same name on both servers
    standby.restart_as_standby()
    passfile = tmp_path / "both"
    passfile.write_text(pg_cluster.write_passfile(tmp_path / "a").read_text()
                        + standby.write_passfile(tmp_path / "b").read_text())
    passfile.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    assert run(["db", "init", "--db", replica]) == 2
    err = capsys.readouterr().err
    assert "is a standby" in err and "target_session_attrs=read-write" in err
    assert run(["db", "show", "--db", replica]) == 2  # a reader is told there is nothing yet
    capsys.readouterr()
    # the standby listed first, the primary second: the writes go to the primary
    both = (f"postgresql://{OWNER}@{standby.host}:{standby.port},{pg_cluster.host}:"
            f"{pg_cluster.port}/{_name(pg_url)}?target_session_attrs=read-write")
    assert run(["db", "init", "--db", both]) == 0
    assert "ldapwizard_meta" in _relations(pg_cluster, pg_url, "public")


def test_the_mail_servers_reader_cannot_take_the_writers_lock(pg_cluster, pg_url, tmp_path,
                                                              slapd_server, monkeypatch, capsys):
    assert run(["db", "init", "--db", pg_url, "--reader", READER]) == 0
    passfile = pg_cluster.write_passfile(tmp_path / "both", roles=(OWNER, READER))
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    with psycopg.connect(pg_cluster.url(_name(pg_url), READER), autocommit=True) as reader:
        with pytest.raises(psycopg.errors.InsufficientPrivilege), reader.transaction():
            reader.execute(pg.WRITER_LOCK_STATEMENT)
        # the lock writers took before is anyone's: holding it stalls nobody now
        reader.execute("SELECT pg_advisory_lock(%s)", (OLD_WRITER_LOCK,))
        assert run(["db", "add-user", "--db", pg_url, "amy@example.com"]) == 0
        assert reader.execute("SELECT count(*) FROM mail_mailboxes").fetchone()[0] == 1
        # a profile's sync lock is an advisory lock too: held by the reader, that is said
        reader.execute("SELECT pg_advisory_lock(%s, hashtext('nightly'))",
                       (pg.SYNC_LOCK_CLASS,))
        assert run(["profile", "save", "nightly", *connection_args(slapd_server),
                    "--domain", seed.MAIL_DOMAIN, "--db", pg_url]) == 0
        capsys.readouterr()
        assert run(["sync", "--profile", "nightly"]) == 1
        err = capsys.readouterr().err
        assert f"held by {READER} (process" in err and "may not write" in err


def test_a_wrong_password_in_pgpass_is_said_to_be_refused(pg_cluster, pg_url, tmp_path,
                                                           monkeypatch, capsys):
    wrong = tmp_path / "wrong"
    wrong.write_text(f"*:*:*:{OWNER}:not-the-password\n")
    wrong.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(wrong))
    assert run(["db", "init", "--db", pg_url]) == 1
    err = capsys.readouterr().err
    assert "refused the password" in err and "needs a password" not in err
    assert "not-the-password" not in err


def test_a_missing_role_is_named_not_createdb(make_pg_cluster, tmp_path, monkeypatch, capsys):
    cluster = make_pg_cluster()
    # a server that lets anyone in from loopback (trust) says which role is missing
    hba = cluster.data_dir / "pg_hba.conf"
    hba.write_text(f"host all all {cluster.host}/32 trust\n" + hba.read_text())
    cluster.execute("SELECT pg_reload_conf()")
    url = cluster.create_database("there")
    monkeypatch.setenv("PGPASSFILE", str(cluster.write_passfile(tmp_path / "pgpass")))
    assert run(["db", "init", "--db", url.replace(f"{OWNER}@", "nosuchrole@")]) == 1
    err = capsys.readouterr().err
    assert "There is no PostgreSQL role nosuchrole" in err and "createdb" not in err
    assert run(["db", "init", "--db", url.rsplit("/", 1)[0] + "/nosuchdb"]) == 1
    assert "createdb" in capsys.readouterr().err
