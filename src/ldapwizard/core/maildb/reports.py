"""Preview and report tables as Excel-safe CSV, and reading an edited preview back."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ldapwizard import i18n
from ldapwizard.core.errors import BadInput
from ldapwizard.core.maildb import csv_columns
from ldapwizard.core.maildb.csv_columns import column_keys
from ldapwizard.core.maildb.csvfile import write_csv
from ldapwizard.core.maildb.importer import CREATED, FAILED, SKIPPED, ImportReport, list_reason
from ldapwizard.core.maildb.lists import ListEntry
from ldapwizard.core.maildb.lists_sync import (
    LIST_KEPT,
    LIST_LEFT,
    LIST_REMOVED,
    LIST_UPDATED,
    ListLine,
    list_lines,
)
from ldapwizard.core.maildb.planner import HIDDEN, NEW, Plan, PlanEntry
from ldapwizard.core.maildb.report_lines import ReportLine
from ldapwizard.core.maildb.sync import DISABLED, KEPT, LEFT, NOTE, REENABLED, REMOVED, UPDATED
from ldapwizard.core.maildb.undo import UNDONE

PREVIEW_COLUMNS = ("selected", "status", "reason", "username", "address", "aliases",
                   "display_name", "email", "disabled", "dn", "stable_id", "notes")
REPORT_COLUMNS = ("status", "reason", "username", "address", "display_name", "dn",
                  "stable_id", "members_added", "members_removed", "kept_by_hand",
                  "old_address")
TRUE_WORDS = {"yes", "y", "1", "true", "x", "ja", "oui", "si", "sí"}


def preview_rows(plan: Plan, show_hidden: bool = True, selected: set[str] | None = None,
                 entries: Iterable[PlanEntry] | None = None):
    """Rows of the preview table; hidden entries only when asked.

    `selected` (stable ids) marks what the admin ticked; without it every new entry is.
    `entries` (of the plan) gives the rows' order and subset, e.g. as a filtered and sorted
    table shows them; without it, every entry in listing order, then the mailing lists.
    """
    yield from entry_rows(plan.entries if entries is None else entries, plan.domain,
                          show_hidden, selected)
    if entries is None:
        yield from list_rows(plan, show_hidden, selected)


def entry_rows(entries: Iterable[PlanEntry], domain: str, show_hidden: bool = True,
               selected: set[str] | None = None):
    """The users' rows of the preview, of planned entries of `domain` (see preview_rows)."""
    yes, no = str(i18n._(csv_columns.YES)), str(i18n._(csv_columns.NO))
    for entry in entries:
        if entry.status == HIDDEN and not show_hidden:
            continue
        user = entry.user
        ticked = entry.status == NEW and (selected is None or user.stable_id in selected)
        yield (
            yes if ticked else no, entry.status, entry.reason,
            entry.shown_username(), entry.shown_address(domain),
            " ".join(entry.shown_aliases(domain)), user.display_name,
            user.email or "", yes if user.disabled else "", user.dn, user.stable_id or "",
            "; ".join(entry.notes),
        )


def list_rows(plan: Plan, show_hidden: bool = True, selected: set[str] | None = None):
    """The mailing lists' rows of the preview (after the users'): the username column empty,
    the members in the aliases column's place, named in the reason."""
    yes, no = str(i18n._(csv_columns.YES)), str(i18n._(csv_columns.NO))
    for entry in plan.lists:
        if entry.status == HIDDEN and not show_hidden:
            continue
        group = entry.group
        ticked = entry.status == NEW and (entry.ticked_by_default if selected is None
                                          else group.stable_id in selected)
        reason = entry.reason or (i18n._("{reason}; problem: {problem}",
                                         reason=list_reason(entry), problem=entry.flagged)
                                  if entry.flagged else list_reason(entry))
        yield (yes if ticked else no, entry.status, reason, "",
               entry.shown_address(plan.domain), " ".join(entry.members), group.name,
               group.email or "", "", group.dn, group.stable_id or "", "; ".join(entry.notes))


def write_preview(path: str | Path, plan: Plan, *, show_hidden: bool = True,
                  delimiter: str = ",", selected: set[str] | None = None,
                  entries: Iterable[PlanEntry] | None = None) -> int:
    """Write the preview CSV (of `entries` in their order, else the whole plan); returns the
    number of rows."""
    return write_preview_rows(path, preview_rows(plan, show_hidden, selected, entries),
                              delimiter=delimiter)


def write_preview_rows(path: str | Path, rows: Iterable[tuple], *, delimiter: str = ",") -> int:
    """Write rows of the preview table (preview_rows, or a streamed preview's) as the preview
    CSV; returns the number of rows."""
    return write_csv(path, PREVIEW_COLUMNS, rows, delimiter=delimiter)


def report_lines(report, notes: Iterable[str] = ()) -> Iterable[ReportLine]:
    """Every line of a report: a sync's all_lines (users, lists, notes), an import's lines;
    then `notes` (an import's listing notes: members that cannot be imported, with why) as
    NOTE lines."""
    yield from report.all_lines() if hasattr(report, "all_lines") else report.lines
    for note in notes:
        yield ReportLine(NOTE, "", "", "", note, "", "")


def name_users(database, report, domain: str, profile: str, users=()) -> None:
    """Fill a sync report's `entries` (username, display name, DN, stable id) for the users
    its lines name but for the created ones, from the database the sync ran on (the display
    name and DN as the listing `users` has them now, for the users still listed), and its
    `disabled_before`: the leavers it left as they are that were disabled already."""
    named = {*report.updated, *report.reenabled, *report.disabled, *report.removed,
             *report.kept, *report.waiting, *report.missing, *report.left_out}
    if not named:
        return
    missing = set(report.missing)
    rows = []  # of the named users only: a sync's listing may be a spill of 1M users
    for row in database.connection.execute(
            "SELECT u.local_part, u.username, u.display_name, u.directory_dn, u.stable_id, "
            "u.enabled FROM users u JOIN domains d ON d.id = u.domain_id WHERE d.name = ? "
            "AND u.profile = ? AND u.auth = 'directory'", (domain, profile)):
        address = f"{row[0]}@{domain}"
        if address in missing and not row[5]:
            report.disabled_before.add(address)
        if address in named:
            rows.append(row)
    wanted = {row[4] for row in rows if row[4]}
    listed = {user.stable_id: user for user in users if user.stable_id in wanted}
    for local, username, display_name, dn, stable_id, _ in rows:
        now = listed.get(stable_id)
        if now is not None:
            display_name, dn = now.display_name, now.dn
        report.entries[f"{local}@{domain}"] = (username, display_name or "", dn or "",
                                               stable_id or "")


def line_words(line: ReportLine) -> str:
    """One report line as the terminal and the log say it: what happened, to which address
    (a note: just the note), and why, in the words of the line's reason, which the report
    CSV and the window show as they are."""
    if line.status == NOTE:
        return i18n._("note: {note}", note=line.reason)
    status = STATUS_WORDS.get(line.status)
    status = i18n._(status) if status else line.status
    address = line.address or line.dn
    if isinstance(line, ListLine) and line.old_address:
        words = i18n._("{status}: {address} (was {old_address})", status=status,
                       address=address, old_address=line.old_address)
    else:
        words = i18n._("{status}: {address}", status=status, address=address)
    return i18n._("{line}: {reason}", line=words, reason=line.reason) if line.reason else words


# each status as the terminal and the log say it; the CSV's status column keeps the key
STATUS_WORDS = {
    CREATED: i18n.N_("created"), SKIPPED: i18n.N_("skipped"), FAILED: i18n.N_("failed"),
    UPDATED: i18n.N_("updated"), REENABLED: i18n.N_("re-enabled"),
    DISABLED: i18n.N_("disabled"), REMOVED: i18n.N_("removed"), KEPT: i18n.N_("kept"),
    LEFT: i18n.N_("left"), UNDONE: i18n.N_("undone"),
    LIST_UPDATED: i18n.N_("list updated"), LIST_KEPT: i18n.N_("list kept"),
    LIST_LEFT: i18n.N_("list left"), LIST_REMOVED: i18n.N_("list removed"),
}


def write_report(path: str | Path, report: ImportReport, *, delimiter: str = ",",
                 notes: Iterable[str] = ()) -> int:
    """Write the report CSV of an import, or of a sync with every line of its all_lines:
    each user it created, updated, re-enabled, disabled, removed (with where their mail
    stays), kept or left as it is, each mailing list it created, updated, kept, left or
    removed (lists_sync.ListLine: status "list updated" and so on, the username empty, every
    member added, removed and kept by hand in their columns, space-separated) and each note.
    `notes`: more notes (an import's listing notes). Returns the number of rows."""
    rows = (_report_row(line) for line in report_lines(report, notes))
    return write_csv(path, REPORT_COLUMNS, rows, delimiter=delimiter)


def _report_row(line: ReportLine) -> tuple:
    members = ((" ".join(line.added), " ".join(line.removed), " ".join(line.by_hand),
                line.old_address) if isinstance(line, ListLine) else ("", "", "", ""))
    return (line.status, line.reason, line.username, line.address, line.display_name, line.dn,
            line.stable_id, *members)


LIST_REPORT_COLUMNS = ("status", "address", "name", "reason", "members_added",
                      "members_removed", "kept_by_hand", "old_address", "dn", "stable_id")


def list_report_rows(lines: Iterable):
    """The mailing lists' rows of a sync's report lines: each list created,
    updated, kept, left or removed, with its reason and the members added, removed and kept
    by hand, each address once, space-separated."""
    for line in list_lines(lines):
        yield (line.status, line.address, line.display_name, line.reason,
               " ".join(line.added), " ".join(line.removed), " ".join(line.by_hand),
               line.old_address, line.dn, line.stable_id)


def write_list_report(path: str | Path, report, *, delimiter: str = ",") -> int:
    """Write the mailing lists' report CSV of a sync (list_report_rows); the number of rows.
    The report CSV (write_report) holds the same lists as lines among the users'."""
    lines = report.all_lines() if hasattr(report, "all_lines") else report.lines
    return write_csv(path, LIST_REPORT_COLUMNS, list_report_rows(lines), delimiter=delimiter)


def _unneutralise(value: str) -> str:
    # write_csv put a quote before values a spreadsheet would run; take it off again
    if value.startswith("'") and value[1:2] in ("=", "+", "-", "@", "\t", "\r", "\n", "|"):
        return value[1:]
    return value


SELECTION_FIELD_LIMIT = 256 * 1024 * 1024


@dataclass
class Selection:
    """The rows an edited preview marks selected: stable id or DN -> its line in the file."""

    ids: dict[str, int] = field(default_factory=dict)
    dns: dict[str, int] = field(default_factory=dict)

    def __iter__(self):
        return iter((self.ids, self.dns))

    def pick(self, plan: Plan) -> tuple[list[PlanEntry], list[str]]:
        """The plan's entries the rows select, and for each row that selects none, why."""
        chosen, _, notes = self.pick_all(plan)
        return chosen, notes

    def pick_all(self, plan: Plan) -> tuple[list[PlanEntry], list[ListEntry], list[str]]:
        """The entries and mailing lists the rows select, and for each row that selects
        none, why."""
        match = self.matcher()
        chosen = [entry for entry in plan.entries if match.entry(entry)]
        chosen_lists = [entry for entry in plan.lists if match.mailing_list(entry)]
        return chosen, chosen_lists, match.unmatched()

    def matcher(self) -> SelectionMatch:
        """What picks the selected entries of a plan one at a time, as a streamed one comes."""
        return SelectionMatch(self)


class SelectionMatch:
    """The rows of a selection matched against a plan's entries, shown one at a time in
    listing order (`entry`, then `mailing_list` for its mailing lists); `unmatched` then says
    why each row that selected nothing did not."""

    def __init__(self, selection: Selection):
        self.ids, self.dns = selection.ids, selection.dns
        self.found: set[str] = set()
        # a DN with "?" may be a listed DN a Windows-1252 save mangled: which one, for the note
        self._mangled = {dn for dn in self.dns if "?" in dn}
        self.lossy: dict[str, str] = {}

    def entry(self, entry: PlanEntry) -> bool:
        """Whether a row selects this entry."""
        return self._match(entry.user.stable_id, entry.user.dn)

    def mailing_list(self, entry: ListEntry) -> bool:
        """Whether a row selects this mailing list."""
        return self._match(entry.group.stable_id, entry.group.dn)

    def _match(self, stable_id: str | None, dn: str) -> bool:
        stable_id = (stable_id or "").lower()
        if stable_id in self.ids or dn in self.dns:
            self.found.add(stable_id if stable_id in self.ids else dn)
            return True
        if self._mangled:
            saved = _as_cp1252(dn)
            if saved != dn and saved in self._mangled:
                self.lossy.setdefault(saved, dn)
        return False

    def unmatched(self) -> list[str]:
        """For each row that selected nothing, why."""
        notes = [i18n._("line {line}: stable id {stable_id} matched no entry of this listing "
                        "(deleted, moved out of the base DN, or the id was edited); not imported",
                        line=line, stable_id=stable_id)
                 for stable_id, line in self.ids.items() if stable_id not in self.found]
        for dn, line in self.dns.items():
            if dn in self.found:
                continue
            if dn in self.lossy:
                notes.append(i18n._(
                    "line {line}: the DN {dn} matched no entry as written: the file was saved "
                    "in an encoding that cannot hold some of its characters (the listed entry "
                    "is {listed}); not imported. Save the file as \"CSV UTF-8\" and select it "
                    "again", line=line, dn=dn, listed=self.lossy[dn]))
            else:
                notes.append(i18n._("line {line}: the DN {dn} matched no entry of this listing "
                                    "(renamed, moved or deleted since the preview); not imported",
                                    line=line, dn=dn))
        return notes


def _as_cp1252(text: str) -> str:
    """A text as a Windows-1252 save leaves it: what that code page lacks becomes "?"."""
    return text.encode("cp1252", "replace").decode("cp1252")


def read_selection(path: str | Path) -> Selection:
    """The rows marked selected in an edited preview CSV, by stable id or else DN.

    Accepts what Excel saves: with or without the BOM, `,` or `;`, UTF-8 or Windows-1252;
    the header in keys or in the display names of any shipped language (csv_columns).
    """
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        raise BadInput(i18n._("The selection file {path} does not exist.", path=path)) from None
    except OSError as e:
        raise BadInput(i18n._("The selection file {path} could not be read.", path=path),
                       detail=str(e)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", "replace")
    first = text.split("\n", 1)[0]
    # a preview holds directory values as they are, some far over csv's default 128 kB a cell
    csv.field_size_limit(max(csv.field_size_limit(), SELECTION_FIELD_LIMIT))
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    names = next(reader, [])
    keys = column_keys(names)
    if not {"selected", "stable_id", "dn"} <= set(keys):
        unknown = [name for name, key in zip(names, keys, strict=True) if key is None]
        if unknown:
            raise BadInput(i18n._n("{path} is not an ldapwizard preview: ldapwizard does not know "
                              "the column {names}, and it needs the columns selected, stable_id "
                              "and dn.",
                              "{path} is not an ldapwizard preview: ldapwizard does not know "
                              "the columns {names}, and it needs the columns selected, "
                              "stable_id and dn.", len(unknown), path=path,
                              names=", ".join(f'"{name}"' for name in unknown)),
                           hint=i18n._("Export the preview with `ldapwizard preview --csv FILE`, "
                                  "edit the selected column, and give that file."))
        raise BadInput(i18n._("{path} is not an ldapwizard preview: it needs the columns selected, "
                         "stable_id and dn.", path=path),
                       hint=i18n._("Export the preview with `ldapwizard preview --csv FILE`, edit "
                              "the selected column, and give that file."))
    selection = Selection()
    for values in reader:
        if len(values) > len(keys):
            raise BadInput(i18n._("{path}, line {line}: the row has more values than the header "
                             "has columns.", path=path, line=reader.line_num),
                           hint=i18n._("A value there probably holds a stray {delimiter}: fix that "
                                  "row, or export the preview again and edit only the selected "
                                  "column. Nothing was imported.", delimiter=repr(delimiter)))
        row = {key: _unneutralise(value.strip())
               for key, value in zip(keys, values, strict=False) if key is not None}
        if row.get("selected", "").casefold() in TRUE_WORDS | csv_columns.yes_words():
            if row.get("stable_id"):
                selection.ids[row["stable_id"].lower()] = reader.line_num
            elif row.get("dn"):
                selection.dns[row["dn"]] = reader.line_num
    return selection
