"""The names problems give a template's parts, as Word names them: ``header``, ``footer``,
``first-page header``, ``even-page footer``, ``header (section 2)``, not the zip file's
``header1``.

Word numbers its header files in the order it made them; a coordinator sees "Header",
"First Page Header -Section 2-". Each section's ``w:headerReference`` and
``w:footerReference`` say which file is which (``w:type`` default, first or even), through
the body's relationships.

    >>> label("header", [(1, "first")], sections=1, alone=False)
    'first-page header'
    >>> label("footer", [(2, "default")], sections=2, alone=False)
    'footer (section 2)'
"""

from __future__ import annotations

import posixpath
from dataclasses import replace
from xml.etree import ElementTree

from .parts import Package

__all__ = ["label", "word_part_names"]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_KINDS = {f"{_W}headerReference": "header", f"{_W}footerReference": "footer"}
_TYPES = {"first": "first-page ", "even": "even-page "}


def word_part_names(package: Package) -> Package:
    """``package`` with its header and footer parts labelled as Word names them; a part no
    section refers to keeps its file name."""
    data = {entry.name: entry.data for entry in package.entries}
    body = next(name for name, label in package.parts.items() if label == "body")
    try:
        targets = _targets(data, body)
        uses, sections = _references(data[body], targets)
    except ElementTree.ParseError:
        return package  # a damaged body is reported when its XML is read
    labels = dict(package.parts)
    for kind in ("header", "footer"):
        mine = {name: found for name, found in uses.items() if found[0] == kind}
        for name, (_, places) in mine.items():
            if name in labels:
                labels[name] = label(kind, places, sections, alone=len(mine) == 1)
    return replace(package, parts=labels)


def label(kind: str, places: list[tuple[int, str]], sections: int, alone: bool) -> str:
    """The name of a ``kind`` part used at ``places`` (section number, reference type).

    >>> label("header", [(1, "default"), (2, "default")], sections=2, alone=True)
    'header'
    """
    section, type_ = places[0]
    name = _TYPES.get(type_, "") + kind
    if alone and type_ == "default":
        return kind
    return f"{name} (section {section})" if sections > 1 else name


def _targets(data: dict[str, bytes], body: str) -> dict[str, str]:
    """Relationship id → zip name, for the body's relationships."""
    folder, base = posixpath.split(body)
    rels = data.get(posixpath.join(folder, "_rels", base + ".rels"))
    if rels is None:
        return {}
    return {rel.get("Id", ""): posixpath.normpath(posixpath.join(folder, rel.get("Target", "")))
            for rel in ElementTree.fromstring(rels)}


def _references(xml: bytes, targets: dict[str, str]
                ) -> tuple[dict[str, tuple[str, list[tuple[int, str]]]], int]:
    """Zip name → (header or footer, [(section, type)]) and the number of sections."""
    uses: dict[str, tuple[str, list[tuple[int, str]]]] = {}
    sections = 0
    for section in ElementTree.fromstring(xml).iter(f"{_W}sectPr"):
        sections += 1
        for reference in section:
            kind = _KINDS.get(reference.tag)
            target = targets.get(reference.get(f"{_R}id", ""))
            if kind and target:
                uses.setdefault(target, (kind, []))[1].append(
                    (sections, reference.get(f"{_W}type", "default")))
    return uses, sections
