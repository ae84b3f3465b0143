"""Issue 32's leftovers: English says a count's singular ("1 problem", "1 user"), and the
engine's words put inside translated sentences are translated too."""

from __future__ import annotations

import ast
import csv
import re
from pathlib import Path

import pytest

import ldapwizard
from ldapwizard.cli import run
from ldapwizard.core.maildb.lists_sync import LIST_LEFT, LIST_UPDATED, list_lines
from ldapwizard.core.maildb.reports import line_words
from ldapwizard.core.maildb.sync import run_sync
from ldapwizard.core.mailserver.clients import PLAIN, Server
from ldapwizard.core.mailserver.sources import Directory, plain_ldap_warnings
from ldapwizard.i18n import english, use_language
from tests.unit.pseudo_lines import accented, plain_english
from tests.unit.test_lists import AMY, BEN, OPTIONS, by_hand, group, imported_staff, member

SRC = Path(ldapwizard.__file__).parent


def test_every_database_action_is_marked_for_translation():
    """The action named in a PostgreSQL error ("… broke during {action}") is a catalogue
    entry, so the admin never reads an English phrase inside a translated sentence."""
    unmarked = []
    for path in sorted(SRC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "attr", None) in
                    ("transaction", "reading", "consistent_reads") and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                unmarked.append(f"{path.relative_to(SRC)}:{node.lineno} {node.args[0].value!r}")
    assert unmarked == []


def _plain_directory(users: int) -> Directory:
    return Directory(number=1, name="Branch", uri="ldap://branch.example.com", security="none",
                     ca_file=None, base_dn="dc=example,dc=com", server_type="openldap",
                     stable_id_attribute="entryUUID", users=users)


def test_the_plain_ldap_warning_says_one_user_in_the_singular():
    one, = plain_ldap_warnings((_plain_directory(1),))
    two, = plain_ldap_warnings((_plain_directory(2),))
    assert "decides every sign-in of its 1 user and reads that user's password" in one
    assert "decides every sign-in of its 2 users and reads their passwords" in two


def test_check_counts_its_problems_in_the_plural(tmp_path, capsys):
    database = tmp_path / "users.sqlite"
    assert run(["db", "init", "--db", str(database)]) == 0
    capsys.readouterr()
    assert run(["mailstack", "check", "--db", str(database), "--postfix-config", "/nonexistent",
                "--dovecot-config", "/nonexistent/dovecot.conf"]) == 1
    assert capsys.readouterr().out.splitlines()[0] == "2 problems:"


def test_db_show_counts_one_of_a_kind_in_the_singular(tmp_path, capsys):
    db = ["--db", str(tmp_path / "users.sqlite")]
    for words in (["add-user", "anna@example.com"], ["add-alias", "info@example.com",
                                                     "anna@example.com"],
                  ["add-list", "all@example.com", "anna@example.com"],
                  ["add-user", "bob@example.org"], ["add-user", "carl@example.org"],
                  ["add-alias", "info@example.org", "bob@example.org"],
                  ["add-alias", "help@example.org", "bob@example.org"],
                  ["add-list", "all@example.org", "bob@example.org", "carl@example.org"],
                  ["add-list", "staff@example.org", "bob@example.org"]):
        assert run(["db", *words, *db]) == 0
    said = capsys.readouterr().out
    assert "Added mailing list all@example.com with 1 member.\n" in said
    assert "Added mailing list all@example.org with 2 members.\n" in said
    assert run(["db", "show", *db]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "  example.com: 1 user (0 directory-authenticated), 1 alias, 1 mailing list" in lines
    assert ("  example.org: 2 users (0 directory-authenticated), 2 aliases, 2 mailing lists"
            in lines)


@pytest.fixture
def english_afterwards():
    yield
    use_language("en")


def test_welcome_settings_speak_the_admin_s_language_and_the_readme_stays_english(
        tmp_path, capsys, english_afterwards):
    db = str(tmp_path / "users.sqlite")
    out = tmp_path / "out"
    assert run(["db", "add-user", "ben@example.org", "--db", db]) == 0
    assert run(["--language", "de", "mailstack", "render", "--db", db, "--out", str(out),
                "--tls-cert", "/etc/ssl/mail/fullchain.pem", "--tls-key",
                "/etc/ssl/private/mail.key", "--mail-host", "mail.example.org"]) == 0
    readme = (out / "README.md").read_text(encoding="utf-8")
    assert "- Incoming mail (IMAP): mail.example.org, port 993, SSL/TLS\n" in readme
    capsys.readouterr()
    assert run(["--language", "de", "welcome", "preview", "--db", db, "--user",
                "ben@example.org", "--mailstack", str(out)]) == 0
    shown = capsys.readouterr().out
    assert "Posteingang (IMAP): mail.example.org, Port 993, SSL/TLS" in shown
    assert ("Postausgang (SMTP): mail.example.org, Port 587, STARTTLS, mit demselben "
            "Benutzernamen und Passwort") in shown
    use_language("pseudo")
    plain = Server("smtp", "localhost", 25, PLAIN, sign_in=False)
    assert accented(plain.security_words()) and accented(plain.described())
    assert english(plain.described()) == "localhost, port 25, no encryption"


def test_directory_list_csv_says_yes_in_the_language_of_its_header(tmp_path, english_afterwards):
    path = tmp_path / "users.csv"
    assert run(["--language", "de", "--demo", "list", "--csv", str(path)]) == 0
    rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))
    disabled = rows[0].index("Deaktiviert")
    assert {row[disabled] for row in rows[1:]} == {"", "ja"}
    assert run(["--language", "en", "--demo", "list", "--csv", str(path)]) == 0
    rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))
    assert {row[rows[0].index("disabled")] for row in rows[1:]} == {"", "yes"}


def test_a_list_s_sync_lines_and_notes_speak_the_pseudo_language(database, english_afterwards):
    imported_staff(database, group("staff", member(AMY)), group("sales", member(BEN)))
    by_hand(database, "staff@example.com", "partner@elsewhere.org")
    use_language("pseudo")
    report = run_sync(database, [AMY, BEN], OPTIONS, profile="corp",
                      groups=[group("staff", member(BEN))])
    said = [line_words(line) for line in list_lines(report.lines)] + list(report.notes)
    assert any(LIST_UPDATED in line.status for line in list_lines(report.lines))
    assert any(line.status == LIST_LEFT for line in list_lines(report.lines))
    # every part of every line is translated; only addresses are left as they are
    assert [part for text in said for part in re.split(r"[;:] ", text)
            if plain_english(part)] == []
