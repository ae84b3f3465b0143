"""The hostile-input corpus and the checks every answer to hostile input must pass."""

from __future__ import annotations

import json
import unicodedata
from functools import cache
from pathlib import Path

from ldapwizard.core.errors import LdapWizardError, PositionedInputError

CORPUS_FILE = Path(__file__).with_name("hostile_corpus.json")


def _expand(item) -> str:
    if isinstance(item, str):
        return item
    if "nest" in item:
        return "(" * item["times"] + item["nest"] + ")" * item["times"]
    return item["before"] + item["repeat"] * item["times"] + item["after"]


@cache
def corpus() -> dict:
    """The corpus with its long entries expanded."""
    raw = json.loads(CORPUS_FILE.read_text(encoding="utf-8"))
    expanded = {}
    for key, value in raw.items():
        if key.startswith("_"):
            continue
        if isinstance(value, list):
            expanded[key] = tuple(_expand(v) for v in value)
        else:
            expanded[key] = {k: tuple(_expand(v) for v in vs) for k, vs in value.items()}
    return expanded


def ids(values) -> list[str]:
    """Short readable test ids for corpus strings."""
    return [ascii(v[:24]) + (f"…({len(v)})" if len(v) > 24 else "") for v in values]


def unsafe_characters(text: str) -> list[str]:
    """Characters that would garble or spoof a message: controls (but newline) and formats.

    A right-to-left override echoed into a message turns the rest of the line around; a
    carriage return or escape sequence rewrites the terminal; a NUL cuts C strings short.
    """
    return [f"U+{ord(c):04X}" for c in text
            if c != "\n" and unicodedata.category(c) in ("Cc", "Cf", "Cs", "Zl", "Zp")]


def assert_clear(error: LdapWizardError, text: str | None = None) -> None:
    """An error a person can read and act on, about `text` if given."""
    assert isinstance(error, LdapWizardError), error
    assert error.message.strip(), "an empty message"
    shown = error.message + "\n" + (error.hint or "")
    assert not unsafe_characters(shown), (unsafe_characters(shown), shown[:300])
    assert len(error.message) < 2000, "the message repeats a huge input instead of naming it"
    if isinstance(error, PositionedInputError) and text is not None:
        assert 0 <= error.position <= len(text), (error.position, len(text))
