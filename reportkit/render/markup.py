"""The Word XML of marked-up text (:mod:`reportkit.models.markup`), in the template's styles.

Each span is a run with the run properties of the template's run around the field (its font
and size), plus ``w:b`` or ``w:i``; a link is a ``w:hyperlink`` to a relationship of the part
whose run has the template's ``Hyperlink`` character style. Each paragraph of the text takes
the template paragraph's properties; a list item takes the template's ``List Bullet`` or
``List Number`` style (``List Bullet 2`` … a level further in), and every numbered list gets
its own numbering, starting at its first number. Where the template lacks a style, the text
still shows what it is: a link blue and underlined as Word's own Hyperlink style, a list item
with its bullet or number written before it and an indent.

Text is only ever an element's text here, so nothing in it can become XML.

    >>> from reportkit.models.markup import parse
    >>> from reportkit.render.additions import PlainAdditions, Styles
    >>> writer = Writer(PlainAdditions(Styles.empty()), "word/document.xml")
    >>> made = paragraphs(parse("Posmi:\\n- a\\n- b"), None, None, writer)
    >>> ["".join(p.itertext()) for p in made]  # no List Bullet style: the bullet, then a tab
    ['Posmi:', '•a', '•b']
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from reportkit.i18n import gettext as _
from reportkit.models.markup import Block, Items, Marked, Para, Span, inline_spans

from .additions import Additions, Restart, w
from .values import clean_text

__all__ = ["Writer", "markup", "paragraphs", "put", "restart_numbering", "runs"]

_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
# The order of the children of w:rPr and w:pPr in the schema (ECMA-376 Part 1, 17.3.2.28 and
# 17.3.1.26): Word refuses a document whose properties are out of it.
RPR_ORDER = (
    "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike",
    "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden",
    "color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr",
    "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish",
    "oMath",
)
PPR_ORDER = (
    "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
    "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
    "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
    "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
    "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle",
    "rPr", "sectPr", "pPrChange",
)
_LINK_COLOR = "0563C1"  # Word's Hyperlink style: this blue, underlined
_STEP = 360  # twentieths of a point (a quarter inch) per list level, as Word's list styles
_LEVELS = 5  # Word's List Bullet … List Bullet 5


def markup(value: Any) -> Marked:
    """``{{ text|markup }}``: any text (a table's column, a plain field) read as marked-up text,
    so its lists, bold, italic and links show; a refused link address is a ``ValueError``.

    >>> markup("**Svarīgi**").plain
    'Svarīgi'
    """
    return value if isinstance(value, Marked) else Marked(str(value))


def restart_numbering(start: int = 1) -> Restart:
    """``{{ restart_numbering() }}`` in a numbered paragraph: its list starts again here, at 1
    or at ``start`` (:mod:`reportkit.render.splice`).

    >>> restart_numbering(3)
    Restart(start=3)
    """
    if not isinstance(start, int) or isinstance(start, bool) or not 0 <= start <= 32767:
        raise ValueError(_("restart_numbering: the first number must be a whole number from 0 "
                           "to 32767 (got {value})").format(value=repr(start)))
    return Restart(start)


@dataclass
class Writer:
    """How one part writes marked-up text: its additions and zip name; ``links`` is False where
    a link cannot be (inside a link of the template's), so links are written as text."""

    additions: Additions
    zipname: str
    links: bool = True
    _nums: dict[str, str] = field(default_factory=dict)

    def link(self, href: str) -> str | None:
        """The relationship id of a link to ``href``, or None to write it as text."""
        return self.additions.link(self.zipname, href) if self.links else None

    def style(self, base: str, level: int) -> str | None:
        """The id of ``List Bullet`` (level 0), ``List Bullet 2`` … or None."""
        name = base if level == 0 else f"{base} {level + 1}"
        return self.additions.styles.style(name) if level < _LEVELS else None


def runs(spans: Sequence[Span], rpr: Any, writer: Writer) -> list[Any]:
    """The runs of ``spans``, each with a copy of ``rpr`` (the template's run properties)."""
    out: list[Any] = []
    for span in spans:
        rid = writer.link(span.link) if span.link else None
        text = span.text
        if span.link and rid is None:
            text = next(s.text for s in inline_spans((Para((span,)),), links=False))
        run = _run(text, rpr, span, writer.additions.styles.style("hyperlink") if rid else None,
                   linked=rid is not None)
        if rid is None:
            out.append(run)
            continue
        hyperlink = etree.Element(w("hyperlink"))
        hyperlink.set(f"{_R}id", rid)
        hyperlink.set(w("history"), "1")
        hyperlink.append(run)
        out.append(hyperlink)
    return out


def _run(text: str, rpr: Any, span: Span, style: str | None, linked: bool) -> Any:
    run = etree.Element(w("r"))
    props = copy.deepcopy(rpr) if rpr is not None else etree.Element(w("rPr"))
    if span.bold:
        put(props, "b", RPR_ORDER)
    if span.italic:
        put(props, "i", RPR_ORDER)
    if linked and style:
        put(props, "rStyle", RPR_ORDER, val=style)
    elif linked:
        put(props, "color", RPR_ORDER, val=_LINK_COLOR)
        put(props, "u", RPR_ORDER, val="single")
    if len(props):
        run.append(props)
    for n, line in enumerate(clean_text(text).split("\n")):
        if n:
            etree.SubElement(run, w("br"))
        if line:
            t = etree.SubElement(run, w("t"))
            t.text = line
            t.set(_XML_SPACE, "preserve")
    return run


def paragraphs(blocks: Sequence[Block], ppr: Any, rpr: Any, writer: Writer) -> list[Any]:
    """The paragraphs of ``blocks``: text paragraphs with a copy of ``ppr`` (the template
    paragraph's properties), list items in the list styles; runs with ``rpr``."""
    out: list[Any] = []
    for block in blocks:
        if isinstance(block, Para):
            out.append(_paragraph(copy.deepcopy(ppr), runs(block.spans, rpr, writer)))
        else:
            out += _list(block, ppr, rpr, writer, 0)
    return out


def _list(block: Items, ppr: Any, rpr: Any, writer: Writer, level: int) -> list[Any]:
    base = "List Number" if block.ordered else "List Bullet"
    style = writer.style(base, level)
    numbered = writer.additions.styles.numbered.get(style or "")
    num = None
    if block.ordered and numbered is not None:  # its own list, so it starts at its number
        num = writer.additions.new_num(numbered[0], numbered[1], block.start)
    out: list[Any] = []
    for number, item in enumerate(block.items, start=block.start):
        first = item[0] if item and isinstance(item[0], Para) else Para(())
        marker = None if style else (f"{number}." if block.ordered else "•")
        props = _item_properties(ppr, style, num, numbered, level, marker is not None)
        content = runs(first.spans, rpr, writer)
        if marker is not None:
            content = [_marker(marker, rpr), *content]
        out.append(_paragraph(props, content))
        for inner in item[1:] if item and isinstance(item[0], Para) else item:
            if isinstance(inner, Items):
                out += _list(inner, ppr, rpr, writer, level + 1)
            else:
                out.append(_paragraph(_continued(ppr, writer, level),
                                      runs(inner.spans, rpr, writer)))
    return out


def _item_properties(ppr: Any, style: str | None, num: str | None,
                     numbered: tuple[str, int] | None, level: int, marked: bool) -> Any:
    """A list item's paragraph properties: the list style (and its own numbering), or, with no
    style, the template paragraph's with an indent for the bullet written as text."""
    if style is None:
        props = _without(ppr, "numPr", "sectPr")
        put(props, "ind", PPR_ORDER, left=str(_STEP * (level + 1)), hanging=str(_STEP))
        return props
    props = etree.Element(w("pPr"))
    put(props, "pStyle", PPR_ORDER, val=style)
    if num is not None and numbered is not None:
        num_pr = put(props, "numPr", PPR_ORDER)
        etree.SubElement(num_pr, w("ilvl")).set(w("val"), str(numbered[1]))
        etree.SubElement(num_pr, w("numId")).set(w("val"), num)
    mark = ppr.find(w("rPr")) if ppr is not None else None
    if mark is not None:  # the paragraph mark's font, as the template's
        props.append(copy.deepcopy(mark))
    return props


def _continued(ppr: Any, writer: Writer, level: int) -> Any:
    """A further paragraph of a list item: ``List Continue`` (``List Continue 2`` …), or the
    template paragraph's properties with the item's indent."""
    style = writer.style("List Continue", level)
    if style is not None:
        props = etree.Element(w("pPr"))
        put(props, "pStyle", PPR_ORDER, val=style)
        return props
    props = _without(ppr, "numPr", "sectPr")
    put(props, "ind", PPR_ORDER, left=str(_STEP * (level + 1)))
    return props


def _marker(text: str, rpr: Any) -> Any:
    run = etree.Element(w("r"))
    if rpr is not None:
        run.append(copy.deepcopy(rpr))
    etree.SubElement(run, w("t")).text = clean_text(text)
    etree.SubElement(run, w("tab"))
    return run


def _paragraph(ppr: Any, content: list[Any]) -> Any:
    p = etree.Element(w("p"))
    if ppr is not None and (len(ppr) or ppr.attrib):
        p.append(ppr)
    p.extend(content)
    return p


def _without(ppr: Any, *names: str) -> Any:
    props = copy.deepcopy(ppr) if ppr is not None else etree.Element(w("pPr"))
    for name in names:
        for child in props.findall(w(name)):
            props.remove(child)
    return props


def put(parent: Any, name: str, order: Sequence[str], **values: str) -> Any:
    """Set the child ``w:name`` of ``parent`` (replacing one there) in the schema's ``order``,
    with ``values`` as its ``w:`` attributes; returns it."""
    for old in parent.findall(w(name)):
        parent.remove(old)
    child = etree.Element(w(name))
    for key, value in values.items():
        child.set(w(key), value)
    rank = order.index(name)
    for sibling in parent:
        local = etree.QName(sibling).localname if isinstance(sibling.tag, str) else ""
        if local in order and order.index(local) > rank:
            sibling.addprevious(child)
            return child
    parent.append(child)
    return child
