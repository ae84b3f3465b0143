"""Members of a mailing list that exists in the user database: each member with where it came
from — its directory group, or added by hand (marked) — and members added and removed by hand,
as `ldapwizard db add-member` / `db remove-member` do (core/maildb/list_members.py). Every sync
keeps the hand-added ones; a member from the directory group is not removable here, and the
dialog says why (the group decides: the next sync would add it back).

Every read and write runs off the window's thread, with its own connection (a PostgreSQL
database is a network connection)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from ldapwizard.core.maildb import list_members
from ldapwizard.core.maildb.database import UserDatabase
from ldapwizard.core.maildb.list_roster import change_words, mailing_lists, roster
from ldapwizard.core.maildb.location import locate
from ldapwizard.gui import messages
from ldapwizard.gui.widgets.labels import error_text, status_label
from ldapwizard.gui.workers import Task
from ldapwizard.i18n import N_

BY_HAND = QT_TRANSLATE_NOOP("ListMembersDialog", "Added by hand")
FROM_GROUP = QT_TRANSLATE_NOOP("ListMembersDialog", "From the directory group")


def read_job(path, address: str | None):
    """Every list's address, the roster of `address` (else of the first list; None when the
    database has no list) and `address` when it is not a list of the database, in the
    worker."""
    def job(progress, should_cancel):
        with UserDatabase.open(path) as database:
            db = database.connection
            lists = mailing_lists(db)
            keys = {found.casefold(): found for found in lists}
            chosen = keys.get((address or "").casefold()) or (lists[0] if lists else None)
            missing = address if address and address.casefold() not in keys else None
            return lists, roster(db, chosen) if chosen else None, missing

    return job


def edit_job(path, list_address: str, member: str, add: bool):
    """Add or remove one member by hand, in the worker; the MemberChange."""
    def job(progress, should_cancel):
        with UserDatabase.open(path, write=True) as database, \
                database.transaction(N_("changing the list's members")) as db:
            edit = list_members.add_member if add else list_members.remove_member
            return edit(db, list_address, member)

    return job


class ListMembersDialog(QDialog):
    """Members of one mailing list, with Add… and Remove for the ones added by hand."""

    members_changed = Signal(str)  # the list's address, after a member was added or removed

    def __init__(self, database_path, address: str | None = None, parent=None):
        super().__init__(parent)
        self.path = locate(database_path)
        self.roster = None  # the list shown (list_roster.Roster)
        self._said = ""  # what the last edit did, shown once the list is read again
        self.reading = Task(self)
        self.editing = Task(self)
        for task in (self.reading, self.editing):
            task.failed.connect(self._on_failed)
            task.running_changed.connect(self._update_buttons)
        self.lists = QComboBox()
        self.lists.setAccessibleName(self.tr("Mailing list"))
        list_label = QLabel(self.tr("&List:"))
        list_label.setBuddy(self.lists)
        self.heading = status_label()
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Member"), self.tr("Source"), self.tr("Why")])
        self.tree.setAccessibleName(self.tr("Members"))
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.tree.header().setStretchLastSection(True)
        for column, width in enumerate((240, 170)):
            self.tree.setColumnWidth(column, width)
        self.message = status_label()
        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.setToolTip(self.tr("Add a member by hand: every sync keeps it"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in (self.add_button, self.remove_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(list_label)
        top.addWidget(self.lists, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.heading)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.lists.activated.connect(lambda index: self.load(self.lists.itemText(index)))
        self.tree.currentItemChanged.connect(self._update_buttons)
        self.add_button.clicked.connect(lambda: self.add_member())
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        self.setWindowTitle(self.tr("Members of mailing lists"))
        self.resize(720, 420)
        self.load(address)

    # --- reading ---------------------------------------------------------------------------

    def load(self, address: str | None = None) -> None:
        """Read the lists and the members of `address` (else the list shown, else the
        first)."""
        if address is None and self.roster is not None:
            address = self.roster.list.address
        if not self.path.exists():
            self.message.setText(self.tr("There is no user database at {0} yet.").format(
                self.path))
            return
        self.message.setText(self.tr("Reading the mailing lists…"))
        self.reading.start(read_job(self.path, address), self._show)

    def _show(self, found) -> None:
        lists, shown, missing = found
        if missing:
            self._said = self.tr("There is no mailing list {0} in the database.").format(
                missing)
        self.roster = shown
        self.lists.blockSignals(True)
        self.lists.clear()
        self.lists.addItems(lists)
        if shown is not None:
            self.lists.setCurrentText(shown.list.address)
        self.lists.blockSignals(False)
        self.tree.clear()
        self.message.setText(self._said)
        self._said = ""
        if shown is None:
            self.heading.setText(self.tr("There is no mailing list in {0}.").format(self.path))
            self._update_buttons()
            return
        self.setWindowTitle(self.tr("Members of {0}").format(shown.list.address))
        made = (self.tr("made from the directory group {0}").format(shown.list.group_dn)
                if shown.list.group_dn else self.tr("made by hand"))
        self.heading.setText(self.tr(
            "Members of {0} ({1}, {2}): {3}, of which {4} added by hand.").format(
            shown.list.address, shown.name or "-", made, len(shown.members),
            shown.hand_added))
        for member in shown.members:
            why = shown.why(member)
            item = QTreeWidgetItem(self.tree, [
                member.address, self.tr(BY_HAND if member.by_hand else FROM_GROUP), why])
            item.setData(0, Qt.ItemDataRole.UserRole, member)
            item.setToolTip(2, why)
            if member.by_hand:
                item.setForeground(1, QColor(Qt.GlobalColor.darkBlue))
                font = item.font(0)
                font.setBold(True)
                item.setFont(0, font)
        self._update_buttons()

    def member_rows(self) -> list[tuple[str, str]]:
        """(address, source as shown) of each member row, in order."""
        return [(self.tree.topLevelItem(i).text(0), self.tree.topLevelItem(i).text(1))
                for i in range(self.tree.topLevelItemCount())]

    def select_member(self, address: str) -> None:
        """Make the member at this address the current row (as a click would)."""
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.text(0).casefold() == address.casefold():
                self.tree.setCurrentItem(item)
                return

    def selected(self):
        """The current row's member (list_roster.RosterMember), or None."""
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    # --- editing ---------------------------------------------------------------------------

    def add_member(self, address: str | None = None) -> None:
        """Add a member by hand (asked for when not given)."""
        if self.roster is None or self.busy:
            return
        if address is None:
            address, ok = QInputDialog.getText(
                self, self.tr("Add a member"),
                self.tr("Address to add to {0} by hand (a user, alias or list of this "
                        "database, or any address elsewhere):").format(
                    self.roster.list.address))
            if not ok or not address.strip():
                return
        self._edit(address.strip(), add=True)

    def remove_selected(self, confirm: bool = True) -> None:
        """Remove the selected member added by hand, after asking."""
        member = self.selected()
        if self.roster is None or member is None or not member.by_hand or self.busy:
            return
        if confirm and not messages.confirm(
                self, self.tr("Remove member"),
                self.tr("Remove {0} from {1}? Mail to the list no longer reaches it.").format(
                    member.address, self.roster.list.address)):
            return
        self._edit(member.address, add=False)

    def _edit(self, member: str, *, add: bool) -> None:
        address = self.roster.list.address
        self.message.setText(self.tr("Saving…"))
        self.editing.start(edit_job(self.path, address, member, add), self._edited)

    def _edited(self, change) -> None:
        self._said = change_words(change)
        self.members_changed.emit(change.list.address)
        self.load(change.list.address)

    def _on_failed(self, error) -> None:
        self.message.setText(error_text(error))
        self._update_buttons()

    # --- buttons ---------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.reading.running or self.editing.running

    def _update_buttons(self, *_) -> None:
        member = self.selected()
        idle = not self.busy
        self.lists.setEnabled(idle and self.lists.count() > 0)
        self.add_button.setEnabled(idle and self.roster is not None)
        self.remove_button.setEnabled(idle and member is not None and member.by_hand)
        if member is not None and not member.by_hand:
            self.remove_button.setToolTip(self.roster.why(member))
        else:
            self.remove_button.setToolTip(self.tr("Remove the selected member added by hand"))


def open_list_members(parent, database_path, address: str | None = None) -> ListMembersDialog:
    """Open the members dialog of the list at `address` (else the first list), freed when
    closed."""
    dialog = ListMembersDialog(database_path, address, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
