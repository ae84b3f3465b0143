"""The Language box in the Connection page's corner: the window's language, remembered."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from ldapwizard.gui import i18n
from ldapwizard.i18n import LANGUAGES, current_language
from ldapwizard.i18n.catalogues import shipped


class LanguageBox(QWidget):
    """Pick the window's language (the system's, or one shipped complete); applied at the
    next start, which the box says when the choice differs from what the window speaks."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.combo = QComboBox()
        self.combo.addItem(self.tr("System language"), "")
        for code in shipped():
            self.combo.addItem(LANGUAGES[code], code)
        self.combo.setAccessibleName(self.tr("Language"))
        label = QLabel(self.tr("&Language:"))
        label.setBuddy(self.combo)
        self.note = QLabel(self.tr("The window speaks the chosen language from its next start."))
        self.note.setWordWrap(True)
        self.note.setVisible(False)
        at = self.combo.findData(i18n.chosen_in_window())
        self.combo.setCurrentIndex(max(at, 0))
        self.combo.currentIndexChanged.connect(self._chosen)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addStretch(1)
        layout.addWidget(self.note, 10, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(label)
        layout.addWidget(self.combo)

    def _chosen(self) -> None:
        code = self.combo.currentData()
        i18n.remember(code)
        self.note.setVisible(i18n.wanted_language() != current_language())
