"""Through the real LibreOffice: page numbers, page counts and a table of contents come out right
in the PDF; fields are marked for Word; many documents combine into one with their own footers;
progress is told; the worker count follows cores and memory; a cut PDF is recognised."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml

from reportkit import to_pdf
from reportkit.errors import RenderError
from reportkit.render import machine
from reportkit.render.combine import combine_docx
from reportkit.render.fields import mark_fields_dirty
from reportkit.render.pdfcheck import pdf_flaw
from tests.helpers.docx import pdf_text
from tests.helpers.templates import soffice_or_fail

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _field(paragraph: object, code: str, stale: str) -> None:
    for xml in (f'<w:r {W}><w:fldChar w:fldCharType="begin"/></w:r>',
                f'<w:r {W}><w:instrText xml:space="preserve"> {code} </w:instrText></w:r>',
                f'<w:r {W}><w:fldChar w:fldCharType="separate"/></w:r>',
                f"<w:r {W}><w:t>{stale}</w:t></w:r>",
                f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>'):
        paragraph._p.append(parse_xml(xml))  # type: ignore[attr-defined]


def fields_document(path: Path) -> Path:
    """Two pages: a TOC with a stale result, two headings, "Lapa PAGE no NUMPAGES" below."""
    document = docx.Document()
    _field(document.add_paragraph(), 'TOC \\o "1-3" \\h \\z \\u', "Saturs tiks atjaunots")
    document.add_heading("Ievads", 1)
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_heading("Budžets", 1)
    footer = document.sections[0].footer.paragraphs[0]
    footer.add_run("Lapa ")
    _field(footer, "PAGE", "9")
    footer.add_run(" no ")
    _field(footer, "NUMPAGES", "9")
    document.save(str(path))
    return path


def test_mark_fields_dirty_marks_every_field_and_asks_only_when_told(tmp_path: Path) -> None:
    path = mark_fields_dirty(fields_document(tmp_path / "a.docx"))
    with zipfile.ZipFile(path) as package:
        body = package.read("word/document.xml").decode()
        footer = package.read("word/footer1.xml").decode()
        settings = package.read("word/settings.xml").decode()
    assert body.count('w:dirty="true"') == 1 and footer.count('w:dirty="true"') == 2
    assert "updateFields" not in settings
    asked = mark_fields_dirty(mark_fields_dirty(path.read_bytes(), ask=True), ask=True)
    with zipfile.ZipFile(io.BytesIO(asked)) as package:
        settings = package.read("word/settings.xml").decode()
        footer = package.read("word/footer1.xml").decode()
    assert settings.count('<w:updateFields w:val="true"/>') == 1
    assert settings.index("updateFields") < settings.index("<w:compat")  # schema order
    assert footer.count('w:dirty="true"') == 2  # marking twice adds nothing


@pytest.mark.pdf
def test_a_rendered_template_with_a_toc_asks_word_to_update_it(tmp_path: Path) -> None:
    """A template with a table of contents gives documents whose fields Word updates on
    opening (their stale text would otherwise stay); one with page numbers only is left as
    it is, Word recomputes those itself."""
    from reportkit import Template

    with_toc = fields_document(tmp_path / "saturs.docx")
    out = Template(with_toc).render({}, tmp_path / "a.docx")
    xml = zipfile.ZipFile(out).read("word/document.xml").decode()
    assert xml.count('w:dirty="true"') == xml.count('w:fldCharType="begin"') > 0
    plain = docx.Document()
    plain.add_paragraph("Projekts {{ title }}")
    plain.save(str(tmp_path / "vienkarsa.docx"))
    out = Template(tmp_path / "vienkarsa.docx").render({"title": "A"}, tmp_path / "b.docx")
    assert b"w:dirty" not in zipfile.ZipFile(out).read("word/document.xml")


def test_pdf_has_right_page_numbers_page_count_and_table_of_contents(tmp_path: Path) -> None:
    soffice_or_fail()
    [pdf] = to_pdf([mark_fields_dirty(fields_document(tmp_path / "a.docx"))])
    pages = pdf_text(pdf).split("\f")
    assert [" ".join(re.findall(r"Lapa \d+ no \d+", page)) for page in pages[:2]] == [
        "Lapa 1 no 2", "Lapa 2 no 2"]
    flat = " ".join(pdf_text(pdf).split())
    assert re.search(r"Ievads\.+ 1 Budžets\.+ 2", flat), flat
    assert "Saturs tiks atjaunots" not in flat


def record(path: Path, n: int) -> Path:
    document = docx.Document()
    document.add_paragraph(f"Ieraksts {n}")
    document.sections[0].footer.paragraphs[0].text = f"Kājene {n}"
    document.save(str(path))
    return path


@pytest.mark.pdf
def test_combined_document_prints_every_record_with_its_own_footer(tmp_path: Path) -> None:
    soffice_or_fail()
    records = [record(tmp_path / f"{n}.docx", n) for n in (1, 2, 3)]
    combined = combine_docx(records, tmp_path / "kopā" / "visi.docx")
    assert [s.footer.paragraphs[0].text for s in docx.Document(str(combined)).sections] == [
        "Kājene 1", "Kājene 2", "Kājene 3"]
    [pdf] = to_pdf([combined])
    pages = [" ".join(page.split()) for page in pdf_text(pdf).split("\f") if page.strip()]
    assert pages == ["Ieraksts 1 Kājene 1", "Ieraksts 2 Kājene 2", "Ieraksts 3 Kājene 3"]


def test_combine_names_a_document_it_cannot_read_and_writes_nothing(tmp_path: Path) -> None:
    good = record(tmp_path / "1.docx", 1)
    bad = tmp_path / "2.docx"
    bad.write_bytes(b"not a zip")
    with pytest.raises(RenderError) as err:
        combine_docx([good, bad], tmp_path / "out" / "visi.docx")
    assert str(err.value).startswith(f"{bad}: cannot read this document to combine it (")
    assert not (tmp_path / "out").exists() or list((tmp_path / "out").iterdir()) == []


@pytest.mark.pdf
def test_progress_is_told_for_every_document(tmp_path: Path) -> None:
    soffice_or_fail()
    docs = [record(tmp_path / f"{n}.docx", n) for n in (1, 2, 3)]
    calls: list[tuple[int, int]] = []
    pdfs = to_pdf(docs, tmp_path / "pdf", workers=2, progress=lambda d, t: calls.append((d, t)))
    assert calls == [(0, 3), (1, 3), (2, 3), (3, 3)]
    assert [" ".join(pdf_text(p).split()) for p in pdfs] == [
        f"Ieraksts {n} Kājene {n}" for n in (1, 2, 3)]


def test_workers_follow_cores_capped_by_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(machine, "cores", lambda: 16)
    monkeypatch.setattr(machine, "available_memory", lambda: 1024 * 2**20)
    assert machine.default_workers(100) == 2  # 1 GiB / 400 MiB
    monkeypatch.setattr(machine, "available_memory", lambda: 100 * 2**20)
    assert machine.default_workers(100) == 1
    monkeypatch.setattr(machine, "available_memory", lambda: None)
    assert (machine.default_workers(100), machine.default_workers(3)) == (16, 3)


@pytest.mark.pdf
def test_a_pdf_cut_anywhere_is_recognised(tmp_path: Path) -> None:
    soffice_or_fail()
    [pdf] = to_pdf([record(tmp_path / "1.docx", 1)])
    whole = pdf.read_bytes()
    assert pdf_flaw(pdf) is None
    for cut in (len(whole) // 3, len(whole) - 40, len(whole) - 7):
        (tmp_path / "cut.pdf").write_bytes(whole[:cut])
        assert pdf_flaw(tmp_path / "cut.pdf") is not None, cut
    moved = re.sub(rb"startxref\s+(\d+)", lambda m: b"startxref\n%d" % (int(m.group(1)) + 5),
                   whole)
    (tmp_path / "moved.pdf").write_bytes(moved)
    assert pdf_flaw(tmp_path / "moved.pdf") == (
        "its index does not point at a cross-reference table")
