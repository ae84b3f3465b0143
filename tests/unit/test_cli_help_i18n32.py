"""The command line in the admin's language (issue 32): every command's --help, argparse's own
words (usage, options, errors) and a command's lines, chosen by --language,
LDAPWIZARD_LANGUAGE or the locale before any help text is built."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import pytest

from ldapwizard import cli
from ldapwizard.cli.argparse_words import speak_argparse
from ldapwizard.i18n import use_language
from ldapwizard.i18n.pseudo import pseudo
from tests.unit.pseudo_lines import accented, german, plain_english

SRC = Path(cli.__file__).resolve().parents[2]  # the ldapwizard these tests import



@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    use_language("en")
    speak_argparse()


def _commands(parser: argparse.ArgumentParser, path: tuple = ()):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                yield (*path, name), child
                yield from _commands(child, (*path, name))


COMMANDS = [path for path, _ in _commands(cli.build_parser())]
# words that are names here, not English: the commands, the positional arguments and the
# one-letter METAVARS (`--smtp-port P`; longer ones pass as METAVARS in plain_english)
NAMES = {word for path in COMMANDS for word in path} | {
    action.dest for _, parser in _commands(cli.build_parser()) for action in parser._actions
    if not action.option_strings} | {
    action.metavar for _, parser in _commands(cli.build_parser()) for action in parser._actions
    if isinstance(action.metavar, str) and len(action.metavar) == 1
    and action.metavar.isupper()}


@pytest.fixture(autouse=True)
def unwrapped(monkeypatch):
    monkeypatch.setenv("COLUMNS", "1000")  # a help line is one line, a path never cut


def _help(capsys, *words: str) -> str:
    with pytest.raises(SystemExit) as done:
        cli.parse_args([*words, "--help"])
    assert done.value.code == 0
    return capsys.readouterr().out


def test_ldapwizard_help_is_in_the_pseudo_language(capsys):
    text = _help(capsys, "--language", "pseudo")
    left = plain_english(text, NAMES)
    assert left == [], "\n".join(left)
    assert accented(text.splitlines()[0])  # "usage:"


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_s_help_is_in_the_pseudo_language(command, capsys):
    text = _help(capsys, "--language", "pseudo", *command)
    left = plain_english(text, NAMES)
    assert left == [], "\n".join(left)


def _texts(parser: argparse.ArgumentParser, path: tuple = ()):
    """(command, where, text) of every text a parser shows in --help: its description and
    epilog, its groups' titles, each sub-command's line and each option's help."""
    yield path, "description", parser.description
    yield path, "epilog", parser.epilog
    for group in parser._action_groups[2:]:  # beyond positionals and options: ours
        yield path, "group", group.title
        yield path, "group", group.description
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for listed in action._choices_actions:
                yield (*path, listed.dest), "help", listed.help
            for name, child in action.choices.items():
                yield from _texts(child, (*path, name))
        elif action.help != argparse.SUPPRESS and "-h" not in action.option_strings:
            yield path, action.option_strings or action.dest, action.help  # -h: argparse's


def test_every_help_text_goes_through_the_catalogue():
    """Each text whole, not only each line: a help text half of which the line wrapping put
    on a line of its own is found too."""
    use_language("pseudo")
    left = [f"{' '.join(path)} {where}: {text}"
            for path, where, text in _texts(cli.build_parser()) if text and not accented(text)]
    assert left == [], "\n".join(left)


@german
def test_db_and_mailstack_help_in_german(capsys):
    text = " ".join(_help(capsys, "--language", "de", "db").split())
    assert "init die Benutzerdatenbank anlegen (oder aktualisieren)" in text
    assert ("add-member einer Mailingliste von Hand ein Mitglied hinzufügen (jeder "
            "Abgleich behält es)") in text
    text = " ".join(_help(capsys, "--language", "de", "db", "set-quota").split())
    assert ("z. B. 500M, 2G, 3000 (Bytes; K, M, G, T sind Potenzen von 1024), oder none für "
            "keine Grenze") in text
    text = " ".join(_help(capsys, "--language", "de", "mailstack", "render").split())
    assert "eine eigenständige Instanz auf 127.0.0.1:" in text
    assert ("--mail-user USER der Benutzer, dem die Maildirs gehören (Standard vmail; eine "
            "Instanz weicht auf nobody aus)") in text
    assert ("z. B. postgresql://HOST:PORT/DBNAME?sslmode=verify-full&sslrootcert="
            "CA-FILE-ON-THE-MAIL-SERVER (Standard: die von --db)") in text
    text = " ".join(_help(capsys, "--language", "de", "mailstack", "check").split())
    assert "wie viele Benutzer, Aliase und Listen jeder Art (Standard 20)" in text
    assert "der Konfigurationsordner von Postfix (Standard /etc/postfix)" in text


@german
def test_the_default_removal_limit_in_help_is_in_german(capsys):
    """The default limit is words of its own inside the option's help: translated too."""
    limit = "10 % der importierten Benutzer, mindestens 1 und höchstens 500"
    assert f"(Standard: {limit})" in " ".join(_help(capsys, "--language", "de",
                                                      "sync").split())
    assert f"(leer: {limit})" in " ".join(_help(capsys, "--language", "de", "profile",
                                                  "save").split())


def test_argparse_s_own_errors_are_in_the_pseudo_language(capsys):
    for words in (["list", "--bogus"], ["list", "--scope", "everything"], ["undo"],
                  ["import", "--all", "--select", "x.csv"], ["list", "--port", "x"],
                  ["nosuchcommand"]):
        with pytest.raises(SystemExit) as done:
            cli.parse_args(["--language", "pseudo", *words])
        assert done.value.code == 2
        err = capsys.readouterr().err
        left = plain_english(err, NAMES | {"nosuchcommand", "everything", "int"})
        assert left == [], "\n".join(left)
        assert "error" not in err and "usage" not in err


@german
def test_german_help_and_errors_then_english_again(capsys):
    text = _help(capsys, "--language", "de", "list")
    assert text.startswith("Aufruf: ldapwizard list [-h]")
    assert "\nOptionen:\n" in text
    assert "diese Hilfe anzeigen und beenden" in text
    assert "Verbindung (überschreibt das gespeicherte Profil):" in text
    assert "jeden Benutzer auflisten" not in text  # the command's own line is in `ldapwizard`'s
    assert "das Passwort aus der ersten Zeile von FILE lesen" in " ".join(text.split())
    with pytest.raises(SystemExit):
        cli.parse_args(["--language", "de", "undo"])
    assert capsys.readouterr().err.splitlines()[-1] == (
        "ldapwizard undo: Fehler: die folgenden Argumente sind erforderlich: batch")
    # English again: argparse's own words, as before any language was chosen
    text = _help(capsys, "--language", "en", "undo")
    assert text.startswith("usage: ldapwizard undo")
    assert "\noptions:\n" in text and "show this help message and exit" in text


def _run(*words: str, tmp_path: Path, **env) -> subprocess.CompletedProcess:
    environment = {"PATH": "/usr/bin:/bin", "LDAPWIZARD_CONFIG_DIR": str(tmp_path),
                   "LDAPWIZARD_DATA_DIR": str(tmp_path), "PYTHONPATH": str(SRC),
                   **env}
    return subprocess.run([sys.executable, "-m", "ldapwizard", *words], capture_output=True,
                          text=True, env=environment, timeout=120)


def test_demo_list_speaks_pseudo_on_every_line_but_the_users(tmp_path):
    done = _run("--language", "pseudo", "--demo", "list", "--ou",
                "OU=Engineering,OU=Company,DC=demo,DC=example", tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    prose = [line for line in lines if "\t" not in line]  # the users' rows are data
    assert len(prose) == 2 and len(lines) > 10
    assert all(accented(line) for line in prose), prose


@german
def test_ldapwizard_language_and_the_locale_choose_the_command_line_s_language(tmp_path):
    german = _run("--demo", "list", "-q", tmp_path=tmp_path, LDAPWIZARD_LANGUAGE="de",
                  LANG="C")
    assert german.stdout.splitlines()[-1].startswith("321 Einträge unterhalb von")
    by_locale = _run("--help", tmp_path=tmp_path, LANG="de_DE.UTF-8")
    assert by_locale.stdout.startswith("Aufruf: ldapwizard")
    english = _run("--demo", "list", "-q", tmp_path=tmp_path, LANG="C")
    assert english.stdout.splitlines()[-1] == (
        "321 entries listed below DC=demo,DC=example in 1 page; the listing is complete.")
    given = _run("--language", "en", "--demo", "list", "-q", tmp_path=tmp_path,
                 LDAPWIZARD_LANGUAGE="de")
    assert given.stdout == english.stdout


def test_a_language_is_matched_by_region_then_language(capsys):
    assert _help(capsys, "--language", "de_AT").startswith("Aufruf: ldapwizard")
    assert _help(capsys, "--language", "pt-BR").startswith("uso: ldapwizard")
    assert _help(capsys, "--language", "xx").startswith("usage: ldapwizard")



@pytest.fixture
def old_layout(tmp_path, capsys):
    """A database of the shared layout ldapwizard made before issue 25 (its folder 2770 in
    the group, the file 0660, WAL), and the group: this process's own."""
    if sys.platform == "win32":
        pytest.skip("--group is for Unix groups")
    import grp
    import os

    database = tmp_path / "shared" / "users.sqlite"
    assert cli.run(["db", "init", "--db", str(database)]) == 0
    database.parent.chmod(0o2770)
    database.chmod(0o660)
    capsys.readouterr()
    return database, grp.getgrgid(os.getegid()).gr_name


def test_db_init_group_says_each_change_in_the_pseudo_language(old_layout, capsys):
    database, group = old_layout
    said = []
    for _run in range(2):  # the second: nothing needed changing
        assert cli.run(["--language", "pseudo", "db", "init", "--db", str(database),
                        "--group", group]) == 0
        said.append(capsys.readouterr().out.splitlines())
        assert all(accented(line) for line in said[-1]), said[-1]
    # ready, the folder's mode, the journal, the file's mode, the daemons can read it
    assert [len(lines) for lines in said] == [5, 2]
    # each change itself, inside "changed: {change}", is in the pseudo-language too
    before, _, after = pseudo("changed: {change}").partition("{change}")
    for line in said[0][1:4]:
        assert line.startswith(before) and line.endswith(after), line
        change = line[len(before):-len(after)]
        assert accented(change.replace(str(database), "").replace(str(database.parent), "")), \
            line


@german
def test_db_init_group_says_each_change_in_german(old_layout, capsys):
    database, group = old_layout
    assert cli.run(["--language", "de", "db", "init", "--db", str(database), "--group",
                    group]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"Benutzerdatenbank bereit unter {database}.",
        f"geändert: {database.parent}: Modus 2770 -> 0750 (die Mail-Dienste dürfen nicht "
        "mehr hineinschreiben)",
        f"geändert: {database}: Journal WAL -> Rollback (die Mail-Dienste brauchen zum Lesen "
        "keine Schreibrechte)",
        f"geändert: {database}: Modus 0660 -> 0640",
        f"Die Mail-Dienste der Gruppe {group} können sie lesen."]
