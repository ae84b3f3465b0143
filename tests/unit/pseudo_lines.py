"""What a line in the pseudo-language looks like, for tests that look for plain English left
in the output: each line a user reads carries pseudo accents (ldapwizard.i18n.pseudo), or is
only what no translation changes (option names, METAVARS, {choices}, paths, addresses, DNs)."""

from __future__ import annotations

import re

import pytest

from ldapwizard.i18n.catalogues import completeness
from ldapwizard.i18n.pseudo import _ACCENTED, _PADDING

ACCENTS = frozenset(chr(code) for code in _ACCENTED.values() if code > 127) | (
    frozenset(_PADDING) - {" "})
# what a line may hold without accents: --options, METAVARS, {choices}, words with / @ = . :
# (paths, addresses, URLs, DNs), punctuation, numbers
_UNTRANSLATED = re.compile(
    r"(?<![\w-])--?[A-Za-z][\w-]*(?:=\S*)?|\b[A-Z][A-Z0-9_|%]+\b|\{[^}]*\}|\S*[/@=.:\\]\S*"
    r"|[\[\]()<>,;'\"`…|]|\d+")


# a language falling behind the code is not offered rather than failing CI: the German tests
# then say so and skip (python tools/i18n_check.py de -v names what it lacks)
german = pytest.mark.skipif(not completeness("de").complete,
                            reason="German is partial, so not offered: "
                                   "python tools/i18n_check.py de -v")


def accented(line: str) -> bool:
    return any(char in ACCENTS for char in line)


def plain_english(text: str, names: set[str] = frozenset()) -> list[str]:
    """The lines of `text` with words but no pseudo accent; `names` are words that are data
    here (command names, positional arguments)."""
    left = []
    for line in text.splitlines():
        if accented(line):
            continue
        rest = _UNTRANSLATED.sub(" ", line)
        if any(re.fullmatch(r"[A-Za-z][\w-]*", word) and word not in names
               for word in rest.split()):
            left.append(line)
    return left
