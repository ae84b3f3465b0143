"""Headless commands: the same engine as the wizard, and one place that maps errors to exits.

Exit status: 0 success, 1 failed operation, 2 bad input. The wizard is not started from here
but by ldapwizard.__main__, so importing the command line loads no Qt.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys

import ldapwizard
from ldapwizard.cli.common import connection_options
from ldapwizard.core.errors import LdapWizardError
from ldapwizard.core.job.secrets import use_database_passwords


class _Version(argparse.Action):
    """--version, reading the installed version only when asked (see ldapwizard.__getattr__)."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, help=None):
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        print(f"ldapwizard {ldapwizard.__version__}")
        parser.exit()


# Each module of commands and the commands it adds, in the order `--help` lists them. Running
# one command imports its module only: the others (and the engine parts only they use) would
# cost every command, a scheduled sync's included, 0.1-0.2 s of start-up.
COMMAND_MODULES = {
    "directory_cmds": ("validate", "test", "detect", "list"),
    "profile_cmds": ("profile",),
    "db_cmds": ("db",),
    "import_cmds": ("preview", "import", "undo"),
    "sync_cmds": ("sync",),
    "schedule_cmds": ("schedule",),
    "mailstack_cmds": ("mailstack",),
}
_CONNECTING = {"directory_cmds", "profile_cmds", "import_cmds", "sync_cmds"}  # take the
# connection options too
_GLOBAL_OPTIONS = {"-h", "--help", "--version", "-v", "--verbose", "--demo", "--self-test"}


def _module_of(argv: list[str]) -> str | None:
    """The module of the command `argv` names, when the words before it are global options
    (which take no values) and it is one of ours; otherwise None: every module is needed."""
    for word in argv:
        if word not in _GLOBAL_OPTIONS:
            return next((module for module, commands in COMMAND_MODULES.items()
                         if word in commands), None)
    return None


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The command line; given the arguments, only the part that can parse them."""
    parser = argparse.ArgumentParser(
        prog="ldapwizard",
        description="Import users from an LDAP directory into a mail user database.",
        epilog="Passwords never go on the command line: they come from the system keyring "
        "(saved profile), the LDAPWIZARD_PASSWORD environment variable, --password-file, or a "
        "prompt.",
    )
    parser.add_argument("--version", action=_Version, help="show the version and exit")
    parser.add_argument("-v", "--verbose", action="store_true", help="say more about each step")
    parser.add_argument("--demo", action="store_true",
                        help="use the bundled sample directory instead of a server")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation: open the wizard offscreen on the demo "
                        "directory, list, export the preview, import into a temporary database")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    parent = connection_options()
    needed = _module_of(argv) if argv is not None else None
    for name in COMMAND_MODULES if needed is None else (needed,):
        module = importlib.import_module(f"ldapwizard.cli.{name}")
        module.add_commands(sub, *((parent,) if name in _CONNECTING else ()))
    return parser


def report(error: LdapWizardError) -> None:
    """Print an engine error for a person: the message, what to do, then the server's words."""
    print(f"error: {error.message}", file=sys.stderr)
    if error.hint:
        print(f"What to do: {error.hint}", file=sys.stderr)
    certificate = getattr(error, "certificate", None)
    if certificate is not None:
        for line in certificate.lines():
            print(f"  {line}", file=sys.stderr)
    if error.detail:
        print(f"Details: {error.detail}", file=sys.stderr)


def parse_args(argv: list[str]) -> argparse.Namespace:
    """The parsed command line, with logging set to its verbosity; --help and --version exit."""
    args = build_parser(argv).parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s: %(message)s")
    return args


def run(argv: list[str]) -> int:
    """Parse, run one command, and turn the outcome into an exit status."""
    return run_command(parse_args(argv))


def run_command(args: argparse.Namespace) -> int:
    """Run the command the arguments name; the wizard and --self-test are __main__'s to start."""
    if not getattr(args, "func", None):
        build_parser().error("no COMMAND given (without one, ldapwizard opens the wizard)")
    use_database_passwords(prompt=True)
    try:
        return args.func(args)
    except LdapWizardError as e:
        report(e)
        return e.exit_code
    except KeyboardInterrupt:
        print("Cancelled; nothing was changed.", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # the reader went away (`ldapwizard list | head`): stop quietly, as other tools do;
        # Python would otherwise complain again while flushing stdout at exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
