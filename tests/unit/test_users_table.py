"""The Users page's table without Qt: filter, sort, ticks and counts over planned entries.

The entries come from tests/unit/plan_entries.py, as in the Qt model's tests
(tests/gui/test_users_model.py).
"""

from __future__ import annotations

import random
import subprocess
import sys

import pytest

from ldapwizard.core.maildb.planner import HIDDEN, NEW, PROBLEM
from ldapwizard.core.preview import order as users_order
from ldapwizard.core.preview.columns import (
    COLUMN_ALIASES,
    COLUMN_CHECK,
    COLUMN_DISPLAY_NAME,
    COLUMN_DN,
    COLUMN_EMAIL,
    COLUMN_NOTES,
    COLUMN_USERNAME,
    TEXT,
    haystack,
)
from ldapwizard.core.preview.table import UsersTable
from tests.unit.plan_entries import DOMAIN, hidden, new, plainly_sorted, sample, varied


@pytest.fixture
def table():
    table = UsersTable(DOMAIN)
    table.reset_entries(sample())
    return table


def texts(table: UsersTable, column: int) -> list[str]:
    return [table.text(row, column) for row in range(table.visible_count())]


def uids(table: UsersTable) -> list[str]:
    """The rows in view order, named by the uid in their DN."""
    return [dn.partition(",")[0].removeprefix("uid=") for dn in texts(table, COLUMN_DN)]


def row_of(table: UsersTable, uid: str) -> int:
    return uids(table).index(uid)


def test_importing_the_table_does_not_load_pyside6():
    code = ("import sys, ldapwizard.core.preview.table\n"
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "[]"


def test_problem_rows_show_the_directory_email_and_the_reason(table):
    dave = row_of(table, "dave")
    assert table.text(dave, COLUMN_USERNAME) == "dave"  # the directory's own
    assert table.text(dave, COLUMN_EMAIL) == ""
    assert table.text(dave, COLUMN_ALIASES) == "dave@old.example"
    assert table.text(dave, COLUMN_NOTES) == "no email address in the directory"
    assert table.entry(dave).status == PROBLEM


def test_set_domain_changes_the_addresses_shown(table):
    table.set_domain("mail.example.org")
    assert table.domain == "mail.example.org"
    assert table.text(row_of(table, "anna"), COLUMN_EMAIL) == "anna@mail.example.org"
    table.set_filter_text("mail.example.org")
    assert uids(table) == ["carl", "anna", "Bob", "émile"]


def test_new_entries_start_ticked_and_are_returned_in_listing_order(table):
    assert [table.is_checked(row) for row in range(table.visible_count())] == [
        True, True, False, True, True]  # dave is a problem
    assert [e.username for e in table.checked_entries()] == ["carl", "anna", "Bob", "émile"]
    assert table.checked_ids() == {"id-carl", "id-anna", "id-Bob", "id-émile"}
    assert table.checked_count() == 4


def test_only_new_entries_can_be_ticked(table):
    table.set_show_hidden(True)
    for uid in ("dave", "erin"):
        row = row_of(table, uid)
        assert not table.is_checkable(row)
        assert not table.set_checked(row, True)
        assert not table.is_checked(row)
    carl = row_of(table, "carl")
    assert table.is_checkable(carl)
    assert not table.set_checked(carl, True)  # ticked already: no change
    assert table.set_checked(carl, False)
    assert not table.is_checked(carl)
    table.set_all_checked(True)
    assert table.checked_count() == 4


def test_counts(table):
    assert (table.total_count(), table.visible_count(), table.hidden_count(),
            table.problem_count(), table.checked_count()) == (6, 5, 1, 1, 4)
    assert table.status_count(NEW) == 4
    table.set_filter_text("carl")
    assert (table.total_count(), table.visible_count(), table.hidden_count()) == (6, 1, 1)


@pytest.mark.parametrize(("text", "found"), [
    ("BOB", ["Bob"]),  # username and display name, any case
    ("MÜLLER", ["anna"]),  # display name, non-ASCII case folding
    ("a.mueller@", ["anna"]),  # alias
    ("carl@example.com", ["carl"]),  # address
    ("ou=paris", ["émile"]),  # DN
    ("other.org", ["anna"]),  # notes
    ("no email", ["dave"]),  # the problem's reason
    ("  zeiss ", ["carl"]),  # surrounding spaces do not count
    ("example.com", ["carl", "anna", "Bob", "émile"]),  # dave has no address, only dc=com
    ("nobody", []),
])
def test_filter_matches_any_column_ignoring_case(table, text, found):
    table.set_filter_text(text)
    assert uids(table) == found


@pytest.mark.parametrize("text", [".*", "(uid=*)", "[a-z]", "*", "\\", "a|b", "%s"])
def test_filter_text_is_plain_text(table, text):
    table.set_filter_text(text)
    assert uids(table) == []
    table.append_entries([new("odd", display=f"Odd {text} name")])
    assert uids(table) == ["odd"]


def test_filter_and_toggle_say_whether_they_changed_anything(table):
    assert table.set_filter_text(" Carl ") and table.filter_text() == "carl"
    assert not table.set_filter_text("CARL")
    assert table.set_show_hidden(True)
    assert not table.set_show_hidden(True)


def test_filter_shows_hidden_entries_only_with_the_toggle(table):
    table.set_filter_text("erin")
    assert table.visible_count() == 0
    table.set_show_hidden(True)
    assert texts(table, COLUMN_DISPLAY_NAME) == ["Erin Old"]
    table.set_show_hidden(False)
    assert table.visible_count() == 0


def test_sort_uses_casefolded_keys_both_ways(table):
    # dave is a problem: his directory username is shown and sorted
    table.sort(COLUMN_USERNAME)
    assert uids(table) == ["anna", "Bob", "carl", "dave", "émile"]
    table.sort(COLUMN_DISPLAY_NAME, descending=True)
    assert texts(table, COLUMN_DISPLAY_NAME) == [
        "Émile Zola", "Dave", "Carl Zeiss", "bob BUILDER", "Anna Müller"]
    table.sort(-1)
    assert uids(table) == ["carl", "anna", "dave", "Bob", "émile"]


def test_sort_is_stable_in_listing_order_for_equal_keys(table):
    table.sort(COLUMN_NOTES)  # carl, Bob and émile have none
    assert uids(table) == ["carl", "Bob", "émile", "anna", "dave"]
    table.sort(COLUMN_NOTES, descending=True)
    assert uids(table) == ["dave", "anna", "carl", "Bob", "émile"]


def test_sorting_the_check_column_puts_ticked_first(table):
    table.set_checked(row_of(table, "anna"), False)
    table.sort(COLUMN_CHECK)
    assert uids(table) == ["carl", "Bob", "émile", "anna", "dave"]
    table.sort(COLUMN_CHECK, descending=True)
    assert uids(table) == ["dave", "anna", "carl", "Bob", "émile"]


def test_filtered_ticks_touch_only_the_rows_shown(table):
    table.set_all_checked(False)
    table.set_filter_text("ou=people")  # anna, dave (not tickable) and Bob
    table.set_filtered_checked(True)
    assert [e.username for e in table.checked_entries()] == ["anna", "Bob"]
    table.set_filter_text("")
    table.set_all_checked(True)
    table.set_filter_text("zeiss")
    table.set_filtered_checked(False)
    assert [e.username for e in table.checked_entries()] == ["anna", "Bob", "émile"]


def test_appended_rows_go_to_the_end_while_filtered_and_sorted(table):
    table.sort(COLUMN_USERNAME)
    table.set_filter_text("streamed")
    assert table.visible_count() == 0
    table.append_entries([new("xena", display="Streamed Xena"),
                          new("alex", display="Streamed"), new("bert"),
                          hidden("max", display="Streamed Max")])
    assert uids(table) == ["xena", "alex"]
    table.append_entries([new("aaxel", display="Streamed Aaxel")])
    assert uids(table) == ["xena", "alex", "aaxel"]
    assert table.is_sorted()
    table.resort()
    assert uids(table) == ["aaxel", "alex", "xena"]
    table.set_filter_text("")
    assert uids(table)[:4] == ["aaxel", "alex", "anna", "bert"]
    assert table.checked_count() == 8
    assert (table.total_count(), table.hidden_count()) == (11, 2)


def test_reset_keeps_what_the_admin_unticked(table):
    table.set_checked(row_of(table, "anna"), False)
    table.reset_entries([*sample(), new("fred")])
    assert [e.username for e in table.checked_entries()] == ["carl", "Bob", "émile", "fred"]
    table.reset_entries([])
    assert table.visible_count() == table.total_count() == table.checked_count() == 0
    table.reset_entries(sample())  # emptied, the table forgot what was unticked
    assert table.checked_count() == 4


def test_reset_keeps_the_filter_and_the_sort(table):
    table.sort(COLUMN_USERNAME, descending=True)
    table.set_filter_text("team")
    table.reset_entries([new("zara", display="Team Zara"), new("adam", display="Team Adam"),
                         new("bo")])
    assert uids(table) == ["zara", "adam"]


def test_a_plan_of_the_same_listing_names_the_entries_re_planned(table):
    plan = sample()
    assert table.re_planned(plan[:5]) is None  # another listing
    table.reset_entries(plan)
    assert table.re_planned(plan) == []
    plan[3] = new("Bob", display="bob BUILDER")
    assert table.re_planned(plan) == [3]
    many = [new(f"user{n}") for n in range(500)]
    table.reset_entries(many)
    plan = [*many[:375], *(new(f"user{n}") for n in range(375, 500))]
    assert table.re_planned(plan) == list(range(375, 500))  # a quarter
    plan[0] = new("user0")
    assert table.re_planned(plan) is None  # more: a reset is quicker


def test_a_re_planned_entry_that_is_now_hidden_leaves_the_rows_and_one_shown_comes_last(table):
    table.sort(COLUMN_USERNAME, descending=True)
    assert uids(table) == ["émile", "dave", "carl", "Bob", "anna"]
    entries = sample()
    table.reset_entries(entries)
    entries[1] = hidden("anna", display="Anna Müller")  # taken in the domain meanwhile
    entries[4] = new("erin", display="Erin Old")  # hidden no more
    assert table.replace([1, 4], entries) == (4, 4)  # erin, at the end until a resort
    assert uids(table) == ["émile", "dave", "carl", "Bob", "erin"]
    table.resort()
    assert uids(table) == ["émile", "erin", "dave", "carl", "Bob"]
    assert [e.username for e in table.checked_entries()] == ["carl", "Bob", "erin", "émile"]


@pytest.mark.parametrize("step", [1, 2, 3, 5, 100])
@pytest.mark.parametrize("column", [COLUMN_CHECK, COLUMN_USERNAME, COLUMN_NOTES])
@pytest.mark.parametrize("descending", [False, True])
def test_sorting_in_steps_gives_the_order_one_stable_sort_gives(step, column, descending):
    entries = [*sample(), *(new(f"user{n % 4}", display=f"Same {n}") for n in range(12))]
    random.Random(step).shuffle(entries)
    table = UsersTable(DOMAIN)
    table.sort(column, descending)
    table.append_entries(entries[:9])
    table.set_checked(next(row for row in range(table.visible_count())
                           if table.is_checkable(row)), False)
    table.append_entries(entries[9:])
    table.set_filter_text("e")
    steps = table.sorted_in_steps(step)
    taken = 0
    while True:
        try:
            next(steps)
        except StopIteration as done:
            table.use_order(done.value)
            break
        taken += 1
    runs = -(-len(entries) // step)
    assert runs < taken <= runs + len(entries)  # sorted runs, then merges that each place some
    in_steps = uids(table)
    table.resort()  # one sort of every entry
    assert in_steps == uids(table) and len(in_steps) == 17


def test_hooks_see_new_rows_before_they_are_shown():
    seen = []
    table = None

    def relayout(rows, sorting):
        seen.append(("relayout", table.visible_count(), len(rows), sorting,
                     table.rows_in(rows, list(range(table.visible_count())))))
        table.show(rows)

    def insert(rows):
        seen.append(("insert", table.visible_count(), len(rows)))
        table.show_more(rows)

    table = UsersTable(DOMAIN, relayout=relayout, insert=insert)
    table.append_entries(sample())
    table.sort(COLUMN_USERNAME)
    table.set_filter_text("ou=people")
    assert seen == [
        ("insert", 0, 5),
        ("relayout", 5, 5, True, [2, 0, 3, 1, 4]),  # carl anna dave Bob émile, sorted
        ("relayout", 5, 3, False, [0, 1, None, 2, None]),  # anna Bob dave
    ]
    assert uids(table) == ["anna", "Bob", "dave"]


def shown(table: UsersTable) -> list[int]:
    """The rows in view order, as the ids of their entry objects."""
    return [id(table.entry(row)) for row in range(table.visible_count())]


def prepare(table: UsersTable, step: int) -> int:
    """Run `prepare_in_steps` to its end; the number of steps."""
    return sum(1 for _ in table.prepare_in_steps(step))


@pytest.mark.parametrize("column", sorted(TEXT))
@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("step", [None, 1, 4, 25, 1000])  # None: sorted on demand
def test_every_sort_gives_the_order_of_a_plain_sort_of_the_casefolded_texts(
        column, descending, step, monkeypatch):
    entries = varied(120, seed=column)
    table = UsersTable(DOMAIN)
    table.set_show_hidden(True)
    table.reset_entries(entries)
    if step is not None:
        assert prepare(table, step) > 1
        # sorted ahead: a sort only picks the rows, it builds no keys
        monkeypatch.setattr(users_order, "sort_keys", None)
    expected = plainly_sorted(entries, column, descending)
    table.sort(column, descending)
    assert shown(table) == [id(entry) for entry in expected]
    table.set_filter_text("MÜLLER")
    assert shown(table) == [id(entry) for entry in expected
                            if "müller" in haystack(entry, DOMAIN)]


@pytest.mark.parametrize("descending", [False, True])
def test_sorting_the_check_column_is_a_stable_sort_by_ticked_new_rest(descending):
    entries = varied(80, seed=5)
    table = UsersTable(DOMAIN)
    table.set_show_hidden(True)
    table.reset_entries(entries)
    for row in range(0, table.visible_count(), 3):
        table.set_checked(row, False)
    ticked = {id(entry) for entry in table.checked_entries()}

    def rank(entry):
        return 0 if id(entry) in ticked else 1 if entry.status == NEW else 2

    table.sort(COLUMN_CHECK, descending)
    assert shown(table) == [id(e) for e in sorted(entries, key=rank, reverse=descending)]


def test_a_sort_asked_for_while_sorting_ahead_and_entries_appended_meanwhile_are_in_order():
    entries = varied(90, seed=7)
    table = UsersTable(DOMAIN)
    table.set_show_hidden(True)
    table.sort(COLUMN_DN)
    table.reset_entries(entries[:60])
    steps = table.prepare_in_steps(5)
    for _ in range(30):
        next(steps)
    table.sort(COLUMN_DISPLAY_NAME, descending=True)  # before it is sorted ahead
    assert shown(table) == [id(e) for e in plainly_sorted(entries[:60], COLUMN_DISPLAY_NAME,
                                                           True)]
    table.append_entries(entries[60:])  # what was sorted ahead is stale: the steps end
    assert sum(1 for _ in steps) <= 1
    for column in (COLUMN_DN, COLUMN_USERNAME):
        table.sort(column)
        assert shown(table) == [id(e) for e in plainly_sorted(entries, column, False)]
    prepare(table, 7)
    table.sort(COLUMN_NOTES, descending=True)
    assert shown(table) == [id(e) for e in plainly_sorted(entries, COLUMN_NOTES, True)]


def test_a_re_planned_entry_is_sorted_by_its_new_text_after_sorting_ahead():
    entries = varied(40, seed=3)
    table = UsersTable(DOMAIN)
    table.set_show_hidden(True)
    table.reset_entries(entries)
    prepare(table, 4)
    plan = list(entries)
    plan[5] = new("aaaa-first", display="Aaaa First")
    table.replace([5], plan)
    for column in (COLUMN_USERNAME, COLUMN_DISPLAY_NAME, COLUMN_DN):
        table.sort(column)
        assert shown(table) == [id(e) for e in plainly_sorted(plan, column, False)]
        assert table.entry(0) is plan[5]


def test_hidden_entries_are_the_hidden_ones_in_listing_order(table):
    assert [e.username for e in table.hidden_entries()] == [
        e.username for e in sample() if e.status == HIDDEN]


def test_the_filter_finds_what_any_column_shows_though_the_haystack_leaves_repeats_out():
    # the haystack leaves out a username inside the address and a display name inside the
    # DN; every piece of every column's text must still find exactly the entries showing it
    entries = [*varied(150, seed=21), new("ann", display="ann"), new("Cn", display="cn=")]
    assert any(len(haystack(e, DOMAIN)) < len("\0".join(
        f(e, DOMAIN) for f in TEXT.values())) for e in entries)  # something was left out
    table = UsersTable(DOMAIN)
    table.set_show_hidden(True)
    table.reset_entries(entries)
    pick = random.Random(7)
    for entry in entries[::5]:
        for column, text in ((c, f(entry, DOMAIN)) for c, f in TEXT.items()):
            if not text.strip():
                continue
            start = pick.randrange(len(text))
            needle = text[start:start + pick.randint(1, 12)].strip() or text.strip()
            table.set_filter_text(needle)
            wanted = needle.casefold()
            expected = [id(e) for e in entries
                        if any(wanted in f(e, DOMAIN).casefold() for f in TEXT.values())]
            assert shown(table) == expected, (column, needle)


def test_the_lists_clearing_frees_in_steps_include_every_order_sorted_and_the_rows(table):
    table.set_show_hidden(True)
    table.sort(COLUMN_USERNAME)
    username_order = table._order
    table.sort(COLUMN_DN, descending=True)
    lists = table.object_lists()
    for held in (username_order, table._order, table._rows, table._positions, table._entries):
        assert any(held is listed for listed in lists)
