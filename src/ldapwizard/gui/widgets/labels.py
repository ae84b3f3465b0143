"""The two labels every page and dialog shows results in: a plain status line, and an engine
error in words (its details stay behind a button)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from ldapwizard.core.errors import LdapWizardError
from ldapwizard.gui.messages import describe


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
