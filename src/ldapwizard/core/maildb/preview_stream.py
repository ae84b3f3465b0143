"""The preview written as the listing comes (`ldapwizard preview`), in memory that does not
grow with the directory.

Each page of the listing is planned against the user database as it arrives (PagePlanner)
and spilled to a private temporary file; what stays in memory is what only the whole listing
can decide: the keys of the new entries (claims.Claims: duplicates within the directory mark
earlier entries too), and with --groups-as-lists the groups and the few addresses their
members need (lists.ListInputs). A second pass reads the spill back, applies those verdicts
in listing order and gives the rows: exactly those of `write_preview(make_plan(...))`.

Entries hidden from the preview are counted and dropped at once (a verdict on duplicates only
ever changes a new entry), unless the mailing lists need them or they are shown.

The spill holds what the listing holds (names, DNs, addresses; never a password): a file
created 0600 in a folder only this user can enter, removed however the preview ends.
"""

from __future__ import annotations

import os
import pickle
import shutil
import tempfile
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import fields
from operator import attrgetter

from ldapwizard.core import collector
from ldapwizard.core.directory.records import DirectoryGroup, DirectoryUser
from ldapwizard.core.maildb.claims import Claims
from ldapwizard.core.maildb.lists import ListEntry, ListInputs
from ldapwizard.core.maildb.planner import (
    HIDDEN,
    NEW,
    PROBLEM,
    PagePlanner,
    Plan,
    PlanEntry,
    PlanOptions,
)
from ldapwizard.core.maildb.reports import entry_rows, list_rows
from ldapwizard.core.maildb.snapshot import Snapshot

_USER_FIELDS = tuple(f.name for f in fields(DirectoryUser))
_ENTRY_FIELDS = tuple(f.name for f in fields(PlanEntry))[1:]  # after `user`
_DN = _USER_FIELDS.index("dn")
_user_values = attrgetter(*_USER_FIELDS)
_entry_values = attrgetter(*_ENTRY_FIELDS)


class Spill:
    """Pages of planned entries in a private temporary file: read back in order, or the DN of
    one entry by its ordinal (its position among all the entries written)."""

    def __init__(self):
        self._folder = tempfile.mkdtemp(prefix="ldapwizard-preview-")  # 0700
        self._path = os.path.join(self._folder, "entries")
        try:
            self._file = os.fdopen(os.open(self._path, os.O_RDWR | os.O_CREAT | os.O_EXCL,
                                           0o600), "w+b")
        except BaseException:
            shutil.rmtree(self._folder, ignore_errors=True)
            raise
        self._firsts: list[int] = []  # each page's first ordinal
        self._offsets: list[int] = []
        self._cached: tuple[int, list] | None = None  # a page read for a DN
        self.count = 0

    def write(self, entries: list[PlanEntry], extra=None) -> None:
        """Append a page of entries (and anything picklable that goes with the page)."""
        self._firsts.append(self.count)
        self._offsets.append(self._file.tell())
        rows = [(_user_values(e.user), *_entry_values(e)) for e in entries]
        pickle.dump((rows, extra), self._file, protocol=pickle.HIGHEST_PROTOCOL)
        self.count += len(entries)

    def __iter__(self) -> Iterator[tuple[int, list[PlanEntry], object]]:
        """(first ordinal, entries, extra) of each page, in the order written."""
        self._file.flush()
        with open(self._path, "rb") as pages:
            for first in self._firsts:
                rows, extra = pickle.load(pages)
                with collector.paused():
                    entries = [PlanEntry(DirectoryUser(*user), *rest) for user, *rest in rows]
                yield first, entries, extra

    def dn(self, ordinal: int) -> str:
        """The DN of the entry written under `ordinal`."""
        page = bisect_right(self._firsts, ordinal) - 1
        if self._cached is None or self._cached[0] != page:
            self._file.flush()
            with open(self._path, "rb") as pages:
                pages.seek(self._offsets[page])
                self._cached = (page, pickle.load(pages)[0])
        return self._cached[1][ordinal - self._firsts[page]][0][_DN]

    def close(self) -> None:
        try:
            self._file.close()
        finally:
            shutil.rmtree(self._folder, ignore_errors=True)


class StreamedPreview:
    """A preview planned page by page as the listing comes, its rows given after the last
    page; use it as a context manager (the spill file is removed on leaving).

    `with_lists`: the listing brings groups to plan as mailing lists (give them to `rows`).
    """

    def __init__(self, options: PlanOptions, snapshot: Snapshot | None = None, *,
                 show_hidden: bool = True, with_lists: bool = False):
        self.domain = options.domain
        self.options = options
        self.snapshot = snapshot or Snapshot()
        self.show_hidden = show_hidden
        self.with_lists = with_lists
        self.counts = {NEW: 0, HIDDEN: 0, PROBLEM: 0}  # complete once `rows` is exhausted
        self.left_out = 0  # entries the choice of who to import left out
        self.total = 0
        self.lists: list[ListEntry] = []
        self._plan_page = PagePlanner(options, self.snapshot)
        self._claims = Claims(self.domain)
        self._spill = Spill()

    def __enter__(self) -> StreamedPreview:
        return self

    def __exit__(self, *exc) -> None:
        self._spill.close()

    def add(self, users: list[DirectoryUser]) -> None:
        """Plan a page of the listing, in listing order, and spill it."""
        with collector.paused():
            planned = self._plan_page(users)
        self.total += len(planned)
        keep_hidden = self.show_hidden or self.with_lists
        kept = []
        ordinal = self._spill.count
        for entry in planned:
            if entry.user.excluded:
                self.left_out += 1
            if entry.status == HIDDEN and not keep_hidden:
                self.counts[HIDDEN] += 1  # final: only a new entry's verdict changes later
                continue
            if entry.status == NEW:
                self._claims.add(ordinal, entry)
            kept.append(entry)
            ordinal += 1
        self._spill.write(kept, self._plan_page.imported if self.with_lists else None)

    def entries(self, groups: list[DirectoryGroup] | None = None) -> Iterator[PlanEntry]:
        """The spilled entries in listing order with every verdict applied; once exhausted,
        `counts` and (with `groups`) `lists` are complete."""
        settle = self._claims.settle(self._spill.dn)
        lists = ListInputs(groups, self.domain) if groups else None
        for first, page, imported in self._spill:
            if lists:
                lists.keep_imported(page, imported)
            for ordinal, entry in enumerate(page, first):
                if entry.status == NEW:
                    settle(ordinal, entry)
                self.counts[entry.status] += 1
                if lists:
                    lists.add(entry)
                yield entry
        self.lists = lists.plan(self.snapshot) if lists else []

    def rows(self, groups: list[DirectoryGroup] | None = None) -> Iterator[tuple]:
        """The preview's rows (reports.PREVIEW_COLUMNS): the users', then the lists'."""
        yield from entry_rows(self.entries(groups), self.domain, self.show_hidden)
        yield from list_rows(Plan(self.domain, [], self.options, lists=self.lists),
                             self.show_hidden)
