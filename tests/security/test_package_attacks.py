"""A template is a zip from someone else: read defensively, and refused when it would make
Word or LibreOffice fetch, read or run anything.

Each hostile package is a TemplateError with one located line per problem, through the API
and the command line (exit 2, nothing written, not even a temporary file). The zip bombs run
in a process of their own under a memory cap the test sets.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportkit import Template, TemplateError
from reportkit.cli import EXIT_USAGE, cli
from tests.helpers.capped import module, run_capped
from tests.helpers.packages import (
    add_relationship,
    linked_picture,
    rewrite,
    with_body_xml,
    with_huge_part,
    word_document,
    zip_of,
)

VALID = Path(__file__).parents[1] / "bad_inputs" / "_valid_project.yaml"
GiB = 1024 ** 3
MiB = 1024 ** 2


def _refused(path: Path) -> list[str]:
    with pytest.raises(TemplateError) as caught:
        Template(path)
    return [str(p) for p in caught.value.problems]


def _cli_refuses(path: Path, tmp_path: Path, expected: str) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["render", str(VALID), "-t", str(path), "-o",
                                      str(out / "x.docx")])
    assert result.exit_code == EXIT_USAGE, result.output
    assert expected in result.stderr.splitlines()
    assert not out.exists() or list(out.iterdir()) == []


# ---- links out of the document ------------------------------------------------------------

def test_a_linked_picture_is_refused_with_its_target(tmp_path: Path) -> None:
    path = linked_picture(tmp_path / "saite.docx", "file:///etc/ssl/private/scan.png")
    expected = ('saite.docx, body, paragraph 3 (""): a linked picture refers to '
                "'file:///etc/ssl/private/scan.png', which Word or LibreOffice would read when "
                "opening the document; insert the picture instead of linking it")
    assert _refused(path) == [expected]
    _cli_refuses(path, tmp_path, expected)


def test_a_picture_linked_to_an_address_is_refused(tmp_path: Path) -> None:
    path = linked_picture(tmp_path / "saite.docx", "http://127.0.0.1:9/izseko.png")
    assert _refused(path) == [
        'saite.docx, body, paragraph 3 (""): a linked picture refers to '
        "'http://127.0.0.1:9/izseko.png', which Word or LibreOffice would read when opening "
        "the document; insert the picture instead of linking it"]


@pytest.mark.parametrize(("rels", "kind", "what"), [
    ("word/_rels/settings.xml.rels", "attachedTemplate", "an attached template"),
    ("word/_rels/document.xml.rels", "subDocument", "a subdocument"),
    ("word/_rels/document.xml.rels", "oleObject", "a linked object (OLE link)"),
    ("word/_rels/webSettings.xml.rels", "frame", "a frame"),
    ("word/_rels/settings.xml.rels", "mailMergeSource", "a mail merge source"),
])
def test_external_relationships_are_refused(rels: str, kind: str, what: str,
                                            tmp_path: Path) -> None:
    path = word_document(tmp_path / "saite.docx", ["Virsraksts"])
    rewrite(path, lambda parts: add_relationship(parts, rels, "rIdX", kind,
                                                 "http://127.0.0.1:9/t.dotm"))
    assert _refused(path) == [
        f"saite.docx, {rels}: {what} refers to 'http://127.0.0.1:9/t.dotm', which Word or "
        "LibreOffice would read when opening the document; remove the link from the template"]


def test_an_altchunk_is_refused_even_from_inside_the_package(tmp_path: Path) -> None:
    path = with_body_xml(tmp_path / "ieguldits.docx", '<w:altChunk r:id="rIdA"/>')

    def chunk(parts: dict[str, bytes]) -> None:
        parts["word/ieguldits.html"] = b'<html><img src="http://127.0.0.1:9/x.png"></html>'
        add_relationship(parts, "word/_rels/document.xml.rels", "rIdA", "aFChunk",
                         "ieguldits.html", external=False)

    rewrite(path, chunk)
    assert _refused(path) == [
        "ieguldits.docx, body: an imported file (altChunk) refers to 'ieguldits.html', which "
        "Word or LibreOffice would read when opening the document; remove it from the template"]


def test_a_hyperlink_out_is_fine(tmp_path: Path) -> None:
    path = with_body_xml(tmp_path / "saite.docx", '<w:p><w:hyperlink r:id="rIdH"><w:r><w:t>'
                         'Erasmus+</w:t></w:r></w:hyperlink></w:p>', ["Projekts {{ title }}"])
    rewrite(path, lambda parts: add_relationship(parts, "word/_rels/document.xml.rels", "rIdH",
                                                 "hyperlink", "https://erasmus-plus.ec.europa.eu"))
    out = Template(path).render({"title": "Ābece"}, tmp_path / "ok.docx")
    assert "https://erasmus-plus.ec.europa.eu" in zipfile.ZipFile(out).read(
        "word/_rels/document.xml.rels").decode()


FIELDS = {
    "INCLUDEPICTURE as a simple field":
        '<w:p><w:fldSimple w:instr=" INCLUDEPICTURE &quot;http://127.0.0.1:9/x.png&quot; \\d">'
        "<w:r><w:t>x</w:t></w:r></w:fldSimple></w:p>",
    "INCLUDETEXT of a local file":
        '<w:p><w:fldSimple w:instr="INCLUDETEXT C:\\\\Users\\\\x\\\\slepens.docx">'
        "<w:r><w:t>x</w:t></w:r></w:fldSimple></w:p>",
    "INCLUDEPICTURE built of runs, split in two":
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> INCLUDE'
        '</w:instrText></w:r><w:r><w:instrText>PICTURE "http://127.0.0.1:9/y.png"</w:instrText>'
        '</w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>y</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>',
    "a comment inside the field name":
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>INCLUDE<!-- -->'
        'TEXT "/etc/passwd"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
        "</w:p>",
    "a LINK field":
        '<w:p><w:fldSimple w:instr="LINK Excel.Sheet.12 &quot;\\\\\\\\server\\\\a.xlsx&quot; '
        '&quot;&quot; \\a"><w:r><w:t>x</w:t></w:r></w:fldSimple></w:p>',
    "a DDEAUTO field": '<w:p><w:fldSimple w:instr="DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe '
                       '&quot;/k calc&quot;"><w:r><w:t>x</w:t></w:r></w:fldSimple></w:p>',
    "a linked OLE object": '<w:p><w:r><w:object><o:OLEObject xmlns:o="urn:schemas-microsoft-'
                           'com:office:office" Type="Link" ProgID="Excel.Sheet.12" '
                           'r:id="rId1"/></w:object></w:r></w:p>',
    "a subdocument": '<w:p><w:subDoc r:id="rId1"/></w:p>',
    "a VML picture linked by o:href": '<w:p><w:r><w:pict><v:shape xmlns:v="urn:schemas-'
                                      'microsoft-com:vml"><v:imagedata xmlns:o="urn:schemas-'
                                      'microsoft-com:office:office" o:href="file:///C:/a.png"/>'
                                      "</v:shape></w:pict></w:r></w:p>",
}


@pytest.mark.parametrize("xml", list(FIELDS.values()), ids=list(FIELDS))
def test_fields_and_elements_that_fetch_are_refused_at_their_paragraph(xml: str,
                                                                       tmp_path: Path) -> None:
    path = with_body_xml(tmp_path / "lauks.docx", xml, ["Otrā rindkopa"])
    problems = _refused(path)
    assert len(problems) == 1
    assert problems[0].startswith("lauks.docx, body, paragraph 1 (")


def test_the_field_message_names_the_field_and_its_target(tmp_path: Path) -> None:
    path = with_body_xml(tmp_path / "lauks.docx", FIELDS["INCLUDEPICTURE as a simple field"])
    expected = ('lauks.docx, body, paragraph 1 ("x"): the field INCLUDEPICTURE makes Word read '
                '"http://127.0.0.1:9/x.png" into the document; templates may not hold it: '
                "remove the field")
    assert _refused(path) == [expected]
    _cli_refuses(path, tmp_path, expected)


def test_page_fields_and_hyperlink_fields_stay(tmp_path: Path) -> None:
    xml = ('<w:p><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'
           '<w:fldSimple w:instr="HYPERLINK &quot;https://www.izm.gov.lv&quot;"><w:r><w:t>IZM'
           "</w:t></w:r></w:fldSimple></w:p>")
    path = with_body_xml(tmp_path / "lauki.docx", xml, ["{{ title }}"])
    out = Template(path).render({"title": "Ābece"}, tmp_path / "ok.docx")
    assert 'w:instr=" PAGE "' in zipfile.ZipFile(out).read("word/document.xml").decode()


@pytest.mark.parametrize("source", [
    "{{ '<w:fldSimple w:instr=\"INCLUDEPICTURE http://127.0.0.1:9/z.png\"/>'|safe }}",
    "{% autoescape false %}{{ '<w:subDoc r:id=\"rId1\"/>' }}{% endautoescape %}",
    "{{ ('<a:blip xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" '"
    " ~ 'r:link=\"rId1\"/>')|safe }}",
])
def test_a_template_that_writes_a_fetching_field_is_refused_when_rendered(
        source: str, tmp_path: Path) -> None:
    path = word_document(tmp_path / "raksta.docx", ["Virsraksts", source])
    out = tmp_path / "out" / "x.docx"
    with pytest.raises(TemplateError) as caught:
        Template(path).render({}, out)
    assert str(caught.value).startswith("raksta.docx, body: ")
    assert str(caught.value).endswith("(written by the template)")
    assert not out.parent.exists() or list(out.parent.iterdir()) == []


def test_a_field_instruction_from_a_value_is_refused_when_rendered(tmp_path: Path) -> None:
    path = with_body_xml(tmp_path / "vertiba.docx", '<w:p><w:r><w:fldChar w:fldCharType='
                         '"begin"/></w:r><w:r><w:instrText>{{ kind }} "http://127.0.0.1:9/v"'
                         '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
    Template(path).render({"kind": "HYPERLINK"}, tmp_path / "ok.docx")
    with pytest.raises(TemplateError, match="the field INCLUDEPICTURE makes Word read"):
        Template(path).render({"kind": "INCLUDEPICTURE"}, tmp_path / "x.docx")
    assert not (tmp_path / "x.docx").exists()


def test_an_svg_picture_that_refers_to_a_file_is_refused(tmp_path: Path) -> None:
    path = word_document(tmp_path / "svg.docx", ["Virsraksts"], picture=True)
    svg = (b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
           b'<image xlink:href="file:///etc/ssl/private/scan.png" width="9" height="9"/></svg>')
    rewrite(path, lambda parts: parts.update({"word/media/logo.svg": svg}))
    assert _refused(path) == [
        "svg.docx, word/media/logo.svg: the picture (SVG) refers to "
        "'file:///etc/ssl/private/scan.png', which LibreOffice would read into the PDF; save "
        "the picture as PNG instead"]


def test_an_svg_picture_drawn_by_itself_is_fine(tmp_path: Path) -> None:
    path = word_document(tmp_path / "svg.docx", ["{{ title }}"])
    svg = (b'<svg xmlns="http://www.w3.org/2000/svg"><defs><linearGradient id="g"/></defs>'
           b'<rect fill="url(#g)" width="9" height="9"/></svg>')
    rewrite(path, lambda parts: parts.update({"word/media/logo.svg": svg}))
    Template(path).render({"title": "A"}, tmp_path / "ok.docx")


def test_macros_are_refused(tmp_path: Path) -> None:
    path = word_document(tmp_path / "makro.docx", ["Virsraksts"])
    rewrite(path, lambda parts: parts.update({"word/vbaProject.bin": b"\xd0\xcf\x11\xe0"}))
    expected = ("makro.docx, word/vbaProject.bin: the template holds macros or ActiveX "
                "controls, which run code; save it as a Word Document (.docx) without them")
    assert _refused(path) == [expected]
    _cli_refuses(path, tmp_path, expected)


def test_a_doctype_is_refused(tmp_path: Path) -> None:
    path = word_document(tmp_path / "dtd.docx", ["Virsraksts"])

    def doctype(parts: dict[str, bytes]) -> None:
        parts["word/settings.xml"] = parts["word/settings.xml"].replace(
            b"?>", b'?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>', 1)

    rewrite(path, doctype)
    assert _refused(path) == ["dtd.docx, word/settings.xml: the part declares a DOCTYPE, which "
                              "Word never writes; open the template in Word and save it again"]


# ---- the zip itself ----------------------------------------------------------------------

def _word_parts(tmp_path: Path) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(word_document(tmp_path / "pamats.docx", ["Virsraksts"])) as zf:
        return [(i.filename, zf.read(i)) for i in zf.infolist()]


@pytest.mark.parametrize(("name", "message"), [
    ("../../.bashrc", "the entry name leads outside the package"),
    ("/etc/cron.d/x", "the entry name leads outside the package"),
    ("word\\..\\..\\x.xml", "the entry name leads outside the package"),
    ("C:/Windows/x.xml", "the entry name leads outside the package"),
    ("word/document.xml", "the zip holds two entries of this name; Word and reportkit would "
                          "read different ones"),
    ("WORD/Document.xml", "the zip holds two entries of this name; Word and reportkit would "
                          "read different ones"),
])
def test_entry_names_are_checked_before_reading(name: str, message: str,
                                                tmp_path: Path) -> None:
    path = zip_of(tmp_path / "zips.docx", [*_word_parts(tmp_path), (name, b"<x/>")])
    assert _refused(path) == [f"zips.docx, {name}: {message}"]


def test_an_encrypted_entry_is_refused(tmp_path: Path) -> None:
    path = zip_of(tmp_path / "slepens.docx", _word_parts(tmp_path))
    data = bytearray(path.read_bytes())
    for marker in (b"PK\x03\x04", b"PK\x01\x02"):  # the flag bit in every header
        at = data.find(marker)
        while at >= 0:
            flags = 6 if marker == b"PK\x03\x04" else 8
            data[at + flags] |= 0x1
            at = data.find(marker, at + 4)
    path.write_bytes(bytes(data))
    problems = _refused(path)
    assert problems[0] == ("slepens.docx, [Content_Types].xml: the entry is encrypted; save "
                           "the template again without a password")


def test_an_unknown_compression_method_is_refused(tmp_path: Path) -> None:
    path = zip_of(tmp_path / "lzma.docx", _word_parts(tmp_path), compression=zipfile.ZIP_LZMA)
    assert _refused(path)[0] == (
        "lzma.docx, [Content_Types].xml: the entry uses compression method 14, which Word and "
        "LibreOffice do not write; open the template in Word and save it again")


def test_too_many_entries_are_refused_before_reading(tmp_path: Path) -> None:
    parts = _word_parts(tmp_path)
    many = [(f"word/media/x{i}.bin", b"") for i in range(5001 - len(parts))]
    path = zip_of(tmp_path / "daudz.docx", [*parts, *many])
    assert _refused(path) == ["daudz.docx: not a .docx file: 5001 entries in the zip; a Word "
                              "document has tens, and the limit is 5000"]


@pytest.fixture(scope="module")
def bombs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A 3 MB template with a 3 GiB part of zeros, and a 0.6 MB one whose document.xml is
    640 MiB of paragraphs: made once for the API and the command line."""
    folder = tmp_path_factory.mktemp("bombs")
    picture = rewrite(word_document(folder / "pamats.docx", ["Virsraksts"]),
                      lambda parts: parts.update({"word/media/image1.png": b"\x89PNG"}))
    zeros = with_huge_part(folder / "nulles.docx", "word/media/image1.png", 3 * GiB,
                           base=picture)
    paragraph = b'<w:p><w:r><w:t xml:space="preserve">Bumba bumba bumba. </w:t></w:r></w:p>'
    text = with_huge_part(folder / "teksts.docx", "word/document.xml", 640 * MiB,
                          pattern=paragraph, base=word_document(folder / "b2.docx", ["x"]))
    return {"zeros": zeros, "text": text}


@pytest.mark.parametrize(("bomb", "part", "message"), [
    ("zeros", "word/media/image1.png",
     "the part is 3072 MB unpacked; the limit for a part like this is 128 MB"),
    ("text", "word/document.xml",
     "the part is 640 MB unpacked; the limit for a part like this is 32 MB"),
])
def test_a_zip_bomb_is_refused_under_a_memory_cap(bomb: str, part: str, message: str,
                                                  bombs: dict[str, Path], tmp_path: Path) -> None:
    path = bombs[bomb]
    assert path.stat().st_size < 4 * MiB
    expected = f"{path.name}, {part}: {message}"
    script = ("import sys\nfrom reportkit import Template, TemplateError\ntry:\n"
              f"    Template({str(path)!r})\nexcept TemplateError as e:\n    print(e)\n")
    api = run_capped(["-c", script], cap_mb=600, cwd=tmp_path)
    assert (api.returncode, api.stdout.splitlines()) == (0, [expected])
    out = tmp_path / "out"
    cli_run = run_capped(module("render", VALID, "-t", path, "-o", out / "x.docx"),
                         cap_mb=600, cwd=tmp_path)
    assert (cli_run.returncode, cli_run.lines) == (EXIT_USAGE, [expected])
    assert max(api.peak_mb, cli_run.peak_mb) < 300
    assert not out.exists()
