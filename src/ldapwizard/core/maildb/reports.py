"""Preview and report tables as Excel-safe CSV, and reading an edited preview back."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from ldapwizard.core.errors import BadInput
from ldapwizard.core.maildb.csvfile import write_csv
from ldapwizard.core.maildb.importer import ImportReport
from ldapwizard.core.maildb.planner import HIDDEN, NEW, Plan

PREVIEW_COLUMNS = ("selected", "status", "reason", "username", "address", "aliases",
                   "display_name", "email", "disabled", "dn", "stable_id", "notes")
REPORT_COLUMNS = ("status", "reason", "username", "address", "display_name", "dn",
                  "stable_id")
TRUE_WORDS = {"yes", "y", "1", "true", "x", "ja", "oui", "si", "sí"}


def preview_rows(plan: Plan, show_hidden: bool = True, selected: set[str] | None = None):
    """Rows of the preview table; hidden entries only when asked.

    `selected` (stable ids) marks what the admin ticked; without it every new entry is.
    """
    for entry in plan.entries:
        if entry.status == HIDDEN and not show_hidden:
            continue
        user = entry.user
        ticked = entry.status == NEW and (selected is None or user.stable_id in selected)
        yield (
            "yes" if ticked else "no", entry.status, entry.reason,
            entry.username or "", entry.address(plan.domain) or "",
            " ".join(f"{a}@{plan.domain}" for a in entry.aliases), user.display_name,
            user.email or "", "yes" if user.disabled else "", user.dn, user.stable_id or "",
            "; ".join(entry.notes),
        )


def write_preview(path: str | Path, plan: Plan, *, show_hidden: bool = True,
                  delimiter: str = ",", selected: set[str] | None = None) -> int:
    """Write the preview CSV; returns the number of rows."""
    return write_csv(path, PREVIEW_COLUMNS, preview_rows(plan, show_hidden, selected),
                     delimiter=delimiter)


def write_report(path: str | Path, report: ImportReport, *, delimiter: str = ",") -> int:
    """Write the import report CSV."""
    rows = ((line.status, line.reason, line.username, line.address, line.display_name, line.dn,
             line.stable_id) for line in report.lines)
    return write_csv(path, REPORT_COLUMNS, rows, delimiter=delimiter)


def _unneutralise(value: str) -> str:
    # write_csv put a quote before values a spreadsheet would run; take it off again
    if value.startswith("'") and value[1:2] in ("=", "+", "-", "@", "\t", "\r", "\n", "|"):
        return value[1:]
    return value


SELECTION_FIELD_LIMIT = 256 * 1024 * 1024


def read_selection(path: str | Path) -> tuple[set[str], set[str]]:
    """(stable ids, DNs) of the rows marked selected in an edited preview CSV.

    Accepts what Excel saves: with or without the BOM, `,` or `;`, UTF-8 or Windows-1252.
    """
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        raise BadInput(f"The selection file {path} does not exist.") from None
    except OSError as e:
        raise BadInput(f"The selection file {path} could not be read.", detail=str(e)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", "replace")
    first = text.split("\n", 1)[0]
    # a preview holds directory values as they are, some far over csv's default 128 kB a cell
    csv.field_size_limit(max(csv.field_size_limit(), SELECTION_FIELD_LIMIT))
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    fields = {name.strip().lower() for name in reader.fieldnames or []}
    if not {"selected", "stable_id", "dn"} <= fields:
        raise BadInput(f"{path} is not an ldapwizard preview: it needs the columns selected, "
                       "stable_id and dn.", hint="Export the preview with `ldapwizard preview "
                       "--csv FILE`, edit the selected column, and give that file.")
    ids: set[str] = set()
    dns: set[str] = set()
    for row in reader:
        row = {(k or "").strip().lower(): _unneutralise((v or "").strip())
               for k, v in row.items()}
        if row.get("selected", "").lower() in TRUE_WORDS:
            if row.get("stable_id"):
                ids.add(row["stable_id"].lower())
            elif row.get("dn"):
                dns.add(row["dn"])
    return ids, dns
