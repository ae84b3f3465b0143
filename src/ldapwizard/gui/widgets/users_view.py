"""The Users table's view, set up as the page shows it (sorted by username, whole rows
selected, the columns' first widths); Space ticks the current row, whichever of its cells is
current.

A plain QTableView ticks only when the current cell is the check box itself, so after a click
on a name, or tabbing into a table whose current cell went with an earlier listing, Space did
nothing until Home was pressed.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ldapwizard.core.preview.columns import COLUMN_CHECK

_CHECK_STATE = Qt.ItemDataRole.CheckStateRole
_TICK_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Select)


class UsersView(QTableView):
    """A table view of a UsersModel in which Space ticks or unticks the current row."""

    def __init__(self, model, parent=None):
        super().__init__(parent)
        self.setModel(model)
        self.setSortingEnabled(True)
        self.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((60, 150, 220, 150, 140, 230)):
            self.setColumnWidth(column, width)
        self.setAccessibleName(self.tr("Directory users"))

    def focusInEvent(self, event: QFocusEvent) -> None:
        # coming in by keyboard with no current row (none yet, or the last one listed again):
        # the first row becomes current and selected, so Space has a row to tick
        model = self.model()
        if (event.reason() != Qt.FocusReason.MouseFocusReason and model is not None
                and model.rowCount() and not self.currentIndex().isValid()):
            self.selectionModel().setCurrentIndex(
                model.index(0, COLUMN_CHECK),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        super().focusInEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _TICK_KEYS and not event.modifiers() and self.toggle_current_row():
            event.accept()
            return
        super().keyPressEvent(event)

    def toggle_current_row(self) -> bool:
        """Tick the current row if it is unticked, untick it otherwise; False when there is
        no current row or it cannot be ticked."""
        current = self.currentIndex()
        if not current.isValid():
            return False
        model = self.model()
        check = model.index(current.row(), COLUMN_CHECK)
        if not model.flags(check) & Qt.ItemFlag.ItemIsUserCheckable:
            return False
        ticked = model.data(check, _CHECK_STATE) == Qt.CheckState.Checked
        model.setData(check, Qt.CheckState.Unchecked if ticked else Qt.CheckState.Checked,
                      _CHECK_STATE)
        return True
