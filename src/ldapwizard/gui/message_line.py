"""A status line that takes no room while it says nothing: a form row of it is as good as gone
until a problem or a result is shown there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


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
