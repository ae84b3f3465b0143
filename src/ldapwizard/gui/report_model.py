"""The import report as a read-only table: one row per selected entry."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from ldapwizard.core.maildb.importer import CREATED, ReportLine

COLUMNS = ("Result", "Address", "Username", "Reason", "DN")
STATUS_WORDS = {"created": "Created", "skipped": "Skipped", "failed": "Failed"}


class ReportModel(QAbstractTableModel):
    """ReportLine rows for a QTableView."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._lines: list[ReportLine] = []

    def set_lines(self, lines: list[ReportLine]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        line = self._lines[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr(STATUS_WORDS[line.status]), line.address, line.username,
                    line.reason, line.dn)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return line.reason
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 0 and \
                line.status != CREATED:
            return Qt.GlobalColor.darkYellow if line.status == "skipped" else Qt.GlobalColor.red
        return None
