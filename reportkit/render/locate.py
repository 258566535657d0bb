"""Turning Jinja's errors into problems that name the part, the paragraph, its text and the
faulty tag in it, as a Word user finds them.

Line ``n + 1`` of a prepared part is paragraph ``n`` (:func:`reportkit.render.parts.prepare_xml`).

    >>> at([Paragraph("Sveiki"), Paragraph("Otrā {% if x %} rinda")], 3)
    {'paragraph': 2, 'text': 'Otrā {% if x %} rinda'}
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType
from typing import Any

from jinja2 import Environment, TemplateSyntaxError
from jinja2.exceptions import FilterArgumentError, SecurityError, UndefinedError

from reportkit.errors import Problem
from reportkit.i18n import gettext as _

from .jinjawords import OwnSyntaxError, said, said_at_run
from .tags import scan, tag_code, unreadable

__all__ = ["Paragraph", "at", "runtime_problem", "syntax_problem", "tag_mark", "template_line"]

_BLOCKS = {"if", "for", "macro", "call", "filter", "with", "autoescape", "block", "trans", "raw"}
_TAGS = sorted(_BLOCKS | {"set", "elif", "else", "include", "import", "from", "extends", "do",
                          *(f"end{b}" for b in _BLOCKS), "endset"})
_INNERMOST = re.compile(r"innermost block that needs to be closed is '(\w+)'")
_UNKNOWN_TAG = re.compile(r"Encountered unknown tag '(\w+)'")
_NO_ATTRIBUTE = re.compile(r"has no attribute '(\w*)'")
_DOCXTPL_PREFIX = re.compile(r"^(\{[{%])(?:tr|tc|p|r)(?= )")  # {%p if …%} → {% if …%}


@dataclass(frozen=True)
class Paragraph:
    """A paragraph as Word shows it: its text and, in a table cell, the table (1-based in the
    part), row and cell."""

    text: str
    table: int | None = None
    row: int | None = None
    cell: int | None = None

    def location(self, number: int) -> dict[str, Any]:
        """The Problem fields that place this paragraph, numbered ``number`` in its part.

        >>> Paragraph("{{ p.name }}", 1, 2, 1).location(4)
        {'paragraph': 4, 'text': '{{ p.name }}', 'table': 1, 'table_row': 2, 'table_cell': 1}
        """
        where: dict[str, Any] = {"paragraph": number, "text": self.text}
        if self.table is not None:
            where.update(table=self.table, table_row=self.row, table_cell=self.cell)
        return where


def at(paragraphs: list[Paragraph], lineno: int | None) -> dict[str, Any]:
    """The Problem fields for a line of a prepared part (empty when unknown).

    >>> at([Paragraph("Sveiki")], 1)
    {}
    """
    if lineno is None or not 1 <= lineno - 1 <= len(paragraphs):
        return {}
    return paragraphs[lineno - 2].location(lineno - 1)


def tag_mark(text: str, wanted: Callable[[str], object]) -> tuple[int, int] | None:
    """The span of the first closed tag in ``text`` for which ``wanted(tag)`` is true.

    >>> tag_mark("a {{ b }} {{ c|x }}", lambda tag: "|x" in tag)
    (10, 19)
    """
    for tag in scan(text).tags:
        if tag.closed and wanted(text[tag.start:tag.end]):
            return tag.start, tag.end
    return None


def syntax_problem(
    env: Environment, file: str, part: str, paragraphs: list[Paragraph], source: str,
    exc: TemplateSyntaxError,
) -> Problem:
    """A syntax error at the tag it is about: the block never closed when the template ends
    too early, the closing tag with no block, else the first tag of its paragraph Jinja refuses.

    >>> from jinja2 import Environment
    >>> env = Environment(); src = "\\n<w:p>{% if x %}\\n<w:p>end"
    >>> texts = [Paragraph("{% if x %}"), Paragraph("end")]
    >>> try: env.parse(src)
    ... except TemplateSyntaxError as e: print(syntax_problem(env, "a.docx", "body", texts, src, e))
    a.docx, body, paragraph 1 ("{% if x %}"): 'if' is not closed: add {% endif %} where it ends
    """
    lineno = exc.lineno
    message = exc.message or str(exc)
    text = ""
    mark = None
    if message.lower().startswith("unexpected end of template"):
        lineno = _unclosed_block(env, source) or lineno
        text = at(paragraphs, lineno).get("text", "")
        block = _INNERMOST.search(message)
        if block:
            name = block.group(1)
            mark = tag_mark(text, lambda tag: _tag_name(tag) == name)
            prefix = _DOCXTPL_PREFIX.match(text[mark[0]:mark[1]]) if mark else None
            kind = prefix.group(0)[1:] if prefix else "%"
            message = _("'{name}' is not closed: add {closing} where it ends").format(
                name=name, closing="{" + kind + " end" + name + " %}")
        else:
            message = unreadable(message)
    else:
        text = at(paragraphs, lineno).get("text", "")
        if isinstance(exc, OwnSyntaxError):  # said already
            mark = tag_mark(text, lambda tag: _refused(env, tag))
        else:
            message, mark = _explained(env, message, text)
    where = at(paragraphs, lineno)
    return Problem(message, file=file, part=part, **where, mark=mark, code="template.syntax")


def _explained(env: Environment, message: str, text: str) -> tuple[str, tuple[int, int] | None]:
    """Jinja's message said for a Word user, and the tag it is about in ``text``."""
    unknown = _UNKNOWN_TAG.match(message)
    if unknown is None:
        return said(message), tag_mark(text, lambda tag: _refused(env, tag))
    name = unknown.group(1)
    mark = tag_mark(text, lambda tag: _tag_name(tag) == name)
    inner = _INNERMOST.search(message)
    if name.startswith("end") or name in ("else", "elif"):
        if inner:
            return _("'{name}' does not close the open '{block}': add {closing} before "
                     "it").format(name=name, block=inner.group(1),
                                  closing="{% end" + inner.group(1) + " %}"), mark
        return _("'{name}' closes no block: delete it, or add the tag that opens "
                 "it").format(name=name), mark
    if name in ("tr", "tc"):  # docxtpl's row and cell tags, outside a table
        return _("'{tag}' works only in a table: in a paragraph write {paragraph} or "
                 "{plain}").format(tag="{%" + name + " … %}", paragraph="{%p … %}",
                                   plain="{% … %}"), mark
    if name in _TAGS:  # Jinja has it, reportkit's templates do not
        return _("'{name}' is not a tag reportkit templates can use").format(name=name), mark
    close = difflib.get_close_matches(name, _TAGS, n=1)
    hint = _(" (did you mean '{name}'?)").format(name=close[0]) if close else ""
    return _("unknown tag '{name}'").format(name=name) + hint, mark


def _tag_name(tag: str) -> str:
    """The name a ``{% %}`` tag starts with, docxtpl's ``p``/``tr``/``tc`` prefix aside.

    >>> _tag_name("{%tr for p in partners %}"), _tag_name("{{ x }}")
    ('for', '')
    """
    if not tag.startswith("{%"):
        return ""
    words = _DOCXTPL_PREFIX.sub(r"\1", tag)[2:-2].strip("-+ \t").split()
    return words[0] if words else ""


def _refused(env: Environment, tag: str) -> bool:
    """Whether Jinja refuses ``tag`` on its own (a block tag given its end tag)."""
    code = _DOCXTPL_PREFIX.sub(r"\1", tag_code(tag))
    name = _tag_name(tag)
    if code.startswith("{#") or name.startswith("end"):
        return False
    if name in _BLOCKS:
        code += f"{{% end{name} %}}"
    elif name in ("elif", "else"):
        code = f"{{% if x %}}{code}{{% endif %}}"
    try:
        env.parse(code)
    except TemplateSyntaxError:
        return True
    return False


def _unclosed_block(env: Environment, source: str) -> int | None:
    """The line of the innermost block tag that is never closed."""
    stack: list[int] = []
    expect_name = False
    pending_set: int | None = None
    try:
        for lineno, kind, value in env.lex(source):
            if kind == "block_begin":
                expect_name, pending_set = True, None
            elif kind == "name" and expect_name:
                expect_name = False
                if value in _BLOCKS:
                    stack.append(lineno)
                elif value == "set":
                    pending_set = lineno
                elif value.startswith("end") and stack:
                    stack.pop()
            elif kind == "assign":
                pending_set = None
            elif kind == "block_end" and pending_set is not None:
                stack.append(pending_set)  # {% set x %}…{% endset %}
                pending_set = None
    except TemplateSyntaxError:
        return None
    return stack[-1] if stack else None


def template_line(tb: TracebackType | None, filename: str) -> int | None:
    """The last line of the template ``filename`` in a traceback Jinja has rewritten.

    >>> template_line(None, "x")
    """
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == filename:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def runtime_problem(file: str, part: str, paragraphs: list[Paragraph], lineno: int | None,
                    exc: Exception) -> Problem:
    """An error raised while rendering, said in the template's own words.

    >>> print(runtime_problem("a.docx", "body", [Paragraph("Nosaukums: {{ project.titel }}")],
    ...                       2, UndefinedError("'dict object' has no attribute 'titel'")))
    a.docx, body, paragraph 1 ("Nosaukums: »{{ project.titel }}«"): 'project' has no \
attribute 'titel'
    """
    where = at(paragraphs, lineno)
    message = str(exc)
    code = "template.runtime"
    if isinstance(exc, SecurityError):
        message = _("unsafe template code: {what}").format(what=_unsafe(message.rstrip(".")))
        code = "template.unsafe"
    elif isinstance(exc, RecursionError):
        message = _("a macro calls itself without end: give it a condition that stops it")
        code = "template.recursion"
    elif isinstance(exc, UndefinedError):
        message = _name_the_variable(message, where.get("text", ""))
        code = "template.undefined"
    else:
        message = said_at_run(message, isinstance(exc, FilterArgumentError))
    return Problem(message, file=file, part=part, code=code, **where,
                   mark=_runtime_mark(message, where.get("text", "")))


def _runtime_mark(message: str, text: str) -> tuple[int, int] | None:
    """The tag a runtime error is about: the one holding the name or attribute it names."""
    names = re.findall(r"'(\w+)'", message)
    for name in reversed(names):
        mark = tag_mark(text, re.compile(rf"\b{re.escape(name)}\b").search)
        if mark:
            return mark
    return None


def _unsafe(message: str) -> str:
    """What the sandbox refused, said for a Word user: Jinja's own refusals of an attribute
    or a call; the size limits' messages are reportkit's already.

    >>> _unsafe("access to attribute 'extend' of 'list' object is unsafe")
    "a template reads the data and changes nothing: it cannot use 'extend'"
    """
    attribute = _UNSAFE_ATTRIBUTE.fullmatch(message)
    if attribute is not None:
        return _("a template reads the data and changes nothing: it cannot use "
                 "'{name}'").format(name=attribute["name"])
    if _UNSAFE_CALL.fullmatch(message):
        return _("a template reads the data and changes nothing: it cannot call this")
    return message


_UNSAFE_ATTRIBUTE = re.compile(r"access to attribute '(?P<name>\w+)' of '\w+' object is unsafe")
_UNSAFE_CALL = re.compile(r".* is not safely callable")


def _name_the_variable(message: str, text: str) -> str:
    """``'dict object' has no attribute 'x'`` becomes ``'project' has no attribute 'x'``.

    >>> _name_the_variable("'titel' is undefined", "{{ titel }}")
    "'titel' is not in the data"
    """
    undefined = _UNDEFINED.fullmatch(message)
    if undefined is not None:
        return _("'{name}' is not in the data").format(name=undefined["name"])
    element = _NO_ELEMENT.fullmatch(message)
    if element is not None:
        return _("the list has no item [{index}]: it holds fewer (the first is [0])").format(
            index=element["index"])
    found = _NO_ATTRIBUTE.search(message)
    if not found:
        return message
    attr = found.group(1)
    chain = re.search(rf"([A-Za-z_][\w.]*)\.{attr}\b", text) if attr else None
    if chain is None:
        return _("the data has no '{name}' here").format(name=attr)
    return _("'{owner}' has no attribute '{name}'").format(owner=chain.group(1), name=attr)


_UNDEFINED = re.compile(r"'(?P<name>\w+)' is undefined")
_NO_ELEMENT = re.compile(r"'?\w+ object'? has no element (?P<index>-?\d+)")
