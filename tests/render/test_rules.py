"""The engine's rules, each with a real template: sandbox, escaping, strict names, located
errors, XML-forbidden characters, data never run as code, docxtpl's tags in both paths."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from docxtpl import InlineImage, RichText

from reportkit import Template
from reportkit.errors import TemplateError
from tests.helpers.docx import all_text, part_text
from tests.helpers.templates import RICH_BODY, RICH_CONTEXT, add_footnote, rich_template


def test_sandbox_escape_is_a_template_error_and_writes_nothing(make, tmp_path: Path) -> None:
    tpl = Template(make("t.docx", ["Sveiki", "{{ cycler.__init__.__globals__.os.getpid() }}"]))
    out = tmp_path / "out" / "x.docx"
    with pytest.raises(TemplateError) as err:
        tpl.render({}, out)
    assert str(err.value) == (
        't.docx, body, paragraph 2 ("{{ cycler.__init__.__globals__.os.getpi…"): '
        "unsafe template code: a template reads the data and changes nothing: it cannot use "
        "'__init__'"
    )
    assert not out.exists() and list(out.parent.iterdir()) == []


def test_values_are_escaped_not_markup(make, tmp_path: Path) -> None:
    tpl = Template(make("t.docx", ["{{ x }}"]))
    value = '<w:t>A & B</w:t> „Tom & Jerry” </w:p>'
    out = tpl.render({"x": value}, tmp_path / "x.docx")
    assert part_text(out) == [value]


def test_an_undefined_attribute_names_the_variable_and_place(make, tmp_path: Path) -> None:
    tpl = Template(make("t.docx", ["Sveiki", "Projekts: {{ project.titel }}"]))
    with pytest.raises(TemplateError) as err:
        tpl.render({"project": {"title": "X"}}, tmp_path / "x.docx")
    assert str(err.value) == (
        't.docx, body, paragraph 2 ("Projekts: »{{ project.titel }}«"): '
        "'project' has no attribute 'titel'"
    )


def test_an_undefined_name_is_an_error_in_a_footer(make, tmp_path: Path) -> None:
    tpl = Template(make("t.docx", ["Sveiki"], footer="Lapa {{ lapa }}"))
    with pytest.raises(TemplateError) as err:
        tpl.render({}, tmp_path / "x.docx")
    assert str(err.value) == (
        't.docx, footer, paragraph 1 ("Lapa »{{ lapa }}«"): \'lapa\' is not in the data'
    )


def test_an_unclosed_if_points_at_its_paragraph(make, tmp_path: Path) -> None:
    lines = [f"Rinda {n}" for n in range(1, 12)]
    lines += ["Otrā {% if x %} rinda, kas turpinās vēl un vēl", "Beigas"]
    tpl = Template(make("relize.docx", lines))
    with pytest.raises(TemplateError) as err:
        tpl.render({"x": True}, tmp_path / "x.docx")
    assert str(err.value) == (
        'relize.docx, body, paragraph 12 ("Otrā »{% if x %}« rinda, kas turpinās vēl un vēl"): '
        "'if' is not closed: add {% endif %} where it ends"
    )


def test_forbidden_xml_characters_never_reach_the_xml_and_show(make, tmp_path: Path) -> None:
    tpl = Template(make("t.docx", ["{{ x }}", "{{r rich }}"]))
    rich = RichText("Bold\x0bline\x01")
    out = tpl.render({"x": "Pirmā\x0botrā\x00 rinda\x1f\ufffe", "rich": rich}, tmp_path / "x.docx")
    # a vertical tab is Word's line break; what XML cannot hold shows as U+FFFD, never vanishes
    assert part_text(out) == ["Pirmā\notrā\ufffd rinda\ufffd\ufffd", "Bold\nline\ufffd"]
    with zipfile.ZipFile(out) as zf:
        xml = zf.read("word/document.xml").decode()
    assert "<w:br/>" in xml and not any(c in xml for c in "\x00\x01\x0b\x1f\ufffe")
    docx.Document(str(out))  # Word's own parser must accept it


def test_data_is_never_run_as_template_code_in_any_part(make, tmp_path: Path) -> None:
    path = make("t.docx", ["{{ x }}"], header="{{ x }}", footer="{{ x }}", sections=3)
    tpl = Template(add_footnote(path, "{{ x }}"))
    out = tpl.render({"x": "{{ 7*7 }} {% if 1 %}jā{% endif %}"}, tmp_path / "x.docx")
    texts = all_text(out)
    assert texts["word/footnotes.xml"][-1] == " {{ 7*7 }} {% if 1 %}jā{% endif %}"
    assert texts["word/header1.xml"] == ["{{ 7*7 }} {% if 1 %}jā{% endif %}"]
    assert texts["word/footer1.xml"] == ["{{ 7*7 }} {% if 1 %}jā{% endif %}"]
    assert texts["word/document.xml"][0] == "{{ 7*7 }} {% if 1 %}jā{% endif %}"
    assert not any("49" in p for ps in texts.values() for p in ps)


def test_docxtpl_tags_work_in_render_and_render_many(tmp_path: Path) -> None:
    tpl = Template(rich_template(tmp_path / "rich.docx"))
    one = tpl.render(RICH_CONTEXT, tmp_path / "one.docx")
    [many] = tpl.render_many([RICH_CONTEXT], tmp_path / "many")
    for out in (one, many):
        texts = all_text(out)
        assert [t for t in texts["word/document.xml"] if t] == RICH_BODY
        assert texts["word/header1.xml"] == ["Galvene: 2012-1-LV1-LEO04-03394"]
        assert texts["word/footer1.xml"] == ["Kājene piezīme"]
        with zipfile.ZipFile(out) as zf:
            assert "<w:b/>" in zf.read("word/document.xml").decode()  # the {{r }} run is bold
    no_partners = {**RICH_CONTEXT, "partners": []}
    out = tpl.render(no_partners, tmp_path / "none.docx")
    assert [t for t in part_text(out) if t] == RICH_BODY[:1] + RICH_BODY[2:3]


PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d4944415478da63f8cfc0f01f0005000200c7a5b1e50000000049454e44ae426082"
)


def test_inline_image_with_caption_takes_the_per_document_path(make, tmp_path: Path) -> None:
    from docx.shared import Mm

    photo = tmp_path / "foto.png"
    photo.write_bytes(PNG)
    tpl = Template(make("t.docx", ["{{ photo }}", "Foto: {{ caption }}"]))
    contexts = [{"photo": InlineImage(tpl, str(photo), width=Mm(30)), "caption": c}
                for c in ("Tikšanās Daugavpilī", "Partneri Novarā")]
    outs = [tpl.render(contexts[0], tmp_path / "one.docx"),
            *tpl.render_many(contexts, tmp_path / "many")]
    for out, caption in zip(outs, [contexts[0]["caption"], *[c["caption"] for c in contexts]],
                            strict=True):
        document = docx.Document(str(out))
        assert [p.text for p in document.paragraphs] == ["", f"Foto: {caption}"]
        assert len(document.inline_shapes) == 1
        with zipfile.ZipFile(out) as zf:
            assert [n for n in zf.namelist() if n.startswith("word/media/")] == [
                "word/media/image1.png"]

