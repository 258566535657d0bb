"""Tables as Excel and LibreOffice write them reach the documents cell for cell.

CSV: a line break inside quotes, and U+2028, NEL or a form feed inside a cell, stay in their
cell (the csv module parses the records; ``str.splitlines`` used to split rows at them); a
one-column table keeps its commas. Workbooks are made with openpyxl and then opened and saved
by LibreOffice, so their XML is an office program's: the sheet read is the one the workbook
opens on (a hidden first sheet is skipped), merged cells give their value to every row they
cover, formulas give their saved results, and error values are refused by sheet and cell.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import Workbook

from reportkit import DataError
from reportkit.cli import cli
from reportkit.read import read_table
from tests.helpers.docx import document_text
from tests.helpers.office import through_libreoffice
from tests.helpers.templates import build


def batch(folder: Path, table: Path, *extra: str) -> tuple[int, list[str], list[str]]:
    """Run ``reportkit batch`` over ``table``: exit code, output lines, the documents' text."""
    template = build(folder / "apliecinajums.docx", ["{{ code }}: {{ name }}"])
    out = folder / "out"
    result = CliRunner().invoke(cli, ["batch", str(template), str(table), "-o", str(out),
                                      "--name", "{row}.docx", *extra])
    documents = sorted(out.glob("*.docx")) if out.is_dir() else []
    texts = [document_text(p).rstrip("\n") for p in documents]  # no header, no footer lines
    return result.exit_code, result.output.splitlines(), texts


def test_line_separators_and_form_feeds_stay_inside_their_cells(tmp_path: Path) -> None:
    table = tmp_path / "skolas.csv"
    table.write_text("code;name\n001;Saules\u2028skola\n002;Cēsu\x85skola\n003;Rīgas\x0cskola\n",
                     encoding="utf-8")
    assert [(r.number, r.values) for r in read_table(table)] == [
        (2, {"code": "001", "name": "Saules\u2028skola"}),
        (3, {"code": "002", "name": "Cēsu\x85skola"}),
        (4, {"code": "003", "name": "Rīgas\x0cskola"}),
    ]
    code, output, texts = batch(tmp_path, table)
    assert code == 0 and output[-1] == f"3 of 3 documents written to {tmp_path / 'out'}"
    assert [t.split(":")[0] for t in texts] == ["001", "002", "003"]


def test_a_quoted_line_break_is_kept_and_rows_are_numbered_where_they_start(
        tmp_path: Path) -> None:
    table = tmp_path / "skolas.csv"
    table.write_text('code;name\n001;"Saules\nskola"\n002;"Cēsu\r\nskola"\n003;Rīga\n',
                     encoding="utf-8")
    rows = read_table(table)
    assert [(r.number, r.values["name"]) for r in rows] == [
        (2, "Saules\nskola"), (4, "Cēsu\nskola"), (6, "Rīga")]
    code, _output, texts = batch(tmp_path, table)
    assert code == 0
    assert texts[0] == "001: Saules\nskola"  # a line break in the document, not a lost word


def test_a_one_column_table_keeps_the_commas_of_its_values(tmp_path: Path) -> None:
    table = tmp_path / "vardi.csv"
    table.write_text("name\nBērziņš, Jānis\n\"Ozola; Anna\"\n", encoding="utf-8")
    assert [r.values for r in read_table(table)] == [
        {"name": "Bērziņš, Jānis"}, {"name": "Ozola; Anna"}]


def test_a_quoted_header_with_a_comma_is_one_column(tmp_path: Path) -> None:
    table = tmp_path / "t.csv"
    table.write_text('"vārds, uzvārds";kods\n"Bērziņš, Jānis";007\n', encoding="utf-8")
    assert [r.values for r in read_table(table)] == [
        {"vārds, uzvārds": "Bērziņš, Jānis", "kods": "007"}]


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """openpyxl workbooks, each then opened and saved by LibreOffice Calc (one process)."""
    folder = tmp_path_factory.mktemp("workbooks")
    book = Workbook()
    helper = book.active
    helper.title = "Palīgs"
    helper.append(["code", "name"])
    helper.append(["999", "Slēptā lapa"])
    helper.sheet_state = "hidden"
    schools = book.create_sheet("Skolas")
    schools.append(["code", "name", "count", "double", "note"])
    schools.append(["007", "Saulesskola", 3, "=C2*2", '=IF(C2>2,"","maz")'])
    schools.append(["008", "Cēsu skola", 4, "=C3*2", "=0.1+0.2"])
    schools.append(["", "Otrā ēka", 5, "=C4*2", ""])
    schools.merge_cells("A3:A4")
    book.active = 1
    book.save(str(folder / "skolas.xlsx"))
    book = Workbook()
    sheet = book.active
    sheet.title = "Kļūdas"
    sheet.append(["code", "name", "share"])
    sheet.append(["007", "Saulesskola", "=1/0"])
    sheet.append(["008", '=VALUE("x")', 2])
    book.save(str(folder / "kludas.xlsx"))
    made = through_libreoffice([folder / "skolas.xlsx", folder / "kludas.xlsx"],
                               folder / "libreoffice")
    return {p.stem: p for p in made}


@pytest.mark.pdf
def test_the_visible_active_sheet_is_read_with_merged_cells_and_saved_results(
        saved: dict[str, Path]) -> None:
    rows = read_table(saved["skolas"])
    assert [(r.number, r.values) for r in rows] == [
        (2, {"code": "007", "name": "Saulesskola", "count": 3, "double": 6, "note": ""}),
        (3, {"code": "008", "name": "Cēsu skola", "count": 4, "double": 8,
             "note": Decimal("0.3")}),  # 0.1+0.2 as Excel shows it, not 0.30000000000000004
        (4, {"code": "008", "name": "Otrā ēka", "count": 5, "double": 10, "note": ""}),
    ]


@pytest.mark.pdf
def test_a_hidden_sheet_is_read_only_when_named(saved: dict[str, Path], tmp_path: Path) -> None:
    assert [r.values for r in read_table(saved["skolas"], sheet="Palīgs")] == [
        {"code": "999", "name": "Slēptā lapa"}]
    with pytest.raises(DataError) as err:
        read_table(saved["skolas"], sheet="Kopsavilkums")
    assert str(err.value) == (f"{saved['skolas']}: has no sheet 'Kopsavilkums'; its sheets are: "
                              "'Palīgs', 'Skolas'")
    code, output, texts = batch(tmp_path, saved["skolas"], "--sheet", "Palīgs")
    assert code == 0 and texts == ["999: Slēptā lapa"], output


@pytest.mark.pdf
def test_error_values_are_refused_by_sheet_and_cell(saved: dict[str, Path],
                                                    tmp_path: Path) -> None:
    path = saved["kludas"]
    expected = [
        f"{path}:Kļūdas!C2: shows the error #DIV/0!: correct the formula or the value it uses",
        f"{path}:Kļūdas!B3: shows the error #VALUE!: correct the formula or the value it uses",
    ]
    with pytest.raises(DataError) as err:
        read_table(path)
    assert [str(p) for p in err.value.problems] == expected
    code, output, texts = batch(tmp_path, path)
    assert (code, output, texts) == (2, expected, [])


def test_a_formula_without_a_saved_result_is_refused(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "Skolas"
    sheet.append(["code", "count"])
    sheet.append(["007", "=1+2"])  # openpyxl writes formulas; only Excel or LibreOffice compute
    path = tmp_path / "skripts.xlsx"
    book.save(str(path))
    with pytest.raises(DataError) as err:
        read_table(path)
    assert str(err.value) == (
        f"{path}:Skolas!B2: holds a formula whose result was never saved (the workbook was "
        "written by a program): open it in Excel or LibreOffice and save it again")
