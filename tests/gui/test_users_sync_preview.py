"""Issue 14, the Users page of a profile that imported before: besides new and hidden entries,
the users it imported who left the directory and those who changed, each with its reason — a
sync's dry run on a copy of the database — and the safety stop when too many left or the
listing is empty. Nothing there can be ticked; the session keeps it for Sync now."""

from __future__ import annotations

import sqlite3

import pytest
from ldap3 import MODIFY_DELETE, MODIFY_REPLACE
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from ldapwizard.core.maildb.importer import CREATED
from ldapwizard.gui import messages
from tests.gui.driving import press_next, slapd_form, to_users_page, wait_complete
from tests.servers import seed
from tests.servers.directory_edits import admin, delete_people

pytestmark = pytest.mark.slapd


def list_again(users, qtbot):
    """List users again and wait for the listing and what a sync would do after it."""
    users.list_users()
    qtbot.waitUntil(lambda: users.complete_listing and not users.task.running,
                    timeout=60_000)


def left_items(view) -> dict[str, str]:
    """Address -> reason of every user row in the preview's tree."""
    rows = {}
    for top in range(view.tree.topLevelItemCount()):
        group = view.tree.topLevelItem(top)
        for child in range(group.childCount()):
            item = group.child(child)
            assert not item.flags() & Qt.ItemFlag.ItemIsUserCheckable
            rows[item.text(0)] = (group.text(0), item.text(1))
    return rows


def test_the_users_page_shows_who_left_and_who_changed_since_the_last_import(
        real_wizard, make_slapd, qtbot, monkeypatch):
    server = make_slapd()
    wizard = real_wizard
    connection, _, users, importing = wizard.pages
    slapd_form(connection, server)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Lab", True))
    connection.profile_bar.save_button.click()
    to_users_page(wizard, qtbot, server)
    wait_complete(qtbot, users, timeout=60_000)
    qtbot.waitUntil(lambda: not users.task.running)
    assert wizard.session.sync_preview is None  # nothing imported yet: nothing to sync
    assert users.tabs.count() == 1
    press_next(wizard)
    importing.import_button.click()
    wait_complete(qtbot, importing)
    created = [line for line in wizard.session.report.lines if line.status == CREATED]
    assert len(created) > 100

    gone, renamed = created[:2], created[2]
    delete_people(server, [line.dn for line in gone])
    connection_as_admin = admin(server)
    assert connection_as_admin.modify(renamed.dn, {"displayName": [(MODIFY_REPLACE,
                                                                     ["Someone Else"])]})
    connection_as_admin.unbind()
    wizard.back()
    list_again(users, qtbot)

    preview = wizard.session.sync_preview
    assert preview is not None and preview.stopped is None
    assert users.tabs.count() == 2 and users.tabs.isTabVisible(1)
    assert "(3)" in users.tabs.tabText(1)
    rows = left_items(users.sync_view)
    for line in gone:
        group, reason = rows[line.address]
        assert group.startswith("Left the directory")
        assert "no longer in the directory listing: disabled" in reason
    group, reason = rows[renamed.address]
    assert group.startswith("Changed") and "Someone Else" in reason
    assert "2 of the users this profile imported left the directory and 1 changed" in \
        users.message_label.text()
    with sqlite3.connect(wizard.session.database_path) as db:  # a preview writes nothing
        assert db.execute("SELECT count(*) FROM users WHERE enabled = 1").fetchone()[0] == \
            len(created)
    # nothing new is ticked, yet Next leads on to Sync now
    users.model.set_all_checked(False)
    assert users.model.checked_count() == 0
    assert users.isComplete()

    # more leave than the limit allows (10% of the imported users): a sync would stop
    delete_people(server, [line.dn for line in created[3:3 + len(created) // 10 + 1]])
    list_again(users, qtbot)
    users.tabs.setCurrentWidget(users.sync_view)  # the admin opens the tab
    assert users.sync_view.stop_label.isVisible()
    assert "more than the limit" in users.sync_view.stop_label.text()
    group, reason = left_items(users.sync_view)[gone[0].address]
    assert "left alone" in reason


def test_an_empty_listing_is_a_safety_stop_not_everyone_leaving(real_wizard, make_slapd, qtbot,
                                                                 monkeypatch):
    server = make_slapd()
    wizard = real_wizard
    connection, directory, users, importing = wizard.pages
    slapd_form(connection, server)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Lab", True))
    connection.profile_bar.save_button.click()
    to_users_page(wizard, qtbot, server)
    wait_complete(qtbot, users, timeout=60_000)
    press_next(wizard)
    importing.import_button.click()
    wait_complete(qtbot, importing)

    wizard.back()
    wizard.back()
    directory.binding_edit.setText(seed.GROUPS_DN)  # a base DN with no people below it
    press_next(wizard)
    qtbot.waitUntil(lambda: users.complete_listing and not users.task.running,
                    timeout=60_000)
    assert wizard.session.plan.entries == [] or all(
        e.status != "new" for e in wizard.session.plan.entries)
    assert "listing is empty" in users.sync_view.stop_label.text()
    assert users.sync_view.left() and "left alone" in left_items(users.sync_view)[
        users.sync_view.left()[0]][1]


def set_locked(server, dn: str, locked: bool) -> None:
    """Lock or unlock a person the way an OpenLDAP admin does (ppolicy)."""
    connection = admin(server)
    change = (MODIFY_REPLACE, ["000001010000Z"]) if locked else (MODIFY_DELETE, [])
    assert connection.modify(dn, {"pwdAccountLockedTime": [change]}), connection.result
    connection.unbind()


def test_a_user_disabled_in_the_directory_is_shown_disabled_by_sync_now_and_enabled_again(
        real_wizard, make_slapd, qtbot, monkeypatch):
    server = make_slapd()
    wizard = real_wizard
    connection, _, users, importing = wizard.pages
    panel = importing.sync_panel
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text: True)
    slapd_form(connection, server)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Lab", True))
    connection.profile_bar.save_button.click()
    to_users_page(wizard, qtbot, server)
    wait_complete(qtbot, users, timeout=60_000)
    press_next(wizard)
    importing.import_button.click()
    wait_complete(qtbot, importing)
    bob = next(line for line in wizard.session.report.lines
               if line.status == CREATED and line.dn.startswith("uid=bob,"))

    set_locked(server, bob.dn, True)
    wizard.back()
    list_again(users, qtbot)
    group, reason = left_items(users.sync_view)[bob.address]
    assert group.startswith("Disabled in the directory")
    assert reason.startswith("disabled in the directory: disabled in the mail system")
    assert "1 disabled in the directory" in users.sync_view.summary_label.text()
    assert "left the directory and 1 changed" in users.message_label.text()
    entry = next(e for e in wizard.session.plan.entries if e.user.dn == bob.dn)
    assert "disabled in the directory" in entry.reason  # the Users table's reason

    press_next(wizard)  # Sync now, without Remove accounts
    assert not panel.remove_check.isChecked()
    qtbot.waitUntil(lambda: panel.preview is not None and not panel.running, timeout=30_000)
    rows = [tuple(panel.model.data(panel.model.index(row, column)) for column in (0, 1, 3))
            for row in range(panel.model.rowCount())]
    assert ("Will be disabled", bob.address) in {row[:2] for row in rows}
    qtbot.mouseClick(panel.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.report is not None and not panel.running, timeout=30_000)
    with sqlite3.connect(wizard.session.database_path) as db:
        assert db.execute("SELECT enabled, disabled_by FROM users WHERE directory_dn = ?",
                          (bob.dn,)).fetchone() == (0, "sync")

    set_locked(server, bob.dn, False)
    wizard.back()
    list_again(users, qtbot)
    group, reason = left_items(users.sync_view)[bob.address]
    assert group.startswith("Enabled again in the directory")
    assert reason.startswith("enabled again in the directory")
