"""The mailing lists of a listing (the mail-enabled groups, when the job brings them as lists):
a tab of the Users page beside the entries, each list with its address, name, fate, members
and why — planned as `core/maildb/lists.py` planned it. Nothing here is ticked: the import
creates the new lists with the users it imports."""

from __future__ import annotations

from PySide6.QtCore import Qt
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


def why_text(entry) -> str:
    """The list's reason and notes, as one line."""
    return "; ".join(part for part in (entry.reason, *entry.notes) if part)


class ListsView(QWidget):
    """The plan's mailing lists; a tab of `tabs` while the plan has any."""

    COLUMNS = ("Address", "Group", "Status", "Members", "Reason and notes")

    def __init__(self, tabs: QTabWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.tabs = tabs
        self.entries: list = []
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
        for column, width in enumerate((220, 160, 120, 260)):
            self.tree.setColumnWidth(column, width)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.tree, 1)

    def show_lists(self, plan) -> None:
        """Show the plan's lists in their tab; the tab goes when the plan has none."""
        self.clear()
        self.entries = list(plan.lists)
        if not self.entries:
            return
        for entry in self.entries:
            why = why_text(entry)
            item = QTreeWidgetItem(self.tree, [
                entry.shown_address(plan.domain), entry.group.name,
                self.tr(STATUS_WORDS.get(entry.status, entry.status)),
                members_text(entry.members), why])
            item.setToolTip(1, entry.group.dn)
            item.setToolTip(3, "\n".join(entry.members))
            item.setToolTip(4, why)
            if entry.status in _WARN:
                item.setForeground(2, _WARN[entry.status])
        self.tree.sortItems(0, Qt.SortOrder.AscendingOrder)
        counts = {status: sum(e.status == status for e in self.entries)
                  for status in (NEW, HIDDEN, PROBLEM)}
        self.summary_label.setText(self.tr(
            "Mail-enabled groups: {0}. New mailing lists, which the import creates with the "
            "users: {1}; hidden (imported before, or the address is taken): {2}; cannot be "
            "created: {3}.").format(len(self.entries), counts[NEW], counts[HIDDEN],
                                    counts[PROBLEM]))
        before = self.tabs.widget(self.tabs.count() - 1)
        self.tabs.insertTab(1, self, self.tr("Mailin&g lists ({0})").format(len(self.entries)))
        QWidget.setTabOrder(before, self.tree)

    def clear(self) -> None:
        """No lists to show (a new listing is on its way): the tab goes."""
        if self.tabs.indexOf(self) >= 0:
            self.tabs.removeTab(self.tabs.indexOf(self))
        self.entries = []
        self.tree.clear()
        self.summary_label.setText("")
