"""What the Users table shows of a planned entry: its columns' texts, the filter's haystack,
the sort keys and a sort in steps. Plain Python, shared by the model's display, filter and sort."""

from __future__ import annotations

import heapq
from collections.abc import Generator, Iterable
from itertools import islice, repeat

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
    """Every column's text in one casefolded string, for the filter."""
    return _SEPARATOR.join((_username(entry, domain), _email(entry, domain),
                            _aliases(entry, domain),
                            entry.user.display_name, entry.user.dn,
                            _notes(entry, domain))).casefold()


def identity(entry: PlanEntry) -> str:
    """What stays the same when an entry is planned again: its stable id, or its DN."""
    return entry.user.stable_id or "dn:" + entry.user.dn


def sort_keys(column: int, entries: Iterable[PlanEntry], domain: str) -> list[bytes]:
    """Casefolded sort keys of a column's text, one per entry."""
    # UTF-8 sorts in code point order, as str does, and bytes compare faster than str
    texts = map(TEXT[column], entries, repeat(domain))
    return list(map(str.encode, map(str.casefold, texts)))


def sorted_in_steps(positions: list[int], key, descending: bool,
                     step: int) -> Generator[None, None, list[int]]:
    """Sort stably in steps of bounded work: runs of `step` sorted in C, then merged `step` at
    a time; the sorted list is the generator's return value."""
    runs = []
    for start in range(0, len(positions), step):
        runs.append(sorted(positions[start:start + step], key=key, reverse=descending))
        yield
    # merge() takes ties from the earlier run first: stable, as one sort would be
    merged = heapq.merge(*runs, key=key, reverse=descending)
    order: list[int] = []
    while chunk := list(islice(merged, step)):
        order.extend(chunk)
        yield
    return order
