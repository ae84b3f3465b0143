"""Page 4 — Import: what will happen in numbers, the import with progress, the report, undo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from ldapwizard.core.errors import LdapWizardError
from ldapwizard.core.maildb.database import UserDatabase
from ldapwizard.core.maildb.importer import CREATED, FAILED, SKIPPED, run_import
from ldapwizard.core.maildb.planner import HIDDEN, PROBLEM
from ldapwizard.core.maildb.reports import write_report
from ldapwizard.core.maildb.undo import undo_batch
from ldapwizard.gui import messages
from ldapwizard.gui.messages import show_error
from ldapwizard.gui.pages.base import BasePage, error_text, status_label
from ldapwizard.gui.report_model import ReportModel
from ldapwizard.gui.schedule_dialog import ScheduleDialog
from ldapwizard.gui.workers import Task


def import_job(session, entries, profile_name):
    """Import in the worker thread, with its own database connection."""
    plan, path = session.plan, Path(session.database_path)

    def job(progress, should_cancel):
        with UserDatabase.open(path, write=True, create=True) as database:
            return run_import(database, plan, entries, profile=profile_name,
                              on_progress=lambda done, total: progress(done, total),
                              should_cancel=should_cancel)

    return job


def undo_job(path: Path, batch_id: int):
    def job(progress, should_cancel):
        with UserDatabase.open(path, write=True) as database:
            return undo_batch(database, batch_id)

    return job


class ImportPage(BasePage):
    """The last page: nothing is written before Import is pressed."""

    def __init__(self, session, context, parent=None):
        super().__init__(session, context, parent)
        self.setTitle(self.tr("Import"))
        self.setSubTitle(self.tr("Check the numbers, then import. The import is one "
                                 "transaction: it lands whole or not at all."))
        self.task = Task(self)
        self.task.progressed.connect(self._on_progress)
        self.task.failed.connect(self._on_failed)
        self.task.cancelled.connect(lambda: self.result_label.setText(
            self.tr("Import cancelled; nothing was imported.")))
        self.task.running_changed.connect(self._on_running)
        self.report_model = ReportModel(self)
        self.imported = False
        self._build()

    def _build(self) -> None:
        self.summary_label = status_label()
        self.import_button = QPushButton(self.tr("&Import"))
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.progress, 1)
        self.result_label = status_label()
        self.report_view = QTableView()
        self.report_view.setModel(self.report_model)
        self.report_view.verticalHeader().setVisible(False)
        self.report_view.setWordWrap(False)
        self.report_view.verticalHeader().setDefaultSectionSize(
            self.report_view.fontMetrics().height() + 6)
        self.report_view.horizontalHeader().setStretchLastSection(True)
        self.report_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Interactive)
        self.report_view.setAccessibleName(self.tr("Import report"))
        for column, width in enumerate((80, 240, 160, 240)):
            self.report_view.setColumnWidth(column, width)
        self.save_button = QPushButton(self.tr("&Save report as CSV…"))
        self.undo_button = QPushButton(self.tr("&Undo this import"))
        self.schedule_button = QPushButton(self.tr("Save as scheduled &job…"))
        after = QHBoxLayout()
        after.addWidget(self.save_button)
        after.addWidget(self.undo_button)
        after.addWidget(self.schedule_button)
        after.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addLayout(buttons)
        layout.addWidget(self.result_label)
        layout.addWidget(self.report_view, 1)
        layout.addLayout(after)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button.clicked.connect(self.task.cancel)
        self.save_button.clicked.connect(self.save_report)
        self.undo_button.clicked.connect(self.undo_import)
        self.schedule_button.clicked.connect(self.open_schedule)
        if not self.context.schedules_jobs:
            self.schedule_button.setEnabled(False)
            self.schedule_button.setToolTip(self.tr("Not available for this directory"))

    def initializePage(self) -> None:
        plan = self.session.plan
        selected = self.session.selected
        aliases = sum(len(e.aliases) for e in selected)
        self.summary_label.setText(self.tr(
            "{0} users will be created in {1} (with {2} aliases), in the user database {3}.\n"
            "{4} entries are hidden because they already exist; {5} cannot be imported; "
            "{6} were not ticked.").format(
            len(selected), self.session.domain, aliases, self.session.database_path,
            plan.count(HIDDEN), plan.count(PROBLEM),
            len(plan.entries) - plan.count(HIDDEN) - plan.count(PROBLEM) - len(selected)))
        self.progress.setRange(0, max(1, len(selected)))
        self.progress.setValue(0)
        self.result_label.setText(self.tr("Nothing has been written yet."))
        self.report_model.set_lines([])
        self._set_done(False)

    def _set_done(self, done: bool) -> None:
        self.imported = done
        self.import_button.setEnabled(not done)
        self.save_button.setEnabled(done)
        self.undo_button.setEnabled(done and bool(self.session.report
                                                  and self.session.report.batch_id))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.imported and not self.task.running

    def start_import(self) -> None:
        """Write the ticked entries in one transaction, in the background."""
        if self.session.plan is None or self.session.plan.domain != self.session.domain:
            self.result_label.setText(self.tr("The list is out of date: go back to Users "
                                              "and list again."))
            return
        profile = self.session.profile.name or self.session.profile.host or None
        self.result_label.setText(self.tr("Importing…"))
        self.task.start(import_job(self.session, self.session.selected, profile),
                        self._on_imported)

    def _on_progress(self, payload) -> None:
        done, total = payload
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _on_imported(self, report) -> None:
        self.session.report = report
        self.report_model.set_lines(report.lines)
        counts = report.counts
        self.result_label.setText(self.tr(
            "✓ Batch {0}: {1} created, {2} skipped, {3} failed.").format(
            report.batch_id, counts[CREATED], counts[SKIPPED], counts[FAILED]))
        self.progress.setValue(self.progress.maximum())
        self._set_done(True)

    def _on_undone(self, undone) -> None:
        self.result_label.setText(self.tr(
            "✓ Batch {0} undone: removed {1} users and {2} aliases.").format(
            undone.batch_id, undone.users, undone.aliases))
        self.undo_button.setEnabled(False)

    def _on_failed(self, error) -> None:
        self.result_label.setText(error_text(error) + "\n" + self.tr("Nothing was changed."))
        show_error(self, error)

    def _on_running(self, running: bool) -> None:
        self.cancel_button.setEnabled(running)
        self.import_button.setEnabled(not running and not self.imported)
        self.completeChanged.emit()

    def open_schedule(self) -> ScheduleDialog:
        """Show the scheduled-job dialog for this profile."""
        dialog = ScheduleDialog(self.session, self.context, self)
        dialog.open()
        return dialog

    def save_report(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save report"), "report.csv",
                                              self.tr("CSV (*.csv)"))
        if path:
            self.save_report_to(path)

    def save_report_to(self, path: str) -> None:
        try:
            write_report(path, self.session.report)
        except OSError as error:
            show_error(self, LdapWizardError(f"The file {path} could not be written.",
                                             detail=str(error)))
            return
        self.result_label.setText(self.tr("Report saved to {0}.").format(path))

    def undo_import(self, confirm: bool = True) -> None:
        batch = self.session.report.batch_id
        if confirm and not messages.confirm(
                self, self.tr("Undo import"),
                self.tr("Remove everything batch {0} created?").format(batch)):
            return
        self.task.start(undo_job(Path(self.session.database_path), batch), self._on_undone)
