"""The welcome message's template: a subject, a plain-text body and optionally an HTML body
(sent with the plain text as its alternative), with {{placeholders}} for each user.

A template file reads like a message: header lines (only `Subject:`), a blank line, the plain
text; a line `=== HTML ===` starts the optional HTML body. A placeholder this module does not
know, or a `{{` that is never closed, is refused when the template is loaded — before anything
is sent — naming it and the placeholders there are.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

from ldapwizard import i18n
from ldapwizard.core.errors import BadInput

HTML_MARK = "=== HTML ==="
MAX_SIZE = 256 * 1024  # a template is a page of text, not an attachment
PLACEHOLDERS = {
    "display_name": "the user's display name (their address when the directory has none)",
    "address": "their email address",
    "login": "the user name they sign in with",
    "domain": "their mail domain",
    "sign_in_method": "which password they sign in with (their directory password, or a "
                      "password of the mailbox's own)",
    "imap_host": "the incoming (IMAP) server",
    "imap_port": "its port",
    "imap_security": "its encryption (SSL/TLS, STARTTLS)",
    "smtp_host": "the outgoing (SMTP) server",
    "smtp_port": "its port",
    "smtp_security": "its encryption",
    "client_settings": "all the servers as lines for setting up a mail program",
}
_PLACEHOLDER = re.compile(r"\{\{\s*([^{}]*?)\s*\}\}")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")

DEFAULT_TEXT = """\
Subject: Your mailbox {{address}} is ready

Hello {{display_name}},

your new mailbox is ready: {{address}}

Sign in with
  User name: {{login}}
  Password:  {{sign_in_method}}

Most mail programs (Thunderbird, Outlook, Apple Mail, the mail app
of your phone) set themselves up when you give them your address
and password. If yours asks for the servers:

{{client_settings}}

This message is sent once, when your mailbox is made. If something
does not work, answer it and tell us what your mail program says.
"""


@dataclass(frozen=True)
class Template:
    """A checked template: its subject, plain text and HTML (or None)."""

    subject: str
    text: str
    html: str | None = None
    source: str = "the built-in welcome message"

    def fill(self, values: dict[str, str]) -> tuple[str, str, str | None]:
        """(subject, plain text, HTML) for one user; values go into the HTML escaped, and
        into the subject on one line."""
        one_line = {name: _CONTROL.sub(" ", value).strip() for name, value in values.items()}
        subject = _CONTROL.sub(" ", _substitute(self.subject, one_line)).strip()
        text = _substitute(self.text, values)
        markup = None
        if self.html is not None:
            escaped = {name: html.escape(value).replace("\n", "<br>\n")
                       for name, value in values.items()}
            markup = _substitute(self.html, escaped)
        return subject, text, markup


def _substitute(text: str, values: dict[str, str]) -> str:
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], text)


def _known() -> str:
    return ", ".join("{{" + name + "}}" for name in PLACEHOLDERS)


def _unknown_words(where: str, count: int, **values) -> str:
    """A template's unknown placeholders in its subject, text or HTML, in one sentence."""
    if where == "subject":
        return i18n._n("The welcome template {source} uses {named} in its subject, which is "
                       "no placeholder; nothing was sent.",
                       "The welcome template {source} uses {named} in its subject, which are "
                       "no placeholders; nothing was sent.", count, **values)
    if where == "text":
        return i18n._n("The welcome template {source} uses {named} in its text, which is no "
                       "placeholder; nothing was sent.",
                       "The welcome template {source} uses {named} in its text, which are no "
                       "placeholders; nothing was sent.", count, **values)
    return i18n._n("The welcome template {source} uses {named} in its HTML, which is no "
                   "placeholder; nothing was sent.",
                   "The welcome template {source} uses {named} in its HTML, which are no "
                   "placeholders; nothing was sent.", count, **values)


def _half_words(where: str, **values) -> str:
    """A {{ or }} without its other half in a template's subject, text or HTML."""
    if where == "subject":
        return i18n._("The welcome template {source} has a {{{{ or }}}} without its other half "
                      "in its subject (line {line}); nothing was sent.", **values)
    if where == "text":
        return i18n._("The welcome template {source} has a {{{{ or }}}} without its other half "
                      "in its text (line {line}); nothing was sent.", **values)
    return i18n._("The welcome template {source} has a {{{{ or }}}} without its other half in "
                  "its HTML (line {line}); nothing was sent.", **values)


def _check_placeholders(part: str, where: str, source: str) -> None:
    unknown = sorted({m.group(1) for m in _PLACEHOLDER.finditer(part)} - set(PLACEHOLDERS))
    if unknown:
        named = ", ".join("{{" + name + "}}" for name in unknown)
        raise BadInput(_unknown_words(where, len(unknown), source=source, named=named),
                       hint=i18n._("The placeholders are {names}.", names=_known()))
    rest = _PLACEHOLDER.sub("", part)
    if "{{" in rest or "}}" in rest:
        line = next(n for n, text in enumerate(part.splitlines(), 1)
                    if "{{" in _PLACEHOLDER.sub("", text) or "}}" in _PLACEHOLDER.sub("", text))
        raise BadInput(_half_words(where, source=source, line=line),
                       hint=i18n._("Write each placeholder as {{{{name}}}}; they are {names}.",
                                   names=_known()))


def parse(content: str, source: str) -> Template:
    """A template from a file's text; BadInput naming what is wrong and where."""
    content = content.replace("\r\n", "\n").lstrip("\ufeff")
    head, blank, body = content.partition("\n\n")
    if not blank:
        raise BadInput(i18n._("The welcome template {source} has no blank line after its "
                              "Subject.", source=source),
                       hint=i18n._("Begin it with a line `Subject: …`, then a blank line, then "
                                   "the text of the message."))
    subject = None
    for number, line in enumerate(head.splitlines(), 1):
        name, colon, value = line.partition(":")
        if colon and name.strip().lower() == "subject" and subject is None:
            subject = value.strip()
            continue
        raise BadInput(i18n._("The welcome template {source} has {text} on line {number}, "
                              "where only the Subject line may stand.", source=source,
                              text=repr(line.strip()[:80]), number=number),
                       hint=i18n._("Begin it with a line `Subject: …`, then a blank line, then "
                                   "the text; the sender is set with --from."))
    if not subject:
        raise BadInput(i18n._("The welcome template {source} gives no subject.",
                              source=source),
                       hint=i18n._("Begin it with a line `Subject: …`."))
    text, marked, markup = body.partition("\n" + HTML_MARK + "\n")
    if not marked and body.startswith(HTML_MARK + "\n"):
        text, marked, markup = "", True, body[len(HTML_MARK) + 1:]
    if not text.strip():
        raise BadInput(i18n._("The welcome template {source} has no plain text (every "
                              "message carries one, also beside HTML).", source=source),
                       hint=i18n._("Write the message's text after the Subject and the blank "
                                   "line."))
    for part, where in ((subject, "subject"), (text, "text"), (markup, "HTML")):
        _check_placeholders(part, where, source)
    return Template(subject, text.rstrip("\n") + "\n",
                    markup if marked and markup.strip() else None, source)


def load(path: str | Path | None) -> Template:
    """The template in the file `path`, or the built-in one."""
    if path is None:
        return default()
    file = Path(path)
    try:
        if file.stat().st_size > MAX_SIZE:
            raise BadInput(i18n._("The welcome template {path} is larger than {size} KB.",
                                  path=file, size=MAX_SIZE // 1024),
                           hint=i18n._("Give the text of a message."))
        content = file.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise BadInput(i18n._("The welcome template {path} does not exist.",
                              path=file)) from None
    except UnicodeDecodeError:
        raise BadInput(i18n._("The welcome template {path} is not UTF-8 text.", path=file),
                       hint=i18n._("Save it as UTF-8.")) from None
    except OSError as e:
        raise BadInput(i18n._("The welcome template {path} could not be read.", path=file),
                       detail=str(e)) from None
    return parse(content, str(file))


def default() -> Template:
    """The built-in welcome message."""
    return parse(DEFAULT_TEXT, "the built-in welcome message")
