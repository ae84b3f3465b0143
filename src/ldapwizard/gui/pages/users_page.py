"""Page 3 — Users: a paged listing streams in while the window stays responsive; tick, filter,
sort, see what is hidden and why, export the preview. For a profile that imported before, a
second tab shows who left the directory and who changed since, as a sync would treat them.

Next is refused unless the listing ended complete and at least one entry is ticked.
"""

from __future__ import annotations

import gc
import logging

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
)

from ldapwizard.core.errors import LdapWizardError
from ldapwizard.core.maildb.planner import HIDDEN, NEW, PROBLEM
from ldapwizard.core.operations.planning import list_and_plan
from ldapwizard.gui.dialogs.list_members_dialog import open_list_members
from ldapwizard.gui.models.users_model import UsersModel
from ldapwizard.gui.pages import users_export
from ldapwizard.gui.pages.base import BasePage
from ldapwizard.gui.widgets.labels import error_text, status_label
from ldapwizard.gui.widgets.lists_view import ListsView
from ldapwizard.gui.widgets.sync_preview import SyncPreviewView, preview_job, profile_label
from ldapwizard.gui.widgets.users_view import UsersView
from ldapwizard.gui.workers import Task

log = logging.getLogger("ldapwizard.gui.users")


def listing_job(session, opener):
    """A Qt-free function that lists and plans in a child process (see listing_process)."""
    connection, search = session.search_settings()
    password = session.password
    options = session.plan_options()
    path = session.database_path

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
        self.excluded = 0
        self.listed_for: tuple | None = None
        self.relist_when_shown = False  # the Import page found the plan stale: list again
        # the task's run is the sync preview that follows a listing, not a listing: it does
        # not hold Next back, and its failure is not the listing's
        self.previewing = False
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

        self.table = UsersView(self.model)
        self.tabs = QTabWidget()
        self.tabs.setTabBarAutoHide(True)  # one tab, unless the profile imported before
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.table, self.tr("Entries in the directory"))
        self.sync_view = SyncPreviewView(self.tabs)
        self.lists_view = ListsView(self.tabs)  # the mail-enabled groups, as mailing lists
        self.lists_view.selection_changed.connect(self._update_counts)
        self.lists_view.members_asked.connect(
            lambda address: open_list_members(self, self.session.database_path, address))

        self.all_button = QPushButton(self.tr("Select &all"))
        self.none_button = QPushButton(self.tr("Select n&one"))
        self.filtered_button = QPushButton(self.tr("Select fil&tered"))
        self.selected_label = QLabel()
        self.export_button = QPushButton(self.tr("&Export preview to CSV"))
        export_menu = QMenu(self.export_button)
        export_menu.addAction(self.tr("&All entries, hidden ones with their reasons…"),
                              lambda: self.export_preview(as_shown=False))
        export_menu.addAction(self.tr("As &shown: this filter, toggle and sort order…"),
                              lambda: self.export_preview(as_shown=True))
        self.export_button.setMenu(export_menu)
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
        # addresses in other domains: said once here, not on hundreds of rows
        self.outside_label = QLabel()
        self.outside_button = QPushButton(self.tr("Show &which"))
        self.outside_button.setCheckable(True)
        self.outside_button.setToolTip(self.tr("Show only these entries (the addresses are "
                                               "in each row's tool tip); again to show all"))
        outside_row = QHBoxLayout()
        outside_row.addWidget(self.outside_label)
        outside_row.addWidget(self.outside_button)
        outside_row.addStretch(1)
        self.message_label = status_label()

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filter_row)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(selection_row)
        layout.addLayout(hidden_row)
        layout.addLayout(outside_row)
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
        self.outside_button.toggled.connect(self._show_outside)
        # the tab bar (shown only with a second tab) before the table, which came after the
        # filter when it was made but went into the tabs later
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for first, then in ((self.filter_edit, self.tabs.tabBar()),
                            (self.tabs.tabBar(), self.table), (self.table, self.all_button)):
            self.setTabOrder(first, then)
        self._update_counts()

    # --- lifecycle -------------------------------------------------------------------------

    def initializePage(self) -> None:
        self.model.set_domain(self.session.domain)
        if self.listed_for != self.session.listing_key():
            # the server, search, domain or database changed since: this list is stale
            self.task.cancel()
            self.complete_listing = False
            self._drop_listing()
        if not self.complete_listing and (not self.task.running or self.previewing):
            QTimer.singleShot(0, self.list_users)  # a sync preview running is superseded

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # back from an import stopped because the database changed under its plan: QWizard's
        # Back calls no initializePage, so the new plan is made here
        if self.relist_when_shown and not self.task.running:
            self.relist_when_shown = False
            self.list_users()  # at once: Next waits for the new plan

    def cleanupPage(self) -> None:
        self.task.cancel()

    def isComplete(self) -> bool:
        listing = self.task.running and not self.previewing
        return self.complete_listing and not listing and (
            self.model.checked_count() > 0 or self._sync_has_work())

    def validatePage(self) -> bool:
        self.session.selected = self.model.checked_entries()
        self.session.selected_lists = self.lists_view.chosen_lists()
        # nothing new to import, but a profile that imported before may go on to Sync now
        return bool(self.session.selected) or self._sync_has_work()

    def _sync_has_work(self) -> bool:
        preview = getattr(self.session, "sync_preview", None)
        return preview is not None and preview.has_work

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
        self.previewing = False
        log.info("listing of profile %s (%s) for %s started", self._profile(),
                 self.session.profile.host, self.session.domain)
        self.task.start(job, self._on_listed)

    def _profile(self) -> str:
        return profile_label(self.session) or "(unsaved)"

    def _drop_listing(self) -> None:
        self.session.plan = None
        self.session.sync_preview = None
        self.sync_view.clear()  # and its tab
        self.lists_view.clear()
        self.excluded = 0  # entries who to import leaves out, hidden with the reason
        self.outside_button.setChecked(False)
        listed_before = self.model.total_count() > 0
        unticked = self.model.unticked_ids()
        self.model.clear()  # frees the entries over the next event-loop turns
        if listed_before:  # the admin's ticks of entries the next listing brings again
            self.model.carry_unticked(unticked)

    def _on_released(self) -> None:
        # What _on_page froze is gone now, or is the rest of the app: let the collector see it,
        # unless a new listing's rows came first (they would be walked by the next full
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
        self.lists_view.show_lists(plan)
        # the model's counts, not the plan's: a pass over 300,000 entries each took the window
        # about 0.2 s in all
        model = self.model
        self.excluded = sum(bool(e.user.excluded) for e in model.hidden_entries())
        log.info("listing of profile %s for %s: %d entries: %d new, %d hidden, %d cannot be "
                 "imported; %d with addresses outside the domain", self._profile(),
                 plan.domain, model.total_count(), model.status_count(NEW),
                 model.status_count(HIDDEN), model.status_count(PROBLEM),
                 model.outside_count())
        self._update_counts()
        self.completeChanged.emit()
        self._start_sync_preview()

    def _start_sync_preview(self) -> None:
        """What a sync would do to the users this profile imported before, in the background
        (the same task: a new listing supersedes it, and closing the window waits for it)."""
        try:
            job = preview_job(self.session, self.context.open_directory)
        except LdapWizardError as error:
            log.warning("no sync preview: %s", error.message)
            return
        if job is None:  # this profile imported nothing here: nothing to sync
            return
        self.previewing = True
        self.task.start(job, self._on_sync_previewed)

    def _on_sync_previewed(self, report) -> None:
        self.previewing = False
        if report is None or not self.complete_listing:  # nothing imported; or a new listing
            return
        self.session.sync_preview = report
        self.sync_view.show_report(report)  # in a tab of its own, after the table's
        left, changed = len(self.sync_view.left()), len(self.sync_view.changed())
        self.message_label.setText(self.message_label.text() + "\n" + self.tr(
            "Since the last import, {0} users this profile imported left the directory and {1} "
            "changed: see the tab “Left or changed”.").format(left, changed))
        log.info("sync preview of profile %s: %d left the directory, %d changed%s",
                 self._profile(), left, changed,
                 f"; removals would stop: {report.stopped}" if report.stopped else "")
        # with nothing new to tick, Next depends on this report (the task's end said so
        # before the report was here)
        self.completeChanged.emit()

    def _on_failed(self, error) -> None:
        if self.previewing:  # the listing stands; only the sync preview is missing
            self.previewing = False
            log.warning("sync preview failed: %s", error.message)
            self.message_label.setText(self.message_label.text() + "\n" + self.tr(
                "What a sync would change could not be worked out: ") + error.message)
            self.completeChanged.emit()
            return
        self.complete_listing = False
        log.warning("listing of profile %s failed: %s", self._profile(), error.message)
        self.report(self.message_label, error)
        self.message_label.setText(self.message_label.text() + "\n" + self.tr(
            "The list above is incomplete, so it cannot be imported. Fix the problem and "
            "list again."))
        self.completeChanged.emit()

    def _on_cancelled(self) -> None:
        if self.previewing:
            self.previewing = False
            self.completeChanged.emit()
            return
        self.complete_listing = False
        log.info("listing of profile %s cancelled", self._profile())
        self.message_label.setText(self.tr("Listing cancelled; the list is incomplete. "
                                           "Choose List users to start again."))
        self.completeChanged.emit()

    def _on_running(self, running: bool) -> None:
        self.list_button.setEnabled(not running or self.previewing)
        self.cancel_button.setEnabled(running)
        self.progress.setRange(0, 0 if running else 1)
        self.progress.setVisible(running)
        self.completeChanged.emit()

    def _update_counts(self, *_) -> None:
        model = self.model
        listed = self.listed
        running = self.task.running and not self.previewing
        total = model.total_count()
        self.count_label.setText(
            self.tr("{0} entries listed so far…").format(listed) if running
            else self.tr("{0} entries").format(total) if total else "")
        hidden = model.status_count(HIDDEN)
        excluded = self.excluded
        exist = hidden - excluded
        self.hidden_label.setText(
            self.tr("{0} left out by the choice of who to import —").format(excluded)
            if excluded and not exist else
            self.tr("{0} hidden because they already exist and {1} left out by the choice of "
                    "who to import —").format(exist, excluded) if excluded else
            self.tr("{0} hidden because they already exist —").format(hidden))
        self.hidden_label.setVisible(hidden > 0)
        self.show_hidden.setVisible(hidden > 0)
        outside = model.outside_count()
        self.outside_label.setText((self.tr("1 entry has addresses outside {1}, not imported")
                                    if outside == 1 else
                                    self.tr("{0} entries have addresses outside {1}, not "
                                            "imported")).format(outside, self.session.domain))
        self.outside_label.setVisible(outside > 0)
        self.outside_button.setVisible(outside > 0)
        problems = model.status_count(PROBLEM)
        self.selected_label.setText(self.tr("{0} selected · {1} shown · {2} cannot be "
                                            "imported").format(model.checked_count(),
                                                               model.rowCount(), problems))
        self.completeChanged.emit()

    def _show_outside(self, only: bool) -> None:
        self.model.set_outside_only(only)
        self.outside_button.setText(self.tr("Show &all") if only else self.tr("Show &which"))
        self.show_hidden.setEnabled(not only)  # every such entry is shown, hidden or not
        self._update_counts()

    def export_preview(self, as_shown: bool = False) -> None:
        """Save the preview as Excel-safe CSV: every entry (hidden ones with their reasons),
        or the rows as the table shows them."""
        users_export.ask_and_export(self, as_shown)

    def export_to(self, path: str, delimiter: str = ",", *, as_shown: bool = False) -> None:
        """Write the preview CSV: every entry in listing order, or `as_shown` the rows the
        filter and toggles let through in the table's sort order."""
        users_export.export_to(self, path, delimiter, as_shown=as_shown)
