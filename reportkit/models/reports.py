"""Final reports: what was done against what was planned, and the money spent against granted."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Literal

from pydantic import Field, computed_field, model_validator

from .activities import Activity
from .base import Loc, Model, raise_problems
from .budget import CATEGORIES, Categories, share
from .people import Signatory
from .periods import Period
from .projects import Project, dates_outside
from .types import Money, Paragraphs

__all__ = ["BudgetLine", "Dissemination", "FinalReport"]


class Dissemination(Model):
    """One way results were shared: a press release, an event, a publication."""

    what: str = Field(min_length=1)
    on: date | None = None
    where: str | None = None
    url: str | None = None


class BudgetLine(Model):
    """One category of the budget table: granted, spent, their difference and the share spent.

    >>> BudgetLine.of("travel", Decimal("1000.00"), Decimal("950.00")).percent
    Decimal('95.00')
    """

    category: str
    granted: Decimal
    spent: Decimal
    difference: Decimal
    percent: Decimal

    @classmethod
    def of(cls, category: str, granted: Decimal, spent: Decimal) -> BudgetLine:
        """The line for ``category``; ``difference`` is granted minus spent."""
        return cls(category=category, granted=granted, spent=spent,
                   difference=granted - spent, percent=share(spent, granted))


class FinalReport(Model):
    """A final report (``kind: final_report``) on ``project``.

    ``spent`` holds the money spent per category; when ``spent_total`` is also given it must be
    their sum. Every spent category must be in the project's budget, and activities done must
    fall inside the project period. The balance to claim is what may be paid (spent, but no more
    than granted in total) less the pre-financing received; negative means money to return.
    """

    kind: Literal["final_report"] = "final_report"
    project: Project
    reporting_period: Period | None = None
    submitted: date | None = None
    mobilities_done: int | None = Field(default=None, ge=0)
    participants: int | None = Field(default=None, ge=0)
    activities_done: list[Activity] = Field(default_factory=list)
    results: Paragraphs = Field(default_factory=list)
    dissemination: list[Dissemination] = Field(default_factory=list)
    spent: Categories = Field(default_factory=Categories)
    spent_total: Money | None = None
    prefinancing_received: Money | None = None
    annexes: list[str] = Field(default_factory=list)
    signatory: Signatory | None = None

    @model_validator(mode="after")
    def _consistent(self) -> FinalReport:
        problems: list[tuple[Loc, str]] = []
        if self.spent_total is not None and self.spent_total != self.spent.sum:
            problems.append((("spent_total",), f"is {self.spent_total}, but the categories in "
                             f"'spent' add up to {self.spent.sum}"))
        granted = self._granted()
        for name in self.spent.amounts():
            if name not in granted:
                problems.append((("spent", name), "is not a category of the project's budget"))
        problems += dates_outside(self.project.period, "activities_done", self.activities_done)
        period = self.reporting_period
        if period and not (self.project.period.contains(period.start)
                           and self.project.period.contains(period.end)):
            problems.append((("reporting_period",), "is not inside the project period"))
        raise_problems(problems)
        return self

    def _granted(self) -> dict[str, Decimal]:
        budget = self.project.budget
        return budget.categories.amounts() if budget and budget.categories else {}

    @computed_field  # type: ignore[prop-decorator]
    @property
    def budget_lines(self) -> list[BudgetLine]:
        """One line per category granted or spent, in the standard order."""
        granted, spent = self._granted(), self.spent.amounts()
        zero = Decimal("0.00")
        return [BudgetLine.of(c, granted.get(c, zero), spent.get(c, zero))
                for c in CATEGORIES if c in granted or c in spent]

    @computed_field  # type: ignore[prop-decorator]
    @property
    def total_granted(self) -> Decimal:
        """The project's total budget."""
        return self.project.budget.total if self.project.budget else Decimal("0.00")

    @computed_field  # type: ignore[prop-decorator]
    @property
    def total_spent(self) -> Decimal:
        """Everything spent."""
        return self.spent.sum

    @computed_field  # type: ignore[prop-decorator]
    @property
    def total_difference(self) -> Decimal:
        """Granted minus spent."""
        return self.total_granted - self.total_spent

    @computed_field  # type: ignore[prop-decorator]
    @property
    def total_percent(self) -> Decimal:
        """Spent as a percentage of granted."""
        return share(self.total_spent, self.total_granted)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def balance_to_claim(self) -> Decimal:
        """Payable (spent, capped at the total granted) less the pre-financing received."""
        payable = min(self.total_spent, self.total_granted)
        return payable - (self.prefinancing_received or Decimal("0.00"))
