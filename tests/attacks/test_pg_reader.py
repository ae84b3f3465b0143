"""Issue 25, item 10: the mail servers' PostgreSQL role sees nothing the views hide.

`mailreader` is granted the mail views only (`ldapwizard db init --reader`). A compromised
mail daemon holds its password and may send any query: a WHERE of its own over a view that
PostgreSQL would run on the rows the view's WHERE hides (a disabled user's password hash)
when the condition is not leakproof — a function of its own whose NOTICE prints its argument
(anyone may create one in pg_temp), or a cast whose error message quotes the value.
"""

from __future__ import annotations

import psycopg
import pytest

from ldapwizard.cli import run
from ldapwizard.core.maildb import accounts
from ldapwizard.core.maildb.database import UserDatabase
from tests.servers.postgres import READER

pytestmark = [pytest.mark.postgresql]

HIDDEN_HASH = "{SHA512-CRYPT}$6$leaked$HiddenHashOfTheDisabledUser"
HIDDEN = ("hidden", HIDDEN_HASH, "boss")  # the disabled user, its hash, its alias
SHOWN_HASH = "{SHA512-CRYPT}$6$shown$HashTheViewShows"
LEAKY_FUNCTION = """
CREATE FUNCTION pg_temp.leak(value text) RETURNS boolean LANGUAGE plpgsql COST 0.0001 AS $$
BEGIN
    RAISE {level} 'leak:%', value;
    RETURN true;
END $$"""


@pytest.fixture
def reader(pg_url, pg_cluster):
    """A database with an enabled and a disabled local user, and a session as mailreader
    that collects every notice the server sends it."""
    assert run(["db", "init", "--db", pg_url, "--reader", READER]) == 0
    with UserDatabase.open(pg_url, write=True) as database, database.transaction() as db:
        domain_id = accounts.ensure_domain(db, "example.com")
        for name, password in (("hidden", HIDDEN_HASH), ("shown", SHOWN_HASH)):  # scan order
            accounts.add_user(db, domain_id, accounts.NewUser(name, name,
                                                              password_hash=password))
        # mail forwarded to the disabled user is hidden too (mail_forwards), a list's is not
        accounts.add_alias(db, domain_id, "boss", ["hidden@example.com"])
        accounts.add_alias(db, domain_id, "desk", ["shown@example.com"])
    with UserDatabase.open(pg_url, write=True) as database, database.transaction() as db:
        accounts.set_enabled(db, "hidden@example.com", False)
    name = pg_url.rpartition("/")[2]
    connection = psycopg.connect(pg_cluster.url(name, READER), autocommit=True,
                                 password=pg_cluster.password(READER))
    connection.notices = []
    connection.add_notice_handler(lambda notice: connection.notices.append(
        notice.message_primary))
    try:
        yield connection
    finally:
        connection.close()


def attempt(connection, query: str) -> str:
    """Run the reader's query; everything it got back, rows, notices and error, as text."""
    connection.notices.clear()
    try:
        rows = connection.execute(query).fetchall()
        error = ""
    except psycopg.Error as failure:
        rows, error = [], str(failure)
    return f"{rows!r} {connection.notices!r} {error}"


@pytest.mark.parametrize("level", ["NOTICE", "EXCEPTION"])
def test_a_leaky_function_in_the_readers_where_sees_no_hidden_row(reader, level):
    reader.execute(LEAKY_FUNCTION.format(level=level))
    for view, column in (("mail_logins", "password"), ("mail_logins", "login"),
                         ("mail_mailboxes", "address"), ("mail_forwards", "target"),
                         ("mail_forwards", "address")):
        seen = attempt(reader, f"SELECT 1 FROM {view} WHERE pg_temp.leak({column}::text)")
        assert not [word for word in HIDDEN if word in seen], (view, column, seen)
    seen = attempt(reader, "SELECT login FROM mail_logins WHERE pg_temp.leak(password)")
    assert "leak:" + SHOWN_HASH in seen  # the function ran, on the rows the view shows


def test_a_failing_cast_in_the_readers_where_quotes_no_hidden_value(reader):
    for view, column in (("mail_logins", "password"), ("mail_logins", "login"),
                         ("mail_mailboxes", "address"), ("mail_forwards", "target"),
                         ("mail_forwards", "address")):
        seen = attempt(reader, f"SELECT 1 FROM {view} WHERE {column}::integer = 1")
        assert not [word for word in HIDDEN if word in seen], (view, column, seen)
        assert "invalid input syntax for type integer" in seen  # on a row the view shows


def test_the_reader_reads_the_views_and_never_the_tables(reader):
    assert reader.execute("SELECT login, password FROM mail_logins").fetchall() == [
        ("shown", SHOWN_HASH)]
    assert reader.execute("SELECT address_key FROM mail_disabled").fetchall() == [
        ("hidden@example.com",)]
    assert reader.execute("SELECT address, target FROM mail_forwards").fetchall() == [
        ("desk@example.com", "shown@example.com")]
    for table in ("users", "mailboxes_issued", "directories"):
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            reader.execute(f"SELECT * FROM {table}")
