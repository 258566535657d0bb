"""Your own filters and tests for templates: :func:`add_filter` and :func:`add_test`.

A program that imports reportkit may give its templates a filter or a test of its own, by name,
before the first template is opened::

    import reportkit

    def initials(name: str) -> str:
        \"\"\"The initials of a name: ``{{ "Jānis Bērziņš"|initials }}`` → J. B.\"\"\"
        return " ".join(part[0] + "." for part in name.split())

    reportkit.add_filter("initials", initials)
    reportkit.add_test("latvian", lambda code: code == "LV")   # {% if country is latvian %}

What a filter or test may do, and what reportkit still checks:

- it is your program's code and runs with your program's trust: the sandbox keeps templates
  from reaching Python, not the functions you give them. It is called with the template's
  values (texts, numbers, dates, the data's models and lists) and runs where the template
  renders: in the worker process, under its memory and time limits (:mod:`.isolation`);
- the value it is given and what it returns are size-checked like every built-in filter's
  (:func:`reportkit.render.limits.sized_filter`), and the text it returns is escaped into the
  document like any value (a ``markupsafe.Markup`` is written as it is: it must be valid
  WordprocessingML);
- a ``ValueError``, ``TypeError``, ``ArithmeticError`` or ``LookupError`` it raises is the
  document's ``RenderError``, as a built-in filter refusing a value is;
- ``Template.check`` knows it (no ``unknown filter``), and
  :func:`reportkit.render.catalogue.all_filters` lists it with its signature and docstring.

The name must be one a tag can use (letters, digits, ``_``; not starting with a digit) and not
a built-in filter or test (reportkit's, :data:`reportkit.render.filters.FILTERS`, or Jinja's):
a template written for reportkit means those. Adding the same function under the same name
again does nothing; another function under a name already added is refused.

Filters and tests are added before the first template is opened (or checked). Templates are
compiled once, when opened, with the filters there are, and their worker process is a copy of
the program made at the first render: a filter added later could reach neither, so adding one
then is refused with a RuntimeError, never silently ignored.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["add_filter", "add_test", "jinja_builtins", "seal", "user_filters", "user_tests"]

_FILTERS: dict[str, Callable[..., Any]] = {}
_TESTS: dict[str, Callable[..., Any]] = {}
_SEALED: list[bool] = []  # not empty once the templates' environment was made


def add_filter(name: str, function: Callable[..., Any]) -> None:
    """Make ``function`` the template filter ``name``: ``{{ value|name }}`` calls
    ``function(value)``, ``{{ value|name(a, b=c) }}`` calls ``function(value, a, b=c)``.

    See the module for what it may do. Refused with a ValueError for a name that is a built-in
    filter or no name a tag can use, with a RuntimeError after a template was opened:

    >>> add_filter("join", str.upper)
    Traceback (most recent call last):
    ...
    ValueError: 'join' is a built-in filter of reportkit's; give yours another name
    """
    _add("filter", _FILTERS, name, function)


def add_test(name: str, function: Callable[..., Any]) -> None:
    """Make ``function`` the template test ``name``: ``{% if value is name %}`` calls
    ``function(value)``, ``{% if value is name(a) %}`` calls ``function(value, a)``; its
    result is taken as true or false.

    >>> add_test("defined", bool)
    Traceback (most recent call last):
    ...
    ValueError: 'defined' is a built-in test of Jinja's; give yours another name
    """
    _add("test", _TESTS, name, function)


def user_filters() -> dict[str, Callable[..., Any]]:
    """The filters added, by name.

    >>> isinstance(user_filters(), dict)
    True
    """
    return dict(_FILTERS)


def user_tests() -> dict[str, Callable[..., Any]]:
    """The tests added, by name."""
    return dict(_TESTS)


def seal() -> None:
    """From now on nothing is added: the templates' environment is being made."""
    if not _SEALED:
        _SEALED.append(True)


def _builtins(what: str) -> dict[str, str]:
    """The built-in filters or tests: name -> whose (reportkit's, Jinja's)."""
    from .filters import FILTERS

    if what == "test":
        return dict.fromkeys(jinja_builtins().tests, "Jinja's")
    return {**dict.fromkeys(jinja_builtins().filters, "Jinja's"),
            **dict.fromkeys(FILTERS, "reportkit's")}


def jinja_builtins() -> Any:
    """A plain Jinja environment: its ``filters`` and ``tests`` are Jinja's built-in ones.

    >>> "upper" in jinja_builtins().filters, "even" in jinja_builtins().tests
    (True, True)
    """
    from jinja2 import Environment

    return Environment()


def _add(what: str, registry: dict[str, Callable[..., Any]], name: Any,
         function: Callable[..., Any]) -> None:
    if not isinstance(name, str) or not name.isidentifier():
        raise ValueError(f"{name!r} is not a {what} name a template can use: letters, digits "
                         "and _, not starting with a digit")
    if not callable(function):
        raise TypeError(f"the {what} {name!r} must be a function, not "
                        f"{type(function).__name__}")
    whose = _builtins(what).get(name)
    if whose is not None:
        raise ValueError(f"{name!r} is a built-in {what} of {whose}; give yours another name")
    if registry.get(name) is function:
        return
    if name in registry:
        raise ValueError(f"the {what} {name!r} was already added (another function); give "
                         "this one another name")
    if _SEALED:
        raise RuntimeError(f"add_{what}({name!r}) comes after a template was opened: templates "
                           f"are compiled with the {what}s there are when the first one is "
                           f"opened; add {what}s at the start of the program")
    registry[name] = function
