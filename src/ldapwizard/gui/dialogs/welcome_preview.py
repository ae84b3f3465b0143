"""Preview… of the welcome message: exactly what one user will receive — From, To, Subject
and the text as the engine builds it (core/welcome/sending.preview_new), before anything is
sent."""

from __future__ import annotations

from email.message import EmailMessage

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
)


class WelcomePreviewDialog(QDialog):
    """The message `address` would receive, read-only."""

    def __init__(self, address: str, message: EmailMessage, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome message to {0}").format(address))
        self.message = message
        form = QFormLayout()
        self.headers = {}
        for name in ("From", "To", "Subject"):
            label = QLabel(str(message[name]))
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.headers[name] = label
        form.addRow(self.tr("From:"), self.headers["From"])
        form.addRow(self.tr("To:"), self.headers["To"])
        form.addRow(self.tr("Subject:"), self.headers["Subject"])
        self.body = QPlainTextEdit(message.get_body(("plain",)).get_content())
        self.body.setReadOnly(True)
        self.body.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.body.setAccessibleName(self.tr("Message text"))
        note = QLabel(self.tr("The message also has an HTML part.")
                      if message.get_body(("html",)) is not None else "")
        note.setVisible(bool(note.text()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.body, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(640, 480)
