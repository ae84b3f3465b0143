"""The user database on PostgreSQL through the commands, against slapd and the private cluster:
the same commands with a URL, passwords only from .pgpass, the keyring or a prompt, TLS
verified, and the same guarantees — a killed import leaves nothing, one sync per profile
across hosts, two imports at once never make an address twice."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import keyring
import psycopg
import pytest

from ldapwizard.cli import run
from ldapwizard.core.directory.listing import list_users
from ldapwizard.core.job.secrets import SERVICE
from ldapwizard.core.maildb import pg
from ldapwizard.core.maildb.database import UserDatabase
from ldapwizard.core.maildb.location import locate
from tests.servers import seed
from tests.servers.certs import make_ca
from tests.servers.postgres import OWNER
from tests.servers.seed import READER_PASSWORD
from tests.servers.slapd_access import connection_args
from tests.servers.userdb import rows_dump

pytestmark = [pytest.mark.postgresql, pytest.mark.slapd]
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def lab(slapd_server, pg_url, monkeypatch):
    """The session slapd's people, and the import command line into a fresh PostgreSQL."""
    monkeypatch.setenv("LDAPWIZARD_PASSWORD", READER_PASSWORD)
    command = ["import", *connection_args(slapd_server), "--domain", seed.MAIL_DOMAIN,
               "--db", pg_url, "--all"]
    return pg_url, command


def count(url: str, sql: str = "SELECT count(*) FROM users") -> int:
    with psycopg.connect(url) as connection:
        return connection.execute(sql).fetchone()[0]


def cli(*words: str, env: dict | None = None, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "ldapwizard", *words], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, **(env or {})}, **kwargs)


def test_import_undo_and_show_with_a_url_and_no_file_anywhere(lab, tmp_path, monkeypatch,
                                                               capsys):
    url, command = lab
    (tmp_path / "work").mkdir()
    monkeypatch.chdir(tmp_path / "work")
    assert run(command) == 0
    imported = count(url)
    assert imported > 500  # the seeded people, over several pages
    assert run(["db", "show", "--db", url]) == 0
    assert f"{seed.MAIL_DOMAIN}: {imported} users" in capsys.readouterr().out
    assert run(["undo", "1", "--db", url]) == 0
    assert count(url) == 0
    assert list((tmp_path / "work").iterdir()) == []  # no folder named postgresql:, no SQLite file


def test_a_profile_keeps_the_url_and_a_sync_runs_from_it(lab, slapd_server, capsys):
    url, _ = lab
    assert run(["profile", "save", "pglab", *connection_args(slapd_server),
                "--domain", seed.MAIL_DOMAIN, "--db", url]) == 0
    assert run(["profile", "show", "pglab"]) == 0
    assert url in capsys.readouterr().out
    assert run(["sync", "--profile", "pglab"]) == 0
    assert count(url) > 500


def test_the_password_comes_from_the_keyring_never_the_url(pg_cluster, pg_url, monkeypatch,
                                                           capsys):
    monkeypatch.delenv("PGPASSFILE")
    monkeypatch.setenv("HOME", "/nonexistent")  # no ~/.pgpass either
    assert run(["db", "init", "--db", pg_url]) == 1
    err = capsys.readouterr().err
    assert "needs a password" in err and "ldapwizard db password" in err and ".pgpass" in err
    with_password = pg_url.replace("ldapwizard@", "ldapwizard:secret@")
    assert run(["db", "init", "--db", with_password]) == 2
    assert "holds a password" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", _Lines("wrong\n"))
    assert run(["db", "password", "--db", pg_url]) == 1  # checked first: nothing stored
    assert "refused the password" in capsys.readouterr().err
    target = locate(pg_url)
    assert keyring.get_password(SERVICE, target.keyring_account) is None
    cluster_password = pg_cluster.password(OWNER)
    monkeypatch.setattr("sys.stdin", _Lines(cluster_password + "\n"))
    assert run(["db", "password", "--db", pg_url]) == 0
    assert keyring.get_password(SERVICE, target.keyring_account) == cluster_password
    assert run(["db", "init", "--db", pg_url]) == 0
    out, err = capsys.readouterr()
    assert cluster_password not in out + err


def test_tls_is_verified_against_the_ca_given(pg_cluster, pg_url, tmp_path, capsys):
    name = pg_url.rsplit("/", 1)[1]
    url = f"postgresql://ldapwizard@localhost:{pg_cluster.port}/{name}?sslmode=verify-full"
    assert run(["db", "init", "--db", url, "--db-ca-file", str(pg_cluster.ca_file)]) == 0
    with psycopg.connect(url + f"&sslrootcert={pg_cluster.ca_file}") as connection:
        assert connection.info.pgconn.ssl_in_use
    other = make_ca(tmp_path / "other", "some other CA").cert
    assert run(["db", "show", "--db", url, "--db-ca-file", str(other)]) == 1
    err = capsys.readouterr().err
    assert "could not be reached" in err and "certificate" in err


def test_a_database_of_another_program_or_a_newer_version_is_refused_and_left_alone(
        pg_url, capsys):
    with psycopg.connect(pg_url, autocommit=True) as connection:
        connection.execute("CREATE TABLE invoices (id int)")
    assert run(["db", "init", "--db", pg_url]) == 2
    assert "another program" in capsys.readouterr().err
    with psycopg.connect(pg_url, autocommit=True) as connection:
        connection.execute("DROP TABLE invoices")
    assert run(["db", "init", "--db", pg_url]) == 0
    with psycopg.connect(pg_url, autocommit=True) as connection:
        connection.execute("UPDATE ldapwizard_meta SET version = version + 1")
    assert run(["db", "add-user", "--db", pg_url, "amy@example.com"]) == 2
    assert "newer ldapwizard" in capsys.readouterr().err
    assert count(pg_url) == 0


def test_an_import_killed_in_the_middle_leaves_the_database_as_it_was(lab, reader,
                                                                       people_search):
    url, command = lab
    assert run(["db", "add-user", "--db", url, f"boss@{seed.MAIL_DOMAIN}"]) == 0
    with UserDatabase.open(url) as database:
        before = rows_dump(database)
    # another writer holds one address from the middle of the listing, uncommitted: the
    # import stops there, inside its transaction, with hundreds of rows written before it
    users = list_users(reader, READER_PASSWORD, people_search).users
    middle = users[len(users) // 2].email.split("@")[0].casefold()
    with psycopg.connect(url) as holder:
        holder.execute("INSERT INTO addresses (domain_id, local_key, kind) VALUES (1, %s, "
                       "'alias')", (middle,))
        process = cli(*command)
        _wait_until_blocked(url, process)
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=30)
        holder.rollback()
    _wait_until_gone(url)
    with UserDatabase.open(url) as database:
        assert rows_dump(database) == before
    assert run(command) == 0  # and its lock went with it
    assert count(url) > 500


def test_one_sync_of_a_profile_at_a_time_across_hosts(lab, slapd_server, capsys):
    url, _ = lab
    assert run(["profile", "save", "pglab", *connection_args(slapd_server),
                "--domain", seed.MAIL_DOMAIN, "--db", url]) == 0
    assert run(["db", "init", "--db", url]) == 0
    # another host's sync of the profile holds the lock in the database (not this one's file)
    with psycopg.connect(url, autocommit=True) as other_host:
        assert other_host.execute("SELECT pg_try_advisory_lock(%s, hashtext('pglab'))",
                                  (pg.SYNC_LOCK_CLASS,)).fetchone()[0]
        assert run(["sync", "--profile", "pglab"]) == 1
        assert "Another sync of profile pglab is running" in capsys.readouterr().err
        assert count(url) == 0
    assert run(["sync", "--profile", "pglab"]) == 0  # released when that session ended


def test_two_imports_into_one_domain_at_once_never_make_an_address_twice(lab):
    url, command = lab
    assert run(["db", "init", "--db", url]) == 0
    first, second = cli(*command), cli(*command)
    results = [(*process.communicate(timeout=120), process.returncode)
               for process in (first, second)]
    for out, err, code in results:
        # each either imports, finds the other's rows (the loser imports nothing, records no
        # batch and exits 4, saying so), or waits too long for it and says so; nothing fails
        # half-way
        assert (code == 0 or "busy with another import or sync" in err
                or (code == 4 and "created these users meanwhile: nothing was imported" in err)
                ), (out, err)
    created = count(url)
    assert created > 500
    assert count(url, "SELECT count(DISTINCT local_key) FROM users") == created
    assert count(url, "SELECT count(*) FROM users WHERE batch_id = 1") in (0, created)


def _wait_until_blocked(url: str, process: subprocess.Popen, timeout: float = 60) -> None:
    """Until the import's session waits for a row lock (inside its transaction)."""
    deadline = time.monotonic() + timeout
    with psycopg.connect(url, autocommit=True) as watcher:
        while time.monotonic() < deadline:
            if watcher.execute("SELECT count(*) FROM pg_stat_activity WHERE application_name "
                               "= 'ldapwizard' AND wait_event_type = 'Lock'").fetchone()[0]:
                return
            assert process.poll() is None, process.communicate()
            time.sleep(0.02)
    raise AssertionError("the import never reached the held address")


def _wait_until_gone(url: str, timeout: float = 30) -> None:
    """Until the killed client's server session has ended (and rolled back)."""
    deadline = time.monotonic() + timeout
    with psycopg.connect(url, autocommit=True) as watcher:
        while watcher.execute("SELECT count(*) FROM pg_stat_activity WHERE application_name "
                              "= 'ldapwizard'").fetchone()[0]:
            assert time.monotonic() < deadline, "the killed import's session lives on"
            time.sleep(0.05)


class _Lines:
    """Standard input that is not a terminal, holding `text`."""

    def __init__(self, text: str):
        self._lines = text.splitlines(keepends=True)

    def isatty(self) -> bool:
        return False

    def readline(self) -> str:
        return self._lines.pop(0) if self._lines else ""
