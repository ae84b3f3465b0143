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


@pytest.mark.parametrize("delimiter", [",", ";"])
def test_rows_are_written_byte_for_byte_as_csv_writer_writes_them(tmp_path, delimiter):
    # write_csv formats a batch of rows a column at a time; whatever the cells hold, each line
    # must be what csv.writer writes for the row neutralised cell by cell
    import io
    import random

    rng = random.Random(16)
    pieces = ["a", "Müller", "x y", ",", ";", '"', "\r", "\n", "\r\n", "\0", "=", "+", "-",
              "@", "\t", "|", "'", " ", "", "😀", "cn=Doe\\2C John,ou=sales,dc=example,dc=com"]

    def cell():
        roll = rng.random()
        if roll < 0.03:
            return None
        if roll < 0.06:
            return rng.choice([7, -1, 2.5, True])
        return "".join(rng.choice(pieces) for _ in range(rng.randint(0, 4)))

    header = ["h1", "h2", "h3", "h4"]
    rows = [[cell() for _ in header] for _ in range(2500)]  # three batches, the last short
    rows[1200] = ["only"]  # a short row among full ones
    rows[2400] = ["", "", "", ""]
    single = [[""], ["=x"], ["a,b"], [None]]  # rows of one cell: csv.writer quotes ""
    for name, written_rows, head in (("wide.csv", rows, header), ("one.csv", single, ["h"])):
        path = tmp_path / name
        assert write_csv(path, head, written_rows, delimiter=delimiter) == len(written_rows)
        expected = io.StringIO()
        writer = csv.writer(expected, delimiter=delimiter)
        for row in [head, *written_rows]:
            writer.writerow([neutralise(v) for v in row])
        assert path.read_bytes() == b"\xef\xbb\xbf" + expected.getvalue().encode("utf-8")
    assert write_csv(tmp_path / "empty.csv", header, []) == 0
    assert (tmp_path / "empty.csv").read_bytes() == b"\xef\xbb\xbfh1,h2,h3,h4\r\n"
