"""The first run is remembered (issue 27): the Import page saves the job under a name the admin
sees ("Save this job as"), so after Import, Finish and a restart the profile is listed and its
sync updates and removes the users it imported; a first save offers to take over what the
server's unsaved job imported before."""

from __future__ import annotations

import sqlite3

import ldap3
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QWizard

from ldapwizard.cli import run
from ldapwizard.core.job.context import AppContext
from ldapwizard.core.job.profiles import ProfileStore
from ldapwizard.gui.widgets import profile_bar
from ldapwizard.gui.wizard import LdapWizard
from tests.gui.driving import press_next, slapd_form, to_users_page, wait_complete
from tests.servers import seed
from tests.servers.directory_edits import add_person, admin, delete_people
from tests.servers.seed import READER_PASSWORD
from tests.servers.slapd_access import connection_args

pytestmark = pytest.mark.slapd


def users(path) -> dict[str, tuple]:
    with sqlite3.connect(path) as db:
        return {local: (name, enabled, owner) for local, name, enabled, owner in db.execute(
            "SELECT local_part, display_name, enabled, profile FROM users")}


def test_the_first_import_saves_the_job_and_a_restart_and_its_sync_know_it(
        real_wizard, make_slapd, qtbot, monkeypatch, tmp_path):
    server = make_slapd()
    add_person(server, "stayer")
    add_person(server, "leaver")
    wizard = real_wizard
    users_page, importing = wizard.pages[2:]
    to_users_page(wizard, qtbot, server)
    wait_complete(qtbot, users_page, timeout=60_000)
    press_next(wizard)
    name = f"{seed.MAIL_DOMAIN} from {server.host}"
    assert importing.job_name.isVisible() and importing.job_name.edit.text() == name
    importing.job_name.edit.setText("")  # a name is needed, said in the page
    qtbot.mouseClick(importing.import_button, Qt.MouseButton.LeftButton)
    assert "A profile needs a name." in importing.job_name.problem.text()
    assert ProfileStore().names() == []
    importing.job_name.edit.setText("Staff")
    qtbot.mouseClick(importing.import_button, Qt.MouseButton.LeftButton)
    wait_complete(qtbot, importing, timeout=60_000)
    saved = ProfileStore().load("Staff")
    database = wizard.session.database_path
    assert saved.job_id and saved.database == str(database)
    assert users(database)["stayer"][2] == saved.job_id
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert not wizard.isVisible()

    second = LdapWizard(AppContext(database_path=tmp_path / "elsewhere.sqlite"))
    qtbot.addWidget(second)
    second.show()
    assert second.session.profile.name == "Staff"
    assert second.pages[0].profile_bar.combo.findData("Staff") >= 0
    assert not second.pages[3].job_name.needed()

    connection = admin(server)
    assert connection.modify(f"uid=stayer,{seed.PEOPLE_DN}",
                             {"displayName": [(ldap3.MODIFY_REPLACE, ["Stayer Renamed"])]})
    connection.unbind()
    delete_people(server, [f"uid=leaver,{seed.PEOPLE_DN}"])
    monkeypatch.setenv("LDAPWIZARD_PASSWORD", READER_PASSWORD)
    assert run(["sync", "--profile", "Staff", "--remove-missing"]) == 0
    after = users(database)
    assert after["stayer"] == ("Stayer Renamed", 1, saved.job_id)
    assert after["leaver"][1] == 0


def test_the_first_save_offers_to_take_over_the_unsaved_jobs_users(
        real_wizard, slapd_server, qtbot, monkeypatch, tmp_path):
    database = tmp_path / "users.sqlite"  # the window's default database
    monkeypatch.setenv("LDAPWIZARD_PASSWORD", READER_PASSWORD)
    assert run(["import", *connection_args(slapd_server), "--domain", seed.MAIL_DOMAIN,
                "--db", str(database), "--all"]) == 0
    before = users(database)
    assert {owner for *_, owner in before.values()} == {slapd_server.host}
    wizard = real_wizard
    connection = wizard.pages[0]
    slapd_form(connection, slapd_server)
    asked = []
    monkeypatch.setattr(profile_bar, "confirm",
                        lambda parent, title, text: asked.append(text) or True)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Job", True))
    qtbot.mouseClick(connection.profile_bar.save_button, Qt.MouseButton.LeftButton)
    job_id = ProfileStore().load("Job").job_id
    assert len(asked) == 1 and f"users {len(before)}," in asked[0]
    assert {owner for *_, owner in users(database).values()} == {job_id}
