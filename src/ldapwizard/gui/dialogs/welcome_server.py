"""Mail server for messages…: where welcome messages are handed over (SMTP server, security,
sender), checked before the job record keeps it. Opened by the Import page for its welcome row
(widgets/welcome_box.py)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
)

from ldapwizard.core.errors import LdapWizardError
from ldapwizard.core.welcome.sending import check
from ldapwizard.core.welcome.settings import DEFAULT_SERVER, from_job
from ldapwizard.gui.widgets.labels import error_text, status_label


class MailServerForMessages(QDialog):
    """Where welcome messages are handed over: SMTP server, security, sender; checked before
    it is kept."""

    def __init__(self, job, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mail server for messages"))
        self.job = job
        self.server_edit = QLineEdit(job.smtp_server)
        self.server_edit.setPlaceholderText(self.tr(
            "{0} (the Postfix on this computer)").format(DEFAULT_SERVER))
        self.security_combo = QComboBox()
        for value, text in (("", self.tr("Automatic (none on this computer, else STARTTLS)")),
                            ("none", self.tr("None")), ("starttls", self.tr("STARTTLS")),
                            ("tls", self.tr("SSL/TLS"))):
            self.security_combo.addItem(text, value)
        self.security_combo.setCurrentIndex(max(0, self.security_combo.findData(
            job.smtp_security)))
        self.sender_edit = QLineEdit(job.welcome_from)
        self.sender_edit.setPlaceholderText(self.tr("postmaster@ the users' domain"))
        self.problem = status_label()
        self.problem.setVisible(False)
        form = QFormLayout()
        form.addRow(self.tr("SMTP &server:"), self.server_edit)
        form.addRow(self.tr("S&ecurity:"), self.security_combo)
        form.addRow(self.tr("Se&nder:"), self.sender_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def chosen(self):
        """The job record with the settings as typed."""
        return replace(self.job, smtp_server=self.server_edit.text().strip(),
                       smtp_security=self.security_combo.currentData(),
                       welcome_from=self.sender_edit.text().strip())

    def accept(self) -> None:
        try:
            check(from_job(self.chosen()))
        except LdapWizardError as error:
            self.problem.setText(error_text(error))
            self.problem.setVisible(True)
            return
        self.job = self.chosen()
        super().accept()
