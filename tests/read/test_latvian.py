"""The workbook readers, the project workbook and the word forms file speak Latvian (issue 18):
each message in Latvian under ``set_language("lv")``, the English one unchanged beside it."""

from __future__ import annotations

import datetime as dt
import warnings
from pathlib import Path

import pytest
from openpyxl import Workbook

import reportkit
from reportkit import i18n
from reportkit.errors import DataError
from reportkit.read.forms import load_forms
from reportkit.read.workbook import too_long


def _book(path: Path, rows: list[list[object]], title: str = "Skolas") -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _message(call: object) -> str:
    with pytest.raises(DataError) as caught:
        call()  # type: ignore[operator]
    return str(caught.value)


def test_a_sheet_the_workbook_lacks(tmp_path: Path) -> None:
    path = _book(tmp_path / "t.xlsx", [["kods"], ["A"]])
    assert _message(lambda: reportkit.read_table(path, sheet="Kopsavilkums")) == (
        f"{path}: has no sheet 'Kopsavilkums'; its sheets are: 'Skolas'")
    i18n.set_language("lv")
    assert _message(lambda: reportkit.read_table(path, sheet="Kopsavilkums")) == (
        f"{path}: tajā nav lapas 'Kopsavilkums'; faila lapas: 'Skolas'")


def test_a_time_of_day_is_warned_of_in_latvian(tmp_path: Path) -> None:
    path = _book(tmp_path / "t.xlsx", [["kods", "sākums"], ["A", dt.datetime(2024, 5, 6, 14, 30)]])
    i18n.set_language("lv")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        reportkit.read_table(path)
    assert [str(w.message) for w in caught] == [
        f"{path}:Skolas!B2: sākums: ir ne tikai datums 2024-05-06, bet arī laiks 14:30: "
        "dokumentos lieto tikai datumu"]


def test_a_truncated_workbook(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    path.write_bytes(b"PK\x03\x04 cut short")
    i18n.set_language("lv")
    assert _message(lambda: reportkit.read_table(path)) == (
        f"{path}: nav nolasāma .xlsx izklājlapa: fails ir bojāts vai nepilnīgs: saglabājiet to "
        "vēlreiz no Excel vai LibreOffice")


@pytest.mark.parametrize(("length", "said"), [
    (1_000_001, "ir teksts ar 1000001 rakstzīmi, vairāk nekā 1000000"),
    (1_000_011, "ir teksts ar 1000011 rakstzīmēm, vairāk nekā 1000000"),
    (1_000_002, "ir teksts ar 1000002 rakstzīmēm, vairāk nekā 1000000"),
])
def test_a_text_too_long_agrees_with_its_length(length: int, said: str) -> None:
    assert too_long(length).startswith("holds a text of ")
    i18n.set_language("lv")
    assert too_long(length) == said


def test_a_wrong_forms_file_in_latvian(tmp_path: Path) -> None:
    path = tmp_path / "formas.yaml"
    path.write_text("Novara:\n  sg: {lok: Novarā}\nTartu:\n  gender: x\nRiga:\n  sg: 5\n",
                    encoding="utf-8")
    assert _message(lambda: load_forms(path)).splitlines() == [
        f"{path}:1: Novara: unknown case 'lok': use one of nom, gen, dat, acc, loc",
        f"{path}:3: Tartu: unknown gender 'x': use 'm' or 'f'",
        f"{path}:5: Riga: sg must map each case to its form, such as sg: {{loc: Novarā}} "
        "(got 5)"]
    i18n.set_language("lv")
    assert _message(lambda: load_forms(path)).splitlines() == [
        f"{path}:1: Novara: nezināms locījums 'lok': lietojiet vienu no: nom, gen, dat, acc, loc",
        f"{path}:3: Tartu: nezināma dzimte 'x': lietojiet 'm' vai 'f'",
        f"{path}:5: Riga: sg: katram locījumam jānorāda tā forma, piemēram, sg: {{loc: Novarā}} "
        "(ierakstīts: 5)"]


def test_data_nested_too_deeply_in_latvian() -> None:
    data: dict[str, object] = {"kind": "project"}
    inner = data
    for _ in range(101):
        inner["x"] = {}
        inner = inner["x"]  # type: ignore[assignment]
    i18n.set_language("lv")
    assert _message(lambda: reportkit.load(data, source="dati")).startswith(
        "dati: x.x.x.")
    assert _message(lambda: reportkit.load(data, source="dati")).endswith(
        ": ligzdots pārāk dziļi, lai to nolasītu (saraksti vai lauki cits citā vairāk nekā 100 "
        "līmeņu dziļi)")
