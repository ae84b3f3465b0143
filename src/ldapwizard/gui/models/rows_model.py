"""A read-only table of rows with fixed column titles: what the report and batches tables
share (replacing the rows, counts, headers); each subclass says what a cell shows."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt


class RowsModel(QAbstractTableModel):
    """Rows of one kind under `COLUMNS` titles; subclasses implement `data`."""

    COLUMNS: tuple[str, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            # the subclass's context, where its COLUMNS are marked with QT_TRANSLATE_NOOP
            return QCoreApplication.translate(type(self).__name__, self.COLUMNS[section])
        return None
