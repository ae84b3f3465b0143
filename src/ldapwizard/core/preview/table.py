"""The Users page's table without Qt: every planned entry, checkable, filtered and sorted.

QSortFilterProxyModel over a Python model takes about 2 s to filter and 10 s to sort 100,000 rows
(bench/users_model.py), so the table filters and sorts itself on plain Python data: one
casefolded haystack string per entry, the check state in a bytearray, and per column the
order of every entry (`users_order.ColumnOrders`), sorted ahead in steps of bounded work
(`prepare_in_steps`) or on first use. `users_model.UsersModel` shows it in Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterable
from itertools import compress, repeat
from operator import and_, contains, is_not, itemgetter, or_, sub

from ldapwizard.core.maildb.planner import HIDDEN, NEW, PROBLEM, PlanEntry
from ldapwizard.core.preview.columns import TEXT, haystack, identity
from ldapwizard.core.preview.order import ColumnOrders

__all__ = ["UsersTable"]

# One status byte per entry; bytes.translate turns the statuses into masks at C speed.
_CODES = {NEW: 0, HIDDEN: 1, PROBLEM: 2}
_NEW_CODE = _CODES[NEW]
_HIDDEN_CODE = _CODES[HIDDEN]
_UNKNOWN = _CODES[PROBLEM]  # a status this table does not know: shown, never ticked
_IS_NEW = bytes([1]) + bytes(255)
_NOT_HIDDEN = bytes([1, 0]) + bytes([1]) * 254
_CHECK_RANK = bytes([1]) + bytes([2]) * 255  # with the tick subtracted: ticked 0, new 1, rest 2
_IS_HIDDEN = bytes([0, 1]) + bytes(254)


def _rows_of(positions: set[int], rows: list[int]) -> dict[int, int]:
    """Where each of a few entry positions is in `rows`; absent ones are left out."""
    if len(positions) > 16:
        return {p: row for row, p in enumerate(rows) if p in positions}
    where = {}
    for position in positions:  # list.index scans in C: quicker than a loop for a few
        try:
            where[position] = rows.index(position)
        except ValueError:
            pass
    return where


def _both(first: bytes, second: bytes) -> bytearray:
    """1 where both byte strings of 0s and 1s have 1: ANDed as two whole numbers, in C (a
    map(and_) over 300,000 bytes takes about 9 ms, this about 1 ms)."""
    both = int.from_bytes(first, "little") & int.from_bytes(second, "little")
    return bytearray(both.to_bytes(len(first), "little"))


class UsersTable:
    """Planned entries with their ticks, as the rows that a filter and a sort let through.

    A row shows the entry at a position in the listing order. Rows appended by
    `append_entries` that match the filter go to the end of the rows even while the table is
    sorted: rows on screen never move under the pointer and an append costs little more than
    its own batch. `resort()` (or `sorted_in_steps` and `use_order`) puts them in place.
    Sorting is stable with respect to the listing order and does not follow later ticks.

    New rows in another order go in through `relayout(rows, sorting)`, appended ones through
    `insert(rows)`. By default they are shown at once; a Qt model passes its own, which
    announce the change around a call to `show(rows)` or `show_more(rows)`. `reset_entries`
    and `set_domain` show their rows at once: a Qt model resets around them.
    """

    def __init__(self, domain: str = "", *,
                 relayout: Callable[[list[int], bool], None] | None = None,
                 insert: Callable[[list[int]], None] | None = None):
        self._domain = domain
        self._relayout = relayout or (lambda rows, sorting: self.show(rows))
        self._insert = insert or self.show_more
        self._needle = ""
        self._show_hidden = False
        self._outside_only = False
        self._sort_column = -1
        self._descending = False
        self._column_orders = ColumnOrders(self._check_ranks)
        # identities of entries the admin unticked in an earlier listing: still unticked
        # when a listing brings them again (carry_unticked)
        self._carried: set[str] = set()
        self._load([])

    # --- rows -------------------------------------------------------------------------------

    def entry(self, row: int) -> PlanEntry:
        """The entry a row shows."""
        return self._entries[self._rows[row]]

    def text(self, row: int, column: int) -> str:
        """What a column shows of a row's entry (not the check column)."""
        return TEXT[column](self._entries[self._rows[row]], self._domain)

    def is_checked(self, row: int) -> bool:
        """Whether a row's entry is ticked."""
        return bool(self._checked[self._rows[row]])

    def is_checkable(self, row: int) -> bool:
        """Whether a row's entry can be ticked: only new entries can."""
        return self._status[self._rows[row]] == _NEW_CODE

    def set_checked(self, row: int, checked: bool) -> bool:
        """Tick or untick a row's entry; True if its tick changed (never for one not new)."""
        position = self._rows[row]
        ticked = int(bool(checked))
        if self._status[position] != _NEW_CODE or self._checked[position] == ticked:
            return False
        self._checked[position] = ticked
        return True

    def show(self, rows: list[int]) -> None:
        """Make `rows` (entry positions, as given to a `relayout` hook) the rows shown."""
        self._rows = rows

    def show_more(self, rows: list[int]) -> None:
        """Add `rows` (entry positions, as given to an `insert` hook) after the rows shown."""
        self._rows.extend(rows)

    def rows_in(self, rows: list[int], shown: list[int]) -> list[int | None]:
        """Where the entries of rows `shown` are in `rows`, new rows given to a `relayout` hook
        and not shown yet; None for an entry that `rows` leaves out."""
        positions = [self._rows[row] for row in shown]
        where = _rows_of(set(positions), rows)
        return [where.get(position) for position in positions]

    # --- filling ----------------------------------------------------------------------------

    @property
    def domain(self) -> str:
        """The target mail domain that the Email and Aliases columns show."""
        return self._domain

    def unticked_ids(self) -> set[str]:
        """Identities (columns.identity: the stable id) of the new entries not ticked."""
        return {identity(entry) for entry in compress(
            self._entries, map(sub, self._status.translate(_IS_NEW), self._checked))}

    def carry_unticked(self, unticked: set[str]) -> None:
        """Keep these entries unticked when a listing brings them (again): the admin's ticks
        of entries still there survive listing again."""
        self._carried = set(unticked)

    def reset_entries(self, entries: list[PlanEntry]) -> None:
        """Replace every entry; one the admin unticked stays unticked if it comes back."""
        # from an empty table (a listing that did not stream), the earlier listing's
        unticked = self.unticked_ids() if self._entries else self._carried
        self._load(entries)
        if unticked:
            for position, entry in enumerate(self._entries):
                if identity(entry) in unticked:
                    self._checked[position] = 0

    def append_entries(self, batch: list[PlanEntry]) -> None:
        """Add a batch of a running listing; see the class docstring for where its rows go."""
        start = len(self._entries)
        status = bytearray(_CODES.get(entry.status, _UNKNOWN) for entry in batch)
        self._entries.extend(batch)
        self._status.extend(status)
        self._checked.extend(status.translate(_IS_NEW))
        if self._carried:
            carried = self._carried
            for position, entry in enumerate(batch, start):
                if identity(entry) in carried:
                    self._checked[position] = 0
        self._outside.extend(bool(entry.outside) for entry in batch)
        self._haystacks.extend(map(haystack, batch, repeat(self._domain)))
        self._column_orders.appended(batch)
        match = self._matching(start)
        self._match.extend(match)
        self._positions.extend(range(start, len(self._entries)))
        added = self._positions[start:]
        if self._order is not None:
            self._order.extend(added)
        shown = list(compress(added, match))
        if shown:
            self._insert(shown)

    def re_planned(self, entries: list[PlanEntry]) -> list[int] | None:
        """Positions of the entries that `entries` (a listing's plan) holds other objects for;
        None when they are another listing's or so many differ that a reset is quicker."""
        if len(entries) != len(self._entries):
            return None
        replaced = list(compress(self._positions, map(is_not, entries, self._entries)))
        if len(replaced) > max(100, len(entries) // 4):
            return None
        return replaced

    def replace(self, positions: list[int], entries: list[PlanEntry]) -> tuple[int, int] | None:
        """Put re-planned entries in; one the admin unticked stays unticked. Returns the first
        and last rows that show one of them, or None if none is shown."""
        before = _rows_of(set(positions), self._rows)
        for position in positions:
            entry = entries[position]
            code = _CODES.get(entry.status, _UNKNOWN)
            unticked = self._status[position] == _NEW_CODE and not self._checked[position]
            self._checked[position] = code == _NEW_CODE and not unticked
            self._status[position] = code
            self._entries[position] = entry
            self._outside[position] = bool(entry.outside)
            self._haystacks[position] = haystack(entry, self._domain)
            shown = self._outside[position] if self._outside_only else \
                self._show_hidden or code != _HIDDEN_CODE
            self._match[position] = shown and self._needle in self._haystacks[position]
        self._column_orders.replaced(positions)
        gone = {p for p in before if not self._match[p]}
        came = [p for p in positions if self._match[p] and p not in before]
        if gone or came:
            # in listing order every row is in place at once; sorted, rows stay where they
            # are and ones now shown go to the end until the sort puts them in place
            rows = self._visible() if self._order is None else \
                [p for p in self._rows if p not in gone] + came
            self._relayout(rows, False)
        rows = _rows_of(set(positions), self._rows).values()
        return (min(rows), max(rows)) if rows else None

    def set_domain(self, domain: str) -> None:
        """Show addresses in another target mail domain; filter and sort follow."""
        self._domain = domain
        self._haystacks = list(map(haystack, self._entries, repeat(domain)))
        self._column_orders.reset(self._entries, self._positions, domain)
        self._match = self._matching(0)
        self._order = self._column_orders.order(self._sort_column, self._descending)
        self._rows = self._visible()

    def object_lists(self) -> list[list]:
        """The lists holding an item per entry (entries, haystacks, positions, rows, sort keys
        and orders): freeing them is what takes long when there are many."""
        return [self._entries, self._haystacks, self._positions, self._rows,
                *self._column_orders.held_lists()]

    # --- filter, hidden entries, sort ------------------------------------------------------

    def set_filter_text(self, text: str) -> bool:
        """Show rows with the text in any column, ignoring case; the text is never a pattern.
        True if the filter changed."""
        needle = text.strip().casefold()
        if needle == self._needle:
            return False
        self._needle = needle
        self._refilter()
        return True

    def filter_text(self) -> str:
        """The filter as it is applied (casefolded)."""
        return self._needle

    def set_show_hidden(self, show: bool) -> bool:
        """Show the entries hidden because they exist already (never tickable); True if that
        changed."""
        if bool(show) == self._show_hidden:
            return False
        self._show_hidden = bool(show)
        self._refilter()
        return True

    def set_outside_only(self, only: bool) -> bool:
        """Show only the entries with addresses in other domains (hidden ones too, so every
        entry the count speaks of is there); True if that changed."""
        if bool(only) == self._outside_only:
            return False
        self._outside_only = bool(only)
        self._refilter()
        return True

    def sort(self, column: int, descending: bool = False) -> None:
        """Sort by a column (ticked first for the check column); -1 restores listing order."""
        self._sort_column, self._descending = column, descending
        self._order = self._column_orders.order(column, descending)
        self._relayout(self._visible(), True)

    def resort(self) -> None:
        """Apply the last sort again, putting appended rows in place."""
        self.sort(self._sort_column, self._descending)

    def is_sorted(self) -> bool:
        """True when sorted by a column, False in listing order."""
        return self._order is not None

    def sorted_in_steps(self, step: int) -> Generator[None, None, list[int]]:
        """The last sort of every entry, in steps of bounded work (`step` entries sorted or
        merged a step); the generator returns the order, for `use_order`. Appending entries
        or sorting again makes it stale."""
        return self._column_orders.sorted_in_steps(self._sort_column, self._descending, step)

    def use_order(self, order: list[int]) -> None:
        """Show the rows in `order`, the return value of `sorted_in_steps`."""
        self._order = order
        self._column_orders.keep(order, self._sort_column, self._descending)
        self._relayout(self._visible(), True)

    def prepare_in_steps(self, step: int) -> Generator[None, None, None]:
        """Sort by every column but the check column, both ways, ahead of a click: `step`
        entries keyed, sorted or merged a step, the column sorted by first. A sort by a
        prepared column only picks the rows. Changing the entries makes what was prepared
        stale; the generator then ends."""
        return self._column_orders.prepare_in_steps(self._sort_column, step)

    # --- ticks ------------------------------------------------------------------------------

    def set_all_checked(self, checked: bool) -> None:
        """Tick every new entry, shown or filtered out, or untick everything."""
        n = len(self._entries)
        self._checked = self._status.translate(_IS_NEW) if checked else bytearray(n)

    def set_filtered_checked(self, checked: bool) -> None:
        """Tick or untick the new entries that the current filter shows."""
        if checked:
            shown_new = map(and_, self._match, self._status.translate(_IS_NEW))
            self._checked = bytearray(map(or_, self._checked, shown_new))
        else:  # a tick stays only where the row is not shown: ticked > shown
            self._checked = bytearray(map(int.__gt__, self._checked, self._match))

    def checked_entries(self) -> list[PlanEntry]:
        """The ticked entries in listing order."""
        return list(compress(self._entries, self._checked))

    def checked_ids(self) -> set[str]:
        """Stable ids of the ticked entries."""
        return {entry.user.stable_id for entry in compress(self._entries, self._checked)
                if entry.user.stable_id}

    def hidden_entries(self) -> list[PlanEntry]:
        """The entries hidden because they exist already (or who to import leaves them out),
        in listing order."""
        if _HIDDEN_CODE not in self._status:  # as in a first import: 7 ms less at 300,000
            return []
        return list(compress(self._entries, self._status.translate(_IS_HIDDEN)))

    def shown_entries(self) -> list[PlanEntry]:
        """The entries of the rows shown, in their order (filter, toggles and sort)."""
        return list(map(self._entries.__getitem__, self._rows))

    # --- counts -----------------------------------------------------------------------------

    def total_count(self) -> int:
        """Every entry, shown or not."""
        return len(self._entries)

    def visible_count(self) -> int:
        """Rows the filter and the hidden toggle let through."""
        return len(self._rows)

    def status_count(self, status: str) -> int:
        """Entries with this planner status, shown or not."""
        return self._status.count(_CODES[status])

    def hidden_count(self) -> int:
        """Entries hidden because they exist already."""
        return self._status.count(_HIDDEN_CODE)

    def problem_count(self) -> int:
        """Entries that cannot be imported as they are."""
        return self._status.count(_CODES[PROBLEM])

    def outside_count(self) -> int:
        """Entries with addresses in other domains, which are not imported."""
        return self._outside.count(1)

    def checked_count(self) -> int:
        """Ticked entries, shown or not."""
        return self._checked.count(1)

    # --- internals --------------------------------------------------------------------------

    def _load(self, entries: Iterable[PlanEntry]) -> None:
        self._entries = list(entries)
        self._status = bytearray(_CODES.get(entry.status, _UNKNOWN) for entry in self._entries)
        self._checked = self._status.translate(_IS_NEW)
        self._outside = bytearray(bool(entry.outside) for entry in self._entries)
        self._haystacks = list(map(haystack, self._entries, repeat(self._domain)))
        # the same int objects in every order and row list: one set of them, not one per list
        self._positions = list(range(len(self._entries)))
        self._column_orders.reset(self._entries, self._positions, self._domain)
        self._match = self._matching(0)
        self._order = self._column_orders.order(self._sort_column, self._descending)
        self._rows = self._visible()

    def _matching(self, start: int) -> bytearray:
        """One byte per entry from `start`: 1 where the filter and the toggles show it."""
        haystacks = self._haystacks[start:] if start else self._haystacks
        if self._outside_only:
            shown = self._outside[start:]
        else:
            shown = None if self._show_hidden else self._status[start:].translate(_NOT_HIDDEN)
        if not self._needle:
            return shown if shown is not None else bytearray(b"\1") * len(haystacks)
        match = bytearray(map(contains, haystacks, repeat(self._needle)))
        return match if shown is None else _both(match, shown)

    def _visible(self) -> list[int]:
        if self._order is None:
            return list(compress(self._positions, self._match))
        if 0 not in self._match:  # every entry shown, as after a first listing: 20-40 ms less
            return list(self._order)  # at 300,000 than picking each entry's byte in order
        if len(self._order) < 2:
            return [p for p in self._order if self._match[p]]
        # itemgetter looks the positions up in C, three times faster than map() at 100,000
        return list(compress(self._order, itemgetter(*self._order)(self._match)))

    def _check_ranks(self) -> bytes:
        """Each entry's rank in the check column: 0 ticked, 1 another new one, 2 the rest."""
        return bytes(map(sub, self._status.translate(_CHECK_RANK), self._checked))

    def _refilter(self) -> None:
        self._match = self._matching(0)
        self._relayout(self._visible(), False)
