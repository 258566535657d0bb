"""Read a rendered .docx back as a person sees it: body paragraphs and tables in order, then the
headers and footers (with the page fields' shown values)."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml.ns import qn


def _text(element: object) -> str:
    """The text of an element: its w:t, with w:br as a newline and w:tab as a tab."""
    parts = []
    for node in element.iter(qn("w:t"), qn("w:br"), qn("w:tab")):  # type: ignore[attr-defined]
        parts.append({qn("w:br"): "\n", qn("w:tab"): "\t"}.get(node.tag, node.text or ""))
    return "".join(parts)


def document_text(path: Path) -> str:
    """Every paragraph's text, one a line; table rows as cells joined by " | "."""
    document = docx.Document(str(path))
    lines: list[str] = []
    for block in document.element.body.iterchildren():
        if block.tag == qn("w:p"):
            lines.append(_text(block))
        elif block.tag == qn("w:tbl"):
            for row in block.iter(qn("w:tr")):
                cells = [_text(cell) for cell in row.iter(qn("w:tc"))]
                lines.append(" | ".join(cells))
    for section in document.sections:
        for part in (section.header, section.footer):
            lines += [_text(p._p) for p in part.paragraphs]
    return "\n".join(lines)
