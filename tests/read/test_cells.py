"""Cells as coordinators leave them, read as they mean: the participants' table of issue 19.

Every table reader (a batch's .csv, .xlsx and .ods, ``reportkit.read_table``) trims and
cleans its cells the same way; dates with a time of day are dates with a located warning.
"""

from __future__ import annotations

import datetime as dt
import warnings
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook

import reportkit
from reportkit.read.cells import clean_cell, clean_text, serial_date
from tests.helpers.office import through_libreoffice

# What 200 typed rows hold: spaces around and between names, a no-break space pasted from a
# web page, a zero-width space from a PDF, a tab, NFD letters from a Mac.
MESSY = [
    ("  Jānis  Bērziņš   ", "Jānis Bērziņš"),
    ("Ivanova\u00a0", "Ivanova"),
    ("Anna\u00a0\u00a0Liepa", "Anna Liepa"),
    ("Pēteris\u200bKalniņš", "PēterisKalniņš"),
    ("\u200bOzola\u2060", "Ozola"),
    ("Līga\tZariņa", "Līga Zariņa"),
    ("Ce\u0304sis", "Cēsis"),
    ("\ufeffDaugavpils", "Daugavpils"),
    ("Rīga\u202f", "Rīga"),
    ("Pirmā rinda  \n  otrā rinda ", "Pirmā rinda\notrā rinda"),
    ("\n\n", ""),
]


@pytest.mark.parametrize("typed, meant", MESSY)
def test_a_cell_prints_as_its_writer_meant(typed: str, meant: str) -> None:
    assert clean_text(typed) == meant


def test_clean_text_is_idempotent() -> None:
    for typed, meant in MESSY:
        assert clean_text(clean_text(typed)) == meant


def test_a_datetime_at_midnight_is_a_date_and_a_time_of_day_is_noted() -> None:
    assert clean_cell(dt.datetime(2019, 6, 1)) == (dt.date(2019, 6, 1), None)
    day, note = clean_cell(dt.datetime(2019, 6, 1, 9, 5))
    assert day == dt.date(2019, 6, 1)
    assert note == ("holds the time 09:05 as well as the date 2019-06-01: documents use the "
                    "date only")
    assert clean_cell(dt.time(10, 0)) == (dt.time(10, 0), None)  # a time alone stays a time


@pytest.mark.parametrize("serial, day", [
    (43617, dt.date(2019, 6, 1)), (1, dt.date(1900, 1, 1)), (59, dt.date(1900, 2, 28)),
    (61, dt.date(1900, 3, 1)), (45658, dt.date(2025, 1, 1)), (2958465, dt.date(9999, 12, 31)),
])
def test_excel_serial_dates(serial: int, day: dt.date) -> None:
    assert serial_date(serial) == day
    assert serial_date(Decimal(serial)) == day


@pytest.mark.parametrize("value", [60, 0, -1, 2958466, Decimal("43617.5"), 43617.0, "43617",
                                   True, None])
def test_what_is_no_serial_date(value: object) -> None:
    assert serial_date(value) is None


def test_serial_dates_of_the_1904_system() -> None:
    assert serial_date(0 + 1, epoch=dt.date(1904, 1, 1)) == dt.date(1904, 1, 2)


PARTICIPANTS = [
    ["vārds", "uzvārds", "pilsēta", "sākums"],
    ["  Jānis ", " Bērziņš\u00a0 ", "Daugav\u200bpils", dt.datetime(2024, 5, 6)],
    ["Anna", "Ivanova\u00a0", "Rīga", dt.datetime(2024, 5, 6, 14, 30)],
]
CLEAN = [
    {"vārds": "Jānis", "uzvārds": "Bērziņš", "pilsēta": "Daugavpils",
     "sākums": dt.date(2024, 5, 6)},
    {"vārds": "Anna", "uzvārds": "Ivanova", "pilsēta": "Rīga", "sākums": dt.date(2024, 5, 6)},
]


def _xlsx(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "Dalībnieki"
    for row in PARTICIPANTS:
        sheet.append(row)
    book.save(path)
    return path


def _read(path: Path) -> tuple[list[dict[str, object]], list[str]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        rows = reportkit.read_table(path)
    return [r.values for r in rows], [str(w.message) for w in caught]


def test_an_xlsx_is_read_clean_with_the_time_of_day_located(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "dalibnieki.xlsx")
    values, notes = _read(path)
    assert values == CLEAN
    assert notes == [f"{path}:Dalībnieki!D3: sākums: holds the time 14:30 as well as the date "
                     "2024-05-06: documents use the date only"]


def test_the_same_workbook_saved_by_libreoffice_as_ods_and_xlsx(tmp_path: Path) -> None:
    made = _xlsx(tmp_path / "dalibnieki.xlsx")
    ods, = through_libreoffice([made], tmp_path / "ods", to="ods")
    xlsx, = through_libreoffice([made], tmp_path / "xlsx", to="xlsx")
    for path in (ods, xlsx):
        values, notes = _read(path)
        assert values == CLEAN, path.suffix
        assert notes == [f"{path}:Dalībnieki!D3: sākums: holds the time 14:30 as well as the "
                         "date 2024-05-06: documents use the date only"]


def test_a_csv_is_read_clean_and_its_rows_located_by_line(tmp_path: Path) -> None:
    path = tmp_path / "dalibnieki.csv"
    path.write_text("vārds;uzvārds;pilsēta\n  Jānis ; Bērziņš\u00a0 ;Daugav\u200bpils\n",
                    encoding="utf-8")
    values, notes = _read(path)
    assert values == [{"vārds": "Jānis", "uzvārds": "Bērziņš", "pilsēta": "Daugavpils"}]
    assert notes == []


def test_headers_are_cleaned_too(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text(" vārds\u00a0;\u200bsumma \nJānis;5\n", encoding="utf-8")
    assert _read(path)[0] == [{"vārds": "Jānis", "summa": "5"}]


def test_a_row_of_spaces_alone_is_a_blank_row(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("vārds\nJānis\n \u00a0 \nAnna\n", encoding="utf-8")
    assert [r.number for r in reportkit.read_table(path)] == [2, 4]


def test_an_ods_error_value_is_refused_at_its_cell(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "Skolas"
    sheet.append(["kods", "summa"])
    sheet.append(["A", "=1/0"])
    book.save(tmp_path / "kludas.xlsx")
    ods, = through_libreoffice([tmp_path / "kludas.xlsx"], tmp_path / "ods", to="ods")
    import python_calamine

    raw = python_calamine.load_workbook(str(ods)).get_sheet_by_name("Skolas").to_python()
    assert raw[1][1] == ""  # what calamine alone gives: the error would vanish
    with pytest.raises(reportkit.DataError) as caught:
        reportkit.read_table(ods)
    assert str(caught.value) == (f"{ods}:Skolas!B2: shows the error #DIV/0!: correct the "
                                 "formula or the value it uses")
    from reportkit import i18n

    i18n.set_language("lv")
    with pytest.raises(reportkit.DataError) as latvian:
        reportkit.read_table(ods)
    assert str(latvian.value) == (f"{ods}:Skolas!B2: rāda kļūdu #DIV/0!: izlabojiet formulu vai "
                                  "vērtību, ko tā izmanto")
