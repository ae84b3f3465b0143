"""For a profile that imported before: what a sync would do to the users it imported — who left
the directory (disabled, then removed on a later sync), who was disabled or enabled again in
the directory (disabled or enabled in the mail system by any sync), and whose name, DN or
aliases changed — each with its reason.

Worked out after each complete listing by `preview_sync` (the engine, limits and refusals of
`ldapwizard sync`, on a throw-away copy of the database, with Remove accounts on and the
default limit), shown on the Users page beside the entries — nothing here is ticked: a sync
acts on all of them — and kept in the session for the Import page's Sync now.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ldapwizard.core.directory.records import SkippedReference
from ldapwizard.core.directory.unlisted import read_unlisted
from ldapwizard.core.errors import LdapWizardError
from ldapwizard.core.maildb.database import UserDatabase
from ldapwizard.core.maildb.importer import CREATED
from ldapwizard.core.maildb.location import PgTarget
from ldapwizard.core.maildb.sync import SyncReport, preview_sync
from ldapwizard.core.maildb.sync_policy import RAISE_THE_LIMIT
from ldapwizard.core.maildb.undo import has_batches
from ldapwizard.core.maildb.unlisted import listing_with_disabled
from ldapwizard.gui.messages import tr  # also in the class: lupdate files all under ""
from ldapwizard.gui.widgets.labels import status_label


def profile_label(session) -> str:
    """What a window import and sync record as the job's owner (Profile.owner)."""
    return session.profile.owner


def job_label(session) -> str:
    """The job as the admin calls it: its name, else its server (never its id)."""
    return session.profile.name or session.profile.host


def skipped_references(plan) -> tuple[SkippedReference, ...]:
    """The referrals the admin asked the listing to skip: users behind them are not
    leavers."""
    return tuple(r for r in getattr(plan, "skipped_references", ()) if r.asked)


def imported_before(location, profile: str) -> bool:
    """True when `profile` imported into the database before (one indexed query; for a
    PostgreSQL database, a connection too: call it off the window's thread)."""
    database = UserDatabase.open_existing(location)
    if database is None:
        return False
    with database:
        return has_batches(database, profile)


def unlisted_reader(session, opener):
    """What reads, in the worker, the imported users a listing lacks from the session's
    directory, opened with the context's `opener` (to see whether it only disabled them:
    core/maildb/unlisted.py)."""
    try:
        connection, search = session.search_settings()
    except LdapWizardError as error:  # said only if there is someone to read
        problem = error

        def unreadable(dns):
            raise problem

        return unreadable
    password = session.password
    return lambda dns: read_unlisted(connection, password, search, dns, opener)


def preview_job(session, opener):
    """A Qt-free job for the worker that returns the SyncReport of a dry-run sync of the
    session's listing; None when this profile never imported into the database (nothing to
    sync — for a file found here, on the caller's thread, with one indexed query; for a
    PostgreSQL database by the job, since it means a connection)."""
    plan = session.plan
    profile = profile_label(session)
    path = session.database_path
    if not profile:
        return None
    on_server = isinstance(path, PgTarget)
    if not on_server and not imported_before(path, profile):  # Sync now's rule too
        return None
    users = [entry.user for entry in plan.entries]
    directory = session.profile.directory_source()
    skipped = skipped_references(plan)
    groups = [e.group for e in plan.lists] if session.profile.groups_as_lists else None
    read = unlisted_reader(session, opener)
    limit = session.profile.max_removals

    def job(progress, should_cancel):
        if on_server and not imported_before(path, profile):
            return None
        listed, note = listing_with_disabled(path, users, plan.options, profile, read)
        report = preview_sync(path, listed, plan.options, profile=profile,
                              directory=directory, remove_missing=True,
                              max_removals=limit,
                              skipped_references=skipped, groups=groups)
        report.notes.extend([note] if note else [])
        return report

    return job


def counts_words(counts) -> str:
    """A sync's counts (operations.identity.Counts) in the window's words."""
    users = (counts.users, counts.updated, counts.reenabled, counts.disabled, counts.removed,
             counts.skipped, counts.failed)
    if counts.lists or counts.lists_changed or counts.lists_removed:  # never among users
        return tr("{0} created, {1} updated, {2} re-enabled, {3} disabled, {4} removed, "
                  "{5} skipped, {6} failed; mailing lists: {7} created, {8} changed, "
                  "{9} removed").format(*users, counts.lists, counts.lists_changed,
                                        counts.lists_removed)
    return tr("{0} created, {1} updated, {2} re-enabled, {3} disabled, {4} removed, "
              "{5} skipped, {6} failed").format(*users)


def stop_words(report: SyncReport) -> str:
    """Why a sync withheld its removals, with what the window offers for a limit (Sync now's
    At most)."""
    if report.stop_reason in RAISE_THE_LIMIT:
        return tr("{0} (raise the At most limit if this is intended)").format(report.stopped)
    return report.stopped or ""


def left_reason(report: SyncReport, address: str) -> str:
    """Why and how a sync treats a user who left the directory."""
    if address in report.kept:
        return tr("left the directory, but an alias or mailing list made by hand refers to it: "
                  "kept")
    if address in report.reasons and (address in report.disabled or address in report.removed):
        return "; ".join(report.reasons[address])
    return tr("no longer in the directory listing; left alone, since removals would stop "
              "(above)")


class SyncPreviewView(QWidget):
    """Users who left the directory and users who changed, each with what a sync would do;
    a tab of `tabs` while there is something to show."""

    def __init__(self, tabs: QTabWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.tabs = tabs
        self.report: SyncReport | None = None
        self.summary_label = status_label()
        self.stop_label = status_label()
        self.stop_label.setStyleSheet("color: #b35900;")
        self.stop_label.setVisible(False)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([tr("User"), tr("What a sync would do, and why")])
        self.tree.setAccessibleName(tr("Users who left the directory or changed"))
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.tree.setColumnWidth(0, 260)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.stop_label)
        layout.addWidget(self.tree, 1)

    def left(self) -> list[str]:
        """Addresses of the imported users who left the directory."""
        return list(self.report.missing) if self.report else []

    def disabled_in_directory(self) -> list[str]:
        """Addresses of the imported users the directory disabled since: a sync disables
        them."""
        return list(self.report.disabled_in_directory) if self.report else []

    def changed(self) -> list[str]:
        """Addresses of the imported users a sync would update, enable again, or disable
        because the directory disabled them."""
        if self.report is None:
            return []
        return list(dict.fromkeys([*self.report.disabled_in_directory, *self.report.updated,
                                   *self.report.reenabled]))

    def show_report(self, report: SyncReport) -> None:
        """Show what a sync would do to the users the profile imported."""
        self.report = report
        self.tree.clear()
        left, changed = self.left(), self.changed()
        disabled = self.disabled_in_directory()
        reenabled = [a for a in report.reenabled if a not in disabled]
        updated = [a for a in report.updated if a not in disabled and a not in reenabled]

        def reasons(address: str) -> str:
            return "; ".join(report.reasons.get(address, ()))

        groups = (
            (tr("Left the directory: disabled by a sync, removed by a later one ({0})"),
             left, lambda address: left_reason(report, address)),
            (tr("Disabled in the directory: disabled in the mail system by a sync ({0})"),
             disabled, reasons),
            (tr("Enabled again in the directory: enabled again by a sync ({0})"),
             reenabled, reasons),
            (tr("Changed in the directory: updated by a sync ({0})"), updated, reasons),
            # still in the directory: the reason names the rule or group (SyncReport.all_lines)
            (tr("Left out by the choice of who to import ({0})"), list(report.left_out),
             {line.address: line.reason for line in report.all_lines() if line.address}.get),
        )
        for title, addresses, why in groups:
            if not addresses:
                continue
            group = QTreeWidgetItem(self.tree, [title.format(len(addresses))])
            group.setFirstColumnSpanned(True)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for address in addresses:
                item = QTreeWidgetItem(group, [address, why(address)])
                item.setToolTip(1, why(address))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            group.setExpanded(True)
        title = tr("Left or c&hanged since the last import ({0})").format(
            len(left) + len(changed) + len(report.left_out))
        index = self.tabs.indexOf(self)
        if index < 0:
            before = self.tabs.widget(self.tabs.count() - 1)
            self.tabs.addTab(self, title)
            QWidget.setTabOrder(before, self.tree)
        else:
            self.tabs.setTabText(index, title)
        self.summary_label.setText(tr(
            "Since this profile's last import, {0} of its users left the directory and {1} "
            "changed ({3} disabled in the directory, {4} enabled again). A sync (Sync now on "
            "the next page, or the scheduled job) would treat them as listed here, and also "
            "create the new entries ({2}).").format(
            len(left), len(changed), report.count(CREATED), len(disabled), len(reenabled)))
        self.stop_label.setText(tr("⚠ A sync would disable and remove no one now: {0}.")
                                .format(stop_words(report)) if report.stopped else "")
        self.stop_label.setVisible(bool(report.stopped))

    def clear(self) -> None:
        """Nothing to show (a new listing is on its way): the tab goes."""
        if self.tabs.indexOf(self) >= 0:
            self.tabs.removeTab(self.tabs.indexOf(self))
        self.report = None
        self.tree.clear()
        self.summary_label.setText("")
        self.stop_label.setText("")
        self.stop_label.setVisible(False)
