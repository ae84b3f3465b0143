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
