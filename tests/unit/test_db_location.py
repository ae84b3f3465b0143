"""Which --db values name a file and which a PostgreSQL database; never a URL as a file name,
never a password in the value."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from ldapwizard.cli import run
from ldapwizard.core.errors import BadInput
from ldapwizard.core.job.profiles import ProfileStore
from ldapwizard.core.job.secrets import _database_password_from_keyring, store_database_password
from ldapwizard.core.maildb.database import UserDatabase
from ldapwizard.core.maildb.location import (
    PgTarget,
    is_database_url,
    locate,
    stored_form,
    with_ca_file,
)


@pytest.mark.parametrize("value", ["users.sqlite", "C:\\Mail\\users.sqlite", "/srv/a=b.db",
                                   "mail data/users.db", "sslmode.db"])
def test_file_names_stay_file_names(value):
    assert locate(value) == Path(value)


@pytest.mark.parametrize(("value", "host", "port", "dbname", "user", "sslmode"), [
    ("postgresql://mail@db.example.net/mailusers", "db.example.net", 5432, "mailusers",
     "mail", "verify-full"),
    ("postgres://mail@127.0.0.1:5433/m", "127.0.0.1", 5433, "m", "mail", None),
    ("postgresql://mail@db.example.net/m?sslmode=require", "db.example.net", 5432, "m",
     "mail", "require"),
    ("host=db.example.net port=6432 dbname=m user=mail", "db.example.net", 6432, "m", "mail",
     "verify-full"),
    ("service=mailusers", "localhost", 5432, "", "", None),
    ("postgresql://mail@%2Fvar%2Frun%2Fpostgresql/m", "/var/run/postgresql", 5432, "m",
     "mail", None),
])
def test_database_urls_and_libpq_words(value, host, port, dbname, user, sslmode):
    target = locate(value)
    assert isinstance(target, PgTarget)
    assert (target.host, target.port, target.dbname, target.user, target.sslmode) == (
        host, port, dbname, user, sslmode)
    assert str(target) == value  # kept as given, for profiles and messages
    assert "application_name=ldapwizard" in target.conninfo


@pytest.mark.parametrize("value", ["postgresql://mail:s3cret@db/m", "host=db password=s3cret",
                                   "postgresql://mail@db/m?password=s3cret"])
def test_a_password_in_the_value_is_refused_and_not_repeated(value):
    with pytest.raises(BadInput, match="holds a password") as caught:
        locate(value)
    assert "s3cret" not in caught.value.message + (caught.value.hint or "")


def test_other_urls_are_refused_not_made_into_folders(tmp_path, monkeypatch, capsys):
    with pytest.raises(BadInput, match="is a mysql URL"):
        locate("mysql://mail@db/m")
    monkeypatch.chdir(tmp_path)
    # unreachable, but never a folder named postgresql: with an SQLite file in it
    assert run(["db", "init", "--db", "postgresql://mail@127.0.0.1:1/m"]) == 1
    assert "could not be reached" in capsys.readouterr().err
    assert run(["db", "init", "--db", "mysql://mail@db/m"]) == 2
    assert list(tmp_path.iterdir()) == []


def test_a_ca_file_turns_verification_on_and_a_profile_keeps_the_url(tmp_path):
    url = with_ca_file("postgresql://mail@db.example.net/m", str(tmp_path / "ca.pem"))
    target = locate(url)
    assert target.sslmode == "verify-full"
    assert f"sslrootcert={tmp_path / 'ca.pem'}" in target.conninfo
    words = with_ca_file("host=db dbname=m", "ca.pem")
    assert "sslmode=verify-full" in words and "sslrootcert=" in words
    assert stored_form("postgresql://mail@db/m") == "postgresql://mail@db/m"
    assert stored_form("users.sqlite") == str(Path("users.sqlite").absolute())
    with pytest.raises(BadInput, match="PostgreSQL"):
        with_ca_file("users.sqlite", "ca.pem")


MISTYPED = [
    ("postgresql:/admin@host:5432/mail", "postgresql://admin@host:5432/mail"),
    ("postgres:/x", "postgresql://x"),
    ("postgresql:x", "postgresql://x"),
    ("postgresql//host/db", "postgresql://host/db"),
    ("postgresql:\\\\host\\db", "postgresql://host/db"),
    ("file:other.db", "other.db"),
    ("file:///srv/mail/other.db?mode=rw", "/srv/mail/other.db"),
    ("sqlite:///users.db", "users.db"),
    ("sqlite:////srv/users.db", "/srv/users.db"),
    ("hostname=db.example.net dbname=mail", "host, port, dbname"),
    ("host=db.example.net dbname=mail extra", "Quote a value holding spaces"),
    ("backup:2024.db", "./backup:2024.db"),
    ("a=b.db", "./a=b.db"),
]


@pytest.mark.parametrize(("value", "meant"), MISTYPED)
def test_a_mistyped_address_is_refused_with_what_was_probably_meant(value, meant):
    with pytest.raises(BadInput) as caught:
        locate(value)
    assert meant in caught.value.hint
    assert is_database_url(value)  # read as an address, never as a file name


@pytest.mark.parametrize(("value", "meant"), MISTYPED)
def test_a_mistyped_address_makes_nothing_on_disk_from_the_command_line(
        value, meant, tmp_path, monkeypatch, capsys):
    (tmp_path / "work").mkdir()
    monkeypatch.chdir(tmp_path / "work")
    assert run(["--demo", "import", "--all", "--domain", "demo.example", "--db", value]) == 2
    assert run(["db", "init", "--db", value]) == 2
    assert run(["profile", "save", "typo", "--domain", "demo.example", "--db", value]) == 2
    assert meant in capsys.readouterr().err
    assert list((tmp_path / "work").iterdir()) == []
    assert not (tmp_path / "config").exists() or "typo" not in "".join(
        p.read_text() for p in (tmp_path / "config").rglob("*") if p.is_file())


@pytest.mark.parametrize("value", ["C:\\mail\\users.db", "c:/mail/users.db",
                                   "\\\\server\\share\\users.db", "//server/share/users.db",
                                   "./backup:2024.db", "/srv/postgresql:/x.db", "D:users.db"])
def test_windows_and_explicit_paths_stay_paths(value):
    assert locate(value) == Path(value)


def test_a_saved_profile_with_a_mistyped_address_is_refused_when_read_back(tmp_path,
                                                                           monkeypatch,
                                                                           capsys):
    monkeypatch.chdir(tmp_path)
    assert run(["profile", "save", "old", "--host", "ldap.example.net", "--domain",
                "example.com", "--db", "users.sqlite"]) == 0
    store = ProfileStore()
    store.save(store.load("old").merged(database="postgresql:/admin@host:5432/mail"))
    capsys.readouterr()
    assert run(["sync", "--profile", "old"]) == 2
    assert "postgresql://admin@host:5432/mail" in capsys.readouterr().err
    assert not any(p.name.startswith("postgresql") for p in tmp_path.rglob("*"))


def test_file_colon_opens_the_file_of_that_name_and_leaves_another_programs_alone(
        tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    with closing(sqlite3.connect(tmp_path / "other.db")) as other:
        other.execute("CREATE TABLE invoices (id INTEGER)")
        other.commit()
    before = (tmp_path / "other.db").read_bytes()
    assert run(["db", "init", "--db", "file:other.db"]) == 2
    assert "Give the path itself: other.db" in capsys.readouterr().err
    # given as a path (the window's Browse…, a Path), it is the file of that very name
    with UserDatabase.open(Path("file:other.db"), write=True, create=True):
        pass
    assert (tmp_path / "file:other.db").exists()
    assert (tmp_path / "other.db").read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("other")) == [
        "other.db"]


@pytest.mark.parametrize("value", [
    "postgresql://mail@db/m?options=-csearch_path%3Devil",
    "postgresql://mail@db/m?options=-c%20role%3Dpostgres",
    "host=db dbname=m options='-c default_tablespace=elsewhere'",
    "host=db dbname=m options='--session_replication_role=replica'",
])
def test_options_that_move_objects_are_refused(value):
    with pytest.raises(BadInput, match="would change where ldapwizard's tables go"):
        locate(value)


def test_harmless_options_and_multi_host_urls_are_taken():
    target = locate("postgresql://mail@db1.example.net:5432,db2.example.net:5433/mail"
                    "?target_session_attrs=read-write&options=-c%20statement_timeout%3D5s")
    assert target.hosts == (("db1.example.net", 5432), ("db2.example.net", 5433))
    assert (target.host, target.port) == ("db1.example.net", 5432)
    assert "host=db1.example.net,db2.example.net port=5432,5433" in target.conninfo
    assert "target_session_attrs=read-write" in target.conninfo
    assert target.sslmode == "verify-full"
    words = locate("host=h1,h2 port=6432 dbname=m")
    assert words.hosts == (("h1", 6432), ("h2", 6432))
    with pytest.raises(BadInput, match="2 hosts but 3 ports"):
        locate("host=h1,h2 port=1,2,3 dbname=m")


def test_each_service_has_its_own_keyring_entry():
    accounts = {locate(value).keyring_account for value in (
        "service=mail", "service=backup", "service=mail user=admin")}
    assert len(accounts) == 3


@pytest.mark.parametrize(("value", "warned"), [
    ("postgresql://mail@db.example.net/m?sslmode=disable", "clear text"),
    ("postgresql://mail@db.example.net/m?sslmode=require", "without checking"),
    ("postgresql://mail@127.0.0.1/m?sslmode=disable", None),
    ("postgresql://mail@db.example.net/m", None),
])
def test_unverified_tls_to_a_remote_server_is_warned_about(value, warned):
    warning = locate(value).tls_warning
    assert (warning is None) if warned is None else (warned in warning)


def test_a_password_kept_for_one_service_is_not_given_to_another():
    store_database_password(locate("service=mail"), "mail-secret")
    assert _database_password_from_keyring(locate("service=mail"), False) == "mail-secret"
    assert _database_password_from_keyring(locate("service=backup"), False) is None


def test_the_command_line_warns_about_unverified_tls_to_a_remote_server(caplog):
    # no server at this address: the warning comes before the connection fails
    assert run(["db", "show", "--db",
                "postgresql://mail@db.invalid:1/m?sslmode=disable&connect_timeout=1"]) == 1
    assert "in clear text" in caplog.text


def test_one_host_with_several_ports_is_said_in_the_singular():
    with pytest.raises(BadInput, match=r'^"host=h1 port=1,2 dbname=m" names 1 host but 2 ports\.'):
        locate("host=h1 port=1,2 dbname=m")
