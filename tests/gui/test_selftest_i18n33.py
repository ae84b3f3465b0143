"""`ldapwizard --self-test` speaks the chosen language: every line an admin reads after
installing comes through the catalogue, and English stays as it was."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ldapwizard.i18n.catalogues import completeness
from tests.unit.pseudo_lines import accented

SRC = Path(__file__).resolve().parents[2] / "src"
PREFIX = "self-test: "


def self_test(*args: str) -> list[str]:
    env = {**os.environ, "PYTHONPATH": str(SRC), "QT_QPA_PLATFORM": "offscreen"}
    for name in ("LDAPWIZARD_LANGUAGE", "LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        env.pop(name, None)
    env["LANG"] = "C.UTF-8"
    result = subprocess.run([sys.executable, "-m", "ldapwizard", "--self-test", *args],
                            env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines and all(line.startswith(PREFIX) for line in lines), lines
    return [line[len(PREFIX):] for line in lines]


def test_every_self_test_line_is_translated_in_pseudo():
    lines = self_test("--language", "pseudo")
    assert len(lines) == 7
    assert [line for line in lines if not accented(line)] == []


def test_the_self_test_in_english_reads_as_before():
    lines = self_test("--language", "en")
    assert lines[0].startswith("window shown ") and " s after start (at " in lines[0]
    assert lines[1] == ("window language en: ldapwizard — import users from LDAP; "
                        "Qt's Cancel button: Cancel")
    assert lines[2:6] == ["signed in to the demo directory",
                          "listed 321 entries (261 new, 7 hidden, 53 with problems)",
                          "exported the preview: 321 rows",
                          "imported 261 users into a temporary database"]
    assert lines[6].startswith("passed in ")


@pytest.mark.skipif(not completeness("de").complete, reason="German is partial, so not offered")
def test_the_self_test_in_german():
    lines = self_test("--language", "de")
    assert lines[2:6] == [
        "am Demo-Verzeichnis angemeldet",
        "321 Einträge aufgelistet (261 neu, 7 ausgeblendet, 53 mit Problemen)",
        "Vorschau exportiert: 321 Zeilen",
        "261 Benutzer in eine temporäre Datenbank importiert"]
    assert lines[-1].startswith("bestanden in ")
