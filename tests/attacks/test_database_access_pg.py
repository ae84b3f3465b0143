"""Issue 25 (5), PostgreSQL: the mail servers' role reads the mail views and changes nothing.

What held before and must keep holding: the role ldapwizard grants (`db init --reader`) may
neither change a row through a view (simple views are updatable by whoever holds UPDATE),
nor create a table or a function that a writer's unqualified name could pick up.
"""

from __future__ import annotations

import psycopg
import pytest

from ldapwizard.cli import run
from ldapwizard.core.maildb.schema_pg import MAIL_VIEWS
from tests.servers.postgres import READER

pytestmark = pytest.mark.postgresql

# no UPDATE privilege; a view over a join is not updatable at all
REFUSED = (psycopg.errors.InsufficientPrivilege, psycopg.errors.ObjectNotInPrerequisiteState)


def test_the_mail_servers_role_cannot_change_the_database(pg_url, pg_cluster):
    assert run(["db", "init", "--db", pg_url, "--reader", READER]) == 0
    assert run(["db", "add-user", "--db", pg_url, "victim@example.com"]) == 0
    with psycopg.connect(pg_url, user=READER, password=pg_cluster.password(READER),
                         autocommit=True) as reader:
        for view in MAIL_VIEWS:
            column = reader.execute(f"SELECT * FROM {view} LIMIT 0").description[0].name
            for statement in (f"UPDATE {view} SET {column} = {column}",
                              f"DELETE FROM {view}"):
                with pytest.raises(REFUSED):
                    reader.execute(statement)
        for statement in ("CREATE TABLE public.planted (x text)",
                          "CREATE FUNCTION public.lower(varchar) RETURNS text "
                          "LANGUAGE sql AS 'SELECT ''planted'''"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                reader.execute(statement)
        assert reader.execute("SELECT count(*) FROM mail_logins").fetchone()[0] == 1
