"""Subdoc (a document inserted into a template) takes the per-document docxtpl path."""

from pathlib import Path

import docx

from reportkit.render import Template
from tests.helpers.docx import part_text
from tests.helpers.templates import build


def test_subdoc_is_inserted_and_other_records_stay_on_the_fast_path(tmp_path: Path) -> None:
    tpl = Template(build(tmp_path / "t.docx", ["Pielikums:", "{{p annex }}", "{{ name }}"]))
    annex = tpl.new_subdoc()
    annex.add_paragraph("Dalībnieku saraksts: 11 mobilitātes")
    with_annex = tpl.render({"annex": annex, "name": "Daugavpils"}, tmp_path / "a.docx")
    assert part_text(with_annex) == ["Pielikums:", "Dalībnieku saraksts: 11 mobilitātes",
                                     "Daugavpils"]
    # the document opens in python-docx: the subdocument's parts were merged correctly
    assert docx.Document(str(with_annex)).paragraphs[1].text.startswith("Dalībnieku")


def test_subdoc_from_an_existing_docx(tmp_path: Path) -> None:
    annex_file = build(tmp_path / "annex.docx", ["Pielikums Nr. 1"])
    tpl = Template(build(tmp_path / "t.docx", ["{{p annex }}"]))
    out = tpl.render({"annex": tpl.new_subdoc(annex_file)}, tmp_path / "b.docx")
    assert "Pielikums Nr. 1" in part_text(out)
