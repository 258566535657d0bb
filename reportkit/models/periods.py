"""A span of dates with both ends included, and its length in whole calendar months.

    >>> from datetime import date
    >>> p = Period(start=date(2019, 6, 1), end=date(2021, 1, 31))
    >>> p.contains(date(2020, 3, 5)), p.contains(date(2021, 2, 1))
    (True, False)
"""

from __future__ import annotations

from datetime import date

from pydantic import computed_field, model_validator

from .base import Model

__all__ = ["Period"]


class Period(Model):
    """From ``start`` to ``end``, both included; ``end`` may not be before ``start``."""

    start: date
    end: date

    @model_validator(mode="after")
    def _end_not_before_start(self) -> Period:
        if self.end < self.start:
            raise ValueError(
                f"ends ({self.end.isoformat()}) before it starts ({self.start.isoformat()})"
            )
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
