"""The pseudo-language: every string accented and 40% longer, generated from the templates.

It shows at a glance what is not translatable (plain English left in the window) and what a
longer language would cut off. Never stored: made when chosen (LDAPWIZARD_LANGUAGE=pseudo or
--language pseudo) and by tools/i18n_pseudo.py.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from ldapwizard.i18n.catalogues import parse_po

_ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "àƀçđéƒĝĥîĵķĺɱñöþʠŕšţûṽŵẋýžÀßÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ")
# what must stay as it is: placeholders, HTML tags and entities, escapes
_KEPT = re.compile(r"\{[A-Za-z_0-9]*\}|%(?:n|L?\d)|<[^>]*>|&[a-z]+;|&(?=\S)|\\.|\n")
_PADDING = "ŀőŋğ ţēẋţ ŵıţĥ ẁőŗđš "


def pseudo(text: str) -> str:
    """`text` accented and made 40% longer, its placeholders and markup kept."""
    if not text:
        return text
    out, at = [], 0
    for match in _KEPT.finditer(text):
        out.append(text[at:match.start()].translate(_ACCENTED))
        out.append(match.group())
        at = match.end()
    out.append(text[at:].translate(_ACCENTED))
    extra = max(1, round(len(text) * 0.4) - 2)
    padding = (_PADDING * (extra // len(_PADDING) + 1))[:extra]
    return f"[{''.join(out)}{' ' if ' ' in text else ''}{padding}]"


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def pseudo_po(template: str) -> str:
    """A .po for the pseudo-language from the engine's template (.pot) text."""
    _, entries = parse_po(template)
    lines = ['msgid ""', 'msgstr ""',
             '"Content-Type: text/plain; charset=UTF-8\\n"',
             '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"', ""]
    for entry in entries.values():
        lines.append(f"msgid {_quote(entry.msgid)}")
        if entry.plural is None:
            lines.append(f"msgstr {_quote(pseudo(entry.msgid))}")
        else:
            lines.append(f"msgid_plural {_quote(entry.plural)}")
            lines.append(f"msgstr[0] {_quote(pseudo(entry.msgid))}")
            lines.append(f"msgstr[1] {_quote(pseudo(entry.plural))}")
        lines.append("")
    return "\n".join(lines)


def pseudo_ts(template: str) -> str:
    """A .ts for the pseudo-language from the window's template (ldapwizard_en.ts) text."""
    root = ET.fromstring(template)
    root.set("language", "en_US")  # English plural rules; the words are what changes
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")
        if forms:
            english = [f.text or source for f in forms]
            for form, text in zip(forms, english, strict=True):
                form.text = pseudo(text)
        else:
            translation.text = pseudo(source)
    return '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(
        root, encoding="unicode")
