"""A German window shows a sync's reasons in German (issue 32, second pass): the Reason column
of the window's report table says why a user was disabled, enabled again, kept or left in
German, while the same lines keep their English for the log."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from ldapwizard.core.maildb.database import UserDatabase
from ldapwizard.core.maildb.importer import run_import
from ldapwizard.core.maildb.planner import NEW, PlanOptions, make_plan
from ldapwizard.core.maildb.sync import run_sync
from ldapwizard.gui import i18n
from ldapwizard.gui.models.report_model import ReportModel
from ldapwizard.i18n import current_language, english
from ldapwizard.i18n.catalogues import completeness
from tests.unit.records import person

OPTIONS = PlanOptions(domain="example.com")

pytestmark = pytest.mark.skipif(not completeness("de").complete,
                                reason="German is partial, so not offered: "
                                       "python tools/i18n_check.py de -v")


@pytest.fixture
def german(qapp):
    assert i18n.install(qapp, "de") == "de"
    yield
    i18n.install(qapp, "en")
    assert current_language() == "en"


def reasons(report) -> dict[str, str]:
    """The Reason column of the window's table, by address."""
    model = ReportModel()
    model.set_lines(report.all_lines())
    column = list(model.COLUMNS).index("Reason")
    return {model.index(row, 1).data(Qt.ItemDataRole.DisplayRole):
            model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
            for row in range(model.rowCount())}


def test_a_german_window_says_why_a_sync_disabled_enabled_or_left_users_in_german(
        german, tmp_path):
    staff = [person(name) for name in ("amy", "ben", "cat")]
    with UserDatabase.open(tmp_path / "users.sqlite", write=True, create=True) as database:
        plan = make_plan(staff, OPTIONS, database.snapshot(OPTIONS.domain))
        run_import(database, plan, [e for e in plan.entries if e.status == NEW],
                   profile="corp")
        # amy disabled in the directory, cat gone from it (no removals asked for)
        disabled = run_sync(database, [replace(staff[0], disabled=True), staff[1]], OPTIONS,
                            profile="corp")
        back = run_sync(database, staff, OPTIONS, profile="corp")

    shown = reasons(disabled)
    assert shown["amy@example.com"].startswith("im Verzeichnis deaktiviert: im Mailsystem")
    assert shown["cat@example.com"].startswith("nicht mehr in der Verzeichnisliste; "
                                               "unverändert gelassen")
    assert "Konten entfernen" in shown["cat@example.com"]
    assert reasons(back)["amy@example.com"].startswith("im Verzeichnis wieder aktiviert")
    # the log keeps the English
    line = next(line for line in disabled.all_lines() if line.address == "cat@example.com")
    assert english(line.reason).startswith("no longer in the directory listing; left as it is")


def test_a_german_window_says_why_a_sync_stopped_or_updated_users_in_german(german, tmp_path):
    staff = [person(name) for name in ("amy", "ben", "cat")]
    with UserDatabase.open(tmp_path / "users.sqlite", write=True, create=True) as database:
        plan = make_plan(staff, OPTIONS, database.snapshot(OPTIONS.domain))
        run_import(database, plan, [e for e in plan.entries if e.status == NEW],
                   profile="corp")
        renamed = replace(staff[0], display_name="Amy Neu")
        stopped = run_sync(database, [renamed, staff[1]], OPTIONS, profile="corp",
                           remove_missing=True, max_removals="0")
        removed = run_sync(database, [renamed, staff[1]], OPTIONS, profile="corp",
                           remove_missing=True, max_removals="5")

    assert stopped.stopped.startswith("1 importierte Benutzer sind nicht mehr im Verzeichnis")
    assert "mehr als die Grenze von 0" in stopped.stopped
    assert english(stopped.stopped).startswith("1 imported users are no longer")
    assert reasons(stopped)["amy@example.com"].startswith("Anzeigename ")
    assert reasons(removed)["cat@example.com"] == (
        "nicht mehr in der Verzeichnisliste: deaktiviert (bei einem späteren Lauf entfernt, "
        "wenn es dann noch fehlt)")


def test_a_german_window_says_why_undo_refuses_a_batch_in_german(german):
    from ldapwizard.core.maildb.undo import UndoRefused, already_undone

    assert already_undone(3, "2026-12-01 10:00", {}) == (
        "Vorgang 3 wurde bereits am 2026-12-01 10:00 rückgängig gemacht.")
    refused = UndoRefused(4, ["Benutzer amy@example.com wurde seit dem Import geändert"])
    assert str(refused.message).startswith("Vorgang 4 kann nicht sauber rückgängig gemacht")
    assert english(refused.message).startswith("Batch 4 cannot be undone cleanly: 1 of its rows")


def test_a_german_window_says_why_a_mailbox_name_cannot_be_imported_in_german(german, tmp_path):
    from ldapwizard.core.maildb.planner import PROBLEM

    with UserDatabase.open(tmp_path / "users.sqlite", write=True, create=True) as database:
        plan = make_plan([person("postmaster"), person("p\u0430ul")], OPTIONS,
                         database.snapshot(OPTIONS.domain))
    problems = {entry.local_part: entry.reason for entry in plan.entries
                if entry.status == PROBLEM}
    assert problems["postmaster"].startswith("postmaster ist eine Rollenadresse")
    assert problems["p\u0430ul"].startswith("Postfachname mischt ")
    assert english(problems["p\u0430ul"]).startswith("mailbox name mixes ")


def test_a_german_window_counts_a_batch_in_german(german):
    from ldapwizard.core.maildb.undo import Batch

    sync = Batch(7, "sync", "example.com", "corp", "admin", "2026-12-01", 2, 1, 0, None,
                 {"updated": 3, "disabled": 1, "removed": 0})
    assert sync.counts_text() == ("2 angelegt, 3 aktualisiert, 1 deaktiviert, 0 entfernt, "
                                  "1 übersprungen, 0 fehlgeschlagen")
    assert english(sync.counts_text()) == ("2 created, 3 updated, 1 disabled, 0 removed, "
                                           "1 skipped, 0 failed")
