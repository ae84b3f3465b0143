"""The commands against a real OpenLDAP in the pseudo-language (issue 32): every line a user
reads is translated, only the directory's data (users' rows, addresses, DNs) is left as it
is; and a German run of the same."""

from __future__ import annotations

import pytest

from ldapwizard.cli import run
from ldapwizard.cli.argparse_words import speak_argparse
from ldapwizard.i18n import use_language
from ldapwizard.i18n.catalogues import completeness
from tests.servers.seed import MAIL_DOMAIN, READER_PASSWORD
from tests.servers.slapd_access import connection_args
from tests.unit.pseudo_lines import accented

pytestmark = pytest.mark.slapd


@pytest.fixture(autouse=True)
def english_afterwards(monkeypatch):
    monkeypatch.setenv("LDAPWIZARD_PASSWORD", READER_PASSWORD)
    yield
    use_language("en")
    speak_argparse()


def _prose(text: str) -> list[str]:
    """The lines that are sentences, not a table's rows of data."""
    return [line for line in text.splitlines() if line.strip() and "\t" not in line]


def _english_left(capsys) -> tuple[list[str], list[str]]:
    captured = capsys.readouterr()
    lines = _prose(captured.out) + _prose(captured.err)
    return lines, [line for line in lines if not accented(line)]


def test_list_preview_import_and_undo_speak_pseudo(slapd_server, slapd_seed, tmp_path, capsys):
    server = connection_args(slapd_server)
    db = str(tmp_path / "users.sqlite")
    for words in (["list", *server, "--show-left-out", "--exclude", "uid glob z*"],
                  ["list", *server, "--csv", str(tmp_path / "users.csv")],
                  ["test", *server],
                  ["preview", *server, "--domain", MAIL_DOMAIN, "--db", db],
                  ["preview", *server, "--domain", MAIL_DOMAIN, "--db", db, "--csv",
                   str(tmp_path / "preview.csv")],
                  ["import", *server, "--domain", MAIL_DOMAIN, "--db", db, "--all",
                   "--dry-run"],
                  ["import", *server, "--domain", MAIL_DOMAIN, "--db", db, "--all"],
                  ["import", *server, "--domain", MAIL_DOMAIN, "--db", db, "--all"],
                  ["undo", "1", "--db", db]):
        assert run(["--language", "pseudo", *words]) == 0, words
        lines, left = _english_left(capsys)
        assert lines, words
        assert left == [], (words, left)


def test_sync_speaks_pseudo(slapd_server, slapd_seed, tmp_path, capsys):
    server = connection_args(slapd_server)
    db = str(tmp_path / "users.sqlite")
    assert run(["profile", "save", "lab", *server, "--domain", MAIL_DOMAIN, "--db", db]) == 0
    capsys.readouterr()
    for words in (["sync", "--profile", "lab", "--dry-run"], ["sync", "--profile", "lab"],
                  ["sync", "--profile", "lab"]):
        assert run(["--language", "pseudo", *words]) == 0, words
        lines, left = _english_left(capsys)
        assert lines, words
        assert left == [], (words, left)


@pytest.mark.skipif(not completeness("de").complete, reason="German is partial, not offered")
def test_list_and_import_in_german(slapd_server, slapd_seed, tmp_path, capsys):
    server = connection_args(slapd_server)
    db = str(tmp_path / "users.sqlite")
    assert run(["--language", "de", "list", *server, "-q"]) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith(
        f"{slapd_seed.total_users} Einträge unterhalb von dc=example,dc=com in ")
    assert run(["--language", "de", "import", *server, "--domain", MAIL_DOMAIN, "--db", db,
                "--all"]) == 0
    out = capsys.readouterr().out
    assert "Vorgang 1: " in out and " übersprungen, " in out and " fehlgeschlagen." in out
    assert run(["--language", "de", "undo", "1", "--db", db]) == 0
    assert capsys.readouterr().out.startswith("Vorgang 1 rückgängig gemacht: ")

