"""prepare_xml: docxtpl's tag repair, with the {%tr %}/{%tc %}/{%p %} step done first so that the
lines (paragraphs) inside a replaced row stay counted. The difference from docxtpl's own
patch_xml is those kept lines and ``xml:space="preserve"`` on some text before a replaced row
(docxtpl's space-preserving pattern now reaches it; Word writes the attribute on all text with
a space at an end anyway): tested on every built-in template and the test templates."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from docxtpl import DocxTemplate

from reportkit.render.parts import _one_line_per_paragraph, prepare_xml
from reportkit.render.repair import repair_part
from reportkit.render.template import builtin_folder
from tests.helpers.templates import certificate_template, rich_template


def _plain(xml: str) -> str:
    return xml.replace("\n", "").replace(' xml:space="preserve"', "")


def _templates(folder: Path) -> list[Path]:
    return [*sorted(builtin_folder().glob("*.docx")), rich_template(folder / "rich.docx"),
            certificate_template(folder / "apliecinajums.docx")]


def test_the_result_is_docxtpl_s_but_for_the_kept_lines(tmp_path: Path) -> None:
    docxtpl = DocxTemplate.__new__(DocxTemplate)
    compared = 0
    for template in _templates(tmp_path):
        with zipfile.ZipFile(template) as zf:
            parts = [zf.read(n).decode() for n in zf.namelist()
                     if re.fullmatch(r"word/(document|header\d+|footer\d+)\.xml", n)]
        for xml in parts:
            repaired = repair_part(xml, template.name, "body").xml
            ours = prepare_xml(repaired)
            theirs = docxtpl.patch_xml(_one_line_per_paragraph(repaired))
            kept = re.sub(r"\{#\n+#\}", "", ours)
            assert _plain(kept) == _plain(theirs), template.name
            assert ours.count("\n") == _one_line_per_paragraph(repaired).count("\n")
            compared += "{%tr" in repaired or "{%p" in repaired
    assert compared >= 4  # the step really ran on rows and paragraphs


@pytest.mark.parametrize("tag", ["{%tr for a in b %}", "{%tc for a in b %}", "{#tr note #}"])
def test_a_row_s_lines_are_kept_in_a_jinja_comment(tag: str) -> None:
    xml = (f"<w:tr><w:tc><w:p><w:r><w:t>{tag}</w:t></w:r></w:p><w:p/></w:tc></w:tr>"
           "<w:p><w:r><w:t>after</w:t></w:r></w:p>")
    prepared = prepare_xml(xml)
    assert prepared.count("\n") == 3  # the row's two paragraphs and the one after it
    assert prepared.split("\n")[-1] == "<w:p><w:r><w:t>after</w:t></w:r></w:p>"
    assert "{#\n\n#}" in prepared
