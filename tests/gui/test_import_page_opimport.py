"""The Import page against slapd: users, aliases and mailing lists counted apart, the same words
after the run; an unticked list is not created; ticks survive listing again; entries left out
by the group choice say so on an empty database; an import after the database changed under
the page stops with the new numbers; Cancel lands nothing; and the window and the command line
make the same plan and the same batch of one job record."""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from ldapwizard.cli import run
from ldapwizard.core.maildb.database import UserDatabase
from ldapwizard.core.maildb.importer import run_import
from ldapwizard.core.maildb.planner import NEW
from ldapwizard.core.operations import importing as importing_operation
from ldapwizard.core.operations.planning import short_id
from ldapwizard.gui.models.users_model import ENTRY_ROLE
from ldapwizard.gui.pages import import_page
from tests.gui.driving import press_next, slapd_form, wait_complete
from tests.servers import seed
from tests.servers.directory_edits import add_person, admin
from tests.servers.seed import READER_PASSWORD

pytestmark = pytest.mark.slapd

GROUPS_DN = f"ou=mailgroups,{seed.BASE_DN}"
MAIL_USERS = f"cn=Mail Users,{GROUPS_DN}"
DOMAIN = seed.MAIL_DOMAIN


def person(uid: str) -> str:
    return f"uid={uid},{seed.PEOPLE_DN}"


@pytest.fixture
def lab(make_slapd):
    """The seed's slapd with ann, bob, kim and eve; `Mail Users` (no address) = ann, bob and
    kim, the ones to import; mail-enabled `Staff` = ann, bob and kim and `Sales` = ann."""
    server = make_slapd()
    for uid in ("ann", "bob", "kim", "eve"):
        add_person(server, uid)
    connection = admin(server)
    assert connection.add(GROUPS_DN, ["organizationalUnit"], {"ou": "mailgroups"})
    assert connection.add(MAIL_USERS, ["groupOfNames"], {
        "cn": "Mail Users", "member": [person(u) for u in ("ann", "bob", "kim")]})
    for cn, mail, members in (("Staff", "staff", ("ann", "bob", "kim")),
                              ("Sales", "sales", ("ann",))):
        assert connection.add(f"cn={cn},{GROUPS_DN}", ["groupOfNames", "extensibleObject"], {
            "cn": cn, "member": [person(u) for u in members],
            "mail": f"{mail}@{DOMAIN}"}), connection.result
    connection.unbind()
    return server


def to_users(wizard, qtbot, server):
    """Sign in, choose the members of Mail Users with groups as lists, list."""
    connection, directory, users, _ = wizard.pages
    slapd_form(connection, server)
    qtbot.mouseClick(connection.test_button, Qt.MouseButton.LeftButton)
    wait_complete(qtbot, connection)
    wizard.session.profile = replace(wizard.session.profile, member_of=(MAIL_USERS,),
                                     groups_as_lists=True)
    press_next(wizard)
    directory.binding_edit.setText(seed.BASE_DN)
    directory.target.domain_combo.setEditText(DOMAIN)
    wait_complete(qtbot, directory)
    press_next(wizard)
    wait_complete(qtbot, users, timeout=60_000)
    return users


def untick_user(users, uid):
    model = users.model
    for row in range(model.rowCount()):
        if model.index(row, 0).data(ENTRY_ROLE).user.dn == person(uid):
            model.setData(model.index(row, 0), Qt.CheckState.Unchecked.value,
                          Qt.ItemDataRole.CheckStateRole)
            return
    raise AssertionError(f"{uid} is not shown")


def ticked_uids(users) -> set[str]:
    return {e.user.username for e in users.model.checked_entries()}


def created(database) -> tuple[list[str], list[str]]:
    with sqlite3.connect(database) as db:
        return (sorted(r[0] for r in db.execute("SELECT local_part FROM users")),
                sorted(r[0] for r in db.execute("SELECT local_part FROM lists")))


def test_lists_counted_apart_an_unticked_list_not_created_and_left_out_said_so(
        real_wizard, lab, qtbot):
    wizard = real_wizard
    users = to_users(wizard, qtbot, lab)
    # an empty database: nothing "already exists"; the rest is left out by the group choice
    hidden = users.hidden_label.text()
    assert "left out by the choice of who to import" in hidden
    assert "already exist" not in hidden
    left_out = [e for e in wizard.session.plan.entries if e.status != NEW]
    assert all(e.reason.startswith("left out by the choice of who to import: not a member")
               for e in left_out if e.user.username == "eve")
    users.lists_view.set_ticked(f"sales@{DOMAIN}", False)
    press_next(wizard)
    importing = wizard.currentPage()
    summary = importing.summary_label.text()
    assert "users 3, aliases 0, mailing lists 1." in summary
    assert "Hidden because they already exist: 0;" in summary
    qtbot.mouseClick(importing.import_button, Qt.MouseButton.LeftButton)
    wait_complete(qtbot, importing)
    assert "created users 3, aliases 0, mailing lists 1;" in importing.result_label.text()
    assert "users 3, aliases 0, mailing lists 1." in importing.summary_label.text()
    assert created(wizard.session.database_path) == (["ann", "bob", "kim"], ["staff"])


def test_listing_again_keeps_the_ticks_of_entries_and_lists_still_there(
        real_wizard, lab, qtbot):
    wizard = real_wizard
    users = to_users(wizard, qtbot, lab)
    untick_user(users, "kim")
    users.lists_view.set_ticked(f"sales@{DOMAIN}", False)
    assert ticked_uids(users) == {"ann", "bob"}
    qtbot.mouseClick(users.list_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: users.complete_listing and not users.task.running, timeout=60_000)
    assert ticked_uids(users) == {"ann", "bob"}
    assert [e.local_part for e in users.lists_view.chosen_lists()] == ["staff"]


def test_an_import_after_the_database_changed_stops_with_the_new_numbers_and_writes_nothing(
        real_wizard, lab, qtbot):
    wizard = real_wizard
    users = to_users(wizard, qtbot, lab)
    press_next(wizard)
    importing = wizard.currentPage()
    assert "users 3, aliases 0, mailing lists 2." in importing.summary_label.text()
    # meanwhile another import of bob, through the engine
    plan = wizard.session.plan
    bob = [e for e in plan.entries if e.user.dn == person("bob")]
    with UserDatabase.open(wizard.session.database_path, write=True, create=True) as database:
        run_import(database, plan, bob, lists=[], profile="another job")
    before = created(wizard.session.database_path)
    qtbot.mouseClick(importing.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "changed since these numbers" in importing.summary_label.text(),
                    timeout=30_000)
    assert "would create: users 2, aliases 0, mailing lists 2." in (
        importing.summary_label.text())
    assert created(wizard.session.database_path) == before == (["bob"], [])
    assert not importing.import_button.isEnabled()
    wizard.back()  # the Users page lists and plans again: bob exists now
    qtbot.waitUntil(lambda: users.complete_listing and ticked_uids(users) == {"ann", "kim"},
                    timeout=60_000)
    bob_now = next(e for e in wizard.session.plan.entries if e.user.dn == person("bob"))
    assert bob_now.reason.startswith("already imported")


def test_cancel_during_the_import_lands_nothing(real_wizard, lab, qtbot, monkeypatch):
    wizard = real_wizard
    to_users(wizard, qtbot, lab)
    press_next(wizard)
    importing = wizard.currentPage()
    reached = threading.Event()

    def held(*args, should_cancel, on_progress, **kwargs):
        def progress(done, total):  # the first chunk is written: wait for Cancel here
            on_progress(done, total)
            reached.set()
            should_cancel.__self__.wait(30)  # the task's cancel event
        return importing_operation.import_selection(
            *args, should_cancel=should_cancel, on_progress=progress, **kwargs)

    monkeypatch.setattr(import_page, "import_selection", held)
    qtbot.mouseClick(importing.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(reached.is_set, timeout=30_000)
    with qtbot.waitSignal(importing.task.cancelled, timeout=30_000):
        qtbot.mouseClick(importing.cancel_button, Qt.MouseButton.LeftButton)
    assert "nothing was changed" in importing.result_label.text().lower()
    assert created(wizard.session.database_path) == ([], [])


def test_the_window_and_the_command_line_make_the_same_plan_and_batch_of_one_job(
        real_wizard, lab, qtbot, tmp_path, capsys, monkeypatch):
    wizard = real_wizard
    to_users(wizard, qtbot, lab)
    press_next(wizard)
    importing = wizard.currentPage()
    job = replace(wizard.session.profile, name="opimport")
    wizard.context.profiles.save(replace(job, database=str(tmp_path / "cli.sqlite")))
    monkeypatch.setenv("LDAPWIZARD_PASSWORD", READER_PASSWORD)
    assert run(["preview", "--profile", "opimport"]) == 0
    printed = capsys.readouterr().out
    assert f"Plan {short_id(importing.identity)}: " in printed
    assert "3 users, 0 aliases and 2 mailing lists" in printed

    qtbot.mouseClick(importing.import_button, Qt.MouseButton.LeftButton)
    wait_complete(qtbot, importing)
    assert run(["import", "--profile", "opimport", "--all",
                "--expect-plan", short_id(importing.identity)]) == 0
    assert "5 created (3 users, 0 aliases and 2 mailing lists), 0 skipped" in (
        capsys.readouterr().out)
    assert created(tmp_path / "cli.sqlite") == created(wizard.session.database_path) == (
        ["ann", "bob", "kim"], ["sales", "staff"])
