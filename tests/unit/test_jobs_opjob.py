"""The jobs table (schema 8): batches are shown under the job's current name, and a job's rows
move to the job that adopts them — on both back ends."""

from __future__ import annotations

from ldapwizard.core.maildb import accounts, batches
from ldapwizard.core.maildb.jobs import adopt_rows, owned_by
from ldapwizard.core.maildb.planner import PlanOptions
from ldapwizard.core.maildb.undo import recent_batches

JOB = "0f3c9a4e5b6d47e8a9b0c1d2e3f40516"


def _source(name: str) -> accounts.DirectorySource:
    return accounts.DirectorySource(name, "ldap://dc1.corp:389", "none", None, "DC=corp",
                                    "openldap", "entryUUID", job_name="Staff mail")


def test_the_batches_list_names_the_job_as_it_is_called_now(database):
    with database.transaction() as db:
        domain = accounts.ensure_domain(db, "example.com")
        batch = batches.open_batch(db, "import", PlanOptions(domain="example.com"), domain, JOB)
        accounts.ensure_directory(db, _source(JOB), batch)
    assert [b.profile for b in recent_batches(database)] == ["Staff mail"]
    with database.transaction() as db:  # the next run after a rename records the new name
        accounts.record_job(db, JOB, "Sales mail")
    assert [b.profile for b in recent_batches(database)] == ["Sales mail"]


def test_adopting_moves_users_lists_batches_and_the_directory_row(database):
    with database.transaction() as db:
        domain = accounts.ensure_domain(db, "example.com")
        batch = batches.open_batch(db, "import", PlanOptions(domain="example.com"), domain,
                                   "127.0.0.1")
        directory = accounts.ensure_directory(db, _source("127.0.0.1"), batch)
        accounts.add_user(db, domain, accounts.NewUser(
            "amy", "amy", auth="directory", directory_dn="uid=amy,DC=corp", stable_id="1",
            profile="127.0.0.1", directory_id=directory), batch)
        accounts.add_user(db, domain, accounts.NewUser("ben", "ben", profile="other"))
        accounts.add_list(db, domain, "staff", "Staff", [], batch, stable_id="2",
                          profile="127.0.0.1")
        assert adopt_rows(db, "127.0.0.1", JOB, "Staff mail").users == 1
        assert (owned_by(db, JOB).users, owned_by(db, JOB).lists,
                owned_by(db, JOB).batches) == (1, 1, 1)
        assert not owned_by(db, "127.0.0.1").anything
        assert owned_by(db, "other").users == 1  # another owner's user stays its own
        assert db.execute("SELECT name FROM directories").fetchall() == [(JOB,)]
    assert [b.profile for b in recent_batches(database)] == ["Staff mail"]
