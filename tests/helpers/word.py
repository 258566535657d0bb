"""Templates whose XML is what Word 365 writes, from the fixtures in tests/templates/word/.

python-docx writes clean XML: one run per paragraph, no revision ids, no proofing marks. A
template a coordinator saved in Word is not like that, so these fixtures are the body XML of
such documents, each opening with a comment that says what it imitates and what it renders.
:func:`word_template` puts one into a .docx the way Word frames a document: the XML
declaration and CR LF Word writes, Word's namespace declarations, a section with A4 pages.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import docx

FIXTURES = Path(__file__).parents[1] / "templates" / "word"

_NAMESPACES = (
    'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
    'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'mc:Ignorable="w14 w15 wp14"'
)
_SECTION = (
    '<w:sectPr w:rsidR="00B2447E"><w:pgSz w:w="11906" w:h="16838"/>'
    '<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="708" '
    'w:footer="708" w:gutter="0"/><w:cols w:space="708"/><w:docGrid w:linePitch="360"/>'
    "</w:sectPr>"
)


def fixture_body(name: str) -> str:
    """The body XML of a fixture, without its opening comment."""
    text = (FIXTURES / name).read_text(encoding="utf-8")
    return re.sub(r"\A\s*<!--.*?-->\s*", "", text, flags=re.DOTALL).strip()


def word_template(path: Path, name: str, *, replace: tuple[str, str] | None = None) -> Path:
    """A .docx at ``path`` whose body is the fixture ``name``; ``replace`` (old, new) changes
    its XML first (to damage a tag the way a test needs)."""
    body = fixture_body(name)
    if replace is not None:
        assert replace[0] in body, f"{replace[0]!r} is not in {name}"
        body = body.replace(*replace)
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
           f"<w:document {_NAMESPACES}><w:body>{body}{_SECTION}</w:body></w:document>")
    docx.Document().save(str(path))
    with zipfile.ZipFile(path) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    parts["word/document.xml"] = xml.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for part, data in parts.items():
            zf.writestr(part, data)
    return path
