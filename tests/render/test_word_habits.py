"""Templates as Word 365 writes them (fixtures in tests/templates/word/, each saying what it
imitates): they check clean, render the text they say, and keep Word's own elements whole."""

from __future__ import annotations

import re
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from reportkit import Template
from reportkit.errors import TemplateError
from tests.helpers.docx import document_text
from tests.helpers.templates import RICH_CONTEXT
from tests.helpers.word import fixture_body, word_template

CASES: dict[str, tuple[dict[str, Any], list[str]]] = {
    "split_runs.xml": (RICH_CONTEXT, [
        "Projekts „Administrations go Europe!”",
        "Numurs: 2012-1-LV1-LEO04-03394."]),
    "fields.xml": ({"website": "http://ms.lps.lv/", "code": "A-1"}, [
        "Lapa 1 no 1, kods A-1",
        "http://ms.lps.lv/"]),
    "typing.xml": ({"event": {"place": "Daugavpils", "start": date(2015, 11, 5)},
                    "total": 10, "spent": 4}, [
        "Notikums Daugavpilī (Daugavpils), 05.11.2015.",
        "Atlikums: 6.",
        "Vieta: Daugavpilī, pilsēta „Daugavpils”."]),
    "table.xml": (RICH_CONTEXT, [
        "Partneris | Valsts",
        "Comune di Novara | Itālija",
        "Landeshauptstadt Magdeburg | Vācija",
        "Kopā: 2 | "]),
    "tracked.xml": (RICH_CONTEXT, ["Projekts Administrations go Europe!"]),
}


def _xml(path: Path) -> str:
    with zipfile.ZipFile(path) as zf:
        return zf.read("word/document.xml").decode()


def _count(xml: str, element: str) -> int:
    return len(re.findall(rf"<{element}[ >/]", xml))


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_word_template_checks_clean_and_renders_its_text(name: str, tmp_path: Path) -> None:
    context, expected = CASES[name]
    tpl = Template(word_template(tmp_path / "veidne.docx", name))
    assert tpl.check() == []
    out = tpl.render(context, tmp_path / "out.docx")
    assert [line for line in document_text(out).splitlines() if line.strip()] == expected


@pytest.mark.parametrize("name", sorted(CASES))
def test_nothing_word_put_between_the_runs_of_a_tag_is_lost(name: str, tmp_path: Path) -> None:
    context, _ = CASES[name]
    out = Template(word_template(tmp_path / "veidne.docx", name)).render(
        context, tmp_path / "out.docx")
    xml = _xml(out)
    etree.fromstring(xml.encode())  # well-formed: no half of a smart tag or hyperlink left
    body = fixture_body(name)
    for element in ("w:bookmarkStart", "w:bookmarkEnd", "w:proofErr", "w:smartTag",
                    "w:fldChar", "w:fldSimple", "w:ins", "w:del", "w:lastRenderedPageBreak"):
        if name != "table.xml":  # the {%tr %} rows are replaced, as docxtpl documents
            assert _count(xml, element) == _count(body, element), element


def test_a_tag_in_a_field_code_gives_the_hyperlink_its_address(tmp_path: Path) -> None:
    out = Template(word_template(tmp_path / "veidne.docx", "fields.xml")).render(
        CASES["fields.xml"][0], tmp_path / "out.docx")
    codes = re.findall(r"<w:instrText[^>]*>([^<]*)</w:instrText>", _xml(out))
    assert "".join(codes) == ' PAGE  NUMPAGES  HYPERLINK "http://ms.lps.lv/" '


def test_a_deleted_tag_stays_inside_its_deletion(tmp_path: Path) -> None:
    out = Template(word_template(tmp_path / "veidne.docx", "tracked.xml")).render(
        RICH_CONTEXT, tmp_path / "out.docx")
    deleted = re.findall(r"<w:delText[^>]*>([^<]*)</w:delText>", _xml(out))
    assert "".join(deleted) == " 2012-1-LV1-LEO04-03394"


def test_an_error_in_a_word_table_names_table_row_and_cell(tmp_path: Path) -> None:
    tpl = Template(word_template(tmp_path / "veidne.docx", "table.xml",
                                 replace=("<w:t>country</w:t>", "<w:t>contry</w:t>")))
    with pytest.raises(TemplateError) as err:
        tpl.render(RICH_CONTEXT, tmp_path / "out.docx")
    assert str(err.value) == (
        "veidne.docx, body, table 1, row 3, cell 2 (\"{{ p.contry }}\"): "
        "'p' has no attribute 'contry'")


def test_a_tag_word_split_and_the_user_broke_is_found_in_its_paragraph(tmp_path: Path) -> None:
    tpl = Template(word_template(tmp_path / "veidne.docx", "split_runs.xml",
                                 replace=("<w:t>}”</w:t>", "<w:t>”</w:t>")))
    assert [str(p) for p in tpl.check()] == [
        'veidne.docx, body, paragraph 1 ("Projekts „»{{ project.title }”«"): '
        "'{{' is not closed: add '}}' where the tag ends"]


def test_a_broken_tag_in_a_field_code_says_so(tmp_path: Path) -> None:
    tpl = Template(word_template(tmp_path / "veidne.docx", "fields.xml",
                                 replace=('site }}" </w:instrText>', 'site }" </w:instrText>')))
    assert [str(p) for p in tpl.check()] == [
        'veidne.docx, body, paragraph 2 (" HYPERLINK "»{{ website }" «"): in a field code: '
        "'{{' is not closed: add '}}' where the tag ends"]


def test_a_broken_tag_in_a_tracked_deletion_says_so(tmp_path: Path) -> None:
    tpl = Template(word_template(tmp_path / "veidne.docx", "tracked.xml",
                                 replace=("code }}</w:delText>", "code }</w:delText>")))
    assert [p.message for p in tpl.check()] == [
        "in text deleted with Track Changes: '{{' is not closed: add '}}' where the tag ends"]
