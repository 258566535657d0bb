"""Reading written documents back as a person sees them; shared by every test folder.

``part_text`` and ``all_text`` read one zip part's paragraphs as Word shows them (``w:br`` a
newline, ``w:tab`` a tab); ``document_text`` is the whole document, python-docx's view, in reading
order; ``pdf_text`` is what ``pdftotext`` reads from a PDF.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from html import unescape
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

INSTALL = ("install LibreOffice and poppler: apt-get install libreoffice-writer-nogui "
           "libreoffice-calc-nogui "
           "poppler-utils (.ci/run does this)")


def fake_documents(folder: Path, *names: str) -> list[Path]:
    """Files named like .docx that a fake LibreOffice converts by name (it does not read them)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"{name}.docx" for name in names]
    for path in paths:
        path.write_bytes(b"PK fake docx")
    return paths


def soffice_or_fail() -> str:
    """The LibreOffice program, or the test fails saying how to install it."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if not found:
        pytest.fail(f"LibreOffice (soffice) is not on PATH: {INSTALL}")
    return found


def part_text(path: Path, zipname: str = "word/document.xml") -> list[str]:
    """The text of each paragraph of one part, as Word shows it (breaks as newlines)."""
    with zipfile.ZipFile(path) as zf:
        xml = zf.read(zipname).decode()
    paragraphs = re.findall(r"<w:p[ >].*?</w:p>|<w:p/>", xml, flags=re.DOTALL)
    out = []
    for p in paragraphs:
        pieces = re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>|<w:(br)/>|<w:(tab)/>", p)
        out.append("".join(unescape(t) if t else ("\n" if br else "\t") for t, br, _ in pieces
                           if t or br or _ == "tab"))
    return out


def all_text(path: Path) -> dict[str, list[str]]:
    """Every text part (body, headers, footers, footnotes) by zip name."""
    with zipfile.ZipFile(path) as zf:
        names = [n for n in zf.namelist()
                 if re.fullmatch(r"word/(document|header\d+|footer\d+|footnotes)\.xml", n)]
    return {n: part_text(path, n) for n in names}


def body_text(path: Path) -> list[str]:
    """The non-empty paragraphs of the body, tables' included, in order."""
    return [text for text in part_text(path) if text]


def _text(element: object, fields: bool = False) -> str:
    """The text of an element: its w:t, with w:br as a newline and w:tab as a tab. With
    ``fields``, a field is its code in braces (``{ PAGE }``) instead of its last result."""
    parts = []
    in_result = False
    tags = [qn("w:t"), qn("w:br"), qn("w:tab"), qn("w:fldChar"), qn("w:instrText"),
            qn("w:fldSimple")]
    for node in element.iter(*tags):  # type: ignore[attr-defined]
        if node.tag == qn("w:fldSimple"):
            parts.append(f"{{{node.get(qn('w:instr'))}}}" if fields else "")
        elif node.tag == qn("w:fldChar"):
            kind = node.get(qn("w:fldCharType"))
            in_result = kind == "separate"
            parts.append({"begin": "{", "end": "}"}.get(kind, "") if fields else "")
        elif node.tag == qn("w:instrText"):
            parts.append(node.text or "" if fields else "")
        elif not (fields and (in_result or _in_simple_field(node))):
            parts.append({qn("w:br"): "\n", qn("w:tab"): "\t"}.get(node.tag, node.text or ""))
    return "".join(parts)


def _in_simple_field(node: object) -> bool:
    return any(a.tag == qn("w:fldSimple") for a in node.iterancestors())  # type: ignore[attr-defined]


def document_text(path: Path, *, fields: bool = False) -> str:
    """The document as a reader meets it: body paragraphs one a line, a table row as its cells
    joined by " | " (a table inside a cell as lines of its own within the cell), then each
    section's header and footer. Page fields show their last value, or, with ``fields``, their
    code (``Lapa { PAGE } no { NUMPAGES }``): LibreOffice and Word recompute the value whenever
    they save.
    """
    document = docx.Document(str(path))
    lines = _blocks(document.element.body, fields)
    for section in document.sections:
        for part in (section.header, section.footer):
            lines += [_text(p._p, fields) for p in part.paragraphs]
    return "\n".join(lines)


def _blocks(container: object, fields: bool = False) -> list[str]:
    """The lines of a body or a table cell: its paragraphs and its tables' rows, in order."""
    lines: list[str] = []
    for block in container.iterchildren():  # type: ignore[attr-defined]
        if block.tag == qn("w:p"):
            lines.append(_text(block, fields))
        elif block.tag == qn("w:tbl"):
            for row in block.iterchildren(qn("w:tr")):
                cells = ["\n".join(_blocks(cell, fields))
                         for cell in row.iterchildren(qn("w:tc"))]
                lines.append(" | ".join(cells))
    return lines


def pdf_text(pdf: Path) -> str:
    """The text ``pdftotext`` reads from a PDF; the test fails, saying how to install it, if the
    program is missing."""
    program = shutil.which("pdftotext")
    if program is None:
        pytest.fail(f"pdftotext is missing: {INSTALL}")
    return subprocess.run([program, "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
