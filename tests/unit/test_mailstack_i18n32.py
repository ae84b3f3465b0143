"""Issue 32: `mailstack render` and `mailstack check` speak the admin's language — their
refusals, the lines render prints, the check's problems — while the files written for the
daemons (the configuration, the server's README) stay English.

The commands run for real on a real database file; the check asks this machine's postconf and
doveconf about configurations that are not there (the running servers: tests/mail)."""

from __future__ import annotations

import re

import pytest

from ldapwizard.cli import run
from ldapwizard.i18n import use_language
from ldapwizard.i18n.pseudo import pseudo
from tests.unit.pseudo_lines import german

# what the pseudo-language writes letters as: a line holding none of them is plain English
ACCENTED = set(pseudo("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")) - set("[] ")
# a line render prints that is data: a file it wrote, and where it is installed
FILE_LINE = re.compile(r"  [\w./-]+(  -> [\w./-]+)?")
TLS = ("--tls-cert", "/etc/ssl/certs/mail.pem", "--tls-key", "/etc/ssl/private/mail.key")


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    use_language("en")


@pytest.fixture
def database(tmp_path):
    """An empty user database (no domains yet: render notes it)."""
    path = tmp_path / "db" / "users.sqlite"
    assert run(["db", "init", "--db", str(path)]) == 0
    return path


def wrapper(text: str) -> str:
    """The pseudo-language's words before the placeholder of `text`."""
    return pseudo(text).partition("{")[0]


def english_lines(text: str) -> list[str]:
    """The lines of `text` a pseudo-language run left in plain English."""
    return [line for line in text.splitlines()
            if line.strip() and not ACCENTED & set(line) and not FILE_LINE.fullmatch(line)]


def test_render_speaks_the_pseudo_language_and_writes_english_files(database, tmp_path,
                                                                    capsys):
    out = tmp_path / "out"
    assert run(["--language", "pseudo", "mailstack", "render", "--db", str(database),
                "--out", str(out), *TLS]) == 0
    printed = capsys.readouterr().out
    assert english_lines(printed) == []
    assert "ɱàîĺ šéŕṽéŕ àççéþţš ñö ɱàîĺ" in printed  # the note on the missing domains
    # what render wrote for the daemons and for the mail server's admin stays English
    written = "".join(p.read_text(encoding="utf-8") for p in out.rglob("*") if p.is_file())
    assert not ACCENTED & set(written)
    assert "- The database has no domains yet: the mail server accepts no mail" in written


@pytest.mark.parametrize("options", [
    (),  # a mail server without its certificate
    ("--instance", "--smtp-port", "2525"),
    ("--smtp-port", "2525", *TLS),
    ("--self-signed", "mail.example.com", *TLS),
    ("--self-signed", "not a host"),
    ("--tls-cert", "certs/mail.pem", "--tls-key", "/etc/ssl/private/mail.key"),
    ("--tls-cert", "/etc/ssl/mail.pem", "--tls-key", "/etc/ssl/mail.pem"),
    ("--db-reader", "mailreader", *TLS),
    ("--instance", "--smtp-port", "2525", "--imap-port", "2525"),
])
def test_render_s_refusals_speak_the_pseudo_language(database, tmp_path, capsys, options):
    status = run(["--language", "pseudo", "mailstack", "render", "--db", str(database),
                  "--out", str(tmp_path / "out"), *options])
    printed = capsys.readouterr()
    assert status == 2, printed
    assert printed.err.strip() and english_lines(printed.err + printed.out) == []
    # "error: …" and "What to do: …" are translated around the message: the message and the
    # hint themselves are too (a pseudo text opens with "[")
    for line in printed.err.splitlines():
        assert line.startswith((wrapper("error: {message}") + "[",
                                wrapper("What to do: {hint}") + "[")), line


def test_check_s_problems_speak_the_pseudo_language(database, capsys):
    status = run(["--language", "pseudo", "mailstack", "check", "--db", str(database),
                  "--postfix-config", "/nonexistent", "--dovecot-config",
                  "/nonexistent/dovecot.conf"])
    printed = capsys.readouterr().out
    assert status == 1
    assert english_lines(printed) == []
    assert printed.startswith("[2 þŕöƀĺéɱš:")


@german
def test_render_and_check_in_german(database, tmp_path, capsys):
    assert run(["--language", "de", "mailstack", "render", "--db", str(database), "--out",
                str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert "Fehler: Ein Mailserver bedient IMAP und Submission nur über TLS, mit seinem " \
           "eigenen Zertifikat." in err
    assert "Geben Sie --tls-cert FILE und --tls-key FILE als Pfade auf dem Mailserver an" in err
    assert run(["--language", "de", "mailstack", "check", "--db", str(database),
                "--postfix-config", "/nonexistent", "--dovecot-config",
                "/nonexistent/dovecot.conf"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "2 Probleme:"
    assert lines[1].startswith("  - postconf ist fehlgeschlagen: postconf: fatal: open ")
    assert lines[2].startswith("  - Die Konfiguration von Dovecot konnte nicht gelesen werden: ")

