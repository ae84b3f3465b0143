"""What the Users table shows of a planned entry: its columns' texts, the filter's haystack,
the sort keys and a sort in steps. Plain Python, shared by the model's display, filter and sort."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Generator, Iterable
from itertools import islice, repeat
from operator import eq

from ldapwizard.core.maildb.planner import PlanEntry

# Notes before the long DN, so the reason an entry is hidden or blocked is in view.
(COLUMN_CHECK, COLUMN_USERNAME, COLUMN_EMAIL, COLUMN_ALIASES, COLUMN_DISPLAY_NAME, COLUMN_NOTES,
 COLUMN_DN) = range(7)
COLUMN_COUNT = 7

# Never typed into a filter box, so a filter cannot match across two columns.
_SEPARATOR = "\0"


def _username(entry: PlanEntry, domain: str) -> str:
    return entry.shown_username()


def _email(entry: PlanEntry, domain: str) -> str:
    return entry.shown_address(domain)


def _aliases(entry: PlanEntry, domain: str) -> str:
    return ", ".join(entry.shown_aliases(domain))


def _display_name(entry: PlanEntry, domain: str) -> str:
    return entry.user.display_name


def _dn(entry: PlanEntry, domain: str) -> str:
    return entry.user.dn


def _notes(entry: PlanEntry, domain: str) -> str:
    return "; ".join([entry.reason, *entry.notes]) if entry.reason else "; ".join(entry.notes)


# the text each column shows, by column (the check column has none)
TEXT = {COLUMN_USERNAME: _username, COLUMN_EMAIL: _email, COLUMN_ALIASES: _aliases,
        COLUMN_DISPLAY_NAME: _display_name, COLUMN_DN: _dn, COLUMN_NOTES: _notes}


def haystack(entry: PlanEntry, domain: str) -> str:
    """Every column's text in one casefolded string, for the filter.

    A filter never matches across columns, so a column whose text lies whole in another's
    adds no match and is left out: the username in the address, the display name in the DN,
    as they mostly are. Each keystroke then searches a fifth less text (at 300,000 rows 42 ms
    instead of 52).
    """
    username, address, user = entry.shown_username(), entry.shown_address(domain), entry.user
    parts = [address, _aliases(entry, domain), user.dn, _notes(entry, domain)]
    if username not in address:
        parts.append(username)
    if user.display_name not in user.dn:
        parts.append(user.display_name)
    return _SEPARATOR.join(parts).casefold()


def identity(entry: PlanEntry) -> str:
    """What stays the same when an entry is planned again: its stable id, or its DN."""
    return entry.user.stable_id or "dn:" + entry.user.dn


def sort_keys(column: int, entries: Iterable[PlanEntry], domain: str) -> list[bytes]:
    """Casefolded sort keys of a column's text, one per entry."""
    # UTF-8 sorts in code point order, as str does, and bytes compare faster than str
    texts = map(TEXT[column], entries, repeat(domain))
    return list(map(str.encode, map(str.casefold, texts)))


def sort_keys_in_steps(column: int, entries: list[PlanEntry], domain: str,
                       step: int) -> Generator[None, None, list[bytes]]:
    """`sort_keys` of every entry, `step` entries a step; the keys are the return value."""
    keys: list[bytes] = []
    for start in range(0, len(entries), step):
        keys.extend(sort_keys(column, entries[start:start + step], domain))
        yield
    return keys


def sorted_in_steps(positions: list[int], key: Callable, descending: bool,
                    step: int) -> Generator[None, None, list[int]]:
    """Sort stably in steps of bounded work: runs of `step` sorted in C, then merged about
    `step` at a time; the sorted list is the generator's return value."""
    runs = []
    for start in range(0, len(positions), step):
        runs.append(sorted(positions[start:start + step], key=key, reverse=descending))
        yield
    heads = [0] * len(runs)  # where each run's unmerged part starts
    order: list[int] = []
    while live := [number for number, run in enumerate(runs) if heads[number] < len(run)]:
        # Every run gives what sorts no later than a bound: the first of the keys a share of
        # `step` into each run. One run gives its share, none more than its share before the
        # bound's ties; those are sorted, which merges them in C (each run is sorted), and
        # the ties follow, the earlier run's first: stable, as one sort would be.
        share = max(1, step // len(live))
        ends = [key(runs[n][min(heads[n] + share, len(runs[n])) - 1]) for n in live]
        bound = max(ends) if descending else min(ends)
        before, ties = [], []
        for number in live:
            run, head = runs[number], heads[number]
            tied = _boundary(run, head, bound, key, descending, past_ties=False)
            end = _boundary(run, tied, bound, key, descending, past_ties=True)
            before.extend(run[head:tied])
            ties.extend(run[tied:end])
            heads[number] = end
        order.extend(sorted(before, key=key, reverse=descending))
        order.extend(ties)
        yield
    return order


def _boundary(run: list[int], low: int, bound, key: Callable, descending: bool,
              past_ties: bool) -> int:
    """Where the items of a sorted run from `low` on stop sorting before `bound`, or
    stop sorting no later than it when `past_ties`."""
    if not descending:
        return (bisect_right if past_ties else bisect_left)(run, bound, low, key=key)
    high = len(run)
    while low < high:
        middle = (low + high) // 2
        item = key(run[middle])
        if item < bound or (item == bound and not past_ties):
            high = middle
        else:
            low = middle + 1
    return low


def has_ties_in_steps(order: list[int], key: Callable,
                      step: int) -> Generator[None, None, bool]:
    """Whether two neighbours in `order` have equal keys, `step` of them a step. Without
    ties, the reverse of an ascending order is the stable descending one."""
    for start in range(0, len(order), step):
        keys = list(map(key, order[start:start + step + 1]))
        if any(map(eq, keys, islice(keys, 1, None))):
            return True
        yield
    return False
