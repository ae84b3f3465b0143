"""Closing the window never drops work or edits silently (issue 27): Esc, Cancel and the close
button ask while an import runs (stopping it lands nothing) and when a saved job has edits
that are not saved (Save / Discard / Cancel); with neither, the window closes at once."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from ldapwizard.core.job.profiles import ProfileStore
from ldapwizard.core.maildb import importer
from ldapwizard.gui import messages
from tests.gui.driving import press_next, slapd_form, to_users_page, wait_complete
from tests.servers import seed

pytestmark = pytest.mark.slapd


def count(path, table: str) -> int:
    with sqlite3.connect(path) as db:
        return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_esc_during_an_import_asks_and_stopping_it_lands_nothing(
        real_wizard, slapd_server, qtbot, monkeypatch):
    wizard = real_wizard
    users, importing = wizard.pages[2:]
    to_users_page(wizard, qtbot, slapd_server)
    wait_complete(qtbot, users, timeout=60_000)
    press_next(wizard)
    # the import is held in its first chunk until the window has asked and answered (as an
    # import of a few thousand users still runs 150 ms after Import): deterministic, no sleep
    write_entries = importer.write_entries

    def held(*args, **kwargs):
        importing.task._cancel.wait(60)  # the run's own cancel event, set by the answer
        return write_entries(*args, **kwargs)

    monkeypatch.setattr(importer, "write_entries", held)
    asked = []
    monkeypatch.setattr(messages, "confirm",
                        lambda parent, title, text: asked.append(text) or True)
    qtbot.mouseClick(importing.import_button, Qt.MouseButton.LeftButton)
    assert importing.task.running
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert asked == ["Stop the import and close? Nothing will be imported."]
    assert not wizard.isVisible()
    database = wizard.session.database_path
    assert count(database, "users") == 0 and count(database, "batches") == 0


def test_cancel_while_importing_keeps_the_window_when_the_admin_says_no(
        real_wizard, slapd_server, qtbot, monkeypatch):
    wizard = real_wizard
    users, importing = wizard.pages[2:]
    to_users_page(wizard, qtbot, slapd_server)
    wait_complete(qtbot, users, timeout=60_000)
    press_next(wizard)
    write_entries = importer.write_entries
    answered = []

    def held(*args, **kwargs):
        importing.task._cancel.wait(60)
        return write_entries(*args, **kwargs)

    monkeypatch.setattr(importer, "write_entries", held)
    monkeypatch.setattr(messages, "confirm",
                        lambda parent, title, text: answered.append(text) and False)
    qtbot.mouseClick(importing.import_button, Qt.MouseButton.LeftButton)
    wizard.button(wizard.WizardButton.CancelButton).click()
    assert answered and wizard.isVisible() and importing.task.running
    importing.task.cancel()  # let the held run end: nothing lands
    qtbot.waitUntil(lambda: not importing.task.running, timeout=60_000)
    assert count(wizard.session.database_path, "users") == 0


class CloseButton(QCloseEvent):
    """The close event the window system sends when the admin clicks the title bar's X."""

    def spontaneous(self) -> bool:
        return True


def _answer(qtbot, button: QMessageBox.StandardButton, seen: list) -> None:
    """Press `button` on the question box the window is about to show."""
    def press():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.button(button).click()
    QTimer.singleShot(0, press)


# the offscreen platform says so of every real message box shown
real_box = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@real_box
def test_esc_with_unsaved_edits_asks_save_discard_or_cancel(
        real_wizard, slapd_server, qtbot, monkeypatch):
    wizard = real_wizard
    connection = wizard.pages[0]
    slapd_form(connection, slapd_server)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Job", True))
    qtbot.mouseClick(connection.profile_bar.save_button, Qt.MouseButton.LeftButton)
    connection.user_edit.setText("cn=someone else,dc=example,dc=com")

    seen: list[str] = []
    _answer(qtbot, QMessageBox.StandardButton.Cancel, seen)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert seen == ["The job \u201cJob\u201d has changes that are not saved. Save them "
                    "before closing?"]
    assert wizard.isVisible()
    assert ProfileStore().load("Job").bind_user == slapd_server.reader_dn

    _answer(qtbot, QMessageBox.StandardButton.Save, seen)
    wizard.closeEvent(CloseButton())
    assert len(seen) == 2 and not wizard.isVisible()
    assert ProfileStore().load("Job").bind_user == "cn=someone else,dc=example,dc=com"


@real_box
def test_discard_closes_and_keeps_the_saved_record(real_wizard, slapd_server, qtbot,
                                                   monkeypatch):
    wizard = real_wizard
    connection = wizard.pages[0]
    slapd_form(connection, slapd_server)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Job", True))
    qtbot.mouseClick(connection.profile_bar.save_button, Qt.MouseButton.LeftButton)
    connection.host_edit.setText("elsewhere.example")
    seen: list[str] = []
    _answer(qtbot, QMessageBox.StandardButton.Discard, seen)
    wizard.button(wizard.WizardButton.CancelButton).click()
    assert len(seen) == 1 and not wizard.isVisible()
    assert ProfileStore().load("Job").host == slapd_server.host



@real_box
def test_an_edit_on_the_directory_page_is_asked_about_before_next(
        real_wizard, slapd_server, qtbot, monkeypatch):
    """A saved job's filter changed on the Directory page, then Esc at once (no Next): the
    window asks, and Save keeps the filter as typed."""
    wizard = real_wizard
    connection, directory = wizard.pages[:2]
    slapd_form(connection, slapd_server)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Job", True))
    qtbot.mouseClick(connection.test_button, Qt.MouseButton.LeftButton)
    wait_complete(qtbot, connection)
    press_next(wizard)
    directory.binding_edit.setText(seed.BASE_DN)
    directory.target.domain_combo.setEditText(seed.MAIL_DOMAIN)
    qtbot.mouseClick(connection.profile_bar.save_button, Qt.MouseButton.LeftButton)
    assert not connection.profile_bar.edited()
    directory.filter_edit.setText("(&(objectClass=inetOrgPerson)(ou=sales))")

    seen: list[str] = []
    _answer(qtbot, QMessageBox.StandardButton.Save, seen)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert seen == ["The job \u201cJob\u201d has changes that are not saved. Save them "
                    "before closing?"]
    assert ProfileStore().load("Job").filter == "(&(objectClass=inetOrgPerson)(ou=sales))"


def test_stopping_an_import_that_had_already_written_shows_it_instead_of_closing(
        real_wizard, slapd_server, qtbot, monkeypatch):
    wizard = real_wizard
    users, importing = wizard.pages[2:]
    to_users_page(wizard, qtbot, slapd_server)
    wait_complete(qtbot, users, timeout=60_000)
    press_next(wizard)
    # held after its last cancel check, so the stop comes too late: the import commits
    finish_batch = importer.finish_batch
    reached = threading.Event()

    def held(*args, **kwargs):
        reached.set()
        importing.task._cancel.wait(60)
        return finish_batch(*args, **kwargs)

    monkeypatch.setattr(importer, "finish_batch", held)
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text: True)
    told = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda parent, title, text: told.append(text))
    qtbot.mouseClick(importing.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(reached.is_set, timeout=60_000)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    created = count(wizard.session.database_path, "users")
    assert created > 0
    assert wizard.isVisible() and wizard.currentPage() is importing
    assert told and "already written" in told[0]
    assert f"Batch 1: created users {created}," in importing.result_label.text()

