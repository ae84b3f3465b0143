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

The spill (spill.Spill) is removed however the preview ends.
"""

from __future__ import annotations

from collections.abc import Iterator

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
from ldapwizard.core.maildb.spill import Spill


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
        self._spill = Spill("preview")

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
