"""Page 3 — Users: a paged listing streams in while the window stays responsive; tick, filter,
sort, see what is hidden and why, export the preview.

Next is refused unless the listing ended complete and at least one entry is ticked.
"""

from __future__ import annotations

import gc
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
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
from ldapwizard.core.job.listing_process import list_and_plan
from ldapwizard.core.maildb.planner import HIDDEN, PROBLEM
from ldapwizard.core.maildb.reports import write_preview
from ldapwizard.gui.messages import show_error
from ldapwizard.gui.pages.base import BasePage, error_text, status_label
from ldapwizard.gui.users_model import UsersModel
from ldapwizard.gui.workers import Task


def listing_job(session, opener):
    """A Qt-free function that lists and plans in a child process (see listing_process)."""
    connection, search = session.search_settings()
    password = session.password
    options = session.plan_options()
    path = Path(session.database_path)

    def job(progress, should_cancel):
        return list_and_plan(opener, connection, password, search, options, path,
                             on_page=progress, should_cancel=should_cancel)

    return job


class UsersPage(BasePage):
    """The preview table."""

    def __init__(self, session, context, parent=None):
        super().__init__(session, context, parent)
        self.setTitle(self.tr("Users"))
        self.setSubTitle(self.tr("List the directory's users, tick the ones to import. "
                                 "Entries that already exist are hidden."))
        self.complete_listing = False
        self.listed = 0
        self.listed_for: tuple | None = None
        self.task = Task(self)
        self.task.progressed.connect(self._on_page)
        self.task.failed.connect(self._on_failed)
        self.task.cancelled.connect(self._on_cancelled)
        self.task.running_changed.connect(self._on_running)
        self.model = UsersModel(parent=self)
        self.model.selection_changed.connect(self._update_counts)
        self.model.released.connect(self._on_released)
        self._build()

    def _build(self) -> None:
        self.list_button = QPushButton(self.tr("&List users"))
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(160)
        self.progress.setVisible(False)
        self.count_label = QLabel()
        top = QHBoxLayout()
        for widget in (self.list_button, self.cancel_button, self.progress):
            top.addWidget(widget)
        top.addWidget(self.count_label, 1)

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter by name, address, DN…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Filter"))
        filter_label = QLabel(self.tr("&Filter:"))
        filter_label.setBuddy(self.filter_edit)
        filter_row = QHBoxLayout()
        filter_row.addWidget(filter_label)
        filter_row.addWidget(self.filter_edit, 1)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 6)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((60, 150, 220, 150, 140, 230)):
            self.table.setColumnWidth(column, width)
        self.table.setAccessibleName(self.tr("Directory users"))

        self.all_button = QPushButton(self.tr("Select &all"))
        self.none_button = QPushButton(self.tr("Select n&one"))
        self.filtered_button = QPushButton(self.tr("Select fil&tered"))
        self.selected_label = QLabel()
        self.export_button = QPushButton(self.tr("&Export preview to CSV…"))
        selection_row = QHBoxLayout()
        for widget in (self.all_button, self.none_button, self.filtered_button):
            selection_row.addWidget(widget)
        selection_row.addWidget(self.selected_label, 1)
        selection_row.addWidget(self.export_button)

        self.hidden_label = QLabel()
        self.show_hidden = QCheckBox(self.tr("&Show them, with the reason"))
        hidden_row = QHBoxLayout()
        hidden_row.addWidget(self.hidden_label)
        hidden_row.addWidget(self.show_hidden)
        hidden_row.addStretch(1)
        self.message_label = status_label()

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filter_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(selection_row)
        layout.addLayout(hidden_row)
        message_row = QHBoxLayout()
        message_row.addWidget(self.message_label, 1)
        message_row.addWidget(self.details_button)
        layout.addLayout(message_row)

        self.list_button.clicked.connect(self.list_users)
        self.cancel_button.clicked.connect(self.task.cancel)
        self.filter_edit.textChanged.connect(self.model.set_filter_text)
        self.filter_edit.textChanged.connect(self._update_counts)
        self.all_button.clicked.connect(lambda: self.model.set_all_checked(True))
        self.none_button.clicked.connect(lambda: self.model.set_all_checked(False))
        self.filtered_button.clicked.connect(lambda: self.model.set_filtered_checked(True))
        self.show_hidden.toggled.connect(self.model.set_show_hidden)
        self.show_hidden.toggled.connect(self._update_counts)
        self.export_button.clicked.connect(self.export_preview)
        self._update_counts()

    # --- lifecycle -------------------------------------------------------------------------

    def initializePage(self) -> None:
        self.model.set_domain(self.session.domain)
        if self.listed_for != self.session.listing_key():
            # the server, search, domain or database changed since: this list is stale
            self.task.cancel()
            self.complete_listing = False
            self._drop_listing()
        if not self.complete_listing and not self.task.running:
            QTimer.singleShot(0, self.list_users)

    def cleanupPage(self) -> None:
        self.task.cancel()

    def isComplete(self) -> bool:
        return self.complete_listing and not self.task.running and \
            self.model.checked_count() > 0

    def validatePage(self) -> bool:
        self.session.selected = self.model.checked_entries()
        return bool(self.session.selected)

    # --- listing ---------------------------------------------------------------------------

    def list_users(self) -> None:
        """Start the paged listing in the background; rows stream into the table."""
        try:
            job = listing_job(self.session, self.context.open_directory)
        except LdapWizardError as error:
            self.message_label.setText(error_text(error))
            return
        self.complete_listing = False
        self._drop_listing()
        self.listed = 0
        self.listed_for = self.session.listing_key()
        self.report(self.message_label, None, self.tr("Listing…"))
        self.task.start(job, self._on_listed)

    def _drop_listing(self) -> None:
        self.session.plan = None
        self.model.clear()  # frees the entries over the next event-loop turns

    def _on_released(self) -> None:
        # What _on_page froze is gone now, or is the rest of the app: let the collector see
        # it, unless a new listing's rows came first (they would be walked by the next full
        # collection until the next page freezes them again).
        if self.model.total_count() == 0:
            gc.unfreeze()

    def _on_page(self, payload) -> None:
        self.listed, entries = payload
        self.model.append_entries(entries)  # its selection_changed updates the counts
        # Listed entries live until the next listing. Frozen, they are out of the garbage
        # collector's generations, so a collection walks only what was made since the last
        # page: walking every entry listed so far took 115-170 ms at 100,000 users, the
        # window's longest stalls. _on_released hands them back.
        gc.freeze()

    def _on_listed(self, plan) -> None:
        self.session.plan = plan
        # the rows shown are the plan's entries but for the few it re-planned: update those
        self.model.finish_listing(plan.entries)
        self.complete_listing = True
        notes = "".join(f"\nnote: {note}" for note in plan.listing_notes)
        self.message_label.setText(self.tr("✓ The listing is complete: {0} entries.").format(
            len(plan.entries)) + notes)
        self._update_counts()
        self.completeChanged.emit()

    def _on_failed(self, error) -> None:
        self.complete_listing = False
        self.report(self.message_label, error)
        self.message_label.setText(self.message_label.text() + "\n" + self.tr(
            "The list above is incomplete, so it cannot be imported. Fix the problem and "
            "list again."))
        self.completeChanged.emit()

    def _on_cancelled(self) -> None:
        self.complete_listing = False
        self.message_label.setText(self.tr("Listing cancelled; the list is incomplete. "
                                           "Choose List users to start again."))
        self.completeChanged.emit()

    def _on_running(self, running: bool) -> None:
        self.list_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.progress.setRange(0, 0 if running else 1)
        self.progress.setVisible(running)
        self.completeChanged.emit()

    def _update_counts(self, *_) -> None:
        model = self.model
        listed = self.listed
        running = self.task.running
        total = model.total_count()
        self.count_label.setText(
            self.tr("{0} entries listed so far…").format(listed) if running
            else self.tr("{0} entries").format(total) if total else "")
        hidden = model.status_count(HIDDEN)
        self.hidden_label.setText(self.tr("{0} hidden because they already exist —").format(
            hidden))
        self.hidden_label.setVisible(hidden > 0)
        self.show_hidden.setVisible(hidden > 0)
        problems = model.status_count(PROBLEM)
        self.selected_label.setText(self.tr("{0} selected · {1} shown · {2} cannot be "
                                            "imported").format(model.checked_count(),
                                                               model.rowCount(), problems))
        self.completeChanged.emit()

    def export_preview(self) -> None:
        """Save the preview (with hidden entries and reasons) as Excel-safe CSV."""
        if self.session.plan is None:
            self.message_label.setText(self.tr("List the users first: only a complete "
                                               "listing can be exported."))
            return
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export preview"), "preview.csv",
            self.tr("CSV, comma-separated (*.csv);;CSV, semicolon-separated (*.csv)"))
        if path:
            self.export_to(path, ";" if "semicolon" in chosen else ",")

    def export_to(self, path: str, delimiter: str = ",") -> None:
        try:
            rows = write_preview(path, self.session.plan, delimiter=delimiter,
                                 selected=self.model.checked_ids())
        except (LdapWizardError, OSError) as error:
            show_error(self, error if isinstance(error, LdapWizardError) else
                       LdapWizardError(f"The file {path} could not be written.",
                                       detail=str(error)))
            return
        self.message_label.setText(self.tr("Exported {0} rows to {1}.").format(rows, path))
