"""argparse's own words ("usage:", "options:", "error:", "invalid choice" …) in the admin's
language, and the parser class every command is built with.

argparse translates its words with `gettext.gettext` and `ngettext` looked up as its module's
globals `_` and `ngettext` at the time it says them. `speak_argparse()` points them at our
catalogue while a language other than English is chosen (and back at gettext's for English,
so English stays argparse's own). argparse's %-style texts are written here as whole
sentences with named {placeholders}, the way every msgid is, and turned back into argparse's
%-codes after translation.

Help texts go through `_()` when the parser is built, so the language must be chosen first
(ldapwizard.cli.choose_language, from --language, LDAPWIZARD_LANGUAGE or the locale).
"""

from __future__ import annotations

import argparse
import gettext

from ldapwizard.i18n import N_, _, _n, current_language

# argparse's text -> (our msgid, {our placeholder: argparse's %-code}); the msgid without
# argparse's leading and trailing white space, which is put back
_WORDS = {
    "usage: ": (N_("usage:"), {}),
    "positional arguments": (N_("positional arguments"), {}),
    "options": (N_("options"), {}),
    "show this help message and exit": (N_("show this help message and exit"), {}),
    "%(prog)s: error: %(message)s\n": (N_("{prog}: error: {message}"),
                                        {"prog": "%(prog)s", "message": "%(message)s"}),
    "argument %(argument_name)s: %(message)s": (
        N_("argument {argument}: {message}"),
        {"argument": "%(argument_name)s", "message": "%(message)s"}),
    "the following arguments are required: %s": (
        N_("the following arguments are required: {arguments}"), {"arguments": "%s"}),
    "one of the arguments %s is required": (
        N_("one of the arguments {arguments} is required"), {"arguments": "%s"}),
    "invalid choice: %(value)r (choose from %(choices)s)": (
        N_("invalid choice: {value} (choose from {choices})"),
        {"value": "%(value)r", "choices": "%(choices)s"}),
    "invalid %(type)s value: %(value)r": (
        N_("invalid {type} value: {value}"), {"type": "%(type)s", "value": "%(value)r"}),
    "unrecognized arguments: %s": (N_("unrecognized arguments: {arguments}"),
                                   {"arguments": "%s"}),
    "not allowed with argument %s": (N_("not allowed with argument {argument}"),
                                     {"argument": "%s"}),
    "ignored explicit argument %r": (N_("ignored explicit argument {value}"), {"value": "%r"}),
    "expected one argument": (N_("expected one argument"), {}),
    "expected at most one argument": (N_("expected at most one argument"), {}),
    "expected at least one argument": (N_("expected at least one argument"), {}),
    "ambiguous option: %(option)s could match %(matches)s": (
        N_("ambiguous option: {option} could match {matches}"),
        {"option": "%(option)s", "matches": "%(matches)s"}),
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        N_("unknown command {name} (choices: {choices})"),
        {"name": "%(parser_name)r", "choices": "%(choices)s"}),
    "can't open '%(filename)s': %(error)s": (
        N_("The file {path} cannot be opened: {error}"),
        {"path": "'%(filename)s'", "error": "%(error)s"}),
}


class _Said(str):
    """A sentence argparse will %-format although it is complete already: stays as it is."""

    def __mod__(self, values) -> str:
        return str(self)


def _argparse_gettext(text: str) -> str:
    found = _WORDS.get(text)
    if found is None:  # argparse's words for programmers (conflicting options …)
        return text
    msgid, codes = found
    translated = str(_(msgid)).replace("%", "%%")
    for name, code in codes.items():
        translated = translated.replace("{" + name + "}", code)
    before = text[:len(text) - len(text.lstrip())]
    return before + translated + text[len(text.rstrip()):]


def _argparse_ngettext(singular: str, plural: str, count: int) -> str:
    if singular == "expected %s argument":
        return _Said(_n("expected {count} argument", "expected {count} arguments", count))
    return singular if count == 1 else plural


def speak_argparse() -> None:
    """argparse's words in the chosen language from now on (its own English for English)."""
    english = current_language() == "en"
    argparse._ = gettext.gettext if english else _argparse_gettext
    argparse.ngettext = gettext.ngettext if english else _argparse_ngettext


class HelpFormatter(argparse.HelpFormatter):
    """argparse's formatter, leaving a help text without %(name)s as it is written: a
    translation may say "10 %" where argparse would want "10 %%"."""

    def _expand_help(self, action: argparse.Action) -> str:
        text = self._get_help_string(action)
        if "%(" not in text:
            return text.replace("%%", "%")
        try:
            return super()._expand_help(action)
        except (KeyError, TypeError, ValueError):  # a translation that broke a %(name)s
            return text


class Parser(argparse.ArgumentParser):
    """The parser of the command line and of each command (subparsers take their parent's
    class): help texts through HelpFormatter."""

    def __init__(self, *args, formatter_class=HelpFormatter, **kwargs):
        super().__init__(*args, formatter_class=formatter_class, **kwargs)
