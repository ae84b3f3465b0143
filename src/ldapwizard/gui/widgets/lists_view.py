"""The mailing lists of a listing (the mail-enabled groups, when the job brings them as lists):
a tab of the Users page beside the entries, each list with its address, name, fate, members
and why — planned as `core/maildb/lists.py` planned it. Each new list has a tick:
the import creates the ticked ones with the users it imports; a list that would be empty, or
whose members are all outside the import, starts unticked (lists.py: `flagged`), its problem
in its own column. A tick the admin changed stays when the Users page lists again (matched by
the group's stable id). The members of lists that exist in the database are seen and edited
in dialogs/list_members_dialog.py (the Import page's Sync panel opens it)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHeaderView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ldapwizard.core.maildb.lists import HIDDEN, NEW, PROBLEM
from ldapwizard.gui.widgets.labels import status_label

STATUS_WORDS = {NEW: "New", HIDDEN: "Hidden", PROBLEM: "Cannot be created"}
SHOWN_MEMBERS = 3  # members named in the Members column; all are in its tool tip
_WARN = {HIDDEN: QColor(Qt.GlobalColor.darkYellow), PROBLEM: QColor(Qt.GlobalColor.red)}


def members_text(members) -> str:
    """The member count and the first few addresses."""
    if not members:
        return "0"
    shown = ", ".join(members[:SHOWN_MEMBERS])
    more = f", … {len(members) - SHOWN_MEMBERS} more" if len(members) > SHOWN_MEMBERS else ""
    return f"{len(members)}: {shown}{more}"


def members_tip(entry) -> str:
    """Every member, and how many of the group's members are outside the import."""
    outside = (f"\n{entry.left_out} members of the group are not imported (see the notes)"
               if entry.left_out else "")
    return "\n".join(entry.members) + outside


def problem_text(entry) -> str:
    """What is wrong with the list, if anything: a new list not ticked by default, and why
    (empty, every member outside the import), or why it cannot be created."""
    if entry.flagged:
        return f"not ticked: {entry.flagged}"
    return entry.reason if entry.status == PROBLEM else ""


def why_text(entry) -> str:
    """The list's reason (a problem's is in its own column) and notes, as one line."""
    reason = "" if entry.status == PROBLEM else entry.reason
    return "; ".join(part for part in (reason, *entry.notes) if part)


class ListsView(QWidget):
    """The plan's mailing lists; a tab of `tabs` while the plan has any."""

    COLUMNS = ("Address", "Group", "Status", "Members", "Problem", "Reason and notes")
    selection_changed = Signal()  # a list was ticked or unticked
    # a hidden list (imported before, so in the database) was double-clicked: its address,
    # for its members (dialogs/list_members_dialog.py)
    members_asked = Signal(str)

    def __init__(self, tabs: QTabWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.tabs = tabs
        self.entries: list = []
        self._items: list[tuple[QTreeWidgetItem, object]] = []  # (item, its new entry)
        # groups the admin unticked, or ticked against the default: kept across listings
        self.unticked: set[str] = set()
        self.ticked: set[str] = set()
        self.summary_label = status_label()
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnCount(len(self.COLUMNS))
        self.tree.setHeaderLabels([self.tr(title) for title in self.COLUMNS])
        self.tree.setAccessibleName(self.tr("Mailing lists made from directory groups"))
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSortingEnabled(True)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((220, 160, 120, 260, 220)):
            self.tree.setColumnWidth(column, width)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.tree, 1)
        self.tree.itemChanged.connect(self._on_item_changed)
        self.tree.itemDoubleClicked.connect(self._on_double_clicked)

    def show_lists(self, plan) -> None:
        """Show the plan's lists in their tab; the tab goes when the plan has none."""
        self.clear()
        self.entries = list(plan.lists)
        if not self.entries:
            return
        self.tree.blockSignals(True)  # no itemChanged while the rows are made
        for entry in self.entries:
            why, problem = why_text(entry), problem_text(entry)
            item = QTreeWidgetItem(self.tree, [
                entry.shown_address(plan.domain), entry.group.name,
                self.tr(STATUS_WORDS.get(entry.status, entry.status)),
                members_text(entry.members), problem, why])
            if entry.status == NEW:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                key = _key(entry)
                ticked = key in self.ticked or (entry.ticked_by_default
                                                and key not in self.unticked)
                item.setCheckState(0, Qt.CheckState.Checked if ticked
                                   else Qt.CheckState.Unchecked)
                self._items.append((item, entry))
            item.setToolTip(1, entry.group.dn)
            item.setToolTip(3, members_tip(entry))
            item.setToolTip(4, problem)
            item.setToolTip(5, why)
            if entry.status in _WARN:
                item.setForeground(2, _WARN[entry.status])
            if problem:
                item.setForeground(4, _WARN[PROBLEM])
            if entry.status == HIDDEN:
                item.setData(0, Qt.ItemDataRole.UserRole, entry.shown_address(plan.domain))
                item.setToolTip(0, self.tr("Double-click: its members in the database, and "
                                           "members added or removed by hand"))
        self.tree.blockSignals(False)
        self.tree.sortItems(0, Qt.SortOrder.AscendingOrder)
        counts = {status: sum(e.status == status for e in self.entries)
                  for status in (NEW, HIDDEN, PROBLEM)}
        flagged = sum(bool(e.flagged) for e in self.entries)
        self.summary_label.setText(self.tr(
            "Mail-enabled groups: {0}. New mailing lists, which the import creates with the "
            "users when ticked: {1} (not ticked because of a problem: {4}); hidden (imported "
            "before, or the address is taken): {2}; cannot be created: {3}.").format(
            len(self.entries), counts[NEW], counts[HIDDEN], counts[PROBLEM], flagged))
        before = self.tabs.widget(self.tabs.count() - 1)
        self.tabs.insertTab(1, self, self.tr("Mailin&g lists ({0})").format(len(self.entries)))
        QWidget.setTabOrder(before, self.tree)

    def chosen_lists(self) -> list:
        """The new lists that are ticked, in the plan's order."""
        unticked = {id(entry) for item, entry in self._items
                    if item.checkState(0) != Qt.CheckState.Checked}
        return [e for e in self.entries if e.status == NEW and id(e) not in unticked]

    def set_ticked(self, address: str, ticked: bool) -> None:
        """Tick or untick the new list at this address (as the admin would, with a click)."""
        for item, _ in self._items:
            if item.text(0) == address:
                item.setCheckState(0, Qt.CheckState.Checked if ticked
                                   else Qt.CheckState.Unchecked)

    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        for known, entry in self._items:
            if known is item:
                key = _key(entry)
                if item.checkState(0) == Qt.CheckState.Checked:
                    self.unticked.discard(key)
                    if not entry.ticked_by_default:
                        self.ticked.add(key)
                else:
                    self.ticked.discard(key)
                    self.unticked.add(key)
                self.selection_changed.emit()
                return

    def _on_double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        address = item.data(0, Qt.ItemDataRole.UserRole)
        if address:
            self.members_asked.emit(address)

    def clear(self) -> None:
        """No lists to show (a new listing is on its way): the tab goes; what the admin
        unticked is kept for the next listing."""
        if self.tabs.indexOf(self) >= 0:
            self.tabs.removeTab(self.tabs.indexOf(self))
        self.entries = []
        self._items = []
        self.tree.clear()
        self.summary_label.setText("")


def _key(entry) -> str:
    """What names a list's group across listings: its stable id, else its DN."""
    return entry.group.stable_id or "dn:" + entry.group.dn
