"""Log…: open the folder of ldapwizard's log files, or, where no file manager can be started
(a server without a desktop, a locked-down workstation), show its path to copy."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ldapwizard.core.job import paths


class LogFolderDialog(QDialog):
    """The log folder's path, selected in a read-only field, with a button that copies it."""

    def __init__(self, folder: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Log files"))
        intro = QLabel(self.tr("No file manager could be opened here. ldapwizard's log files "
                               "(ldapwizard.log, and sync-….log for each scheduled sync) are "
                               "in this folder:"))
        intro.setWordWrap(True)
        self.path_edit = QLineEdit(str(folder))
        self.path_edit.setReadOnly(True)
        self.path_edit.setAccessibleName(self.tr("Log folder"))
        self.path_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance(str(folder)) + 40)
        self.path_edit.selectAll()
        self.copy_button = QPushButton(self.tr("&Copy path"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy_path)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.path_edit)
        layout.addWidget(buttons)
        self.path_edit.setFocus()

    def copy_path(self) -> None:
        """Put the folder's path on the clipboard."""
        QGuiApplication.clipboard().setText(self.path_edit.text())
        self.copy_button.setText(self.tr("Copied"))


def open_log_folder(parent: QWidget | None = None) -> LogFolderDialog | None:
    """Show the log folder in the file manager; without one, a dialog with its path (returned,
    after it was closed)."""
    folder = paths.log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        pass  # the path is still worth showing
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
        return None
    dialog = LogFolderDialog(folder, parent)
    dialog.exec()
    return dialog
