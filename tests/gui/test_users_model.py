"""The Users page's Qt model: roles, flags, signals, persistent indexes, and a listing streamed
in and put in place over event-loop turns. The filter, sort and ticks themselves are tested
without Qt in tests/unit/test_users_table.py; both build entries with tests/unit/plan_entries.py."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QTableView

from ldapwizard.core.maildb.planner import NEW, PlanEntry
from ldapwizard.gui.models.users_model import (
    COLUMN_ALIASES,
    COLUMN_CHECK,
    COLUMN_COUNT,
    COLUMN_DISPLAY_NAME,
    COLUMN_DN,
    COLUMN_EMAIL,
    COLUMN_NOTES,
    COLUMN_USERNAME,
    ENTRY_ROLE,
    STATUS_ROLE,
    UsersModel,
)
from tests.unit.plan_entries import DOMAIN, hidden, new, plainly_sorted, problem, sample, varied

CHECK_STATE = Qt.ItemDataRole.CheckStateRole


@pytest.fixture
def model(qtbot):
    model = UsersModel(DOMAIN)
    model.reset_entries(sample())
    return model


def column(model: UsersModel, number: int) -> list:
    role = CHECK_STATE if number == COLUMN_CHECK else Qt.ItemDataRole.DisplayRole
    return [model.data(model.index(row, number), role) for row in range(model.rowCount())]


def uids(model: UsersModel) -> list[str]:
    """The rows in view order, named by the uid in their DN."""
    return [dn.partition(",")[0].removeprefix("uid=") for dn in column(model, COLUMN_DN)]


def row_of(model: UsersModel, uid: str) -> int:
    return uids(model).index(uid)


def test_populated_model_passes_the_model_testers(model, qtmodeltester):
    model.set_show_hidden(True)
    qtmodeltester.check(model)
    qtmodeltester.check(model, force_py=True)


def test_model_stays_consistent_through_filter_sort_and_append(model, qtmodeltester):
    qtmodeltester.check(model, force_py=True)  # keeps watching every change below
    model.set_filter_text("e")
    model.sort(COLUMN_DN, Qt.SortOrder.DescendingOrder)
    model.append_entries([new("eve"), new("zed"), hidden("ellen")])
    model.set_show_hidden(True)
    model.set_filter_text("")
    model.resort()
    model.set_all_checked(False)
    model.set_domain("mail.example.com")
    model.clear()
    model.append_entries(sample())
    qtmodeltester.check(model)


def test_columns_show_what_will_be_created(model):
    assert model.columnCount() == COLUMN_COUNT
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(COLUMN_COUNT)] == [
        "Import", "Username", "Email", "Aliases", "Display name", "Notes", "DN"]
    anna = row_of(model, "anna")
    texts = [model.data(model.index(anna, c)) for c in range(1, COLUMN_COUNT)]
    assert texts == ["anna", "anna@example.com", "a.mueller@example.com", "Anna Müller",
                     "alias anna@other.org is outside example.com; not imported",
                     "uid=anna,ou=people,dc=example,dc=com"]
    assert model.data(model.index(anna, COLUMN_CHECK)) is None
    assert model.data(model.index(anna, COLUMN_DN), ENTRY_ROLE).user.dn.startswith("uid=anna")
    assert model.data(model.index(anna, COLUMN_EMAIL), STATUS_ROLE) == NEW


def test_problem_rows_are_shown_but_cannot_be_ticked(model):
    index = model.index(row_of(model, "dave"), COLUMN_CHECK)
    assert not model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.data(index, CHECK_STATE) == Qt.CheckState.Unchecked
    assert not model.setData(index, Qt.CheckState.Checked, CHECK_STATE)
    assert model.data(index, CHECK_STATE) == Qt.CheckState.Unchecked
    assert model.data(index, Qt.ItemDataRole.ToolTipRole) == \
        "Cannot be imported: no email address in the directory"
    model.set_all_checked(True)
    assert "dave" not in [e.username for e in model.checked_entries()]


def test_hidden_entries_are_left_out_unless_asked_for_and_never_ticked(model):
    assert "erin" not in column(model, COLUMN_DISPLAY_NAME)
    assert model.rowCount() == model.visible_count() == 5
    model.set_show_hidden(True)
    assert model.rowCount() == 6
    index = model.index(column(model, COLUMN_DISPLAY_NAME).index("Erin Old"), COLUMN_CHECK)
    assert not model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    assert "already imported as erin@example.com" in model.data(
        index, Qt.ItemDataRole.ToolTipRole)
    model.set_all_checked(True)
    assert model.checked_count() == 4
    model.set_show_hidden(False)
    assert model.rowCount() == 5


def test_persistent_indexes_follow_their_entry(model):
    bob = QPersistentModelIndex(model.index(row_of(model, "Bob"), COLUMN_DN))
    model.sort(COLUMN_USERNAME, Qt.SortOrder.DescendingOrder)
    assert bob.row() == row_of(model, "Bob") and bob.column() == COLUMN_DN
    model.set_filter_text("bob")
    assert bob.row() == 0
    model.set_filter_text("carl")
    assert not bob.isValid()


def test_set_data_toggles_like_a_view_does(model):
    changes, selections = [], []
    model.dataChanged.connect(lambda first, last, roles: changes.append(
        (first.row(), last.row(), first.column(), last.column(), list(roles))))
    model.selection_changed.connect(selections.append)
    index = model.index(row_of(model, "carl"), COLUMN_CHECK)
    assert model.setData(index, Qt.CheckState.Unchecked.value, CHECK_STATE)  # an int
    assert model.data(index, CHECK_STATE) == Qt.CheckState.Unchecked
    assert model.setData(index, Qt.CheckState.Checked, CHECK_STATE)  # the enum
    assert model.data(index, CHECK_STATE) == Qt.CheckState.Checked
    row = index.row()
    assert changes == [(row, row, 0, 0, [CHECK_STATE])] * 2
    assert selections == [3, 4]
    assert not model.setData(model.index(row, COLUMN_USERNAME), 0, CHECK_STATE)
    assert not model.setData(index, "x", CHECK_STATE)


def test_space_in_a_table_view_toggles_the_tick(model, qtbot):
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    index = model.index(row_of(model, "anna"), COLUMN_CHECK)
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert model.data(index, CHECK_STATE) == Qt.CheckState.Unchecked
    assert "anna" not in [e.username for e in model.checked_entries()]


def test_check_all_and_none_are_one_change_each(model):
    changes, selections = [], []
    model.dataChanged.connect(lambda first, last, roles: changes.append(
        (first.row(), last.row(), first.column(), last.column(), list(roles))))
    model.selection_changed.connect(selections.append)
    model.set_filter_text("example.com")
    model.set_all_checked(False)
    model.set_all_checked(True)
    assert changes == [(0, 3, 0, 0, [CHECK_STATE])] * 2
    assert selections == [0, 4]


def test_an_append_inserts_the_rows_it_shows_at_the_end_in_one_insertion(model):
    inserted = []
    model.rowsInserted.connect(lambda parent, first, last: inserted.append((first, last)))
    model.sort(COLUMN_USERNAME, Qt.SortOrder.AscendingOrder)
    model.set_filter_text("streamed")
    model.append_entries([new("xena", display="Streamed Xena"), new("alex", display="Streamed"),
                          new("bert"), hidden("max", display="Streamed Max")])
    model.append_entries([new("bo")])  # nothing shown: nothing inserted
    model.append_entries([new("aaxel", display="Streamed Aaxel")])
    assert inserted == [(0, 1), (2, 2)]
    assert uids(model) == ["xena", "alex", "aaxel"]
    model.resort()
    assert uids(model) == ["aaxel", "alex", "xena"]


def test_a_views_selection_follows_its_entries_through_sort_and_filter(model, qtbot):
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    selection = view.selectionModel()
    rows = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for uid in ("anna", "Bob", "émile"):
        selection.select(model.index(row_of(model, uid), 0), rows)

    def selected() -> list[str]:
        return [uids(model)[index.row()] for index in selection.selectedRows()]

    model.sort(COLUMN_USERNAME, Qt.SortOrder.DescendingOrder)
    assert sorted(selected()) == ["Bob", "anna", "émile"]
    model.set_filter_text("ou=people")
    assert sorted(selected()) == ["Bob", "anna"]
    model.set_filter_text("")
    model.append_entries([new(f"user{number}") for number in range(20)])
    view.selectAll()  # more rows than the model looks up one by one
    model.set_filter_text("bob")
    assert selected() == ["Bob"]


def streamed(model: UsersModel, entries: list[PlanEntry], page: int = 2) -> None:
    """Append entries as a listing streams them, a page at a time."""
    for start in range(0, len(entries), page):
        model.append_entries(entries[start:start + page])


def test_finishing_a_listing_puts_streamed_rows_in_place(qtbot, qtmodeltester):
    model = UsersModel(DOMAIN)
    qtmodeltester.check(model, force_py=True)
    model.sort(COLUMN_USERNAME, Qt.SortOrder.AscendingOrder)
    entries = sample()
    streamed(model, entries)
    assert uids(model) == ["carl", "anna", "dave", "Bob", "émile"]  # in listing order
    model.finish_listing(entries)
    assert not model.is_sorting()  # a few rows are sorted at once
    assert uids(model) == ["anna", "Bob", "carl", "dave", "émile"]


def test_finishing_a_listing_updates_only_the_re_planned_entries(qtbot, qtmodeltester):
    model = UsersModel(DOMAIN)
    qtmodeltester.check(model, force_py=True)
    entries = sample()
    streamed(model, entries)
    model.setData(model.index(row_of(model, "Bob"), COLUMN_CHECK), 0, CHECK_STATE)
    carl = model.data(model.index(0, COLUMN_DN), ENTRY_ROLE)
    plan = [*entries]
    # the whole plan found carl's address twice, and anna's alias gone; Bob stays unticked
    plan[0] = problem("carl", "duplicate address carl@example.com", display="Carl Zeiss",
                      ou="sales")
    plan[1] = new("anna", display="Anna Müller")
    plan[3] = new("Bob", display="bob BUILDER")
    changed = []
    model.dataChanged.connect(lambda first, last, roles: changed.append((first.row(),
                                                                         last.row())))
    model.finish_listing(plan)
    assert model.data(model.index(row_of(model, "carl"), COLUMN_DN), ENTRY_ROLE) is plan[0]
    assert carl is entries[0]
    assert model.data(model.index(row_of(model, "carl"), COLUMN_NOTES)) == \
        "duplicate address carl@example.com"
    assert model.data(model.index(row_of(model, "anna"), COLUMN_ALIASES)) == ""
    assert [e.username for e in model.checked_entries()] == ["anna", "émile"]
    assert changed == [(0, 3)]  # carl to Bob, in one change
    assert (model.total_count(), model.problem_count()) == (6, 2)


def test_a_re_planned_entry_that_is_now_hidden_leaves_the_rows(qtbot, qtmodeltester):
    model = UsersModel(DOMAIN)
    qtmodeltester.check(model, force_py=True)
    model.sort(COLUMN_USERNAME, Qt.SortOrder.DescendingOrder)
    entries = sample()
    streamed(model, entries)
    plan = [*entries]
    plan[1] = hidden("anna", display="Anna Müller")  # taken in the domain meanwhile
    plan[4] = new("erin", display="Erin Old")  # hidden no more
    model.finish_listing(plan)
    assert uids(model) == ["émile", "erin", "dave", "carl", "Bob"]
    assert model.hidden_count() == 1
    assert [e.username for e in model.checked_entries()] == ["carl", "Bob", "erin", "émile"]


def test_in_listing_order_a_re_planned_entry_shows_in_its_place(qtbot, qtmodeltester):
    model = UsersModel(DOMAIN)
    qtmodeltester.check(model, force_py=True)
    entries = sample()
    streamed(model, entries)
    plan = [*entries]
    plan[4] = new("erin", display="Erin Old")  # hidden no more
    model.finish_listing(plan)
    assert uids(model) == ["carl", "anna", "dave", "Bob", "erin", "émile"]


def test_many_rows_go_in_place_in_steps_as_one_stable_sort_would(qtbot, qtmodeltester,
                                                                 monkeypatch):
    monkeypatch.setattr("ldapwizard.gui.models.users_model.SORT_STEP", 3)
    entries = [*sample(), *(new(f"user{n % 4}", display=f"Same {n}") for n in range(12))]
    model = UsersModel(DOMAIN)
    qtmodeltester.check(model, force_py=True)
    for column, order in ((COLUMN_USERNAME, Qt.SortOrder.AscendingOrder),
                          (COLUMN_NOTES, Qt.SortOrder.DescendingOrder),
                          (COLUMN_CHECK, Qt.SortOrder.AscendingOrder)):
        model.clear()
        model.sort(column, order)
        streamed(model, entries, page=5)
        model.set_filter_text("e")
        model.finish_listing(entries)
        assert model.is_sorting()
        qtbot.waitUntil(lambda: not model.is_sorting())
        in_steps = uids(model)
        model.resort()  # one sort of every entry
        assert in_steps == uids(model) and len(in_steps) == 17, (column, order)


def test_a_sort_or_an_append_while_rows_go_in_place_wins(qtbot, qtmodeltester, monkeypatch):
    monkeypatch.setattr("ldapwizard.gui.models.users_model.SORT_STEP", 2)
    model = UsersModel(DOMAIN)
    qtmodeltester.check(model, force_py=True)
    model.sort(COLUMN_USERNAME, Qt.SortOrder.AscendingOrder)
    entries = sample()
    streamed(model, entries)
    model.finish_listing(entries)
    model.sort(COLUMN_DISPLAY_NAME, Qt.SortOrder.DescendingOrder)
    assert not model.is_sorting()
    qtbot.wait(20)  # a step left over would reorder the rows by username
    assert column(model, COLUMN_DISPLAY_NAME) == [
        "Émile Zola", "Dave", "Carl Zeiss", "bob BUILDER", "Anna Müller"]
    model.finish_listing(entries)
    model.append_entries([new("aaron")])
    assert not model.is_sorting()
    qtbot.wait(20)
    assert uids(model)[-1] == "aaron"  # streamed to the end, as any append is


def test_clear_empties_the_model_at_once_and_frees_many_entries_in_steps(
        qtbot, qtmodeltester, monkeypatch):
    monkeypatch.setattr("ldapwizard.gui.models.users_model.SORT_STEP", 2)
    model = UsersModel(DOMAIN)
    qtmodeltester.check(model, force_py=True)
    model.sort(COLUMN_USERNAME, Qt.SortOrder.AscendingOrder)
    streamed(model, sample())
    released = []
    model.released.connect(lambda: released.append(True))
    model.clear()
    assert (model.rowCount(), model.total_count(), model.checked_count()) == (0, 0, 0)
    assert not released  # six entries, two a turn
    model.append_entries([new("zoe"), new("adam")])  # the next listing may start at once
    assert uids(model) == ["zoe", "adam"]
    qtbot.waitUntil(lambda: released == [True])
    assert uids(model) == ["zoe", "adam"]
    model.clear()  # two entries: freed at once
    assert released == [True, True]


def entry_order(model: UsersModel) -> list[int]:
    """The rows in view order, as the ids of their entry objects."""
    return [id(model.data(model.index(row, 0), ENTRY_ROLE)) for row in range(model.rowCount())]


def assert_every_sort_is_plain(model: UsersModel, entries: list[PlanEntry]) -> None:
    for number in range(1, COLUMN_COUNT):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            model.sort(number, order)
            expected = plainly_sorted(entries, number, order == Qt.SortOrder.DescendingOrder)
            assert entry_order(model) == [id(e) for e in expected], (number, order)


def test_sorts_before_and_after_sorting_ahead_are_plain_sorts_of_the_casefolded_texts(
        qtbot, qtmodeltester, monkeypatch):
    monkeypatch.setattr("ldapwizard.gui.models.users_model.PREPARE_STEP", 4)
    entries = varied(60, seed=11)
    model = UsersModel(DOMAIN)
    qtmodeltester.check(model, force_py=True)
    model.set_show_hidden(True)
    model.reset_entries(entries)
    assert model.is_preparing()
    assert_every_sort_is_plain(model, entries)  # asked for before: sorted on demand
    model.reset_entries(entries)
    qtbot.waitUntil(lambda: not model.is_preparing())
    monkeypatch.setattr("ldapwizard.core.preview.order.sort_keys", None)  # no key built on a click
    assert_every_sort_is_plain(model, entries)


def test_after_a_listing_the_rows_go_in_place_then_every_column_is_sorted_ahead(
        qtbot, qtmodeltester, monkeypatch):
    monkeypatch.setattr("ldapwizard.gui.models.users_model.SORT_STEP", 7)
    monkeypatch.setattr("ldapwizard.gui.models.users_model.PREPARE_STEP", 5)
    entries = varied(50, seed=12)
    model = UsersModel(DOMAIN)
    qtmodeltester.check(model, force_py=True)
    model.set_show_hidden(True)
    model.sort(COLUMN_USERNAME, Qt.SortOrder.AscendingOrder)
    streamed(model, entries, page=8)
    assert not model.is_preparing()  # not while the listing streams in
    plan = list(entries)
    plan[3] = new("aaa-replanned")
    model.finish_listing(plan)
    assert model.is_sorting() and not model.is_preparing()
    qtbot.waitUntil(lambda: not model.is_sorting())
    assert entry_order(model) == [id(e) for e in plainly_sorted(plan, COLUMN_USERNAME, False)]
    qtbot.waitUntil(lambda: not model.is_preparing())
    with monkeypatch.context() as patch:
        patch.setattr("ldapwizard.core.preview.order.sort_keys", None)  # no key built on a click
        assert_every_sort_is_plain(model, plan)
    model.append_entries([new("zz-next")])  # a new listing's rows: nothing sorted ahead
    assert not model.is_preparing()
