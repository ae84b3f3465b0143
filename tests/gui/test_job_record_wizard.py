"""The job record in the window: what the admin set on every page is saved with the profile,
a scheduled job runs exactly that, and the next start shows it again."""

from __future__ import annotations

import shlex
import sqlite3
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from ldapwizard.core.job.context import AppContext
from ldapwizard.core.job.profiles import Profile
from ldapwizard.gui.dialogs.schedule_dialog import ScheduleDialog
from ldapwizard.gui.wizard import LdapWizard
from tests.gui.driving import press_next, slapd_form, wait_complete
from tests.servers import seed
from tests.servers.directory_edits import add_person
from tests.servers.seed import READER_PASSWORD

pytestmark = pytest.mark.slapd


def rows(path) -> set[tuple]:
    with sqlite3.connect(path) as db:
        return set(db.execute("SELECT local_part, username, display_name, directory_dn, "
                              "enabled FROM users"))


def test_the_scheduled_job_repeats_the_preview_and_the_next_start_restores_it(
        real_wizard, make_slapd, qtbot, monkeypatch, tmp_path):
    server = make_slapd()
    wizard = real_wizard
    connection, directory, users, importing = wizard.pages
    slapd_form(connection, server)
    connection.remember_check.setChecked(True)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Job", True))
    qtbot.mouseClick(connection.profile_bar.save_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(connection.test_button, Qt.MouseButton.LeftButton)
    wait_complete(qtbot, connection)
    press_next(wizard)

    # below the root, the full address as the username, and a mapping of our own
    directory.binding_edit.setText(seed.PEOPLE_DN)
    directory.username_choice.button("address").setChecked(True)
    directory.advanced.setChecked(True)
    directory.display_attr.setText("sn")
    directory.target.domain_combo.setEditText(seed.MAIL_DOMAIN)
    press_next(wizard)
    wait_complete(qtbot, users, timeout=60_000)
    press_next(wizard)
    qtbot.mouseClick(importing.import_button, Qt.MouseButton.LeftButton)
    wait_complete(qtbot, importing)
    database = wizard.session.database_path
    imported = rows(database)
    assert imported and all(username == f"{local}@{seed.MAIL_DOMAIN}"
                            for local, username, *_ in imported)

    password_file = tmp_path / "job-password"
    password_file.write_text(READER_PASSWORD + "\n", encoding="utf-8")
    password_file.chmod(0o600)
    dialog = ScheduleDialog(wizard.session, wizard.context)  # as "Save as scheduled job…"
    qtbot.addWidget(dialog)
    dialog.password_file.setText(str(password_file))
    command = shlex.split(dialog.command_view.toPlainText())
    assert command[command.index("sync"):] == ["sync", "--profile=Job", "--password-file",
                                               str(password_file)]
    monkeypatch.setattr("ldapwizard.core.job.schedule.install", lambda job: "(not installed)")
    dialog.install_button.click()
    assert "Installed" in dialog.message.text()

    add_person(server, "newcomer")
    ran = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert ran.returncode == 0, ran.stdout + ran.stderr
    after = rows(database)
    assert after - imported == {("newcomer", f"newcomer@{seed.MAIL_DOMAIN}", "New",
                                 f"uid=newcomer,{seed.PEOPLE_DN}", 1)}
    assert imported <= after  # nothing else changed: same names, same mapping
    wizard.reject()

    second = LdapWizard(AppContext(database_path=tmp_path / "elsewhere.sqlite"))
    qtbot.addWidget(second)
    second.show()
    listed = second.pages[2]
    qtbot.waitUntil(lambda: second.currentPage() is listed, timeout=30_000)
    qtbot.waitUntil(lambda: listed.complete_listing and not listed.task.running,
                    timeout=60_000)
    first_page, directory_page = second.pages[:2]
    assert first_page.host_edit.text() == server.host
    assert first_page.port_spin.value() == server.ldap_port
    assert first_page.security_combo.currentData() == "starttls"
    assert directory_page.binding_edit.text() == seed.PEOPLE_DN
    assert directory_page.username_choice.button("address").isChecked()
    assert directory_page.display_attr.text() == "sn"
    assert directory_page.target.domain_combo.currentText() == seed.MAIL_DOMAIN
    assert directory_page.target.db_edit.text() == str(database)
    # everyone is imported: nothing new, every imported user hidden as such
    assert second.session.plan.counts["new"] == 0
    assert second.session.plan.counts["hidden"] == len(after)
    for page in second.pages:
        page.task.cancel()
        page.task.wait()


def test_new_profile_starts_from_empty_fields_on_every_page(real_wizard, slapd_server, qtbot):
    wizard = real_wizard
    connection, directory = wizard.pages[:2]
    wizard.context.profiles.save(Profile(
        name="Old", host="dc1.corp.example", binding="LDAP://dc1.corp.example/DC=corp,DC=example",
        domain="corp.example", email_as_username=True))
    connection.initializePage()
    for index in (connection.profile_bar.combo.findData("Old"), 0):  # then "(new profile)"
        connection.profile_bar.combo.setCurrentIndex(index)
        connection.profile_bar.combo.activated.emit(index)
    assert connection.host_edit.text() == "" and connection.password_edit.text() == ""
    assert wizard.session.profile == Profile()
    slapd_form(connection, slapd_server)
    connection.test_button.click()
    wait_complete(qtbot, connection)  # no stale binding host to contradict the host field
    press_next(wizard)
    assert directory.binding_edit.text() == seed.BASE_DN  # the server's, not the old one
    assert directory.target.domain_combo.currentText() == ""
    assert not directory.username_choice.button("address").isChecked()
