"""The Lists tab and the members dialog on real SQLite files (issue 28): a list imported before
asks for its members on a double-click; the dialog marks hand-added members, and says so when
the address asked for is no mailing list of the database."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QTabWidget, QWidget

from ldapwizard.core.directory.records import DirectoryGroup
from ldapwizard.core.maildb import list_members
from ldapwizard.core.maildb.database import UserDatabase
from ldapwizard.core.maildb.importer import run_import
from ldapwizard.core.maildb.lists import HIDDEN, NEW, ListEntry
from ldapwizard.core.maildb.planner import PlanOptions, make_plan
from ldapwizard.gui.dialogs.list_members_dialog import BY_HAND, FROM_GROUP, ListMembersDialog
from ldapwizard.gui.widgets.lists_view import ListsView
from tests.unit.records import person

DOMAIN = "example.com"
AMY, BEN = person("amy"), person("ben")


def group(name: str, *users) -> DirectoryGroup:
    return DirectoryGroup(f"cn={name},ou=groups,dc=example,dc=com", f"g-{name}", name.title(),
                          f"{name}@{DOMAIN}", tuple((u.dn, u.email) for u in users))


def test_a_list_imported_before_asks_for_its_members_on_a_double_click(qtbot):
    tabs = QTabWidget()
    tabs.addTab(QWidget(), "Entries")
    qtbot.addWidget(tabs)
    view = ListsView(tabs)
    staff = ListEntry(group("staff", AMY), HIDDEN, "already imported as staff@example.com",
                      "staff", (f"amy@{DOMAIN}",))
    new = ListEntry(group("sales", AMY), NEW, "", "sales", (f"amy@{DOMAIN}",))
    view.show_lists(SimpleNamespace(lists=[staff, new], domain=DOMAIN))
    tabs.setCurrentWidget(view)
    tabs.show()
    qtbot.waitExposed(tabs)
    asked = []
    view.members_asked.connect(asked.append)
    items = {view.tree.topLevelItem(i).text(0): view.tree.topLevelItem(i)
             for i in range(view.tree.topLevelItemCount())}
    for address in (f"sales@{DOMAIN}", f"staff@{DOMAIN}"):  # a new list is not in the database
        where = QPoint(120, view.tree.visualItemRect(items[address]).center().y())
        # a double-click as the mouse makes it: a press first, then the double-click
        qtbot.mouseClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=where)
        qtbot.mouseDClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert asked == [f"staff@{DOMAIN}"]


def test_the_dialog_marks_hand_added_members_and_names_an_address_that_is_no_list(
        qtbot, tmp_path):
    path = tmp_path / "users.sqlite"
    options = PlanOptions(domain=DOMAIN)
    with UserDatabase.open(path, write=True, create=True) as database:
        plan = make_plan([AMY, BEN], options, database.snapshot(DOMAIN),
                         [group("staff", AMY, BEN)])
        run_import(database, plan, plan.entries, profile="corp")
        with database.transaction() as db:
            list_members.add_member(db, f"staff@{DOMAIN}", "partner@elsewhere.org")
    dialog = ListMembersDialog(path, f"amy@{DOMAIN}")  # a user, not a list
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.roster is not None and not dialog.busy, timeout=30_000)
    assert f"There is no mailing list amy@{DOMAIN} in the database." in dialog.message.text()
    assert dialog.roster.list.address == f"staff@{DOMAIN}"
    assert dialog.member_rows() == [(f"amy@{DOMAIN}", FROM_GROUP), (f"ben@{DOMAIN}", FROM_GROUP),
                                    ("partner@elsewhere.org", BY_HAND)]
    assert "3, of which 1 added by hand" in dialog.heading.text()
    assert dialog.windowTitle() == f"Members of staff@{DOMAIN}"
