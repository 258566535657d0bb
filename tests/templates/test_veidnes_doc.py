"""docs/veidnes.md tells template authors, in Latvian, what ``check`` prints: its examples are
what check prints for those templates, and every message its table explains is one a bad input
of the catalogue really gives."""

from __future__ import annotations

import re
from pathlib import Path

import docx

from reportkit import Template
from reportkit.models import PressRelease
from tests.helpers.yamlio import load_yaml

ROOT = Path(__file__).parents[2]
DOC = (ROOT / "docs" / "veidnes.md").read_text(encoding="utf-8")
SECTION = DOC[DOC.index("## Ko saka `reportkit check`"):]
CATALOGUE = load_yaml((ROOT / "tests" / "bad_inputs" / "catalogue.yaml").read_text(
    encoding="utf-8"))


def test_the_examples_are_what_check_prints_in_latvian(tmp_path: Path, latvian: None) -> None:
    block = re.search(r"Piemēri:\n\n```\n(.*?)```", SECTION, re.DOTALL)
    assert block is not None
    document = docx.Document()
    document.add_paragraph("Virsraksts {{ titel }}")
    document.add_paragraph("Datums {{ published|format_dat }}")
    table = document.add_table(rows=3, cols=1)
    for cell, text in zip(table.columns[0].cells, ["{%tr for p in project.partners %}",
                                                   "{{ p.nme }}", "{%tr endfor %}"],
                          strict=True):
        cell.text = text
    document.save(str(tmp_path / "relize.docx"))
    certificate = docx.Document()
    certificate.add_paragraph("Apliecinājums")
    certificate.add_paragraph("{{ vārds }} piedalījās {{ dienas|count('diena') .")
    certificate.add_paragraph("Kursa saturs: latviešu valoda.")
    certificate.save(str(tmp_path / "apliecinajums.docx"))
    printed = [str(p) for p in Template(tmp_path / "relize.docx").check(PressRelease)]
    printed += [str(p) for p in Template(tmp_path / "apliecinajums.docx").check()]
    assert printed == block.group(1).splitlines()


def _pattern(message: str) -> str:
    # a quoted name in the doc stands for any name, skolas.xlsx for any table, "…" for any
    # continuation
    pattern = re.escape(message).replace(re.escape("…"), ".*")
    pattern = pattern.replace(re.escape("skolas.xlsx"), r"\S+")
    return re.sub(r"'(?:[^'\\]|\\.)+'", lambda m: "'[^']+'", pattern)


def test_every_message_the_table_explains_is_in_the_catalogue_in_both_languages() -> None:
    rows = re.findall(r"^\| `([^`]+)` \(angliski `([^`]+)`\)", SECTION, re.MULTILINE)
    assert len(rows) >= 18
    assert len(rows) == len(re.findall(r"^\| `", SECTION, re.MULTILINE))
    for latvian, english in rows:
        assert any(re.search(_pattern(english), spec["message"]) and
                   re.search(_pattern(latvian), spec["message_lv"])
                   for spec in CATALOGUE.values()), (latvian, english)
