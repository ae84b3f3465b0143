"""CSV that Excel and LibreOffice open safely: UTF-8 with BOM, no cell runs as a formula."""

from __future__ import annotations

import csv
import os
import re
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from ldapwizard.core.errors import LdapWizardError

# A leading one of these makes a spreadsheet treat the cell as a formula (or DDE).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "|")
# A cell that starts so, in a row's cells each put after a NUL (a literal first, so the regex
# scans fast); a cell holding a NUL can match wrongly, which only sends its row the exact way,
# cell by cell.
_RISKY_ROW = re.compile("\0[=+@\t\r\n|-]")


def neutralise(value: object) -> str:
    """Text that a spreadsheet shows as text, never evaluates."""
    text = "" if value is None else str(value)
    if text.startswith(_FORMULA_START):
        return "'" + text
    return text


def write_csv(path: str | Path, header: Sequence[str], rows: Iterable[Sequence[object]], *,
              delimiter: str = ",") -> int:
    """Write rows atomically; return how many were written. A file that cannot be written
    (no such folder, no permission, a full disk) is an LdapWizardError saying so."""
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(prefix=".ldapwizard-", suffix=".csv",
                                        dir=target.parent)
    except OSError as e:
        raise _unwritable(target, e) from None
    count = 0
    try:
        # the BOM by hand: Python's utf-8-sig encoder would encode each row on its own
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write("\ufeff")
            writer = csv.writer(out, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL)
            writer.writerow([neutralise(h) for h in header])
            write, risky = writer.writerow, _RISKY_ROW.search
            for row in rows:
                try:  # one test a row, not one a cell: most rows have nothing to neutralise
                    safe = risky("\0" + "\0".join(row)) is None
                except TypeError:  # not every cell is text
                    safe = False
                write(row if safe else [neutralise(v) for v in row])
                count += 1
        os.replace(temp, target)
    except BaseException as e:
        Path(temp).unlink(missing_ok=True)
        if isinstance(e, OSError):
            raise _unwritable(target, e) from None
        raise
    return count


def _unwritable(target: Path, error: OSError) -> LdapWizardError:
    return LdapWizardError(f"The file {target} could not be written; nothing was saved.",
                           detail=str(error), hint="Choose a folder that exists and that you "
                           "may write to, on a disk with room.")
