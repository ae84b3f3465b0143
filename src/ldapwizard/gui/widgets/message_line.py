"""A status line that takes no room while it says nothing: a form row of it is as good as gone
until a problem or a result is shown there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from ldapwizard.core.errors import PositionedInputError, readable


class MessageLine(QLabel):
    """A wrapping, selectable plain-text line, hidden while its text is empty."""

    def __init__(self, style: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setTextFormat(Qt.TextFormat.PlainText)
        if style:
            self.setStyleSheet(style)
        self.setVisible(False)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setVisible(bool(text))


def inline_problem(error: PositionedInputError, text: str, around: int = 60) -> str:
    """The problem with a caret under its position, in a window of the text around it.

    Invisible and control characters are written as escapes (a right-to-left mark would
    turn the line around, a newline would break it) and the caret counts them as shown.
    """
    start = max(0, error.position - around)
    before = ("…" if start else "") + readable(text[start:error.position], kept="")
    after = readable(text[error.position:error.position + around], kept="")
    more = "…" if len(text) > error.position + around else ""
    return f"✗ {error.message}\n{before}{after}{more}\n{' ' * len(before)}^"
