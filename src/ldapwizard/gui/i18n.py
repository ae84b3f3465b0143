"""The window's language: Qt translators for our strings and Qt's own, chosen once at start.

Order of choice: --language / LDAPWIZARD_LANGUAGE, then the Language box of the Connection
page (remembered in window.ini), then the system's display languages. The engine's messages
follow the same choice (ldapwizard.i18n.use_language). A change takes effect at the next start.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from ldapwizard.core.job import paths
from ldapwizard.i18n import PSEUDO, best_match, use_language
from ldapwizard.i18n.catalogues import shipped, window_qm

SETTING = "language"  # in window.ini: "" follows the system, else a language code
_installed: list[QTranslator] = []
# fonts that draw Japanese well, best first (Windows, then Linux and macOS)
JAPANESE_FONTS = ("Yu Gothic UI", "Meiryo UI", "Meiryo", "Noto Sans CJK JP", "Noto Sans JP",
                  "IPAGothic", "Hiragino Sans", "Droid Sans Fallback")


def settings() -> QSettings:
    """The window's settings file (the one the wizard keeps its other choices in)."""
    return QSettings(str(paths.config_dir() / "window.ini"), QSettings.Format.IniFormat)


def chosen_in_window() -> str:
    """The language picked in the window, "" for the system's."""
    return str(settings().value(SETTING, "") or "")


def remember(code: str) -> None:
    """Remember the window's language for the next start ("" to follow the system)."""
    store = settings()
    store.setValue(SETTING, code)
    store.sync()


def wanted_language(requested: str | None = None) -> str:
    """The language the window will speak, by the order in the module's docstring."""
    requested = requested or os.environ.get("LDAPWIZARD_LANGUAGE") or chosen_in_window()
    if requested:
        return best_match([requested], shipped())
    return best_match([name.replace("-", "_") for name in QLocale.system().uiLanguages()],
                      shipped())


def install(app: QApplication, requested: str | None = None) -> str:
    """Load the translators for the chosen language into `app`; returns the code in use."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    code = use_language(wanted_language(requested))
    qm = window_qm(code)
    if qm is not None:
        ours = QTranslator(app)
        if ours.load(str(qm)):
            app.installTranslator(ours)
            _installed.append(ours)
    if code not in ("en", PSEUDO):
        qt = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{code}", folder):  # file dialogs, message box buttons
            app.installTranslator(qt)
            _installed.append(qt)
        QLocale.setDefault(QLocale(code))
    if code == "ja":
        use_japanese_font(app)
    return code


def use_japanese_font(app: QApplication) -> str | None:
    """Draw the window in a font made for Japanese where one is installed; its family."""
    have = set(QFontDatabase.families())
    for family in JAPANESE_FONTS:
        if family in have:
            font = QFont(app.font())
            font.setFamilies([family, *font.families()])
            app.setFont(font)
            return family
    return None  # fontconfig (Linux) still falls back to any CJK font it has
