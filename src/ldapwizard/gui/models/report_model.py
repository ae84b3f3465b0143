"""A report as a read-only table: one row per entry an import or sync handled (or, for a
preview, would handle)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor

from ldapwizard.core.maildb.importer import CREATED, FAILED, SKIPPED, ReportLine
from ldapwizard.core.maildb.lists_sync import LIST_KEPT, LIST_LEFT, LIST_REMOVED, LIST_UPDATED
from ldapwizard.core.maildb.sync import DISABLED, KEPT, LEFT, NOTE, REENABLED, REMOVED, UPDATED
from ldapwizard.core.maildb.undo import UNDONE
from ldapwizard.gui.models.rows_model import RowsModel

# words marked for lupdate (context ReportModel); translated where shown
COLUMNS = (
    QT_TRANSLATE_NOOP("ReportModel", "Result"),
    QT_TRANSLATE_NOOP("ReportModel", "Address"),
    QT_TRANSLATE_NOOP("ReportModel", "Username"),
    QT_TRANSLATE_NOOP("ReportModel", "Reason"),
    QT_TRANSLATE_NOOP("ReportModel", "DN"),
)
# the Reason column is the line's reason, word for word what the report CSV and the terminal
# say (reports.line_words); a note's line has no address, its note is the reason
STATUS_WORDS = {
    CREATED: QT_TRANSLATE_NOOP("ReportModel", "Created"),
    SKIPPED: QT_TRANSLATE_NOOP("ReportModel", "Skipped"),
    FAILED: QT_TRANSLATE_NOOP("ReportModel", "Failed"),
    UNDONE: QT_TRANSLATE_NOOP("ReportModel", "Undone"),
    UPDATED: QT_TRANSLATE_NOOP("ReportModel", "Updated"),
    REENABLED: QT_TRANSLATE_NOOP("ReportModel", "Re-enabled"),
    DISABLED: QT_TRANSLATE_NOOP("ReportModel", "Disabled"),
    REMOVED: QT_TRANSLATE_NOOP("ReportModel", "Removed"),
    KEPT: QT_TRANSLATE_NOOP("ReportModel", "Kept"),
    LEFT: QT_TRANSLATE_NOOP("ReportModel", "Left"),
    NOTE: QT_TRANSLATE_NOOP("ReportModel", "Note"),
    LIST_UPDATED: QT_TRANSLATE_NOOP("ReportModel", "List changed"),
    LIST_KEPT: QT_TRANSLATE_NOOP("ReportModel", "List kept"),
    LIST_LEFT: QT_TRANSLATE_NOOP("ReportModel", "List left as it is"),
    LIST_REMOVED: QT_TRANSLATE_NOOP("ReportModel", "List removed"),
}
# what a dry run found, said as what would happen
PREVIEW_WORDS = {
    CREATED: QT_TRANSLATE_NOOP("ReportModel", "Will be created"),
    SKIPPED: QT_TRANSLATE_NOOP("ReportModel", "Will be skipped"),
    FAILED: QT_TRANSLATE_NOOP("ReportModel", "Would fail"),
    UPDATED: QT_TRANSLATE_NOOP("ReportModel", "Will be updated"),
    REENABLED: QT_TRANSLATE_NOOP("ReportModel", "Will be re-enabled"),
    DISABLED: QT_TRANSLATE_NOOP("ReportModel", "Will be disabled"),
    REMOVED: QT_TRANSLATE_NOOP("ReportModel", "Will be removed"),
    KEPT: QT_TRANSLATE_NOOP("ReportModel", "Will be kept"),
    LEFT: QT_TRANSLATE_NOOP("ReportModel", "Left"),
    LIST_UPDATED: QT_TRANSLATE_NOOP("ReportModel", "List will change"),
    LIST_KEPT: QT_TRANSLATE_NOOP("ReportModel", "List will be kept"),
    LIST_REMOVED: QT_TRANSLATE_NOOP("ReportModel", "List will be removed"),
}
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
