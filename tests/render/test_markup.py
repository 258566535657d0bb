"""Golden tests of the markup: a template using every construct, rendered on the fast path and
on the docxtpl path, read back (text, styles, numbering, link targets, properties), the same
template as LibreOffice saves it, and one PDF batch of all of them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
import docx.shared
import pytest
from pydantic import TypeAdapter

from reportkit import RenderError, i18n
from reportkit.models.markup import email_address, web_address
from reportkit.models.types import Paragraphs
from reportkit.render import Template
from reportkit.render.pdf import to_pdf
from tests.helpers.docx import pdf_text
from tests.helpers.markup import (
    Shown,
    core_properties,
    links,
    markup_template,
    paragraphs,
    run_formats,
    starts,
)

DESCRIPTION = (
    "Projekts **stiprina** sadarbību ar *partneriem* <b>&amp;.\n\n"
    "Posmi:\n\n"
    "- sagatavošanās;\n"
    "- mobilitātes, sk. [lapu](https://ms.lps.lv/);\n\n"
    "3. Trešais\n"
    "4. Ceturtais"
)


def data(**more: Any) -> dict[str, Any]:
    return {
        "description": TypeAdapter(Paragraphs).validate_python(DESCRIPTION),
        "website": web_address("http://ms.lps.lv/"),
        "email": email_address("vards@iestade.lv"),
        "activities": [{"title": "Seminārs", "steps": ["x", "y"]},
                       {"title": "Vizīte", "steps": ["z", "w"]}],
        "code": "2024-1-LV01",
        "title": "Projekta <apraksts> & co",
        "author": "Daugavpils Valsts ģimnāzija",
        "keywords": ["Erasmus+", "mobilitāte"],
        **more,
    }


EXPECTED = [
    Shown("Projekts stiprina sadarbību ar partneriem <b>&amp;.", None, None),
    Shown("Posmi:", None, None),
    Shown("sagatavošanās;", "ListBullet", "1"),
    Shown("mobilitātes, sk. lapu;", "ListBullet", "1"),
    # each numbered list and each restart_numbering() gets a numbering of its own
    Shown("Trešais", "ListNumber", "A"),
    Shown("Ceturtais", "ListNumber", "A"),
    Shown("Vairāk par projektu: http://ms.lps.lv/, raksti vards@iestade.lv.", None, None),
    # a list used inside a sentence shows as lines, each after its bullet
    Shown("Aktivitātes īsumā: – sagatavošanās;\n– mobilitātes, sk. lapu;", None, None),
    Shown("Seminārs", None, None),
    Shown("x", "ListNumber", "B"),
    Shown("y", "ListNumber", "B"),
    Shown("Vizīte", None, None),
    Shown("z", "ListNumber", "C"),
    Shown("w", "ListNumber", "C"),
    Shown("Projekta lapa: 2024-1-LV01", None, None),
]
LINKS = [
    ("lapu", "https://ms.lps.lv/"),
    ("http://ms.lps.lv/", "http://ms.lps.lv/"),
    ("vards@iestade.lv", "mailto:vards@iestade.lv"),
    ("lapu", "https://ms.lps.lv/"),  # the link of the list used inside a sentence
    ("2024-1-LV01", "https://projekti.lv/2024-1-LV01/?lang=lv"),
]


def _numbered(shown: list[Shown]) -> list[Shown]:
    """The paragraphs with each list's numId named A, B, C … in order of appearance, so
    a test says which paragraphs share a list without knowing the ids."""
    names: dict[str, str] = {}
    out = []
    for p in shown:
        num = p.num
        if p.style == "ListNumber" and num is not None:
            num = names.setdefault(num, "ABCDEFGH"[len(names)])
        out.append(Shown(p.text, p.style, num))
    return out


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory,
             libreoffice_copies: dict[str, dict[str, Path]]) -> dict[str, Path]:
    """The markup template rendered: on the fast path, on the docxtpl path (a subdocument in
    it), and from the template as LibreOffice saved it."""
    folder = tmp_path_factory.mktemp("markup")
    fast = Template(markup_template(folder / "fast.docx"))
    docx_path = Template(markup_template(folder / "docx.docx", subdoc=True))
    annex = docx_path.new_subdoc()
    annex.add_paragraph("Pielikums")
    saved = Template(libreoffice_copies["markup"]["docx"])
    return {
        "fast": fast.render(data(), folder / "out-fast.docx"),
        "docx": docx_path.render(data(annex=annex), folder / "out-docx.docx"),
        "libreoffice": saved.render(data(), folder / "out-lo.docx"),
    }


@pytest.mark.parametrize("path", ["fast", "docx"])
def test_every_construct_reads_back_with_the_templates_styles(rendered: dict[str, Path],
                                                               path: str) -> None:
    out = rendered[path]
    shown = _numbered(paragraphs(out))
    assert shown[:len(EXPECTED)] == EXPECTED
    assert links(out) == LINKS
    # the first numbered list starts at its first number, each step list again at 1
    assert sorted(starts(out).values()) == [1, 1, 3]
    formats = run_formats(out)
    assert "b" in formats["stiprina"] and "i" in formats["partneriem"]
    assert {"Hyperlink"} <= formats["lapu"] and {"Hyperlink"} <= formats["vards@iestade.lv"]


@pytest.mark.parametrize("path", ["fast", "docx", "libreoffice"])
def test_the_document_properties_come_from_the_data(rendered: dict[str, Path],
                                                    path: str) -> None:
    props = core_properties(rendered[path])
    assert props["title"] == "Projekta &lt;apraksts&gt; &amp; co"  # escaped in the XML
    assert props["creator"] == "Daugavpils Valsts ģimnāzija"
    if path != "libreoffice":  # LibreOffice drops the keywords python-docx wrote on saving
        assert props["keywords"] == "Erasmus+, mobilitāte"
    assert props["subject"] == "Projekta apraksts"


@pytest.mark.pdf
def test_a_template_saved_by_libreoffice_keeps_lists_links_and_numbering(
        rendered: dict[str, Path]) -> None:
    out = rendered["libreoffice"]
    texts = [p.text for p in paragraphs(out)]
    assert texts[:len(EXPECTED)] == [p.text for p in EXPECTED]
    assert links(out) == LINKS
    assert sorted(starts(out).values()) == [1, 1, 3]
    by_text = {p.text: p for p in paragraphs(out)}
    assert by_text["sagatavošanās;"].num is not None  # LibreOffice's List Bullet numbers
    assert by_text["x"].num != by_text["z"].num


@pytest.mark.pdf
def test_the_pdfs_show_bullets_numbers_and_text(rendered: dict[str, Path],
                                                tmp_path: Path) -> None:
    pdfs = to_pdf(list(rendered.values()), tmp_path)  # one batch for all three
    for pdf in pdfs:
        text = " ".join(pdf_text(Path(pdf)).split())
        assert "Projekts stiprina sadarbību ar partneriem <b>&amp;." in text
        assert "sagatavošanās; mobilitātes, sk. lapu;" in text
        assert text.count("\uf0b7") >= 2  # Word's bullet (Symbol) before each item
        assert "3. Trešais 4. Ceturtais" in text
        assert "1. x 2. y" in text and "1. z 2. w" in text  # restarted in each activity
        assert "Vairāk par projektu: http://ms.lps.lv/, raksti vards@iestade.lv." in text


def test_data_in_a_links_address_stays_inside_the_address(tmp_path: Path) -> None:
    tpl = Template(markup_template(tmp_path / "t.docx"))
    out = tpl.render(data(code='x" TargetMode="Internal'), tmp_path / "x.docx")
    assert links(out)[-1] == ('x" TargetMode="Internal',
                              "https://projekti.lv/x%22%20TargetMode=%22Internal/?lang=lv")


def test_a_refused_link_in_the_data_is_refused_when_the_data_is_read() -> None:
    with pytest.raises(ValueError, match="only web addresses"):
        TypeAdapter(Paragraphs).validate_python("[x](file:///etc/passwd)")


def test_the_examples_use_the_markup_where_the_seeds_do(tmp_path: Path) -> None:
    from reportkit.jobs.document import render_file

    root = Path(__file__).resolve().parents[2] / "examples"
    with pytest.warns():  # the examples' unconfirmed programme texts
        description, = render_file(root / "003_projekta_apraksts.yaml",
                                   out=tmp_path / "003.docx")
        press, = render_file(root / "002_tikla_sanaksme.yaml", out=tmp_path / "002.docx")
    stages = [p for p in paragraphs(description) if p.style == "ListBullet"][:4]
    assert [p.text for p in stages] == [  # seed 003: the project's stages, a bulleted list
        "sagatavošanās;", "īstenošana (mobilitātes);",
        "labās prakses pārņemšana un rezultātu pielietošana;", "semināri un publicitāte."]
    assert "b" in run_formats(description)["mobilitātes"]
    assert links(press) == [  # seed 002: the web address and the e-mail, real links
        ("http://ms.lps.lv/", "http://ms.lps.lv/"),
        ("evelina.balode@ip.daugavpils.lv", "mailto:evelina.balode@ip.daugavpils.lv")]
    # the built-in templates have Word's Hyperlink style: links take it, not a direct colour
    formats = run_formats(press)
    assert "Hyperlink" in formats["http://ms.lps.lv/"]
    assert "Hyperlink" in formats["evelina.balode@ip.daugavpils.lv"]
    styles = docx.Document(str(press)).styles
    assert styles["Hyperlink"].font.color.rgb == docx.shared.RGBColor(0x05, 0x63, 0xC1)
    assert styles["Hyperlink"].font.underline is True


def test_restart_numbering_says_which_numbers_it_takes(tmp_path: Path) -> None:
    path = tmp_path / "saraksts.docx"
    document = docx.Document()
    document.add_paragraph("{{ restart_numbering(-1) }}Pirmais")
    document.save(str(path))
    with pytest.raises(RenderError) as english:
        Template(path).render({}, tmp_path / "x.docx")
    assert english.value.problems[0].message == (
        "restart_numbering: the first number must be a whole number from 0 to 32767 (got -1)")
    i18n.set_language("lv")
    with pytest.raises(RenderError) as latvian:
        Template(path).render({}, tmp_path / "x.docx")
    assert latvian.value.problems[0].message == (
        "restart_numbering: pirmajam numuram jābūt veselam skaitlim no 0 līdz 32767 "
        "(ierakstīts: -1)")
