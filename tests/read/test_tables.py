"""Spreadsheets as coordinators save them, read into one nested record per row."""

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook

from reportkit.errors import DataError
from reportkit.read.tables import read_table


def write_csv(tmp_path: Path, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / "tabula.csv"
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig"])
@pytest.mark.parametrize("sep", [",", ";"])
def test_csv_as_excel_saves_it_in_latvia(tmp_path: Path, encoding: str, sep: str) -> None:
    text = f"kods{sep}skola.nosaukums{sep}pilsēta\n2019-1{sep}Saules skola{sep}Daugavpils\n"
    (row,) = read_table(write_csv(tmp_path, text, encoding))
    assert row.number == 2
    assert row.values == {"kods": "2019-1", "skola": {"nosaukums": "Saules skola"},
                          "pilsēta": "Daugavpils"}


def test_csv_dates_become_dates_and_other_text_stays_as_typed(tmp_path: Path) -> None:
    text = "a;b;c;d;e\n2019-06-01;01.06.2019.;007;22 783,00;31.02.2020.\n"
    (row,) = read_table(write_csv(tmp_path, text))
    assert row.values == {"a": dt.date(2019, 6, 1), "b": dt.date(2019, 6, 1), "c": "007",
                          "d": "22 783,00", "e": "31.02.2020."}


def test_quoted_csv_field_keeps_its_separator(tmp_path: Path) -> None:
    (row,) = read_table(write_csv(tmp_path, 'nosaukums;vieta\n"Māksla; agrāk";Rīga\n'))
    assert row.values["nosaukums"] == "Māksla; agrāk"


def test_blank_rows_are_skipped_and_row_numbers_are_the_files(tmp_path: Path) -> None:
    rows = read_table(write_csv(tmp_path, "x\n\n1\n;\n2\n"))
    assert [(r.number, r.values["x"]) for r in rows] == [(3, "1"), (5, "2")]


def test_xlsx_numbers_are_never_floats(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["summa", "skaits", "sākums", "teksts"])
    sheet.append([22783.0, 11, dt.datetime(2019, 6, 1), "Daugavpilī"])
    sheet.append([4557.2, 21.5, None, None])
    path = tmp_path / "t.xlsx"
    book.save(path)
    first, second = read_table(path)
    assert first.values == {"summa": 22783, "skaits": 11, "sākums": dt.date(2019, 6, 1),
                            "teksts": "Daugavpilī"}
    assert second.values == {"summa": Decimal("4557.2"), "skaits": Decimal("21.5"),
                             "sākums": "", "teksts": ""}


@pytest.mark.parametrize("text, message", [
    ("", "tabula.csv: the table is empty: the first row must name the columns"),
    ("a;b\n", "tabula.csv: the table has column names but no rows below them"),
    ("a;;b\n1;2;3\n", "tabula.csv:1: column 2 has no name in the first row"),
    ("a;a\n1;2\n", "tabula.csv:1: column name 'a' appears twice"),
    ("a;a.b\n1;2\n", "tabula.csv:1: column 'a' clashes with the dotted columns 'a.…'"),
    ("a..b\n1\n", "tabula.csv:1: column name 'a..b' has an empty part between dots"),
    ("a\n1\n2;3\n", "tabula.csv:3: has a value in column 2 or beyond, which has no name"),
])
def test_bad_tables_are_reported_with_file_and_line(tmp_path: Path, text: str,
                                                    message: str) -> None:
    with pytest.raises(DataError) as err:
        read_table(write_csv(tmp_path, text))
    assert str(err.value).replace(str(tmp_path) + "/", "").startswith(message)


def test_csv_neither_utf8_nor_cp1257_says_how_to_save_it(tmp_path: Path) -> None:
    path = tmp_path / "tabula.csv"
    path.write_bytes(b"v\xc4rds\n\x98\n")
    with pytest.raises(DataError, match=r"not UTF-8 text \(byte 0xc4\).*'CSV UTF-8' or as .xlsx"):
        read_table(path)


@pytest.mark.parametrize("name, content, message", [
    ("t.xlsx", b"not a zip", "not a readable .xlsx workbook"),
    ("t.ods", b"", "not a readable .ods workbook"),
    ("t.txt", b"a;b", r"cannot read .txt: give an .xlsx, .ods or .csv table"),
])
def test_unreadable_spreadsheets(tmp_path: Path, name: str, content: bytes,
                                 message: str) -> None:
    (tmp_path / name).write_bytes(content)
    with pytest.raises(DataError, match=message):
        read_table(tmp_path / name)


def test_missing_table_and_folder(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="file not found"):
        read_table(tmp_path / "nav.csv")
    with pytest.raises(DataError, match="is a folder"):
        read_table(tmp_path)


def test_csv_cell_too_long_for_the_csv_module_is_a_located_data_error(tmp_path: Path) -> None:
    path = write_csv(tmp_path, "a;b\n1;2\n" + "x" * 200_000 + ";3\n")
    with pytest.raises(DataError) as caught:
        read_table(path)
    assert str(caught.value) == (f"{path}:3: not a readable CSV table "
                                 "(field larger than field limit (131072))")
