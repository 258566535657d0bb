"""A span of dates with both ends included, and its length in whole calendar months.

    >>> from datetime import date
    >>> p = Period(start=date(2019, 6, 1), end=date(2021, 1, 31))
    >>> p.contains(date(2020, 3, 5)), p.contains(date(2021, 2, 1))
    (True, False)

A period known only to the month is written ``start: 2013-12``, ``end: 2016-06`` (seed 002:
"no 2013. gada decembra līdz 2016. gada jūnijam"): it runs from the first day of the first
month to the last day of the last, and ``precision`` is ``month``, so a template writes the
months and never a day the source did not give::

    >>> m = Period(start="2013-12", end="2016-06")
    >>> m.start, m.end, m.precision, m.months
    (datetime.date(2013, 12, 1), datetime.date(2016, 6, 30), 'month', 31)
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from typing import Annotated, Any, Literal

from pydantic import WithJsonSchema, computed_field, model_validator

from reportkit.i18n import gettext as _

from .base import FieldProblems, Model

__all__ = ["Period"]

_MONTH = re.compile(r"(\d{4})-(\d{1,2})")


def _month(value: object, last: bool) -> date | None:
    """The first (or last) day of a month written ``2013-12``; None when it is not that."""
    match = _MONTH.fullmatch(value.strip()) if isinstance(value, str) else None
    if match is None:
        return None
    year, month = int(match[1]), int(match[2])
    if not 1 <= month <= 12:
        return None
    return date(year, month, calendar.monthrange(year, month)[1] if last else 1)


# A day, or a month for a period known only to the month (the before-validator reads it).
DayOrMonth = Annotated[date, WithJsonSchema({
    "anyOf": [{"type": "string", "format": "date"},
              {"type": "string", "pattern": r"^\d{4}-\d{1,2}$"}],
    "description": "A day (2019-06-01) or, for a period known to the month, a month (2013-12)",
})]


class Period(Model):
    """From ``start`` to ``end``, both included; ``end`` may not be before ``start``.

    ``precision: month`` (set by writing months, ``2013-12``) says only the months are known.
    """

    start: DayOrMonth
    end: DayOrMonth
    precision: Literal["day", "month"] = "day"

    @model_validator(mode="before")
    @classmethod
    def _months(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        first, last = _month(data.get("start"), False), _month(data.get("end"), True)
        if first is None and last is None:
            return data
        if first is None or last is None:
            wrong = "start" if first is None else "end"
            raise FieldProblems([((wrong,), _("give both ends as months (2013-12) or both as "
                                              "days (2013-12-01)"))])
        if data.get("precision", "month") != "month":
            raise FieldProblems([(("precision",), _("is 'day', but start and end are months; "
                                                    "write days (2013-12-01) or leave it out"))])
        return {**data, "start": first, "end": last, "precision": "month"}

    @model_validator(mode="after")
    def _end_not_before_start(self) -> Period:
        if self.end < self.start:
            raise ValueError(_("ends ({end}) before it starts ({start})").format(
                end=self.end.isoformat(), start=self.start.isoformat()))
        return self

    @computed_field  # type: ignore[prop-decorator]
    @property
    def months(self) -> int:
        """Whole calendar months, counted as ``reportkit.lv.months_between`` does.

        >>> Period(start=date(2019, 6, 1), end=date(2021, 1, 31)).months
        20
        """
        from reportkit.lv.dates import months_between

        return int(months_between(self.start, self.end))

    def contains(self, day: date) -> bool:
        """Whether ``day`` falls inside the period.

        >>> Period(start=date(2024, 1, 1), end=date(2024, 1, 1)).contains(date(2024, 1, 1))
        True
        """
        return self.start <= day <= self.end
