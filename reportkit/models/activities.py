"""What a project does: activities (seminars, meetings) and mobilities (trips abroad).

    >>> from datetime import date
    >>> a = Activity(title="Seminārs projektu koordinatoriem", start=date(2023, 9, 11))
    >>> a.end == a.start
    True
"""

from __future__ import annotations

from datetime import date

from pydantic import Field, model_validator

from .base import Model, check_not_before
from .types import Country, MarkedText

__all__ = ["Activity", "Mobility"]


class Activity(Model):
    """An activity on one day (``start`` alone) or over a range (``start`` to ``end``)."""

    title: str = Field(min_length=1)
    type: str | None = None
    start: date | None = None
    end: date | None = None
    place: str | None = None
    country: Country | None = None
    participants: int | None = Field(default=None, ge=0)
    description: MarkedText | None = None

    @model_validator(mode="after")
    def _range(self) -> Activity:
        if self.end is not None and self.start is None:
            self.fill("start", self.end)
        if self.start is not None and self.end is None:
            self.fill("end", self.start)
        check_not_before(self.start, self.end)
        return self


class Mobility(Activity):
    """A trip abroad for learning or teaching; ``count`` is how many mobilities it is."""

    count: int = Field(default=1, ge=1)
