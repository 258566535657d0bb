"""Whether a template part stays a well-formed Word document whatever its tags do.

Jinja sees a part as text; Word sees XML elements: paragraphs (``w:p``), runs, tables
(``w:tbl``), rows (``w:tr``) and cells (``w:tc``). A block tag removes or repeats the XML between
its start and its end, which is only safe when both sit in the same place of that structure:
``{% if %}`` in a paragraph and ``{% endif %}`` in a table cell would, when the condition is
false, cut away half a paragraph and half a table, and Word would refuse the file. Two checks,
run when a template is opened (so ``check`` reports them, through
:func:`reportkit.render.checks.structure_part`, and ``render`` refuses):

- the part's XML is well-formed (a damaged ``document.xml`` is named, not copied into every
  document);
- every tag of a block (``if``/``elif``/``else``/``endif``, ``for``/``endfor``, ``with``,
  ``macro``, ``call``, ``filter``, a ``set`` block) stands inside the same nesting of XML
  elements as the tag that opened it.

    >>> from reportkit.render.sandbox import environment
    >>> xml = ('<w:body xmlns:w="w">\\n<w:p><w:r><w:t>A {% if x %}</w:t></w:r></w:p>'
    ...        "<w:tbl><w:tr><w:tc>\\n<w:p><w:r><w:t>{% endif %} B</w:t></w:r></w:p>"
    ...        "</w:tc></w:tr></w:tbl></w:body>")
    >>> texts = [Paragraph("A {% if x %}"), Paragraph("{% endif %} B")]
    >>> found = structure_problems(environment(), "t.docx", "body", texts, xml)
    >>> print(found[0])  # doctest: +ELLIPSIS
    t.docx, body, paragraph 1 ("A {% if x %}"): '{% if %}' is in a paragraph but its ...
    >>> found[0].message.split(": ")[0]
    "'{% if %}' is in a paragraph but its '{% endif %}' is in a table cell (paragraph 2)"

The rendered XML of every part is parsed again before a document is written
(:func:`check_rendered`), so no document is ever written damaged.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from jinja2 import Environment, TemplateSyntaxError

from reportkit.errors import Problem, TemplateError
from reportkit.i18n import N_
from reportkit.i18n import gettext as _

from .locate import Paragraph, at
from .repair import damaged_message

__all__ = ["check_rendered", "structure_problems"]

_OPENERS = {"if", "for", "macro", "call", "filter", "with", "block", "autoescape", "set"}
_MIDDLES = {"elif", "else"}
_LXML_PLACE = re.compile(r",? line \d+(, column \d+)?")  # lines of the prepared text, not Word's
_MARKUP = re.compile(r"<(/?)([A-Za-z_][\w:.-]*)[^<>]*?(/?)>|<[?!][^<>]*>")


@dataclass
class _Open:
    """A block tag waiting for its end: its name, line and the XML elements around it."""

    name: str
    line: int
    stack: tuple[str, ...]


def structure_problems(env: Environment, file: str, part: str, paragraphs: list[Paragraph],
                       source: str) -> list[Problem]:
    """The problems of one prepared part (``source``, one paragraph per line): XML that is not
    well-formed, or block tags in different places of the document's structure."""
    from lxml import etree

    def here(message: str, line: int) -> Problem:
        return Problem(message, file=file, part=part, **at(paragraphs, line),
            code="template.block_places")

    try:  # the XML around the tags: a tag's own text (``x < 0``) is Jinja's, not XML
        xml = "".join(value for _, kind, value in env.lex(source) if kind == "data")
    except TemplateSyntaxError:
        return []  # the syntax check reports it
    try:
        etree.fromstring(xml.encode("utf-8"), etree.XMLParser(huge_tree=True))
    except etree.XMLSyntaxError as exc:
        line = exc.position[0] if exc.position else 1
        return [here(damaged_message(_LXML_PLACE.sub("", exc.msg)), line)]
    try:
        return [here(message, line) for message, line in _misplaced(env, source)]
    except TemplateSyntaxError:
        return []  # the syntax check reports it


def _misplaced(env: Environment, source: str) -> Iterator[tuple[str, int]]:
    stack: list[str] = []
    blocks: list[_Open] = []
    pending = ""  # an XML tag cut by a Jinja tag inside it (an attribute's value)
    tokens = [t for t in env.lex(source) if t[1] != "whitespace"]
    for i, (line, kind, value) in enumerate(tokens):
        if kind == "data":
            pending = _follow(pending + value, stack)
        elif kind == "block_begin" and i + 1 < len(tokens) and tokens[i + 1][1] == "name":
            name = tokens[i + 1][2]
            if name in _OPENERS and not (name == "set" and _assigns(tokens, i)):
                blocks.append(_Open(name, line, tuple(stack)))
            elif blocks and (name in _MIDDLES or name == f"end{blocks[-1].name}"):
                opened = blocks[-1] if name in _MIDDLES else blocks.pop()
                if tuple(stack) != opened.stack:
                    yield _message(opened, name, tuple(stack), line), opened.line


def _assigns(tokens: list[tuple[int, str, str]], begin: int) -> bool:
    """Whether the ``set`` tag starting at ``begin`` assigns (``{% set x = 1 %}``)."""
    for _line, kind, value in tokens[begin + 1:]:
        if kind == "block_end":
            return False
        if kind == "operator" and value == "=":
            return True
    return False


def _follow(text: str, stack: list[str]) -> str:
    """Move ``stack`` through the XML tags of ``text``; return a tag left unfinished."""
    end = 0
    for match in _MARKUP.finditer(text):
        end = match.end()
        closing, name, empty = match.group(1), match.group(2), match.group(3)
        if name is None or empty:
            continue
        if closing:
            if stack and stack[-1] == name:
                stack.pop()
        else:
            stack.append(name)
    rest = text[end:]
    cut = rest.rfind("<")
    return rest[cut:] if cut >= 0 and ">" not in rest[cut:] else ""


# where a tag is, as the message says it ("is in a table cell")
_PLACES = (("w:tc", N_("in a table cell")), ("w:p", N_("in a paragraph")),
           ("w:tr", N_("in a table row")), ("w:tbl", N_("in a table")))


def _place(stack: tuple[str, ...]) -> str:
    for element, words in _PLACES:
        if element in stack:
            return words
    return N_("in a place between paragraphs")


def _message(opened: _Open, name: str, stack: tuple[str, ...], line: int) -> str:
    first, second = _place(opened.stack), _place(stack)
    if first == second:
        first, second = (_("{place} of one level").format(place=_(first)),
                         _("{place} of another (a table inside a table)").format(place=_(second)))
    else:
        first, second = _(first), _(second)
    return _("'{opening}' is {first} but its '{closing}' is {second} (paragraph "
             "{paragraph}): a block must start and end in the same kind of place; put both in "
             "one paragraph or one cell, or give each a paragraph of its own with {popening} "
             "and {pclosing}").format(
        opening="{% " + opened.name + " %}", closing="{% " + name + " %}", first=first,
        second=second, paragraph=line - 1,  # line n + 1 of a prepared part is paragraph n
        popening="{%p " + opened.name + " %}", pclosing="{%p end" + opened.name + " %}")


def check_rendered(xml: str, file: str, part: str) -> None:
    """Raise a TemplateError when the rendered XML of a part is not well-formed.

    >>> check_rendered("<p>x</tc>", "t.docx", "body")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    reportkit.errors.TemplateError: t.docx, body: rendering made a damaged document (...
    """
    from lxml import etree

    try:
        etree.fromstring(xml.encode("utf-8"), etree.XMLParser(huge_tree=True))
    except etree.XMLSyntaxError as exc:
        raise TemplateError(Problem(_(
            "rendering made a damaged document ({reason}): a tag breaks the document's "
            "structure here; nothing was written").format(reason=_LXML_PLACE.sub("", exc.msg)),
            file=file, part=part, code="template.damaged_output")) from None
