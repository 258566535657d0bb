"""The markup of text fields: a small Markdown subset, read into a small tree.

Coordinators write prose: a bulleted list of activities, a key sentence in bold, a web
address. Text fields that hold prose (``description``, ``body``, an activity's
``description`` …) read this much Markdown, and nothing else:

- a blank line between paragraphs;
- ``- `` (or ``* ``, ``+ ``) at the start of a line: a bulleted list; ``1. `` or ``1) ``: a
  numbered list (it starts at the number written); two spaces more indent a list inside a list;
- ``**bold**`` and ``*italic*`` (or ``__bold__``, ``_italic_``);
- ``[the text](https://…)``, ``<https://…>``, and a bare ``https://…``, ``www.…`` or e-mail
  address: a link;
- ``\\`` before a character shows the character itself (``\\*``, ``\\-``).

Everything else is text as written: no headings, quotes, code, tables, pictures or HTML, so
``# 5``, ``> 50``, ``<b>`` and ``&amp;`` print as they are. The parsing is markdown-it-py's
(CommonMark) with only those rules on, and two rules of Latvian text:

- a number with a full stop followed by a lower-case word is an ordinal, not a list:
  ``2015. gada 5. novembrī`` and ``1. jūnijā`` start a paragraph, ``1. Sagatavošanās`` a list;
- a link's address is a web or e-mail address (``http://``, ``https://``, ``mailto:``, or
  ``www.…``); any other (``javascript:``, ``file:``, a bare file name) is refused with the
  reason, so nothing in the data ever becomes anything but a hyperlink
  (:mod:`reportkit.models.addresses`, whose names are importable from here too).

    >>> parse("Posmi:\\n- **sagatavošanās**;\\n- mobilitātes.")  # doctest: +NORMALIZE_WHITESPACE
    (Para(spans=(Span(text='Posmi:'),)),
     Items(ordered=False, start=1,
           items=((Para(spans=(Span(text='sagatavošanās', bold=True), Span(text=';'))),),
                  (Para(spans=(Span(text='mobilitātes.'),)),))))
    >>> parse("2015. gada 5. novembrī notika sanāksme.")
    (Para(spans=(Span(text='2015. gada 5. novembrī notika sanāksme.'),)),)
    >>> parse("[x](javascript:alert(1))")
    Traceback (most recent call last):
    ...
    ValueError: the link 'javascript:alert(1)' cannot be a link in a document: only web \
addresses (https://…) and e-mail addresses (mailto:…) can
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Union

from .addresses import (
    SCHEME,
    Address,
    EmailAddress,
    WebAddress,
    email_address,
    link_address,
    web_address,
)

__all__ = [
    "Address", "Block", "EmailAddress", "Items", "Marked", "Para", "Span", "WebAddress",
    "blocks_of", "email_address", "inline_spans", "link_address", "parse", "plain_text",
    "web_address",
]


@dataclass(frozen=True)
class Span:
    """A piece of text with its emphasis and, when it is a link, its address; ``"\\n"`` in
    ``text`` is a line break."""

    text: str
    bold: bool = False
    italic: bool = False
    link: str | None = None

    def __repr__(self) -> str:  # the defaults left out, so the doctests read
        extra = "".join(f", {k}={v!r}" for k, v in (("bold", self.bold), ("italic", self.italic),
                                                    ("link", self.link)) if v)
        return f"Span(text={self.text!r}{extra})"


@dataclass(frozen=True)
class Para:
    """A paragraph: its spans in order."""

    spans: tuple[Span, ...]


@dataclass(frozen=True)
class Items:
    """A list: bulleted or numbered (from ``start``), each item a sequence of blocks."""

    ordered: bool
    start: int
    items: tuple[tuple[Block, ...], ...]


Block = Union[Para, Items]  # noqa: UP007 - evaluated at run time on Python 3.10 too
"""A paragraph or a list."""

# Schemeless bare addresses become links only when they start with www. or end in one of
# these: "t.sk." (tai skaitā) would otherwise be a link to Slovakia.
_BARE_TLDS = frozenset({"lv", "eu", "com", "org", "net", "edu", "gov", "int", "info"})
_ORDINAL = re.compile(r"([0-9]{1,9})\.[ \t]+(\w)")
_SECOND = re.compile(r"2[.][ \t]")


def parse(text: str) -> tuple[Block, ...]:
    """The blocks of ``text`` (see the module docstring); ``ValueError`` for a refused link."""
    return _blocks(_parser().parse(text), 0, None)[0]


def blocks_of(text: str) -> list[tuple[str, tuple[Block, ...]]]:
    """Each top-level block of ``text`` with its source: a paragraph's lines joined by spaces
    (a paragraph wrapped over lines in a data file is one paragraph), a list's lines as written.

    >>> [source for source, _ in blocks_of("Pirmā\\nrinda.\\n\\n- a\\n- b")]
    ['Pirmā rinda.', '- a\\n- b']
    """
    lines = text.split("\n")
    found: list[tuple[str, tuple[Block, ...]]] = []
    tokens = _parser().parse(text)
    i = 0
    while i < len(tokens):
        start, end = tokens[i].map or (0, 0)
        blocks, i = _blocks(tokens, i, None, one=True)
        own = [line.strip() for line in lines[start:end]]
        if blocks and isinstance(blocks[0], Para):
            found.append((" ".join(line for line in own if line), blocks))
        elif blocks:
            found.append(("\n".join(lines[start:end]).strip("\n"), blocks))
    return found


def plain_text(blocks: tuple[Block, ...]) -> str:
    """The blocks as plain text: paragraphs and list items on lines of their own, each item
    after its bullet (``–``) or number; a link with its address in brackets when its text is
    not the address.

    >>> plain_text(parse("Posmi:\\n1. Sagatavošanās\\n2. [Seminārs](https://x.lv)"))
    'Posmi:\\n1. Sagatavošanās\\n2. Seminārs (https://x.lv)'
    """
    return "".join(span.text for span in inline_spans(blocks, links=False))


def inline_spans(blocks: tuple[Block, ...], *, links: bool = True) -> list[Span]:
    """The blocks as one run of spans, as they show inside a sentence: each paragraph and list
    item on a line of its own (a ``"\\n"`` span before it), items after their bullet or number.
    With ``links=False`` a link is its text and, when different, its address in brackets."""
    out: list[Span] = []
    for line, spans in _lines(blocks, ""):
        if out:
            out.append(Span("\n"))
        if line:
            out.append(Span(line))
        for span in spans:
            if span.link and not links:
                shown = span.text if _same_address(span) else f"{span.text} ({span.link})"
                out.append(Span(shown, span.bold, span.italic))
            else:
                out.append(span)
    return out


def _lines(blocks: tuple[Block, ...], indent: str) -> list[tuple[str, tuple[Span, ...]]]:
    """(marker, spans) of every line the blocks show as plain text."""
    lines: list[tuple[str, tuple[Span, ...]]] = []
    for block in blocks:
        if isinstance(block, Para):
            lines.append((indent, block.spans))
            continue
        for number, item in enumerate(block.items, start=block.start):
            marker = f"{indent}{number}. " if block.ordered else f"{indent}– "
            inner = _lines(item, indent + "  ") or [(indent + "  ", ())]
            lines.append((marker + inner[0][0][len(indent) + 2:], inner[0][1]))
            lines += inner[1:]
    return lines


def _same_address(span: Span) -> bool:
    link = span.link or ""
    return link.removeprefix("mailto:") == span.text or link == span.text or (
        link.startswith("http://") and link[7:] == span.text)


# --- marked-up text ---------------------------------------------------------------------------


class Marked(str):
    """Text with markup: as a ``str`` it is the text as written (the markup too); its
    :attr:`blocks` are what it means. Read when it is made, so a refused link is found when
    the data is checked.

    >>> text = Marked("Ar **nozīmi**.")
    >>> text, text.plain, text.is_plain
    ('Ar **nozīmi**.', 'Ar nozīmi.', False)
    """

    def __init__(self, text: str = "") -> None:
        super().__init__()
        self._blocks = parse(str(self))

    @property
    def blocks(self) -> tuple[Block, ...]:
        """The paragraphs and lists."""
        return self._blocks

    @property
    def plain(self) -> str:
        """The text without its markup (see :func:`plain_text`)."""
        return plain_text(self._blocks)

    @property
    def is_plain(self) -> bool:
        """Whether it is one paragraph of text with no emphasis, link or line break, which a
        document prints as :attr:`plain`."""
        blocks = self._blocks
        return not blocks or (len(blocks) == 1 and isinstance(blocks[0], Para) and all(
            not (s.bold or s.italic or s.link or "\n" in s.text) for s in blocks[0].spans))

    def __reduce__(self) -> tuple[Any, ...]:
        return type(self), (str(self),)


# --- markdown-it tokens → the tree ------------------------------------------------------------


@lru_cache(maxsize=1)
def _parser() -> Any:
    """markdown-it with the rules of the module docstring and nothing more."""
    from markdown_it import MarkdownIt
    from markdown_it.rules_block import list_block

    md = MarkdownIt("zero", {"linkify": True, "maxNesting": 20})
    md.enable(["list", "newline", "escape", "emphasis", "link", "autolink", "linkify"])
    if md.linkify is not None:  # None only without linkify-it-py, a dependency
        md.linkify.set({"fuzzy_link": True, "fuzzy_email": True, "fuzzy_ip": False})
    # every address is checked here (_link), and refused with the reason
    md.validateLink = lambda url: True  # type: ignore[method-assign]

    def latvian_list(state: Any, start: int, end: int, silent: bool) -> bool:
        ordinal = _ORDINAL.match(_line(state, start))
        if ordinal and ordinal.group(2).islower() and state.listIndent < 0 and not (
                ordinal.group(1) == "1" and _second_item(state, start, end)):
            return False  # "2015. gada", "1. jūnijā": an ordinal number, not a list
        return bool(list_block(state, start, end, silent))

    md.block.ruler.at("list", latvian_list, {"alt": ["paragraph", "reference", "blockquote"]})
    return md


def _line(state: Any, line: int) -> str:
    return str(state.src[state.bMarks[line] + state.tShift[line]:state.eMarks[line]])


def _second_item(state: Any, start: int, end: int) -> bool:
    """Whether a "2." item follows the "1." line ``start`` at its indentation, in its
    paragraph or after blank lines (before any other paragraph starts)."""
    blank = False
    for line in range(start + 1, min(end, start + 100)):
        text = _line(state, line)
        if not text:
            blank = True
        elif state.sCount[line] == state.sCount[start] and _SECOND.match(text):
            return True
        elif blank and state.sCount[line] <= state.sCount[start]:
            return False
    return False


def _blocks(tokens: list[Any], i: int, close: str | None, *, one: bool = False
            ) -> tuple[tuple[Block, ...], int]:
    """The blocks from ``tokens[i]`` to the token ``close`` (or the end); with ``one``, only
    the first. Returns them and the index after."""
    blocks: list[Block] = []
    while i < len(tokens) and not (one and blocks):
        token = tokens[i]
        if token.type == close:
            return tuple(blocks), i + 1
        if token.type == "paragraph_open":
            blocks.append(Para(_spans(tokens[i + 1].children or [])))
            i += 3
        elif token.type in ("bullet_list_open", "ordered_list_open"):
            start = int(token.attrs.get("start", 1))
            i += 1
            items = []
            while tokens[i].type == "list_item_open":
                item, i = _blocks(tokens, i + 1, "list_item_close")
                items.append(item)
            blocks.append(Items(token.type == "ordered_list_open", start, tuple(items)))
            i += 1
        else:  # nothing else is enabled
            i += 1
    return tuple(blocks), i


def _spans(children: list[Any]) -> tuple[Span, ...]:
    spans: list[Span] = []
    bold = italic = 0
    link: list[str | None] = []
    for n, token in enumerate(children):
        kind = token.type
        if kind in ("text", "softbreak", "hardbreak"):
            text = {"softbreak": " ", "hardbreak": "\n"}.get(kind, token.content)
            _add(spans, Span(text, bold > 0, italic > 0, link[-1] if link else None))
        elif kind in ("strong_open", "strong_close"):
            bold += 1 if kind == "strong_open" else -1
        elif kind in ("em_open", "em_close"):
            italic += 1 if kind == "em_open" else -1
        elif kind == "link_open":
            shown = children[n + 1].content if n + 1 < len(children) else ""
            link.append(_link(token, shown))
        elif kind == "link_close" and link:
            link.pop()
    return tuple(spans)


def _link(token: Any, shown: str) -> str | None:
    """A link's address; a bare address found in the text (``shown``) that is not a web or
    e-mail one (``ftp://``, ``t.sk``) stays text, an address written as a link and refused is
    an error."""
    href = str(token.attrs.get("href", ""))
    if token.markup == "linkify":
        bare = not SCHEME.match(shown) and "@" not in shown
        host = shown.split("/")[0].rsplit(".", 1)[-1].lower()
        if bare and not (shown.lower().startswith("www.") or host in _BARE_TLDS):
            return None
        try:
            return link_address(href)
        except ValueError:
            return None
    return link_address(href)


def _add(spans: list[Span], span: Span) -> None:
    """Append, joined to the span before when they look the same."""
    if spans and (spans[-1].bold, spans[-1].italic, spans[-1].link) == (
            span.bold, span.italic, span.link):
        spans[-1] = Span(spans[-1].text + span.text, span.bold, span.italic, span.link)
    elif span.text:
        spans.append(span)
