"""Mailing lists in the window against slapd (issue 28): the Lists tab shows each list's member
count and a flagged list's problem in its own column; after the import, the Sync panel's
Mailing list members… shows a list's members with their source, adds and removes members by
hand (a directory member is not removable, with the reason), and the Sync panel's report names
the list's changes and the hand-added members kept, in the report's own words."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import replace

import ldap3
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from ldapwizard.core.maildb.lists_sync import LIST_UPDATED
from ldapwizard.core.maildb.reports import line_words
from ldapwizard.core.maildb.sync import NOTE
from ldapwizard.gui.dialogs.list_members_dialog import BY_HAND, FROM_GROUP, ListMembersDialog
from tests.gui.driving import press_next, slapd_form, wait_complete
from tests.servers import seed
from tests.servers.directory_edits import add_person, admin

pytestmark = pytest.mark.slapd

GROUPS_DN = f"ou=mailgroups,{seed.BASE_DN}"
MAIL_USERS = f"cn=Mail Users,{GROUPS_DN}"
DOMAIN = seed.MAIL_DOMAIN
PARTNER = "partner@elsewhere.org"


def person(uid: str) -> str:
    return f"uid={uid},{seed.PEOPLE_DN}"


@pytest.fixture
def lab(make_slapd):
    """ann, bob, kim (Mail Users, the ones to import) and eve; mail-enabled Staff = ann, bob,
    kim and Partners = eve alone (outside the import: flagged)."""
    server = make_slapd()
    for uid in ("ann", "bob", "kim", "eve"):
        add_person(server, uid)
    connection = admin(server)
    assert connection.add(GROUPS_DN, ["organizationalUnit"], {"ou": "mailgroups"})
    assert connection.add(MAIL_USERS, ["groupOfNames"], {
        "cn": "Mail Users", "member": [person(u) for u in ("ann", "bob", "kim")]})
    for cn, members in (("Staff", ("ann", "bob", "kim")), ("Partners", ("eve",))):
        assert connection.add(f"cn={cn},{GROUPS_DN}", ["groupOfNames", "extensibleObject"], {
            "cn": cn, "member": [person(u) for u in members],
            "mail": f"{cn.lower()}@{DOMAIN}"}), connection.result
    connection.unbind()
    return server


def members(database, local: str) -> dict[str, str]:
    with sqlite3.connect(database) as db:
        return dict(db.execute(
            "SELECT m.address, m.source FROM list_members m JOIN lists l ON l.id = m.list_id "
            "WHERE l.local_part = ?", (local,)))


def settled(qtbot, dialog: ListMembersDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy and dialog.roster is not None, timeout=30_000)


def test_lists_in_the_window_counts_problems_members_by_hand_and_the_sync_report(
        real_wizard, lab, qtbot, monkeypatch, caplog):
    wizard = real_wizard
    connection, directory, users, importing = wizard.pages
    slapd_form(connection, lab)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Lab", True))
    qtbot.mouseClick(connection.profile_bar.save_button, Qt.MouseButton.LeftButton)
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

    # the Lists tab: the member count, and the flagged list's problem in its own column
    tree = users.lists_view.tree
    items = {tree.topLevelItem(i).text(0): tree.topLevelItem(i)
             for i in range(tree.topLevelItemCount())}
    assert items[f"staff@{DOMAIN}"].text(3).startswith("3: ")
    assert items[f"staff@{DOMAIN}"].text(4) == ""
    partners = items[f"partners@{DOMAIN}"]
    assert partners.text(3) == "0"
    assert partners.text(4).startswith("not ticked: ") and "imported" in partners.text(4)
    assert "1 member of the group is not imported" in partners.toolTip(3)
    assert "not ticked because of a problem: 1" in users.lists_view.summary_label.text()

    press_next(wizard)
    qtbot.mouseClick(importing.import_button, Qt.MouseButton.LeftButton)
    wait_complete(qtbot, importing)
    database = wizard.session.database_path
    panel = importing.sync_panel
    qtbot.waitUntil(lambda: panel.outcome is not None and not panel.running, timeout=30_000)

    # Mailing list members… from the Sync panel: the list's members and their source
    monkeypatch.setattr(ListMembersDialog, "open", lambda self: None)  # offscreen: not shown
    qtbot.mouseClick(panel.lists_button, Qt.MouseButton.LeftButton)
    (dialog,) = panel.findChildren(ListMembersDialog)
    settled(qtbot, dialog)
    assert dialog.roster.list.address == f"staff@{DOMAIN}"  # the only list made
    assert dialog.member_rows() == [(f"{uid}@{DOMAIN}", FROM_GROUP)
                                    for uid in ("ann", "bob", "kim")]
    dialog.select_member(f"bob@{DOMAIN}")
    assert not dialog.remove_button.isEnabled()
    assert f"directory group cn=Staff,{GROUPS_DN}" in dialog.remove_button.toolTip()

    # Add… by hand: marked, kept apart in the database
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (PARTNER, True))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (PARTNER, BY_HAND) in dialog.member_rows(), timeout=30_000)
    settled(qtbot, dialog)
    assert f"Added {PARTNER} to staff@{DOMAIN} by hand" in dialog.message.text()
    assert members(database, "staff")[PARTNER] == "admin"
    # an address in the domain that receives no mail is refused, saying so
    dialog.add_member(f"nobody@{DOMAIN}")
    qtbot.waitUntil(lambda: "✗" in dialog.message.text(), timeout=30_000)
    assert f"There is no user, alias or mailing list nobody@{DOMAIN}" in dialog.message.text()
    # Remove takes a hand-added member off
    settled(qtbot, dialog)
    dialog.select_member(PARTNER)
    assert dialog.remove_button.isEnabled()
    dialog.remove_selected(confirm=False)
    qtbot.waitUntil(lambda: PARTNER not in dict(dialog.member_rows()), timeout=30_000)
    assert PARTNER not in members(database, "staff")
    dialog.add_member(PARTNER)
    qtbot.waitUntil(lambda: (PARTNER, BY_HAND) in dialog.member_rows(), timeout=30_000)
    dialog.close()

    # bob leaves Staff: the Sync panel's report says the list's change and the member kept
    change = admin(lab)
    assert change.modify(f"cn=Staff,{GROUPS_DN}",
                         {"member": [(ldap3.MODIFY_DELETE, [person("bob")])]})
    change.unbind()
    panel.refresh_preview()
    qtbot.waitUntil(lambda: panel.outcome is not None and not panel.running, timeout=30_000)
    lines = panel.model.lines()
    (staff,) = [line for line in lines if line.status == LIST_UPDATED]
    assert f"members removed as in the directory: bob@{DOMAIN}" in staff.reason
    assert f"1 member added by hand kept: {PARTNER}" in staff.reason
    shown = {(panel.model.index(row, 0).data(), panel.model.index(row, 3).data())
             for row in range(panel.model.rowCount())}
    assert ("List will change", staff.reason) in shown
    notes = [line.reason for line in lines if line.status == NOTE]
    assert any(PARTNER in note for note in notes)
    assert {("Note", note) for note in notes} <= shown

    # Sync now: the Import page shows the sync's report, and the log has its every line
    caplog.set_level(logging.INFO, logger="ldapwizard.gui.sync")
    with qtbot.waitSignal(panel.synced, timeout=30_000) as synced:
        panel.sync_now(confirm=False)
    written = synced.args[0].all_lines()
    assert [line.status for line in importing.report_model.lines()] == \
        [line.status for line in written]
    (staff,) = [line for line in written if line.status == LIST_UPDATED]
    assert members(database, "staff")[PARTNER] == "admin"
    assert f"bob@{DOMAIN}" not in members(database, "staff")
    logged = caplog.text
    for line in written:
        assert line_words(line) in logged
    # the list's change counted apart from the users, as the command line counts it
    assert "0 updated" in panel.result_label.text()
    assert "; mailing lists: 0 created, 1 changed, 0 removed" in panel.result_label.text()
