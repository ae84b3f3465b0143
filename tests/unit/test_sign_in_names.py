"""Extra sign-in names (issue 26, item 7): a job may let its users sign in with the directory's
username and the UPN too. Each name is unique across the database (another user's login or
address, or two entries claiming one name, drop the name with a note, never the user), passes
the local-part checks, is written in the import's transaction, follows the directory in a
sync and goes with the user on undo — on both back ends, read through the mail server's view.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from ldapwizard.cli import run
from ldapwizard.core.errors import BadInput
from ldapwizard.core.job.profiles import Profile
from ldapwizard.core.maildb import accounts
from ldapwizard.core.maildb.database import UserDatabase
from ldapwizard.core.maildb.importer import run_import
from ldapwizard.core.maildb.planner import NEW, PlanOptions, make_plan
from ldapwizard.core.maildb.preview_stream import StreamedPreview
from ldapwizard.core.maildb.reports import entry_rows, preview_rows
from ldapwizard.core.maildb.sync import run_sync
from ldapwizard.core.maildb.undo import undo_batch
from tests.unit.records import person

DIRECTORY = PlanOptions(domain="example.com", sign_in_names=("directory",))
BOTH = PlanOptions(domain="example.com", sign_in_names=("directory", "upn"))


def staffer(local: str, uid: str, upn: str | None = None, **kw):
    """A directory entry whose mail local part and username differ (john.smith, jsmith)."""
    return replace(person(local, username=uid, **kw), upn=upn)


def import_all(database, users, options=DIRECTORY):
    plan = make_plan(users, options, database.snapshot(options.domain))
    report = run_import(database, plan, [e for e in plan.entries if e.status == NEW],
                        profile="corp")
    return plan, report


def signs_in(database, name: str) -> str | None:
    """The login the mail server signs `name` in as (its view), or None."""
    row = database.connection.execute(
        "SELECT login_key FROM mail_login_names WHERE name_key = ?", (name,)).fetchone()
    return row[0] if row else None


def notes_of(plan, local: str) -> str:
    entry = next(e for e in plan.entries if e.local_part == local)
    return "; ".join(entry.notes)


def test_the_directory_name_and_the_upn_sign_in_besides_login_and_address(database):
    plan, report = import_all(database, [
        staffer("john.smith", "JSmith", upn="JSmith@corp.example.com")], BOTH)
    assert report.counts["created"] == 1
    for name in ("john.smith", "john.smith@example.com", "jsmith", "jsmith@corp.example.com"):
        assert signs_in(database, name) == "john.smith", name
    # shown in the preview (its notes column) and the report
    assert "signs in also as JSmith, JSmith@corp.example.com" in notes_of(plan, "john.smith")
    row = next(entry_rows(plan.entries, "example.com"))
    assert "signs in also as JSmith" in row[-1]
    assert "signs in also as JSmith" in report.lines[0].reason


def test_without_the_choice_only_login_and_address_sign_in(database):
    import_all(database, [staffer("john.smith", "jsmith", upn="jsmith@corp.example.com")],
               PlanOptions(domain="example.com"))
    assert signs_in(database, "john.smith@example.com") == "john.smith"
    assert signs_in(database, "jsmith") is None
    assert signs_in(database, "jsmith@corp.example.com") is None


def test_an_extra_name_equal_to_another_users_login_or_address_is_dropped(database):
    import_all(database, [person("amy"), person("bob")], PlanOptions(domain="example.com"))
    # carl's directory name is amy's login; dora's UPN is bob's address
    plan, report = import_all(database, [
        staffer("carl", "amy"), staffer("dora", "dora", upn="bob@example.com")], BOTH)
    assert report.counts["created"] == 2  # the users are imported all the same
    assert signs_in(database, "amy") == "amy"
    assert signs_in(database, "bob@example.com") == "bob"
    assert "sign-in name amy is not added" in notes_of(plan, "carl")
    assert "sign-in name bob@example.com is not added" in notes_of(plan, "dora")


def test_an_extra_name_that_is_an_alias_address_is_dropped(database):
    with database.transaction() as db:
        domain_id = accounts.ensure_domain(db, "example.com")
        accounts.add_alias(db, domain_id, "sales", ["x@elsewhere.example"])
    plan, _ = import_all(database, [staffer("erin", "erin", upn="sales@example.com")], BOTH)
    assert signs_in(database, "sales@example.com") is None
    assert "sign-in name sales@example.com is not added" in notes_of(plan, "erin")


def test_two_entries_with_one_extra_name_get_neither_and_a_login_wins(database):
    plan, report = import_all(database, [
        staffer("john.smith", "jsmith"), staffer("jane.smith", "jsmith"),
        staffer("kim", "kim"), staffer("kim.lee", "kim")])
    assert report.counts["created"] == 4
    assert signs_in(database, "jsmith") is None
    assert "also claimed by" in notes_of(plan, "john.smith")
    assert "also claimed by" in notes_of(plan, "jane.smith")
    assert signs_in(database, "kim") == "kim"  # kim's own login, not kim.lee's extra name
    assert "sign-in name kim is not added" in notes_of(plan, "kim.lee")


def test_an_extra_name_that_is_another_new_entrys_alias_is_dropped(database):
    plan, _ = import_all(database, [
        person("sam", aliases=("sales@example.com",)),
        staffer("erin", "erin", upn="sales@example.com"),
        staffer("finn", "finn", upn="f.inn@example.com", aliases=("f.inn@example.com",))], BOTH)
    assert signs_in(database, "sales@example.com") is None
    assert "sign-in name sales@example.com is not added" in notes_of(plan, "erin")
    assert signs_in(database, "f.inn@example.com") == "finn"  # its own alias: fine


def test_a_name_the_mail_server_would_fold_otherwise_or_deceiving_is_not_added(database):
    plan, _ = import_all(database, [staffer("ivan", "İvan"), staffer("olga", "оlga")], BOTH)
    assert "sign-in name İvan is not added" in notes_of(plan, "ivan")
    assert "is not added" in notes_of(plan, "olga")  # Cyrillic о among Latin letters
    assert database.connection.execute("SELECT count(*) FROM login_names").fetchone()[0] == 4


def test_sync_follows_renames_and_the_choice_and_undo_takes_the_names(database):
    _, report = import_all(database, [staffer("john.smith", "jsmith"), person("amy")])
    assert signs_in(database, "jsmith") == "john.smith"
    # renamed in the directory: the old name goes, the new comes
    renamed = run_sync(database, [staffer("john.smith", "jsmith2"), person("amy")],
                       DIRECTORY, profile="corp")
    assert signs_in(database, "jsmith") is None
    assert signs_in(database, "jsmith2") == "john.smith"
    assert "john.smith@example.com" in renamed.updated
    # a new name another user holds is not taken from them
    clash = run_sync(database, [staffer("john.smith", "amy"), person("amy")], DIRECTORY,
                     profile="corp")
    assert signs_in(database, "amy") == "amy" and signs_in(database, "jsmith2") is None
    assert any("sign-in name amy is not added" in note for note in clash.notes)
    # the job no longer allows extra names: they go
    run_sync(database, [staffer("john.smith", "jsmith"), person("amy")], DIRECTORY,
             profile="corp")
    assert signs_in(database, "jsmith") == "john.smith"
    run_sync(database, [staffer("john.smith", "jsmith"), person("amy")],
             PlanOptions(domain="example.com"), profile="corp")
    assert signs_in(database, "jsmith") is None
    assert signs_in(database, "john.smith@example.com") == "john.smith"
    run_sync(database, [staffer("john.smith", "jsmith"), person("amy")], DIRECTORY,
             profile="corp")
    undo_batch(database, report.batch_id, force=True)
    assert database.connection.execute("SELECT count(*) FROM login_names").fetchone()[0] == 0


def test_the_choice_is_a_job_field_and_refuses_unknown_kinds():
    profile = Profile(domain="example.com", sign_in_names=["upn", "directory"])
    assert profile.plan_options().sign_in_names == ("directory", "upn")
    with pytest.raises(BadInput, match="samaccountname"):
        Profile(domain="example.com", sign_in_names=["sAMAccountName"])


@pytest.mark.postgresql
def test_db_copy_keeps_the_extra_names(tmp_path, pg_url, capsys):
    path = tmp_path / "users.sqlite"
    assert run(["--demo", "import", "--domain", "demo.example", "--db", str(path), "--all",
                "--sign-in-names", "directory,upn"]) == 0
    assert run(["db", "copy", "--from", str(path), "--to", pg_url]) == 0, capsys.readouterr()
    query = "SELECT name_key, login_key FROM mail_login_names ORDER BY name_key"
    with UserDatabase.open(path) as file, UserDatabase.open(pg_url) as copied:
        names = file.connection.execute(query).fetchall()
        assert copied.connection.execute(query).fetchall() == names
    logins = {login for _, login in names}
    assert len(names) > 2 * len(logins)  # the demo's users got extra names


def test_the_streamed_preview_settles_extra_names_as_the_whole_plan(database):
    import_all(database, [person("amy")], PlanOptions(domain="example.com"))
    users = [staffer("john.smith", "jsmith"), staffer("bea", "amy"),  # amy's login
             staffer("cy", "cy", upn="cy.x@corp.example"), staffer("jane.smith", "jsmith"),
             staffer("dee", "dee", upn="CY.X@corp.example"), staffer("eli", "e.li")]
    plan = make_plan(users, BOTH, database.snapshot("example.com"))
    with StreamedPreview(BOTH, database.snapshot("example.com")) as preview:
        for start in range(0, len(users), 2):  # the clashing names on different pages
            preview.add(users[start:start + 2])
        rows = list(preview.rows())
    assert rows == list(preview_rows(plan))
    notes = {row[4]: row[-1] for row in rows}
    assert notes["eli@example.com"] == "signs in also as e.li"
    assert "also claimed by" in notes["cy@example.com"]
    assert "also claimed by" in notes["john.smith@example.com"]
    assert "another user or address has it" in notes["bea@example.com"]


def test_no_alias_list_or_user_takes_an_address_another_user_signs_in_with(database):
    import_all(database, [staffer("erin", "erin", upn="e.rin@example.com")], BOTH)
    assert signs_in(database, "e.rin@example.com") == "erin"
    with database.transaction() as db:
        domain_id = database.domain_id("example.com")
        for make in (lambda: accounts.add_alias(db, domain_id, "e.rin", ["x@elsewhere.org"]),
                     lambda: accounts.add_list(db, domain_id, "E.Rin", "List", []),
                     lambda: accounts.add_user(db, domain_id, accounts.NewUser("e.rin",
                                                                               "e.rin"))):
            with pytest.raises(BadInput, match="e.rin@example.com"):
                make()
    # an import plans no alias on it either: the alias goes, the entry comes, said so
    plan, report = import_all(database, [person("gil", aliases=("e.rin@example.com",))])
    assert report.counts["created"] == 1
    assert "alias e.rin@example.com is not imported" in notes_of(plan, "gil")
    assert signs_in(database, "e.rin@example.com") == "erin"
    # the user's own alias may be its own sign-in name: a sync adds it
    run_sync(database, [staffer("erin", "erin", upn="e.rin@example.com",
                                aliases=("e.rin@example.com",)), person("gil")], BOTH,
             profile="corp")
    assert database.connection.execute(
        "SELECT target FROM mail_forwards WHERE address_key = 'e.rin@example.com'"
    ).fetchall() == [("erin@example.com",)]
