"""The Users table's sorting: every entry position in the order of each column, both ways.

Sort keys are built per column on first use; the orders are sorted when asked for, or ahead in
steps of bounded work (`ColumnOrders.prepare_in_steps`), and kept until the entries change.
Once a column's orders are built its keys are dropped. `users_table.UsersTable` asks for the
order of its sort column and filters it.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from itertools import compress

from ldapwizard.core.maildb.planner import PlanEntry
from ldapwizard.core.preview.columns import (
    COLUMN_CHECK,
    COLUMN_COUNT,
    TEXT,
    has_ties_in_steps,
    sort_keys,
    sort_keys_in_steps,
    sorted_in_steps,
)

__all__ = ["ColumnOrders"]

# bytes.translate tables: 1 where an entry's check rank is 0, 1 or 2
_RANK_IS = [bytes(int(code == rank) for code in range(256)) for rank in range(3)]


class ColumnOrders:
    """Every entry position sorted by each column, both ways, for a table's entries.

    The orders read the lists handed over by `reset` (every entry, and every position in
    listing order), which the table changes in place; it says so through `appended` and
    `replaced`, and what was sorted before is stale then. The check column follows the ticks:
    `check_ranks()` gives each entry's rank (0 ticked, 1 another new one, 2 the rest) when a
    sort by it is asked for, and its order is never kept.
    """

    def __init__(self, check_ranks: Callable[[], bytes]):
        self._check_ranks = check_ranks
        self._generation = 0  # counts changes of the entries: what was prepared is stale
        self._sorting = None  # (generation, column, descending) of the last sorted_in_steps
        self.reset([], [], "")

    def reset(self, entries: list[PlanEntry], positions: list[int], domain: str) -> None:
        """Sort these entries from now on (`positions`: 0 to their count, the int objects the
        table's rows hold), with addresses in `domain`; nothing sorted before is kept."""
        self._entries, self._positions, self._domain = entries, positions, domain
        self._keys: dict[int, list[bytes]] = {}
        self._changed()

    def appended(self, batch: list[PlanEntry]) -> None:
        """The table appended `batch` to its entries (its positions may follow later)."""
        for column, keys in self._keys.items():
            keys.extend(sort_keys(column, batch, self._domain))
        self._changed()

    def replaced(self, positions: list[int]) -> None:
        """The table put other entries in at these positions."""
        self._changed()
        for position in positions:
            entry = self._entries[position]
            for column, keys in self._keys.items():
                keys[position] = sort_keys(column, [entry], self._domain)[0]

    def held_lists(self) -> list[list]:
        """The lists held with an item per entry: the sort keys built and not dropped yet, and
        the orders sorted (at 300,000 entries, dropping the dozen of them at once held the
        window's thread for 40 ms)."""
        return [*self._keys.values(), *self._orders.values()]

    def order(self, column: int, descending: bool) -> list[int] | None:
        """Every entry position sorted by a column (ticked first for the check column); None
        for a column that is none (-1): listing order."""
        if column not in TEXT:
            return self._check_order(descending) if column == COLUMN_CHECK else None
        order = self._orders.get((column, descending))
        if order is None and descending and column in self._reversible:
            order = self._orders[column, False][::-1]
        if order is None:
            keys = self._column_keys(column)
            # Python's sort is stable in both directions: ties keep the listing order
            order = sorted(self._positions, key=keys.__getitem__, reverse=descending)
            self._orders[column, descending] = order
        return order

    def sorted_in_steps(self, column: int, descending: bool,
                        step: int) -> Generator[None, None, list[int]]:
        """`order(column, descending)` in steps of bounded work (`step` entries sorted or
        merged a step): the generator's return value, for `keep`. A change of the entries
        makes it stale."""
        self._sorting = (self._generation, column, descending)
        return sorted_in_steps(self._positions, self._key(column), descending, step)

    def keep(self, order: list[int], column: int, descending: bool) -> None:
        """Keep `order`, what the last `sorted_in_steps` returned, if it is still the order of
        these entries by that column (not the check column's, which follows the ticks)."""
        if column in TEXT and self._sorting == (self._generation, column, descending):
            self._orders[column, descending] = order

    def prepare_in_steps(self, first: int, step: int) -> Generator[None, None, None]:
        """Sort by every column but the check column, both ways, ahead of a click: `step`
        entries keyed, sorted or merged a step, column `first` first. `order` then only picks
        a prepared order. Changing the entries makes what was prepared stale; the generator
        then ends."""
        generation = self._generation
        first_columns = [first] if first in TEXT else []
        for column in [*first_columns, *(c for c in TEXT if c not in first_columns)]:
            key = self._keys.get(column)
            if key is None:
                keys = yield from self._unless_stale(generation, sort_keys_in_steps(
                    column, self._entries, self._domain, step))
                if keys is None:
                    return
                key = keys.__getitem__
            else:
                key = key.__getitem__
            ascending = self._orders.get((column, False))
            if ascending is None:
                ascending = yield from self._unless_stale(generation, sorted_in_steps(
                    self._positions, key, False, step))
                if ascending is None:
                    return
                self._orders[column, False] = ascending
            if (column, True) not in self._orders and column not in self._reversible:
                ties = yield from self._unless_stale(
                    generation, has_ties_in_steps(ascending, key, step))
                if ties is None:
                    return
                if ties:
                    descending = yield from self._unless_stale(generation, sorted_in_steps(
                        self._positions, key, True, step))
                    if descending is None:
                        return
                    self._orders[column, True] = descending
                else:
                    self._reversible.add(column)
            self._keys.pop(column, None)  # the orders hold all the keys were for

    # --- internals --------------------------------------------------------------------------

    def _check_order(self, descending: bool) -> list[int]:
        """Ticked entries first, then the other new ones, then the rest (reversed when
        descending), each group in listing order: what a stable sort by rank gives."""
        ranks = self._check_ranks()
        groups = [ranks.translate(is_rank) for is_rank in _RANK_IS]
        order: list[int] = []
        for group in reversed(groups) if descending else groups:
            order.extend(compress(self._positions, group))
        return order

    def _key(self, column: int) -> Callable[[int], object]:
        """The sort key of an entry position for a column."""
        if not 0 <= column < COLUMN_COUNT:
            raise ValueError(f"no column {column} to sort by")
        if column == COLUMN_CHECK:
            return self._check_ranks().__getitem__
        return self._column_keys(column).__getitem__

    def _column_keys(self, column: int) -> list[bytes]:
        keys = self._keys.get(column)
        if keys is None:
            keys = self._keys[column] = sort_keys(column, self._entries, self._domain)
        return keys

    def _changed(self) -> None:
        """Entries came, went or changed: the orders sorted before are stale."""
        self._generation += 1
        self._orders: dict[tuple[int, bool], list[int]] = {}
        self._reversible: set[int] = set()  # columns whose descending order is the reverse

    def _unless_stale(self, generation: int, steps: Generator) -> Generator:
        """The value of `steps`, yielding after each of its steps; None if the entries change
        meanwhile."""
        while self._generation == generation:
            try:
                next(steps)
            except StopIteration as done:
                return done.value
            yield
        return None
