"""The window in German and in the pseudo-language (accented, 40% longer): walked from the
Connection page to an import on the demo directory, no English sentence shows and no text is
cut at 1024×700; Qt's own buttons speak German too."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from ldapwizard.gui import i18n
from ldapwizard.i18n import catalogues, current_language
from ldapwizard.i18n.catalogues import completeness
from tests.gui.driving import press_next, wait_complete
from tests.unit.pseudo_lines import german

# words that mark a sentence as English and occur in no German (or pseudo) sentence
ENGLISH = {"the", "and", "with", "from", "this", "that", "are", "were", "cannot", "could",
           "would", "should", "not", "you", "your", "which", "what", "been", "into", "there",
           "their", "they", "is", "of", "to", "for", "users", "entries", "choose", "first",
           "only", "no", "it", "its", "has", "have", "be", "by", "at", "or", "found",
           "listed", "shown", "selected", "imported", "created", "failed", "connected",
           "directory", "default", "naming", "account", "address", "disabled", "also",
           "claimed", "email", "already", "exists", "missing", "duplicate", "left", "changed",
           "new", "than", "more", "none", "one", "who", "when", "where", "here"}
_WORD = re.compile(r"[A-Za-z]+")
_TAG = re.compile(r"<[^>]+>")
# paths, DNs, addresses and host names the window quotes: data, not sentences
_DATA = re.compile(r"\S*(?:[/_@=\\]|\w\.\w)\S*")
_MNEMONIC = re.compile(r"&(.)")
# a quoted name (the README's English section title) is a name, not a sentence
_QUOTED = re.compile(r"„[^“]*“|“[^”]*”|「[^」]*」")


@pytest.fixture(params=["de", "pseudo"])
def spoken(request, qapp):
    """The window's translators installed for a language; English again afterwards."""
    if request.param != "pseudo" and not completeness(request.param).complete:
        pytest.skip(f"{request.param} is partial, so not offered: python "
                    f"tools/i18n_check.py {request.param} -v")
    assert i18n.install(qapp, request.param) == request.param
    yield request.param
    i18n.install(qapp, "en")
    assert current_language() == "en"


def english(text: str) -> bool:
    """True when `text` reads as an English sentence (two of its words are English)."""
    text = _QUOTED.sub(" ", text)
    words = [w.lower() for w in _WORD.findall(_DATA.sub(" ", _TAG.sub(" ", text))
                                                    .replace("&", ""))]
    return sum(w in ENGLISH for w in words) >= 2


def texts(widget: QWidget) -> list[tuple[QWidget, str]]:
    """What a widget shows in words (no table cells: those are the directory's data)."""
    shown = []
    if isinstance(widget, (QLabel, QAbstractButton)):
        shown.append(widget.text())
    elif isinstance(widget, QGroupBox):
        shown.append(widget.title())
    elif isinstance(widget, QLineEdit):
        shown.append(widget.placeholderText())
    elif isinstance(widget, QComboBox):
        shown.append(widget.currentText())
    elif isinstance(widget, QTabWidget):
        shown += [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, QListWidget):
        shown += [widget.item(i).text() for i in range(widget.count())]
    if (isinstance(widget, QAbstractItemView) and not isinstance(widget, QListWidget)
            and widget.model() is not None):
        model = widget.model()
        shown += [str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                  for c in range(model.columnCount(QModelIndex()))]
    shown.append(widget.toolTip())
    return [(widget, text) for text in shown if text]


def cut(widget: QWidget) -> bool:
    """True when the widget's text is wider than the widget shows."""
    if isinstance(widget, QLabel) and not widget.wordWrap() and widget.text():
        if widget.textFormat() == Qt.TextFormat.RichText or _TAG.search(widget.text()):
            return False
        lines = _MNEMONIC.sub(r"\1", widget.text()).split("\n")
        need = max(widget.fontMetrics().horizontalAdvance(line) for line in lines)
        return need > widget.contentsRect().width()
    if isinstance(widget, QAbstractButton) and widget.text():
        return widget.width() < widget.sizeHint().width()
    return False


def check_widgets(window, widgets, *titles) -> list[str]:
    """The English sentences and the cut texts among `widgets` shown in `window`."""
    problems = []
    for widget in widgets:
        if not widget.isVisibleTo(window):
            continue
        for _, text in texts(widget):
            if english(text):
                problems.append(f"English on {type(widget).__name__}: {text!r}")
        if cut(widget):
            problems.append(f"cut: {type(widget).__name__} {widget.text()!r} "
                            f"({widget.width()} px)")
    problems += [f"English title: {text!r}" for text in titles if english(text)]
    return problems


def check_page(wizard) -> list[str]:
    """The English sentences and the cut texts on the page shown and the button row."""
    page = wizard.currentPage()
    return check_widgets(wizard, [page, *page.findChildren(QWidget),
                                  *wizard.findChildren(QAbstractButton)],
                         page.title(), page.subTitle(), wizard.windowTitle())


# the offscreen platform says so of every dialog shown on its own
@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_the_demo_walk_shows_no_english_and_nothing_cut(spoken, demo_wizard, qtbot):
    wizard = demo_wizard
    wizard.resize(1024, 700)
    qtbot.waitUntil(lambda: wizard.width() == 1024)
    connection, directory, users, importing = wizard.pages
    problems = check_page(wizard)
    qtbot.mouseClick(connection.test_button, Qt.MouseButton.LeftButton)
    wait_complete(qtbot, connection)
    problems += check_page(wizard)
    press_next(wizard)
    wait_complete(qtbot, directory)
    problems += check_page(wizard)
    press_next(wizard)
    wait_complete(qtbot, users)
    problems += check_page(wizard)
    users.show_hidden.setChecked(True)  # the reasons of hidden entries too
    problems += check_cells(users.table.model(), 5)  # Notes: the planner's reasons
    press_next(wizard)
    problems += check_page(wizard)
    qtbot.mouseClick(importing.import_button, Qt.MouseButton.LeftButton)
    wait_complete(qtbot, importing)
    problems += check_page(wizard)
    problems += check_cells(importing.report_model, 0)  # Result: created, skipped…
    problems += check_dialogs(wizard, qtbot)
    assert problems == [], "\n".join(dict.fromkeys(problems))


def check_cells(model, column: int) -> list[str]:
    """English in a table column whose words are ours (the directory's data stays out)."""
    rows = range(min(model.rowCount(QModelIndex()), 400))
    return [f"English in column {column}: {text!r}" for text in
            (str(model.index(row, column).data() or "") for row in rows) if english(text)]


def check_dialogs(wizard, qtbot) -> list[str]:
    """The Import page's dialogs, each at its own size: English and cut texts."""
    from ldapwizard.gui.dialogs.mailserver_dialog import MailServerDialog
    from ldapwizard.gui.dialogs.schedule_dialog import ScheduleDialog

    importing = wizard.pages[3]
    problems = []
    batches = importing.batches_dialog()
    qtbot.waitUntil(lambda: batches.model.rowCount() > 0)
    for dialog in (batches, MailServerDialog(wizard.session.database_path, wizard),
                   ScheduleDialog(wizard.session, wizard.context, wizard)):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        problems += [f"{type(dialog).__name__}: {problem}" for problem in check_widgets(
            dialog, [dialog, *dialog.findChildren(QWidget)], dialog.windowTitle())]
        dialog.close()
    return problems


@german
def test_qt_s_own_buttons_follow_the_language(qapp):
    try:
        assert i18n.install(qapp, "de") == "de"
        box = QMessageBox()
        box.setStandardButtons(QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Yes)
        assert box.button(QMessageBox.StandardButton.Cancel).text() == "Abbrechen"
        assert box.button(QMessageBox.StandardButton.Yes).text() == "&Ja"
    finally:
        i18n.install(qapp, "en")
    assert QApplication.translate("ConnectionPage", "Connection") == "Connection"


@german
def test_typing_mistakes_are_named_in_german_with_their_position(demo_wizard, qtbot, qapp):
    try:
        assert i18n.install(qapp, "de") == "de"
        wizard = demo_wizard
        connection, directory = wizard.pages[:2]
        qtbot.mouseClick(connection.test_button, Qt.MouseButton.LeftButton)
        wait_complete(qtbot, connection)
        press_next(wizard)
        directory.advanced.setChecked(True)
        directory.filter_edit.setText("(objectClass=user")
        shown = directory.filter_problem.text()
        assert shown.startswith("✗ „(“ ist nicht geschlossen (Position 0)")
        directory.binding_edit.setText("LDAPX://dc1/DC=demo")
        assert "unbekanntes Schema „LDAPX“" in directory.binding_problem.text()
    finally:
        i18n.install(qapp, "en")


@german
def test_the_language_chosen_in_the_window_is_remembered_for_the_next_start(demo_wizard,
                                                                            qapp):
    box = demo_wizard.pages[0].language_box
    offered = [box.combo.itemData(i) for i in range(box.combo.count())]
    assert offered[0] == "" and {"en", "de", "ja"} <= set(offered)  # complete ones only
    assert not {"fr", "es", "it", "nl", "pt_BR"} & set(offered) - set(catalogues.shipped())
    assert not box.note.isVisibleTo(box)
    box.combo.setCurrentIndex(box.combo.findData("de"))
    assert box.note.isVisibleTo(box)  # the window says when the choice takes effect
    assert i18n.chosen_in_window() == "de"
    try:
        assert i18n.install(qapp) == "de"  # the next start
    finally:
        i18n.remember("")
        i18n.install(qapp, "en")
