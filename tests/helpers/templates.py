"""Building test templates and reading rendered documents back."""

from __future__ import annotations

import subprocess
import zipfile
from pathlib import Path

import docx
from docxtpl import RichText

from tests.helpers.docx import soffice_or_fail

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_FOOTNOTES_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<w:footnotes xmlns:w="{W}">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
    "</w:r></w:p></w:footnote>"
    '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>'
    "<w:r><w:t xml:space=\"preserve\"> {text}</w:t></w:r></w:p></w:footnote>"
    "</w:footnotes>"
)


def build(path: Path, paragraphs: list[str], *, header: str | None = None,
          footer: str | None = None, sections: int = 1) -> Path:
    """A .docx with one paragraph per string, optional header/footer, ``sections`` sections."""
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    for _ in range(sections - 1):
        document.add_section()
        document.add_paragraph("Nākamā sadaļa")
    if header is not None:
        document.sections[0].header.paragraphs[0].text = header
    if footer is not None:
        document.sections[0].footer.paragraphs[0].text = footer
    document.save(str(path))
    return path


def add_footnote(path: Path, text: str) -> Path:
    """Give the first body paragraph a footnote whose text is ``text`` (python-docx cannot)."""
    with zipfile.ZipFile(path) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    types = parts["[Content_Types].xml"].decode()
    parts["[Content_Types].xml"] = types.replace(
        "</Types>",
        '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.wordprocessingml.footnotes+xml"/></Types>').encode()
    rels = parts["word/_rels/document.xml.rels"].decode()
    parts["word/_rels/document.xml.rels"] = rels.replace(
        "</Relationships>",
        '<Relationship Id="rIdFn1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/footnotes" Target="footnotes.xml"/></Relationships>').encode()
    body = parts["word/document.xml"].decode()
    parts["word/document.xml"] = body.replace(
        "</w:t></w:r></w:p>", '</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>', 1
    ).encode()
    parts["word/footnotes.xml"] = _FOOTNOTES_XML.format(text=text).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return path


RICH = [
    "Projekts „{{ project.title }}”",
    "{%p if partners %}",
    "Partneri:",
    "{%p endif %}",
    "{{r bold }} un {{ note }}",
]


def rich_template(path: Path) -> Path:
    """Body text, a {%p %} block, a {{r }} run, a {%tr %} table, header and footer."""
    build(path, RICH, header="Galvene: {{ project.code }}", footer="Kājene {{ note }}")
    document = docx.Document(str(path))
    table = document.add_table(rows=3, cols=2)
    table.cell(0, 0).text = "{%tr for p in partners %}"
    table.cell(1, 0).text = "{{ p.name }}"
    table.cell(1, 1).text = "{{ p.country }}"
    table.cell(2, 0).text = "{%tr endfor %}"
    document.save(str(path))
    return path


LIBREOFFICE_DOCX = "docx:MS Word 2007 XML"  # File > Save As > Word 2007–365 (.docx)
LIBREOFFICE_ODT = "odt"  # File > Save As > ODF Text Document (.odt)


def libreoffice_convert(files: list[Path], to: str, out: Path, profile: Path) -> list[Path]:
    """Open each file in LibreOffice and save it as ``to``, into ``out``, in one process with
    a private profile (so a user's LibreOffice, or another test's, is never touched)."""
    subprocess.run(
        [soffice_or_fail(), f"-env:UserInstallation={profile.as_uri()}", "--headless",
         "--convert-to", to, "--outdir", str(out), *map(str, files)],
        check=True, capture_output=True, timeout=300,
    )
    suffix = ".odt" if to == LIBREOFFICE_ODT else ".docx"
    made = [out / f"{f.stem}{suffix}" for f in files]
    missing = [p.name for p in made if not p.is_file()]
    assert not missing, f"LibreOffice made no {missing}"
    return made


CERTIFICATE = [
    "APLIECINĀJUMS",
    "{{ vārds }} {{ uzvārds }} ({{ skola.nosaukums }}) piedalījās projekta "
    "„{{ projekts }}” mācībās {{ dienas|count('diena', words=True) }}.",
    "{%p if piezīme %}",
    "Piezīme: {{ piezīme }}",
    "{%p endif %}",
    "Mācības notika {{ vieta|decline('loc') }} no {{ sākums }} līdz {{ beigas }}.",
    "Direktore {{ direktore }}",
]
"""A certificate a batch fills from a spreadsheet row (one row per participant)."""

CERTIFICATE_ROW = {
    "vārds": "Anna", "uzvārds": "Bērziņa", "skola": {"nosaukums": "Saules skola"},
    "projekts": "Inovācijas pieaugušo izglītībā", "dienas": 5, "piezīme": "ar izcilību",
    "vieta": "Daugavpils", "sākums": "01.06.2019.", "beigas": "05.06.2019.",
    "direktore": "I. Kalniņa",
}
CERTIFICATE_COLUMNS = ["vārds", "uzvārds", "skola.nosaukums", "projekts", "dienas", "piezīme",
                       "vieta", "sākums", "beigas", "direktore"]


def certificate_template(path: Path) -> Path:
    """The certificate, with a signature table as a school would lay it out."""
    build(path, CERTIFICATE, footer="Apliecinājums Nr. {{ numurs|default('—') }}")
    document = docx.Document(str(path))
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "{{ direktore }}"
    table.cell(0, 1).text = "(paraksts)"
    document.save(str(path))
    return path




RICH_CONTEXT = {
    "project": {"title": "Administrations go Europe!", "code": "2012-1-LV1-LEO04-03394"},
    "partners": [{"name": "Comune di Novara", "country": "Itālija"},
                 {"name": "Landeshauptstadt Magdeburg", "country": "Vācija"}],
    "bold": RichText("Trekns", bold=True),
    "note": "piezīme",
}
RICH_BODY = [
    "Projekts „Administrations go Europe!”",
    "Partneri:",
    "Trekns un piezīme",
    "Comune di Novara", "Itālija",
    "Landeshauptstadt Magdeburg", "Vācija",
]
