"""Issue 26, item 7: the full address signs in, so an address is a sign-in name — and no one
may take another user's as a login, nor read a hidden user's through the new view.

On main's code a second user could be given `alice@example.com` as login: once addresses
sign in, whoever holds that login would be signed in by Alice's address with their own
password (and given their own mailbox). The database now keeps every sign-in name to one
user (`login_names`' primary key), and `mail_login_names` is a security barrier like the
other mail views.
"""

from __future__ import annotations

import psycopg
import pytest

from ldapwizard.cli import run
from ldapwizard.core.maildb import accounts
from ldapwizard.core.maildb.database import UserDatabase
from tests.servers.postgres import READER

LEAKY_FUNCTION = """
CREATE FUNCTION pg_temp.leak(value text) RETURNS boolean LANGUAGE plpgsql COST 0.0001 AS $$
BEGIN
    RAISE NOTICE 'leak:%', value;
    RETURN true;
END $$"""


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)])
def db_location(request, tmp_path):
    """A new user database on each back end, for the command line."""
    if request.param == "sqlite":
        return str(tmp_path / "users.sqlite")
    return request.getfixturevalue("pg_url")


def test_no_login_takes_another_users_address(db_location, capsys):
    assert run(["db", "add-user", "alice@example.com", "--db", db_location]) == 0
    assert run(["db", "add-user", "eve@other.example", "--username", "Alice@Example.com",
                "--db", db_location]) == 2
    assert "login Alice@Example.com is taken by alice@example.com" in capsys.readouterr().err
    # nor the other way round: an address that is someone's login already
    assert run(["db", "add-user", "eve@other.example", "--username", "bob@example.com",
                "--db", db_location]) == 0
    assert run(["db", "add-user", "bob@example.com", "--db", db_location]) == 2
    assert "taken by eve@other.example" in capsys.readouterr().err
    with UserDatabase.open(db_location) as database:
        names = database.connection.execute(
            "SELECT name_key, login_key FROM mail_login_names ORDER BY 1").fetchall()
    assert names == [("alice", "alice"), ("alice@example.com", "alice"),
                     ("bob@example.com", "bob@example.com"),
                     ("eve@other.example", "bob@example.com")]


@pytest.mark.postgresql
def test_a_leaky_function_over_the_login_names_sees_no_disabled_user(pg_url, pg_cluster):
    assert run(["db", "init", "--db", pg_url, "--reader", READER]) == 0
    with UserDatabase.open(pg_url, write=True) as database, database.transaction() as db:
        domain = accounts.ensure_domain(db, "example.com")
        for name in ("hidden", "shown"):
            accounts.add_user(db, domain, accounts.NewUser(name, f"{name}.login"))
        accounts.set_enabled(db, "hidden@example.com", False)
    name = pg_url.rpartition("/")[2]
    with psycopg.connect(pg_cluster.url(name, READER), autocommit=True,
                         password=pg_cluster.password(READER)) as reader:
        notices: list[str] = []
        reader.add_notice_handler(lambda notice: notices.append(notice.message_primary))
        reader.execute(LEAKY_FUNCTION)
        for column in ("name_key", "login_key"):
            rows = reader.execute(f"SELECT * FROM mail_login_names "
                                  f"WHERE pg_temp.leak({column})").fetchall()
            assert not [seen for seen in (*notices, repr(rows)) if "hidden" in seen], notices
        assert "leak:shown.login" in notices  # the function ran, on the rows the view shows
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            reader.execute("SELECT * FROM login_names")
