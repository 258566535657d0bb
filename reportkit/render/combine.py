"""One .docx holding several documents in order, each in its own section, for printing at once.

docxcompose appends the bodies (styles, numbering, pictures, footnotes); it keeps only the first
document's page setup, headers and footers. Here each document's own last section (page size,
margins, its header and footer with their pictures) closes its part with a section break, so
record 7 prints with record 7's footer. Its PDF is ``to_pdf([combined])``: one PDF, every page.

    >>> import tempfile, docx
    >>> folder = Path(tempfile.mkdtemp())
    >>> paths = []
    >>> for n in (1, 2):
    ...     document = docx.Document()
    ...     _ = document.add_paragraph(f"Ieraksts {n}")
    ...     document.sections[0].footer.paragraphs[0].text = f"Kājene {n}"
    ...     document.save(folder / f"{n}.docx")
    ...     paths.append(folder / f"{n}.docx")
    >>> combined = docx.Document(combine_docx(paths, folder / "kopā.docx"))
    >>> [p.text for p in combined.paragraphs if p.text]
    ['Ieraksts 1', 'Ieraksts 2']
    >>> [s.footer.paragraphs[0].text for s in combined.sections]
    ['Kājene 1', 'Kājene 2']
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable
from copy import deepcopy
from pathlib import Path
from typing import Any

from reportkit.errors import Problem, RenderError
from reportkit.i18n import gettext as _
from reportkit.output.atomic import atomic_path

__all__ = ["combine_docx"]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_IMAGE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"


def combine_docx(paths: Iterable[str | os.PathLike[str]], out: str | os.PathLike[str]) -> Path:
    """Write every document of ``paths``, in order, into ``out`` (atomically); return ``out``.

    A document that cannot be read is a RenderError naming it; nothing is written then.
    """
    import docx
    from docxcompose.composer import Composer

    sources = [Path(p) for p in paths]
    if not sources:
        raise RenderError(_("no documents to combine"))
    documents = [_open(docx, src) for src in sources]
    composer = Composer(documents[0])
    for document in documents[1:]:
        _close_section(composer.doc)
        composer.append(document)
        _take_last_section(composer.doc, document)
    target = Path(out)
    with atomic_path(target) as tmp:
        composer.save(str(tmp))
    return target


def _open(docx: Any, src: Path) -> Any:
    try:
        return docx.Document(str(src))
    except Exception as exc:  # python-docx raises zip, XML and key errors alike
        raise RenderError(Problem(_("cannot read this document to combine it ({reason})").format(
            reason=exc), file=str(src), code="combine.unreadable")) from None


def _close_section(master: Any) -> None:
    """End the body so far with a section break carrying its last section's properties."""
    body = master.element.body
    last = body.find(f"{_W}sectPr")
    paragraph = body.makeelement(f"{_W}p", {})
    properties = paragraph.makeelement(f"{_W}pPr", {})
    properties.append(deepcopy(last))
    paragraph.append(properties)
    last.addprevious(paragraph)


def _take_last_section(master: Any, document: Any) -> None:
    """Give the combined body's last section ``document``'s page setup, header and footer."""
    body = master.element.body
    mine = deepcopy(document.element.body.find(f"{_W}sectPr"))
    for reference in mine.findall(f"{_W}headerReference") + mine.findall(f"{_W}footerReference"):
        part = document.part.related_parts[reference.get(f"{_R}id")]
        reference.set(f"{_R}id", _copy_part(master, part, reference.tag.endswith("header"
                                                                                  "Reference")))
    body.replace(body.find(f"{_W}sectPr"), mine)


def _copy_part(master: Any, part: Any, header: bool) -> str:
    """Copy a header or footer part, with its pictures, into ``master``; its new rId."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    new = _new_part(master, header, part.blob)
    for rel_id, rel in part.rels.items():
        if rel.reltype == _IMAGE and not rel.is_external:
            image = master.part.package.get_or_add_image_part(io.BytesIO(rel.target_part.blob))
            new_id = new.relate_to(image, RT.IMAGE)
            for node in new.element.iter():
                for name, value in node.attrib.items():
                    if value == rel_id and name.startswith(_R):
                        node.set(name, new_id)
    return str(master.part.relate_to(new, RT.HEADER if header else RT.FOOTER))


def _new_part(master: Any, header: bool, blob: bytes) -> Any:
    """A new header/footer part of ``master``, from ``blob``, named as no other part is."""
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.packuri import PackURI
    from docx.parts.hdrftr import FooterPart, HeaderPart

    kind = "header" if header else "footer"
    taken = {str(p.partname) for p in master.part.package.iter_parts()}
    n = 1
    while f"/word/{kind}{n}.xml" in taken:
        n += 1
    cls, content_type = (HeaderPart, CT.WML_HEADER) if header else (FooterPart, CT.WML_FOOTER)
    return cls.load(PackURI(f"/word/{kind}{n}.xml"), content_type, blob, master.part.package)
