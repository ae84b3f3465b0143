"""Two imports of the same users at the same moment (issue 29), on both back ends: both plan
against the same database, one imports them, the other imports nothing, says which batch has
them (PlanChanged: the database changed since its plan) and records no empty batch."""

from __future__ import annotations

from ldapwizard.core.errors import PlanChanged
from ldapwizard.core.maildb.database import UserDatabase
from ldapwizard.core.maildb.planner import NEW, PlanOptions, make_plan
from ldapwizard.core.operations.importing import ImportResult, write_selection
from tests.unit.records import person
from tests.unit.writers_outcome29 import race

USERS = [person("amy", aliases=["a.m@example.com"]), person("ben"), person("cat")]


def import_everyone(database):
    plan = make_plan(USERS, PlanOptions(domain="example.com"),
                     database.snapshot("example.com"))
    return write_selection(database, plan, [e for e in plan.entries if e.status == NEW],
                           None, owner="corp")


def test_the_loser_of_two_simultaneous_imports_imports_nothing_and_records_no_batch(
        database_location):
    UserDatabase.open(database_location, write=True, create=True).close()
    location = str(database_location)
    results = race(database_location, import_everyone, import_everyone)
    won = [r for r in results if isinstance(r, ImportResult)]
    lost = [r for r in results if isinstance(r, PlanChanged)]
    assert len(won) == 1 and len(lost) == 1, results
    assert won[0].counts.users == 3
    assert lost[0].message == (f"Another import created these users meanwhile: nothing was "
                               f"imported; batch {won[0].batch_id} has them.")
    with UserDatabase.open(location) as database, database.reading() as db:
        assert db.execute("SELECT id FROM batches").fetchall() == [(won[0].batch_id,)]
