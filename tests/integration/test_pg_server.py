"""The PostgreSQL test cluster serves logins, TLS and databases as promised, seen from psycopg."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from tests.servers.certs import make_ca
from tests.servers.postgres import OWNER, READER, SUPERUSER

pytestmark = pytest.mark.postgresql


def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            # The command name may hold spaces and parentheses; the fields after it do not.
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def test_a_query_works_over_tcp_with_the_passfile(pg_url):
    with psycopg.connect(pg_url) as conn:
        user, address = conn.execute("SELECT current_user, host(inet_server_addr())").fetchone()
    assert (user, address) == (OWNER, "127.0.0.1")


def test_a_subprocess_finds_the_password_through_the_environment(pg_url):
    script = ("import psycopg, sys; "
              "print(psycopg.connect(sys.argv[1]).execute('SELECT 42').fetchone()[0])")
    result = subprocess.run([sys.executable, "-c", script, pg_url],
                            capture_output=True, text=True, timeout=60)
    assert (result.returncode, result.stdout.strip()) == (0, "42"), result.stderr


def test_without_the_passfile_the_password_is_required(pg_url, tmp_path, monkeypatch):
    monkeypatch.delenv("PGPASSFILE")
    monkeypatch.setenv("HOME", str(tmp_path / "home-without-pgpass"))
    with pytest.raises(psycopg.OperationalError, match="password"):
        psycopg.connect(pg_url, connect_timeout=10)


def test_a_wrong_password_is_refused(pg_url):
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        psycopg.connect(pg_url, password="not-the-password", connect_timeout=10)


def test_the_superuser_has_no_trust_over_tcp(pg_cluster, tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    with pytest.raises(psycopg.OperationalError, match="password"):
        psycopg.connect(pg_cluster.url("postgres", SUPERUSER), connect_timeout=10)


def test_verify_full_to_localhost_with_the_test_ca_uses_tls(pg_url, pg_cluster):
    with psycopg.connect(pg_url, host="localhost", sslmode="verify-full",
                         sslrootcert=str(pg_cluster.ca_file)) as conn:
        row = conn.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").fetchone()
    assert row == (True,)


def test_verify_full_with_another_ca_fails(pg_url, tmp_path):
    other_ca = make_ca(tmp_path / "other-ca", "some other CA")
    with pytest.raises(psycopg.OperationalError, match="certificate verify failed"):
        psycopg.connect(pg_url, host="localhost", sslmode="verify-full",
                        sslrootcert=str(other_ca.cert), connect_timeout=10)


def test_a_pg_url_database_is_empty_owned_by_ldapwizard_who_can_create_in_it(pg_url):
    with psycopg.connect(pg_url) as conn:
        owner = conn.execute(
            "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()"
        ).fetchone()[0]
        relations = conn.execute(
            "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            " WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')"
        ).fetchone()[0]
        conn.execute("CREATE TABLE users (login text PRIMARY KEY)")
        conn.execute("INSERT INTO users VALUES ('alice')")
        assert conn.execute("SELECT login FROM users").fetchall() == [("alice",)]
    assert (owner, relations) == (OWNER, 0)


def test_each_test_gets_its_own_database(pg_url, pg_cluster):
    with psycopg.connect(pg_url) as conn:
        name = conn.execute("SELECT current_database()").fetchone()[0]
    assert name.startswith("t") and "each_test_gets_its_own_database" in name
    assert pg_cluster.query("SELECT count(*) FROM pg_database WHERE datname = %s",
                            (name,)) == [(1,)]


def test_the_roles_have_no_powers_and_mailreader_no_rights(pg_url, pg_cluster):
    powers = pg_cluster.query(
        "SELECT rolname, rolsuper, rolcreatedb, rolcreaterole, rolcanlogin FROM pg_roles"
        " WHERE rolname = ANY(%s) ORDER BY rolname", ([OWNER, READER],))
    assert powers == [(OWNER, False, False, False, True), (READER, False, False, False, True)]
    with psycopg.connect(pg_url) as conn:
        conn.execute("CREATE TABLE users (login text)")
    reader = psycopg.connect(pg_url, user=READER, password=pg_cluster.password(READER))
    with reader, pytest.raises(psycopg.errors.InsufficientPrivilege):
        reader.execute("SELECT * FROM users")


def test_stopping_a_cluster_leaves_no_process_of_it(make_pg_cluster, tmp_path):
    cluster = make_pg_cluster()
    url = cluster.create_database("stopping")
    session = psycopg.connect(url, password=cluster.password(OWNER))
    postmaster = cluster.pid
    processes = [postmaster, *_children(postmaster)]
    assert len(processes) > 2  # background workers and our session's backend

    cluster.stop()

    assert [pid for pid in processes if Path(f"/proc/{pid}").exists()] == []
    assert not cluster.folder.exists()
    session.close()
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(url, password=cluster.password(OWNER), connect_timeout=5)
