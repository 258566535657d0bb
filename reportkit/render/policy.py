"""What a template may reach: data, not behaviour.

A template reads the fields of the data it is given and calls a short list of methods that only
read: text (``upper``, ``split``, ``format`` …), numbers, dates, lists and mappings (``items``,
``get``), and Jinja's own loop helpers. Everything else is refused, whatever Python would allow:

- a pydantic model shows its fields, computed fields and properties, and none of its methods
  (``model_copy``, ``model_validate``, ``model_construct``, ``model_dump_json`` …), so a
  template cannot build a new object from the data, such as a photo pointing at another file;
- no method changes data in place (``append``, ``extend``, ``update``, ``pop`` …);
- nothing turns text into bytes or tables into text (``encode``, ``to_bytes``, ``translate``);
- names starting with ``_`` stay hidden, as in Jinja's own sandbox (no ``__class__`` walks).

    >>> from datetime import date
    >>> is_data("Ābece", "upper", "Ābece".upper), is_data([1], "append", [1].append)
    (True, False)
    >>> is_data(date(2024, 5, 1), "year", 2024)
    True
"""

from __future__ import annotations

import inspect
import sys
from datetime import date, datetime, time
from decimal import Decimal
from functools import cached_property
from typing import Any

from jinja2.runtime import LoopContext
from jinja2.utils import Cycler, Namespace
from markupsafe import Markup

__all__ = ["SAFE_METHODS", "is_data", "is_model"]

_TEXT = frozenset({
    "capitalize", "casefold", "center", "count", "endswith", "expandtabs", "find", "format",
    "format_map", "index", "isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "islower",
    "isnumeric", "isspace", "istitle", "isupper", "join", "ljust", "lower", "lstrip",
    "partition", "removeprefix", "removesuffix", "replace", "rfind", "rindex", "rjust",
    "rpartition", "rsplit", "rstrip", "split", "splitlines", "startswith", "strip", "swapcase",
    "title", "upper", "zfill",
})
_DAY = frozenset({"isocalendar", "isoformat", "isoweekday", "strftime", "toordinal", "weekday"})

SAFE_METHODS: tuple[tuple[type, frozenset[str]], ...] = (
    (Markup, _TEXT | {"striptags", "unescape"}),
    (str, _TEXT),
    (bool, frozenset()),
    (int, frozenset()),
    (float, frozenset({"is_integer"})),
    (Decimal, frozenset()),
    (datetime, _DAY | {"date", "time"}),
    (date, _DAY),
    (time, frozenset({"isoformat", "strftime"})),
    (list, frozenset({"count", "index"})),
    (tuple, frozenset({"count", "index"})),
    (dict, frozenset({"get", "items", "keys", "values"})),
    (frozenset, frozenset({"difference", "intersection", "isdisjoint", "issubset",
                           "issuperset", "symmetric_difference", "union"})),
    (set, frozenset({"difference", "intersection", "isdisjoint", "issubset", "issuperset",
                     "symmetric_difference", "union"})),
    (LoopContext, frozenset({"changed", "cycle"})),
    (Cycler, frozenset({"next", "reset"})),
)
"""Type → the methods a template may call on its values (the first type that matches counts)."""


def is_data(obj: Any, attr: str, value: Any) -> bool:
    """Whether a template may read ``obj.attr`` (which is ``value``).

    >>> from reportkit.models import Photo
    >>> photo = Photo(file="a.png", caption="A")
    >>> is_data(photo, "file", photo.file), is_data(photo, "model_copy", photo.model_copy)
    (True, False)
    """
    if attr.startswith("_"):
        return False
    if is_model(obj):
        return _is_model_data(type(obj), attr)
    if isinstance(obj, Namespace):  # what a template stored there, already read as data
        return True
    if callable(value):
        return attr in _methods(obj)
    return True


def is_model(obj: Any) -> bool:
    """Whether ``obj`` is a pydantic model; pydantic is not imported for it (when pydantic was
    never imported, nothing is a model).

    >>> is_model({"a": 1})
    False
    """
    pydantic = sys.modules.get("pydantic")
    return pydantic is not None and isinstance(obj, pydantic.BaseModel)


def _is_model_data(model: type, attr: str) -> bool:
    """Fields, computed fields and properties are a model's data; the rest is behaviour,
    pydantic's own properties (``model_extra``) included."""
    if attr in model.model_fields or attr in model.model_computed_fields:  # type: ignore[attr-defined]
        return True
    if hasattr(sys.modules["pydantic"].BaseModel, attr):
        return False
    return isinstance(inspect.getattr_static(model, attr, None), (property, cached_property))


def _methods(obj: Any) -> frozenset[str]:
    for kind, names in SAFE_METHODS:
        if isinstance(obj, kind):
            return names
    return frozenset()
