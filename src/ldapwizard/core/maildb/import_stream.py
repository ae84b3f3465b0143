"""`ldapwizard import` in memory that does not grow with the directory.

The listing's pages go to a spill file as they come (spill.PickledPages); nothing touches the user
database until the listing is complete. Then each page is planned against it
(preview_stream.StreamedPreview: what stays in memory is the new entries' keys), the verdicts
only the whole listing can give are applied in listing order, and the entries to import —
every new one, or those an edited preview selects — go to a second spill in pages of the
import's chunk size. The import reads that a page at a time (importer.run_import), and its
report keeps, of the entries created as planned, only where they are in it.

Exactly the entries, lists, counts and notes of planning the whole listing in memory
(`make_plan`, `Selection.pick_all`); a page's worth of entries in memory at a time.
"""

from __future__ import annotations

from bisect import bisect_right

from ldapwizard.core import collector
from ldapwizard.core.directory.records import DirectoryGroup
from ldapwizard.core.maildb.claims import Claims
from ldapwizard.core.maildb.importer import CANCEL_EVERY, write_order
from ldapwizard.core.maildb.lists import ListEntry
from ldapwizard.core.maildb.planner import HIDDEN, NEW, PROBLEM, PagePlanner, Plan, PlanOptions
from ldapwizard.core.maildb.preview_stream import StreamedPreview
from ldapwizard.core.maildb.reports import Selection
from ldapwizard.core.maildb.snapshot import Snapshot
from ldapwizard.core.maildb.spill import (
    ENTRY_FIELDS,
    PickledPages,
    SortedSpill,
    Spill,
    entry_of,
    row_of,
)

# where a spilled row (spill.row_of) holds an entry's aliases and extra sign-in names
_ALIASES = 1 + ENTRY_FIELDS.index("aliases")
_SIGN_IN = 1 + ENTRY_FIELDS.index("sign_in")


class StreamedImport:
    """A listing spilled as it comes, then planned and chosen from; use it as a context
    manager (both spill files are removed on leaving).

    `selection`: the rows of an edited preview (else every new entry); `with_lists`: the
    listing brings groups to plan as mailing lists.
    """

    def __init__(self, options: PlanOptions, selection: Selection | None = None, *,
                 with_lists: bool = False):
        self.options = options
        self.selection = selection
        self.with_lists = with_lists
        self.listing = PickledPages("import-listing")  # give `write_page` the listing's pages
        self.chosen = Spill("import")  # the entries to import, settled, in pages of CANCEL_EVERY
        self.chosen_lists: list[ListEntry] = []
        self.unmatched: list[str] = []  # why rows of the selection selected nothing
        self.plan = Plan(options.domain, [], options)  # the whole plan but its entries
        self.counts: dict[str, int] = {}
        self.left_out = 0  # entries the choice of who to import left out
        self.total = 0

    def __enter__(self) -> StreamedImport:
        return self

    def __exit__(self, *exc) -> None:
        try:
            self.listing.close()
        finally:
            self.chosen.close()

    def choose(self, snapshot: Snapshot | None, groups: list[DirectoryGroup]) -> None:
        """Plan the spilled listing against `snapshot` and spill the entries to import (call
        it once the listing is complete, inside the database's consistent reads)."""
        # no cyclic collection while planning (collector.py): the entries make no cycles,
        # and a collection after each paused page walked every key the claims hold so far
        with collector.paused():
            self._choose(snapshot, groups)

    def _choose(self, snapshot: Snapshot | None, groups: list[DirectoryGroup]) -> None:
        if self.selection is None and not self.with_lists:
            self._choose_new(snapshot)
            return
        match = self.selection.matcher() if self.selection is not None else None
        with StreamedPreview(self.options, snapshot, show_hidden=match is not None,
                             with_lists=self.with_lists) as preview:
            for users in self.listing.read_pages():
                preview.add(users)
            self.listing.close()  # its disk space goes now
            picked = match.entry if match is not None else (lambda e: e.status == NEW)
            # written in the order of their addresses' keys (SortedSpill says why)
            ordered = SortedSpill(self.chosen, CANCEL_EVERY, write_order)
            try:
                for entry in preview.entries(groups):
                    if picked(entry):
                        ordered.add(entry)
                ordered.finish()
            finally:
                ordered.close()
            self.counts, self.left_out, self.total = preview.counts, preview.left_out, \
                preview.total
            self.plan.lists = preview.lists
        if match is None:
            self.chosen_lists = [e for e in self.plan.lists if e.ticked_by_default]
        else:
            self.chosen_lists = [e for e in self.plan.lists if match.mailing_list(e)]
            self.unmatched = match.unmatched()

    def _choose_new(self, snapshot: Snapshot | None) -> None:
        """Every new entry, without lists: each planned page's new entries go straight to
        the sorted runs, and the verdicts only the whole listing gives are applied as they
        are merged (the same verdicts StreamedPreview applies in listing order: each
        depends on the entry and the claims alone). Claims name an entry by its position
        in the listing, whose spill says its DN."""
        plan_page = PagePlanner(self.options, snapshot or Snapshot())
        claims = Claims(self.options.domain)
        counts = {NEW: 0, HIDDEN: 0, PROBLEM: 0}
        ordered = SortedSpill(self.chosen, CANCEL_EVERY, write_order)
        firsts: list[int] = []  # the position of each listing page's first entry
        position = left_out = 0
        try:
            for users in self.listing.read_pages():
                firsts.append(position)
                for entry in plan_page(users):
                    if entry.user.excluded:
                        left_out += 1
                    if entry.status == NEW:
                        claims.add(position, entry)
                        ordered.add(entry, position)
                    else:
                        counts[entry.status] += 1  # final: only a new entry's changes
                    position += 1

            def dn_of(token: int) -> str:
                number = bisect_right(firsts, token) - 1
                return self.listing.read_page(number)[token - firsts[number]].dn

            settle = claims.settle(dn_of)
            every = not claims.only_extras

            def keep(ordinal: int, row: tuple) -> tuple | None:
                if every or row[_ALIASES] or row[_SIGN_IN]:
                    entry = entry_of(row)
                    settle(ordinal, entry)
                    if entry.status != NEW:
                        counts[entry.status] += 1
                        return None
                    row = row_of(entry)
                counts[NEW] += 1
                return row

            ordered.finish_rows(keep)
        finally:
            ordered.close()
            self.listing.close()  # its disk space goes now
        self.counts, self.left_out, self.total = counts, left_out, position
        self.plan.lists = []
        self.chosen_lists = []

    def nothing_to_import(self) -> bool:
        return not self.chosen.count and not any(e.status == NEW for e in self.chosen_lists)
