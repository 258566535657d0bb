"""A grant project: what the project description (seed 003) and press releases talk about."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from pydantic import Field, computed_field, model_validator

from .activities import Activity, Mobility
from .base import Loc, Model, raise_problems
from .budget import Budget
from .codes import ProjectCode
from .organisations import Organisation, Partner
from .people import Person, Signatory
from .periods import Period
from .programmes import Programme
from .types import Paragraphs

__all__ = ["Project", "dates_outside"]


class Project(Model):
    """A project, as its data file describes it (``kind: project``).

    >>> from datetime import date
    >>> p = Project(title="Administrations go Europe!",
    ...             programme={"scheme": "lifelong_learning_2007_2013"},
    ...             applicant={"name": "Daugavpils pilsētas dome"},
    ...             period={"start": date(2012, 8, 1), "end": date(2014, 7, 31)},
    ...             partners=[{"name": "Landeshauptstadt Magdeburg", "country": "DE"},
    ...                       {"name": "Comune di Novara", "country": "IT"}])
    >>> p.period.months, p.partner_countries
    (24, ['DE', 'IT'])
    """

    kind: Literal["project"] = "project"
    title: str = Field(min_length=1)
    code: ProjectCode | None = None
    programme: Programme
    applicant: Organisation
    partners: list[Partner] = Field(default_factory=list)
    period: Period
    aim: str | None = None
    description: Paragraphs = Field(default_factory=list)
    expected_results: Paragraphs = Field(default_factory=list)
    target_group: Paragraphs = Field(default_factory=list)
    mobilities_planned: int | None = Field(default=None, ge=0)
    mobilities: list[Mobility] = Field(default_factory=list)
    activities: list[Activity] = Field(default_factory=list)
    budget: Budget | None = None
    contact: Person | None = None
    signatory: Signatory | None = None
    website: str | None = None

    @model_validator(mode="after")
    def _consistent(self) -> Project:
        problems: list[tuple[Loc, str]] = []
        if self.code is not None and self.programme.is_erasmus and not self.code.is_erasmus:
            problems.append((("code",), f"{str(self.code)!r} is not an Erasmus+ project number, "
                             "which the programme needs (e.g. 2019-1-LV01-KA104-060191)"))
        problems += dates_outside(self.period, "mobilities", self.mobilities)
        problems += dates_outside(self.period, "activities", self.activities)
        raise_problems(problems)
        return self

    @computed_field  # type: ignore[prop-decorator]
    @property
    def partner_countries(self) -> list[str]:
        """The partners' countries, each once, in the order first named."""
        return list(dict.fromkeys(p.country for p in self.partners))

    @computed_field  # type: ignore[prop-decorator]
    @property
    def mobilities_count(self) -> int | None:
        """Planned mobilities: as given, or the listed mobilities counted (seed 003: 11)."""
        if self.mobilities_planned is not None:
            return self.mobilities_planned
        counted = sum(m.count for m in self.mobilities)
        return counted or None


def dates_outside(
    period: Period, field: str, items: Sequence[Activity]
) -> list[tuple[Loc, str]]:
    """Problems for activities whose dates fall outside ``period``.

    >>> from datetime import date
    >>> p = Period(start=date(2020, 1, 1), end=date(2020, 12, 31))
    >>> [(loc, msg)] = dates_outside(p, "activities", [Activity(title="x", start=date(2021, 3, 1))])
    >>> loc, msg
    (('activities', 0, 'start'), '2021-03-01 is outside the project period 2020-01-01 – 2020-12-31')
    """
    problems: list[tuple[Loc, str]] = []
    span = f"{period.start.isoformat()} – {period.end.isoformat()}"
    for i, item in enumerate(items):
        for name in ("start", "end"):
            day = getattr(item, name)
            if day is not None and not period.contains(day):
                problems.append(((field, i, name),
                                 f"{day.isoformat()} is outside the project period {span}"))
                break
    return problems
