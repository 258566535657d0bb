"""Checking what a template gives the Latvian filters in brackets, before any data is read.

A case, gender or style written in the template (``decline('lok')``) is the same for every
document; wrong, it would fail each one. So ``check`` compares each constant argument with what
the filter accepts, taken from the ``reportkit.lv`` function itself: its ``Literal`` type
(``style: DateStyle``), or for a parameter named ``case``, ``gender`` or ``number`` the
grammar's own categories (:data:`reportkit.lv.grammar.CASES` …), which every ``lv`` function
checks such a parameter against. Options the function does not have, and more values in
brackets than it takes, are found too.

    >>> from jinja2 import Environment
    >>> tree = Environment().parse("{{ place|decline('lok') }} {{ d|format_date(stil='numeric') }}")
    >>> for message, _ in argument_problems(tree):
    ...     print(message)
    decline: 'lok' is not a case; use one of nom, gen, dat, acc, loc (did you mean 'loc'?)
    format_date has no option 'stil' (did you mean 'style'?)
"""

from __future__ import annotations

import difflib
import inspect
import typing
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any

from jinja2 import nodes

from reportkit.lv import grammar

from .filters import FILTERS

__all__ = ["accepted", "argument_problems"]

# The grammatical categories an lv function checks a parameter of that name against.
_CATEGORIES: dict[str, tuple[str, ...]] = {
    "case": grammar.CASES, "gender": grammar.GENDERS, "number": grammar.NUMBERS}
_WHAT = {"case": "case", "gender": "gender", "number": "grammatical number"}


def argument_problems(tree: nodes.Node) -> Iterator[tuple[str, nodes.Filter]]:
    """A message for each wrong argument of a ``reportkit.lv`` filter in ``tree``."""
    for node in tree.find_all(nodes.Filter):
        function = FILTERS.get(node.name)
        if function is None or not function.__module__.startswith("reportkit.lv"):
            continue
        for message in _problems(node.name, function, node):
            yield message, node


def _problems(name: str, function: Callable[..., Any], node: nodes.Filter) -> Iterator[str]:
    parameters = list(inspect.signature(function).parameters.values())[1:]  # 1st: the value
    positional = [p for p in parameters if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    named = {p.name: p for p in parameters if p.kind != p.POSITIONAL_ONLY}
    if len(node.args) > len(positional):
        takes = ", ".join(p.name for p in positional) or "nothing"
        options = [p for p in named if p not in {q.name for q in positional}]
        by_name = f"; give the others by name, as {name}({options[0]}=…)" if options else ""
        yield f"{name} takes {len(positional)} value(s) in brackets ({takes}), " \
              f"got {len(node.args)}{by_name}"
    for parameter, value in zip(positional, node.args, strict=False):
        yield from _value_problem(name, function, parameter.name, value)
    for keyword in node.kwargs:
        key = str(keyword.key)
        if key not in named:
            close = difflib.get_close_matches(key, list(named), n=1)
            yield (f"{name} has no option '{key}' (did you mean '{close[0]}'?)" if close else
                   f"{name} has no option '{key}'; its options: {', '.join(named) or 'none'}")
        else:
            yield from _value_problem(name, function, key, keyword.value)


def _value_problem(name: str, function: Callable[..., Any], parameter: str,
                   value: nodes.Node) -> Iterator[str]:
    if not (isinstance(value, nodes.Const) and isinstance(value.value, str)):
        return  # a value from the data: checked when it comes
    allowed = accepted(function, parameter)
    if allowed and value.value not in allowed:
        close = difflib.get_close_matches(value.value, allowed, n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        what = _WHAT.get(parameter, parameter)
        yield (f"{name}: {value.value!r} is not a {what}; use one of "
               f"{', '.join(allowed)}{hint}")


@cache
def accepted(function: Callable[..., Any], parameter: str) -> tuple[str, ...]:
    """The values ``function`` accepts for ``parameter``, or ``()`` when any text may do.

    >>> from reportkit import lv
    >>> accepted(lv.format_date, "style"), accepted(lv.decline, "case")
    (('long', 'numeric'), ('nom', 'gen', 'dat', 'acc', 'loc'))
    >>> accepted(lv.count, "word")
    ()
    """
    hint = typing.get_type_hints(function).get(parameter)
    choices = _literal(hint)
    if choices:
        return choices
    return _CATEGORIES.get(parameter, ())


def _literal(hint: Any) -> tuple[str, ...]:
    """The strings of a ``Literal`` type, also inside ``X | None``."""
    if typing.get_origin(hint) is typing.Literal:
        return tuple(a for a in typing.get_args(hint) if isinstance(a, str))
    for inner in typing.get_args(hint):
        found = _literal(inner)
        if found:
            return found
    return ()
