"""What a document adds to its template's package while it renders, in either render path.

A link from the data needs a relationship in its part's ``.rels`` (``TargetMode="External"``,
type hyperlink: the one kind of external relationship :mod:`reportkit.render.linked`
allows); a numbered list that starts again at 1 needs its own ``w:num`` in ``numbering.xml``.
The fast path copies untouched parts as bytes, so :class:`FastAdditions` rewrites just those
two kinds of part; the docxtpl path adds them to python-docx's package
(:class:`DocxAdditions`, as docxtpl's ``RichText(url_id=…)`` does with ``part.relate_to``).

While a part renders, a marked-up value (a list, a link, bold text) prints as a placeholder:
:meth:`Additions.mark` keeps the value and returns the placeholder; :mod:`.splice` puts the
Word XML in its place once the part is rendered, where it can see the paragraph and run
around it. A placeholder holds a number drawn when the process starts, so no text in the data
can pose as one.

    >>> with collecting(PlainAdditions(Styles.empty())) as adds:
    ...     MARK.fullmatch(adds.mark("x")) is not None
    True
"""

from __future__ import annotations

import contextlib
import copy
import posixpath
import re
import secrets
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from lxml import etree

__all__ = [
    "MARK", "Additions", "DocxAdditions", "FastAdditions", "PlainAdditions", "Restart",
    "Styles", "collecting", "current",
]

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
HYPERLINK = _REL + "hyperlink"
_NONCE = f"{secrets.randbelow(10**8):08d}"
MARK = re.compile(f"\ue000{_NONCE}(\\d+)\ue001")
"""A placeholder in a rendered part: the index of the value it stands for."""
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
_current: ContextVar[Additions | None] = ContextVar("additions", default=None)


def w(tag: str) -> str:
    """A WordprocessingML name in Clark notation: ``w("p")``."""
    return f"{{{_W}}}{tag}"


@dataclass(frozen=True)
class Restart:
    """``restart_numbering()``: the numbered list of this paragraph starts again at ``start``."""

    start: int = 1


@dataclass(frozen=True)
class Styles:
    """What the template's styles and numbering offer marked-up text: style ids by name (in
    lower case: ``list bullet``, ``hyperlink``), the list each paragraph style numbers with
    (``numId``, level), and where ``numbering.xml`` is."""

    ids: dict[str, str]
    numbered: dict[str, tuple[str, int]]
    numbering: str | None

    @classmethod
    def empty(cls) -> Styles:
        """No styles at all: lists are written with their bullets as text."""
        return cls({}, {}, None)

    @classmethod
    def of(cls, texts: dict[str, bytes], body: str) -> Styles:
        """The styles of a package (its text parts by zip name; ``body`` the main part)."""
        targets = _targets(texts, body)
        styles = texts.get(targets.get(_REL + "styles", ""))
        numbering = targets.get(_REL + "numbering")
        if styles is None:
            return cls({}, {}, numbering if numbering in texts else None)
        root = etree.fromstring(styles, _PARSER)
        ids: dict[str, str] = {}
        based: dict[str, str] = {}
        own: dict[str, tuple[str, int]] = {}
        for style in root.iter(w("style")):
            sid = style.get(w("styleId"), "")
            name = style.find(w("name"))
            if name is not None and style.get(w("type")) in ("paragraph", "character"):
                ids.setdefault(name.get(w("val"), "").lower(), sid)
            parent = style.find(w("basedOn"))
            if parent is not None:
                based[sid] = parent.get(w("val"), "")
            num = style.find(f"{w('pPr')}/{w('numPr')}")
            if num is not None:
                own[sid] = _num_pr(num)
        numbered = {sid: found for sid in {*own, *based} if (found := _inherited(sid, own, based))}
        return cls(ids, numbered, numbering if numbering in texts else None)

    def style(self, name: str) -> str | None:
        """The id of the style named ``name`` (Word's English name), or None."""
        return self.ids.get(name.lower())


def _num_pr(num: Any) -> tuple[str, int]:
    num_id = num.find(w("numId"))
    level = num.find(w("ilvl"))
    return (num_id.get(w("val"), "0") if num_id is not None else "0",
            int(level.get(w("val"), "0")) if level is not None else 0)


def _inherited(sid: str, own: dict[str, tuple[str, int]], based: dict[str, str]
               ) -> tuple[str, int] | None:
    seen = set()
    while sid and sid not in seen:
        seen.add(sid)
        if sid in own:
            return own[sid] if own[sid][0] != "0" else None
        sid = based.get(sid, "")
    return None


def _targets(texts: dict[str, bytes], body: str) -> dict[str, str]:
    """The body's relationships: type → zip name."""
    folder, base = posixpath.split(body)
    rels = texts.get(posixpath.join(folder, "_rels", base + ".rels"))
    if rels is None:
        return {}
    return {rel.get("Type", ""): posixpath.normpath(posixpath.join(folder, rel.get("Target", "")))
            for rel in etree.fromstring(rels, _PARSER) if rel.get("TargetMode") != "External"}


class Additions:
    """What one document adds, collected while its parts render."""

    def __init__(self, styles: Styles) -> None:
        self.styles = styles
        self._values: list[Any] = []

    def mark(self, value: Any) -> str:
        """The placeholder that stands for ``value`` in the rendered part."""
        self._values.append(value)
        return f"\ue000{_NONCE}{len(self._values) - 1}\ue001"

    def value(self, index: int) -> Any:
        """The value of placeholder ``index``; None for a number no placeholder of this
        document was given."""
        return self._values[index] if 0 <= index < len(self._values) else None

    def link(self, zipname: str, href: str) -> str | None:
        """The relationship id of a hyperlink to ``href`` from the part ``zipname``; None when
        this document can have no links (the link is then written as text)."""
        raise NotImplementedError

    def numbering(self) -> Any:
        """The root of the document's ``numbering.xml`` (changed in place), or None."""
        raise NotImplementedError

    def new_num(self, num_id: str, level: int, start: int) -> str | None:
        """A new list numbered like ``num_id`` whose ``level`` starts at ``start``; its id, or
        None when the document has no numbering (the list then goes on from the one before)."""
        root = self.numbering()
        if root is None:
            return None
        nums = {n.get(w("numId")): n for n in root.iter(w("num"))}
        if num_id not in nums:
            return None
        abstract = nums[num_id].find(w("abstractNumId"))
        new_id = str(max((int(n) for n in nums if n and n.isdigit()), default=0) + 1)
        num = etree.Element(w("num"))
        num.set(w("numId"), new_id)
        num.append(copy.deepcopy(abstract))
        override = etree.SubElement(num, w("lvlOverride"))
        override.set(w("ilvl"), str(level))
        etree.SubElement(override, w("startOverride")).set(w("val"), str(start))
        cleanup = root.find(w("numIdMacAtCleanup"))  # the schema puts it after every w:num
        if cleanup is not None:
            cleanup.addprevious(num)
        else:
            root.append(num)
        return new_id


class PlainAdditions(Additions):
    """A render that can add nothing (no package to add to): links are written as text."""

    def link(self, zipname: str, href: str) -> str | None:
        return None

    def numbering(self) -> Any:
        return None


class FastAdditions(Additions):
    """The fast path's additions: the ``.rels`` and ``numbering.xml`` it writes anew."""

    def __init__(self, styles: Styles, texts: dict[str, bytes]) -> None:
        super().__init__(styles)
        self._texts = texts
        self._rels: dict[str, Any] = {}
        self._numbering: Any = None
        self._count = 0

    def link(self, zipname: str, href: str) -> str | None:
        rels = self._relationships(zipname)
        taken = {rel.get("Id") for rel in rels}
        self._count += 1
        while f"rkLink{self._count}" in taken:
            self._count += 1
        rel = etree.SubElement(rels, f"{{{_PKG}}}Relationship")
        rel.attrib.update({"Id": f"rkLink{self._count}", "Type": HYPERLINK, "Target": href,
                           "TargetMode": "External"})
        return f"rkLink{self._count}"

    def drop(self, zipname: str, rid: str) -> None:
        """Remove the relationship ``rid`` of ``zipname`` (a templated link's)."""
        rels = self._relationships(zipname)
        for rel in rels:
            if rel.get("Id") == rid:
                rels.remove(rel)

    def numbering(self) -> Any:
        name = self.styles.numbering
        if self._numbering is None and name is not None and name in self._texts:
            self._numbering = etree.fromstring(self._texts[name], _PARSER)
        return self._numbering

    def entries(self) -> dict[str, bytes]:
        """The parts this document changed or added: zip name → bytes."""
        out = {_rels_of(name): _xml(root) for name, root in self._rels.items()}
        if self._numbering is not None and self.styles.numbering is not None:
            out[self.styles.numbering] = _xml(self._numbering)
        return out

    def _relationships(self, zipname: str) -> Any:
        if zipname not in self._rels:
            data = self._texts.get(_rels_of(zipname))
            self._rels[zipname] = (
                etree.fromstring(data, _PARSER) if data is not None
                else etree.Element(f"{{{_PKG}}}Relationships", nsmap={None: _PKG}))
        return self._rels[zipname]


class DocxAdditions(Additions):
    """The docxtpl path's additions, made in python-docx's package as the parts render."""

    def __init__(self, styles: Styles, document: Any) -> None:
        super().__init__(styles)
        self._document = document  # python-docx's Document
        self.parts: dict[str, Any] = {}  # zip name → python-docx part, as each renders

    def link(self, zipname: str, href: str) -> str | None:
        from docx.opc.constants import RELATIONSHIP_TYPE

        part = self.parts.get(zipname)
        if part is None:
            return None
        return str(part.relate_to(href, RELATIONSHIP_TYPE.HYPERLINK, is_external=True))

    def numbering(self) -> Any:
        if self.styles.numbering is None:
            return None  # python-docx would make an empty numbering part
        return self._document.part.numbering_part.element


def _rels_of(name: str) -> str:
    folder, base = posixpath.split(name)
    return posixpath.join(folder, "_rels", base + ".rels")


def _xml(root: Any) -> bytes:
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))


@contextlib.contextmanager
def collecting(additions: Additions) -> Iterator[Additions]:
    """While the parts of one document render, ``additions`` collects what they add."""
    token = _current.set(additions)
    try:
        yield additions
    finally:
        _current.reset(token)


def current() -> Additions | None:
    """The additions of the document rendering now, if one is."""
    return _current.get()
