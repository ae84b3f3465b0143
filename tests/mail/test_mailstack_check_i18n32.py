"""Issue 32: `mailstack check` against the running Postfix and Dovecot speaks the admin's
language — what it asked, every problem it found, its verdict — in the pseudo-language and in
German. Local users of the session's instance; one of them disabled."""

from __future__ import annotations

import sqlite3

import pytest

from ldapwizard.core.maildb.database import UserDatabase
from ldapwizard.i18n import use_language
from ldapwizard.i18n.pseudo import pseudo
from tests.unit.pseudo_lines import german

pytestmark = [pytest.mark.mailstack]

ACCENTED = set(pseudo("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")) - set("[] ")


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    use_language("en")


@pytest.fixture(scope="module")
def lab(lab_factory, mail_stack):
    """A database of local users, `gone` disabled, served by the session's instance."""
    lab = lab_factory("check-i18n32")
    db = str(lab.db)
    assert lab.run("db", "init", "--db", db, "--group", "postfix")[0] == 0
    for address in ("anna@example.com", "bert@example.com", "gone@example.com"):
        status, output = lab.run("db", "add-user", address, "--db", db)
        assert status == 0, output
    status, output = lab.run("db", "add-alias", "team@example.com", "anna@example.com",
                             "bert@example.com", "--db", db)
    assert status == 0, output
    assert lab.run("db", "disable", "gone@example.com", "--db", db)[0] == 0
    with lab.entered():
        mail_stack.serve(lab.db, probe="anna@example.com")
    return lab


@pytest.fixture
def unserved(lab, tmp_path):
    """The database after an addition the servers do not know yet."""
    newer = tmp_path / "newer.sqlite"
    with UserDatabase.open(lab.db) as served, sqlite3.connect(newer) as copy:
        served.connection.backup(copy)
    copy.close()
    status, output = lab.run("db", "add-user", "carl@example.com", "--db", str(newer))
    assert status == 0, output
    return newer


def check(lab, mail_stack, db, language: str) -> tuple[int, list[str]]:
    status, output = lab.run("--language", language, "mailstack", "check", "--db", str(db),
                             "--sample", "100", "--postfix-config", str(mail_stack.postfix_dir),
                             "--dovecot-config", str(mail_stack.dovecot_conf))
    return status, output.splitlines()


def test_a_matching_check_speaks_the_pseudo_language(lab, mail_stack):
    status, lines = check(lab, mail_stack, lab.db, "pseudo")
    assert status == 0, lines
    assert len(lines) == 3 and all(ACCENTED & set(line) for line in lines), lines
    assert f"127.0.0.1:{mail_stack.smtp_port}" in lines[0]


def test_the_problems_of_a_check_speak_the_pseudo_language(lab, mail_stack, unserved):
    status, lines = check(lab, mail_stack, unserved, "pseudo")
    assert status == 1
    problems = [line for line in lines if line.startswith("  - ")]
    assert len(problems) >= 2 and lines[lines.index(problems[0]) - 1].startswith("[")
    assert all(ACCENTED & set(line) for line in lines), lines
    # each problem is a sentence of its own in the pseudo-language, with the address kept
    assert all(line.startswith("  - [") for line in problems), problems
    assert any("carl@example.com" in line for line in problems)


def test_a_stopped_postfix_is_named_in_the_pseudo_language(lab, mail_stack):
    with mail_stack.postfix_stopped():
        status, lines = check(lab, mail_stack, lab.db, "pseudo")
    assert status == 1
    assert all(ACCENTED & set(line) for line in lines), lines
    words = pseudo("Postfix is not running: nothing answers at {where} (its smtpd in "
                   "master.cf). Start it: `postfix start`.").partition("{")[0]
    assert f"  - {words}127.0.0.1:{mail_stack.smtp_port}" in "\n".join(lines), lines


@german
def test_a_check_in_german(lab, mail_stack, unserved):
    status, lines = check(lab, mail_stack, lab.db, "de")
    assert status == 0, lines
    assert lines[1] == ("Dovecot – abgefragt: 2 Anmeldenamen, 1 deaktivierter Benutzer, "
                        "0 Anmeldungen.")
    assert lines[2].startswith("Alle ") and lines[2].endswith(
        " Prüfungen stimmen mit der Datenbank überein.")
    status, lines = check(lab, mail_stack, unserved, "de")
    assert status == 1
    assert "  - Dovecot kennt den Anmeldenamen carl (carl@example.com) nicht." \
        in lines
