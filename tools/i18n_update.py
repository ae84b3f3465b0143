"""Bring the translation sources up to date with the code (run after changing any message).

    python tools/i18n_update.py             # after changing any message
    python tools/i18n_update.py --add fr    # start a language (listed in ldapwizard.i18n)

Window: Qt's lupdate (PySide6's package folder) reads every tr() / translate() /
QT_TRANSLATE_NOOP in src/ldapwizard/gui and updates resources/i18n/ldapwizard_XX.ts, the
template ldapwizard_en.ts among them; strings gone from the code are marked vanished.
Engine: every _(), _n() and N_() in src/ldapwizard is written to resources/i18n/ldapwizard.pot,
and each XX.po keeps its translations of what is still there (the rest goes to the end as
obsolete "#~" entries). Then `python tools/i18n_check.py` says what each language lacks.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from ldapwizard.i18n import LANGUAGES  # noqa: E402
from ldapwizard.i18n.catalogues import PLURALS, lrelease, parse_po  # noqa: E402

I18N = ROOT / "resources" / "i18n"
CALLS = {"_": 1, "N_": 1, "_n": 2}


def engine_messages() -> dict[str, str | None]:
    """{msgid: plural or None} of every engine message, in source order."""
    found: dict[str, str | None] = {}
    for path in sorted((ROOT / "src" / "ldapwizard").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            # _("…") or i18n._("…") where a module uses _ for what it throws away
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name not in CALLS:
                continue
            args = node.args[:CALLS[name]]
            if len(args) == CALLS[name] and all(
                    isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args):
                found.setdefault(args[0].value, args[1].value if len(args) == 2 else None)
    return found


def quote(text: str) -> str:
    body = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{body}"'


def po_text(code: str | None, messages: dict[str, str | None], old: dict) -> str:
    count, rule = PLURALS.get(code or "en")
    lines = ['msgid ""', 'msgstr ""', '"Content-Type: text/plain; charset=UTF-8\\n"',
             f'"Language: {code or ""}\\n"', f'"Plural-Forms: nplurals={count}; plural={rule};\\n"',
             ""]
    for msgid, plural in messages.items():
        entry = old.get(msgid)
        kept = entry is not None and not entry.obsolete and entry.plural == plural
        if kept and entry.fuzzy:
            lines.append("#, fuzzy")
        lines.append(f"msgid {quote(msgid)}")
        if plural is None:
            lines.append(f"msgstr {quote(entry.strings[0] if kept else '')}")
        else:
            lines.append(f"msgid_plural {quote(plural)}")
            for i in range(count if code else 2):
                text = entry.strings[i] if kept and i < len(entry.strings) else ""
                lines.append(f"msgstr[{i}] {quote(text)}")
        lines.append("")
    for msgid, entry in old.items():  # kept for the translator, never used
        if msgid not in messages and all(entry.strings):
            lines.append(f"#~ msgid {quote(msgid)}")
            if entry.plural is None:
                lines.append(f"#~ msgstr {quote(entry.strings[0])}")
            else:
                lines.append(f"#~ msgid_plural {quote(entry.plural)}")
                lines += [f"#~ msgstr[{i}] {quote(s)}" for i, s in enumerate(entry.strings)]
            lines.append("")
    return "\n".join(lines)


def update_engine(added: str | None = None) -> None:
    messages = engine_messages()
    if added:
        (I18N / f"{added}.po").write_text(po_text(added, messages, {}), encoding="utf-8")
    (I18N / "ldapwizard.pot").write_text(po_text(None, messages, {}), encoding="utf-8")
    for code in LANGUAGES:
        po = I18N / f"{code}.po"
        if code != "en" and po.exists():
            old = parse_po(po.read_text(encoding="utf-8"))[1]
            po.write_text(po_text(code, messages, old), encoding="utf-8")
    print(f"ldapwizard.pot: {len(messages)} messages")


def update_window(added: str | None = None) -> None:
    program = lrelease()
    lupdate = program.with_name(program.name.replace("lrelease", "lupdate"))
    sources = [str(p) for p in sorted((ROOT / "src" / "ldapwizard" / "gui").rglob("*.py"))]
    targets = [str(I18N / "ldapwizard_en.ts")] + [
        str(I18N / f"ldapwizard_{code}.ts") for code in LANGUAGES
        if code != "en" and ((I18N / f"ldapwizard_{code}.ts").exists() or code == added)]
    for target in targets:
        language = Path(target).stem.split("_", 1)[1]
        # no locations and no obsolete entries: a catalogue changes only where a string did
        subprocess.run([str(lupdate), "-silent", "-no-obsolete", "-locations", "none",
                        "-target-language", language, *sources, "-ts", target], check=True)


if __name__ == "__main__":
    new = sys.argv[2] if sys.argv[1:2] == ["--add"] and len(sys.argv) > 2 else None
    if new is not None and new not in LANGUAGES:
        sys.exit(f"{new} is not in ldapwizard.i18n.LANGUAGES: add it there (and its plural "
                 "rule to catalogues.PLURALS) first")
    update_window(new)
    update_engine(new)
