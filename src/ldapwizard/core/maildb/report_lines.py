"""An import's report, line by line: what happened to each selected entry and list.

A run of entries created as planned is kept as the entries themselves and its lines are made
when read (ReportLines), so a 100k import does not hold a line object per user.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import repeat

from ldapwizard import i18n
from ldapwizard.core.maildb import mailboxes, signin
from ldapwizard.core.maildb.batches import CREATED, FAILED, SKIPPED
from ldapwizard.core.maildb.planner import PlanEntry

__all__ = [
    "CREATED",
    "FAILED",
    "SKIPPED",
    "CreatedRun",
    "ImportReport",
    "ReportLine",
    "ReportLines",
    "count_of",
    "created_words",
    "line_of",
]


@dataclass(frozen=True, slots=True)
class ReportLine:
    """What happened to one selected entry."""

    status: str
    username: str
    address: str
    display_name: str
    reason: str
    dn: str
    stable_id: str


class ReportLines(Sequence):
    """An import's report lines in order. A run of created entries is kept as the entries
    themselves (or, imported from a spill, where they are in it) and its lines are made when
    read: a ReportLine held per user to the end of a 100k import was 9 MB of its peak."""

    def __init__(self, lines: Iterable[ReportLine] = ()):
        self._parts: list[list[ReportLine] | CreatedRun] = []
        self._starts: list[int] = []  # each part's first index
        self._length = 0
        self.extend(lines)

    def append(self, line: ReportLine) -> None:
        if not self._parts or isinstance(self._parts[-1], CreatedRun):
            self._starts.append(self._length)
            self._parts.append([])
        self._parts[-1].append(line)
        self._length += 1

    def extend(self, lines: Iterable[ReportLine]) -> None:
        if isinstance(lines, ReportLines):
            for part in lines._parts:
                self._add_part(part)
        elif isinstance(lines, CreatedRun):
            self._add_part(lines)
        else:
            for line in lines:
                self.append(line)

    def _add_part(self, part) -> None:
        if isinstance(part, CreatedRun):
            self._starts.append(self._length)
            self._parts.append(part)
            self._length += len(part)
        else:
            for line in part:
                self.append(line)

    def __len__(self) -> int:
        return self._length

    def __iter__(self) -> Iterator[ReportLine]:
        for part in self._parts:
            yield from part

    def __getitem__(self, index):
        if isinstance(index, slice):
            return list(self)[index]
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError("report line index out of range")
        part = bisect_right(self._starts, index) - 1
        return self._parts[part][index - self._starts[part]]

    def __repr__(self) -> str:
        return f"ReportLines({list(self)!r})"

    def count_of(self, status: str) -> int:
        """How many lines have this status, without making the created runs' lines."""
        count = 0
        for part in self._parts:
            if isinstance(part, CreatedRun):
                count += len(part) if status == CREATED else 0
            else:
                count += sum(1 for line in part if line.status == status)
        return count

    def statuses(self) -> Iterator[str]:
        """Each line's status, in order, without making the created runs' lines."""
        for part in self._parts:
            if isinstance(part, CreatedRun):
                yield from repeat(CREATED, len(part))
            else:
                yield from (line.status for line in part)

    def not_created(self) -> Iterator[ReportLine]:
        """The lines whose status is not created, in order."""
        for part in self._parts:
            if not isinstance(part, CreatedRun):
                yield from (line for line in part if line.status != CREATED)


class CreatedRun:
    """The report lines of a run of entries created as planned, made when read."""

    __slots__ = ("domain", "entries")

    def __init__(self, entries: Sequence[PlanEntry], domain: str):
        self.entries, self.domain = entries, domain  # a list, or a spill.SpilledRun

    def __len__(self) -> int:
        return len(self.entries)

    def __getitem__(self, index: int) -> ReportLine:
        entry = self.entries[index]
        return line_of(entry, self.domain, CREATED, created_words(entry, self.domain))

    def __iter__(self) -> Iterator[ReportLine]:
        domain = self.domain
        for entry in self.entries:
            yield line_of(entry, domain, CREATED, created_words(entry, domain))


@dataclass
class ImportReport:
    """The outcome of an import, entry by entry."""

    batch_id: int | None
    dry_run: bool
    lines: ReportLines = field(default_factory=ReportLines)

    def count(self, status: str) -> int:
        return count_of(self.lines, status)

    @property
    def counts(self) -> dict[str, int]:
        return {s: self.count(s) for s in (CREATED, SKIPPED, FAILED)}


def count_of(lines: Iterable[ReportLine], status: str) -> int:
    """How many of these report lines have this status (ReportLines counts its created runs
    without making their lines)."""
    if isinstance(lines, ReportLines):
        return lines.count_of(status)
    return sum(1 for line in lines if line.status == status)


def line_of(entry: PlanEntry, domain: str, status: str, reason: str) -> ReportLine:
    user = entry.user
    address = entry.address(domain) or user.email or ""
    if address == user.email:  # the directory's own string, not a copy per report line
        address = user.email
    return ReportLine(status, entry.username or user.username or "", address,
                      user.display_name, reason, user.dn, user.stable_id or "")


def created_words(entry: PlanEntry, domain: str, mailbox: str | None = None) -> str:
    # clauses of their own, each whole in the catalogue, joined as a list is
    words = i18n._("directory-authenticated user")
    if entry.aliases:
        words += "; " + i18n._("aliases {aliases}", aliases=", ".join(
            f"{alias}@{domain}" for alias in entry.aliases))
    if entry.sign_in:
        words += "; " + signin.signs_in_also(entry.sign_in)
    return words + (mailboxes.new_path_note(mailbox) if mailbox else "")
