"""Sync now against a real slapd: it lists afresh (never the Users page's older listing), asks
with what it would do now, runs exactly that or — the directory changed after the question —
writes nothing and asks with the new numbers; its plan is the command line's for the same job
record, and so is its batch."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from ldapwizard.cli import run
from ldapwizard.core.job.profiles import ProfileStore
from ldapwizard.core.maildb.importer import CREATED
from ldapwizard.gui import messages
from tests.gui.driving import press_next, slapd_form, wait_complete
from tests.servers import seed
from tests.servers.directory_edits import add_person, admin, delete_people
from tests.servers.seed import READER_PASSWORD

pytestmark = pytest.mark.slapd


@pytest.fixture
def small_slapd(make_slapd, tmp_path):
    ldif = tmp_path / "small.ldif"
    seed.write_ldif(ldif, users=20)
    server = make_slapd(ldif=ldif)
    for uid in ("leaver", "mover"):
        add_person(server, uid)
    return server


def imported(wizard, qtbot, server, monkeypatch):
    """Sign in, save the job as Lab, list, import everything; the Import page's Sync panel."""
    connection, directory, users_page, importing = wizard.pages
    slapd_form(connection, server)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Lab", True))
    qtbot.mouseClick(connection.profile_bar.save_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(connection.test_button, Qt.MouseButton.LeftButton)
    wait_complete(qtbot, connection)
    press_next(wizard)
    directory.binding_edit.setText(seed.BASE_DN)
    directory.target.domain_combo.setEditText(seed.MAIL_DOMAIN)
    press_next(wizard)
    wait_complete(qtbot, users_page, timeout=60_000)
    press_next(wizard)
    qtbot.mouseClick(importing.import_button, Qt.MouseButton.LeftButton)
    wait_complete(qtbot, importing)
    return importing.sync_panel


def settled(qtbot, panel):
    qtbot.waitUntil(lambda: panel.outcome is not None and not panel.running, timeout=30_000)
    return panel.outcome


def rows(database) -> dict[str, tuple]:
    with sqlite3.connect(database) as db:
        return {row[0]: row[1:] for row in db.execute(
            "SELECT local_part, enabled, directory_dn FROM users")}


def batch_count(database) -> int:
    with sqlite3.connect(database) as db:
        return db.execute("SELECT count(*) FROM batches").fetchone()[0]


def change_the_directory(server) -> None:
    """One user leaves, one is renamed, one arrives."""
    delete_people(server, [f"uid=leaver,{seed.PEOPLE_DN}"])
    connection = admin(server)
    assert connection.modify_dn(f"uid=mover,{seed.PEOPLE_DN}", "uid=moved")
    connection.unbind()
    add_person(server, "newcomer")


def test_sync_now_lists_afresh_shows_and_does_the_new_numbers(real_wizard, small_slapd, qtbot,
                                                              monkeypatch):
    wizard, server = real_wizard, small_slapd
    questions = []
    monkeypatch.setattr(messages, "confirm",
                        lambda parent, title, text: questions.append(text) or True)
    panel = imported(wizard, qtbot, server, monkeypatch)
    database = wizard.session.database_path
    change_the_directory(server)  # the Users page's listing is older than this
    assert panel.refresh()
    qtbot.waitUntil(lambda: panel.preview is not None and not panel.running, timeout=30_000)
    preview = panel.preview
    assert (preview.count(CREATED), len(preview.updated), preview.missing) == (
        1, 1, [f"leaver@{seed.MAIL_DOMAIN}"])
    label = panel.preview_label.text()
    assert "1 created, 1 updated" in label and "s ago" in label
    qtbot.mouseClick(panel.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.report is not None and not panel.running, timeout=30_000)
    assert "It would: 1 created, 1 updated" in questions[-1]
    assert "listed at" in questions[-1]
    after = rows(database)
    assert after["newcomer"][0] == 1
    assert after["mover"][1] == f"uid=moved,{seed.PEOPLE_DN}"
    assert "1 created, 1 updated" in panel.result_label.text()


def test_a_change_after_the_question_stops_yes_and_asks_with_the_new_numbers(
        real_wizard, small_slapd, qtbot, monkeypatch):
    wizard, server = real_wizard, small_slapd
    panel = imported(wizard, qtbot, server, monkeypatch)
    database = wizard.session.database_path
    qtbot.waitUntil(lambda: panel.preview is not None and not panel.running, timeout=30_000)
    add_person(server, "newcomer")
    questions = []

    def answer(parent, title, text):
        questions.append(text)
        if len(questions) == 1:  # while the question is shown, the directory changes
            add_person(server, "latecomer")
            return True
        return False

    monkeypatch.setattr(messages, "confirm", answer)
    before, batches = rows(database), batch_count(database)
    panel.sync_now()
    qtbot.waitUntil(lambda: len(questions) == 2 and not panel.task.running, timeout=30_000)
    assert "It would: 1 created" in questions[0]
    assert "changed since the question" in questions[1]
    assert "It would now: 2 created" in questions[1]
    assert rows(database) == before and batch_count(database) == batches
    assert "Nothing was changed" in panel.result_label.text()
    assert panel.report is None
    outcome = settled(qtbot, panel)  # the table shows the new plan
    assert outcome.report.count(CREATED) == 2


def test_an_undo_after_the_question_stops_yes_and_asks_with_the_new_numbers(
        real_wizard, small_slapd, qtbot, monkeypatch):
    from ldapwizard.core.maildb.database import UserDatabase
    from ldapwizard.core.maildb.undo import undo_batch

    wizard, server = real_wizard, small_slapd
    panel = imported(wizard, qtbot, server, monkeypatch)
    database = wizard.session.database_path
    qtbot.waitUntil(lambda: panel.preview is not None and not panel.running, timeout=30_000)
    add_person(server, "newcomer")
    questions = []

    def answer(parent, title, text):
        questions.append(text)
        if len(questions) == 1:  # while the question is shown, Batches… undoes the import
            with UserDatabase.open(database, write=True) as db:
                undo_batch(db, 1)
            return True
        return False

    monkeypatch.setattr(messages, "confirm", answer)
    panel.sync_now()
    qtbot.waitUntil(lambda: len(questions) == 2 and not panel.task.running, timeout=30_000)
    assert "It would: 1 created" in questions[0]
    assert "changed since the question" in questions[1]
    assert "It would now: 1 created" not in questions[1]
    assert rows(database) == {}  # the undo stands; the sync wrote nothing
    assert batch_count(database) == 1


def test_the_command_line_and_sync_now_run_the_same_plan_into_the_same_batch(
        real_wizard, small_slapd, qtbot, monkeypatch, tmp_path, capsys):
    wizard, server = real_wizard, small_slapd
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text: True)
    monkeypatch.setenv("LDAPWIZARD_PASSWORD", READER_PASSWORD)
    panel = imported(wizard, qtbot, server, monkeypatch)
    database = wizard.session.database_path
    session = wizard.session
    settled(qtbot, panel)
    panel.remove_check.setChecked(True)  # the job record's field: saved with the job
    assert session.profile.remove_missing and session.profile.max_removals is None
    wizard.context.profiles.save(replace(session.profile, database=str(database)))
    change_the_directory(server)
    copy = tmp_path / "copy.sqlite"
    shutil.copy(database, copy)
    capsys.readouterr()
    assert run(["sync", "--profile", "Lab", "--dry-run"]) == 0
    cli_plan = capsys.readouterr().out.split("Plan ", 1)[1][:12]
    panel.refresh()
    assert settled(qtbot, panel).plan_id == cli_plan
    panel.sync_now()
    qtbot.waitUntil(lambda: panel.report is not None and not panel.running, timeout=30_000)
    assert run(["sync", "--profile", "Lab", "--db", str(copy), "--expect-plan",
                cli_plan]) == 0

    def last_batch(path):
        with sqlite3.connect(path) as db:
            return db.execute("SELECT kind, profile, created, skipped, failed, "
                              "json_extract(options, '$.updated'), "
                              "json_extract(options, '$.disabled'), "
                              "json_extract(options, '$.remove_missing') FROM batches "
                              "ORDER BY id DESC LIMIT 1").fetchone()

    job_id = ProfileStore().load("Lab").job_id  # a batch is owned by its job's id
    assert last_batch(database) == last_batch(copy) == ("sync", job_id, 1, 0, 0, 1, 1, 1)
