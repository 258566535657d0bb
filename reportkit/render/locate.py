"""Turning Jinja's errors into problems that name the part, the paragraph and its text.

Line ``n + 1`` of a prepared part is paragraph ``n`` (see ``docxparts.prepare_xml``).

    >>> at(["Sveiki", "Otrā {% if x %} rinda"], 3)
    {'paragraph': 2, 'text': 'Otrā {% if x %} rinda'}
"""

from __future__ import annotations

import re
from types import TracebackType
from typing import Any

from jinja2 import Environment, TemplateSyntaxError
from jinja2.exceptions import SecurityError, UndefinedError

from reportkit.errors import Problem

__all__ = ["at", "runtime_problem", "syntax_problem", "template_line"]

_BLOCKS = {"if", "for", "macro", "call", "filter", "with", "autoescape", "block", "trans", "raw"}
_INNERMOST = re.compile(r"innermost block that needs to be closed is '(\w+)'")
_NO_ATTRIBUTE = re.compile(r"has no attribute '(\w+)'")


def at(texts: list[str], lineno: int | None) -> dict[str, Any]:
    """The paragraph number and text for a line of a prepared part (empty when unknown).

    >>> at(["Sveiki"], 1)
    {}
    """
    if lineno is None or not 1 <= lineno - 1 <= len(texts):
        return {}
    return {"paragraph": lineno - 1, "text": texts[lineno - 2]}


def syntax_problem(
    env: Environment, file: str, part: str, texts: list[str], source: str,
    exc: TemplateSyntaxError,
) -> Problem:
    """A syntax error, placed at the unclosed tag when the template ends too early.

    >>> from jinja2 import Environment
    >>> env = Environment(); src = "\\n<w:p>{% if x %}\\n<w:p>end"
    >>> texts = ["{% if x %}", "end"]
    >>> try: env.parse(src)
    ... except TemplateSyntaxError as e: print(syntax_problem(env, "a.docx", "body", texts, src, e))
    a.docx, body, paragraph 1 ("{% if x %}"): unexpected end of template, expected 'endif'
    """
    lineno = exc.lineno
    message = exc.message or str(exc)
    if message.lower().startswith("unexpected end of template"):
        lineno = _unclosed_block(env, source) or lineno
        block = _INNERMOST.search(message)
        message = "unexpected end of template"
        if block:
            message += f", expected 'end{block.group(1)}'"
    where = at(texts, lineno)
    unclosed = _unclosed_tag(where.get("text", ""))
    if unclosed and message.startswith("unexpected"):
        # Jinja read on into the paragraph's XML and stumbled on '</w:t>': "unexpected '/'"
        message = f"'{unclosed}' is not closed: add '{_CLOSE[unclosed]}'"
    return Problem(message, file=file, part=part, **where)


_CLOSE = {"{{": "}}", "{%": "%}", "{#": "#}"}


def _unclosed_tag(text: str) -> str | None:
    """The tag opener (``{{``, ``{%``, ``{#``) in ``text`` that is never closed, if any.

    >>> _unclosed_tag("Projekts {{ title"), _unclosed_tag("{{ a }} {% if b %}")
    ('{{', None)
    """
    for opener, closer in _CLOSE.items():
        last = text.rfind(opener)
        if last >= 0 and closer not in text[last:]:
            return opener
    return None


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


def runtime_problem(file: str, part: str, texts: list[str], lineno: int | None,
                    exc: Exception) -> Problem:
    """An error raised while rendering, said in the template's own words.

    >>> print(runtime_problem("a.docx", "body", ["{{ project.titel }}"], 2,
    ...                       UndefinedError("'dict object' has no attribute 'titel'")))
    a.docx, body, paragraph 1 ("{{ project.titel }}"): 'project' has no attribute 'titel'
    """
    where = at(texts, lineno)
    message = str(exc)
    if isinstance(exc, SecurityError):
        message = f"unsafe template code: {message.rstrip('.')}"
    elif isinstance(exc, RecursionError):
        message = "a macro calls itself without end (Python's recursion limit was reached)"
    elif isinstance(exc, UndefinedError):
        message = _name_the_variable(message, where.get("text", ""))
    return Problem(message, file=file, part=part, **where)


def _name_the_variable(message: str, text: str) -> str:
    """``'dict object' has no attribute 'x'`` becomes ``'project' has no attribute 'x'``."""
    found = _NO_ATTRIBUTE.search(message)
    if not found:
        return message
    attr = found.group(1)
    chain = re.search(rf"([A-Za-z_][\w.]*)\.{attr}\b", text)
    return f"'{chain.group(1)}' has no attribute '{attr}'" if chain else message
