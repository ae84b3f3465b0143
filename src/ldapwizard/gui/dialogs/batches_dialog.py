"""Batches…: what ldapwizard did to the user database (every import and sync, when, by whom,
for which profile, with its counts), and undo of any import that still can be.

Undo asks first, saying what would go. When rows were changed or are referenced since the
import, undo refuses and the dialog names them; removing them too ("Undo anyway…") takes a
second, explicit confirmation.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from ldapwizard.core.errors import LdapWizardError
from ldapwizard.core.maildb.database import UserDatabase
from ldapwizard.core.maildb.location import PgTarget, locate
from ldapwizard.core.maildb.mailboxes import kept_summary
from ldapwizard.core.maildb.undo import UndoRefused, batch_contents, recent_batches, undo_batch
from ldapwizard.gui import messages
from ldapwizard.gui.models.batches_model import BatchesModel
from ldapwizard.gui.widgets.labels import error_text, status_label
from ldapwizard.gui.workers import Task

WIDTH, MARGINS = 940, 40  # the dialog's width, and what its frame and margins take of it
COUNTS_COLUMN = 6


def undo_job(path: Path, batch_id: int, force: bool = False):
    """Undo one batch in the worker, with its own database connection."""
    def job(progress, should_cancel):
        with UserDatabase.open(path, write=True) as database:
            return undo_batch(database, batch_id, force=force)

    return job


def read_batches(path) -> list:
    """The latest batches of the database at `path`."""
    with UserDatabase.open(path) as database:
        return recent_batches(database)


def undo_question(path: Path, batch_id: int) -> str:
    """The question before undoing a batch: what would go, in numbers."""
    with UserDatabase.open(path) as database:
        found = batch_contents(database, batch_id)
    if found.lists:
        question = QCoreApplication.translate(
            "BatchesDialog", "Undo batch {0}? This removes the {1} users and {2} aliases, "
            "{3} mailing lists it created from {4}; their mail addresses stop working at once.")
        return question.format(batch_id, found.users, found.aliases, found.lists, path)
    question = QCoreApplication.translate(
        "BatchesDialog", "Undo batch {0}? This removes the {1} users and {2} aliases it "
        "created from {3}; their mail addresses stop working at once.")
    return question.format(batch_id, found.users, found.aliases, path)


class BatchesDialog(QDialog):
    """Recent batches of one database, and undo."""

    batch_undone = Signal(object)  # the UndoReport

    def __init__(self, database_path: Path, parent=None):
        super().__init__(parent)
        self.path = locate(database_path)
        self.refused: int | None = None  # the batch whose undo was refused, for "anyway"
        self.setWindowTitle(self.tr("Batches"))
        self.model = BatchesModel(self)
        self.task = Task(self)
        self._said = ""  # the last undo's outcome, shown again once the batches are read
        self.reading = Task(self)  # a PostgreSQL database's batches, read off this thread
        self.reading.failed.connect(lambda error: self.message.setText(error_text(error)))
        self.task.failed.connect(self._on_failed)
        self.task.running_changed.connect(self._update_buttons)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header = self.view.horizontalHeader()
        for column, width in enumerate((50, 120, 55, 120, 80, 130, 260)):
            # never narrower than its title, which is longer in some languages
            self.view.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
        self.view.setAccessibleName(self.tr("Batches"))
        label = QLabel(self.tr("&Imports and syncs in {0}, newest first:").format(self.path))
        label.setWordWrap(True)
        label.setBuddy(self.view)
        self.message = status_label()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setVisible(False)
        self.undo_button = QPushButton(self.tr("&Undo batch…"))
        self.force_button = QPushButton(self.tr("Undo &anyway…"))
        self.force_button.setToolTip(self.tr("Also remove what was changed or refers to the "
                                             "batch since the import"))
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in (self.undo_button, self.force_button, self.refresh_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.progress)
        layout.addWidget(buttons)
        self.view.selectionModel().currentRowChanged.connect(self._on_current)
        # clicked() passes `checked`, which must not land in `confirm`
        self.undo_button.clicked.connect(lambda: self.undo())
        self.force_button.clicked.connect(lambda: self.undo_anyway())
        self.refresh_button.clicked.connect(self.load)
        # longer titles take their room from Counts (elided, its tool tip says it whole)
        counts, last = COUNTS_COLUMN, self.model.columnCount() - 1
        needed = sum(header.sectionSize(c) for c in range(last)) + header.sectionSizeHint(last)
        if needed > WIDTH - MARGINS:
            self.view.setColumnWidth(counts, max(header.sectionSizeHint(counts),
                                                 header.sectionSize(counts) - needed + WIDTH
                                                 - MARGINS))
        needed = sum(header.sectionSize(c) for c in range(last)) + header.sectionSizeHint(last)
        self.resize(max(WIDTH, needed + MARGINS), 440)
        self.load()

    def load(self) -> None:
        """Read the batches again."""
        if not self.path.exists():
            self.model.set_batches([])
            self.message.setText(self.tr("There is no user database at {0} yet.").format(
                self.path))
            self._update_buttons()
            return
        if isinstance(self.path, PgTarget):  # a connection over the network: not on this thread
            self.message.setText(self.tr("Reading the batches…"))
            self.reading.start(lambda progress, should_cancel: read_batches(self.path),
                               self._show)
            return
        try:
            self._show(read_batches(self.path))
        except LdapWizardError as error:
            self.message.setText(error_text(error))
            self._update_buttons()

    def _show(self, batches) -> None:
        self.message.setText("")
        self.model.set_batches(batches)
        if self.model.rowCount():
            self.view.selectRow(0)
        self._update_buttons()
        if self._said:  # what an undo said stays, also when the batches came back later
            self.message.setText(self._said)
            self._said = ""

    def selected(self):
        """The batch of the current row, or None."""
        row = self.view.currentIndex().row()
        return self.model.batch(row) if row >= 0 else None

    def _on_current(self, *_) -> None:
        batch = self.selected()
        self.refused = None
        self.message.setText((batch.refusal() or "") if batch else "")
        self._update_buttons()

    def _update_buttons(self, *_) -> None:
        batch = self.selected()
        idle = not self.task.running
        self.undo_button.setEnabled(idle and batch is not None and batch.refusal() is None)
        self.force_button.setVisible(self.refused is not None)
        self.force_button.setEnabled(idle and batch is not None and batch.id == self.refused)
        self.refresh_button.setEnabled(idle)
        self.progress.setVisible(not idle)

    def undo(self, confirm: bool = True) -> None:
        """Ask, saying what would go, then undo the selected import."""
        batch = self.selected()
        if batch is None or batch.refusal():
            return
        if confirm:
            try:
                question = undo_question(self.path, batch.id)
            except LdapWizardError as error:
                self.message.setText(error_text(error))
                return
            if not messages.confirm(self, self.tr("Undo batch"), question):
                return
        self._start(batch.id, force=False)

    def undo_anyway(self, confirm: bool = True) -> None:
        """After a refusal: a second, explicit question, then undo removing the blockers."""
        batch = self.selected()
        if batch is None or batch.id != self.refused:
            return
        if confirm and not messages.confirm(
                self, self.tr("Undo anyway"),
                self.tr("Undo batch {0} anyway?\n\nThe rows named in the window were changed "
                        "by hand or are referred to by aliases or mailing lists made since "
                        "the import. They are removed too, with those references. This "
                        "cannot be taken back.").format(batch.id)):
            return
        self._start(batch.id, force=True)

    def _start(self, batch_id: int, force: bool) -> None:
        self.message.setText(self.tr("Undoing batch {0}…").format(batch_id))
        self.refused = None
        self.task.start(undo_job(self.path, batch_id, force), self._on_undone)

    def _on_undone(self, report) -> None:
        forced = "".join("\n" + self.tr("forced: {0}").format(line) for line in report.forced)
        said = self.tr("✓ Batch {0} undone. Removed: users {1}, aliases {2}, mailing "
                       "lists {3}.").format(report.batch_id, report.users, report.aliases,
                                            report.lists) + forced
        kept = kept_summary(sorted(report.mailboxes.values()))
        said += f"\n{kept}" if kept else ""
        if report.interrupted is not None:  # its COMMIT went unanswered; found landed
            said += f"\n{report.interrupted.message}"
        self._said = said
        self.load()  # a file's batches now; a server's later, and _show says it again
        self.message.setText(said)
        self.batch_undone.emit(report)

    def _on_failed(self, error) -> None:
        text = error_text(error)
        if isinstance(error, UndoRefused):
            self.refused = error.batch_id
            text = (self.tr("✗ {0}").format(error.message) + "\n" + error.detail + "\n"
                    + self.tr("Resolve them and undo again, or choose Undo anyway… to remove "
                              "them too."))
        self.message.setText(text)
        self._update_buttons()

    def done(self, result: int) -> None:
        self.task.wait()  # an undo is one transaction: let it end before the window goes
        self.reading.wait()
        super().done(result)
