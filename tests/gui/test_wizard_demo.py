"""The whole wizard on the demo directory, driven like a user with mouse and keyboard."""

from __future__ import annotations

import csv
import sqlite3

from PySide6.QtCore import Qt

from tests.gui.driving import press_next, wait_complete


def test_a_demo_import_from_start_to_finish_and_undo(demo_wizard, qtbot, tmp_path):
    wizard = demo_wizard
    connection, directory, users, importing = wizard.pages
    assert not connection.isComplete()  # Next only after a successful sign-in
    qtbot.mouseClick(connection.test_button, Qt.MouseButton.LeftButton)
    wait_complete(qtbot, connection)
    assert "✓" in connection.result_label.text()
    press_next(wizard)

    assert directory.binding_edit.text() == "DC=demo,DC=example"
    assert directory.target.domain_combo.currentText() == "demo.example"
    wait_complete(qtbot, directory)
    press_next(wizard)

    wait_complete(qtbot, users)  # the listing starts by itself
    assert "complete" in users.message_label.text()
    assert users.hidden_label.isVisible()
    hidden = wizard.session.plan.count("hidden")
    assert hidden >= 5  # the demo database holds some of the directory's addresses
    assert users.hidden_label.text().startswith(f"{hidden} hidden because they already exist")
    shown = users.model.rowCount()
    users.show_hidden.setChecked(True)
    assert users.model.rowCount() == shown + hidden
    users.filter_edit.setText("garcía")
    assert 0 < users.model.rowCount() < shown
    users.filter_edit.clear()
    qtbot.mouseClick(users.none_button, Qt.MouseButton.LeftButton)
    assert not users.isComplete()  # nothing ticked, nothing to import
    qtbot.mouseClick(users.all_button, Qt.MouseButton.LeftButton)
    wait_complete(qtbot, users)
    users.export_to(str(tmp_path / "preview.csv"))
    with (tmp_path / "preview.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == len(wizard.session.plan.entries)
    assert {"hidden", "problem", "new"} <= {r["status"] for r in rows}
    press_next(wizard)

    assert "Nothing has been written yet" in importing.result_label.text()
    database = wizard.session.database_path
    qtbot.mouseClick(importing.import_button, Qt.MouseButton.LeftButton)
    wait_complete(qtbot, importing)
    report = wizard.session.report
    assert report.count("created") == len(wizard.session.selected) > 200
    assert importing.report_model.rowCount() == len(report.lines)
    with sqlite3.connect(database) as db:
        assert db.execute("SELECT count(*) FROM users WHERE auth = 'directory'"
                          ).fetchone()[0] == report.count("created")
    importing.save_report_to(str(tmp_path / "report.csv"))
    assert (tmp_path / "report.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    importing.undo_import(confirm=False)
    qtbot.waitUntil(lambda: "undone" in importing.result_label.text(), timeout=30_000)
    with sqlite3.connect(database) as db:
        assert db.execute("SELECT count(*) FROM users WHERE auth = 'directory'"
                          ).fetchone()[0] == 0


def test_binding_string_errors_show_inline_with_position(demo_wizard, qtbot):
    wizard = demo_wizard
    connection, directory = wizard.pages[:2]
    qtbot.mouseClick(connection.test_button, Qt.MouseButton.LeftButton)
    wait_complete(qtbot, connection)
    press_next(wizard)
    directory.binding_edit.clear()
    qtbot.keyClicks(directory.binding_edit, "LDAP://demo.example:99999/DC=demo")
    assert "port 99999 is out of range 1–65535 (position 20)" in \
        directory.binding_problem.text()
    assert not directory.isComplete()
    directory.binding_edit.setText("LDAP://demo.example/OU Staff,DC=demo")
    assert '"OU Staff" is not attribute=value (position 20)' in \
        directory.binding_problem.text()
    directory.binding_edit.setText("LDAP://demo.example/DC=demo,DC=example")
    assert directory.binding_problem.text() == ""
    assert directory.isComplete()


def test_a_demo_import_with_the_keyboard_only(demo_wizard, qtbot):
    from PySide6.QtWidgets import QApplication

    wizard = demo_wizard
    connection, directory, users, importing = wizard.pages
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)

    def keys(key, modifier=Qt.KeyboardModifier.AltModifier):
        qtbot.keyClick(QApplication.focusWidget() or wizard, key, modifier)

    keys(Qt.Key.Key_T)  # &Test connection
    wait_complete(qtbot, connection)
    keys(Qt.Key.Key_N)  # &Next
    qtbot.waitUntil(lambda: wizard.currentPage() is directory)
    wait_complete(qtbot, directory)
    keys(Qt.Key.Key_N)
    qtbot.waitUntil(lambda: wizard.currentPage() is users)
    wait_complete(qtbot, users)
    keys(Qt.Key.Key_F)  # &Filter: focus the filter box and type
    qtbot.keyClicks(QApplication.focusWidget(), "xenia")  # QTest types ASCII only
    assert users.filter_edit.hasFocus() and 0 < users.model.rowCount() < 50
    keys(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    keys(Qt.Key.Key_Backspace, Qt.KeyboardModifier.NoModifier)
    assert users.filter_edit.text() == ""
    keys(Qt.Key.Key_N)
    qtbot.waitUntil(lambda: wizard.currentPage() is importing)
    keys(Qt.Key.Key_I)  # &Import
    wait_complete(qtbot, importing)
    assert wizard.session.report.count("created") > 200
    keys(Qt.Key.Key_F)  # &Finish
    qtbot.waitUntil(lambda: not wizard.isVisible())


def test_changing_the_password_after_a_test_needs_a_new_test(demo_wizard, qtbot):
    connection = demo_wizard.pages[0]
    qtbot.mouseClick(connection.test_button, Qt.MouseButton.LeftButton)
    wait_complete(qtbot, connection)
    connection.password_edit.setText("something-else")
    assert not connection.isComplete()
    assert "test the connection again" in connection.result_label.text()


def test_going_back_and_changing_the_domain_lists_again(demo_wizard, qtbot):
    wizard = demo_wizard
    connection, directory, users = wizard.pages[:3]
    qtbot.mouseClick(connection.test_button, Qt.MouseButton.LeftButton)
    wait_complete(qtbot, connection)
    press_next(wizard)
    press_next(wizard)
    wait_complete(qtbot, users)
    assert wizard.session.plan.domain == "demo.example"
    wizard.back()
    directory.target.domain_combo.setEditText("elsewhere.example")
    press_next(wizard)
    qtbot.waitUntil(lambda: wizard.session.plan is not None
                    and wizard.session.plan.domain == "elsewhere.example", timeout=30_000)
    # every address is outside elsewhere.example now: nothing can be ticked
    assert not users.isComplete()


def test_a_demo_sync_after_narrowing_the_job_previews_the_leavers_from_the_demo_directory(
        demo_wizard, qtbot):
    """The sync preview reads users the listing lacks through the context's directory: in
    the demo, the bundled one, never a server named after its domain."""
    wizard = demo_wizard
    connection, directory, users, importing = wizard.pages
    qtbot.mouseClick(connection.test_button, Qt.MouseButton.LeftButton)
    wait_complete(qtbot, connection)
    press_next(wizard)
    wait_complete(qtbot, directory)
    press_next(wizard)
    wait_complete(qtbot, users)
    press_next(wizard)
    qtbot.mouseClick(importing.import_button, Qt.MouseButton.LeftButton)
    wait_complete(qtbot, importing)
    imported = wizard.session.report.count("created")
    wizard.back()
    wizard.back()
    directory.binding_edit.setText("OU=Support,OU=Company,DC=demo,DC=example")
    wait_complete(qtbot, directory)
    press_next(wizard)
    qtbot.waitUntil(lambda: users.complete_listing and not users.task.running
                    and wizard.session.sync_preview is not None, timeout=60_000)
    left = users.sync_view.left()  # outside OU=Support now: each named, with its reason
    assert 0 < len(left) < imported
    assert f"{len(left)} imported users" in wizard.session.sync_preview.stopped
    assert users.tabs.count() == 2
    assert "could not be worked out" not in users.message_label.text()
