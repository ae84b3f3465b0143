"""Which --db values name a file and which a PostgreSQL database; never a URL as a file name,
never a password in the value."""

from __future__ import annotations

from pathlib import Path

import pytest

from ldapwizard.cli import run
from ldapwizard.core.errors import BadInput
from ldapwizard.core.maildb.location import PgTarget, locate, stored_form, with_ca_file


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
