"""The Users page's table model: a `users_table.UsersTable` shown in Qt.

The table filters, sorts and keeps the ticks on plain Python data (see users_table.py for why
not a QSortFilterProxyModel); this model gives Qt its rows, roles and flags, announces each
change to the views, and spreads long work over event-loop turns (`idle_steps.IdleSteps`).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from ldapwizard.core.maildb.planner import HIDDEN, NEW, PROBLEM, PlanEntry
from ldapwizard.core.preview.columns import (
    COLUMN_ALIASES,
    COLUMN_CHECK,
    COLUMN_COUNT,
    COLUMN_DISPLAY_NAME,
    COLUMN_DN,
    COLUMN_EMAIL,
    COLUMN_NOTES,
    COLUMN_USERNAME,
)
from ldapwizard.core.preview.table import UsersTable
from ldapwizard.gui.idle_steps import IdleSteps, emptied_in_steps

__all__ = ["COLUMN_ALIASES", "COLUMN_CHECK", "COLUMN_COUNT", "COLUMN_DISPLAY_NAME", "COLUMN_DN",
           "COLUMN_EMAIL", "COLUMN_NOTES", "COLUMN_USERNAME", "ENTRY_ROLE", "PREPARE_STEP",
           "SORT_STEP", "STATUS_ROLE", "UsersModel"]

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
_SORT_HINT = QAbstractItemModel.LayoutChangeHint.VerticalSortHint
_NO_HINT = QAbstractItemModel.LayoutChangeHint.NoLayoutChangeHint
# Rows sorted or merged per event-loop turn after a listing: a few milliseconds of work.
SORT_STEP = 10_000
# Sorting ahead by every column (prepare_sorts) takes steps of this many rows, as many as fit
# in PREPARE_TURN seconds of one event-loop turn: the window stays responsive meanwhile.
PREPARE_STEP = 5_000
PREPARE_TURN = 0.008


class UsersModel(QAbstractTableModel):
    """Planned entries as a checkable table, filtered and sorted without a proxy model.

    Rows streamed in by `append_entries` that match the filter go to the end of the visible
    order even while the table is sorted: rows on screen never move under the pointer and an
    append costs little more than its own batch. `finish_listing()` (or `resort()`) puts them
    in place once the listing is done. Sorting is stable with respect to the listing order
    and does not follow later ticks.

    While the entries rest (after `reset_entries`, `set_domain`, or once `finish_listing` has
    put the rows in place), the model sorts by every column both ways on idle event-loop turns
    (`is_preparing()` meanwhile), so that a click on a header only picks the rows; a sort
    asked for before that sorts then.
    """

    selection_changed = Signal(int)  # the number of ticked entries
    counts_changed = Signal()  # total, visible, hidden or problem counts may differ
    released = Signal()  # what clear() removed is freed

    def __init__(self, domain: str = "", parent=None):
        super().__init__(parent)
        self._table = UsersTable(domain, relayout=self._relayout, insert=self._insert_rows)
        self._headers = (self.tr("Import"), self.tr("Username"), self.tr("Email"),
                         self.tr("Aliases"), self.tr("Display name"), self.tr("Notes"),
                         self.tr("DN"))
        self._tips = {PROBLEM: self.tr("Cannot be imported: {0}"),
                      HIDDEN: self.tr("Hidden, not imported: {0}")}
        self._outside_tip = self.tr("Outside {0}, not imported: {1}")
        self._sorting = IdleSteps(self, done=self._sorted)
        self._preparing = IdleSteps(self, turn=PREPARE_TURN)
        self._garbage: list[list] = []
        self._releasing = IdleSteps(self, done=lambda _: self.released.emit())

    # --- Qt's model interface ---------------------------------------------------------------

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else self._table.visible_count()

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
        row, column = index.row(), index.column()
        if role == _DISPLAY:
            if column == COLUMN_CHECK:
                return None
            return self._table.text(row, column)
        if role == _CHECK_STATE:
            if column != COLUMN_CHECK:
                return None
            return _CHECKED if self._table.is_checked(row) else _UNCHECKED
        if role == _TOOL_TIP:
            return self._tool_tip(self._table.entry(row))
        if role == _FOREGROUND:
            # rows that will not be imported are greyed, whatever the palette (light or dark)
            return _MUTED if self._table.entry(row).status != NEW else None
        if role == STATUS_ROLE:
            return self._table.entry(row).status
        if role == ENTRY_ROLE:
            return self._table.entry(row)
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.column() == COLUMN_CHECK and self._table.is_checkable(index.row()):
            return _CHECKABLE_FLAGS
        return _FLAGS

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != COLUMN_CHECK or role != _CHECK_STATE:
            return False
        if not self._table.is_checkable(index.row()):
            return False
        try:  # a view sends an int, Python code may send the enum
            state = value if isinstance(value, Qt.CheckState) else Qt.CheckState(int(value))
        except (TypeError, ValueError):
            return False
        if self._table.set_checked(index.row(), state == _CHECKED):
            self.dataChanged.emit(index, index, [_CHECK_STATE])
            self.selection_changed.emit(self.checked_count())
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column (ticked first for the check column); -1 restores listing order."""
        finishing = self.is_sorting()
        self._sorting.stop()
        self._table.sort(column, order == Qt.SortOrder.DescendingOrder)
        if finishing:  # the listing's rows are in place now, as finish_listing would leave them
            self.prepare_sorts()

    # --- filling ----------------------------------------------------------------------------

    def reset_entries(self, entries: list[PlanEntry]) -> None:
        """Replace every entry; one the admin unticked stays unticked if it comes back."""
        self.beginResetModel()
        self._sorting.stop()
        self._table.reset_entries(entries)
        self.endResetModel()
        self.counts_changed.emit()
        self.selection_changed.emit(self.checked_count())
        self.prepare_sorts()

    def append_entries(self, entries: Iterable[PlanEntry]) -> None:
        """Add a batch of a running listing with one row insertion; see the class docstring."""
        batch = list(entries)
        if not batch:
            return
        self._sorting.stop()  # not the order of these entries any more
        self._preparing.stop()
        self._table.append_entries(batch)
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
        replaced = self._table.re_planned(entries)
        if replaced is None:
            self.reset_entries(entries)
            return
        if replaced:
            self._replace(replaced, entries)
        self._sorting.stop()
        if self._table.is_sorted() and self._table.total_count() > SORT_STEP:
            self._sorting.start(self._table.sorted_in_steps(SORT_STEP))  # then prepare_sorts()
            return
        if self._table.is_sorted():
            self._table.resort()
        # in listing order, streamed rows are in place already
        self.prepare_sorts()

    def is_sorting(self) -> bool:
        """True while `finish_listing` is still putting rows in place."""
        return self._sorting.is_running()

    def prepare_sorts(self) -> None:
        """Sort by every column both ways on the next idle event-loop turns, so that a click
        on a header only picks the rows (see the class docstring); starts again if running."""
        self._preparing.stop()
        if self._table.total_count():
            self._preparing.start(self._table.prepare_in_steps(PREPARE_STEP))

    def is_preparing(self) -> bool:
        """True while the model sorts ahead by every column."""
        return self._preparing.is_running()

    def clear(self) -> None:
        """Remove every entry, and with them what was unticked.

        The model is empty at once; many entries are freed SORT_STEP at a time on the next
        event-loop turns (all at once, 100,000 hold the GUI thread for about 40 ms), and
        `released` says when they are.
        """
        self._preparing.stop()
        if self._table.total_count() > SORT_STEP:
            self._garbage.extend(self._table.object_lists())
        self.reset_entries([])
        if self._garbage:
            self._releasing.start(emptied_in_steps(self._garbage, SORT_STEP))
        else:
            self.released.emit()

    def set_domain(self, domain: str) -> None:
        """The target mail domain that the Email and Aliases columns show."""
        if domain == self._table.domain:
            return
        self.beginResetModel()
        self._sorting.stop()
        self._table.set_domain(domain)
        self.endResetModel()
        self.counts_changed.emit()
        self.prepare_sorts()

    # --- filter, hidden entries, sort ------------------------------------------------------

    def set_filter_text(self, text: str) -> None:
        """Show rows with the text in any column, ignoring case; the text is never a pattern."""
        if self._table.set_filter_text(text):
            self.counts_changed.emit()

    def filter_text(self) -> str:
        """The filter as it is applied (casefolded)."""
        return self._table.filter_text()

    def set_show_hidden(self, show: bool) -> None:
        """Show the entries hidden because they exist already (never tickable)."""
        if self._table.set_show_hidden(show):
            self.counts_changed.emit()

    def set_outside_only(self, only: bool) -> None:
        """Show only the entries with addresses in other domains, hidden ones too."""
        if self._table.set_outside_only(only):
            self.counts_changed.emit()

    def resort(self) -> None:
        """Apply the last sort again, putting streamed rows in place."""
        finishing = self.is_sorting()
        self._sorting.stop()
        self._table.resort()
        if finishing:
            self.prepare_sorts()

    # --- ticks ------------------------------------------------------------------------------

    def set_all_checked(self, checked: bool) -> None:
        """Tick every new entry, shown or filtered out, or untick everything."""
        self._table.set_all_checked(checked)
        self._check_column_changed()

    def set_filtered_checked(self, checked: bool) -> None:
        """Tick or untick the new entries that the current filter shows."""
        self._table.set_filtered_checked(checked)
        self._check_column_changed()

    def checked_entries(self) -> list[PlanEntry]:
        """The ticked entries in listing order."""
        return self._table.checked_entries()

    def checked_ids(self) -> set[str]:
        """Stable ids of the ticked entries."""
        return self._table.checked_ids()

    def unticked_ids(self) -> set[str]:
        """Identities of the new entries the admin unticked."""
        return self._table.unticked_ids()

    def carry_unticked(self, unticked: set[str]) -> None:
        """Keep these entries unticked when the next listing brings them again."""
        self._table.carry_unticked(unticked)

    def shown_entries(self) -> list[PlanEntry]:
        """The entries of the rows shown, in their order."""
        return self._table.shown_entries()

    def hidden_entries(self) -> list[PlanEntry]:
        """The entries hidden because they exist already (or who to import leaves them out)."""
        return self._table.hidden_entries()

    # --- counts -----------------------------------------------------------------------------

    def total_count(self) -> int:
        """Every entry, shown or not."""
        return self._table.total_count()

    def visible_count(self) -> int:
        """Rows the filter and the hidden toggle let through."""
        return self._table.visible_count()

    def status_count(self, status: str) -> int:
        """Entries with this planner status, shown or not."""
        return self._table.status_count(status)

    def hidden_count(self) -> int:
        """Entries hidden because they exist already."""
        return self._table.hidden_count()

    def problem_count(self) -> int:
        """Entries that cannot be imported as they are."""
        return self._table.problem_count()

    def checked_count(self) -> int:
        """Ticked entries, shown or not."""
        return self._table.checked_count()

    def outside_count(self) -> int:
        """Entries with addresses in other domains, which are not imported."""
        return self._table.outside_count()

    # --- internals --------------------------------------------------------------------------

    def _replace(self, positions: list[int], entries: list[PlanEntry]) -> None:
        """Put re-planned entries in; one the admin unticked stays unticked."""
        rows = self._table.replace(positions, entries)
        if rows:
            self.dataChanged.emit(self.index(rows[0], 0),
                                  self.index(rows[1], COLUMN_COUNT - 1), [])  # every role
        self.counts_changed.emit()
        self.selection_changed.emit(self.checked_count())

    def _sorted(self, order: list[int]) -> None:
        """`finish_listing`'s sort in steps ended: show its order, then sort ahead."""
        self._table.use_order(order)
        self.prepare_sorts()

    def _relayout(self, rows: list[int], sorting: bool) -> None:
        """Show `rows` instead; persistent indexes (selection, current row) follow their entry."""
        hint = _SORT_HINT if sorting else _NO_HINT
        self.layoutAboutToBeChanged[_WITH_HINT].emit([], hint)
        old = self.persistentIndexList()
        if old:
            moved = self._table.rows_in(rows, [index.row() for index in old])
            # an entry filtered out takes its persistent indexes with it
            self.changePersistentIndexList(old, [
                _ROOT if row is None else self.index(row, index.column())
                for row, index in zip(moved, old, strict=True)])
        self._table.show(rows)
        self.layoutChanged[_WITH_HINT].emit([], hint)

    def _insert_rows(self, rows: list[int]) -> None:
        """Show `rows` after the rows shown, as one insertion."""
        first = self._table.visible_count()
        self.beginInsertRows(_ROOT, first, first + len(rows) - 1)
        self._table.show_more(rows)
        self.endInsertRows()

    def _check_column_changed(self) -> None:
        rows = self._table.visible_count()
        if rows:
            self.dataChanged.emit(self.index(0, COLUMN_CHECK),
                                  self.index(rows - 1, COLUMN_CHECK), [_CHECK_STATE])
        self.selection_changed.emit(self.checked_count())

    def _tool_tip(self, entry: PlanEntry) -> str | None:
        tip = self._tips.get(entry.status)
        lines = [tip.format(entry.reason)] if tip and entry.reason else []
        lines.extend(entry.notes)
        if entry.outside:
            lines.append(self._outside_tip.format(self._table.domain, ", ".join(entry.outside)))
        return "\n".join(lines) or None
