"""What a person writes is what the document shows: Hypothesis writes numbers into YAML, cells
into CSV and Latvian text in either Unicode form, and each is loaded, rendered and read back
out of the .docx.

- YAML numbers: a count or an amount with leading zeros (``011``, ``010000.50``) is the decimal
  number written, never octal;
- CSV cells: any text, with the line breaks, separators, quotes and control characters people
  paste, is one cell, whole (the document shows it as the engine's cleaning documents:
  :func:`reportkit.render.values.clean_text`);
- Unicode forms: ``Cēsis`` typed as NFC or NFD (as macOS writes it) is the same NFC text in the
  data and in the document.
"""

from __future__ import annotations

import csv
import io
import re
import tempfile
import unicodedata
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reportkit import Template, load
from reportkit.read import read_table
from reportkit.read.cells import clean_text as cleaned_cell
from reportkit.render.values import clean_text
from tests.helpers.docx import document_text
from tests.helpers.templates import build

PROJECT = """\
kind: project
title: {title}
code: 2019-1-LV01-KA104-060191
programme: {{scheme: erasmus_plus_2014_2020, action: KA1}}
applicant: {{name: Daugavpils pilsētas Izglītības pārvalde}}
period: {{start: 2019-06-01, end: 2021-01-31}}
mobilities_planned: {count}
budget:
  total: {total}
"""
LATVIAN = "aābcčdeēfgģhiījkķlļmnņoprsštuūvzžAĀBCČDEĒFGĢHIĪJKĶLĻMNŅOPRSŠTUŪVZŽ "
DATE_LIKE = re.compile(r"^\s*(\d{4}-\d{2}-\d{2}|\d{2}\.\d{2}\.\d{4}\.?)\s*$")
SETTINGS = settings(max_examples=40, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])

_folder = Path(tempfile.mkdtemp())
_TEMPLATE = Template(build(_folder / "t.docx", ["{{ mobilities_planned }}", "{{ budget.total }}",
                                                 "{{ title }}"]))
_CELL = Template(build(_folder / "c.docx", ["{{ name }}"]))

words = st.text(LATVIAN, min_size=1, max_size=20).filter(str.strip)


def _shown(folder: Path, template: Template, context: object) -> list[str]:
    out = template.render(context, folder / "out.docx")
    return document_text(out).split("\n")


@SETTINGS
@given(count=st.integers(0, 10**9), total=st.integers(1, 10**12), cents=st.integers(0, 99),
       zeros=st.integers(0, 3), word=words, form=st.sampled_from(["NFC", "NFD"]))
def test_yaml_numbers_and_text_reach_the_document_as_written(
        count: int, total: int, cents: int, zeros: int, word: str, form: str) -> None:
    written_total = "0" * zeros + f"{total}.{cents:02d}"
    title = unicodedata.normalize(form, word.strip())
    text = PROJECT.format(title=f'"{title}"', count="0" * zeros + str(count),
                          total=written_total)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        (folder / "p.yaml").write_text(text, encoding="utf-8")
        project = load(folder / "p.yaml")
        assert project.mobilities_planned == count  # type: ignore[union-attr]
        assert project.budget.total == Decimal(f"{total}.{cents:02d}")  # type: ignore[union-attr]
        shown = _shown(folder, _TEMPLATE, project)
    assert shown[:3] == [str(count), f"{total}.{cents:02d}",
                         unicodedata.normalize("NFC", word.strip())]


cells = st.text(st.characters(exclude_categories=["Cs"]), min_size=1, max_size=40).filter(
    lambda s: DATE_LIKE.match(s) is None)


@SETTINGS
@given(cell=cells | st.lists(st.sampled_from(
    ["\n", "\r\n", "\r", "\u2028", "\u2029", "\x85", "\x0c", "\x0b", ";", ",", '"', "'",
     "Saules", "skola", "Cēsis", "\t", "\x00"]), min_size=1, max_size=8).map("".join),
       delimiter=st.sampled_from([";", ","]), form=st.sampled_from(["NFC", "NFD"]))
def test_any_csv_cell_is_one_whole_cell(cell: str, delimiter: str, form: str) -> None:
    cell = unicodedata.normalize(form, cell)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerows([["code", "name"], ["007", cell], ["008", "beigas"]])
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        table = folder / "t.csv"
        table.write_text(buffer.getvalue(), encoding="utf-8", newline="")
        rows = read_table(table)
        expected = cleaned_cell(cell)  # trimmed, spaces made plain, line breaks one kind (issue 19)
        assert [r.values for r in rows] == [{"code": "007", "name": expected},
                                           {"code": "008", "name": "beigas"}]
        shown = document_text(_CELL.render(rows[0].values, folder / "out.docx"))
    assert shown.rstrip("\n") == _as_word_shows(expected).rstrip("\n")


def _as_word_shows(text: str) -> str:
    """A text as document_text reads it back: cleaned by the engine, and a carriage return as
    a line feed (XML reads every CR in text as LF)."""
    return clean_text(text).replace("\r", "\n")
