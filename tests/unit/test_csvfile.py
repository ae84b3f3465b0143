"""CSV opens in Excel with accents intact and no cell runs as a formula."""

import csv

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
