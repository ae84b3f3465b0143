"""The Import page's welcome row: "Send a welcome message to newly imported users", Preview…
(exactly what the first new user would receive) and the mail server the messages go through
(SMTP server, security, sender) — all kept in the job record (Profile.welcome, smtp_server,
smtp_security, welcome_from), which `import` and `sync --profile` read the same way.

The messages themselves are sent by the page after the import's COMMIT, off the GUI thread
(core/operations/welcoming.py).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QPushButton,
    QWidget,
)

from ldapwizard.core.errors import LdapWizardError
from ldapwizard.core.operations import welcoming
from ldapwizard.gui.messages import show_error


class WelcomeBox(QWidget):
    """The checkbox, Preview… and Mail server for messages…; `changed` when the job record
    changed here (the page saves it). The page hands in the two dialogs it opens
    (`preview_dialog(address, message, parent)`, `server_dialog(job, parent)`): a widget
    opens no dialog of its own."""

    changed = Signal()

    def __init__(self, session, parent=None, *, preview_dialog, server_dialog):
        super().__init__(parent)
        self.session = session
        self.preview_dialog, self.server_dialog = preview_dialog, server_dialog
        self.check = QCheckBox(self.tr("Send a &welcome message to newly imported users"))
        self.check.setToolTip(self.tr("Each user this import creates is sent one message in "
                                      "their new mailbox: their address, how they sign in and "
                                      "how to set up their mail program."))
        self.preview_button = QPushButton(self.tr("&Preview…"))
        self.server_button = QPushButton(self.tr("Mail server for messages…"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check)
        row.addWidget(self.preview_button)
        row.addWidget(self.server_button)
        row.addStretch(1)
        self.check.toggled.connect(self._toggled)
        self.preview_button.clicked.connect(lambda: self.open_preview())
        self.server_button.clicked.connect(lambda: self.open_server())
        self.refresh()

    def refresh(self) -> None:
        """Show the job record's choice."""
        self.check.blockSignals(True)
        self.check.setChecked(self.session.profile.welcome)
        self.check.blockSignals(False)
        self._update()

    def _update(self) -> None:
        self.preview_button.setEnabled(self.check.isChecked())

    def _toggled(self, checked: bool) -> None:
        self.session.profile = replace(self.session.profile, welcome=checked)
        self._update()
        self.changed.emit()

    def open_preview(self):
        """What the first new user ticked would receive, from the engine's preview."""
        try:
            address, message = welcoming.preview_first_new(self.session.profile,
                                                           self.session.selected or ())
        except LdapWizardError as error:
            show_error(self, error)
            return None
        dialog = self.preview_dialog(address, message, self)
        dialog.open()
        return dialog

    def open_server(self):
        dialog = self.server_dialog(self.session.profile, self)
        dialog.accepted.connect(lambda: self._server_chosen(dialog.job))
        dialog.open()
        return dialog

    def _server_chosen(self, job) -> None:
        self.session.profile = job
        self.changed.emit()

    def sending_job(self, batch_id: int | None):
        """The welcome step after an import, for the page's worker (None when the job sends
        no welcome messages): sends, with progress, until done or cancelled."""
        job, path = self.session.profile, self.session.database_path
        if not job.welcome or not batch_id:
            return None
        return lambda progress, should_cancel: welcoming.send_after_at(
            path, job, batch_id, on_progress=lambda done, total: progress(done, total),
            should_cancel=should_cancel)

    def outcome_text(self, outcome) -> str:
        """Which were sent and which failed (with the server's answer), for the page."""
        lines = [self.tr("Welcome messages: {0} sent, {1} failed (sent again by the next "
                         "import or sync).").format(len(outcome.sent), len(outcome.failed))]
        if outcome.sent:
            lines.append(self.tr("Sent to: {0}").format(", ".join(outcome.sent)))
        lines += [self.tr("Not sent to {0}: {1}").format(address, answer)
                  for address, answer in outcome.failed[:10]]
        if outcome.stopped:
            lines.append(self.tr("Stopped: {0}").format(outcome.stopped))
        return "\n".join(lines)
