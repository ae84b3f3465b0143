"""The Users page's sync preview on the demo directory (issue 28): users an exclusion rule now
leaves out are shown in a group of their own, each with the rule that leaves them out, never
among the users who left the directory."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.driving import press_next, wait_complete

RULE = "mail glob a*"


def test_users_a_new_rule_leaves_out_are_shown_as_left_out_naming_the_rule(demo_wizard,
                                                                            qtbot):
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
    wizard.back()
    wizard.back()
    directory.who.setChecked(True)
    directory.who.rules_edit.setPlainText(RULE)
    wait_complete(qtbot, directory)
    press_next(wizard)
    qtbot.waitUntil(lambda: users.complete_listing and not users.task.running
                    and wizard.session.sync_preview is not None, timeout=60_000)
    preview = wizard.session.sync_preview
    assert preview.left_out  # some imported users' mail begins with an a
    groups = {}
    tree = users.sync_view.tree
    for top in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(top)
        groups[group.text(0)] = {group.child(i).text(0): group.child(i).text(1)
                                 for i in range(group.childCount())}
    (title,) = [t for t in groups if t.startswith("Left out by the choice of who to import")]
    assert set(groups[title]) == set(preview.left_out)
    for reason in groups[title].values():
        assert f"left out by the choice of who to import (rule 1: {RULE})" in reason
    left = next((rows for t, rows in groups.items() if t.startswith("Left the directory")), {})
    assert not set(left) & set(preview.left_out)
    assert f"({len(preview.missing) + len(users.sync_view.changed()) + len(preview.left_out)})" \
        in users.tabs.tabText(users.tabs.indexOf(users.sync_view))

    # Sync now's panel says them too, with what Remove accounts would do
    press_next(wizard)
    panel = importing.sync_panel
    panel.remove_check.setChecked(False)
    qtbot.waitUntil(lambda: panel.outcome is not None and not panel.running, timeout=60_000)
    text = panel.preview_label.text()
    assert (f"{len(panel.preview.left_out)} users this profile imported are left out by the "
            "choice of who to import. Tick Remove accounts to disable them.") in text
    reasons = {line.address: line.reason for line in panel.model.lines()}
    for address in panel.preview.left_out:
        assert f"(rule 1: {RULE})" in reasons[address]
