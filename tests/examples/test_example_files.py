"""The workbooks and the certificate template the example scripts read are what
``scripts/make_example_files.py`` makes, and hold what Excel would store."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from tests.helpers.scripts import load_script

EXAMPLES = Path(__file__).parents[2] / "examples"
NAMES = ["dalibnieki.xlsx", "izlietotais_budzets.xlsx", "apliecinajums.docx"]


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    script: Any = load_script("make_example_files")
    return {p.name: p for p in script.make_all(tmp_path_factory.mktemp("made"))}


@pytest.mark.parametrize("name", NAMES)
def test_committed_file_is_what_the_script_makes(made: dict[str, Path], name: str) -> None:
    with zipfile.ZipFile(EXAMPLES / name) as committed, zipfile.ZipFile(made[name]) as fresh:
        assert committed.namelist() == fresh.namelist()
        # openpyxl stamps the time of saving into docProps/core.xml and its own version into
        # docProps/app.xml (3.1.0 at the oldest bounds); every other part is equal
        stamped = {"docProps/core.xml", "docProps/app.xml"}
        changed = [n for n in fresh.namelist()
                   if n not in stamped and committed.read(n) != fresh.read(n)]
    assert changed == [], f"{name}: run python scripts/make_example_files.py"


def test_workbooks_hold_dates_as_datetimes_and_amounts_as_numbers() -> None:
    # what Excel stores when a person types 14.10.2019 and 1187,35: a date-time, a float
    sheet = openpyxl.load_workbook(EXAMPLES / "dalibnieki.xlsx").active
    header = [c.value for c in sheet[1]]
    rows = [dict(zip(header, (c.value for c in row), strict=True)) for row in sheet.iter_rows(2)]
    assert len(rows) == 10
    assert all(isinstance(r["sākums"], dt.datetime) and isinstance(r["izsniegts"], dt.datetime)
               for r in rows)
    # every number is a double in Excel's file; a whole one is written without decimals
    assert {type(r["summa"]) for r in rows} == {int, float}
    assert 1187.35 in {r["summa"] for r in rows}
    spent = openpyxl.load_workbook(EXAMPLES / "izlietotais_budzets.xlsx").active
    assert [c.value for c in spent["B"][1:]] == [5120, 9869.55, 3500, 2900.4, 21389.95]
    assert spent["A6"].value == "Kopā" and spent["B6"].data_type == "n"  # typed, not a formula
