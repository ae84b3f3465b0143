"""A ticked OU the directory no longer has (issue 28): the window's tree shows it as missing,
at the end of the tree, and it can be unticked there."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ldapwizard.core.directory.tree import TreeNode
from ldapwizard.gui.models.ou_tree_model import COLUMN_NAME, OuTreeModel
from tests.gui.driving import press_next, slapd_form, wait_complete
from tests.servers import seed

GONE_DN = f"ou=gone,{seed.BASE_DN}"


def test_the_model_with_a_missing_row_passes_the_model_tester(qtmodeltester):
    model = OuTreeModel()
    model.set_roots([TreeNode(seed.BASE_DN, "example.com", "domain", True)])
    model.set_ticks(((GONE_DN, True),))
    model.set_missing([GONE_DN])
    model.set_missing([GONE_DN])  # shown again: replaced, not doubled
    assert model.missing() == [GONE_DN] and len(model.roots()) == 2
    qtmodeltester.check(model)


@pytest.mark.slapd
def test_a_ticked_ou_that_is_gone_is_shown_missing_and_can_be_unticked(real_wizard,
                                                                         slapd_server, qtbot):
    wizard = real_wizard
    connection, directory, _, _ = wizard.pages
    slapd_form(connection, slapd_server)
    qtbot.mouseClick(connection.test_button, Qt.MouseButton.LeftButton)
    wait_complete(qtbot, connection)
    press_next(wizard)
    directory.binding_edit.setText(seed.BASE_DN)
    who = directory.who
    tree_box = who.tree_box
    tree_box.model.set_ticks(((seed.PEOPLE_DN, True), (GONE_DN, True)))
    qtbot.mouseClick(who.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tree_box.model.missing() == [GONE_DN], timeout=20_000)
    assert GONE_DN in tree_box.status.text()
    gone = tree_box.model.node(GONE_DN)
    index = tree_box.model.index_of(gone, COLUMN_NAME)
    assert index.data() == "gone (missing: no longer in the directory)"
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    tree_box.view.setFocus()
    tree_box.view.setCurrentIndex(index)
    qtbot.keyClick(tree_box.view, Qt.Key.Key_Space)
    assert tree_box.model.ticks() == ((seed.PEOPLE_DN, True),)
    assert who.fields()["ous"] == ((seed.PEOPLE_DN, True),)


@pytest.mark.slapd
def test_groups_are_found_and_counted_outside_the_binding_strings_base(real_wizard,
                                                                        slapd_server, qtbot):
    """With the binding string at ou=people, the groups in ou=groups are searched and
    counted in the whole naming context, as the listing finds them."""
    wizard = real_wizard
    connection, directory, _, _ = wizard.pages
    slapd_form(connection, slapd_server)
    qtbot.mouseClick(connection.test_button, Qt.MouseButton.LeftButton)
    wait_complete(qtbot, connection)
    press_next(wizard)
    directory.binding_edit.setText(seed.PEOPLE_DN)
    who = directory.who
    qtbot.mouseClick(who.button, Qt.MouseButton.LeftButton)
    who.tabs.setCurrentIndex(1)
    picker = who.groups
    qtbot.keyClicks(picker.search_edit, "mail-admins")
    qtbot.keyClick(picker.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: picker.found_list.count() == 1, timeout=20_000)
    qtbot.mouseClick(picker.add_button, Qt.MouseButton.LeftButton)
    assert picker.member_of() == (f"cn=mail-admins,{seed.GROUPS_DN}",)
    qtbot.waitUntil(lambda: "3 users are members" in picker.count_label.text(),
                    timeout=20_000)
    # a groups base of the admin's: searched there only, and kept in the job record
    picker.groups_base_edit.setFocus()
    qtbot.keyClicks(picker.groups_base_edit, seed.PEOPLE_DN)
    qtbot.keyClick(picker.groups_base_edit, Qt.Key.Key_Tab)
    assert who.fields()["groups_base"] == seed.PEOPLE_DN
    qtbot.keyClick(picker.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: picker.found_status.text() == "No group found.", timeout=20_000)
    qtbot.waitUntil(lambda: who.tree_box.loaded and not who.tree_box.task.running
                    and not picker.count_task.running, timeout=20_000)
