"""Who to import in the window (issue 17), against a slapd the test changes: the OU tree
expanded and two OUs ticked (one with its sub-OUs, one without), a group found by search, an
exclusion rule (a bad one refused first), groups as mailing lists; listed on the Users page
with the reasons and the lists tab, imported, and kept in the saved job record."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QWizard

from ldapwizard.core.maildb.planner import HIDDEN, NEW
from ldapwizard.core.preview.columns import COLUMN_NOTES
from ldapwizard.gui.models.ou_tree_model import COLUMN_NAME, DN_ROLE, LOADED, OuTreeModel
from ldapwizard.gui.widgets.ou_tree import roots_or_base
from tests.gui.driving import press_next, slapd_form, wait_complete
from tests.servers import seed
from tests.servers.directory_edits import add_person, admin

BERLIN_DN = f"ou=berlin,{seed.PEOPLE_DN}"
GROUPS_DN = f"ou=mailgroups,{seed.BASE_DN}"


def person(uid: str, where: str = seed.PEOPLE_DN) -> str:
    return f"uid={uid},{where}"


@pytest.fixture
def lab(make_slapd):
    """A slapd with ann, bob, svc-backup and eve directly below ou=people, zed and kim deep in
    Berlin, and rik in London; `Mail Users` = ann, bob, svc-backup, zed and rik; the
    mail-enabled `Staff` = ann and zed."""
    server = make_slapd()
    for uid in ("ann", "bob", "svc-backup", "eve"):
        add_person(server, uid)
    connection = admin(server)
    deep = f"ou=engineering,{BERLIN_DN}"
    for uid, where in (("zed", deep), ("kim", deep),
                       ("rik", f"ou=engineering,ou=london,{seed.PEOPLE_DN}")):
        assert connection.add(person(uid, where), ["inetOrgPerson"], {
            "uid": uid, "cn": uid.title(), "sn": "New",
            "mail": f"{uid}@{seed.MAIL_DOMAIN}"}), connection.result
    assert connection.add(GROUPS_DN, ["organizationalUnit"], {"ou": "mailgroups"})
    members = [person(u) for u in ("ann", "bob", "svc-backup")] + [
        person("zed", deep), person("rik", f"ou=engineering,ou=london,{seed.PEOPLE_DN}")]
    assert connection.add(f"cn=Mail Users,{GROUPS_DN}", ["groupOfNames"],
                          {"cn": "Mail Users", "member": members}), connection.result
    assert connection.add(f"cn=Staff,{GROUPS_DN}", ["groupOfNames", "extensibleObject"],
                          {"cn": "Staff", "member": [person("ann"), person("zed", deep)],
                           "mail": f"staff@{seed.MAIL_DOMAIN}"}), connection.result
    connection.unbind()
    return server


def test_model_passes_the_model_tester(qtmodeltester):
    from ldapwizard.core.directory.tree import TreeNode

    model = OuTreeModel()
    model.set_roots([TreeNode("dc=example,dc=com", "example.com", "domain", True),
                     TreeNode("o=other", "other", "organization", False)])
    model.tick("dc=example,dc=com", True)
    qtmodeltester.check(model)


def expand(qtbot, tree_box, node):
    """Expand a node in the view as a click on its arrow does, and wait for its children."""
    tree_box.view.expand(tree_box.model.index_of(node))
    assert [c.text for c in node.children] == ["Loading…"]  # until the server answers
    qtbot.waitUntil(lambda: node.state == LOADED, timeout=20_000)


def child(node, name: str):
    return next(c for c in node.children if c.tree and c.tree.name == name)


@pytest.mark.slapd
def test_ous_a_group_rules_and_lists_are_listed_imported_and_kept(real_wizard, lab, qtbot,
                                                                   monkeypatch):
    wizard = real_wizard
    connection, directory, users, importing = wizard.pages
    slapd_form(connection, lab)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Lab who", True))
    qtbot.mouseClick(connection.profile_bar.save_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(connection.test_button, Qt.MouseButton.LeftButton)
    wait_complete(qtbot, connection)
    press_next(wizard)
    directory.binding_edit.setText(seed.BASE_DN)
    directory.target.domain_combo.setEditText(seed.MAIL_DOMAIN)
    who = directory.who

    # the tree: its root is the naming context, selected as the binding string's base DN
    qtbot.mouseClick(who.button, Qt.MouseButton.LeftButton)
    tree_box = who.tree_box
    qtbot.waitUntil(lambda: tree_box.loaded, timeout=20_000)
    [root] = tree_box.model.roots()
    assert root.tree.dn.lower() == seed.BASE_DN
    assert tree_box.view.currentIndex() == tree_box.model.index_of(root)
    expand(qtbot, tree_box, root)
    people = child(root, "people")
    expand(qtbot, tree_box, people)
    berlin = child(people, "berlin")
    assert {"sales", "london", "berlin"} <= {c.tree.name for c in people.children}

    # ou=people ticked by keyboard (Space), its sub-OUs left out; Berlin by a click's setData
    tree_box.view.setFocus()
    tree_box.view.setCurrentIndex(tree_box.model.index_of(people))
    qtbot.keyClick(tree_box.view, Qt.Key.Key_Space)
    assert tree_box.model.ticked(people.tree.dn) == (people.tree.dn, True)
    assert tree_box.subtree_check.isEnabled() and tree_box.subtree_check.isChecked()
    tree_box.subtree_check.click()
    tree_box.model.setData(tree_box.model.index_of(berlin, COLUMN_NAME), Qt.CheckState.Checked,
                           Qt.ItemDataRole.CheckStateRole)
    assert tree_box.model.ticks() == ((people.tree.dn, False), (berlin.tree.dn, True))
    assert "2 OUs ticked" in who.ou_line.text()

    # a binding string typed names a node deeper than loaded: the levels load, it is selected
    team_a = f"ou=team-a,ou=platform,ou=engineering,{BERLIN_DN}"
    directory.binding_edit.setText(team_a)
    qtbot.waitUntil(lambda: tree_box.view.currentIndex().data(DN_ROLE) == team_a,
                    timeout=20_000)
    directory.binding_edit.setText(seed.BASE_DN)

    # a group found by search, and its members counted before listing
    who.tabs.setCurrentIndex(1)
    picker = who.groups
    qtbot.keyClicks(picker.search_edit, "mail us")
    qtbot.keyClick(picker.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: picker.found_list.count() == 1, timeout=20_000)
    assert picker.found_list.item(0).text().startswith("Mail Users")
    qtbot.mouseClick(picker.add_button, Qt.MouseButton.LeftButton)
    assert picker.member_of() == (f"cn=Mail Users,{GROUPS_DN}",)
    qtbot.waitUntil(lambda: "5 users are members" in picker.count_label.text(),
                    timeout=20_000)

    # a bad rule refuses Next with its message; the fixed one lets it
    who.tabs.setCurrentIndex(2)
    who.rules_edit.setPlainText("uid resembles svc-*")
    assert "resembles" in who.rules_problem.text() and not who.rules_problem.isHidden()
    assert not directory.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    who.rules_edit.setPlainText("uid glob svc-*\n")
    assert who.rules_problem.isHidden()
    who.lists_check.setFocus()
    qtbot.keyClick(who.lists_check, Qt.Key.Key_Space)
    assert who.lists_check.isChecked()
    wait_complete(qtbot, directory)
    press_next(wizard)

    # listed: members in the ticked OUs only; the others hidden with the reason
    wait_complete(qtbot, users, timeout=60_000)
    plan = wizard.session.plan
    new = sorted(e.user.username for e in plan.entries if e.status == NEW)
    assert new == ["ann", "bob", "zed"]  # not rik: London is not ticked
    reasons = {e.user.username: e.reason for e in plan.entries if e.status == HIDDEN}
    left_out = "left out by the choice of who to import: "
    assert reasons["svc-backup"] == left_out + "rule 1: uid glob svc-*"
    # the window keeps the group by its DN, which names it without doubt
    not_member = left_out + "not a member of Mail Users"  # by name, though kept by DN
    assert reasons["eve"] == reasons["kim"] == not_member
    assert "rik" not in reasons
    assert "left out by the choice of who to import" in users.hidden_label.text()
    users.show_hidden.setChecked(True)
    notes = [users.model.index(row, COLUMN_NOTES).data() for row in range(users.model.rowCount())]
    assert notes.count(not_member) == len(plan.entries) - 4  # all but ann, bob, zed, svc-
    assert "left out by the choice of who to import: rule 1: uid glob svc-*" in notes

    # the lists tab
    lists = users.lists_view
    assert users.tabs.indexOf(lists) == 1
    assert "Mailing lists (1)" in users.tabs.tabText(1).replace("&", "")
    item = lists.tree.topLevelItem(0)
    assert item.text(0) == f"staff@{seed.MAIL_DOMAIN}" and item.text(2) == "New"
    assert item.text(3) == f"2: ann@{seed.MAIL_DOMAIN}, zed@{seed.MAIL_DOMAIN}"

    press_next(wizard)
    qtbot.mouseClick(importing.import_button, Qt.MouseButton.LeftButton)
    wait_complete(qtbot, importing)
    with sqlite3.connect(wizard.session.database_path) as db:
        assert sorted(r[0] for r in db.execute("SELECT local_part FROM users")) == [
            "ann", "bob", "zed"]
        assert sorted(r[0] for r in db.execute(
            "SELECT m.address FROM list_members m JOIN lists l ON l.id = m.list_id "
            "WHERE l.local_part = 'staff'")) == [f"ann@{seed.MAIL_DOMAIN}",
                                                 f"zed@{seed.MAIL_DOMAIN}"]

    saved = wizard.context.profiles.load("Lab who")
    assert saved.ous == ((people.tree.dn, False), (berlin.tree.dn, True))
    assert saved.member_of == (f"cn=Mail Users,{GROUPS_DN}",)
    assert saved.nested_groups is True
    assert saved.exclude == ("uid glob svc-*",)
    assert saved.groups_as_lists is True


def test_a_saved_choice_is_shown_again(real_wizard, qtbot):
    from dataclasses import replace

    from ldapwizard.core.directory.membership import Membership

    wizard = real_wizard
    directory = wizard.pages[1]
    wizard.session.profile = replace(
        wizard.session.profile, binding=seed.BASE_DN, domain=seed.MAIL_DOMAIN,
        ous=((seed.PEOPLE_DN, False),), member_of=("Mail Users",), nested_groups=False,
        exclude=("uid glob svc-*", "title is Intern"), groups_as_lists=True)
    # no server: no naming context, and the ticked OU is there
    directory.who.tree_box.make_job = lambda work: (
        lambda *_: ([], None) if work is roots_or_base else [])
    directory.who.groups.make_job = lambda work: (lambda *_: Membership(roots=()))
    directory.initializePage()
    who = directory.who
    assert who.isChecked()
    assert who.rules_edit.toPlainText() == "uid glob svc-*\ntitle is Intern"
    assert who.groups.member_of() == ("Mail Users",)
    assert not who.groups.nested_check.isChecked()
    assert who.lists_check.isChecked()
    assert who.tree_box.model.ticks() == ((seed.PEOPLE_DN, False),)
    assert "(only its own entries)" in who.ou_line.text()
    qtbot.waitUntil(lambda: not who.groups.count_task.running and who.tree_box.loaded)
    assert who.fields() == {"ous": ((seed.PEOPLE_DN, False),), "member_of": ("Mail Users",),
                            "nested_groups": False, "groups_base": "",
                            "exclude": ("uid glob svc-*", "title is Intern"),
                            "groups_as_lists": True}


def test_who_to_import_is_reached_by_keyboard_and_named(demo_wizard, qtbot):
    from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

    connection, directory = demo_wizard.pages[:2]
    connection.test_button.click()
    wait_complete(qtbot, connection)
    press_next(demo_wizard)
    who = directory.who
    demo_wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is demo_wizard)
    qtbot.keyClick(QApplication.focusWidget() or demo_wizard, Qt.Key.Key_W,
                   Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(who.isChecked)  # the mnemonic opens the section (an animated click)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)
    assert who.tabs.currentIndex() == 2  # E&xclusion rules
    labelled = {label.buddy() for label in who.findChildren(QLabel) if label.buddy()}
    for widget in (who.tree_box.view, who.tree_box.subtree_check, who.tree_box.reload_button,
                   who.groups.search_edit, who.groups.found_list, who.groups.add_button,
                   who.groups.chosen_list, who.groups.remove_button, who.groups.nested_check,
                   who.rules_edit, who.lists_check):
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget
        assert widget.accessibleName() or widget in labelled or (
            isinstance(widget, QAbstractButton) and widget.text()), widget
    who.tabs.setCurrentIndex(1)
    who.groups.show_profile(("cn=A,dc=demo,dc=example", "B"), True)
    who.groups.chosen_list.setFocus()
    who.groups.chosen_list.setCurrentRow(0)
    qtbot.keyClick(who.groups.chosen_list, Qt.Key.Key_Delete)
    assert who.groups.member_of() == ("B",)


def test_the_demo_directory_shows_its_naming_context_in_the_tree(demo_wizard, qtbot):
    connection, directory = demo_wizard.pages[:2]
    connection.test_button.click()
    wait_complete(qtbot, connection)
    press_next(demo_wizard)
    tree_box = directory.who.tree_box
    directory.who.setChecked(True)
    qtbot.waitUntil(lambda: tree_box.loaded, timeout=20_000)
    [root] = tree_box.model.roots()
    assert root.tree.dn == "DC=demo,DC=example"
    tree_box.view.expand(tree_box.model.index_of(root))
    # the demo's offline schema knows no hasSubordinates: the level says so, in words
    qtbot.waitUntil(lambda: root.state != "loading", timeout=20_000)
    assert root.state == LOADED or root.children[0].text.startswith("✗")
    directory.target.domain_combo.setEditText("demo.example")
    wait_complete(qtbot, directory)  # what the tree could not read holds nothing back
    tree_box.reload_button.click()
    tree_box.reload_button.click()  # the first Reload's answer is dropped, the second's shown
    qtbot.waitUntil(lambda: tree_box.loaded and not tree_box.task.running, timeout=20_000)
    assert [n.tree.dn for n in tree_box.model.roots()] == ["DC=demo,DC=example"]
