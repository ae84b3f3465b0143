"""The database's batches (imports and syncs) as a read-only table, newest first."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from ldapwizard.core.maildb.undo import Batch

BATCH_ROLE = Qt.ItemDataRole.UserRole + 1  # the Batch itself
COLUMNS = ("Batch", "When (UTC)", "Kind", "Profile", "By", "Domain", "Counts", "Undone")


class BatchesModel(QAbstractTableModel):
    """Batch rows for a QTableView."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._batches: list[Batch] = []

    def set_batches(self, batches: list[Batch]) -> None:
        self.beginResetModel()
        self._batches = list(batches)
        self.endResetModel()

    def batch(self, row: int) -> Batch:
        return self._batches[row]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._batches)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        batch = self._batches[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            kind = self.tr("import") if batch.kind == "import" else self.tr("sync")
            undone = _when(batch.undone_at) if batch.undone_at else ""
            return (str(batch.id), _when(batch.started_at), kind, batch.profile or "",
                    batch.operator or "", batch.domain, batch.counts_text(),
                    undone)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return batch.refusal() or self.tr("Can be undone")
        if role == BATCH_ROLE:
            return batch
        return None


def _when(stamp: str) -> str:
    """A stored ISO timestamp, shorter: 2026-11-28 08:12."""
    return stamp.replace("T", " ")[:16]
