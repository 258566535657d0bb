"""A date-and-time at midnight is a date: how Excel stores a typed date, and how openpyxl and
many database drivers give one.

Every reader of reportkit gives dates as ``datetime.date`` (the Latvian date filters take
nothing else: a time would be lost without a word), so a workbook cell holding 2019-06-01
00:00 is read as the date 2019-06-01 (:mod:`.workbook`), and a template given rows read some
other way gets the same (:class:`reportkit.Template` passes a mapping's values through
:func:`dated`). A date-and-time with a time of day stays what it is.

    >>> import datetime as dt
    >>> as_date(dt.datetime(2019, 6, 1)), as_date(dt.datetime(2019, 6, 1, 14, 30)).hour
    (datetime.date(2019, 6, 1), 14)
"""

from __future__ import annotations

import datetime as dt
from typing import Any

__all__ = ["as_date", "dated"]


def as_date(value: Any) -> Any:
    """``value``'s date when it is a date-and-time at midnight (with no time zone); otherwise
    ``value`` itself.

    >>> as_date("2019-06-01"), as_date(dt.date(2019, 6, 1))
    ('2019-06-01', datetime.date(2019, 6, 1))
    """
    if isinstance(value, dt.datetime) and value.time() == dt.time() and value.tzinfo is None:
        return value.date()
    return value


def dated(value: Any) -> Any:
    """``value`` with :func:`as_date` applied to everything in it: the values of mappings and
    the items of lists and tuples, as new dicts and lists where something changed (what is
    given is not changed; what needs no change is the same object).

    >>> row = {"code": "A-1", "start": dt.datetime(2019, 6, 1), "days": [dt.datetime(2019, 6, 2)]}
    >>> dated(row)
    {'code': 'A-1', 'start': datetime.date(2019, 6, 1), 'days': [datetime.date(2019, 6, 2)]}
    >>> row["start"], dated(row["code"]) is row["code"]
    (datetime.datetime(2019, 6, 1, 0, 0), True)
    >>> from collections import namedtuple
    >>> dated([namedtuple("Row", "day")(dt.datetime(2019, 6, 1))])[0].day
    datetime.date(2019, 6, 1)
    """
    return _dated(value, 0)


_DEEPEST = 100  # a mapping inside itself, or data nested deeper, is left as it is below this


def _dated(value: Any, depth: int) -> Any:
    if depth > _DEEPEST:
        return value
    if isinstance(value, dict):
        items = {key: _dated(item, depth + 1) for key, item in value.items()}
        same = all(items[key] is item for key, item in value.items())
        return value if same else items
    if isinstance(value, (list, tuple)):
        changed = [_dated(item, depth + 1) for item in value]
        if all(new is old for new, old in zip(changed, value, strict=True)):
            return value
        if isinstance(value, list):
            return changed
        remade = getattr(value, "_make", None)  # a named tuple keeps its names
        return remade(changed) if callable(remade) else tuple(changed)
    return as_date(value)
