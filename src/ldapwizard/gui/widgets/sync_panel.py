"""Sync now, in the window: for a job that imported before, what a sync would do (users who left
the directory and users who changed, each with why), the job's removal policy (Remove accounts,
At most: the job record's fields, saved with it and read by the scheduled job), and the run —
core/operations/syncing.py, the operation `ldapwizard sync` runs.

Sync now never uses an older listing: it lists afresh, asks with the counts and the listing's
time, and on Yes runs that plan (`expected`): if the directory or the database changed in the
meantime, nothing is written and the new numbers are asked about instead. Listing shows its
progress and can be cancelled; a cancelled sync writes nothing. Its table is the report's
every line (SyncReport.all_lines: users, lists, notes) in the report CSV's words; Mailing list
members… (or a double-click on a line) opens the page's dialog for it
(dialogs/list_members_dialog.py, handed in as `members_dialog`).
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import replace

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from ldapwizard.core.errors import LdapWizardError, PlanChanged
from ldapwizard.core.maildb.location import PgTarget
from ldapwizard.core.maildb.reports import line_words
from ldapwizard.core.maildb.sync import DISABLED, KEPT, LEFT, REENABLED, REMOVED, UPDATED
from ldapwizard.core.maildb.sync_policy import checked_limit, default_limit_words
from ldapwizard.gui import messages
from ldapwizard.gui.models.report_model import ReportModel
from ldapwizard.gui.widgets.labels import error_text, status_label
from ldapwizard.gui.widgets.sync_jobs import preview_job, sync_job
from ldapwizard.gui.widgets.sync_preview import (
    counts_words,
    imported_before,
    job_label,
    profile_label,
    stop_words,
)
from ldapwizard.gui.workers import Task

log = logging.getLogger("ldapwizard.gui.sync")
_FIRST = (DISABLED, REMOVED, LEFT, KEPT, REENABLED, UPDATED)  # the preview's order


class SyncPanel(QGroupBox):
    """Sync now and Remove accounts; hidden unless the profile imported into the database."""

    synced = Signal(object)  # the SyncReport of a run that was written
    running_changed = Signal(bool)  # a sync (a write, not a preview) started or ended

    def __init__(self, session, opener, parent=None, *, members_dialog):
        super().__init__(parent)
        self.session = session
        self.opener = opener  # how the context opens the directory (the demo's its own)
        # the page's "Members of LIST" dialog, (parent, database path, address): a widget
        # opens no dialog of its own
        self.members_dialog = members_dialog
        self.setTitle(self.tr("Sync with the directory"))
        self.preview = None  # the SyncReport of the dry run shown
        self.outcome = None  # the SyncOutcome shown (its plan's identity, its listing's time)
        self.report = None  # the last run's SyncReport
        self._confirming = None  # Sync now waits for its fresh preview: ask (True) or not
        self.preview_task = Task(self)
        self.task = Task(self)
        self.check_task = Task(self)  # whether a PostgreSQL database has this profile's
        self.check_task.failed.connect(lambda error: log.warning(
            "could not read the batches: %s", error.message))
        self.model = ReportModel(self, preview=True)
        self._debounce = QTimer(self, singleShot=True, interval=400)
        self._debounce.timeout.connect(self._policy_edited)
        self._build()

    def _build(self) -> None:
        self.intro = status_label()
        self.preview_label = status_label()
        self.preview_view = QTableView()
        self.preview_view.setModel(self.model)
        self.preview_view.verticalHeader().setVisible(False)
        self.preview_view.setWordWrap(False)
        self.preview_view.horizontalHeader().setStretchLastSection(True)
        self.preview_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Interactive)
        self.preview_view.verticalHeader().setDefaultSectionSize(
            self.preview_view.fontMetrics().height() + 6)
        for column, width in enumerate((120, 240, 130)):
            self.preview_view.setColumnWidth(column, width)
        self.preview_view.setColumnHidden(4, True)  # the DN: the reason matters more here
        self.preview_view.setMaximumHeight(self.preview_view.fontMetrics().height() * 8)
        self.preview_view.setAccessibleName(self.tr("What a sync would do"))
        self.remove_check = QCheckBox(self.tr("&Remove accounts that left the directory "
                                              "(disable now, remove on a later sync)"))
        self.limit_edit = QLineEdit()
        self.limit_edit.setPlaceholderText(self.tr("10%, 1 to 500"))
        self.limit_edit.setToolTip(self.tr("At most this many removals in one sync: a count "
                                           "(25) or a share of the imported users (5%); "
                                           "empty: {0}. Saved with the job: the scheduled "
                                           "job uses it too.").format(default_limit_words()))
        self.limit_edit.setMaximumWidth(110)
        limit_label = QLabel(self.tr("&At most:"))
        limit_label.setBuddy(self.limit_edit)
        options = QHBoxLayout()
        options.addWidget(self.remove_check)
        options.addWidget(limit_label)
        options.addWidget(self.limit_edit)
        options.addStretch(1)
        self.sync_button = QPushButton(self.tr("Sync n&ow…"))
        self.cancel_button = QPushButton(self.tr("Cance&l sync"))
        self.cancel_button.setEnabled(False)
        self.lists_button = QPushButton(self.tr("Mailing list m&embers…"))
        self.lists_button.setToolTip(self.tr("The members of this database's mailing lists, "
                                             "and members added or removed by hand"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setTextVisible(False)
        self.progress.setVisible(False)
        self.result_label = status_label()
        buttons = QHBoxLayout()
        buttons.addWidget(self.sync_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.progress, 1)
        buttons.addStretch(1)  # while the progress bar is hidden
        buttons.addWidget(self.lists_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.preview_view)
        layout.addLayout(options)
        layout.addLayout(buttons)
        layout.addWidget(self.result_label)
        self.remove_check.toggled.connect(self._policy_edited)
        self.limit_edit.textChanged.connect(self._limit_edited)
        self.sync_button.clicked.connect(lambda: self.sync_now())  # not clicked's `checked`
        self.cancel_button.clicked.connect(self._cancel)
        self.lists_button.clicked.connect(lambda: self.open_list_members())
        self.preview_view.doubleClicked.connect(
            lambda index: self.open_list_members(self.model.lines()[index.row()].address))
        for task in (self.preview_task, self.task):
            task.running_changed.connect(self._on_running)
        self.task.running_changed.connect(self.running_changed)
        self.preview_task.failed.connect(self._on_preview_failed)
        self.preview_task.progressed.connect(self._on_progress)
        self.task.progressed.connect(lambda progress: self.result_label.setText(self.tr(
            "Syncing: listing the directory again, %n entries so far…", "", progress[0])))
        self.preview_task.cancelled.connect(self._on_preview_cancelled)
        self.task.failed.connect(self._on_failed)
        self.task.cancelled.connect(lambda: self.result_label.setText(
            self.tr("Sync cancelled; nothing was changed.")))

    # --- showing ---------------------------------------------------------------------------

    def refresh(self) -> bool:
        """Show the panel if this profile imported into the database before, with what a
        sync would do. True when shown."""
        label = profile_label(self.session)
        path = self.session.database_path
        if label and isinstance(path, PgTarget):  # a connection: not on the window's thread
            self.check_task.start(lambda progress, should_cancel: imported_before(path, label),
                                  lambda shown: self._show(label, shown))
            return self.isVisible()
        shown = False
        try:
            shown = bool(label) and imported_before(path, label)
        except LdapWizardError as error:
            log.warning("could not read the batches of %s: %s", path, error.message)
        return self._show(label, shown)

    def _show(self, label: str, shown: bool) -> bool:
        self.setVisible(shown)
        if shown:
            self.intro.setText(self.tr(
                'Profile "{0}" imported into this database before. A sync lists the directory '
                "again and brings its users in step with it: it creates every new entry "
                "(ticked or not, as the scheduled job does), updates names, DNs and aliases, "
                "disables the users the directory disabled (and enables them again when it "
                "does), and with Remove accounts disables the users who left. Remove accounts "
                "and At most are saved with the job. A sync cannot be undone.").format(label))
            self._show_policy()
            self.refresh_preview()
        return shown

    # --- the job's policy ------------------------------------------------------------------

    def _show_policy(self) -> None:
        """Remove accounts and At most as the job record has them."""
        profile = self.session.profile
        for widget in (self.remove_check, self.limit_edit):
            widget.blockSignals(True)
        self.remove_check.setChecked(profile.remove_missing)
        self.limit_edit.setText(profile.max_removals or "")
        for widget in (self.remove_check, self.limit_edit):
            widget.blockSignals(False)

    def _policy_edited(self) -> bool:
        """Put Remove accounts and At most into the job record; False (said) when At most
        is neither N nor P%."""
        try:
            limit = checked_limit(self.limit_edit.text())
        except LdapWizardError as error:
            self.preview_label.setText(error_text(error))
            return False
        self.session.profile = replace(self.session.profile,
                                       remove_missing=self.remove_check.isChecked(),
                                       max_removals=limit)
        self.refresh_preview()
        return True

    def _limit_edited(self) -> None:
        # the preview shown no longer fits: Sync now waits for the new one
        self.preview_task.cancel()
        self.preview = self.outcome = None
        self._update_buttons()
        self.preview_label.setText(self.tr("Working out what a sync would do…"))
        self._debounce.start()

    # --- previewing ------------------------------------------------------------------------

    def refresh_preview(self) -> None:
        """List afresh and work out in the background what Sync now would do."""
        self.preview_task.cancel()
        self.preview = self.outcome = None
        self.model.set_lines([])
        self.preview_view.setVisible(False)
        self._update_buttons()
        try:
            job = preview_job(self.session, self.opener)
        except LdapWizardError as error:
            self.preview_label.setText(error_text(error))
            return
        self.preview_label.setText(self.tr("Listing the directory to work out what a sync "
                                           "would do…"))
        self.preview_task.start(job, self._on_previewed)

    def _on_progress(self, progress) -> None:
        count, _pages = progress
        self.preview_label.setText(self.tr("Listing the directory: %n entries so far…", "",
                                           count))

    def _on_preview_failed(self, error) -> None:
        self._confirming = None
        self.preview_label.setText(error_text(error))
        self._update_buttons()

    def _on_preview_cancelled(self) -> None:
        self._confirming = None
        if self.preview is None and not self._debounce.isActive():  # not replaced meanwhile
            self.preview_label.setText(self.tr("Preview cancelled: change an option to work "
                                               "it out again."))

    def listed_when(self, outcome) -> str:
        """When the outcome's listing began, and how long ago."""
        started = dt.datetime.fromisoformat(outcome.listing.started_at)
        seconds = max(0, int((dt.datetime.now(dt.UTC) - started).total_seconds()))
        return self.tr("listed at {0}, {1} s ago").format(
            started.astimezone().strftime("%H:%M:%S"), seconds)

    def _on_previewed(self, outcome) -> None:
        self.outcome, self.preview = outcome, outcome.report
        preview = outcome.report
        lines = preview.all_lines()
        order = {status: i for i, status in enumerate(_FIRST)}
        self.model.set_lines(sorted(lines, key=lambda line: order.get(line.status, 99)))
        self.preview_view.setVisible(bool(lines))
        if preview.nothing_to_do:
            text = self.tr("Nothing to do: the database matches the directory ({0}).").format(
                self.listed_when(outcome))
        else:
            text = self.tr("A sync now would: {0} ({1}).").format(
                counts_words(outcome.identity.counts), self.listed_when(outcome))
        if preview.missing:
            text += "\n" + self.tr("%n users this profile imported left the directory.", "",
                                   len(preview.missing))
        if preview.left_out:  # still in the directory: the table names the rule or group
            text += "\n" + self.tr("%n users this profile imported are left out by the choice "
                                   "of who to import.", "", len(preview.left_out))
        if (preview.missing or preview.left_out) and not self.remove_check.isChecked():
            text += " " + self.tr("Tick Remove accounts to disable them.")
        if preview.stopped:
            text += "\n" + self.tr("⚠ Removals would stop: {0}.").format(stop_words(preview))
        self.preview_label.setText(text)
        self._update_buttons()
        confirming, self._confirming = self._confirming, None
        if confirming is not None:
            self._ask(outcome.identity, confirm=confirming)

    def open_list_members(self, address: str | None = None):
        """The members of the list at `address` (a line's address: the first list when it is
        not a list's), with Add… and Remove for members added by hand."""
        return self.members_dialog(self, self.session.database_path, address)

    # --- running ---------------------------------------------------------------------------

    def sync_now(self, confirm: bool = True) -> None:
        """List afresh, ask with what the sync would do now, then run exactly that plan in
        the background under the job's sync lock."""
        if self.running:
            return
        self._confirming = confirm
        self.result_label.setText("")
        self.refresh_preview()

    def _ask(self, identity, *, confirm: bool = True, changed: bool = False) -> None:
        """Ask about the plan `identity`; on Yes run it."""
        if self.preview is not None and self.preview.nothing_to_do and not changed:
            self._nothing_done(self.preview)
            return
        words = counts_words(identity.counts)
        if changed:
            question = self.tr(
                "The directory or the database changed since the question was asked; "
                "nothing was changed. Sync profile {0} into {1}? It would now: {2}.\nA sync "
                "cannot be undone.").format(job_label(self.session),
                                             self.session.database_path, words)
        else:
            question = self.tr(
                "Sync profile {0} into {1}? It would: {2}.\nThe directory was {3}; the sync lists "
                "it again and does nothing if this changed.\nA sync cannot be undone."
            ).format(job_label(self.session), self.session.database_path, words,
                     self.listed_when(self.outcome))
        if confirm and not messages.confirm(self, self.tr("Sync now"), question):
            if changed:
                self.result_label.setText(self.tr(
                    "Nothing was changed: the directory or the database changed since the "
                    "question. A sync now would: {0}.").format(words))
                self.refresh_preview()  # the table and its label show the new plan
            return
        self.result_label.setText(self.tr("Syncing…"))
        self.task.start(sync_job(self.session, self.opener, identity), self._on_synced)

    def _on_synced(self, outcome) -> None:
        report = outcome.report
        if report.nothing_to_do:
            self._nothing_done(report)
            log.info("sync from the window of job %s: nothing to do", job_label(
                self.session))
            self.refresh_preview()
            return
        self.report = report
        words = counts_words(outcome.identity.counts)
        text = self.tr("✓ Sync batch {0}: {1}.").format(report.batch_id, words)
        if report.stopped:
            text += "\n" + self.tr("⚠ Stopped by a safety limit: {0}. The rest was "
                                   "written.").format(stop_words(report))
        if outcome.welcome is not None:  # the job's welcome messages, sent after COMMIT
            text += "\n" + outcome.welcome.summary()
        self.result_label.setText(text)
        log.info("sync from the window of profile %s: batch %s: %s (plan %s)",
                 job_label(self.session), report.batch_id, words, outcome.plan_id)
        for line in report.all_lines():  # as `ldapwizard sync` logs them, the same words
            log.info("%s", line_words(line))
        if report.stopped:
            log.warning("sync batch %s stopped by a safety limit: %s", report.batch_id,
                        report.stopped)
        self.synced.emit(report)  # the page drops the session's preview: it is out of date
        self.refresh()  # what another sync would do now

    def _nothing_done(self, report) -> None:
        """Say that a sync had nothing to write (and recorded no batch), and why removals
        stopped if they did."""
        if report.stopped:
            self.result_label.setText(self.tr(
                "⚠ Stopped by a safety limit: {0}. Nothing else to do: nothing was changed "
                "and no batch was recorded.").format(stop_words(report)))
        else:
            self.result_label.setText(self.tr("✓ Nothing to do: the database matches the "
                                              "directory; no batch was recorded."))

    def _cancel(self) -> None:
        self._confirming = None
        self.preview_task.cancel()
        self.task.cancel()

    def _on_failed(self, error) -> None:
        if isinstance(error, PlanChanged):
            log.info("sync from the window: the plan changed, nothing was written")
            self._ask(error.now, changed=True)
            return
        self.result_label.setText(error_text(error) + "\n" + self.tr("Nothing was changed."))

    @property
    def running(self) -> bool:
        return self.task.running or self.preview_task.running

    def _on_running(self, _running: bool) -> None:
        running = self.running
        self.progress.setRange(0, 0 if running else 1)
        self.progress.setVisible(running)
        self.cancel_button.setEnabled(running)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.sync_button.setEnabled(not self.running)
