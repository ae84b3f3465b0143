"""Pages of a listing or a plan in a private temporary file, so that a command's memory does
not grow with the directory (`ldapwizard preview` and `ldapwizard import`).

A spill holds what the listing holds (names, DNs, addresses; never a password): a file only
this user may read, with no name in the temporary folder, gone however the command ends (use
it as a context manager to free its space at once).
"""

from __future__ import annotations

import heapq
import pickle
import tempfile
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import fields
from functools import partial
from operator import attrgetter

from ldapwizard import i18n
from ldapwizard.core import collector
from ldapwizard.core.directory.records import DirectoryUser
from ldapwizard.core.errors import ScratchSpaceError
from ldapwizard.core.maildb.planner import PlanEntry

_USER_FIELDS = tuple(f.name for f in fields(DirectoryUser))
ENTRY_FIELDS = tuple(f.name for f in fields(PlanEntry))[1:]  # after `user`, in a row
_DN = _USER_FIELDS.index("dn")
_user_values = attrgetter(*_USER_FIELDS)
_entry_values = attrgetter(*ENTRY_FIELDS)


class PickledPages:
    """Pages appended to a private temporary file: read back in order, or one by its number
    (the last one read so kept, so reading pages in order reads each once)."""

    def __init__(self, kind: str):
        # 0600 and nameless: unlinked at once on POSIX, deleted on close on Windows, so even
        # a killed process leaves nothing behind; closed by close()
        self._file = tempfile.TemporaryFile(prefix=f"ldapwizard-{kind}-")  # noqa: SIM115
        self._offsets: list[int] = []  # where each page starts
        self._end = 0
        self._cached: tuple[int, object] | None = None

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __len__(self) -> int:
        """The number of pages written."""
        return len(self._offsets)

    def write_page(self, page) -> None:
        """Append a page: anything picklable."""
        data = pickle.dumps(page, protocol=pickle.HIGHEST_PROTOCOL)
        with self._writing():
            self._file.seek(self._end)
            self._file.write(data)
        self._offsets.append(self._end)
        self._end += len(data)

    def read_pages(self) -> Iterator:
        """Every page, in the order written."""
        for number in range(len(self._offsets)):
            yield self._read(number)

    def read_page(self, number: int):
        """Page `number` (from 0)."""
        if self._cached is None or self._cached[0] != number:
            self._cached = (number, self._read(number))
        return self._cached[1]

    def _read(self, number: int):
        # by offset every time: pages in order and a page by number may be read in turns
        start = self._offsets[number]
        stop = self._offsets[number + 1] if number + 1 < len(self._offsets) else self._end
        with self._writing():
            self._file.seek(start)  # writes what is buffered first
            data = self._file.read(stop - start)
        with collector.paused():
            return pickle.loads(data)

    @contextmanager
    def _writing(self):
        """A full disk (or a limit on file size) as an error that says what to do."""
        try:
            yield
        except OSError as e:
            raise ScratchSpaceError(
                i18n._("A temporary file in {folder} could not be written ({error}); nothing "
                       "was changed.", folder=tempfile.gettempdir(), error=e.strerror or e),
                hint=i18n._("The disk there is full, or a limit stops the file growing. Free "
                            "some space, or set TMPDIR (TEMP on Windows) to a folder with "
                            "room: about 300 bytes for each directory entry.")) from None

    def close(self) -> None:
        self._cached = None
        try:
            self._file.close()
        except OSError:
            pass  # what was not written goes with the file (a full disk said so already)


class Spill(PickledPages):
    """Pages of planned entries: read back in order, a page by its number, or the DN of one
    entry by its ordinal (its position among all the entries written)."""

    def __init__(self, kind: str = "plan"):
        super().__init__(kind)
        self._firsts: list[int] = []  # each page's first ordinal
        self.count = 0

    def write(self, entries: list[PlanEntry], extra=None) -> None:
        """Append a page of entries (and anything picklable that goes with the page)."""
        self.write_rows([(_user_values(e.user), *_entry_values(e)) for e in entries], extra)

    def write_rows(self, rows: list[tuple], extra=None) -> None:
        """Append a page of entries already in their spilled form (SortedSpill)."""
        self._firsts.append(self.count)
        self.write_page((rows, extra))
        self.count += len(rows)

    def __iter__(self) -> Iterator[tuple[int, list[PlanEntry], object]]:
        """(first ordinal, entries, extra) of each page, in the order written."""
        for first, (rows, extra) in zip(self._firsts, self.read_pages(), strict=True):
            yield first, _entries(rows), extra

    def page(self, number: int, start: int = 0, stop: int | None = None) -> list[PlanEntry]:
        """The entries of page `number` (from `start` to `stop`), made anew."""
        return _entries(self.read_page(number)[0][start:stop])

    def chunks(self) -> Iterator[tuple[list[PlanEntry], Callable[[int, int], SpilledRun]]]:
        """Each page's entries, and what makes the stand-in for a run of them (from `start`
        to `stop`) that an import's report keeps: importer.write_entries' `keep`."""
        for number, (_, entries, _) in enumerate(self):
            yield entries, partial(SpilledRun, self, number)

    def dn(self, ordinal: int) -> str:
        """The DN of the entry written under `ordinal`."""
        number = bisect_right(self._firsts, ordinal) - 1
        return self.read_page(number)[0][ordinal - self._firsts[number]][0][_DN]


class ListingSpill(PickledPages):
    """A listing's users in a private temporary file, a page at a time in the order listed
    (`extend`, what directory.listing.list_users fills), read back a page or a user at a time:
    a sync's listing that does not stay in memory (issue 30). Its len() is the users'."""

    def __init__(self):
        super().__init__("listing")
        self.count = 0

    def extend(self, users) -> None:
        """Append users, as one page."""
        rows = [_user_values(user) for user in users]
        if rows:
            self.write_page(rows)
            self.count += len(rows)

    def __len__(self) -> int:
        return self.count

    def __bool__(self) -> bool:
        return self.count > 0

    def pages(self) -> Iterator[list[DirectoryUser]]:
        """Each page of users, made anew, in the order written."""
        for rows in self.read_pages():
            with collector.paused():
                yield [DirectoryUser(*row) for row in rows]

    def __iter__(self) -> Iterator[DirectoryUser]:
        for page in self.pages():
            yield from page


class SortedSpill:
    """Entries given in any order, written to `spill` in pages of `page_size` sorted by
    `key(entry)` (ties in the order given), in memory that does not grow with their number:
    runs of RUN entries are sorted and spilled, then merged a page of each run at a time.

    An import writes its users in the order of their address's key (import_stream): each of
    the user database's indexes over the address (its key, the login, the mailbox path, the
    claims, the sign-in names) then grows at one place instead of at random ones, which in a
    large import keeps SQLite's page cache from spilling pages it needs again (at 100,000
    users: 1.6 million writes of pages to the journal instead of 4.4 million).
    """

    RUN = 10_000

    def __init__(self, spill: Spill, page_size: int, key: Callable[[PlanEntry], str]):
        self.spill, self.page_size, self.key = spill, page_size, key
        self._run: list[tuple] = []  # (key, ordinal, row) of the run being gathered
        self._runs: PickledPages | None = None  # sorted runs, in pages of page_size rows
        self._run_pages: list[range] = []  # the page numbers of each run
        self._count = 0

    def add(self, entry: PlanEntry, ordinal: int | None = None) -> None:
        """Add an entry; `ordinal`, when given, numbers it instead of the order of adding
        (it must grow as entries are added: ties keep that order) and comes back with it
        from `merged`."""
        self._run.append((self.key(entry), self._count if ordinal is None else ordinal,
                          (_user_values(entry.user), *_entry_values(entry))))
        self._count += 1
        if len(self._run) == self.RUN:
            self._spill_run()

    def _spill_run(self) -> None:
        self._run.sort()  # by (key, ordinal): never equal, so the rows are not compared
        if self._runs is None:
            self._runs = PickledPages("import-runs")
        first = len(self._runs)
        for start in range(0, len(self._run), self.page_size):
            self._runs.write_page(self._run[start:start + self.page_size])
        self._run_pages.append(range(first, len(self._runs)))
        self._run = []

    def finish(self) -> None:
        """Write every entry added to the spill, in order; the runs' file is removed."""
        self.finish_rows(lambda ordinal, row: row)

    def finish_rows(self, keep: Callable[[int, tuple], tuple | None]) -> None:
        """As `finish`, each entry's spilled row given to `keep(ordinal, row)` on the way:
        the row it returns is written (None: the entry is not)."""
        try:
            if self._runs is None:  # one run: sorted in memory
                self._run.sort()
                ordered: Iterator[tuple] = iter(self._run)
            else:
                if self._run:
                    self._spill_run()
                runs = self._runs
                ordered = heapq.merge(*(_pages_of(runs, pages) for pages in self._run_pages))
            spill, size = self.spill, self.page_size
            page: list[tuple] = []
            for _, ordinal, row in ordered:
                row = keep(ordinal, row)
                if row is None:
                    continue
                page.append(row)
                if len(page) == size:
                    spill.write_rows(page)
                    page = []
            if page:
                spill.write_rows(page)
        finally:
            self._run = []
            self.close()

    def close(self) -> None:
        if self._runs is not None:
            self._runs.close()
            self._runs = None


def _pages_of(runs: PickledPages, pages: range) -> Iterator[tuple]:
    for number in pages:
        yield from runs.read_page(number)


def entry_of(row: tuple) -> PlanEntry:
    """The entry a spilled row holds, made anew."""
    user, *rest = row
    return PlanEntry(DirectoryUser(*user), *rest)


def row_of(entry: PlanEntry) -> tuple:
    """An entry in its spilled form."""
    return (_user_values(entry.user), *_entry_values(entry))


def _entries(rows: list[tuple]) -> list[PlanEntry]:
    with collector.paused():
        return [PlanEntry(DirectoryUser(*user), *rest) for user, *rest in rows]


class SpilledRun(Sequence):
    """Entries `start` to `stop` of a spill's page, made when read: what an import's report
    keeps of a run of entries created as planned, instead of the entries."""

    __slots__ = ("_number", "_spill", "_start", "_stop")

    def __init__(self, spill: Spill, number: int, start: int, stop: int):
        self._spill, self._number, self._start, self._stop = spill, number, start, stop

    def __len__(self) -> int:
        return self._stop - self._start

    def __getitem__(self, index):
        return self._entries()[index]

    def __iter__(self) -> Iterator[PlanEntry]:
        return iter(self._entries())

    def _entries(self) -> list[PlanEntry]:
        return self._spill.page(self._number, self._start, self._stop)
