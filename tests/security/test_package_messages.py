"""What reading a template package says: a damaged zip or part located, and every message of
:mod:`reportkit.render.zipread`, :mod:`reportkit.render.parts` and
:mod:`reportkit.render.linked` in Latvian when Latvian is chosen (English in the other tests)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from reportkit import Template, TemplateError, i18n
from tests.helpers.packages import rewrite, with_body_xml, word_document, zip_of


def _refused(path: Path) -> list[str]:
    with pytest.raises(TemplateError) as caught:
        Template(path)
    return [str(p) for p in caught.value.problems]


def _messages(path: Path) -> list[tuple[str | None, str]]:
    """(part, message) of each problem: the location's own words are errors.py's to test."""
    with pytest.raises(TemplateError) as caught:
        Template(path)
    return [(p.part, p.message) for p in caught.value.problems]


def _word_parts(tmp_path: Path) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(word_document(tmp_path / "pamats.docx", ["Virsraksts"])) as zf:
        return [(i.filename, zf.read(i)) for i in zf.infolist()]


def test_a_part_that_does_not_unpack_is_named(tmp_path: Path) -> None:
    path = zip_of(tmp_path / "bojats.docx", _word_parts(tmp_path), compression=zipfile.ZIP_STORED)
    data = path.read_bytes()
    path.write_bytes(data.replace(b"Virsraksts", b"Virsrakstz", 1))  # its checksum no longer fits
    assert _refused(path) == [
        "bojats.docx, word/document.xml: the document is damaged: this part cannot be unpacked; "
        "open the template in Word and save it again"]


def test_relationships_that_are_not_xml_are_named(tmp_path: Path) -> None:
    path = word_document(tmp_path / "saites.docx", ["Virsraksts"])
    rewrite(path, lambda parts: parts.update({"_rels/.rels": b"<Relationships><Relat"}))
    assert _refused(path) == [
        "saites.docx, _rels/.rels: the document is damaged: the XML of this part is not "
        "well-formed; open the template in Word and save it again"]


def test_a_part_that_is_not_utf8_is_named(tmp_path: Path) -> None:
    path = word_document(tmp_path / "kodejums.docx", ["Virsraksts"])
    rewrite(path, lambda parts: parts.update({"word/document.xml": parts["word/document.xml"]
                                              .replace(b"Virsraksts", b"Virsraksts \xe2")}))
    with pytest.raises(TemplateError) as caught:
        Template(path).check()
    assert str(caught.value) == (
        "kodejums.docx, body: the document is damaged: this part is not UTF-8 text; open the "
        "template in Word and save it again")


def test_zip_problems_in_latvian(tmp_path: Path) -> None:
    parts = _word_parts(tmp_path)
    outside = zip_of(tmp_path / "ara.docx", [*parts, ("../../.bashrc", b"x")])
    many = zip_of(tmp_path / "daudz.docx",
                  [*parts, *((f"word/media/x{i}.bin", b"") for i in range(5001 - len(parts)))])
    (tmp_path / "teksts.docx").write_text("nav zip")
    i18n.set_language("lv")
    assert _messages(outside) == [("../../.bashrc", "ieraksta nosaukums ved ārpus pakotnes")]
    assert _refused(many) == [  # 5001: the singular, as Latvian counts
        "daudz.docx: nav .docx fails: zip arhīvā ir 5001 ieraksts; Word dokumentā to ir "
        "desmitiem, un ierobežojums ir 5000"]
    assert _refused(tmp_path / "teksts.docx") == [
        "teksts.docx: nav .docx fails (tas nav zip pakotne, kādu saglabā Word, vai ir "
        "nepilnīgs): atveriet to programmā Word vai LibreOffice un saglabājiet kā Word "
        "dokumentu (.docx)"]
    assert _refused(tmp_path / "nav.docx") == ["nav.docx: tāda veidnes faila nav"]


def test_refused_links_in_latvian(tmp_path: Path) -> None:
    field = with_body_xml(tmp_path / "lauks.docx", '<w:p><w:fldSimple w:instr="INCLUDETEXT">'
                          "<w:r><w:t>x</w:t></w:r></w:fldSimple></w:p>")
    i18n.set_language("lv")
    assert _messages(field) == [(
        "body", "lauks INCLUDETEXT liek Word ielasīt dokumentā citu failu; veidnēs tas nav "
        "atļauts: izņemiet lauku")]


def test_a_field_the_template_writes_is_refused_in_latvian(tmp_path: Path) -> None:
    source = "{{ '<w:fldSimple w:instr=\"DATABASE \\\\d x.mdb\"/>'|safe }}"
    path = word_document(tmp_path / "raksta.docx", ["Virsraksts", source])
    i18n.set_language("lv")
    with pytest.raises(TemplateError) as caught:
        Template(path).render({}, tmp_path / "x.docx")
    assert caught.value.problems[0].message == (
        "lauks DATABASE liek Word nolasīt datus no datubāzes; veidnēs tas nav atļauts: izņemiet "
        "lauku (to ierakstījusi veidne)")
    i18n.set_language("en")
    with pytest.raises(TemplateError) as caught:
        Template(path).render({}, tmp_path / "x.docx")
    assert str(caught.value) == (
        "raksta.docx, body: the field DATABASE makes Word query a database; templates may not "
        "hold it: remove the field (written by the template)")
