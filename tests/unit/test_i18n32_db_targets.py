"""The database target's refusals in the admin's language (issue 32): every line a mistyped
or unusable --db value makes the command line print is translated, and reads in German."""

from __future__ import annotations

import pytest

from ldapwizard.cli import run
from ldapwizard.core.errors import BadInput
from ldapwizard.core.maildb.location import locate
from ldapwizard.i18n import use_language
from ldapwizard.i18n.pseudo import pseudo
from tests.unit.test_db_location import MISTYPED

ACCENTED = set("àƀçđéƒĝĥîĵķĺɱñöþʠŕšţûṽŵẋýžÀßÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ")
REFUSED = [value for value, _ in MISTYPED] + [
    "mysql://mail@db/users",
    "postgresql://mail@db/m?options=-csearch_path%3Devil",
    "host=db dbname=m options='--statement_timeout'",
]


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    use_language("en")


# the command line's own frames around a message, translated on their own
FRAMES = [pseudo(frame).split(hole) for frame, hole in [
    ("error: {message}", "{message}"), ("What to do: {hint}", "{hint}"),
    ("Details: {detail}", "{detail}")]]


def untranslated(text: str) -> list[str]:
    """The lines of `text` whose words, inside the command line's frames, have no
    pseudo-accented character: left in English."""
    left = []
    for line in text.splitlines():
        for before, after in FRAMES:
            if line.startswith(before) and line.endswith(after):
                line = line[len(before):len(line) - len(after)]
        if line.strip() and not ACCENTED & set(line):
            left.append(line)
    return left


@pytest.mark.parametrize("value", REFUSED)
def test_every_line_of_a_target_refusal_is_translated(value, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert run(["--language", "pseudo", "db", "init", "--db", value]) == 2
    err = capsys.readouterr().err
    assert err and untranslated(err) == []


def test_target_refusals_read_in_german():
    use_language("de")
    with pytest.raises(BadInput) as caught:
        locate("postgresql:/admin@host:5432/mail")
    assert caught.value.message == (
        "„postgresql:/admin@host:5432/mail“ ist weder ein Dateiname noch eine Datenbankadresse, "
        "die ldapwizard verwenden kann: eine PostgreSQL-URL beginnt mit postgresql://.")
    assert caught.value.hint == "Meinten Sie postgresql://admin@host:5432/mail?"
    with pytest.raises(BadInput, match='aber "hostname" ist keine Verbindungseinstellung'):
        locate("hostname=db.example.net dbname=mail")
    with pytest.raises(BadInput, match="wird abgelehnt"):
        locate("postgresql://mail@db/m?options=-c%20role%3Dpostgres")
    assert caught.value.message.english.startswith('"postgresql:/admin@host:5432/mail" is '
                                                   "neither a file name")
