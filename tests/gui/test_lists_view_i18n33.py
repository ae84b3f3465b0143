"""The Lists tab counts in the singular for one and speaks the window's language (issue 32):
the members outside the import, the members beyond the first few, a list not ticked."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QTabWidget, QWidget

from ldapwizard.core.directory.records import DirectoryGroup
from ldapwizard.core.maildb.lists import NEW, ListEntry
from ldapwizard.gui import i18n
from ldapwizard.gui.widgets.lists_view import ListsView
from ldapwizard.i18n import current_language
from ldapwizard.i18n.catalogues import completeness

DOMAIN = "example.com"


def group(name: str, count: int) -> DirectoryGroup:
    return DirectoryGroup(f"cn={name},ou=groups,dc=example,dc=com", f"g-{name}", name.title(),
                          f"{name}@{DOMAIN}", tuple((f"uid=u{i},dc=example,dc=com", "")
                                                    for i in range(count)))


def shown(qtbot) -> dict[str, tuple[str, str, str]]:
    """Each list's Members column, its tool tip and its Problem column."""
    tabs = QTabWidget()
    tabs.addTab(QWidget(), "Entries")
    qtbot.addWidget(tabs)
    view = ListsView(tabs)
    members = tuple(f"m{i}@{DOMAIN}" for i in range(5))
    one = ListEntry(group("one", 2), NEW, "", "one", members[:4], left_out=1)
    two = ListEntry(group("two", 7), NEW, "", "two", members, left_out=2)
    empty = ListEntry(group("empty", 1), NEW, "", "empty", (), left_out=1,
                      flagged="the group has no members")
    view.show_lists(SimpleNamespace(lists=[one, two, empty], domain=DOMAIN))
    items = [view.tree.topLevelItem(i) for i in range(view.tree.topLevelItemCount())]
    return {item.text(0): (item.text(3), item.toolTip(3), item.text(4)) for item in items}


@pytest.fixture
def english_window(qapp):
    """English as the wizard installs it at start (its plural forms: "1 member")."""
    assert i18n.install(qapp, "en") == "en"
    yield
    for translator in i18n._installed:
        qapp.removeTranslator(translator)
    i18n._installed.clear()


def test_the_lists_tab_says_one_member_in_the_singular(qtbot, english_window):
    lists = shown(qtbot)
    assert lists[f"one@{DOMAIN}"][0].endswith(", … 1 more")
    assert lists[f"one@{DOMAIN}"][1].endswith(
        "\n1 member of the group is not imported (see the notes)")
    assert lists[f"two@{DOMAIN}"][1].endswith(
        "\n2 members of the group are not imported (see the notes)")
    assert lists[f"empty@{DOMAIN}"][2] == "not ticked: the group has no members"


@pytest.mark.skipif(not completeness("de").complete, reason="German is partial")
def test_the_lists_tab_speaks_german(qtbot, qapp):
    assert i18n.install(qapp, "de") == "de"
    try:
        lists = shown(qtbot)
    finally:
        i18n.install(qapp, "en")
    assert current_language() == "en"
    assert lists[f"one@{DOMAIN}"][0].endswith(", … 1 weiteres")
    assert lists[f"one@{DOMAIN}"][1].endswith(
        "\n1 Mitglied der Gruppe wird nicht importiert (siehe die Hinweise)")
    assert lists[f"two@{DOMAIN}"][1].endswith(
        "\n2 Mitglieder der Gruppe werden nicht importiert (siehe die Hinweise)")
    assert lists[f"empty@{DOMAIN}"][2].startswith("nicht angehakt: ")
