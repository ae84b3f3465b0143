"""The translation catalogues: every shipped language complete against the code, a partial one
not offered, plurals from the catalogue, the pseudo-language generated, the command line in the
system's language with English logs."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest

from ldapwizard import i18n
from ldapwizard.i18n import LANGUAGES, Message, _, _n, best_match, catalogues, use_language
from ldapwizard.i18n.catalogues import completeness, parse_po, write_mo
from ldapwizard.i18n.pseudo import pseudo, pseudo_po, pseudo_ts
from tests.unit.pseudo_lines import german

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    use_language("en")


def test_the_templates_hold_every_string_of_the_code(tmp_path):
    """tools/i18n_update.py was run after the last change to a message: the templates in the
    repository are what lupdate and the engine's extraction find in the code now."""
    copy = tmp_path / "tree"
    copy.mkdir()
    for part in ("src", "resources", "tools"):
        subprocess.run(["cp", "-r", str(ROOT / part), str(copy / part)], check=True)
    subprocess.run([sys.executable, str(copy / "tools" / "i18n_update.py")], check=True,
                   capture_output=True)
    for name in sorted(p.name for p in (ROOT / "resources" / "i18n").iterdir()
                       if p.suffix in (".ts", ".po", ".pot")):
        assert (copy / "resources" / "i18n" / name).read_text(encoding="utf-8") == (
            ROOT / "resources" / "i18n" / name).read_text(encoding="utf-8"), (
            f"{name} is stale: run python tools/i18n_update.py")


@pytest.mark.parametrize("code", [c for c in LANGUAGES if c != "en"])
def test_each_language_is_complete_or_not_offered(code):
    """Which languages are complete, in the run's summary: a complete one passes and is
    offered; a partial one is reported as skipped (-ra), with what it lacks, and not offered."""
    result = completeness(code)
    assert (code in catalogues.shipped()) is result.complete
    if not result.complete:
        pytest.skip(f"{result.summary()} (not offered; python tools/i18n_check.py {code} -v)")


def test_a_partial_language_is_not_used(monkeypatch):
    monkeypatch.setattr(catalogues, "completeness",
                        lambda code: catalogues.Completeness(code, missing=["x"]))
    assert use_language("de") == "en"
    assert _("Cancelled; nothing was changed.") == "Cancelled; nothing was changed."


def test_placeholders_accelerators_and_plural_forms_are_checked(tmp_path, monkeypatch):
    folder = tmp_path / "i18n"
    folder.mkdir()
    (folder / "ldapwizard.pot").write_text(
        'msgid "{count} user was imported."\nmsgid_plural "{count} users were imported."\n'
        'msgstr[0] ""\nmsgstr[1] ""\n\nmsgid "In {file}."\nmsgstr ""\n', encoding="utf-8")
    (folder / "de.po").write_text(
        'msgid "{count} user was imported."\nmsgid_plural "{count} users were imported."\n'
        'msgstr[0] "{count} Benutzer wurde importiert."\n\n'
        'msgid "In {file}."\nmsgstr "In {datei}."\n\nmsgid "Gone."\nmsgstr "Weg."\n',
        encoding="utf-8")
    (folder / "ldapwizard_en.ts").write_text(
        '<TS><context><name>P</name><message><source>&amp;Next</source>'
        '<translation type="unfinished"></translation></message></context></TS>',
        encoding="utf-8")
    (folder / "ldapwizard_de.ts").write_text(
        '<TS><context><name>P</name><message><source>&amp;Next</source>'
        '<translation>Weiter</translation></message></context></TS>', encoding="utf-8")
    monkeypatch.setattr(catalogues, "folder", lambda: folder)
    result = completeness("de")
    assert result.plurals == ["{count} user was imported."]  # one form where German has two
    assert result.placeholders == ["In {file}.", "P: &Next"]  # {datei}; no accelerator
    assert result.stale == ["Gone."]
    assert not result.complete and "partial" in result.summary()


def test_engine_messages_take_plural_forms_and_named_placeholders_from_the_catalogue():
    header, entries = parse_po(
        'msgid ""\nmsgstr "Plural-Forms: nplurals=2; plural=(n > 1);\\n"\n\n'
        'msgid "{count} user left."\nmsgid_plural "{count} users left."\n'
        'msgstr[0] "{count} utilisateur est parti."\n'
        'msgstr[1] "{count} utilisateurs sont partis."\n')
    import gettext
    import io

    monkey = gettext.GNUTranslations(io.BytesIO(write_mo(header, entries)))
    previous = i18n._translation
    i18n._translation = monkey
    try:
        zero = _n("{count} user left.", "{count} users left.", 0)
        assert zero == "0 utilisateur est parti."  # French: 0 is singular
        assert zero.english == "0 users left."
        assert _n("{count} user left.", "{count} users left.", 2) == "2 utilisateurs sont partis."
    finally:
        i18n._translation = previous


@german
def test_german_engine_messages_keep_their_english_for_the_log(caplog):
    assert use_language("de") == "de"
    message = _("Cancelled; nothing was changed.")
    assert message == "Abgebrochen; es wurde nichts geändert."
    assert isinstance(message, Message) and message.english == "Cancelled; nothing was changed."
    record = logging.LogRecord("ldapwizard", logging.WARNING, __file__, 1, "stopped: %s",
                               (message,), None)
    i18n.EnglishRecords().filter(record)
    assert record.getMessage() == "stopped: Cancelled; nothing was changed."


@german
def test_an_error_s_message_stays_translated_and_readable():
    from ldapwizard.core.errors import LdapWizardError

    use_language("de")
    error = LdapWizardError(_("{address} refused the connection or is unreachable.",
                              address="ldap\x1b[2J.example:389"))
    assert error.message.startswith("ldap\\x1b[2J.example:389 hat die Verbindung abgelehnt")
    assert error.message.english.startswith("ldap\\x1b[2J.example:389 refused the connection")


@pytest.mark.parametrize(("wanted", "chosen"), [
    (["de_AT"], "de"), (["pt"], "pt_BR"), (["sv_SE", "de_DE"], "de"), (["en_GB"], "en"),
    (["C"], "en"), (["pseudo"], "pseudo")])
def test_the_system_s_language_is_matched_by_region_then_language(wanted, chosen):
    assert best_match(wanted, LANGUAGES) == chosen


def test_the_pseudo_language_is_accented_longer_and_keeps_what_code_reads():
    text = "Import &{count} users from %1 <b>now</b>\n"
    shown = pseudo(text)
    assert shown.startswith("[") and shown.endswith("]")
    assert "{count}" in shown and "%1" in shown and "<b>" in shown and "&" in shown
    assert len(shown) >= 1.4 * len(text)
    assert "users" not in shown and "Import" not in shown
    pot = (ROOT / "resources" / "i18n" / "ldapwizard.pot").read_text(encoding="utf-8")
    po = parse_po(pseudo_po(pot))[1]
    assert po and all(all(e.strings) for e in po.values())
    ts = pseudo_ts((ROOT / "resources" / "i18n" / "ldapwizard_en.ts").read_text("utf-8"))
    assert 'type="unfinished"' not in ts


@german
def test_the_command_line_follows_the_locale_and_lang_c_gives_english(tmp_path):
    environment = {"PATH": "/usr/bin:/bin", "LDAPWIZARD_CONFIG_DIR": str(tmp_path),
                   "LDAPWIZARD_DATA_DIR": str(tmp_path), "PYTHONPATH": str(ROOT / "src")}
    missing = str(tmp_path / "nowhere" / "x.sqlite")

    def run(*args, **env):
        return subprocess.run([sys.executable, "-m", "ldapwizard", *args, "db", "disable",
                               "--db", missing, "someone@example.com"], capture_output=True,
                              text=True,
                              env={**environment, **env}, timeout=60)

    german = run(LANG="de_DE.UTF-8")
    assert german.returncode == 2 and "Fehler: " in german.stderr
    assert "Was zu tun ist: " in german.stderr
    assert "error: " in run(LANG="C").stderr
    assert "error: " in run("--language", "en", LANG="de_DE.UTF-8").stderr
    assert "Fehler: " in run("--language", "de", LANG="C").stderr


@german
def test_openssl_s_own_words_stay_out_of_the_sentence():
    import ssl

    from ldapwizard.core.directory.tlsinfo import verify_reason

    error = ssl.SSLCertVerificationError(
        1, "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local "
        "issuer certificate (_ssl.c:1006)")
    error.verify_code, error.verify_message = 2, "unable to get local issuer certificate"
    assert verify_reason(error) == "the certificate could not be verified"
    use_language("de")
    assert verify_reason(error) == "das Zertifikat konnte nicht geprüft werden"


@german
def test_a_message_inside_a_message_keeps_its_english_for_the_log():
    use_language("de")
    inner = _("Signing in to {address} failed.", address="dc1")
    outer = _("What to do: {hint}", hint=inner)
    assert outer == "Was zu tun ist: Die Anmeldung bei dc1 ist fehlgeschlagen."
    assert outer.english == "What to do: Signing in to dc1 failed."


def failing_opener(settings, password):
    """A directory that drops the connection (imported by name in the listing process)."""
    from ldapwizard.core.errors import DirectoryError

    raise DirectoryError(_("The connection to {address} was lost.", address="dc1"),
                         step="search")


@german
def test_the_listing_process_speaks_the_window_s_language(tmp_path):
    from ldapwizard.core.errors import LdapWizardError
    from ldapwizard.core.job import listing_process
    from ldapwizard.core.maildb.planner import PlanOptions

    use_language("de")
    with pytest.raises(LdapWizardError) as caught:
        listing_process.list_and_plan(failing_opener, None, None, None,
                                      PlanOptions(domain="example.com"),
                                      tmp_path / "users.sqlite")
    assert caught.value.message == "Die Verbindung zu dc1 ist abgebrochen."


@german
def test_clauses_joined_into_a_line_keep_their_english():
    use_language("de")
    line = _("Naming context: {dn}", dn="dc=x") + "; " + _("Signed in anonymously.")
    assert line.english == "Naming context: dc=x; Signed in anonymously."
    line = "✓ " + line
    assert line.english.startswith("✓ Naming context")
