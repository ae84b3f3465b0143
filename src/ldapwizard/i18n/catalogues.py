"""The translation catalogues under resources/i18n/: read, checked, compiled.

Sources, all in the repository: `ldapwizard.pot` (the engine's messages, template) and one
`XX.po` per language; `ldapwizard_en.ts` (the window's strings, template, with the English
plural forms) and one `ldapwizard_XX.ts` per language. A language is shipped only when both
its catalogues are complete against the templates (`completeness`); a partial one is not
offered. The .po is compiled to .mo in memory (`engine_mo`, Python's msgfmt logic: no
dependency, and the bundle can do it too); the .ts to .qm by Qt's lrelease from PySide6's
package folder, at first use into the data folder (`window_qm`), or at build time by
build.spec, since the bundle carries no lrelease.
"""

from __future__ import annotations

import ast
import functools
import hashlib
import importlib.util
import os
import re
import struct
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from ldapwizard.assets import resource
from ldapwizard.i18n import LANGUAGES, PSEUDO

# how many plural forms each language has, and gettext's rule for choosing one
PLURALS = {
    "en": (2, "(n != 1)"), "de": (2, "(n != 1)"), "nl": (2, "(n != 1)"),
    "es": (2, "(n != 1)"), "it": (2, "(n != 1)"), "ja": (1, "0"),
    "fr": (2, "(n > 1)"), "pt_BR": (2, "(n > 1)"), PSEUDO: (2, "(n != 1)"),
}
_PLACEHOLDER = re.compile(r"\{[A-Za-z_0-9]*\}|%(?:n|L?\d)")
_ACCELERATOR = re.compile(r"&(?!&)\S")


@dataclass
class PoEntry:
    """One message of a .po file."""

    msgid: str
    plural: str | None = None
    strings: list[str] = field(default_factory=list)
    fuzzy: bool = False
    obsolete: bool = False


def _unquote(text: str) -> str:
    return ast.literal_eval(text.strip())


def parse_po(text: str) -> tuple[str, dict[str, PoEntry]]:
    """(header, {msgid: entry}) of a .po file's text."""
    entries: dict[str, PoEntry] = {}
    header = ""
    blocks = re.split(r"\n\s*\n", text.strip())
    for block in blocks:
        entry = PoEntry("")
        key = None
        parts: dict[str, str] = {}
        for line in block.splitlines():
            obsolete = line.startswith("#~")
            if obsolete:
                entry.obsolete = True
                line = line[2:].strip()
            if line.startswith("#,") and "fuzzy" in line:
                entry.fuzzy = True
            if not line or line.startswith("#"):
                continue
            if line.startswith('"'):
                parts[key] += _unquote(line)
                continue
            key, _, rest = line.partition(" ")
            parts[key] = _unquote(rest)
        if "msgid" not in parts:
            continue
        entry.msgid = parts["msgid"]
        entry.plural = parts.get("msgid_plural")
        if entry.plural is None:
            entry.strings = [parts.get("msgstr", "")]
        else:
            entry.strings = [parts[k] for k in sorted(p for p in parts if p.startswith("msgstr["))]
        if entry.msgid == "":
            header = entry.strings[0]
        else:
            entries[entry.msgid] = entry
    return header, entries


def write_mo(header: str, entries: dict[str, PoEntry]) -> bytes:
    """The .mo (GNU gettext binary catalogue) of the translated, non-fuzzy entries."""
    pairs = {"": header}
    for entry in entries.values():
        if entry.obsolete or entry.fuzzy or not all(entry.strings):
            continue
        key = entry.msgid if entry.plural is None else f"{entry.msgid}\0{entry.plural}"
        pairs[key] = "\0".join(entry.strings)
    keys = sorted(pairs)
    ids = b""
    strs = b""
    offsets = []
    for key in keys:
        k, v = key.encode(), pairs[key].encode()
        offsets.append((len(ids), len(k), len(strs), len(v)))
        ids += k + b"\0"
        strs += v + b"\0"
    start = 7 * 4 + 16 * len(keys)
    key_table, value_table = [], []
    for id_at, id_len, str_at, str_len in offsets:
        key_table += [id_len, start + id_at]
        value_table += [str_len, start + len(ids) + str_at]
    head = struct.pack("Iiiiiii", 0x950412DE, 0, len(keys), 7 * 4, 7 * 4 + 8 * len(keys), 0, 0)
    return (head + struct.pack(f"{len(key_table)}i", *key_table)
            + struct.pack(f"{len(value_table)}i", *value_table) + ids + strs)


@dataclass
class TsMessage:
    """One message of a .ts file."""

    context: str
    source: str
    numerus: bool
    translations: list[str]
    kind: str  # "" (finished), "unfinished", "vanished" or "obsolete"


def parse_ts(text: str) -> tuple[str, dict[tuple[str, str], TsMessage]]:
    """(language, {(context, source): message}) of a .ts file's text."""
    root = ET.fromstring(text)
    messages = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            forms = translation.findall("numerusform") if translation is not None else []
            texts = ([f.text or "" for f in forms] if forms else
                     [translation.text or "" if translation is not None else ""])
            kind = translation.get("type", "") if translation is not None else "unfinished"
            messages[(name, source)] = TsMessage(name, source, message.get("numerus") == "yes",
                                                 texts, kind)
    return root.get("language", ""), messages


def folder():
    """resources/i18n of this source tree when running from one (so the code and its
    catalogues always match, also beside another editable install), else the package's."""
    checkout = Path(__file__).resolve().parents[3]
    if (checkout / "src" / "ldapwizard").is_dir() and (checkout / "resources" / "i18n").is_dir():
        return checkout / "resources" / "i18n"
    return resource("i18n")


def _read(name: str) -> str | None:
    file = folder().joinpath(name)
    return file.read_text(encoding="utf-8") if file.is_file() else None


@dataclass
class Completeness:
    """What a language lacks against the templates; complete when every list is empty."""

    language: str
    missing: list[str] = field(default_factory=list)  # untranslated or unfinished
    stale: list[str] = field(default_factory=list)  # translated, no longer in the templates
    placeholders: list[str] = field(default_factory=list)  # {name}/%1 or & not as the source
    plurals: list[str] = field(default_factory=list)  # plural forms absent or miscounted

    @property
    def complete(self) -> bool:
        return not (self.missing or self.stale or self.placeholders or self.plurals)

    def summary(self) -> str:
        """One line for the check's output."""
        if self.complete:
            return f"{self.language}: complete"
        return (f"{self.language}: partial — {len(self.missing)} untranslated, "
                f"{len(self.stale)} stale, {len(self.placeholders)} placeholder mismatches, "
                f"{len(self.plurals)} plural problems")


def _same_marks(source: str, translated: str, language: str, numerus: bool = False) -> bool:
    if numerus:  # a form for one may say "one" instead of %n ("The first group")
        source, translated = source.replace("%n", ""), translated.replace("%n", "")
    if sorted(_PLACEHOLDER.findall(source)) != sorted(_PLACEHOLDER.findall(translated)):
        return False
    had = bool(_ACCELERATOR.search(source))
    has = bool(_ACCELERATOR.search(translated))
    if language == "ja" and has:  # Japanese puts it after the text: "接続(&C)"
        return had and re.search(r"\(&[A-Z0-9]\)", translated) is not None
    return had == has


def completeness(code: str) -> Completeness:
    """How complete `code`'s catalogues are against the templates."""
    result = Completeness(code)
    plural_count = PLURALS.get(code, (2, ""))[0]
    _, template = parse_po(_read("ldapwizard.pot") or "")
    po = _read(f"{code}.po")
    if po is None:
        result.missing.append(f"{code}.po")
        entries: dict[str, PoEntry] = {}
    else:
        entries = parse_po(po)[1]
    for msgid, source in template.items():
        entry = entries.get(msgid)
        if entry is None or entry.obsolete or entry.fuzzy or not all(entry.strings):
            result.missing.append(msgid)
            continue
        if source.plural is not None and len(entry.strings) != plural_count:
            result.plurals.append(msgid)
        if not all(_same_marks(msgid if i == 0 else source.plural, text, code,
                               source.plural is not None)
                   for i, text in enumerate(entry.strings)):
            result.placeholders.append(msgid)
    result.stale += [m for m, e in entries.items() if m not in template and all(e.strings)]
    _, window = parse_ts(_read("ldapwizard_en.ts") or "<TS/>")
    ts = _read(f"ldapwizard_{code}.ts")
    if ts is None:
        result.missing.append(f"ldapwizard_{code}.ts")
        ts_messages: dict = {}
    else:
        ts_messages = parse_ts(ts)[1]
    for key, source in window.items():
        if source.kind in ("vanished", "obsolete"):
            continue
        message = ts_messages.get(key)
        if message is None or message.kind or not all(message.translations):
            result.missing.append(f"{key[0]}: {key[1]}")
            continue
        if source.numerus and len(message.translations) != plural_count:
            result.plurals.append(f"{key[0]}: {key[1]}")
        if not all(_same_marks(key[1], text, code, source.numerus)
                   for text in message.translations):
            result.placeholders.append(f"{key[0]}: {key[1]}")
    result.stale += [f"{k[0]}: {k[1]}" for k, m in ts_messages.items()
                     if m.kind in ("vanished", "obsolete")
                     or (k in ts_messages and k not in window and not m.kind)]
    return result


@functools.cache
def shipped() -> tuple[str, ...]:
    """The languages offered: English and every language whose catalogues are complete."""
    return ("en", *(code for code in LANGUAGES if code != "en" and completeness(code).complete))


def shipped_quickly(code: str) -> tuple[str, ...]:
    """shipped() as far as `code` goes, checking only that language."""
    return (code,) if code in LANGUAGES and completeness(code).complete else ()


def engine_mo(code: str) -> bytes:
    """The engine's catalogue for `code` as .mo bytes (PSEUDO generated from the template)."""
    if code == PSEUDO:
        from ldapwizard.i18n.pseudo import pseudo_po

        header, entries = parse_po(pseudo_po(_read("ldapwizard.pot") or ""))
    else:
        header, entries = parse_po(_read(f"{code}.po") or "")
    return write_mo(header, entries)


def lrelease() -> Path | None:
    """Qt's lrelease from PySide6's package folder (found without importing Qt)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        return None
    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    program = Path(spec.origin).parent / name
    return program if program.exists() else None


def ts_source(code: str) -> str:
    """The .ts text for `code`'s window strings (PSEUDO generated from the template)."""
    if code == PSEUDO:
        from ldapwizard.i18n.pseudo import pseudo_ts

        return pseudo_ts(_read("ldapwizard_en.ts") or "")
    return _read(f"ldapwizard_{code}.ts") or ""


def compile_qm(code: str, folder: Path) -> Path:
    """Compile `code`'s window strings into folder/ldapwizard_CODE.qm with lrelease."""
    program = lrelease()
    if program is None:
        raise FileNotFoundError("lrelease is not in PySide6's package folder")
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"ldapwizard_{code}.qm"
    # written beside and renamed into place: a second window starting at the same moment
    # reads either no file or a whole one
    with tempfile.TemporaryDirectory(dir=folder) as work:
        source = Path(work) / f"ldapwizard_{code}.ts"
        built = Path(work) / f"ldapwizard_{code}.qm"
        source.write_text(ts_source(code), encoding="utf-8")
        subprocess.run([str(program), "-silent", str(source), "-qm", str(built)], check=True,
                       capture_output=True, timeout=120)
        os.replace(built, target)
    return target


def window_qm(code: str) -> Path | None:
    """The compiled window catalogue for `code`: the bundle's, else one compiled at first
    use into the data folder (named by the sources' hash, so an edit recompiles)."""
    built = folder().joinpath("qm", f"ldapwizard_{code}.qm")
    if built.is_file():
        return Path(str(built))
    from ldapwizard.core.job import paths

    digest = hashlib.sha256(ts_source(code).encode()).hexdigest()[:16]
    target = paths.data_dir() / "i18n" / digest / f"ldapwizard_{code}.qm"
    if target.is_file():
        return target
    try:
        return compile_qm(code, target.parent)
    except (OSError, subprocess.SubprocessError):
        return None  # no lrelease: the window stays in English rather than not opening
