"""A report as a read-only table: one row per entry an import or sync handled (or, for a
preview, would handle)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from ldapwizard.core.maildb.importer import CREATED, FAILED, SKIPPED, ReportLine
from ldapwizard.core.maildb.lists_sync import LIST_KEPT, LIST_LEFT, LIST_REMOVED, LIST_UPDATED
from ldapwizard.core.maildb.sync import DISABLED, KEPT, LEFT, NOTE, REENABLED, REMOVED, UPDATED
from ldapwizard.core.maildb.undo import UNDONE
from ldapwizard.gui.models.rows_model import RowsModel

COLUMNS = ("Result", "Address", "Username", "Reason", "DN")
# the Reason column is the line's reason, word for word what the report CSV and the terminal
# say (reports.line_words); a note's line has no address, its note is the reason
STATUS_WORDS = {CREATED: "Created", SKIPPED: "Skipped", FAILED: "Failed", UNDONE: "Undone",
                UPDATED: "Updated", REENABLED: "Re-enabled", DISABLED: "Disabled",
                REMOVED: "Removed", KEPT: "Kept", LEFT: "Left", NOTE: "Note",
                LIST_UPDATED: "List changed", LIST_KEPT: "List kept",
                LIST_LEFT: "List left as it is", LIST_REMOVED: "List removed"}
# what a dry run found, said as what would happen
PREVIEW_WORDS = {CREATED: "Will be created", SKIPPED: "Will be skipped",
                 FAILED: "Would fail", UPDATED: "Will be updated",
                 REENABLED: "Will be re-enabled", DISABLED: "Will be disabled",
                 REMOVED: "Will be removed", KEPT: "Will be kept", LEFT: "Left",
                 LIST_UPDATED: "List will change", LIST_KEPT: "List will be kept",
                 LIST_REMOVED: "List will be removed"}
_AMBER, _RED = QColor(Qt.GlobalColor.darkYellow), QColor(Qt.GlobalColor.red)
_WARN = {SKIPPED: _AMBER, UNDONE: _AMBER, LEFT: _AMBER, KEPT: _AMBER, LIST_KEPT: _AMBER,
         LIST_LEFT: _AMBER, NOTE: _AMBER, FAILED: _RED, DISABLED: _RED, REMOVED: _RED,
         LIST_REMOVED: _RED}


class ReportModel(RowsModel):
    """ReportLine rows for a QTableView; `preview` words them as what would happen."""

    COLUMNS = COLUMNS

    def __init__(self, parent=None, *, preview: bool = False):
        super().__init__(parent)
        self._words = PREVIEW_WORDS if preview else STATUS_WORDS

    def set_lines(self, lines: list[ReportLine]) -> None:
        self.set_rows(lines)

    def lines(self) -> list[ReportLine]:
        return list(self._rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        line = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            status = self.tr(self._words.get(line.status)
                             or STATUS_WORDS.get(line.status, line.status))
            return (status, line.address, line.username, line.reason, line.dn)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return line.reason
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 0:
            return _WARN.get(line.status)
        return None
