"""Issue 30: a command starts by importing its own module only, and parses as before."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from ldapwizard import cli

# what no directory command needs: the mail stack's files, TLS certificates, the welcome mail
NOT_FOR_LIST = ("ldapwizard.cli.db_cmds", "ldapwizard.cli.mailstack_cmds",
                "ldapwizard.cli.welcome_cmds", "ldapwizard.cli.import_cmds",
                "ldapwizard.core.mailserver.render", "ldapwizard.core.welcome.record",
                "cryptography", "multiprocessing")


def _modules_after(argv: list[str]) -> set[str]:
    """The modules a fresh interpreter holds after parsing `argv` as `python -m ldapwizard`
    starts to (its __main__ and the parse, not the command's run)."""
    script = ("import json, sys\n"
              "from ldapwizard import __main__\n"
              "from ldapwizard import cli\n"
              f"cli.parse_args({argv!r})\n"
              "print(json.dumps(sorted(sys.modules)))\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True).stdout
    return set(json.loads(out))


def test_list_imports_none_of_the_other_commands_modules():
    loaded = _modules_after(["--language", "en", "list", "--host", "ldap.example.com",
                             "--csv", "users.csv"])
    assert "ldapwizard.cli.directory_cmds" in loaded
    assert not [name for name in NOT_FOR_LIST if name in loaded]


def test_a_database_command_loads_no_directory_command():
    loaded = _modules_after(["db", "show", "--db", "users.sqlite"])
    assert "ldapwizard.cli.db_cmds" in loaded
    assert "ldapwizard.cli.directory_cmds" not in loaded
    assert "ldapwizard.cli.welcome_cmds" not in loaded


def test_every_command_is_listed_with_its_module():
    parser = cli.build_parser()
    commands = next(a for a in parser._actions if a.dest == "command").choices
    listed = {name: module for module, _, names in cli.COMMAND_MODULES for name in names}
    assert list(commands) == list(listed)  # the same commands, in --help's order
    for name in commands:
        alone = cli.build_parser(name)
        assert list(next(a for a in alone._actions if a.dest == "command").choices) == [
            n for n, module in listed.items() if module == listed[name]]


@pytest.mark.parametrize("argv", [
    ["list", "--host", "h", "--ou", "ou=a,dc=x", "--csv", "f.csv", "--delimiter", ";"],
    ["-v", "--language", "de", "import", "--host", "h", "--domain", "example.com", "--all"],
    ["--lang=fr", "db", "show", "--db", "x.sqlite"],
    ["--demo", "preview", "--domain", "example.com"],
    ["profile", "save", "job", "--host", "h"],
    ["mailstack", "render", "--db", "x.sqlite", "--out", "d"],
])
def test_one_command_parses_as_with_every_command(argv):
    whole = cli.build_parser().parse_args(argv)
    alone = cli.build_parser(cli.command_named(argv)).parse_args(argv)
    assert vars(alone) == vars(whole)


@pytest.mark.parametrize("argv, command", [
    (["list"], "list"),
    (["-v", "list", "--host", "x"], "list"),
    (["--language", "de", "db", "show"], "db"),
    (["--lang", "de", "sync"], "sync"),
    (["--language=de", "welcome", "send"], "welcome"),
    (["--demo"], None),
    (["--", "list"], "list"),
    ([], None),
])
def test_the_command_word_is_found(argv, command):
    assert cli.command_named(argv) == command


def test_help_still_lists_every_command():
    shown = subprocess.run([sys.executable, "-m", "ldapwizard", "--help"],
                           capture_output=True, text=True, check=True).stdout
    for _, _, names in cli.COMMAND_MODULES:
        for name in names:
            assert name in shown
    shown = subprocess.run([sys.executable, "-m", "ldapwizard", "list", "--help"],
                           capture_output=True, text=True, check=True).stdout
    assert "--csv" in shown and "--max-value-size" in shown


def _modules_after_run(argv: list[str]) -> set[str]:
    script = ("import contextlib, io, json, sys\n"
              "from ldapwizard import cli\n"
              "with contextlib.redirect_stdout(io.StringIO()):\n"
              f"    assert cli.run({argv!r}) == 0\n"
              "print(json.dumps(sorted(sys.modules)))\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True).stdout
    return set(json.loads(out))


WHO = ("ldapwizard.core.directory.who", "ldapwizard.core.directory.groups",
       "ldapwizard.core.directory.members", "difflib")


def test_listing_everyone_loads_nothing_of_the_choice_of_who_to_import():
    # the groups, rules and OU scopes are loaded when a listing chooses, not to list everyone
    loaded = _modules_after_run(["--demo", "list", "-q"])
    assert "ldapwizard.core.directory.listing" in loaded
    assert not [name for name in WHO if name in loaded]
    loaded = _modules_after_run(["--demo", "list", "-q", "--exclude", "uid glob svc-*"])
    assert "ldapwizard.core.directory.who" in loaded
