"""The list of the filters and tests a template may use, each with how it is written, what it
does and an example, from the functions themselves: what ``reportkit filters`` prints and
``docs/filters.md`` holds.

    >>> entry = next(e for e in all_filters() if e.name == "amount_in_words")
    >>> entry.usage
    "amount|amount_in_words(currency='EUR', cents='digits', currency_word=None)"
    >>> entry.summary
    'The amount in words, as contracts write it: whole units in words, cents in digits.'
    >>> entry.example.splitlines()[0]
    '>>> amount_in_words("25,33", cents="words")'

The order: reportkit's filters (:data:`reportkit.render.filters.FILTERS`), then the program's
own (:mod:`reportkit.render.extensions`), then Jinja's; the same for tests.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

__all__ = ["Entry", "all_filters", "all_tests", "markdown", "text"]

Origin = Literal["reportkit", "yours", "Jinja"]


@dataclass(frozen=True)
class Entry:
    """One filter or test: its ``name``, where it comes from, how a tag writes it
    (``amount|amount_in_words(currency='EUR', …)``), the first paragraph of its docstring, and
    its docstring's first example (a Python session or a template line), if it has one."""

    name: str
    origin: Origin
    usage: str
    summary: str
    example: str | None


def all_filters() -> list[Entry]:
    """Every filter a template may use."""
    from .extensions import jinja_builtins, user_filters
    from .filters import FILTERS

    builtin: dict[str, Callable[..., Any]] = jinja_builtins().filters

    ours = {n: f for n, f in FILTERS.items() if f.__module__ != _LIMITED}
    jinja = {n: FILTERS.get(n, f) for n, f in sorted(builtin.items()) if n not in ours}
    return [*_entries(ours, "reportkit", "|"), *_entries(user_filters(), "yours", "|"),
            *_entries(jinja, "Jinja", "|")]


_LIMITED = "reportkit.render.limited"  # Jinja's filters, counting before they build


def all_tests() -> list[Entry]:
    """Every test a template may use (``{% if x is even %}``)."""
    from .extensions import jinja_builtins, user_tests

    builtin: dict[str, Callable[..., Any]] = jinja_builtins().tests
    return [*_entries(user_tests(), "yours", " is "),
            *_entries(dict(sorted(builtin.items())), "Jinja", " is ")]


def text() -> str:
    """The list as ``reportkit filters`` prints it: each entry's usage, then its summary and
    example indented below it."""
    lines: list[str] = []
    for title, entries in (("Filters", all_filters()), ("Tests", all_tests())):
        lines += [f"{title} ({len(entries)}):", ""]
        for entry in entries:
            lines.append(f"  {entry.usage}" + ("" if entry.origin == "reportkit"
                                               else f"    [{entry.origin}]"))
            lines += [f"      {line}" for line in _wrapped(entry.summary, 90)]
            lines += [f"      {line}" for line in (entry.example or "").splitlines()]
            lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def markdown() -> str:
    """The list as ``docs/filters.md`` holds it (``reportkit filters --markdown``)."""
    out = ["# Filters and tests", "",
           "Made by `reportkit filters --markdown` from the functions' own docstrings; "
           "`tests/render/test_catalogue.py` checks it is current. In Latvian, with examples "
           "from the seed documents: [veidnes.md](veidnes.md#filtri).", ""]
    for title, entries in (("Filters", all_filters()), ("Tests", all_tests())):
        for origin in ("reportkit", "yours", "Jinja"):
            chosen = [e for e in entries if e.origin == origin]
            if chosen:
                whose = _WHOSE[origin] if title == "Filters" else _WHOSE[origin].split(" (")[0]
                out += [f"## {title}: {whose}", ""]
            for entry in chosen:
                out += [f"### `{entry.name}`", "", f"`{entry.usage}`", "", entry.summary, ""]
                if entry.example:
                    language = "pycon" if entry.example.startswith(">>>") else "jinja"
                    out += [f"```{language}", entry.example, "```", ""]
    return "\n".join(out).rstrip("\n") + "\n"


_WHOSE = {"reportkit": "reportkit's (Latvian)", "yours": "your program's",
          "Jinja": "Jinja's (size-checked)"}


def _entries(functions: dict[str, Callable[..., Any]], origin: Origin, joint: str
             ) -> list[Entry]:
    found = []
    for name, function in functions.items():
        if not name.isidentifier():  # Jinja's "==", "<": the operators, not tests to write
            continue
        doc = inspect.getdoc(function) or ""
        if not doc and hasattr(function, "__wrapped__"):
            doc = inspect.getdoc(inspect.unwrap(function)) or ""
        found.append(Entry(name, origin, _usage(name, function, joint), _summary(doc),
                           _example(doc)))
    return found


def _usage(name: str, function: Callable[..., Any], joint: str) -> str:
    """How a tag writes the filter or test: its value, the name, its other parameters."""
    target = inspect.unwrap(function)
    try:
        parameters = list(inspect.signature(target).parameters.values())
    except (TypeError, ValueError):  # a builtin without a signature
        return f"value{joint}{name}"
    if getattr(function, "jinja_pass_arg", None) is not None or getattr(
            target, "jinja_pass_arg", None) is not None:
        parameters = parameters[1:]  # Jinja's context, environment or eval context
    if not parameters:
        return f"value{joint}{name}"
    value, rest = parameters[0], parameters[1:]
    shown = [_parameter(p) for p in rest]
    return f"{value.name}{joint}{name}" + (f"({', '.join(shown)})" if shown else "")


def _parameter(p: inspect.Parameter) -> str:
    if p.kind is p.VAR_POSITIONAL:
        return f"*{p.name}"
    if p.kind is p.VAR_KEYWORD:
        return f"**{p.name}"
    return p.name if p.default is p.empty else f"{p.name}={p.default!r}"


_ROLE = re.compile(r":[a-z]+:`~?([^`]+)`")
_DOUBLE = re.compile(r"``([^`]+)``")


def _plain(text: str) -> str:
    """reStructuredText roles and literals as Markdown code: ``x`` and :func:`x` → `x`."""
    return _DOUBLE.sub(r"`\1`", _ROLE.sub(r"`\1`", text))


def _summary(doc: str) -> str:
    paragraph = doc.split("\n\n", 1)[0]
    return _plain(" ".join(paragraph.split())) or "(no description)"


def _example(doc: str) -> str | None:
    """The first doctest that prints something, with the lines before it that print nothing
    (an import), else the first template line (``{{ … }}``) of a Jinja docstring: its tags
    when it writes them as literals, one a line.

    >>> _example("Joins.\\n\\n``{{ a|join }}``, ``{{ b|join(', ') }}``")
    "{{ a|join }}\\n{{ b|join(', ') }}"
    """
    lines = doc.splitlines()
    session: list[str] = []
    for i, line in enumerate(lines):
        if not line.lstrip().startswith(">>> "):
            continue
        indent = len(line) - len(line.lstrip())
        session.append(line.strip())
        shown = []
        for after in lines[i + 1:]:
            if not after.strip() or after.lstrip().startswith((">>> ", "... ")):
                break
            shown.append(after[indent:].rstrip())
        if shown:
            return "\n".join(session + shown)
    for line in lines:
        tags = [tag for tag in _DOUBLE.findall(line) if "{{" in tag or "{%" in tag]
        if tags or "{{" in line or "{%" in line:
            return "\n".join(tags) if tags else line.strip()
    return None


def _wrapped(text: str, width: int) -> list[str]:
    import textwrap

    return textwrap.wrap(text, width) or [""]
