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
    >>> for message, _, _ in argument_problems(tree):
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

from reportkit.i18n import N_, ngettext
from reportkit.i18n import gettext as _
from reportkit.lv import grammar

from .filters import FILTERS

__all__ = ["accepted", "argument_problems"]

# The grammatical categories an lv function checks a parameter of that name against.
_CATEGORIES: dict[str, tuple[str, ...]] = {
    "case": grammar.CASES, "gender": grammar.GENDERS, "number": grammar.NUMBERS}
_WHAT = {"case": N_("case"), "gender": N_("gender"), "number": N_("grammatical number"),
         "cents": N_("way of writing cents")}  # how a message names a parameter's values


def argument_problems(tree: nodes.Node) -> Iterator[tuple[str, nodes.Filter, str]]:
    """For each wrong argument of a ``reportkit.lv`` filter in ``tree``: the message, the
    filter's node and the word of the tag that is wrong (the value, or the option's name)."""
    for node in tree.find_all(nodes.Filter):
        function = FILTERS.get(node.name)
        if function is not None:  # a wrapper (|decline of a person) checks as the lv function
            function = inspect.unwrap(function)
        if function is None or not function.__module__.startswith("reportkit.lv"):
            continue
        for message, word in _problems(node.name, function, node):
            yield message, node, word


def _problems(name: str, function: Callable[..., Any],
              node: nodes.Filter) -> Iterator[tuple[str, str]]:
    parameters = list(inspect.signature(function).parameters.values())[1:]  # 1st: the value
    positional = [p for p in parameters if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    named = {p.name: p for p in parameters if p.kind != p.POSITIONAL_ONLY}
    if len(node.args) > len(positional):
        yield _too_many(name, function, positional, list(named), node.args[len(positional)])
    for parameter, value in zip(positional, node.args, strict=False):
        yield from _value_problem(name, function, parameter.name, value)
    for keyword in node.kwargs:
        key = str(keyword.key)
        if key not in named:
            yield _no_option(name, key, list(named)), key
        else:
            yield from _value_problem(name, function, key, keyword.value)


def _no_option(name: str, key: str, options: list[str]) -> str:
    """``format_date(stil=…)``: an option the filter does not have.

    >>> _no_option("format_date", "stil", ["style", "case"])
    "format_date has no option 'stil' (did you mean 'style'?)"
    >>> _no_option("upper", "x", [])
    "upper has no option 'x'; it has no options"
    """
    close = difflib.get_close_matches(key, options, n=1)
    message = _("{filter} has no option '{name}'").format(filter=name, name=key)
    if close:
        return message + _(" (did you mean '{name}'?)").format(name=close[0])
    if not options:
        return message + _("; it has no options")
    return message + _("; its options: {options}").format(options=", ".join(options))


def _too_many(name: str, function: Callable[..., Any], positional: list[inspect.Parameter],
              options: list[str], extra: nodes.Node) -> tuple[str, str]:
    """``format_date('loc')``: a value in brackets the filter takes only by name."""
    value = extra.value if isinstance(extra, nodes.Const) else None
    word = str(value) if value is not None else name
    if not positional:
        fits = [o for o in options if isinstance(value, str) and value in accepted(function, o)]
        example = f"{name}({fits[0]}={value!r})" if fits else f"{name}({options[0]}=…)" \
            if options else _("{filter} without brackets").format(filter=name)
        return (_("{filter} takes no value in brackets without its name: write "
                  "{example}").format(filter=name, example=example), word)
    count = len(positional)
    return (ngettext("{filter} takes {n} value in brackets ({takes}), and more were given",
                     "{filter} takes {n} values in brackets ({takes}), and more were given",
                     count).format(filter=name, n=count,
                                   takes=", ".join(p.name for p in positional)), word)


def _value_problem(name: str, function: Callable[..., Any], parameter: str,
                   value: nodes.Node) -> Iterator[tuple[str, str]]:
    if not (isinstance(value, nodes.Const) and isinstance(value.value, str)):
        return  # a value from the data: checked when it comes
    allowed = accepted(function, parameter)
    if allowed and value.value not in allowed:
        close = difflib.get_close_matches(value.value, allowed, n=1)
        hint = _(" (did you mean '{name}'?)").format(name=close[0]) if close else ""
        what = _(_WHAT[parameter]) if parameter in _WHAT else parameter
        yield (_("{filter}: {value} is not a {what}; use one of {allowed}").format(
            filter=name, value=repr(value.value), what=what, allowed=", ".join(allowed))
            + hint, value.value)


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
