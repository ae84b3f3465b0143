"""The command line imports the module of the command being run, and only that one."""

import subprocess
import sys
from pathlib import Path

import pytest

import ldapwizard.cli
from ldapwizard.cli import COMMAND_MODULES, build_parser

CLI = Path(ldapwizard.cli.__file__).parent


def _commands(parser) -> list[str]:
    return list(parser._subparsers._group_actions[0].choices)


def test_the_table_names_every_module_of_commands_and_every_command_it_adds():
    assert sorted(COMMAND_MODULES) == sorted(p.stem for p in CLI.glob("*_cmds.py"))
    every = [command for commands in COMMAND_MODULES.values() for command in commands]
    assert _commands(build_parser()) == every
    for module, commands in COMMAND_MODULES.items():
        assert _commands(build_parser([commands[0]])) == list(commands), module


@pytest.mark.parametrize("argv, module", [
    (["list", "--host", "x"], "directory_cmds"),
    (["-v", "--demo", "import", "--all"], "import_cmds"),
    (["db", "show", "--db", "x"], "db_cmds"),
    (["mailstack", "--help"], "mailstack_cmds"),
])
def test_a_command_loads_its_own_module_of_commands_and_no_other(argv, module):
    code = ("import sys\nfrom ldapwizard import cli\n"
            f"cli.build_parser({argv!r})\n"
            "print(' '.join(sorted(m for m in sys.modules if m.endswith('_cmds'))))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True).stdout.split()
    assert loaded == [f"ldapwizard.cli.{module}"]


def test_a_misspelt_command_is_told_every_command_there_is(capsys):
    with pytest.raises(SystemExit) as exit_:
        ldapwizard.cli.parse_args(["lsit", "--demo"])
    assert exit_.value.code == 2
    error = capsys.readouterr().err
    assert "invalid choice: 'lsit'" in error
    for commands in COMMAND_MODULES.values():
        for command in commands:
            assert f"'{command}'" in error


def test_help_lists_every_command(capsys):
    with pytest.raises(SystemExit):
        ldapwizard.cli.parse_args(["--help"])
    shown = capsys.readouterr().out
    for commands in COMMAND_MODULES.values():
        for command in commands:
            assert f"    {command}" in shown
