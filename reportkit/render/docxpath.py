"""The per-document path through docxtpl and python-docx, for values that add parts.

An ``InlineImage`` adds an image part and a relationship; a ``Subdoc`` adds styles, numbering
and media. Those need python-docx's package, so a document whose values include them is
rendered here. The parts are still rendered from the same compiled templates as the fast path
(same sandbox, same repairs, same error locations), and each part exactly once: docxtpl's own
``render_footnotes`` renders the footnotes once per section, running data as template code.
The links and numbered lists of marked-up values are added to python-docx's package
(:class:`reportkit.render.additions.DocxAdditions`), and the document properties are
rendered from the same compiled parts as on the fast path.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any, BinaryIO

from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docxtpl import DocxTemplate

from .additions import DocxAdditions, collecting, current
from .compiled import CompiledTemplate
from .images import docx_available, rendering_docx
from .properties import LABELS
from .sandbox import environment

__all__ = ["DocxPath", "render_with_docx"]

_FOOTNOTES = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


class DocxPath(DocxTemplate):  # type: ignore[misc]
    """docxtpl's DocxTemplate whose parts come from a :class:`CompiledTemplate`."""

    def __init__(self, path: Path, compiled: CompiledTemplate) -> None:
        super().__init__(str(path))
        self.compiled = compiled

    def _part(self, part: Any, context: Mapping[str, Any]) -> str:
        self.current_rendering_part = part
        zipname = str(part.partname).lstrip("/")
        additions = current()
        if isinstance(additions, DocxAdditions):
            additions.parts[zipname] = part  # its links are related from this part
        return self.compiled.render_part(zipname, context)

    def build_xml(self, context: Mapping[str, Any], jinja_env: Any = None) -> str:
        xml = self._part(self.docx._part, context)
        return xml.partition("?>")[2] if xml.startswith("<?xml") else xml

    def map_tree(self, tree: Any) -> None:
        root = self.docx._element
        root.replace(root.body, tree.find(qn("w:body")))

    def render_xml_part(self, src_xml: str, part: Any, context: Mapping[str, Any],
                        jinja_env: Any = None) -> str:
        return self._part(part, context)

    def render_footnotes(self, context: Mapping[str, Any], jinja_env: Any = None) -> None:
        for part in self.docx.part.package.parts:
            if part.content_type == _FOOTNOTES:
                part._blob = self._part(part, context).encode("utf-8")

    def render_properties(self, context: Mapping[str, Any], jinja_env: Any = None) -> None:
        """The properties parts that hold tags, rendered as on the fast path."""
        for part in self.docx.part.package.iter_parts():
            zipname = str(part.partname).lstrip("/")
            compiled = self.compiled.parts.get(zipname)
            if compiled is not None and compiled.label in LABELS.values():
                xml = self._part(part, context).encode("utf-8")
                if hasattr(part, "_element"):
                    part._element = parse_xml(xml)
                else:
                    part._blob = xml

    def drop_templated_links(self) -> None:
        """The template's own relationships of links whose address the data made."""
        for part in self.docx.part.package.iter_parts():
            compiled = self.compiled.parts.get(str(part.partname).lstrip("/"))
            for rid in compiled.templated if compiled is not None else ():
                part.rels.pop(rid, None)


def render_with_docx(doc: DocxPath, names: Mapping[str, Any], fp: BinaryIO) -> None:
    """Render ``names`` through python-docx and save the document to ``fp``."""
    token = docx_available.set(True)
    rendering = rendering_docx.set(doc)
    try:
        with collecting(DocxAdditions(doc.compiled.styles, doc.docx)):
            doc.render(dict(names), jinja_env=environment(), autoescape=True)
    finally:
        rendering_docx.reset(rendering)
        docx_available.reset(token)
    doc.drop_templated_links()
    doc.save(fp)
