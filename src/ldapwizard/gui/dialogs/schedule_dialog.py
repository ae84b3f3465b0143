"""Save as scheduled job…: run the sync of this profile every 1–24 hours, headless.

The job runs `sync --profile NAME` and nothing else: its removal policy (Remove accounts, At
most) is the job record's, edited here as on the Sync panel, and saved with the job."""

from __future__ import annotations

import shlex
import sys
from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from ldapwizard.core.errors import LdapWizardError
from ldapwizard.core.job import schedule
from ldapwizard.core.maildb.location import stored_form
from ldapwizard.core.maildb.sync_policy import DEFAULT_LIMIT_WORDS, checked_limit
from ldapwizard.gui.widgets.labels import status_label


class ScheduleDialog(QDialog):
    """Shows the exact command, installs it, lists and removes the jobs ldapwizard made."""

    def __init__(self, session, context, parent=None):
        super().__init__(parent)
        self.session = session
        self.context = context
        self.setWindowTitle(self.tr("Save as scheduled job"))
        self.hours = QSpinBox()
        self.hours.setRange(1, 24)
        self.hours.setValue(24)
        self.hours.setSuffix(self.tr(" hours"))
        self.remove_check = QCheckBox(self.tr(
            "&Remove accounts that are no longer in the directory (disable first, remove on "
            "a later run with a new listing)"))
        self.remove_check.setChecked(session.profile.remove_missing)
        self.limit_edit = QLineEdit(session.profile.max_removals or "")
        self.limit_edit.setPlaceholderText(self.tr("10%, 1 to 500"))
        self.limit_edit.setToolTip(self.tr("At most this many removals a run: a count (25) or "
                                           "a share of the imported users (5%); empty: {0}")
                                   .format(DEFAULT_LIMIT_WORDS))
        self.limit_edit.setMaximumWidth(110)
        self.every_entry = status_label()
        self.every_entry.setText(self.tr(
            "Each run lists the directory and imports EVERY new entry the job's choice of who "
            "to import selects — not only the ones ticked on the Users page — updates the "
            "users it imported, and follows the directory's disabled state."))
        self.password_file = QLineEdit()
        self.password_file.setPlaceholderText(self.tr("only if the scheduler cannot reach "
                                                      "the keyring (chmod 600)"))
        self.command_view = QPlainTextEdit()
        self.command_view.setReadOnly(True)
        self.command_view.setAccessibleName(self.tr("Command the job runs"))
        self.message = status_label()
        self.jobs = QListWidget()
        self.jobs.setAccessibleName(self.tr("Installed jobs"))
        self.install_button = QPushButton(self.tr("&Install in {0}").format(
            schedule.scheduler_name()))
        self.remove_button = QPushButton(self.tr("Remove this profile's &job"))
        form = QFormLayout()
        every = QLabel(self.tr("Run &every:"))
        every.setBuddy(self.hours)
        form.addRow(every, self.hours)
        form.addRow("", self.remove_check)
        at_most = QLabel(self.tr("&At most:"))
        at_most.setBuddy(self.limit_edit)
        form.addRow(at_most, self.limit_edit)
        password = QLabel(self.tr("&Password file:"))
        password.setBuddy(self.password_file)
        form.addRow(password, self.password_file)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.install_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.every_entry)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("The job runs exactly this (no password in it):")))
        layout.addWidget(self.command_view)
        layout.addWidget(self.message)
        layout.addWidget(QLabel(self.tr("Jobs ldapwizard installed:")))
        layout.addWidget(self.jobs)
        layout.addWidget(buttons)
        self.hours.valueChanged.connect(self._update)
        self.remove_check.toggled.connect(self._policy_edited)
        self.limit_edit.textChanged.connect(self._policy_edited)
        self.password_file.textChanged.connect(self._update)
        self.install_button.clicked.connect(self.install)
        self.remove_button.clicked.connect(self.remove)
        self.resize(760, 480)
        self._update()
        self._refresh()

    def job(self) -> schedule.Job:
        # the policy is not the job's option: `sync --profile NAME` reads it from the record
        return schedule.Job(profile=self.session.profile.name, hours=self.hours.value(),
                            password_file=self.password_file.text().strip())

    def _policy_edited(self) -> None:
        """Remove accounts and At most into the job record (saved on Install)."""
        try:
            limit = checked_limit(self.limit_edit.text())
        except LdapWizardError as error:
            self.message.setText(f"✗ {error.message}" + (f"\n{error.hint}" if error.hint
                                                         else ""))
            self.install_button.setEnabled(False)
            return
        self.session.profile = replace(self.session.profile,
                                       remove_missing=self.remove_check.isChecked(),
                                       max_removals=limit)
        self._update()

    def _update(self) -> None:
        if not self.session.profile.name:
            self.command_view.setPlainText("")
            self.message.setText(self.tr("Save the connection as a profile first (Connection "
                                         "page, Save): the job runs a saved profile."))
            self.install_button.setEnabled(False)
            return
        self.install_button.setEnabled(True)
        self.command_view.setPlainText(shlex.join(schedule.command(self.job())))
        notes = []
        if not self.session.profile.remember_password:
            notes.append(self.tr("The profile's password is not in the keyring: tick Remember "
                                 "on the Connection page and save, or give a password file."))
        if sys.platform not in ("win32", "darwin") and not self.password_file.text():
            notes.append(self.tr("cron jobs usually cannot reach the desktop keyring; if the "
                                 "job cannot sign in, give a password file (chmod 600)."))
        self.message.setText("\n".join(f"⚠ {n}" for n in notes))

    def _refresh(self) -> None:
        self.jobs.clear()
        try:
            self.jobs.addItems(schedule.installed())
        except LdapWizardError as error:
            self.message.setText(f"✗ {error.message}")

    def install(self) -> None:
        job = self.job()
        try:
            job.check()
            # the job runs `sync --profile=NAME`: everything it does comes from the saved
            # record, so save the whole job as previewed (the database path made explicit)
            profile = replace(self.session.profile,
                              database=stored_form(str(self.session.database_path)))
            profile.check_unattended()
            self.context.profiles.save(profile)
            self.session.profile = profile
            where = schedule.install(job)
        except LdapWizardError as error:
            self.message.setText(f"✗ {error.message}" + (f"\n{error.hint}" if error.hint
                                                         else ""))
            return
        self.message.setText(self.tr("✓ Installed: {0}").format(where))
        self._refresh()

    def remove(self) -> None:
        try:
            removed = schedule.remove(self.session.profile.name)
        except LdapWizardError as error:
            self.message.setText(f"✗ {error.message}")
            return
        self.message.setText(self.tr("✓ Removed.") if removed else self.tr(
            "This profile had no job."))
        self._refresh()
