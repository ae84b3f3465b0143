"""Page 4 — Import: what will happen in numbers, the import with progress, the report, undo;
Sync now for a profile that imported before; the batches; the mail server's next step.

Every write here (import, undo, sync) changes what the Users page planned against: that plan
is then stale, the page shows what was done instead of offering it again, and the Users page
lists again before anything more is imported.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from ldapwizard.core.errors import LdapWizardError, PlanChanged
from ldapwizard.core.maildb.importer import ImportReport
from ldapwizard.core.maildb.outcome import CommitInterrupted
from ldapwizard.core.maildb.planner import HIDDEN, NEW, PROBLEM
from ldapwizard.core.maildb.reports import write_report
from ldapwizard.core.maildb.undo import UndoRefused, undone_report
from ldapwizard.core.operations.importing import import_selection
from ldapwizard.core.operations.planning import plan_identity, short_id
from ldapwizard.gui import messages
from ldapwizard.gui.dialogs.batches_dialog import BatchesDialog, undo_job, undo_question
from ldapwizard.gui.dialogs.list_members_dialog import open_list_members
from ldapwizard.gui.dialogs.mailserver_dialog import MailServerDialog
from ldapwizard.gui.dialogs.schedule_dialog import ScheduleDialog
from ldapwizard.gui.dialogs.welcome_preview import WelcomePreviewDialog
from ldapwizard.gui.dialogs.welcome_server import MailServerForMessages
from ldapwizard.gui.messages import show_error
from ldapwizard.gui.models.report_model import ReportModel
from ldapwizard.gui.pages.base import BasePage
from ldapwizard.gui.widgets.job_name import JobNameField
from ldapwizard.gui.widgets.labels import error_text, status_label
from ldapwizard.gui.widgets.sync_panel import SyncPanel
from ldapwizard.gui.widgets.welcome_box import WelcomeBox
from ldapwizard.gui.workers import Task

log = logging.getLogger("ldapwizard.gui.import")


def chosen_lists(session) -> list:
    """The new mailing lists ticked on the Users page (those ticked by default, if never
    shown there)."""
    if session.selected_lists is not None:
        return list(session.selected_lists)
    return [e for e in session.plan.lists if e.ticked_by_default]


def shown_identity(session):
    """The identity of what the page offers: the ticked entries and lists, as created."""
    plan = session.plan
    return plan_identity(session.selected, chosen_lists(session), plan.domain)


def import_job(session, expected):
    """Import in the worker thread (core.operations.importing), with its own database
    connection: exactly the plan `expected` names, or PlanChanged and nothing written."""
    plan, path, job = session.plan, session.database_path, session.profile
    entries, lists = list(session.selected), chosen_lists(session)

    def run(progress, should_cancel):
        return import_selection(job, path, plan, entries, lists, expected=expected,
                                on_progress=lambda done, total: progress(done, total),
                                should_cancel=should_cancel, send_welcome=False)

    return run


class ImportPage(BasePage):
    """The last page: nothing is written before Import (or Sync now) is pressed."""

    def __init__(self, session, context, parent=None):
        super().__init__(session, context, parent)
        self.setTitle(self.tr("Import"))
        self.setSubTitle(self.tr("Check the numbers, then import. The import is one "
                                 "transaction: it lands whole or not at all."))
        self.task = Task(self)
        self.task.progressed.connect(self._on_progress)
        self.task.failed.connect(self._on_failed)
        self.task.cancelled.connect(self._on_cancelled)
        self.task.running_changed.connect(self._update_buttons)
        self.report_model = ReportModel(self)
        self.imported = False  # this visit wrote something: Finish is offered
        self.import_report: ImportReport | None = None  # the last import from this page
        self.undone = False
        self.stale_plan = None  # the plan the database no longer matches
        self.identity = None  # what the numbers on show stand for (PlanIdentity)
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
        self.sync_panel = SyncPanel(self.session, self.context.open_directory, self,
                                    members_dialog=open_list_members)
        self.sync_panel.setVisible(False)
        self.save_button = QPushButton(self.tr("&Save report as CSV…"))
        self.undo_button = QPushButton(self.tr("&Undo this import"))
        self.schedule_button = QPushButton(self.tr("Save as scheduled &job…"))
        self.batches_button = QPushButton(self.tr("Ba&tches…"))
        self.batches_button.setToolTip(self.tr("What ldapwizard did to this database, and "
                                               "undo of any import that still can be"))
        self.mail_button = QPushButton(self.tr("&Mail server set-up…"))
        self.mail_button.setToolTip(self.tr("How Postfix and Dovecot read this database"))
        after = QHBoxLayout()
        for button in (self.save_button, self.undo_button, self.schedule_button):
            after.addWidget(button)
        after.addStretch(1)
        after.addWidget(self.batches_button)
        after.addWidget(self.mail_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        self.job_name = JobNameField(self.session, self.context, self)
        layout.addWidget(self.job_name)
        self.welcome_box = WelcomeBox(  # sent after the import, below
            self.session, self, preview_dialog=WelcomePreviewDialog,
            server_dialog=MailServerForMessages)
        self.welcome_box.changed.connect(self.save_job)
        layout.addWidget(self.welcome_box)
        layout.addLayout(buttons)
        layout.addWidget(self.result_label)
        layout.addWidget(self.report_view, 1)
        layout.addLayout(after)
        layout.addWidget(self.sync_panel)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button.clicked.connect(self.task.cancel)
        self.save_button.clicked.connect(self.save_report)
        # clicked() passes `checked`, which must not land in `confirm`
        self.undo_button.clicked.connect(lambda: self.undo_import())
        self.schedule_button.clicked.connect(self.open_schedule)
        self.batches_button.clicked.connect(self.open_batches)
        self.mail_button.clicked.connect(self.open_mail_server)
        self.sync_panel.synced.connect(self._on_synced)
        self.sync_panel.running_changed.connect(self._update_buttons)
        if not self.context.schedules_jobs:
            self.schedule_button.setEnabled(False)
            self.schedule_button.setToolTip(self.tr("Not available for this directory"))

    # --- lifecycle -------------------------------------------------------------------------

    def initializePage(self) -> None:
        plan = self.session.plan
        stale = plan is None or plan is self.stale_plan
        if not stale:
            self._show_plan(plan)
        elif self.import_report is None:
            # nothing of ours to show (a sync, or an undo from Batches…, changed the database)
            self.summary_label.setText(self.tr(
                "The database changed since the Users page listed: go back to Users and "
                "choose List users before importing more."))
        # else: what was written stays on show (batch, counts, Undo for it), never a second
        # import of the same plan
        self.job_name.refresh()
        self.welcome_box.refresh()
        self._update_buttons()
        self.sync_panel.refresh()

    def _show_plan(self, plan) -> None:
        selected = self.session.selected
        self.identity = identity = shown_identity(self.session)
        counts = identity.counts
        left_out = sum(bool(e.user.excluded) for e in plan.entries if e.status == HIDDEN)
        hidden = plan.count(HIDDEN) - left_out
        self.summary_label.setText(self.tr(
            "These will be created in {3}, in the user database {4} (plan {5}): users {0}, "
            "aliases {1}, mailing lists {2}.\n"
            "Hidden because they already exist: {6}; left out by the choice of who to import: "
            "{7}; cannot be imported: {8}; not ticked: {9}.").format(
            counts.users, counts.aliases, counts.lists, self.session.domain,
            self.session.database_path, short_id(identity), hidden, left_out,
            plan.count(PROBLEM), plan.count(NEW) - len(selected)))
        self.progress.setRange(0, max(1, len(selected)))
        self.progress.setValue(0)
        self.result_label.setText(self.tr("Nothing has been written yet."))
        self.report_model.set_lines([])
        self.import_report, self.undone, self.imported = None, False, False

    def _update_buttons(self, *_) -> None:
        running = self.task.running or self.sync_panel.task.running
        plan = self.session.plan
        self.import_button.setEnabled(not running and plan is not None
                                      and plan is not self.stale_plan
                                      and self.identity is not None
                                      and bool(self.identity.counts.users
                                               or self.identity.counts.lists))
        self.cancel_button.setEnabled(self.task.running)
        self.save_button.setEnabled(not running and self.report_model.rowCount() > 0)
        self.undo_button.setEnabled(not running and not self.undone and bool(
            self.import_report and self.import_report.batch_id))
        self.sync_panel.setEnabled(not self.task.running)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.imported and not self.task.running and not self.sync_panel.task.running

    def _database_changed(self) -> None:
        """The database no longer matches the plan: the Users page lists again when next
        shown (and a sync preview made with that plan is dropped)."""
        self.stale_plan = self.session.plan
        if getattr(self.session, "sync_preview", None) is not None:
            self.session.sync_preview = None
        wizard = self.wizard()
        for page in getattr(wizard, "pages", ()):
            if hasattr(page, "listed_for"):  # the Users page: its listing key no longer fits
                page.listed_for = None

    # --- import ----------------------------------------------------------------------------

    def start_import(self) -> None:
        """Write the ticked entries in one transaction, in the background."""
        plan = self.session.plan
        if plan is None or plan is self.stale_plan or plan.domain != self.session.domain:
            self.result_label.setText(self.tr("The list is out of date: go back to Users "
                                              "and list again."))
            return
        if self.identity is None or not (self.identity.counts.users
                                         or self.identity.counts.lists):  # no empty batch
            self.result_label.setText(self.tr("Nothing is ticked on the Users page, so "
                                              "there is nothing to import."))
            return
        if not self.job_name.save_job():  # the first Import saves the job record first
            return
        try:
            job = import_job(self.session, self.identity)
        except LdapWizardError as error:
            self.result_label.setText(error_text(error))
            return
        self.result_label.setText(self.tr("Importing…"))
        self.task.start(job, self._on_imported)

    def _on_progress(self, payload) -> None:
        done, total = payload
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _on_imported(self, result) -> None:
        report, counts = result.report, result.counts
        self.session.report = self.import_report = report
        self.undone, self.imported = False, True
        self._database_changed()
        self.report_model.set_lines(report.lines)
        self.result_label.setText(self.tr(
            "✓ Batch {0}: created users {1}, aliases {2}, mailing lists {3}; skipped {4}, "
            "failed {5}.").format(report.batch_id, counts.users, counts.aliases, counts.lists,
                                  counts.skipped, counts.failed))
        self.summary_label.setText(self.tr(
            "Batch {0} created in {4}, in the user database {5}: users {1}, aliases {2}, "
            "mailing lists {3}. To import more, go back to Users and list again.").format(
            report.batch_id, counts.users, counts.aliases, counts.lists, self.session.domain,
            self.session.database_path)
            + (f"\n{result.interrupted.message}" if result.interrupted else ""))
        self.progress.setValue(self.progress.maximum())
        log.info("import from the window: batch %s into %s (%s): %d users, %d aliases and %d "
                 "mailing lists created, %d skipped, %d failed", report.batch_id,
                 self.session.domain, self.session.database_path, counts.users,
                 counts.aliases, counts.lists, counts.skipped, counts.failed)
        self._update_buttons()
        self.sync_panel.refresh()
        sending = self.welcome_box.sending_job(report.batch_id)
        if sending is not None:  # after COMMIT: a failure here never undoes the import
            self.welcome_text = self.result_label.text()
            self.result_label.setText(self.welcome_text + "\n" + self.tr(
                "Sending welcome messages…"))
            self.task.start(sending, lambda outcome: self.result_label.setText(
                self.welcome_text + "\n" + self.welcome_box.outcome_text(outcome)))

    def _on_cancelled(self) -> None:
        self.result_label.setText(self.tr("Cancelled; nothing was changed."))
        self.progress.setValue(0)

    def _on_failed(self, error) -> None:
        if isinstance(error, PlanChanged):
            self._plan_changed(error)
            return
        if isinstance(error, UndoRefused):  # in the window's words, not the command line's
            error = LdapWizardError(error.message, detail=error.detail, hint=self.tr(
                "Resolve them and undo again, or choose Batches… to undo it anyway (it asks "
                "twice)."))
        if isinstance(error, CommitInterrupted):  # it says itself whether anything landed
            self.result_label.setText(error_text(error))
        else:
            self.result_label.setText(error_text(error) + "\n" + self.tr("Nothing was changed."))
        show_error(self, error)

    def _plan_changed(self, error: PlanChanged) -> None:
        """The database changed under the page: nothing was imported; show the numbers an
        import would have now, and have the Users page list and plan again."""
        now = error.now.counts
        self._database_changed()
        for page in getattr(self.wizard(), "pages", ()):
            if hasattr(page, "relist_when_shown"):  # the Users page plans again on Back
                page.relist_when_shown = True
        self.summary_label.setText(self.tr(
            "The user database changed since these numbers were shown (another import, an "
            "undo or a hand-made address), so nothing was imported. An import now would "
            "create: users {0}, aliases {1}, mailing lists {2}. Go back to Users, which "
            "lists and plans again; check the entries, then import.").format(
            now.users, now.aliases, now.lists))
        self.result_label.setText(self.tr("Nothing was changed."))
        self.progress.setValue(0)  # nothing landed: no bar standing full
        log.info("import from the window stopped: the database changed since plan %s was "
                 "shown; it would now create %d users, %d aliases and %d mailing lists",
                 short_id(self.identity), now.users, now.aliases, now.lists)
        self._update_buttons()

    # --- undo ------------------------------------------------------------------------------

    def undo_import(self, confirm: bool = True) -> None:
        """Ask, saying what would go, then remove what this page's import created."""
        batch = self.import_report.batch_id
        path = self.session.database_path
        if confirm:
            try:
                question = undo_question(path, batch)
            except LdapWizardError as error:
                show_error(self, error)
                return
            if not messages.confirm(self, self.tr("Undo import"), question):
                return
        self.result_label.setText(self.tr("Undoing batch {0}…").format(batch))
        self.task.start(undo_job(path, batch), self.batch_undone)

    def batch_undone(self, undone) -> None:
        """An undo finished (here or in Batches…): say so, and if it was this page's import,
        show its rows as undone."""
        log.info("undo from the window: batch %s: removed %d users, %d aliases, %d lists%s",
                 undone.batch_id, undone.users, undone.aliases, undone.lists,
                 f" ({len(undone.forced)} forced)" if undone.forced else "")
        self._database_changed()
        text = self.tr("✓ Batch {0} undone. Removed: users {1}, aliases {2}.").format(
            undone.batch_id, undone.users, undone.aliases)
        if self.import_report is None or undone.batch_id != self.import_report.batch_id:
            self.result_label.setText(text)
            self._update_buttons()
            return
        self.undone = True
        self.session.report = self.import_report = undone_report(self.import_report, undone)
        self.report_model.set_lines(self.import_report.lines)
        self.result_label.setText(text)
        self.summary_label.setText(self.tr(
            "Batch {0} was undone: nothing of it is left in {1}. To import again, go back to "
            "Users and list again.").format(undone.batch_id, self.session.database_path))
        self._update_buttons()

    # --- sync ------------------------------------------------------------------------------

    def _on_synced(self, report) -> None:
        self._database_changed()
        self.imported = True
        self.report_model.set_lines(report.all_lines())
        self.result_label.setText(self.tr(
            "Sync batch {0} is shown below. A sync cannot be undone: it also updated, "
            "disabled or removed users.").format(report.batch_id))
        self._update_buttons()

    # --- dialogs and the report ------------------------------------------------------------

    def open_schedule(self) -> ScheduleDialog:
        """Show the scheduled-job dialog for this profile."""
        dialog = ScheduleDialog(self.session, self.context, self)
        dialog.finished.connect(self.sync_panel.refresh)  # the policy it edited, shown
        dialog.open()
        return dialog

    def batches_dialog(self) -> BatchesDialog:
        dialog = BatchesDialog(self.session.database_path, self)
        dialog.batch_undone.connect(self.batch_undone)
        return dialog

    def open_batches(self) -> None:
        dialog = self.batches_dialog()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def open_mail_server(self) -> None:
        dialog = MailServerDialog(self.session.database_path, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def save_report(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save report"), "report.csv",
                                              self.tr("CSV (*.csv)"))
        if path:
            self.save_report_to(path)

    def save_report_to(self, path: str) -> None:
        """Save the report shown (an import's, as it stands after any undo, or a sync's)."""
        try:
            write_report(path, ImportReport(None, False, self.report_model.lines()))
        except OSError as error:
            show_error(self, LdapWizardError(self.tr("The file {0} could not be written.")
                                             .format(path), detail=str(error)))
            return
        self.result_label.setText(self.tr("Report saved to {0}.").format(path))
