"""The Import page as an admin walks it: undo asks and leaves no stale word behind, Back then
Next shows the import that was made instead of offering it again, every write is logged, the
Batches… dialog undoes (and refuses in words), and Mail server set-up… gives the next command."""

from __future__ import annotations

import csv
import logging
import shlex
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ldapwizard.cli import build_parser
from ldapwizard.core.maildb import accounts
from ldapwizard.core.maildb.database import UserDatabase
from ldapwizard.gui import messages
from ldapwizard.gui.dialogs.mailserver_dialog import MailServerDialog
from ldapwizard.gui.models.batches_model import BATCH_ROLE
from ldapwizard.gui.models.report_model import ReportModel
from tests.gui.driving import press_next, wait_complete


def to_import_page(wizard, qtbot):
    """Sign in to the demo directory, list, and press Next to the Import page."""
    connection, _, users, importing = wizard.pages
    qtbot.mouseClick(connection.test_button, Qt.MouseButton.LeftButton)
    wait_complete(qtbot, connection)
    press_next(wizard)
    press_next(wizard)
    wait_complete(qtbot, users)
    press_next(wizard)
    assert wizard.currentPage() is importing
    return importing


def import_all(importing, qtbot):
    qtbot.mouseClick(importing.import_button, Qt.MouseButton.LeftButton)
    wait_complete(qtbot, importing)
    return importing.wizard().session.report


def statuses(model) -> set[str]:
    return {model.data(model.index(row, 0)) for row in range(model.rowCount())}


def count(database, sql: str) -> int:
    with sqlite3.connect(database) as db:
        return db.execute(sql).fetchone()[0]


@pytest.fixture
def asked(monkeypatch):
    """Every question of messages.confirm, answered Yes; `asked.answer` changes the answer."""
    questions = []

    def confirm(parent, title, text):
        questions.append((title, text))
        return confirm.answer

    confirm.answer = True
    confirm.questions = questions
    monkeypatch.setattr(messages, "confirm", confirm)
    return confirm


def test_undo_asks_with_the_numbers_then_the_page_and_a_saved_report_say_undone(
        demo_wizard, qtbot, tmp_path, asked, caplog, qtmodeltester):
    caplog.set_level(logging.INFO, logger="ldapwizard")
    wizard = demo_wizard
    importing = to_import_page(wizard, qtbot)
    report = import_all(importing, qtbot)
    database = wizard.session.database_path
    created = report.count("created")
    aliases = count(database, f"SELECT count(*) FROM aliases WHERE batch_id = {report.batch_id}")
    assert "Created" in statuses(importing.report_model)

    asked.answer = False  # "No" leaves everything as it is
    qtbot.mouseClick(importing.undo_button, Qt.MouseButton.LeftButton)
    _, question = asked.questions[-1]
    assert f"removes the {created} users and {aliases} aliases" in question
    assert count(database, "SELECT count(*) FROM users WHERE auth = 'directory'") == created

    asked.answer = True
    qtbot.mouseClick(importing.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "undone" in importing.result_label.text(), timeout=30_000)
    assert count(database, "SELECT count(*) FROM users WHERE auth = 'directory'") == 0
    assert "will be created" not in importing.summary_label.text()
    assert "was undone" in importing.summary_label.text()
    shown = statuses(importing.report_model)
    assert "Undone" in shown and "Created" not in shown
    assert not importing.undo_button.isEnabled() and not importing.import_button.isEnabled()
    qtmodeltester.check(importing.report_model)
    importing.save_report_to(str(tmp_path / "after-undo.csv"))
    with (tmp_path / "after-undo.csv").open(encoding="utf-8-sig", newline="") as f:
        saved = [row["status"] for row in csv.DictReader(f)]
    assert saved.count("undone") == created and "created" not in saved

    logged = [r.getMessage() for r in caplog.records]
    assert f"import from the window: batch {report.batch_id} into demo.example" in \
        "\n".join(logged)
    assert any(f"undo from the window: batch {report.batch_id}: removed {created} users" in m
               for m in logged)

    # the Users page's plan was made before the undo: it lists again, then import is offered
    stale = wizard.session.plan
    users = wizard.pages[2]
    wizard.back()
    wizard.back()
    press_next(wizard)
    qtbot.waitUntil(lambda: wizard.session.plan is not None
                    and wizard.session.plan is not stale, timeout=30_000)
    wait_complete(qtbot, users)
    press_next(wizard)
    assert "will be created" in importing.summary_label.text()
    assert importing.import_button.isEnabled()


def test_back_then_next_after_an_import_shows_that_import_and_its_undo(
        demo_wizard, qtbot, asked):
    wizard = demo_wizard
    importing = to_import_page(wizard, qtbot)
    report = import_all(importing, qtbot)
    database = wizard.session.database_path
    wizard.back()
    press_next(wizard)
    assert wizard.currentPage() is importing
    text = importing.result_label.text()
    assert f"Batch {report.batch_id}: created users {report.count('created')}, " in text
    assert "Nothing has been written yet" not in text
    assert "will be created" not in importing.summary_label.text()
    assert not importing.import_button.isEnabled()  # no second, empty batch
    assert importing.undo_button.isEnabled()
    assert importing.isComplete()  # Finish stays offered
    importing.start_import()  # even if asked directly
    assert count(database, "SELECT count(*) FROM batches") == 1
    qtbot.mouseClick(importing.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "undone" in importing.result_label.text(), timeout=30_000)
    with sqlite3.connect(database) as db:
        assert db.execute("SELECT id FROM batches WHERE undone_at IS NOT NULL").fetchall() == [
            (report.batch_id,)]
        assert db.execute("SELECT count(*) FROM users WHERE batch_id IS NOT NULL"
                          ).fetchone()[0] == 0


def test_the_batches_dialog_lists_undoes_and_forces_only_after_a_second_question(
        demo_wizard, qtbot, asked, qtmodeltester):
    wizard = demo_wizard
    importing = to_import_page(wizard, qtbot)
    report = import_all(importing, qtbot)
    database = wizard.session.database_path
    first = next(line for line in report.lines if line.status == "created")
    with UserDatabase.open(database, write=True) as db, db.transaction() as conn:
        # an alias made by hand after the import, forwarding to an imported user
        accounts.add_alias(conn, db.domain_id("demo.example"), "by-hand", [first.address],
                           None)

    dialog = importing.batches_dialog()  # as the Batches… button makes it
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    batch = dialog.model.data(dialog.model.index(0, 0), BATCH_ROLE)
    assert (batch.id, batch.kind, batch.profile) == (report.batch_id, "import",
                                                      "Demo directory")
    row = [dialog.model.data(dialog.model.index(0, c)) for c in range(8)]
    assert row[2] == "import" and row[3] == "Demo directory" and row[4]  # who ran it
    assert row[6].startswith(f"{report.count('created')} created") and row[7] == ""
    assert dialog.undo_button.isEnabled() and dialog.force_button.isHidden()

    dialog.undo()
    qtbot.waitUntil(lambda: not dialog.task.running)
    assert "cannot be undone cleanly" in dialog.message.text()
    assert f"alias by-hand@demo.example (not from this batch) forwards to {first.address}" \
        in dialog.message.text()
    assert not dialog.force_button.isHidden() and dialog.force_button.isEnabled()

    asked.answer = False
    dialog.force_button.click()
    assert "anyway" in asked.questions[-1][1]
    assert not dialog.task.running and count(database, "SELECT count(*) FROM users") > 0

    asked.answer = True
    with qtbot.waitSignal(dialog.batch_undone, timeout=30_000):
        dialog.force_button.click()
    assert "forced: alias by-hand@demo.example" in dialog.message.text()
    assert count(database, "SELECT count(*) FROM users WHERE batch_id IS NOT NULL") == 0
    assert count(database, "SELECT count(*) FROM aliases WHERE local_part = 'by-hand'") == 0
    # the dialog shows it undone, refuses a second undo in words, and the page follows
    assert dialog.model.data(dialog.model.index(0, 7)) != ""
    assert "already undone" in dialog.model.data(dialog.model.index(0, 0),
                                                 Qt.ItemDataRole.ToolTipRole)
    assert not dialog.undo_button.isEnabled() and dialog.force_button.isHidden()
    assert "undone" in importing.result_label.text()
    assert not importing.undo_button.isEnabled()
    assert "Undone" in statuses(importing.report_model)


def test_mail_server_set_up_shows_the_render_command_for_this_database(
        demo_wizard, qtbot):
    wizard = demo_wizard
    importing = to_import_page(wizard, qtbot)
    import_all(importing, qtbot)
    database = wizard.session.database_path
    assert importing.mail_button.isEnabled()
    dialog = MailServerDialog(database, importing)
    qtbot.addWidget(dialog)
    words = shlex.split(dialog.command())
    assert words[:3] == ["ldapwizard", "mailstack", "render"]
    args = build_parser().parse_args(words[1:])  # what the command line accepts
    assert (args.db, args.out) == (str(database.absolute()), "mail-server")
    assert (args.tls_cert, args.tls_key) == ("/etc/ssl/certs/mail.pem",
                                             "/etc/ssl/private/mail.key")
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == dialog.command()
    texts = " ".join(label.text() for label in dialog.findChildren(type(dialog.message)))
    assert "docs/mail-server.md" in texts
    assert "Serving the imported users with Postfix and Dovecot" in texts


def test_the_report_model_words_every_status_and_passes_the_model_tester(qtmodeltester):
    from ldapwizard.core.maildb.importer import ReportLine

    lines = [ReportLine(status, "u", "u@x.example", "U", "why", "uid=u", "1")
             for status in ("created", "undone", "disabled", "left")]
    model = ReportModel(preview=True)
    model.set_lines(lines)
    qtmodeltester.check(model)
    assert statuses(model) == {"Will be created", "Undone", "Will be disabled", "Left"}


def test_every_mnemonic_on_the_import_page_and_its_dialogs_is_its_own(demo_wizard, qtbot,
                                                                      tmp_path):
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel, QWizard

    def letters(widgets) -> list[str]:
        found = []
        for widget in widgets:
            match = re.search(r"&(\w)", widget.text().replace("&&", ""))
            if match:
                found.append(match.group(1).lower())
        return found

    wizard = demo_wizard
    importing = wizard.pages[3]
    own = importing.findChildren(QAbstractButton) + importing.findChildren(QLabel)
    wizard_buttons = [wizard.button(b) for b in (
        QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
        QWizard.WizardButton.FinishButton, QWizard.WizardButton.CustomButton1)]
    used = letters(own + wizard_buttons)
    assert len(used) == len(set(used)) >= 12, sorted(used)
    for dialog in (importing.batches_dialog(), MailServerDialog(tmp_path / "x.sqlite")):
        qtbot.addWidget(dialog)
        used = letters(dialog.findChildren(QAbstractButton) + dialog.findChildren(QLabel))
        assert len(used) == len(set(used)), sorted(used)


def test_with_nothing_ticked_the_import_page_makes_no_empty_batch(demo_wizard, qtbot):
    wizard = demo_wizard
    importing = to_import_page(wizard, qtbot)
    wizard.session.selected = []  # as a sync-only visit would arrive
    importing.initializePage()
    assert ("users 0, aliases 0, mailing lists 0."
            in importing.summary_label.text())
    assert not importing.import_button.isEnabled()
    importing.start_import()
    assert "nothing to import" in importing.result_label.text()
    assert not importing.task.running
    assert not wizard.session.database_path.exists() or count(
        wizard.session.database_path, "SELECT count(*) FROM batches") == 0


def test_a_refused_undo_on_the_page_points_to_batches_not_to_a_command_line_option(
        demo_wizard, qtbot, asked, monkeypatch):
    shown = []
    monkeypatch.setattr("ldapwizard.gui.pages.import_page.show_error",
                        lambda parent, error: shown.append(error))
    wizard = demo_wizard
    importing = to_import_page(wizard, qtbot)
    report = import_all(importing, qtbot)
    first = next(line for line in report.lines if line.status == "created")
    with UserDatabase.open(wizard.session.database_path, write=True) as db, \
            db.transaction() as conn:
        accounts.add_alias(conn, db.domain_id("demo.example"), "by-hand", [first.address])
    qtbot.mouseClick(importing.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    text = importing.result_label.text()
    assert "cannot be undone cleanly" in text and "Batches… to undo it anyway" in text
    assert "--force" not in text and "--force" not in (shown[0].hint or "")
    assert "by-hand@demo.example" in shown[0].detail
    assert importing.undo_button.isEnabled()  # nothing changed: it may be tried again
