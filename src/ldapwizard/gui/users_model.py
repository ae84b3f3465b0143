"""The Users page's table: every planned entry, checkable, filtered and sorted in the model.

QSortFilterProxyModel over a Python model takes about 2 s to filter and 10 s to sort 100,000 rows
(bench/users_model.py), so this model filters and sorts itself on plain Python data: one
casefolded haystack string per entry, casefolded sort keys built on first use per column, the
check state in a bytearray.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Iterator
from itertools import compress, islice, repeat
from operator import and_, contains, is_not, itemgetter, or_, sub

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor

from ldapwizard.core.maildb.planner import HIDDEN, NEW, PROBLEM, PlanEntry
from ldapwizard.gui.users_columns import (
    COLUMN_ALIASES,
    COLUMN_CHECK,
    COLUMN_COUNT,
    COLUMN_DISPLAY_NAME,
    COLUMN_DN,
    COLUMN_EMAIL,
    COLUMN_NOTES,
    COLUMN_USERNAME,
    TEXT,
    haystack,
    identity,
    sort_keys,
)

__all__ = ["COLUMN_ALIASES", "COLUMN_CHECK", "COLUMN_COUNT", "COLUMN_DISPLAY_NAME", "COLUMN_DN",
           "COLUMN_EMAIL", "COLUMN_NOTES", "COLUMN_USERNAME", "ENTRY_ROLE", "SORT_STEP",
           "STATUS_ROLE", "UsersModel"]

STATUS_ROLE = Qt.ItemDataRole.UserRole + 1  # the entry's status: "new", "hidden" or "problem"
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 2  # the PlanEntry itself

_DISPLAY = Qt.ItemDataRole.DisplayRole
_CHECK_STATE = Qt.ItemDataRole.CheckStateRole
_TOOL_TIP = Qt.ItemDataRole.ToolTipRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_MUTED = QColor(128, 128, 128)
_CHECKED, _UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked
_FLAGS = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
          | Qt.ItemFlag.ItemNeverHasChildren)
_CHECKABLE_FLAGS = _FLAGS | Qt.ItemFlag.ItemIsUserCheckable
_ROOT = QModelIndex()
# PySide6 emits the plain overload of the layout signals unless asked for the one with a hint.
_WITH_HINT = "QList<QPersistentModelIndex>,QAbstractItemModel::LayoutChangeHint"

# One status byte per entry; bytes.translate turns the statuses into masks at C speed.
_CODES = {NEW: 0, HIDDEN: 1, PROBLEM: 2}
_NEW_CODE = _CODES[NEW]
_UNKNOWN = _CODES[PROBLEM]  # a status this model does not know: shown, never ticked
_IS_NEW = bytes([1]) + bytes(255)
_NOT_HIDDEN = bytes([1, 0]) + bytes([1]) * 254
_CHECK_RANK = bytes([1]) + bytes([2]) * 255  # with the tick subtracted: ticked 0, new 1, rest 2
# Rows sorted or merged per event-loop turn after a listing: a few milliseconds of work.
SORT_STEP = 10_000


def _sorted_in_steps(positions: list[int], key, descending: bool) -> Iterator[None]:
    """Sort stably in steps of bounded work: runs of SORT_STEP sorted in C, then merged
    SORT_STEP at a time; the sorted list is the generator's return value."""
    runs = []
    for start in range(0, len(positions), SORT_STEP):
        runs.append(sorted(positions[start:start + SORT_STEP], key=key, reverse=descending))
        yield
    # merge() takes ties from the earlier run first: stable, as one sort would be
    merged = heapq.merge(*runs, key=key, reverse=descending)
    order: list[int] = []
    while step := list(islice(merged, SORT_STEP)):
        order.extend(step)
        yield
    return order


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


class UsersModel(QAbstractTableModel):
    """Planned entries as a checkable table, filtered and sorted without a proxy model.

    Rows streamed in by `append_entries` that match the filter go to the end of the visible
    order even while the table is sorted: rows on screen never move under the pointer and an
    append costs little more than its own batch. `finish_listing()` (or `resort()`) puts them
    in place once the listing is done. Sorting is stable with respect to the listing order
    and does not follow later ticks.
    """

    selection_changed = Signal(int)  # the number of ticked entries
    counts_changed = Signal()  # total, visible, hidden or problem counts may differ
    released = Signal()  # what clear() removed is freed

    def __init__(self, domain: str = "", parent=None):
        super().__init__(parent)
        self._domain = domain
        self._headers = (self.tr("Import"), self.tr("Username"), self.tr("Email"),
                         self.tr("Aliases"), self.tr("Display name"), self.tr("Notes"),
                         self.tr("DN"))
        self._tips = {PROBLEM: self.tr("Cannot be imported: {0}"),
                      HIDDEN: self.tr("Hidden, not imported: {0}")}
        self._needle = ""
        self._show_hidden = False
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._sort_steps = None
        self._sort_timer = QTimer(self)
        self._sort_timer.setInterval(0)
        self._sort_timer.timeout.connect(self._sort_step)
        self._garbage: list[list] = []
        self._release_timer = QTimer(self)
        self._release_timer.setInterval(0)
        self._release_timer.timeout.connect(self._release_step)
        self._load([])

    # --- Qt's model interface ---------------------------------------------------------------

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section, orientation, role=_DISPLAY):
        if (orientation == Qt.Orientation.Horizontal and role == _DISPLAY
                and 0 <= section < COLUMN_COUNT):
            return self._headers[section]
        return super().headerData(section, orientation, role)

    def data(self, index, role=_DISPLAY):
        if not index.isValid():
            return None
        position = self._rows[index.row()]
        column = index.column()
        if role == _DISPLAY:
            if column == COLUMN_CHECK:
                return None
            return TEXT[column](self._entries[position], self._domain)
        if role == _CHECK_STATE:
            if column != COLUMN_CHECK:
                return None
            return _CHECKED if self._checked[position] else _UNCHECKED
        if role == _TOOL_TIP:
            return self._tool_tip(self._entries[position])
        if role == _FOREGROUND:
            # rows that will not be imported are greyed, whatever the palette (light or dark)
            return _MUTED if self._entries[position].status != NEW else None
        if role == STATUS_ROLE:
            return self._entries[position].status
        if role == ENTRY_ROLE:
            return self._entries[position]
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.column() == COLUMN_CHECK and \
                self._status[self._rows[index.row()]] == _NEW_CODE:
            return _CHECKABLE_FLAGS
        return _FLAGS

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != COLUMN_CHECK or role != _CHECK_STATE:
            return False
        position = self._rows[index.row()]
        if self._status[position] != _NEW_CODE:
            return False
        try:  # a view sends an int, Python code may send the enum
            state = value if isinstance(value, Qt.CheckState) else Qt.CheckState(int(value))
        except (TypeError, ValueError):
            return False
        ticked = int(state == _CHECKED)
        if self._checked[position] != ticked:
            self._checked[position] = ticked
            self.dataChanged.emit(index, index, [_CHECK_STATE])
            self.selection_changed.emit(self.checked_count())
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column (ticked first for the check column); -1 restores listing order."""
        self._sort_column, self._sort_order = column, order
        self._set_order()
        self._relayout(self._visible(), QAbstractItemModel.LayoutChangeHint.VerticalSortHint)

    # --- filling ----------------------------------------------------------------------------

    def reset_entries(self, entries: list[PlanEntry]) -> None:
        """Replace every entry; one the admin unticked stays unticked if it comes back."""
        unticked = {identity(entry) for entry in compress(
            self._entries, map(sub, self._status.translate(_IS_NEW), self._checked))}
        self.beginResetModel()
        self._load(entries)
        if unticked:
            for position, entry in enumerate(self._entries):
                if identity(entry) in unticked:
                    self._checked[position] = 0
        self.endResetModel()
        self.counts_changed.emit()
        self.selection_changed.emit(self.checked_count())

    def append_entries(self, entries: Iterable[PlanEntry]) -> None:
        """Add a batch of a running listing with one row insertion; see the class docstring."""
        batch = list(entries)
        if not batch:
            return
        start = len(self._entries)
        status = bytearray(_CODES.get(entry.status, _UNKNOWN) for entry in batch)
        self._entries.extend(batch)
        self._status.extend(status)
        self._checked.extend(status.translate(_IS_NEW))
        self._haystacks.extend(map(haystack, batch, repeat(self._domain)))
        for column, keys in self._keys.items():
            keys.extend(sort_keys(column, batch, self._domain))
        match = self._matching(start)
        self._match.extend(match)
        self._positions.extend(range(start, len(self._entries)))
        added = self._positions[start:]
        if self._order is not None:
            self._stop_sorting()  # not the order of these entries any more
            self._order.extend(added)
        shown = list(compress(added, match))
        if shown:
            first = len(self._rows)
            self.beginInsertRows(_ROOT, first, first + len(shown) - 1)
            self._rows.extend(shown)
            self.endInsertRows()
        self.counts_changed.emit()
        self.selection_changed.emit(self.checked_count())

    def finish_listing(self, entries: list[PlanEntry]) -> None:
        """Take a listing's plan: the entries streamed in, a few of them re-planned.

        Only entries that are not the streamed objects are recomputed (the whole plan changes
        those that collide across pages), with the ticks kept as `reset_entries` keeps them.
        Then the streamed rows go in place under the sort, in steps of bounded work on later
        event-loop turns when there are many (`is_sorting()` until done). Entries of another
        listing, or many replaced, reset the model instead.
        """
        if len(entries) != len(self._entries):
            self.reset_entries(entries)
            return
        replaced = list(compress(self._positions, map(is_not, entries, self._entries)))
        if len(replaced) > max(100, len(entries) // 4):  # then a reset is quicker
            self.reset_entries(entries)
            return
        if replaced:
            self._replace(replaced, entries)
        if self._order is None:
            return  # in listing order, streamed rows are in place already
        self._stop_sorting()
        key, descending = self._sort_key()
        if len(self._positions) <= SORT_STEP:
            self._sorted_in_place(sorted(self._positions, key=key, reverse=descending))
            return
        self._sort_steps = _sorted_in_steps(self._positions, key, descending)
        self._sort_timer.start()

    def is_sorting(self) -> bool:
        """True while `finish_listing` is still putting rows in place."""
        return self._sort_steps is not None

    def clear(self) -> None:
        """Remove every entry, and with them what was unticked.

        The model is empty at once; many entries are freed SORT_STEP at a time on the next
        event-loop turns (all at once, 100,000 hold the GUI thread for about 40 ms), and
        `released` says when they are.
        """
        if len(self._entries) > SORT_STEP:
            self._garbage.extend((self._entries, self._haystacks, *self._keys.values()))
        self.reset_entries([])
        if self._garbage:
            self._release_timer.start()
        else:
            self.released.emit()

    def set_domain(self, domain: str) -> None:
        """The target mail domain that the Email and Aliases columns show."""
        if domain == self._domain:
            return
        self.beginResetModel()
        self._domain = domain
        self._haystacks = list(map(haystack, self._entries, repeat(domain)))
        self._keys.clear()
        self._match = self._matching(0)
        self._set_order()
        self._rows = self._visible()
        self.endResetModel()
        self.counts_changed.emit()

    # --- filter, hidden entries, sort ------------------------------------------------------

    def set_filter_text(self, text: str) -> None:
        """Show rows with the text in any column, ignoring case; the text is never a pattern."""
        needle = text.strip().casefold()
        if needle != self._needle:
            self._needle = needle
            self._refilter()

    def filter_text(self) -> str:
        """The filter as it is applied (casefolded)."""
        return self._needle

    def set_show_hidden(self, show: bool) -> None:
        """Show the entries hidden because they exist already (never tickable)."""
        if bool(show) != self._show_hidden:
            self._show_hidden = bool(show)
            self._refilter()

    def resort(self) -> None:
        """Apply the last sort again, putting streamed rows in place."""
        self.sort(self._sort_column, self._sort_order)

    # --- ticks ------------------------------------------------------------------------------

    def set_all_checked(self, checked: bool) -> None:
        """Tick every new entry, shown or filtered out, or untick everything."""
        n = len(self._entries)
        self._checked = self._status.translate(_IS_NEW) if checked else bytearray(n)
        self._check_column_changed()

    def set_filtered_checked(self, checked: bool) -> None:
        """Tick or untick the new entries that the current filter shows."""
        if checked:
            shown_new = map(and_, self._match, self._status.translate(_IS_NEW))
            self._checked = bytearray(map(or_, self._checked, shown_new))
        else:  # a tick stays only where the row is not shown: ticked > shown
            self._checked = bytearray(map(int.__gt__, self._checked, self._match))
        self._check_column_changed()

    def checked_entries(self) -> list[PlanEntry]:
        """The ticked entries in listing order."""
        return list(compress(self._entries, self._checked))

    def checked_ids(self) -> set[str]:
        """Stable ids of the ticked entries."""
        return {entry.user.stable_id for entry in compress(self._entries, self._checked)
                if entry.user.stable_id}

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
        return self._status.count(_CODES[HIDDEN])

    def problem_count(self) -> int:
        """Entries that cannot be imported as they are."""
        return self._status.count(_CODES[PROBLEM])

    def checked_count(self) -> int:
        """Ticked entries, shown or not."""
        return self._checked.count(1)

    # --- internals --------------------------------------------------------------------------

    def _load(self, entries: Iterable[PlanEntry]) -> None:
        self._entries = list(entries)
        self._status = bytearray(_CODES.get(entry.status, _UNKNOWN) for entry in self._entries)
        self._checked = self._status.translate(_IS_NEW)
        self._haystacks = list(map(haystack, self._entries, repeat(self._domain)))
        self._keys: dict[int, list[bytes]] = {}
        # the same int objects in every order and row list: one set of them, not one per list
        self._positions = list(range(len(self._entries)))
        self._match = self._matching(0)
        self._set_order()
        self._rows = self._visible()

    def _replace(self, positions: list[int], entries: list[PlanEntry]) -> None:
        """Put re-planned entries in; one the admin unticked stays unticked."""
        before = _rows_of(set(positions), self._rows)
        for position in positions:
            entry = entries[position]
            code = _CODES.get(entry.status, _UNKNOWN)
            unticked = self._status[position] == _NEW_CODE and not self._checked[position]
            self._checked[position] = code == _NEW_CODE and not unticked
            self._status[position] = code
            self._entries[position] = entry
            self._haystacks[position] = haystack(entry, self._domain)
            for column, keys in self._keys.items():
                keys[position] = sort_keys(column, [entry], self._domain)[0]
            self._match[position] = (self._show_hidden or code != _CODES[HIDDEN]) and \
                self._needle in self._haystacks[position]
        gone = {p for p in before if not self._match[p]}
        came = [p for p in positions if self._match[p] and p not in before]
        if gone or came:
            # in listing order every row is in place at once; sorted, rows stay where they
            # are and ones now shown go to the end until the sort puts them in place
            rows = self._visible() if self._order is None else \
                [p for p in self._rows if p not in gone] + came
            self._relayout(rows, QAbstractItemModel.LayoutChangeHint.NoLayoutChangeHint)
        rows = _rows_of(set(positions), self._rows).values()
        if rows:
            self.dataChanged.emit(self.index(min(rows), 0),
                                  self.index(max(rows), COLUMN_COUNT - 1), [])  # every role
        self.counts_changed.emit()
        self.selection_changed.emit(self.checked_count())

    def _matching(self, start: int) -> bytearray:
        """One byte per entry from `start`: 1 where the filter and the hidden toggle show it."""
        haystacks = self._haystacks[start:] if start else self._haystacks
        shown = None if self._show_hidden else self._status[start:].translate(_NOT_HIDDEN)
        if not self._needle:
            return shown if shown is not None else bytearray(b"\1") * len(haystacks)
        match = bytearray(map(contains, haystacks, repeat(self._needle)))
        return bytearray(map(and_, match, shown)) if shown is not None else match

    def _visible(self) -> list[int]:
        if self._order is None:
            return list(compress(self._positions, self._match))
        if len(self._order) < 2:
            return [p for p in self._order if self._match[p]]
        # itemgetter looks the positions up in C, three times faster than map() at 100,000
        return list(compress(self._order, itemgetter(*self._order)(self._match)))

    def _set_order(self) -> None:
        """Every entry position in sort order, or None for listing order."""
        self._stop_sorting()
        sort_key = self._sort_key()
        if sort_key is None:
            self._order = None
            return
        key, descending = sort_key
        # Python's sort is stable in both directions: ties keep the listing order
        self._order = sorted(self._positions, key=key, reverse=descending)

    def _sort_step(self) -> None:
        try:
            next(self._sort_steps)
        except StopIteration as done:
            self._stop_sorting()
            self._sorted_in_place(done.value)

    def _sorted_in_place(self, order: list[int]) -> None:
        self._order = order
        self._relayout(self._visible(), QAbstractItemModel.LayoutChangeHint.VerticalSortHint)

    def _release_step(self) -> None:
        while self._garbage and not self._garbage[-1]:
            self._garbage.pop()
        if self._garbage:
            del self._garbage[-1][-SORT_STEP:]
        if not any(self._garbage):
            self._garbage.clear()
            self._release_timer.stop()
            self.released.emit()

    def _stop_sorting(self) -> None:
        self._sort_timer.stop()
        self._sort_steps = None

    def _sort_key(self) -> tuple | None:
        """(key of an entry position, descending) for the sort column; None: listing order."""
        if not 0 <= self._sort_column < COLUMN_COUNT:
            return None
        if self._sort_column == COLUMN_CHECK:
            keys = bytes(map(sub, self._status.translate(_CHECK_RANK), self._checked))
        else:
            keys = self._keys.get(self._sort_column)
            if keys is None:
                keys = self._keys[self._sort_column] = sort_keys(
                    self._sort_column, self._entries, self._domain)
        return keys.__getitem__, self._sort_order == Qt.SortOrder.DescendingOrder

    def _refilter(self) -> None:
        self._match = self._matching(0)
        self._relayout(self._visible(), QAbstractItemModel.LayoutChangeHint.NoLayoutChangeHint)
        self.counts_changed.emit()

    def _relayout(self, rows: list[int], hint) -> None:
        """Show `rows` instead; persistent indexes (selection, current row) follow their entry."""
        self.layoutAboutToBeChanged[_WITH_HINT].emit([], hint)
        old = self.persistentIndexList()
        if old:
            where = _rows_of({self._rows[index.row()] for index in old}, rows)
            new = []
            for index in old:
                row = where.get(self._rows[index.row()])
                # an entry filtered out takes its persistent indexes with it
                new.append(_ROOT if row is None else self.index(row, index.column()))
            self.changePersistentIndexList(old, new)
        self._rows = rows
        self.layoutChanged[_WITH_HINT].emit([], hint)

    def _check_column_changed(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, COLUMN_CHECK),
                                  self.index(len(self._rows) - 1, COLUMN_CHECK), [_CHECK_STATE])
        self.selection_changed.emit(self.checked_count())

    def _tool_tip(self, entry: PlanEntry) -> str | None:
        tip = self._tips.get(entry.status)
        lines = [tip.format(entry.reason)] if tip and entry.reason else []
        lines.extend(entry.notes)
        return "\n".join(lines) or None
