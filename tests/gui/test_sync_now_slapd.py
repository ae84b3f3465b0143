"""Sync now and Remove accounts in the window, against a real slapd that changes between runs:
the preview of leavers with reasons, the removal limit, the sync lock shared with the command
line, a report, no undo, and the safety stop when the directory is emptied."""

from __future__ import annotations

import csv
import logging
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from ldapwizard.core.job.locks import sync_lock, sync_lock_path
from ldapwizard.gui import messages
from tests.gui.driving import press_next, slapd_form, wait_complete
from tests.servers import seed
from tests.servers.directory_edits import add_person, admin, delete_people

pytestmark = pytest.mark.slapd

LEAVERS = ("leaver1", "leaver2")


def users(database) -> dict[str, tuple]:
    with sqlite3.connect(database) as db:
        return {row[0]: row[1:] for row in db.execute(
            "SELECT local_part, enabled, disabled_by FROM users")}


def shown(model) -> list[tuple[str, str, str]]:
    """(result, address, reason) of each row of a report model."""
    return [tuple(model.data(model.index(row, column)) for column in (0, 1, 3))
            for row in range(model.rowCount())]


def empty_the_directory(server) -> None:
    connection = admin(server)
    connection.search(seed.BASE_DN, "(objectClass=inetOrgPerson)", attributes=[])
    dns = [entry.entry_dn for entry in connection.entries]
    connection.unbind()
    delete_people(server, dns)


@pytest.fixture
def small_slapd(make_slapd, tmp_path):
    ldif = tmp_path / "small.ldif"
    seed.write_ldif(ldif, users=40)
    server = make_slapd(ldif=ldif)
    for uid in LEAVERS:
        add_person(server, uid)
    return server


def list_again(wizard, qtbot):
    """From the Import page: Back to Users, List users, Next."""
    users_page, importing = wizard.pages[2:]
    wizard.back()
    qtbot.mouseClick(users_page.list_button, Qt.MouseButton.LeftButton)
    wait_complete(qtbot, users_page, timeout=60_000)
    press_next(wizard)
    assert wizard.currentPage() is importing


def wait_preview(qtbot, panel):
    qtbot.waitUntil(lambda: panel.preview is not None and not panel.running, timeout=30_000)
    return panel.preview


def test_sync_now_previews_leavers_disables_them_within_the_limit_and_stops_on_an_empty_listing(
        real_wizard, small_slapd, qtbot, monkeypatch, tmp_path, caplog):
    caplog.set_level(logging.INFO, logger="ldapwizard")
    server = small_slapd
    wizard = real_wizard
    connection, directory, users_page, importing = wizard.pages
    panel = importing.sync_panel
    questions = []
    monkeypatch.setattr(messages, "confirm",
                        lambda parent, title, text: questions.append(text) or True)

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
    assert panel.isHidden()  # this profile never imported here: nothing to sync
    qtbot.mouseClick(importing.import_button, Qt.MouseButton.LeftButton)
    wait_complete(qtbot, importing)
    database = wizard.session.database_path
    imported = users(database)
    assert set(LEAVERS) <= set(imported)
    with sqlite3.connect(database) as db:  # the window records where its users sign in
        assert db.execute("SELECT DISTINCT d.uri, d.base_dn FROM users u JOIN directories d "
                          "ON d.id = u.directory_id").fetchall() == [
            (f"ldap://{server.host}:{server.ldap_port}", seed.BASE_DN)]
        assert db.execute("SELECT count(*) FROM users WHERE directory_id IS NULL"
                          ).fetchone()[0] == 0

    delete_people(server, [f"uid={uid},{seed.PEOPLE_DN}" for uid in LEAVERS])
    add_person(server, "newcomer")
    list_again(wizard, qtbot)
    assert not panel.isHidden()
    preview = wait_preview(qtbot, panel)
    leavers = {f"{uid}@{seed.MAIL_DOMAIN}" for uid in LEAVERS}
    assert set(preview.missing) == leavers and not preview.disabled
    rows = shown(panel.model)
    assert {(result, address) for result, address, _ in rows if result == "Left"} == {
        ("Left", address) for address in leavers}
    assert all("no longer in the directory listing" in reason for result, _, reason in rows
               if result == "Left")
    assert ("Will be created", f"newcomer@{seed.MAIL_DOMAIN}") in {r[:2] for r in rows}
    assert "2 users this profile imported left the directory" in panel.preview_label.text()

    # Remove accounts: the preview says who goes and why; a limit of 1 stops it
    panel.remove_check.setChecked(True)
    preview = wait_preview(qtbot, panel)
    assert set(preview.disabled) == leavers
    assert {r[:2] for r in shown(panel.model) if r[0] == "Will be disabled"} == {
        ("Will be disabled", address) for address in leavers}
    panel.limit_edit.setText("1")
    qtbot.waitUntil(lambda: panel.preview is not None and "limit of 1" in
                    (panel.preview.stopped or ""), timeout=30_000)
    assert "Removals would stop" in panel.preview_label.text()
    panel.limit_edit.setText("")
    preview = wait_preview(qtbot, panel)
    assert set(preview.disabled) == leavers and not preview.stopped

    # the same lock as `ldapwizard sync --profile Lab`: a running one refuses this one
    assert sync_lock_path("Lab").name == "sync-Lab.lock"
    with sync_lock("Lab"):
        qtbot.mouseClick(panel.sync_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not panel.running, timeout=30_000)
    assert "Another sync of profile Lab is running" in panel.result_label.text()
    assert users(database) == imported

    qtbot.mouseClick(panel.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.report is not None and not panel.running, timeout=30_000)
    assert "cannot be undone" in questions[-1] and "2 disabled" in questions[-1]
    after = users(database)
    for uid in LEAVERS:
        assert after[uid] == (0, "sync")
    assert after["newcomer"][0] == 1
    assert "Sync batch" in panel.result_label.text() and "2 disabled" in \
        panel.result_label.text()
    assert {r[:2] for r in shown(importing.report_model) if r[0] == "Disabled"} == {
        ("Disabled", address) for address in leavers}
    assert not importing.undo_button.isEnabled()
    assert "cannot be undone" in importing.result_label.text()
    importing.save_report_to(str(tmp_path / "sync.csv"))
    with (tmp_path / "sync.csv").open(encoding="utf-8-sig", newline="") as f:
        saved = {row["address"]: row for row in csv.DictReader(f)}
    assert {saved[address]["status"] for address in leavers} == {"disabled"}
    assert "no longer in the directory listing" in saved[f"leaver1@{seed.MAIL_DOMAIN}"][
        "reason"]
    assert any(f"sync from the window of profile Lab: batch {panel.report.batch_id}" in
               record.getMessage() for record in caplog.records)
    dialog = importing.batches_dialog()
    qtbot.addWidget(dialog)
    assert dialog.selected().kind == "sync"
    assert "only imports can be undone" in dialog.message.text()
    assert not dialog.undo_button.isEnabled()

    # an emptied directory: the listing is complete and empty, so nothing may be removed
    empty_the_directory(server)
    wizard.back()
    qtbot.mouseClick(users_page.list_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: users_page.complete_listing, timeout=60_000)
    assert wizard.session.plan.entries == []
    # (the Users page offers Next only with something ticked; the panel is driven directly)
    assert panel.refresh()
    preview = wait_preview(qtbot, panel)
    assert "listing is empty" in preview.stopped
    assert "Removals would stop" in panel.preview_label.text()
    before = users(database)
    panel.sync_now(confirm=False)
    qtbot.waitUntil(lambda: not panel.running, timeout=30_000)
    assert "Stopped by a safety limit" in panel.result_label.text()
    assert "listing is empty" in panel.result_label.text()
    assert "no batch was recorded" in panel.result_label.text()
    assert users(database) == before
