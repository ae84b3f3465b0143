"""CSV opens in Excel with accents intact and no cell runs as a formula."""

import csv

import pytest

from ldapwizard.core.errors import LdapWizardError
from ldapwizard.core.maildb.csvfile import neutralise, write_csv


def test_csv_has_bom_header_and_neutralised_formulas(tmp_path):
    path = tmp_path / "out.csv"
    hostile = ["=cmd|' /C calc'!A0", "@SUM(1)", "+1", "-2", "\tx", "Müller, \"Jo\""]
    write_csv(path, ["value"], [[v] for v in hostile], delimiter=";")
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    assert rows[0] == ["value"]
    cells = [r[0] for r in rows[1:]]
    assert cells[:5] == ["'=cmd|' /C calc'!A0", "'@SUM(1)", "'+1", "'-2", "'\tx"]
    assert cells[5] == 'Müller, "Jo"'


def test_a_failed_write_leaves_no_partial_file(tmp_path):
    path = tmp_path / "out.csv"

    def rows():
        yield ["a"]
        raise RuntimeError("listing broke")

    try:
        write_csv(path, ["h"], rows())
    except RuntimeError:
        pass
    assert not path.exists()
    assert list(tmp_path.iterdir()) == []
    assert neutralise(None) == ""


def test_every_cell_of_a_row_is_neutralised_wherever_it_stands(tmp_path):
    # rows are tested whole before cell by cell: a formula in any column, after an empty
    # cell, next to a NUL or among cells that are not text must still be caught
    path = tmp_path / "out.csv"
    rows = [["plain", "text", "only"],
            ["", "=1+1", "x"],
            ["a", "b", "|pipe"],
            ["a\0", "-", "c"],
            ["nul\0=not a start", "d", "e"],
            [None, 7, "@x"],
            ["\n=new line first", "ok", "ok"]]
    assert write_csv(path, ["h1", "h2", "h3"], rows) == len(rows)
    with path.open(encoding="utf-8-sig", newline="") as f:
        written = list(csv.reader(f))[1:]
    assert written == [[neutralise(v) for v in row] for row in rows]
    assert written[1][1] == "'=1+1" and written[2][2] == "'|pipe" and written[3][1] == "'-"
    assert written[4][0] == "nul\0=not a start" and written[5] == ["", "7", "'@x"]


def test_a_file_that_cannot_be_written_is_said_in_words_and_leaves_nothing(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(LdapWizardError, match="could not be written; nothing was saved") as e:
        write_csv(blocker / "out.csv", ["h"], [["a"]])
    assert e.value.hint and e.value.detail
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file"]


def test_list_to_a_csv_it_cannot_write_exits_1_with_the_reason(tmp_path, capsys):
    from ldapwizard.cli import run

    (tmp_path / "a-file").write_text("")
    assert run(["--demo", "list", "--csv", str(tmp_path / "a-file" / "users.csv")]) == 1
    err = capsys.readouterr().err
    assert "could not be written" in err and "What to do:" in err and "Traceback" not in err
