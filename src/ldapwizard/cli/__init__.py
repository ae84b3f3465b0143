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
from ldapwizard.cli.argparse_words import Parser, speak_argparse
from ldapwizard.cli.terminal import TerminalFormatter, shown_lines
from ldapwizard.core.errors import LdapWizardError
from ldapwizard.i18n import LANGUAGES, EnglishRecords, _, best_match, system_languages, use_language

# The modules of the commands, in the order --help lists them: whether each takes the
# connection options, and the commands it adds. A command's run imports only its own module
# (and what that imports): the others' imports (the mail stack's, TLS certificates',
# the welcome mail's) cost every command's start otherwise. A command missing here still
# works: it is found by building every module's commands (tests/unit/test_cli_imports_list30.py).
COMMAND_MODULES = (
    ("directory_cmds", True, ("validate", "test", "detect", "list")),
    ("profile_cmds", True, ("profile",)),
    ("db_cmds", False, ("db",)),
    ("import_cmds", True, ("preview", "import", "undo")),
    ("sync_cmds", True, ("sync",)),
    ("schedule_cmds", False, ("schedule",)),
    ("mailstack_cmds", False, ("mailstack",)),
    ("welcome_cmds", False, ("welcome",)),
)
_VALUED = ("--language",)  # the global options that take a value


class _Version(argparse.Action):
    """--version, reading the installed version only when asked (see ldapwizard.__getattr__)."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, help=None):
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        print(f"ldapwizard {ldapwizard.__version__}")
        parser.exit()


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The whole command line; with a `command` of COMMAND_MODULES, only its module's
    commands (what parsing that command needs)."""
    parser = Parser(
        prog="ldapwizard",
        description=_("Import users from an LDAP directory into a mail user database."),
        epilog=_("Passwords never go on the command line: they come from the system keyring "
                 "(saved profile), the LDAPWIZARD_PASSWORD environment variable, "
                 "--password-file, or a prompt."),
    )
    parser.add_argument("--version", action=_Version, help=_("show the version and exit"))
    parser.add_argument("-v", "--verbose", action="store_true",
                        help=_("say more about each step"))
    parser.add_argument("--language", metavar="CODE",
                        help=_("the language of messages and of the window: {codes} (default: "
                               "LDAPWIZARD_LANGUAGE, else the system's; LANG=C also gives "
                               "English)", codes=", ".join(LANGUAGES)))
    parser.add_argument("--demo", action="store_true",
                        help=_("use the bundled sample directory instead of a server"))
    parser.add_argument("--self-test", action="store_true",
                        help=_("check this installation: open the wizard offscreen on the demo "
                               "directory, list, export the preview, import into a temporary "
                               "database"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    chosen = [entry for entry in COMMAND_MODULES if command in entry[2]] or COMMAND_MODULES
    parent = None
    for name, connection, _commands in chosen:
        module = importlib.import_module(f"ldapwizard.cli.{name}")
        if not connection:
            module.add_commands(sub)
            continue
        if parent is None:
            from ldapwizard.cli.common import connection_options

            parent = connection_options()
        module.add_commands(sub, parent)
    return parser


def command_named(argv: list[str]) -> str | None:
    """The COMMAND word of a command line (the first word that is not a global option or
    its value), or None; parsing decides what it really is."""
    words = iter(argv)
    for word in words:
        if word == "--":
            return next(words, None)
        if not word.startswith("-"):
            return word
        if "=" not in word and any(len(word) > 2 and option.startswith(word)
                                   for option in _VALUED):
            next(words, None)  # --language CODE, or an abbreviation argparse accepts
    return None


def report(error: LdapWizardError) -> None:
    """Print an engine error for a person: the message, what to do, then the server's words."""
    # messages quote directory values and server replies: their controls are shown escaped
    print(shown_lines(_("error: {message}", message=error.message)), file=sys.stderr)
    if error.hint:
        print(shown_lines(_("What to do: {hint}", hint=error.hint)), file=sys.stderr)
    certificate = getattr(error, "certificate", None)
    if certificate is not None:
        for line in certificate.lines():
            print(shown_lines(f"  {line}"), file=sys.stderr)
    if error.detail:
        print(shown_lines(_("Details: {detail}", detail=error.detail)), file=sys.stderr)


def choose_language(argv: list[str]) -> str:
    """Speak the language the command line asks for, before any help text is built:
    --language CODE, else LDAPWIZARD_LANGUAGE, else the system's (LANG=C: English)."""
    wanted = None
    for at, word in enumerate(argv):
        if word == "--":
            break
        if word == "--language" and at + 1 < len(argv):
            wanted = argv[at + 1]
        elif word.startswith("--language="):
            wanted = word.partition("=")[2]
    wanted = wanted or os.environ.get("LDAPWIZARD_LANGUAGE")
    # "de_AT" speaks German, "pt-BR" Brazilian Portuguese; one not offered, English
    code = use_language(best_match([wanted] if wanted else system_languages(), LANGUAGES))
    speak_argparse()
    return code


def parse_args(argv: list[str]) -> argparse.Namespace:
    """The parsed command line, with logging set to its verbosity; --help and --version exit."""
    choose_language(argv)
    args = build_parser(command_named(argv)).parse_args(argv)
    handler = logging.StreamHandler()
    handler.setFormatter(TerminalFormatter("%(levelname)s: %(message)s"))
    handler.addFilter(EnglishRecords())  # log lines stay English, messages follow the locale
    if args.command is not None and args.language:  # the window chooses its own
        use_language(best_match([args.language], LANGUAGES))  # (gui.i18n); also for --lang
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        handlers=[handler])
    return args


def run(argv: list[str]) -> int:
    """Parse, run one command, and turn the outcome into an exit status."""
    return run_command(parse_args(argv))


def run_command(args: argparse.Namespace) -> int:
    """Run the command the arguments name; the wizard and --self-test are __main__'s to start."""
    if not getattr(args, "func", None):
        build_parser().error(_("no COMMAND given (without one, ldapwizard opens the wizard)"))
    from ldapwizard.core.job.secrets import use_database_passwords

    use_database_passwords(prompt=True)
    try:
        return args.func(args)
    except LdapWizardError as e:
        report(e)
        return e.exit_code
    except KeyboardInterrupt:
        print(_("Cancelled; nothing was changed."), file=sys.stderr)
        return 1
    except BrokenPipeError:
        # the reader went away (`ldapwizard list | head`): stop quietly, as other tools do;
        # Python would otherwise complain again while flushing stdout at exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
