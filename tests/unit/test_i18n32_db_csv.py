"""The CSV files' header in the admin's language (issue 32): the keys in English, so scripts
keep working; the columns' display names in another language; and an edited preview read
back whichever shipped language headed it."""

from __future__ import annotations

import csv

import pytest

from ldapwizard.core.errors import BadInput
from ldapwizard.core.maildb import csv_columns
from ldapwizard.core.maildb.importer import run_import
from ldapwizard.core.maildb.planner import PlanOptions, make_plan
from ldapwizard.core.maildb.reports import (
    PREVIEW_COLUMNS,
    REPORT_COLUMNS,
    line_words,
    read_selection,
    write_preview,
    write_report,
)
from ldapwizard.i18n import catalogues, use_language
from tests.unit.records import person

USERS = [person("amy"), person("ben"), person("eve")]


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    use_language("en")


def header_of(path) -> list[str]:
    with open(path, encoding="utf-8-sig", newline="") as file:
        return next(csv.reader(file))


def plan_for(database):
    return make_plan(USERS, PlanOptions(domain="example.com"),
                     database.snapshot("example.com"))


def test_a_german_preview_is_headed_in_german_and_reads_back_in_any_language(
        sqlite_database, tmp_path):
    plan = plan_for(sqlite_database)
    path = tmp_path / "vorschau.csv"
    assert use_language("de") == "de"
    write_preview(path, plan)
    header = header_of(path)
    assert header[:4] == ["Ausgewählt", "Status", "Grund", "Benutzername"]
    assert "Anzeigename" in header and "Stabile ID" in header
    # the admin unticks eve in a German spreadsheet and saves with semicolons
    with open(path, encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file))
    assert {row[0] for row in rows[1:]} == {"ja"}
    for row in rows[1:]:
        if row[3] == "eve":
            row[0] = "nein"
    with open(path, "w", encoding="utf-8-sig", newline="") as file:
        csv.writer(file, delimiter=";").writerows(rows)
    picked = read_selection(path)
    assert set(picked.ids) == {"id-amy", "id-ben"}
    use_language("en")  # another admin, in English, reads the German file too
    assert set(read_selection(path).ids) == {"id-amy", "id-ben"}
    write_preview(tmp_path / "preview.csv", plan)  # and writes the keys, as scripts read them
    assert header_of(tmp_path / "preview.csv") == list(PREVIEW_COLUMNS)


def test_a_german_report_csv_and_its_terminal_words_are_german(sqlite_database, tmp_path):
    plan = plan_for(sqlite_database)
    report = run_import(sqlite_database, plan, plan.entries)
    use_language("de")
    write_report(tmp_path / "bericht.csv", report)
    assert header_of(tmp_path / "bericht.csv")[:3] == ["Status", "Grund", "Benutzername"]
    use_language("en")
    write_report(tmp_path / "report.csv", report)
    assert header_of(tmp_path / "report.csv") == list(REPORT_COLUMNS)
    use_language("de")
    assert line_words(report.lines[0]).startswith("angelegt: amy@example.com")


def test_a_japanese_preview_ticked_in_japanese_reads_back(sqlite_database, tmp_path):
    plan = plan_for(sqlite_database)
    use_language("ja")
    write_preview(tmp_path / "preview.csv", plan)
    text = (tmp_path / "preview.csv").read_text(encoding="utf-8-sig")
    assert text.startswith("選択,状態,理由,ユーザー名,")
    (tmp_path / "preview.csv").write_text(text.replace("\nはい,", "\nいいえ,", 1),
                                          encoding="utf-8-sig")
    use_language("en")
    assert len(read_selection(tmp_path / "preview.csv").ids) == 2


def test_an_unknown_column_is_named_in_the_refusal(tmp_path):
    path = tmp_path / "edited.csv"
    path.write_text("Ausgewählt,Stabile ID,Farbe\nyes,id-amy,blau\n", encoding="utf-8")
    with pytest.raises(BadInput, match='does not know the column "Farbe"'):
        read_selection(path)


def test_no_display_name_of_one_column_is_another_columns_name_in_any_language():
    """A header cell maps to one key whatever shipped language wrote it."""
    seen = {}
    for code in [*catalogues.shipped(), "pseudo"]:
        use_language(code)
        for key, name in zip(csv_columns.DISPLAY_NAMES, csv_columns.header(
                list(csv_columns.DISPLAY_NAMES)), strict=True):
            folded = name.casefold()
            assert seen.setdefault(folded, key) == key, (code, name)
    assert csv_columns.column_keys(["Nom affiché", "表示名", "display_name"]) == [
        "display_name"] * 3
