"""Sync now, in the window: for a profile that imported before, what a sync would do (users who
left the directory and users who changed, each with why), Remove accounts with its limit, and
the run itself — the engine, lock, limits and refusals of `ldapwizard sync`.

A sync brings in every new entry of the listing, ticked or not, as the scheduled job does, and
cannot be undone (it also updates, disables and removes); the panel says both before it runs.
"""

from __future__ import annotations

import logging
from pathlib import Path

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

from ldapwizard.core.errors import LdapWizardError
from ldapwizard.core.job.locks import sync_lock
from ldapwizard.core.maildb.database import UserDatabase
from ldapwizard.core.maildb.importer import CREATED, FAILED, SKIPPED
from ldapwizard.core.maildb.location import PgTarget
from ldapwizard.core.maildb.sync import (
    DISABLED,
    KEPT,
    LEFT,
    REENABLED,
    REMOVED,
    UPDATED,
    preview_sync,
    removal_limit,
    run_sync,
)
from ldapwizard.core.maildb.unlisted import listing_with_disabled, with_disabled_unlisted
from ldapwizard.gui import messages
from ldapwizard.gui.models.report_model import ReportModel
from ldapwizard.gui.widgets.labels import error_text, status_label
from ldapwizard.gui.widgets.sync_preview import (
    imported_before,
    profile_label,
    skipped_references,
    unlisted_reader,
    window_words,
)
from ldapwizard.gui.workers import Task

log = logging.getLogger("ldapwizard.gui.sync")
_FIRST = (DISABLED, REMOVED, LEFT, KEPT, REENABLED, UPDATED)  # the preview's order


def sync_arguments(session, remove_missing: bool, max_removals: str | None,
                   opener) -> dict:
    """What run_sync and preview_sync need from the window; LdapWizardError if it lacks one."""
    plan = session.plan
    return dict(users=[entry.user for entry in plan.entries], options=plan.options,
                profile=profile_label(session),
                directory=session.profile.directory_source(), remove_missing=remove_missing,
                max_removals=max_removals, skipped_references=skipped_references(plan),
                groups=([entry.group for entry in plan.lists]
                        if session.profile.groups_as_lists else None),
                read=unlisted_reader(session, opener))


def preview_job(path: Path, arguments: dict):
    """A dry run of the sync on a copy of the database, in the worker."""
    keywords = dict(arguments)
    users, options = keywords.pop("users"), keywords.pop("options")
    read = keywords.pop("read")

    def job(progress, should_cancel):
        listed, note = listing_with_disabled(path, users, options, keywords["profile"], read)
        report = preview_sync(path, listed, options, should_cancel=should_cancel, **keywords)
        report.notes.extend([note] if note else [])
        return report

    return job


def sync_job(path: Path, arguments: dict):
    """The sync under the profile's lock (the one `ldapwizard sync` takes), in the worker."""
    keywords = dict(arguments)
    users, options = keywords.pop("users"), keywords.pop("options")
    read = keywords.pop("read")

    def job(progress, should_cancel):
        # the lock `sync --profile NAME` takes: by the job's name (its rows go by its id)
        with sync_lock(keywords["directory"].job_name or keywords["profile"], path), \
                UserDatabase.open(path, write=True, create=True) as database:
            listed, note = with_disabled_unlisted(database, users, options,
                                                  keywords["profile"], read)
            report = run_sync(database, listed, options, should_cancel=should_cancel,
                              **keywords)
        report.notes.extend([note] if note else [])
        return report

    return job


def summary(report) -> str:
    return (f"{report.count(CREATED)} created, {len(report.updated)} updated, "
            f"{len(report.reenabled)} re-enabled, {len(report.disabled)} disabled, "
            f"{len(report.removed)} removed, {report.count(SKIPPED)} skipped, "
            f"{report.count(FAILED)} failed")


class SyncPanel(QGroupBox):
    """Sync now and Remove accounts; hidden unless the profile imported into the database."""

    synced = Signal(object)  # the SyncReport of a run that was written
    running_changed = Signal(bool)  # a sync (a write, not a preview) started or ended

    def __init__(self, session, opener, parent=None):
        super().__init__(parent)
        self.session = session
        self.opener = opener  # how the context opens the directory (the demo's its own)
        self.setTitle(self.tr("Sync with the directory"))
        self.preview = None  # the SyncReport of the dry run shown
        self.report = None  # the last run's SyncReport
        self.preview_task = Task(self)
        self.task = Task(self)
        self.check_task = Task(self)  # whether a PostgreSQL database has this profile's
        self.check_task.failed.connect(lambda error: log.warning(
            "could not read the batches: %s", error.message))
        self.model = ReportModel(self, preview=True)
        self._debounce = QTimer(self, singleShot=True, interval=400)
        self._debounce.timeout.connect(self.refresh_preview)
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
                                           "empty: 10%, at least 1 and at most 500, as the "
                                           "command line"))
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
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.preview_view)
        layout.addLayout(options)
        layout.addLayout(buttons)
        layout.addWidget(self.result_label)
        self.remove_check.toggled.connect(self.refresh_preview)
        self.limit_edit.textChanged.connect(self._limit_edited)
        self.sync_button.clicked.connect(lambda: self.sync_now())  # not clicked's `checked`
        self.cancel_button.clicked.connect(self._cancel)
        for task in (self.preview_task, self.task):
            task.running_changed.connect(self._on_running)
        self.task.running_changed.connect(self.running_changed)
        self.preview_task.failed.connect(
            lambda error: self.preview_label.setText(error_text(error)))
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
                'Profile "{0}" imported into this database before. A sync brings its users in '
                "step with the listing: it creates every new entry (ticked or not, as the "
                "scheduled job does), updates names, DNs and aliases, disables the users the "
                "directory disabled (and enables them again when it does), and with Remove "
                "accounts disables the users who left. A sync cannot be undone.").format(label))
            self.refresh_preview()
        return shown

    def _fits(self, preview) -> bool:
        """True when the Users page's preview (the session's; dropped by every write) was
        made with the options chosen here."""
        if self.limit_edit.text().strip() or not hasattr(preview, "all_lines"):
            return False
        removing = bool(preview.disabled or preview.removed or preview.kept or preview.stopped)
        return not preview.missing or removing == self.remove_check.isChecked()

    def _limit(self) -> str | None:
        return self.limit_edit.text().strip() or None

    def _arguments(self) -> dict | None:
        if self.session.plan is None:
            self.preview_label.setText(self.tr("✗ Sync needs a complete listing: go back to "
                                               "Users and choose List users."))
            return None
        try:
            removal_limit(self._limit(), 0)  # bad text is refused here, in words
            return sync_arguments(self.session, self.remove_check.isChecked(), self._limit(),
                                  self.opener)
        except LdapWizardError as error:
            self.preview_label.setText(error_text(error))
            return None

    def _limit_edited(self) -> None:
        # the preview shown no longer fits: Sync now waits for the new one
        self.preview_task.cancel()
        self.preview = None
        self._update_buttons()
        self.preview_label.setText(self.tr("Working out what a sync would do…"))
        self._debounce.start()

    def refresh_preview(self) -> None:
        """Work out in the background what Sync now would do with the options chosen."""
        self.preview_task.cancel()
        self.preview = None
        self.model.set_lines([])
        self.preview_view.setVisible(False)
        self._update_buttons()
        arguments = self._arguments()
        if arguments is None:
            return
        given = getattr(self.session, "sync_preview", None)
        if given is not None and self._fits(given):
            self._on_previewed(given)
            return
        self.preview_label.setText(self.tr("Working out what a sync would do…"))
        self.preview_task.start(preview_job(self.session.database_path, arguments),
                                self._on_previewed)

    def _on_preview_cancelled(self) -> None:
        if self.preview is None and not self._debounce.isActive():  # not replaced meanwhile
            self.preview_label.setText(self.tr("Preview cancelled: change an option to work "
                                               "it out again."))

    def _on_previewed(self, preview) -> None:
        self.preview = preview
        lines = preview.all_lines()
        order = {status: i for i, status in enumerate(_FIRST)}
        self.model.set_lines(sorted(lines, key=lambda line: order.get(line.status, 99)))
        self.preview_view.setVisible(bool(lines))
        text = self.tr("A sync now would: {0}.").format(summary(preview))
        if preview.missing:
            text += "\n" + self.tr("{0} users this profile imported left the directory.").format(
                len(preview.missing))
            if not self.remove_check.isChecked():
                text += " " + self.tr("Tick Remove accounts to disable them.")
        if preview.stopped:
            text += "\n" + self.tr("⚠ Removals would stop: {0}.").format(
                window_words(preview.stopped))
        self.preview_label.setText(text)
        self._update_buttons()

    # --- running ---------------------------------------------------------------------------

    def sync_now(self, confirm: bool = True) -> None:
        """Ask, then sync in the background under the profile's sync lock."""
        arguments = self._arguments()
        if arguments is None or self.preview is None:
            return
        preview = self.preview
        if confirm and not messages.confirm(
                self, self.tr("Sync now"),
                self.tr("Sync profile {0} into {1}? It would: {2}.\nA sync cannot be "
                        "undone.").format(self.session.profile.name or self.session.profile.host,
                                         self.session.database_path, summary(preview))):
            return
        self.result_label.setText(self.tr("Syncing…"))
        self.task.start(sync_job(self.session.database_path, arguments),
                        self._on_synced)

    def _on_synced(self, report) -> None:
        self.report = report
        text = self.tr("✓ Sync batch {0}: {1}.").format(report.batch_id, summary(report))
        if report.stopped:
            text += "\n" + self.tr("⚠ Stopped by a safety limit: {0}. The rest was "
                                   "written.").format(window_words(report.stopped))
        self.result_label.setText(text)
        log.info("sync from the window of profile %s: batch %s: %s",
                 self.session.profile.name or self.session.profile.host, report.batch_id,
                 summary(report))
        if report.stopped:
            log.warning("sync batch %s stopped by a safety limit: %s", report.batch_id,
                        report.stopped)
        self.synced.emit(report)  # the page drops the session's preview: it is out of date
        self.refresh()  # what another sync would do now

    def _cancel(self) -> None:
        self.preview_task.cancel()
        self.task.cancel()

    def _on_failed(self, error) -> None:
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
        self.sync_button.setEnabled(self.preview is not None and not self.running
                                    and self.session.plan is not None)
