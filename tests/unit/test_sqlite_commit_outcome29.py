"""An SQLite file whose COMMIT fails with an I/O error (issue 29): the write is looked up in
the file opened again and said as it is — here it did not land — never guessed."""

from __future__ import annotations

import resource

import pytest

from ldapwizard.cli import run
from ldapwizard.core.errors import LdapWizardError
from ldapwizard.core.maildb.database import UserDatabase
from ldapwizard.core.maildb.undo import undo_batch

DOMAIN = "demo.example"


def count(location, sql: str):
    with UserDatabase.open(location) as database, database.reading() as db:
        return db.execute(sql).fetchone()[0]


def test_an_undo_whose_commit_hits_a_disk_error_is_found_not_landed(tmp_path):
    location = tmp_path / "users.sqlite"
    assert run(["--demo", "import", "--all", "--domain", DOMAIN, "--db", str(location)]) == 0
    users = count(location, "SELECT count(*) FROM users")
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)

    def no_room_at_commit(statement: str) -> None:
        if statement == "COMMIT":  # the WAL's frames cannot be written: EFBIG, SQLITE_IOERR
            resource.setrlimit(resource.RLIMIT_FSIZE, (0, hard))

    database = UserDatabase.open(location, write=True)
    database.connection.set_trace_callback(no_room_at_commit)
    try:
        with pytest.raises(LdapWizardError) as caught:
            undo_batch(database, 1)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        database.close()
    assert caught.value.message == (
        f"A disk error struck {location} while the undo of batch 1 was being committed; "
        "ldapwizard opened it again and found that the undo of batch 1 did not land: nothing "
        "was changed.")
    assert caught.value.outcome == "not landed"
    assert count(location, "SELECT count(*) FROM users") == users
    assert count(location, "SELECT undone_at FROM batches WHERE id = 1") is None
