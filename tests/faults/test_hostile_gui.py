"""Hostile text typed into the wizard: the binding string and filter on the Directory page, and
the Users page's filter box — which filters the table locally and never reaches the server.

Also a scan of the engine's source: every filter sent to a server is either a constant, the
server type's own filter, or the admin's validated filter; no value is ever pasted into one.
"""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtCore import Qt

import ldapwizard
from tests.faults.hostile import corpus, unsafe_characters
from tests.gui.driving import press_next, wait_complete

SOURCE = Path(ldapwizard.__file__).parent


def to_directory_page(wizard, qtbot):
    connection = wizard.pages[0]
    qtbot.mouseClick(connection.test_button, Qt.MouseButton.LeftButton)
    wait_complete(qtbot, connection)
    press_next(wizard)
    return wizard.pages[1]


def shown_problem_is_readable(label_text: str) -> None:
    assert not unsafe_characters(label_text), (unsafe_characters(label_text), label_text)
    assert len(label_text) < 1000
    lines = label_text.split("\n")
    if len(lines) == 3 and lines[2].endswith("^"):  # the caret sits inside the shown text
        assert len(lines[2]) <= len(lines[1]) + 1


def test_hostile_binding_strings_and_filters_are_shown_readably_and_block_next(
        demo_wizard, qtbot, ledger):
    directory = to_directory_page(demo_wizard, qtbot)
    good_binding = directory.binding_edit.text()
    for text in corpus()["binding"]:
        ledger.hostile("binding string (Directory page)")
        directory.binding_edit.setText(text)
        problem = directory.binding_problem.text()
        if problem:
            assert not directory.isComplete()
            shown_problem_is_readable(problem)
    directory.binding_edit.setText(good_binding)
    for text in corpus()["filter"]:
        ledger.hostile("filter (Directory page)")
        directory.filter_edit.setText(text)
        problem = directory.filter_problem.text()
        if problem:
            assert not directory.isComplete()
            shown_problem_is_readable(problem)
    directory.filter_edit.setText("(objectClass=user)")
    wait_complete(qtbot, directory)


def test_the_users_filter_box_filters_locally_and_never_reaches_the_server(
        demo_wizard, qtbot, ledger):
    wizard = demo_wizard
    to_directory_page(wizard, qtbot)
    press_next(wizard)
    users = wizard.pages[2]
    wait_complete(qtbot, users)
    sent_filter = wizard.session.search_settings()[1].effective_filter
    listed_for, total = users.listed_for, users.model.rowCount()
    texts = [*corpus()["filter"], *corpus()["dn"], "*", "*)(uid=*))(|(uid=*", "\\2a", "garcía"]
    for text in texts:
        ledger.hostile("Users page filter box")
        users.filter_edit.setText(text)
        assert users.model.rowCount() <= total
        assert not users.task.running and users.listed_for == listed_for
    users.filter_edit.setText("garcía")
    assert 0 < users.model.rowCount() < total
    users.filter_edit.setText("(cn=*)")  # filter syntax is just text here: nothing matches it
    assert users.model.rowCount() == 0
    users.filter_edit.clear()
    assert users.model.rowCount() == total and users.isComplete()
    assert wizard.session.search_settings()[1].effective_filter == sent_filter


def _filter_argument(call: ast.Call) -> ast.expr | None:
    for keyword in call.keywords:
        if keyword.arg == "search_filter":
            return keyword.value
    name = call.func.attr if isinstance(call.func, ast.Attribute) else \
        getattr(call.func, "id", "")
    if name in ("_pages", "count_entries") and len(call.args) >= 2:
        return call.args[1]
    return None


def test_every_filter_sent_to_a_server_is_a_constant_or_the_validated_one(ledger):
    allowed = {"search_filter", "search.effective_filter"}
    seen = []
    for path in sorted(SOURCE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                value = _filter_argument(node)
                if value is None:
                    continue
                seen.append(path.name)
                if isinstance(value, ast.Constant) and isinstance(value.value, str):
                    continue
                assert ast.unparse(value) in allowed, (
                    f"{path.relative_to(SOURCE)}:{node.lineno} builds a filter from "
                    f"{ast.unparse(value)}: escape any value in it with filters.escape_value")
    # the scan found the places that search (it would pass vacuously otherwise)
    assert {"listing.py", "directory_page.py"} <= set(seen), seen
