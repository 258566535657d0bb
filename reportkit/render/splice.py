"""Marked-up values put into a rendered part where their placeholders are, as Word XML.

A value that is more than plain text (a list, bold text, a link:
:mod:`reportkit.models.markup`, a web or e-mail address) prints as a placeholder
(:meth:`reportkit.render.additions.Additions.mark`).
Once the part is rendered, each placeholder is replaced here, by where it stands:

- **alone in its paragraph** (``{{ text }}`` and nothing else, the way a template writes a
  field that is a block): the paragraph becomes the text's paragraphs and list items, the
  first keeping whatever else the paragraph held (bookmarks, pictures), the last the section
  break if the paragraph carried one;
- **in a sentence** (``Vairāk par projektu: {{ website }}``): runs in the run's place, with its
  formatting, bold, italic and links kept; paragraphs and list items become lines of the
  paragraph, each item after its bullet or number (block markup inside a sentence shows as
  plain text);
- **anywhere else** (a field code, a picture's description, the document properties): its
  plain text, links with their address in brackets.

``restart_numbering()`` in a numbered paragraph gives it, and the paragraphs after it in the
same list, a list of their own that starts at 1 (or the number given): inside a loop, each
item's list starts again. A link a template wrote around data (``https://…/{{ code }}``) gets
the address the data makes, which must be a web or e-mail address.

    >>> from reportkit.render.additions import PlainAdditions, Styles, collecting
    >>> from reportkit.models.markup import Marked
    >>> W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    >>> with collecting(PlainAdditions(Styles.empty())) as adds:
    ...     mark = adds.mark(Marked("- a"))
    ...     xml = f'<w:body {W}><w:p><w:r><w:t>{mark}</w:t></w:r></w:p></w:body>'
    ...     print(splice(xml, "word/document.xml", adds))  # doctest: +ELLIPSIS
    <w:body ...><w:p><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr><w:r><w:t>•</w:t>...
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from lxml import etree

from reportkit.errors import Problem, RenderError
from reportkit.models.markup import Address, Block, Marked, Para, Span, link_address, plain_text

from .additions import MARK, Additions, Restart, w
from .links import LINK_END, LINK_PLACE, LINK_START
from .markup import PPR_ORDER, Writer, paragraphs, put, runs
from .values import clean_text

__all__ = ["LinkFault", "splice"]

_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
_BLOCK_PARENTS = {w(n) for n in ("body", "tc", "txbxContent", "hdr", "ftr", "footnote",
                                 "endnote", "comment", "sdtContent", "docPartBody")}
_INLINE_PARENTS = {w(n) for n in ("p", "hyperlink", "smartTag", "ins", "del", "fldSimple")}
_LINK_ADDRESS = re.compile(f"{LINK_START}(\\d+){LINK_PLACE}(.*){LINK_END}", re.DOTALL)

LinkFault = Callable[[int, str, ValueError], Problem]
"""Makes the problem of a link address refused, from its paragraph, address and reason."""


def splice(xml: str, zipname: str, additions: Additions,
           link_fault: LinkFault | None = None) -> str:
    """``xml`` with every placeholder of ``additions`` replaced (see the module docstring)."""
    if "\ue000" not in xml and LINK_START not in xml:
        return xml
    head, sep, body = xml.partition("?>") if xml.startswith("<?xml") else ("", "", xml)
    root = etree.fromstring(body.encode("utf-8"), _PARSER)
    writer = Writer(additions, zipname)
    restarts: list[tuple[Any, int]] = []
    _templated_links(root, writer, link_fault)
    for element, where in _found(root, additions):
        _replace(element, where, additions, writer, restarts)
    if restarts:
        _restart(root, restarts, writer)
    return head + sep + str(etree.tostring(root, encoding="unicode"))


def _found(root: Any, additions: Additions) -> list[tuple[Any, str]]:
    """(element, "text" or "tail") of every text holding a placeholder, and the attributes'
    placeholders made plain text on the way."""
    def plain(found: re.Match[str]) -> str:
        value = additions.value(int(found.group(1)))
        return "" if isinstance(value, Restart) else clean_text(_plain(value))

    found = []
    for element in root.iter():
        for name, value in element.attrib.items():
            if "\ue000" in value:
                element.set(name, MARK.sub(plain, value))
        if element.text and MARK.search(element.text):
            found.append((element, "text"))
        if element.tail and MARK.search(element.tail):
            found.append((element, "tail"))
    return found


def _pieces(text: str, additions: Additions) -> list[Any]:
    """``text`` split into its own text and the values of its placeholders."""
    out: list[Any] = []
    last = 0
    for found in MARK.finditer(text):
        out.append(text[last:found.start()])
        value = additions.value(int(found.group(1)))
        out.append(value if value is not None else found.group(0))
        last = found.end()
    out.append(text[last:])
    return [piece for piece in out if piece != ""]


def _replace(element: Any, where: str, additions: Additions, writer: Writer,
             restarts: list[tuple[Any, int]]) -> None:
    pieces = _pieces(getattr(element, where), additions)
    for piece in pieces:
        if isinstance(piece, Restart):
            paragraph = _paragraph_of(element)
            if paragraph is not None:
                restarts.append((paragraph, piece.start))
    pieces = [piece for piece in pieces if not isinstance(piece, Restart)]
    parent = element if where == "text" else element.getparent()
    run = element.getparent()
    if element.tag == w("t") and where == "text" and run is not None and run.tag == w("r"):
        _in_run(element, run, pieces, writer)
    elif parent is not None and parent.tag in _BLOCK_PARENTS | _INLINE_PARENTS:
        _in_place(element, where, pieces, writer)
    else:
        setattr(element, where, clean_text("".join(_plain(piece) for piece in pieces)))


def _in_run(t: Any, run: Any, pieces: list[Any], writer: Writer) -> None:
    """The placeholder's run split around it; or, alone in its paragraph, the paragraph made
    the value's paragraphs."""
    paragraph = run.getparent()
    rpr = run.find(w("rPr"))
    values = [p for p in pieces if type(p) is not str]
    if (len(pieces) == 1 and values and paragraph is not None and paragraph.tag == w("p")
            and _blocks(values[0]) is not None and _only_text(paragraph, t)):
        _as_paragraphs(paragraph, run, _blocks(values[0]) or (), rpr, writer)
        return
    inner = Writer(writer.additions, writer.zipname, links=writer.links and not _in_link(run))
    children = list(run)
    index = children.index(t)
    before = [c for c in children[:index] if c is not rpr]
    after = children[index + 1:]
    new: list[Any] = []
    if before:
        new.append(_run_of(rpr, before))
    for piece in pieces:
        if type(piece) is str:  # the part's own text (a Marked text or an address is a str too)
            new.append(_run_of(rpr, [_t(piece)]))
        else:
            new += runs(_spans(piece), rpr, inner)
    if after:
        new.append(_run_of(rpr, after))
    for element in new:
        run.addprevious(element)
    run.getparent().remove(run)


def _as_paragraphs(paragraph: Any, run: Any, blocks: tuple[Block, ...], rpr: Any,
                   writer: Writer) -> None:
    ppr = paragraph.find(w("pPr"))
    section = ppr.find(w("sectPr")) if ppr is not None else None
    if section is not None:
        ppr.remove(section)
    made = paragraphs(blocks, ppr, rpr, writer)
    first, last = made[0], made[-1]
    children = list(paragraph)
    index = children.index(run)
    for child in children:
        if child is not ppr:
            paragraph.remove(child)
    if ppr is not None:
        paragraph.remove(ppr)
    new_ppr = first.find(w("pPr"))
    if new_ppr is not None:
        paragraph.append(new_ppr)
    for child in [c for c in children[:index] if c is not ppr]:
        paragraph.append(child)
    for child in list(first):
        if child.tag != w("pPr"):
            paragraph.append(child)
    made[0] = paragraph
    if len(made) == 1:
        last = paragraph
    for child in children[index + 1:]:
        last.append(child)
    for extra in reversed(made[1:]):
        paragraph.addnext(extra)
    if section is not None:
        props = last.find(w("pPr"))
        if props is None:
            props = etree.Element(w("pPr"))
            last.insert(0, props)
        props.append(section)  # sectPr is last but one in w:pPr; pPrChange is never copied


def _in_place(element: Any, where: str, pieces: list[Any], writer: Writer) -> None:
    """A placeholder outside any run (``{{p x }}``, ``{{r x }}``): paragraphs where a
    paragraph may stand, runs where a run may."""
    parent = element if where == "text" else element.getparent()
    block = parent.tag in _BLOCK_PARENTS
    made: list[Any] = []
    for piece in pieces:
        if type(piece) is str:
            if piece.strip():
                made += (paragraphs((Para((Span(piece),)),), None, None, writer) if block
                         else [_run_of(None, [_t(piece)])])
        elif block:
            made += paragraphs(_blocks(piece) or (Para(tuple(_spans(piece))),), None, None,
                               writer)
        else:
            made += runs(_spans(piece), None, writer)
    setattr(element, where, None)
    if where == "text":
        for n, child in enumerate(made):
            element.insert(n, child)
    else:
        for child in reversed(made):
            element.addnext(child)


def _blocks(value: Any) -> tuple[Block, ...] | None:
    """The blocks of a value that is more than one paragraph, or None."""
    if isinstance(value, Marked):
        blocks = value.blocks
        return blocks if blocks and (len(blocks) > 1 or not isinstance(blocks[0], Para)) else None
    return None


def _spans(value: Any) -> list[Span]:
    """A value as spans in a sentence."""
    from reportkit.models.markup import inline_spans

    if isinstance(value, Address):
        return [Span(str(value), link=value.href)]
    if isinstance(value, Marked):
        return inline_spans(value.blocks)
    return [Span(str(value))]


def _plain(piece: Any) -> str:
    if isinstance(piece, Marked):
        return plain_text(piece.blocks)
    return "" if piece is None or isinstance(piece, Restart) else str(piece)


def _only_text(paragraph: Any, t: Any) -> bool:
    """Whether ``t`` is the paragraph's only text (spaces aside), and no tab, break, field or
    link is in it."""
    for element in paragraph.iter(w("t"), w("tab"), w("br"), w("fldSimple"), w("instrText"),
                                  w("hyperlink")):
        if element is t:
            continue
        if element.tag != w("t") or (element.text or "").strip():
            owner = next(element.iterancestors(w("p")), None)
            if owner is paragraph:
                return False
    return True


def _in_link(element: Any) -> bool:
    return any(a.tag in (w("hyperlink"), w("fldSimple")) for a in element.iterancestors())


def _paragraph_of(element: Any) -> Any:
    return element if element.tag == w("p") else next(element.iterancestors(w("p")), None)


def _run_of(rpr: Any, children: list[Any]) -> Any:
    import copy

    run = etree.Element(w("r"))
    if rpr is not None:
        run.append(copy.deepcopy(rpr))
    run.extend(children)
    return run


def _t(text: str) -> Any:
    t = etree.Element(w("t"))
    t.text = clean_text(text)
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return t


# --- links whose address a template made from data ----------------------------------------


def _templated_links(root: Any, writer: Writer, fault: LinkFault | None) -> None:
    """Each template link whose address holds data: the address checked and related, or the
    link taken away (its text kept) when the data left it empty."""
    for link in list(root.iter(w("hyperlink"))):
        found = _LINK_ADDRESS.fullmatch(link.get(_R_ID, ""))
        if found is None:
            continue
        address = found.group(2).strip()
        rid = None
        if address:
            try:
                rid = writer.link(link_address(address))
            except ValueError as exc:
                if fault is None:
                    raise RenderError(str(exc)) from None
                raise RenderError(fault(int(found.group(1)), address, exc)) from None
        if rid is not None:
            link.set(_R_ID, rid)
            continue
        for child in list(link):
            link.addprevious(child)
        link.getparent().remove(link)


# --- numbered lists that start again ------------------------------------------------------


def _restart(root: Any, restarts: list[tuple[Any, int]], writer: Writer) -> None:
    """From each ``restart_numbering()`` paragraph on, its list's paragraphs number anew."""
    points = dict(restarts)
    renamed: dict[str, tuple[str, int]] = {}
    for paragraph in root.iter(w("p")):
        num = _numbering(paragraph, writer)
        if num is None:
            continue
        num_id, level = num
        if paragraph in points:
            new = writer.additions.new_num(num_id, level, points[paragraph])
            if new is None:
                continue
            renamed[num_id] = (new, level)
        if num_id in renamed:
            _set_num(paragraph, renamed[num_id][0], level)


def _numbering(paragraph: Any, writer: Writer) -> tuple[str, int] | None:
    """The list (``numId``, level) a paragraph is numbered in: its own or its style's."""
    ppr = paragraph.find(w("pPr"))
    if ppr is None:
        return None
    num_pr = ppr.find(w("numPr"))
    style = ppr.find(w("pStyle"))
    styled = writer.additions.styles.numbered.get(style.get(w("val"), "") if style is not None
                                                  else "")
    if num_pr is not None and num_pr.find(w("numId")) is not None:
        num_id = num_pr.find(w("numId")).get(w("val"), "0")
        level = num_pr.find(w("ilvl"))
        default = styled[1] if styled else 0
        found = (num_id, int(level.get(w("val"), default)) if level is not None else default)
        return found if num_id != "0" else None
    return styled


def _set_num(paragraph: Any, num_id: str, level: int) -> None:
    ppr = paragraph.find(w("pPr"))
    num_pr = put(ppr, "numPr", PPR_ORDER)
    etree.SubElement(num_pr, w("ilvl")).set(w("val"), str(level))
    etree.SubElement(num_pr, w("numId")).set(w("val"), num_id)
