"""Text for a terminal: control and format characters shown escaped, never sent raw.

Directory values and database rows are written by others. Sent raw, an ESC sequence moves the
cursor, rewrites earlier lines or sets the window title; a C1 control (U+009B is a CSI by
itself on some terminals) does the same; U+202E and the other bidi controls turn the rest of
a line around; a line break in a value forges a line of output. Each such character is shown
as Python would escape it (\\x1b, \\u202e), so a reader sees it is there.
CSV files are not terminal output: they keep the data as it is.
"""

from __future__ import annotations

import logging
import unicodedata

# control, format (bidi, zero-width, soft hyphen), line and paragraph separators, surrogates
_HIDDEN = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs"})


def _escaped(char: str) -> str:
    code = ord(char)
    if code < 0x100:
        return f"\\x{code:02x}"
    if code < 0x10000:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def shown(value: object, keep: str = "") -> str:
    """`value` as text for a terminal: every control or format character escaped, except the
    ones in `keep` (a table's own tabs and line breaks)."""
    text = str(value)
    probe = text
    for char in keep:
        probe = probe.replace(char, "")
    if probe.isprintable():  # the common case, at C speed: nothing to escape
        return text
    return "".join(_escaped(c) if c not in keep and unicodedata.category(c) in _HIDDEN else c
                   for c in text)


def shown_lines(text: str) -> str:
    """Output ldapwizard composed (lines, tab-separated columns): only its values' controls
    are escaped, so values must go through `shown` first to keep their own tabs and breaks."""
    return shown(text, keep="\n\t")


class TerminalFormatter(logging.Formatter):
    """A log formatter whose lines show a logged value's controls escaped."""

    def format(self, record: logging.LogRecord) -> str:
        return shown_lines(super().format(record))
