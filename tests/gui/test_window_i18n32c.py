"""The window's corners the demo walk does not reach, in German and in the pseudo-language
(issue 32, third pass): Who to import (OU tree, group picker, exclusion rules), the mailing
lists tab, Members of a list, Batches… and its undo question, the welcome message's dialogs
and Qt's own file dialog — no English sentence, no English column title or status, no text or
column title cut at 1024×700."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QHeaderView, QTreeWidget, QWidget

from ldapwizard.gui import i18n
from ldapwizard.gui.dialogs.batches_dialog import undo_question
from ldapwizard.gui.dialogs.list_members_dialog import ListMembersDialog
from ldapwizard.gui.dialogs.welcome_server import MailServerForMessages
from ldapwizard.i18n.catalogues import completeness
from ldapwizard.i18n.pseudo import _ACCENTED
from tests.gui.driving import press_next, wait_complete
from tests.gui.test_window_i18n32 import check_page, check_widgets, english, spoken  # noqa: F401

ACCENTS = set("".join(chr(code) for code in _ACCENTED.values()))
# the English words a translation replaces (a pseudo text has none of them unaccented)
# ("Status" and "Problem" are German too)
SOURCES = {"Address", "Group", "Members", "Reason and notes", "New", "Hidden",
           "Cannot be created", "Added by hand", "From the directory group"}
# the demo database's own words (resources/demo/existing.json): data, not the window's
DEMO_DATA = "An old list that took this address"

# offscreen Qt says so of every dialog shown on its own
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def untranslated(texts, language: str) -> list[str]:
    """Our words among `texts` left in English: unaccented in pseudo, the source in German."""
    if language == "pseudo":
        return [text for text in texts if text and not ACCENTS & set(text)]
    return [text for text in texts if text in SOURCES]


def cut_titles(header: QHeaderView) -> list[str]:
    """Column titles narrower than their text."""
    model = header.model()
    return [f"cut column title: {model.headerData(c, Qt.Orientation.Horizontal)!r} "
            f"({header.sectionSize(c)} < {header.sectionSizeHint(c)} px)"
            for c in range(header.count())
            if not header.isSectionHidden(c) and header.sectionSize(c) < header.sectionSizeHint(c)]


def column(tree: QTreeWidget, number: int) -> list[str]:
    return [tree.topLevelItem(row).text(number) for row in range(tree.topLevelItemCount())]


def open_dialog(dialog, qtbot) -> list[str]:
    """Show `dialog` at its own size; its English sentences and cut texts."""
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return [f"{type(dialog).__name__}: {problem}" for problem in check_widgets(
        dialog, [dialog, *dialog.findChildren(QWidget)], dialog.windowTitle())
        if DEMO_DATA not in problem]


def to_directory(wizard, qtbot):
    wizard.resize(1024, 700)
    qtbot.waitUntil(lambda: wizard.width() == 1024)
    connection, directory = wizard.pages[:2]
    qtbot.mouseClick(connection.test_button, Qt.MouseButton.LeftButton)
    wait_complete(qtbot, connection)
    press_next(wizard)
    wait_complete(qtbot, directory)
    return directory


def test_who_to_import_and_the_mailing_lists_tab_speak_the_language(
        spoken, demo_wizard, qtbot):  # noqa: F811 (the fixture)
    wizard = demo_wizard
    who = to_directory(wizard, qtbot).who
    qtbot.mouseClick(who.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: who.tree_box.loaded)
    problems = check_page(wizard)
    who.tabs.setCurrentIndex(1)
    who.groups.search_edit.setText("Sales")
    who.groups.search()
    found = who.groups.found_list
    qtbot.waitUntil(lambda: found.count() > 0)
    problems += check_page(wizard)
    problems += [f"English group kind: {found.item(row).text()!r}" for row in range(found.count())
                 if " group" in found.item(row).text()]  # "(distribution group, sales@…)"
    who.tabs.setCurrentIndex(2)
    problems += check_page(wizard)
    who.lists_check.setChecked(True)
    press_next(wizard)
    users = wizard.pages[2]
    wait_complete(qtbot, users)
    lists = users.lists_view
    users.tabs.setCurrentWidget(lists)
    problems += check_page(wizard)
    header = lists.tree.headerItem()
    titles = [header.text(c) for c in range(lists.tree.columnCount())]
    problems += [f"English column title: {text!r}" for text in untranslated(titles, spoken)]
    problems += [f"English status: {text!r}"
                 for text in untranslated(column(lists.tree, 2), spoken)]
    problems += [f"English problem: {text!r}" for text in column(lists.tree, 4)
                 if text.startswith("not ticked")]
    assert problems == [], "\n".join(dict.fromkeys(problems))


def test_the_import_page_s_dialogs_speak_the_language_and_cut_nothing(
        spoken, demo_wizard, qtbot):  # noqa: F811 (the fixture)
    wizard = demo_wizard
    who = to_directory(wizard, qtbot).who
    who.setChecked(True)
    who.lists_check.setChecked(True)
    press_next(wizard)
    wait_complete(qtbot, wizard.pages[2])
    press_next(wizard)
    importing = wizard.pages[3]
    qtbot.mouseClick(importing.import_button, Qt.MouseButton.LeftButton)
    wait_complete(qtbot, importing)
    path = wizard.session.database_path

    batches = importing.batches_dialog()
    qtbot.waitUntil(lambda: batches.model.rowCount() > 0)
    problems = open_dialog(batches, qtbot) + cut_titles(batches.view.horizontalHeader())
    question = undo_question(batches.path, batches.model.batch(0).id)
    if english(question):
        problems.append(f"English question: {question!r}")
    batches.close()

    members = ListMembersDialog(path, None, wizard)
    qtbot.waitUntil(lambda: members.tree.topLevelItemCount() > 0)
    problems += open_dialog(members, qtbot)
    problems += [f"English source: {text!r}"
                 for text in untranslated(set(column(members.tree, 1)), spoken)]
    members.close()

    problems += open_dialog(MailServerForMessages(wizard.session.profile, wizard), qtbot)
    importing.welcome_box.check.setChecked(True)
    preview = importing.welcome_box.open_preview()
    # the message itself (headers and text) is the job's template, not the window's words
    for shown in (*preview.headers.values(), preview.body):
        shown.setVisible(False)
    problems += open_dialog(preview, qtbot)
    preview.close()

    files = QFileDialog(wizard, "", str(path.parent))
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    problems += open_dialog(files, qtbot)
    files.close()
    assert problems == [], "\n".join(dict.fromkeys(problems))


def test_who_left_since_the_import_is_said_in_the_language(
        spoken, demo_wizard, qtbot):  # noqa: F811 (the fixture)
    wizard = demo_wizard
    directory = to_directory(wizard, qtbot)
    press_next(wizard)
    users = wizard.pages[2]
    wait_complete(qtbot, users)
    press_next(wizard)
    importing = wizard.pages[3]
    qtbot.mouseClick(importing.import_button, Qt.MouseButton.LeftButton)
    wait_complete(qtbot, importing)
    wizard.back()
    wizard.back()
    # the job narrowed to one OU: everyone outside it left, as far as a sync can tell
    directory.binding_edit.setText("OU=Support,OU=Company,DC=demo,DC=example")
    press_next(wizard)
    qtbot.waitUntil(lambda: users.complete_listing and not users.task.running, timeout=30_000)
    view = users.sync_view
    users.tabs.setCurrentWidget(view)
    problems = check_page(wizard)
    tree = view.tree
    header = tree.headerItem()
    shown = [header.text(c) for c in range(tree.columnCount())]
    for row in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(row)
        shown += [group.text(0), *(group.child(c).text(1) for c in range(group.childCount()))]
    problems += [f"English in the sync preview: {text!r}" for text in shown if english(text)]
    if spoken == "pseudo":
        problems += [f"English title: {text!r}" for text in untranslated(shown[:2], spoken)]
    assert problems == [], "\n".join(dict.fromkeys(problems))


@pytest.fixture
def german(qapp):
    if not completeness("de").complete:
        pytest.skip("German is partial, so not offered: python tools/i18n_check.py de -v")
    assert i18n.install(qapp, "de") == "de"
    yield
    i18n.install(qapp, "en")


def test_the_job_s_name_and_a_name_taken_are_said_in_german(german, real_wizard):
    from ldapwizard.gui.widgets.job_name import default_name

    assert default_name("corp.example", "dc1", []) == "corp.example von dc1"
    assert default_name("", "", ["Importauftrag"]) == "Importauftrag (2)"
    wizard = real_wizard  # one that saves its jobs (the demo's does not)
    field = wizard.pages[3].job_name
    wizard.context.profiles.save(replace(wizard.session.profile, name="Personal"))
    field.edit.setText("Personal")
    assert field.needed() and not field.save_job()
    assert field.problem.text() == ("✗ Ein Profil namens „Personal“ gibt es bereits.\n"
                                    "Wählen Sie einen anderen Namen für diesen Auftrag.")
