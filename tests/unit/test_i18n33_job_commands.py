"""Issue 32 for jobs, schedules and welcome messages: `profile`, `schedule` and `welcome` say
every line in the admin's language — in the pseudo-language no line a person reads is left
plain English, their --help neither — and a welcome message the SMTP server refuses, or a
server that cannot be reached, is told in it too; German says a few of them in real words."""

from __future__ import annotations

import argparse
import errno
import os
import re
import shlex

import pytest

from ldapwizard.cli import build_parser, run
from ldapwizard.cli.common import add_database_options, connection_options, planning_options
from ldapwizard.core.job import schedule
from ldapwizard.core.job.profiles import Profile
from ldapwizard.core.job.secrets import ENV_VAR
from ldapwizard.i18n import use_language
from ldapwizard.i18n.pseudo import _ACCENTED
from tests.unit.pseudo_lines import german
from tests.unit.smtp_script import Script, ScriptedSmtp

ACCENTED = set("".join(chr(code) for code in _ACCENTED.values()))
ENGLISH_WORDS = re.compile(r"(?<![\w.@/-])[A-Za-z]{2,} [A-Za-z]{2,}(?![\w.@/-])")
DOMAIN = "demo.example"


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    use_language("en")


def translated(line: str) -> bool:
    """Whether a line carries the pseudo-language's accents (so went through the catalogue)."""
    return any(c in ACCENTED for c in line)


def plain_english(text: str, *data: str) -> list[str]:
    """The lines of `text` a person reads that are not all in the pseudo-language: without
    its accents, or with English words left in a translated frame. What the pseudo-language
    keeps as it is — `data` (a command, a server's or the system's words), addresses, names
    and paths — is no sentence of ours."""
    left = []
    for line in text.splitlines():
        rest = line
        for value in data:
            rest = rest.replace(value, "")
        if line.strip() and (not translated(line) or ENGLISH_WORDS.search(rest)):
            left.append(line)
    return left


def said(capsys, argv: list[str], status: int = 0, language: str = "pseudo") -> tuple[str, str]:
    """Run a command in `language`; its (stdout, stderr)."""
    capsys.readouterr()
    assert run(["--language", language, *argv]) == status, capsys.readouterr()
    captured = capsys.readouterr()
    return captured.out, captured.err


def save(tmp_path, capsys, *options, language="pseudo"):
    return said(capsys, ["profile", "save", "corp", "--host", "dc1.example.com", "--domain",
                         DOMAIN, "--db", str(tmp_path / "users.sqlite"), *options],
                language=language)


def test_profile_save_list_show_rename_and_delete_speak_the_admin_s_language(
        tmp_path, capsys, monkeypatch):
    monkeypatch.setenv(ENV_VAR, "secret-for-the-keyring")
    out, _ = save(tmp_path, capsys, "--remember-password", "--remove-missing")
    assert len(out.splitlines()) == 2 and not plain_english(out), out
    out, _ = said(capsys, ["profile", "list"])
    # one row a profile: its name, server type and server are data
    assert out.splitlines() == ["corp\tad\tdc1.example.com"]
    out, _ = said(capsys, ["profile", "show", "corp"])
    fields = set(Profile.__dataclass_fields__)
    words = [line for line in out.splitlines() if line.split(":")[0] not in fields]
    assert len(words) == 2 and all(map(translated, words)), out  # its policy, its password
    assert not plain_english(words[1]), out  # (the policy's words are sync_policy's)
    assert "secret-for-the-keyring" not in out
    out, _ = said(capsys, ["profile", "rename", "corp", "lab"])
    assert not plain_english(out), out
    out, _ = said(capsys, ["profile", "delete", "lab"])
    assert not plain_english(out), out
    out, _ = said(capsys, ["profile", "list"])
    assert out.strip() and not plain_english(out), out  # no saved profiles (looked in …)
    _, err = said(capsys, ["profile", "adopt", "lab", "--from", "x"], status=2)
    assert not plain_english(err), err


def test_profile_adopt_says_what_it_would_move_in_the_admin_s_language(tmp_path, capsys):
    db = str(tmp_path / "users.sqlite")
    said(capsys, ["--demo", "import", "--all", "--domain", DOMAIN, "--db", db])
    save(tmp_path, capsys)
    out, _ = said(capsys, ["profile", "adopt", "corp", "--from", "demo", "--dry-run"])
    assert out.strip() and not plain_english(out), out


def test_schedule_add_print_list_and_remove_speak_the_admin_s_language(tmp_path, capsys,
                                                                     user_crontab):
    save(tmp_path, capsys)
    out, _ = said(capsys, ["schedule", "add", "--profile", "corp", "--every", "3", "--print"])
    lines = out.splitlines()
    entry = [line for line in lines if line.startswith("0 */3 * * * ")]
    assert len(entry) == 1  # the crontab line itself is what cron reads
    command = shlex.join(schedule.command(schedule.Job(profile="corp", hours=3)))
    words = "\n".join(line for line in lines if line not in entry)
    assert not plain_english(words, command), out
    assert len(lines) == 4  # the command, the keyring and cron warnings, the entry
    out, _ = said(capsys, ["schedule", "list"])
    assert not plain_english(out), out
    out, _ = said(capsys, ["schedule", "remove", "--profile", "corp"], status=1)
    assert not plain_english(out), out


def imported(tmp_path, capsys) -> str:
    db = str(tmp_path / "users.sqlite")
    said(capsys, ["--demo", "import", "--all", "--domain", DOMAIN, "--db", db])
    return db


def test_welcome_preview_and_a_dry_run_speak_the_admin_s_language(tmp_path, capsys):
    db = imported(tmp_path, capsys)
    out, _ = said(capsys, ["welcome", "preview", "--db", db, "--domain", DOMAIN])
    # the headers and the text are the message itself (the admin's template); the note
    # between them is ours
    head = out.splitlines()[:4]
    assert [line.split(":")[0] for line in head[:3]] == ["From", "To", "Subject"]
    assert not head[3] or translated(head[3]), head
    out, _ = said(capsys, ["welcome", "send", "--db", db, "--batch", "1", "--dry-run"])
    assert len(out.splitlines()) > 3 and not plain_english(out), out
    _, err = said(capsys, ["welcome", "preview", "--db", db], status=2)
    assert not plain_english(err), err
    _, err = said(capsys, ["welcome", "send", "--db", db, "--batch", "99"], status=2)
    assert not plain_english(err), err


def test_a_refused_welcome_message_is_told_in_the_admin_s_language(tmp_path, capsys):
    db = imported(tmp_path, capsys)
    script = Script()
    server = ScriptedSmtp(script)
    try:
        out, _ = said(capsys, ["welcome", "send", "--db", db, "--batch", "1", "--rate", "0",
                               "--mail-host", "mail.demo.example", "--smtp-server",
                               server.address], language="en")
        first = [line.split(": ", 1)[1] for line in out.splitlines()
                 if line.startswith("  sent: ")]
        script.refuse.add(first[0])
        out, _ = said(capsys, ["welcome", "send", "--db", db, "--batch", "1", "--rate", "0",
                               "--mail-host", "mail.demo.example", "--smtp-server",
                               server.address, "--resend", first[0]], status=1)
    finally:
        server.close()
    answer = re.search(r"550 5\.1\.1 [^(]*scripted", out)
    assert answer and not plain_english(out, answer.group()), out


def test_an_smtp_server_that_cannot_be_reached_is_told_in_the_admin_s_language(tmp_path,
                                                                              capsys):
    db = imported(tmp_path, capsys)
    server = ScriptedSmtp(Script())
    closed = server.address
    server.close()  # nothing listens there now
    _, err = said(capsys, ["welcome", "send", "--db", db, "--batch", "1", "--mail-host",
                           "mail.demo.example", "--smtp-server", closed], status=1)
    refused = ConnectionRefusedError(errno.ECONNREFUSED, os.strerror(errno.ECONNREFUSED))
    system = f"{type(refused).__name__}: {refused}"  # the details: the system's words
    assert system in err and len(err.splitlines()) == 3, err
    assert not plain_english(err, system), err
    _, err = said(capsys, ["welcome", "send", "--db", db, "--batch", "1", "--mail-host",
                           "mail.demo.example", "--smtp-server", "relay.example.com:25",
                           "--smtp-security", "none",
                           "--smtp-user", "it"], status=2)  # a password never in clear
    assert not plain_english(err), err


def _foreign_options() -> set[str]:
    """Options other modules add (the connection, planning and database options)."""
    parsers = [connection_options(), planning_options(), argparse.ArgumentParser()]
    add_database_options(parsers[-1])
    return {option for parser in parsers for action in parser._actions
            for option in action.option_strings} - {"-h", "--help"}


def _subcommands(parser: argparse.ArgumentParser):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for listed in action._choices_actions:
                yield listed.dest, listed.help, action.choices[listed.dest]


@pytest.mark.parametrize("command", ["profile", "schedule", "welcome"])
def test_the_help_of_profile_schedule_and_welcome_is_in_the_admin_s_language(command):
    use_language("pseudo")
    foreign = _foreign_options()
    top = {name: (words, parser) for name, words, parser in _subcommands(build_parser())}
    words, parser = top[command]
    texts = {command: words}
    for name, words, sub in _subcommands(parser):
        texts[f"{command} {name}"] = words
        for group in sub._action_groups[2:]:  # beyond positionals and options: ours
            texts[f"{command} {name} group"] = group.title
        for action in sub._actions:
            if action.help in (None, argparse.SUPPRESS) or "-h" in action.option_strings:
                continue
            if set(action.option_strings) & foreign:
                continue
            texts[f"{command} {name} {action.dest}"] = action.help
    left = {where: text for where, text in texts.items() if not translated(text)}
    assert not left, left


@german
def test_german_says_the_schedule_the_profile_and_a_refused_smtp_server_in_words(
        tmp_path, capsys):
    out, _ = save(tmp_path, capsys, language="de")
    assert out.startswith("Profil „corp“ in ") and out.rstrip().endswith(" gespeichert.")
    out, _ = said(capsys, ["schedule", "add", "--profile", "corp", "--every", "3", "--print"],
                  language="de")
    assert "Befehl: " in out
    assert ("Warnung: Das Profil hat kein Kennwort im Schlüsselbund; speichern Sie es mit "
            "`ldapwizard profile save --remember-password` oder geben Sie --password-file an."
            ) in out.splitlines()
    db = imported(tmp_path, capsys)
    server = ScriptedSmtp(Script())
    closed = server.address
    server.close()
    _, err = said(capsys, ["welcome", "send", "--db", db, "--batch", "1", "--mail-host",
                           "mail.demo.example", "--smtp-server", closed], status=1,
                  language="de")
    assert (f"Fehler: Der SMTP-Server {closed} war nicht erreichbar oder hat diesen Client "
            "abgewiesen; es wurde nichts gesendet.") in err.splitlines(), err
    assert re.search(r"Was zu tun ist: Prüfen Sie --smtp-server \(Voreinstellung "
                     r"localhost:25, das lokale Postfix\)", err), err


@pytest.mark.parametrize("content", [
    "Subject: Hi {{first_name}}\n\nHello.\n",  # no placeholder
    "Subject: Hi\n\nHello {{display_name}, {{login}}.\n",  # a {{ without its other half
    "Subject: Hi\nFrom: it@example.com\n\nHello.\n",  # a header the template cannot set
    "Subject: Hi\n"])  # no blank line, no text
def test_a_welcome_template_refused_says_why_in_the_admin_s_language(tmp_path, capsys,
                                                                     content):
    db = imported(tmp_path, capsys)
    template = tmp_path / "welcome.txt"
    template.write_text(content, encoding="utf-8")
    _, err = said(capsys, ["welcome", "preview", "--db", db, "--domain", DOMAIN,
                           "--template", str(template)], status=2)
    assert not plain_english(err, "'From: it@example.com'"), err
