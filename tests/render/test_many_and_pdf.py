"""render_many (same text as render, names, errors), a LibreOffice re-saved template, filters,
and to_pdf (its pool: tests/render/test_pdf_pool.py)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from reportkit import Template, to_pdf
from reportkit.errors import ConversionError, RenderError, TemplateError
from reportkit.render import pdf as pdf_module
from tests.helpers.docx import all_text, pdf_text
from tests.helpers.templates import RICH_BODY, RICH_CONTEXT, soffice_or_fail


def records(n: int) -> list[dict[str, object]]:
    return [{**RICH_CONTEXT, "note": f"ieraksts {i}", "code": f"K-{i}"} for i in range(1, n + 1)]


def test_render_many_gives_render_s_text_for_every_record(resaved, tmp_path: Path) -> None:
    tpl = Template(resaved[0])
    many = tpl.render_many(records(3), tmp_path / "many")
    assert [p.name for p in many] == ["0001.docx", "0002.docx", "0003.docx"]
    for i, (path, record) in enumerate(zip(many, records(3), strict=True), start=1):
        single = tpl.render(record, tmp_path / f"single{i}.docx")
        assert all_text(path) == all_text(single)
        assert all_text(path)["word/footer1.xml"] == [f"Kājene ieraksts {i}"]


def test_a_libreoffice_resaved_template_renders_the_same_text(resaved, tmp_path: Path) -> None:
    clean, lo = resaved
    texts = [all_text(Template(t).render(RICH_CONTEXT, tmp_path / f"{t.parent.name}.docx"))
             for t in (clean, lo)]
    for texts_of_one in texts:
        body = next(v for k, v in texts_of_one.items() if k == "word/document.xml")
        assert [t for t in body if t] == RICH_BODY
    headers = [[t for k, v in x.items() if "header" in k for t in v if t] for x in texts]
    assert headers[0] == headers[1] == ["Galvene: 2012-1-LV1-LEO04-03394"]


def test_render_many_names_files_from_the_pattern_and_refuses_duplicates(
        make, tmp_path: Path) -> None:
    tpl = Template(make("t.docx", ["{{ code }}"]))
    paths = tpl.render_many([{"code": "A-1"}, {"code": "B-2"}], tmp_path, name="{code}.docx")
    assert [p.name for p in paths] == ["A-1.docx", "B-2.docx"]
    with pytest.raises(RenderError, match=r"record 2: file name 'A-1\.docx' is used twice"):
        tpl.render_many([{"code": "A-1"}, {"code": "A-1"}], tmp_path / "d", name="{code}.docx")
    with pytest.raises(RenderError, match=r"record 1: cannot make a file name from '\{kods\}"):
        tpl.render_many([{"code": "A-1"}], tmp_path / "e", name="{kods}")


def test_render_many_names_the_record_that_fails(make, tmp_path: Path) -> None:
    tpl = Template(make("t.docx", ["{{ project.title }}"]))
    with pytest.raises(TemplateError) as err:
        tpl.render_many([{"project": {"title": "A"}}, {"project": {}}], tmp_path)
    assert str(err.value) == (
        't.docx, body, paragraph 1 ("{{ project.title }}"): '
        "record 2: 'project' has no attribute 'title'")
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".docx"] == ["0001.docx", "t.docx"]


def test_lv_functions_are_filters(make, tmp_path: Path) -> None:
    tpl = Template(make("t.docx", [
        "{{ total|amount_in_words }}",
        "{{ signed|format_date(case='loc') }} / {{ signed|format_date(style='numeric') }}",
        "{{ start|format_date_range(end) }}",
        "{{ n|count('mobilitāte') }}, {{ city|decline('loc') }}",
    ]))
    out = tpl.render({"total": Decimal("22783.00"), "signed": date(2012, 8, 22), "n": 21,
                      "start": date(2012, 8, 1), "end": date(2014, 7, 31),
                      "city": "Daugavpils"}, tmp_path / "x.docx")
    assert all_text(out)["word/document.xml"] == [
        "divdesmit divi tūkstoši septiņi simti astoņdesmit trīs eiro 00 centi",
        "2012.\u00a0gada\u00a022.\u00a0augustā / 22.08.2012.",  # lv's no-break spaces
        "no 2012.\u00a0gada\u00a01.\u00a0augusta līdz 2014.\u00a0gada\u00a031.\u00a0jūlijam",
        "21\u00a0mobilitāte, Daugavpilī",
    ]


def test_lv_functions_that_change_tables_or_read_files_are_not_filters(make) -> None:
    tpl = Template(make("t.docx", ["{{ 'x'|load_forms }} {{ 'x'|clear_forms }}"]))
    assert [p.message for p in tpl.check()] == [
        "unknown filter 'load_forms'", "unknown filter 'clear_forms'"]


def test_to_pdf_without_libreoffice_says_how_to_install(
        make, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_module.shutil, "which", lambda name: None)
    with pytest.raises(ConversionError, match="apt-get install libreoffice-writer-nogui"):
        to_pdf([make("a.docx", ["x"])])


def test_to_pdf_refuses_missing_files_and_clashing_names(make, tmp_path: Path) -> None:
    a = make("a.docx", ["x"])
    (tmp_path / "sub").mkdir()
    other = make("sub/a.docx", ["y"])
    with pytest.raises(ConversionError) as err:
        to_pdf([a, tmp_path / "nav.docx", other], tmp_path / "pdf")
    assert str(err.value) == (
        f"{tmp_path / 'nav.docx'}: no such file\n"
        f"{other}: same name as {a}; LibreOffice would write one PDF over the other")


@pytest.mark.pdf
def test_to_pdf_converts_two_documents_into_their_own_pdfs(make, tmp_path: Path) -> None:
    soffice_or_fail()
    tpl = Template(make("t.docx", ["Preses relīze: {{ title }}"]))
    docs = tpl.render_many([{"title": "Daugavpilī"}, {"title": "Novarā, Itālijā"}],
                           tmp_path / "docx")
    pdfs = to_pdf(docs, tmp_path / "pdf", workers=2)
    assert pdfs == [tmp_path / "pdf" / "0001.pdf", tmp_path / "pdf" / "0002.pdf"]
    texts = [pdf_text(p).strip() for p in pdfs]
    assert texts == ["Preses relīze: Daugavpilī", "Preses relīze: Novarā, Itālijā"]
    assert sorted(p.name for p in (tmp_path / "pdf").iterdir()) == ["0001.pdf", "0002.pdf"]
