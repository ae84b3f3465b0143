"""`ldapwizard db …` in the admin's language (issue 32): every line the db commands print is
translated (the pseudo language shows what is left in English), and reads in German."""

from __future__ import annotations

import io

import pytest

from ldapwizard.cli import run
from ldapwizard.i18n import use_language
from tests.unit.test_i18n32_db_targets import untranslated


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    use_language("en")


def db(capsys, language: str, *words: str, path) -> str:
    """What `ldapwizard --language LANGUAGE db WORDS --db PATH` printed; it must succeed."""
    assert run(["--language", language, "db", *words, "--db", str(path)]) == 0
    printed = capsys.readouterr()
    assert untranslated(printed.err) == []
    return printed.out


def test_every_line_the_db_commands_print_is_translated(tmp_path, monkeypatch, capsys):
    path = tmp_path / "users.sqlite"
    assert run(["--demo", "import", "--all", "--domain", "demo.example", "--db",
                str(path)]) == 0
    capsys.readouterr()
    monkeypatch.setattr("sys.stdin", io.StringIO("a new secret\n"))
    printed = [
        db(capsys, "pseudo", "init", path=path),
        db(capsys, "pseudo", "add-user", "amy@example.com", path=path),
        db(capsys, "pseudo", "add-alias", "info@example.com", "amy@example.com", path=path),
        db(capsys, "pseudo", "add-list", "team@example.com", "amy@example.com", path=path),
        db(capsys, "pseudo", "add-member", "team@example.com", "bob@elsewhere.org", path=path),
        db(capsys, "pseudo", "add-member", "team@example.com", "bob@elsewhere.org", path=path),
        db(capsys, "pseudo", "remove-member", "team@example.com", "bob@elsewhere.org",
           path=path),
        db(capsys, "pseudo", "remove-member", "team@example.com", "bob@elsewhere.org",
           path=path),
        db(capsys, "pseudo", "set-password", "amy@example.com", path=path),
        db(capsys, "pseudo", "set-quota", "amy@example.com", "500M", path=path),
        db(capsys, "pseudo", "set-quota", "amy@example.com", "none", path=path),
        db(capsys, "pseudo", "disable", "amy@example.com", path=path),
        db(capsys, "pseudo", "disable", "amy@example.com", path=path),
        db(capsys, "pseudo", "enable", "amy@example.com", path=path),
        db(capsys, "pseudo", "show", path=path),
    ]
    shown = "\n".join(printed)
    assert "example.com" in shown and "demo.example" in shown
    assert untranslated(shown) == []


def test_refusals_of_the_db_commands_are_translated(tmp_path, monkeypatch, capsys):
    path = tmp_path / "users.sqlite"
    db(capsys, "en", "add-user", "amy@example.com", path=path)
    db(capsys, "en", "add-list", "team@example.com", path=path)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    for words in (["init", "--reader", "mail"], ["password"], ["set-quota", "a@b.c", "lots"],
                  ["set-password", "a@b.c"], ["add-user", "amy@example.com"],
                  ["add-user", "not an address"], ["add-user", "a..b@example.com"],
                  ["add-alias", "team@example.com", "amy@example.com"],
                  ["add-member", "amy@example.com", "bob@example.com"],
                  ["add-member", "nolist@example.com", "bob@example.com"],
                  ["add-member", "team@example.com", "team@example.com"],
                  ["add-member", "team@example.com", "nobody@example.com"],
                  ["enable", "nobody@example.com"]):
        assert run(["--language", "pseudo", "db", *words, "--db", str(path)]) in (1, 2), words
        err = capsys.readouterr().err
        assert err and untranslated(err) == [], words


def test_the_db_commands_speak_german(tmp_path, capsys):
    path = tmp_path / "users.sqlite"
    assert db(capsys, "de", "init", path=path) == f"Benutzerdatenbank bereit unter {path}.\n"
    assert db(capsys, "de", "add-list", "team@example.com", "amy@example.com", "bob@example.com",
              path=path) == "Mailingliste team@example.com mit 2 Mitgliedern hinzugefügt.\n"
    shown = db(capsys, "de", "show", path=path)
    assert shown.splitlines()[1] == ("  example.com: 0 Benutzer (davon über das Verzeichnis "
                                     "angemeldet: 0), 0 Aliasse, 1 Mailingliste")
