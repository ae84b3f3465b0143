"""The language ldapwizard speaks: the engine's messages through gettext, Qt-free.

Engine messages are written `_("The file {path} cannot be read.", path=path)` and
`_n("{count} user was imported.", "{count} users were imported.", count)`: whole sentences
with named placeholders, plural forms from the catalogue. Each returns a `Message`, a str in
the chosen language that keeps its English twin, so log records are written in English
(`english_records`) while the window and the command line show the admin's language.

The catalogues are .po files under resources/i18n/ (ldapwizard.pot is their template),
compiled to .mo in memory when a language is chosen (catalogues.compile_mo): nothing
generated is stored, so a source checkout, an editable install, a wheel and the bundle all
read the same files.
"""

from __future__ import annotations

import gettext
import io
import logging
import os
import sys

# every language the wizard may speak: code -> its own name (shown in the Language menu)
LANGUAGES = {
    "en": "English",
    "de": "Deutsch",
    "ja": "日本語",
    "fr": "Français",
    "es": "Español",
    "it": "Italiano",
    "nl": "Nederlands",
    "pt_BR": "Português (Brasil)",
}
PSEUDO = "pseudo"  # accented and 40% longer, generated from the templates (i18n/pseudo.py)

_translation: gettext.NullTranslations = gettext.NullTranslations()
_language = "en"


class Message(str):
    """A sentence in the chosen language that remembers its English source for the log."""

    english: str

    def __new__(cls, text: str, english: str | None = None) -> Message:
        message = super().__new__(cls, text)
        message.english = text if english is None else english
        return message

    # sentences joined into a line ("; ", "\n") keep their English alongside
    def __add__(self, other: str) -> Message:
        return Message(str.__add__(self, other), self.english + english(other))

    def __radd__(self, other: str) -> Message:
        return Message(str(other) + str(self), english(other) + self.english)

    def map(self, change) -> Message:
        """The same change (escaping, shortening) made to both languages."""
        return Message(change(str(self)), change(self.english))


def N_(text: str) -> str:
    """Marks a constant for extraction; `_(constant)` translates it where it is shown."""
    return text


def _(text: str, /, **values) -> Message:
    """The sentence `text` in the chosen language, its named {placeholders} filled."""
    translated = _translation.gettext(text) if text else text
    if not values:
        return Message(translated, text)
    return Message(translated.format(**values), text.format(**_englished(values)))


def _n(singular: str, plural: str, count: int, /, **values) -> Message:
    """The plural form for `count` from the catalogue; {count} and named placeholders filled."""
    translated = _translation.ngettext(singular, plural, count)
    english = singular if count == 1 else plural
    return Message(translated.format(count=count, **values),
                   english.format(count=count, **_englished(values)))


def _englished(values: dict) -> dict:
    """Placeholder values that are messages themselves, in their English."""
    return {key: getattr(value, "english", value) for key, value in values.items()}


def english(text: str) -> str:
    """The English of a message (itself, for a plain str)."""
    return getattr(text, "english", text)


def current_language() -> str:
    """The code of the language messages are in now ("en" until one is chosen)."""
    return _language


def system_languages() -> list[str]:
    """The user's preferred languages, best first, as codes like "de_DE" or "pt_BR".

    POSIX: LANGUAGE, LC_ALL, LC_MESSAGES, LANG as gettext reads them ("C" and "POSIX" mean
    English); Windows: the user's display language."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            codes = [part.split(".")[0].split("@")[0] for part in value.split(":") if part]
            return ["en" if code in ("C", "POSIX") else code for code in codes]
    if sys.platform == "win32":
        import ctypes
        import locale

        lcid = ctypes.windll.kernel32.GetUserDefaultUILanguage()
        name = locale.windows_locale.get(lcid)
        return [name] if name else []
    return []


def best_match(wanted: list[str], offered) -> str:
    """The first of `wanted` that is offered, by full code then by language ("de_AT" -> "de",
    "pt" -> "pt_BR"); "en" when none is."""
    offered = list(offered)
    for code in wanted:
        code = code.replace("-", "_")
        if code == PSEUDO or code in offered:
            return code
        base = code.split("_")[0]
        for candidate in offered:
            if candidate.split("_")[0] == base:
                return candidate
    return "en"


def use_language(code: str) -> str:
    """Speak `code` from now on (a shipped language, PSEUDO, or "en"); returns the code used.

    A language whose catalogue is missing or not complete falls back to English."""
    global _translation, _language
    from ldapwizard.i18n import catalogues

    if code == "en" or (code != PSEUDO and code not in catalogues.shipped_quickly(code)):
        _translation, _language = gettext.NullTranslations(), "en"
        return _language
    _translation = gettext.GNUTranslations(io.BytesIO(catalogues.engine_mo(code)))
    _language = code
    return code


class EnglishRecords(logging.Filter):
    """Writes log records from the English of their messages, so support can read any log."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = english(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(english(arg) for arg in record.args)
        return True
