"""A refused value in a batch is put at its column (issue 18): a 200-row participants workbook
where two rows fail on two different empty columns must not give two lines that read alike."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from reportkit import i18n
from reportkit.jobs import run_batch
from tests.helpers.cli import make_template

CERTIFICATE = ["Apliecinājums izsniegts dalībniekam {{ vārds|decline('dat') }}",
               "par dalību kursos, ko rīkoja {{ skola|decline('nom') }}"]


def participants(tmp_path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Dalībnieki"
    sheet.append(["vārds", "skola", "pilsēta"])
    for row in rows:
        sheet.append(row)
    path = tmp_path / "dalibnieki.xlsx"
    book.save(path)
    return path


@pytest.mark.parametrize(("lang", "body", "paragraph", "said"), [
    ("en", "body", "paragraph {}", "decline needs a name, but the data holds an empty text: "
                                   "fill it in, or leave the tag out with {% if … %}"),
    ("lv", "pamatteksts", "{}. rindkopa", "decline vajag nosaukumu, bet datos ir tukšs teksts: "
                                          "aizpildiet to vai izlaidiet birku ar {% if … %}"),
])
def test_two_empty_columns_are_two_cells_each_with_its_header(
        tmp_path: Path, lang: str, body: str, paragraph: str, said: str) -> None:
    template = make_template(tmp_path / "t.docx", CERTIFICATE)
    table = participants(tmp_path, [["Anna Kalniņa", "Saules skola", "Rīga"],
                                    ["Jānis Bērziņš", "", "Cēsis"],
                                    ["", "Centra skola", "Rīga"]])
    i18n.set_language(lang)
    result = run_batch(template, table, tmp_path / "out")
    assert [str(p) for p in result.problems] == [
        f'{table}:Dalībnieki!B3: t.docx, {body}, {paragraph.format(2)} ("par dalību kursos, ko '
        f'rīkoja {{{{ skola|d…"): skola: {said}',
        f'{table}:Dalībnieki!A4: t.docx, {body}, {paragraph.format(1)} ("Apliecinājums izsniegts '
        f'dalībniekam {{{{…"): vārds: {said}']
    assert len(result.written) == 1


def test_a_paragraph_reading_two_columns_names_neither(tmp_path: Path) -> None:
    """Which of the paragraph's tags failed is not known: no column is named rather than a
    wrong one."""
    template = make_template(tmp_path / "t.docx",
                             ["{{ skola|decline('nom') }}, {{ pilsēta|decline('loc') }}"])
    table = participants(tmp_path, [["Anna", "", "Rīga"]])
    [problem] = run_batch(template, table, tmp_path / "out").problems
    assert (problem.line, problem.field, problem.cell) == (2, None, None)
