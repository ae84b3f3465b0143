"""Two undos of one batch at the same moment (issue 29): exactly one undoes it; the other says
when (and by whom) it was undone, fails, and leaves the undo time as the first wrote it.
On both back ends, with the writers' lock held until both undos have read the batch."""

from __future__ import annotations

from ldapwizard.cli import run
from ldapwizard.core.errors import ExitCode, LdapWizardError
from ldapwizard.core.maildb.batches import operator_name
from ldapwizard.core.maildb.database import UserDatabase
from ldapwizard.core.maildb.undo import UndoReport, undo_batch
from tests.unit.writers_outcome29 import race

DOMAIN = "demo.example"


def test_two_simultaneous_undos_of_one_batch_undo_it_once(database_location, capsys):
    location = str(database_location)
    assert run(["--demo", "import", "--all", "--domain", DOMAIN, "--db", location]) == 0
    capsys.readouterr()
    results = race(database_location, lambda database: undo_batch(database, 1),
                   lambda database: undo_batch(database, 1))
    reports = [r for r in results if isinstance(r, UndoReport)]
    refused = [r for r in results if isinstance(r, LdapWizardError)]
    assert len(reports) == 1 and len(refused) == 1, results
    assert reports[0].users > 0
    with UserDatabase.open(location) as database, database.reading() as db:
        ((undone_at,),) = db.execute("SELECT undone_at FROM batches WHERE id = 1").fetchall()
    assert refused[0].message == (f"Batch 1 was already undone at {undone_at} "
                                  f"(by {operator_name()}).")
    assert refused[0].exit_code != ExitCode.OK
    # and the command line says the same after the fact, with a non-zero exit
    assert run(["undo", "1", "--db", location]) == ExitCode.BAD_INPUT
    assert f"already undone at {undone_at} (by {operator_name()})" in capsys.readouterr().err


def test_db_show_names_the_run_ids_of_an_import_and_its_undo(tmp_path, capsys):
    location = str(tmp_path / "users.sqlite")
    assert run(["--demo", "import", "--all", "--domain", DOMAIN, "--db", location]) == 0
    assert run(["undo", "1", "--db", location]) == 0
    capsys.readouterr()
    assert run(["db", "show", "--db", location]) == 0
    (line,) = [line for line in capsys.readouterr().out.splitlines() if "  1: import" in line]
    assert "; run " in line and "; undo run " in line
