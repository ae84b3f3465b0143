"""How a job's argv is written for cron and for Task Scheduler, so that it runs as saved.

cron (crontab(5)) ends the command at the first `%` not escaped as `\\%` (the rest becomes
standard input) and then gives the command to /bin/sh. Task Scheduler expands `%NAME%` in an
Exec action's Arguments with the environment (ExpandEnvironmentStrings: a defined name is
replaced, an undefined one left as it is, and there is no escape), then the program splits
the command line by the Microsoft C runtime's rules.
"""

from __future__ import annotations

import re
import shlex
import unicodedata

from ldapwizard import i18n
from ldapwizard.core.errors import BadInput


def refuse_control_characters(argv: list[str]) -> None:
    """BadInput when an argument holds a control character or a line or paragraph separator
    (a line break ends a crontab line, a tool reading it as text may break at U+2028 too, and
    none of them belongs in a profile name, a path or a limit)."""
    for arg in argv:
        odd = next((c for c in arg if unicodedata.category(c) in ("Cc", "Zl", "Zp")), None)
        if odd is not None:
            shown = "".join(f"<U+{ord(c):04X}>" if c == odd else c for c in arg)
            raise BadInput(i18n._('"{text}" holds {character}, a control or line-separator '
                                  "character; a scheduled command cannot carry it.",
                                  text=shown, character=f"U+{ord(odd):04X}"),
                           hint=i18n._("Rename the profile or the file without control "
                                       "characters."))


def _cron_word(arg: str) -> str:
    # every % outside sh's quotes, escaped for cron: cron turns `\%` into `%` and sh then reads
    # a bare `%` as itself. The character before each `\%` is a quote or a character
    # shlex.quote leaves bare (never a backslash, which would make cron read `\\` `%`).
    return "\\%".join(shlex.quote(piece) for piece in arg.split("%"))


def cron_command(argv: list[str]) -> str:
    """The command field of a crontab line that runs exactly `argv`."""
    refuse_control_characters(argv)
    return " ".join(_cron_word(arg) for arg in argv)


def _always_quoted(text: str) -> str:
    """`text` in double quotes by the C runtime's rules (backslashes doubled before a quote)."""
    quoted = re.sub(r'(\\*)"', lambda m: m.group(1) * 2 + '\\"', text)
    return '"' + re.sub(r"(\\+)$", lambda m: m.group(1) * 2, quoted) + '"'


def _windows_word(arg: str) -> str:
    if "%" not in arg:
        if arg and not any(c in arg for c in ' \t"'):
            return arg
        return _always_quoted(arg)
    # every % stands between two double quotes, outside them: whatever lies between two %
    # then starts and ends with a quote, a name no environment variable has, so
    # ExpandEnvironmentStrings leaves it; the C runtime drops the quotes and keeps the %
    return "%".join(_always_quoted(piece) for piece in arg.split("%"))


def windows_arguments(argv: list[str]) -> str:
    """Task Scheduler's Arguments for `argv` (no program): split back into exactly `argv`,
    with every % literal."""
    refuse_control_characters(argv)
    return " ".join(_windows_word(arg) for arg in argv)


def windows_program(path: str) -> str:
    """Task Scheduler's Command: the program's path, which cannot be quoted against %."""
    if "%" in path:
        raise BadInput(i18n._("The program {path} has a % in its path, which Task Scheduler "
                              "would read as an environment variable.", path=path),
                       hint=i18n._("Install ldapwizard in a folder without % in its name."))
    return path
