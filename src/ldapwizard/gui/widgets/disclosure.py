"""A section that opens and closes: a flat "▸ Title" toggle above a frame of its own.

Closed, it takes one line of text, not the empty grey bar a collapsed checkable QGroupBox
leaves; the toggle takes Tab focus, Space opens it, and a mnemonic in the title works.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QSizePolicy, QToolButton, QVBoxLayout, QWidget


class Disclosure(QWidget):
    """A titled section shown or hidden by its toggle; put its widgets in `frame`."""

    toggled = Signal(bool)

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.button = QToolButton()
        self.button.setText(title)
        self.button.setCheckable(True)
        self.button.setAutoRaise(True)  # flat: no button face until pointed at
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setArrowType(Qt.ArrowType.RightArrow)
        self.button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.button.setAccessibleName(title.replace("&", ""))
        self.frame = QFrame()
        self.frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.frame.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.frame)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.button.toggled.connect(self._toggled)

    def isChecked(self) -> bool:
        """True while the section is open."""
        return self.button.isChecked()

    def setChecked(self, shown: bool) -> None:
        """Open or close the section."""
        self.button.setChecked(shown)

    def _toggled(self, shown: bool) -> None:
        self.button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.frame.setVisible(shown)
        self.toggled.emit(shown)
