"""The database's batches (imports and syncs) as a read-only table, newest first."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from ldapwizard.core.maildb.undo import Batch
from ldapwizard.gui.models.rows_model import RowsModel

BATCH_ROLE = Qt.ItemDataRole.UserRole + 1  # the Batch itself
# the titles as lupdate sees them; translated where shown (RowsModel.headerData)
COLUMNS = (QT_TRANSLATE_NOOP("BatchesModel", "Batch"),
           QT_TRANSLATE_NOOP("BatchesModel", "When (UTC)"),
           QT_TRANSLATE_NOOP("BatchesModel", "Kind"), QT_TRANSLATE_NOOP("BatchesModel", "Profile"),
           QT_TRANSLATE_NOOP("BatchesModel", "By"), QT_TRANSLATE_NOOP("BatchesModel", "Domain"),
           QT_TRANSLATE_NOOP("BatchesModel", "Counts"),
           QT_TRANSLATE_NOOP("BatchesModel", "Undone"))


class BatchesModel(RowsModel):
    """Batch rows for a QTableView."""

    COLUMNS = COLUMNS

    def set_batches(self, batches: list[Batch]) -> None:
        self.set_rows(batches)

    def batch(self, row: int) -> Batch:
        return self._rows[row]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        batch = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            kind = self.tr("import") if batch.kind == "import" else self.tr("sync")
            undone = _when(batch.undone_at) if batch.undone_at else ""
            return (str(batch.id), _when(batch.started_at), kind, batch.profile or "",
                    batch.operator or "", batch.domain, batch.counts_text(),
                    undone)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == 6:  # the counts, often elided
                return batch.counts_text()
            return batch.refusal() or self.tr("Can be undone")
        if role == BATCH_ROLE:
            return batch
        return None


def _when(stamp: str) -> str:
    """A stored ISO timestamp, shorter: 2026-11-28 08:12."""
    return stamp.replace("T", " ")[:16]
