"""What every page shares: the wizard's session, form helpers, a status line."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget, QWizardPage

from ldapwizard.core.errors import LdapWizardError
from ldapwizard.gui.messages import describe


class BasePage(QWizardPage):
    """A page with access to the session and the application context."""

    def __init__(self, session, context, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.context = context


def status_label() -> QLabel:
    """A wrapping, selectable label for results and problems shown in the page."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def error_text(error: LdapWizardError) -> str:
    """An engine error as text for a status label (details stay behind a button)."""
    message, hint, _ = describe(error)
    return f"✗ {message}" + (f"\n{hint}" if hint else "")
