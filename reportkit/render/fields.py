"""Ask Word to bring fields up to date when a .docx is opened: a table of contents above all.

A rendered .docx carries each field's result as the template left it. Word recomputes PAGE and
NUMPAGES itself whenever it lays pages out, but a TOC (and PAGEREF, REF, SEQ…) keeps its stale
text until someone updates it. Word honours two marks (ECMA-376 §17.16.18 and §17.15.1.96):

- ``w:dirty="true"`` on a field's ``w:fldChar w:fldCharType="begin"`` or ``w:fldSimple``: "its
  result is no longer correct"; Word updates that field when it opens the document (for a
  TOC it first asks "This document contains fields that may refer to other files…").
- ``<w:updateFields w:val="true"/>`` in ``word/settings.xml``: update every field on open,
  always behind that same question.

``mark_fields_dirty`` sets the first on every field, which is enough and touches nothing else;
``ask=True`` adds the second for readers (older Word, other editors) that honour only it.
The PDF needs neither: reportkit's LibreOffice macro updates indexes before export.

    >>> import tempfile, docx
    >>> path = Path(tempfile.mkdtemp()) / "a.docx"
    >>> docx.Document().save(path)
    >>> mark_fields_dirty(path) == path
    True
"""

from __future__ import annotations

import io
import os
import re
import zipfile
from pathlib import Path
from typing import overload

from reportkit.output.atomic import atomic_path

__all__ = ["mark_fields_dirty", "mark_part", "stale_fields"]

_PARTS = re.compile(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml")
_BEGIN = re.compile(rb'<w:fldChar\b(?![^>]*w:dirty=)([^>]*?w:fldCharType="begin")')
_SIMPLE = re.compile(rb"<w:fldSimple\b(?![^>]*w:dirty=)")
_UPDATE = b'<w:updateFields w:val="true"/>'
# CT_Settings is a sequence: updateFields goes before the first of these, or at the end.
_AFTER_UPDATE = re.compile(
    rb"<(?:w:hdrShapeDefaults|w:footnotePr|w:endnotePr|w:compat|w:docVars|w:rsids|m:mathPr"
    rb"|w:attachedSchema|w:themeFontLang|w:clrSchemeMapping|w:doNotIncludeSubdocsInStats"
    rb"|w:doNotAutoCompressPictures|w:forceUpgrade|w:captions|w:readModeInkLockDown"
    rb"|w:smartTagType|sl:schemaLibrary|w:shapeDefaults|w:doNotEmbedSmartTags"
    rb"|w:decimalSymbol|w:listSeparator|/w:settings)\b")


@overload
def mark_fields_dirty(docx: bytes, *, ask: bool = False) -> bytes: ...
@overload
def mark_fields_dirty(docx: str | os.PathLike[str], *, ask: bool = False) -> Path: ...


def mark_fields_dirty(docx: bytes | str | os.PathLike[str], *,
                      ask: bool = False) -> bytes | Path:
    """Mark every field of a .docx for updating when Word opens it (see the module text).

    Given bytes, returns the new bytes; given a path, rewrites that file atomically and returns
    its path.

    >>> import docx as python_docx
    >>> from docx.oxml import parse_xml
    >>> document = python_docx.Document()
    >>> p = document.add_paragraph()._p
    >>> p.append(parse_xml('<w:fldSimple xmlns:w="http://schemas.openxmlformats.org/'
    ...                    'wordprocessingml/2006/main" w:instr="PAGE"/>'))
    >>> buffer = io.BytesIO(); document.save(buffer)
    >>> marked = mark_fields_dirty(buffer.getvalue())
    >>> b'w:dirty="true"' in zipfile.ZipFile(io.BytesIO(marked)).read("word/document.xml")
    True
    """
    if isinstance(docx, bytes):
        return _marked(docx, ask)
    path = Path(docx)
    data = _marked(path.read_bytes(), ask)
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)
    return path


# Fields whose result Word keeps until someone updates them (PAGE and NUMPAGES it recomputes).
_STALE = re.compile(rb"\b(TOC|PAGEREF|REF|SEQ|STYLEREF|NOTEREF|TOA)\b")


def stale_fields(part: bytes) -> bool:
    r"""Whether a part holds a field whose text Word keeps until it is updated (a TOC).

    >>> stale_fields(b'<w:instrText> TOC \\o "1-3" </w:instrText>'), stale_fields(b"PAGE")
    (True, False)
    """
    return bool(_STALE.search(part))


def mark_part(part: bytes) -> bytes:
    """A part's XML with every field marked for Word to update on opening.

    >>> mark_part(b'<w:fldChar w:fldCharType="begin"/>')
    b'<w:fldChar w:dirty="true" w:fldCharType="begin"/>'
    """
    return _SIMPLE.sub(b'<w:fldSimple w:dirty="true"',
                       _BEGIN.sub(rb'<w:fldChar w:dirty="true"\1', part))


def _marked(data: bytes, ask: bool) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if _PARTS.fullmatch(item.filename):
                content = mark_part(content)
            elif ask and item.filename == "word/settings.xml" and _UPDATE not in content:
                content = _AFTER_UPDATE.sub(lambda m: _UPDATE + m.group(0), content, count=1)
            target.writestr(item.filename, content, compress_type=item.compress_type)
    return out.getvalue()
