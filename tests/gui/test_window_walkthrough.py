"""Issue 14, the window: Log… says where the log files are when no file manager can show them."""

from __future__ import annotations

from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QWizard

from ldapwizard.core.job import paths
from ldapwizard.gui.dialogs import log_folder


def press_log(wizard) -> None:
    wizard.button(QWizard.WizardButton.CustomButton1).click()


def test_log_shows_the_folder_to_copy_when_no_file_manager_opens(demo_wizard, monkeypatch):
    opened, shown = [], []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or False)
    monkeypatch.setattr(log_folder.LogFolderDialog, "exec", lambda dialog: shown.append(dialog))
    press_log(demo_wizard)
    folder = str(paths.log_dir())
    assert [url.toLocalFile() for url in opened] == [folder]
    assert len(shown) == 1
    dialog = shown[0]
    assert dialog.parent() is demo_wizard
    assert dialog.path_edit.text() == folder
    assert dialog.path_edit.isReadOnly() and dialog.path_edit.selectedText() == folder
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == folder


def test_log_opens_the_folder_and_says_nothing_more_when_it_can(demo_wizard, monkeypatch):
    shown = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    monkeypatch.setattr(log_folder.LogFolderDialog, "exec", lambda dialog: shown.append(dialog))
    press_log(demo_wizard)
    assert shown == []
    assert paths.log_dir().is_dir()
