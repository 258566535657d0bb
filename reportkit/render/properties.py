"""The document's properties as template parts: title, subject, author, keywords (and the rest
of ``docProps/core.xml``), company and manager (``docProps/app.xml``), rendered from the data.

In Word, File → Info → Properties; in LibreOffice, File → Properties. A property may hold tags
(``{{ title }}``, ``{{ applicant.name }}``), so a document's title is its own, not the
template's: a search, a PDF's title bar and a screen reader show it. A properties part is a
template part when it holds a tag (it is otherwise copied as it is); each property is one
"paragraph" of it, and problems quote the property's text:

    >>> source, found = prepare_properties(
    ...     "<?xml version='1.0'?>\\n<cp:p xmlns:cp='c' xmlns:dc='d'><dc:title>{{ title }}"
    ...     "</dc:title><dc:creator>{{ applicant.name }}</dc:creator></cp:p>")
    >>> [p.text for p in found], source.count("\\n")
    (['{{ title }}', '{{ applicant.name }}'], 2)
    >>> Property("{{ titel }}").location(1)
    {'text': '{{ titel }}'}

Marked-up values and addresses print as their plain text here (:mod:`reportkit.render.splice`).
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from typing import Any

from lxml import etree

from reportkit.errors import Problem

from .locate import Paragraph
from .tags import faults, scan, tag_code

__all__ = ["LABELS", "Property", "prepare_properties", "properties_parts", "property_faults"]

_PACKAGE = "http://schemas.openxmlformats.org/"
LABELS = {
    _PACKAGE + "package/2006/relationships/metadata/core-properties": "document properties",
    _PACKAGE + "officeDocument/2006/relationships/extended-properties":
        "document properties (app.xml)",
}
"""Relationship type → how problems name the part."""
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


@dataclass(frozen=True)
class Property(Paragraph):
    """A property, located by its text alone (it has no paragraph number a user could see)."""

    def location(self, number: int) -> dict[str, Any]:
        """The Problem fields that place this property."""
        return {"text": self.text}


def properties_parts(texts: dict[str, bytes]) -> dict[str, str]:
    """The package's properties parts that hold tags: zip name → label."""
    rels = texts.get("_rels/.rels")
    if rels is None:
        return {}
    found = {}
    for rel in etree.fromstring(rels, _PARSER):
        label = LABELS.get(rel.get("Type", ""))
        name = posixpath.normpath(rel.get("Target", "").lstrip("/"))
        data = texts.get(name)
        if label and data is not None and (b"{{" in data or b"{%" in data):
            found[name] = label
    return found


def prepare_properties(xml: str) -> tuple[str, list[Paragraph]]:
    """The part as Jinja source, one property a line (line ``n + 1`` is property ``n``, as in
    :func:`reportkit.render.parts.prepare_xml`), typing habits undone inside the tags; and the
    properties' texts."""
    head, sep, rest = xml.partition("?>") if xml.lstrip().startswith("<?xml") else ("", "", xml)
    root = etree.fromstring(rest.strip().encode("utf-8"), _PARSER)
    for element in root.iter():
        for name in ("text", "tail"):
            value = getattr(element, name)
            if value and not value.strip():
                setattr(element, name, None)
            elif value and "{" in value:
                setattr(element, name, _coded(value))
    children = [child for child in root if isinstance(child.tag, str)]
    root.text = "\n" if children else root.text
    for n, child in enumerate(children):
        child.tail = "\n" if n + 1 < len(children) else None
    paragraphs: list[Paragraph] = [Property(child.xpath("string()")) for child in children]
    return head + sep + etree.tostring(root, encoding="unicode"), paragraphs


def property_faults(file: str, label: str, paragraphs: list[Paragraph], env: Any
                    ) -> list[Problem]:
    """A tag not closed in its property, or a closer with no tag, as a located problem."""
    problems = []
    for paragraph in paragraphs:
        for fault in faults(scan(paragraph.text), env):
            problems.append(Problem(fault.message, file=file, part=label, text=paragraph.text,
                                    mark=(fault.start, fault.end), code="template.property"))
    return problems


def _coded(text: str) -> str:
    """``text`` with its closed tags made fit for Jinja (:func:`reportkit.render.tags.tag_code`)."""
    out, last = [], 0
    for tag in scan(text).tags:
        if tag.closed and tag.opener != "{#":
            out += [text[last:tag.start], tag_code(text[tag.start:tag.end])]
            last = tag.end
    return "".join(out) + text[last:]
