"""One German word per concept: the engine's catalogue says what the window says — "Abgleich"
for a sync and "Vorgang" for a batch — so an admin reading both never wonders whether a
"Synchronisierung" or a "Stapel" is something else."""

from __future__ import annotations

import re
from pathlib import Path

from ldapwizard.i18n.catalogues import parse_po

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"
COMMANDS = re.compile(r"`[^`]*`|--[\w-]+|\bldapwizard sync\b|^sync\b")


def _german():
    _, entries = parse_po((I18N / "de.po").read_text(encoding="utf-8"))
    return [e for e in entries.values() if not e.obsolete]


def test_a_sync_is_an_abgleich_in_every_german_engine_message():
    ts = (I18N / "ldapwizard_de.ts").read_text(encoding="utf-8")  # the window's words
    assert ts.count("Abgleich") > 20 and "Vorgang" in ts
    assert "Synchronisierung" not in ts and "Stapel" not in ts
    wrong = [(e.msgid, text) for e in _german() for text in e.strings
             if re.search(r"Synchronisierung|\bSyncs?\b|Sync-", COMMANDS.sub("", text))]
    assert wrong == []
    assert parse_po((I18N / "de.po").read_text(encoding="utf-8"))[1][
        "the sync"].strings == ["Abgleich"]


def test_a_batch_is_a_vorgang_in_every_german_engine_message():
    wrong = [(e.msgid, text) for e in _german() for text in e.strings if "Stapel" in text]
    assert wrong == []
    said = parse_po((I18N / "de.po").read_text(encoding="utf-8"))[1]
    assert said["Sync batch {batch}: {summary}."].strings == [
        "Abgleichsvorgang {batch}: {summary}."]


def _entries(language: str):
    _, entries = parse_po((I18N / f"{language}.po").read_text(encoding="utf-8"))
    return [e for e in entries.values() if not e.obsolete]


def test_italian_says_mailing_list_and_attivita_as_the_window_does():
    ts = (I18N / "ldapwizard_it.ts").read_text(encoding="utf-8")
    assert "mailing list" in ts and not re.search(r"list[ae] di distribuzione", ts)
    assert [e.msgid for e in _entries("it")
            if any(re.search(r"list[ae] di distribuzione", t, re.I) for t in e.strings)] == []
    jobs = [e for e in _entries("it") if re.search(r"\bjobs?\b", e.msgid)]
    assert len(jobs) > 10  # a scheduled job is an "attività" there too, as in the window
    assert [e.msgid for e in jobs if any(re.search(r"\bjob\b", t) for t in e.strings)] == []


def test_japanese_undo_is_moto_ni_modosu_as_the_window_says():
    ts = (I18N / "ldapwizard_ja.ts").read_text(encoding="utf-8")
    assert "バッチを元に戻す" in ts
    undo = [e for e in _entries("ja") if re.search(r"\bundo(ne|ing|s)?\b", e.msgid, re.I)
            and "the write was undone" not in e.msgid]
    assert len(undo) > 15
    assert [e.msgid for e in undo if any("取り消" in t for t in e.strings)] == []


def test_french_says_importation_as_the_window_does():
    ts = (I18N / "ldapwizard_fr.ts").read_text(encoding="utf-8")
    assert "Annuler l&apos;importation" in ts
    wrong = [e.msgid for e in _entries("fr") for t in e.strings
             if re.search(r"\b(un|une autre|l'|d')\s?import\b", COMMANDS.sub("", t), re.I)
             or re.search(r"\bUn autre import\b", t)]
    assert wrong == []
