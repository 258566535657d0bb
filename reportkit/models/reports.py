"""Final reports: what was done against what was planned, and the money spent against granted.

Planned against done is compared line by line: each mobility of the report with the project's
mobility of the same title, each kind of activity (``type``; an activity without one by its
title) with the project's activities of that kind. Money differences may be negative (a
category overspent, as Erasmus+ allows by transfers): they are computed values, never data, so
``Money`` still refuses a negative amount written in a file.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from typing import Literal

from pydantic import Field, computed_field, model_validator

from reportkit.i18n import gettext as _

from .activities import Activity, Mobility
from .base import Loc, Model, raise_problems
from .budget import Categories, categories_sum, share
from .people import Signatory
from .periods import Period
from .projects import Project, dates_outside, sum_of
from .types import Money, Paragraphs, WebAddress, round_money

__all__ = ["BudgetLine", "Dissemination", "FinalReport", "PlanLine"]


class Dissemination(Model):
    """One way results were shared: a press release, an event, a publication."""

    what: str = Field(min_length=1)
    on: date | None = None
    where: str | None = None
    url: WebAddress | None = None


class BudgetLine(Model):
    """One category of the budget table: granted, spent, their difference and the share spent.

    >>> line = BudgetLine.of("travel", "Ceļa izdevumi", Decimal("6615.00"), Decimal("7010.00"))
    >>> line.difference, line.percent
    (Decimal('-395.00'), Decimal('105.97'))
    """

    category: str
    label: str
    granted: Decimal
    spent: Decimal
    difference: Decimal
    percent: Decimal

    @classmethod
    def of(cls, category: str, label: str, granted: Decimal, spent: Decimal) -> BudgetLine:
        """The line for ``category``; ``difference`` is granted minus spent (negative when
        overspent) and ``percent`` the share spent (over 100 when overspent)."""
        return cls(category=category, label=label, granted=granted, spent=spent,
                   difference=granted - spent, percent=share(spent, granted))


class PlanLine(Model):
    """Planned against done for one mobility line or one kind of activity.

    ``participants_planned`` and ``participants_done`` are None where no line says.
    """

    label: str
    country: str | None = None
    planned: int
    done: int
    participants_planned: int | None = None
    participants_done: int | None = None


class FinalReport(Model):
    """A final report (``kind: final_report``) on ``project``.

    ``mobilities`` are the mobilities carried out, each with the title of the project's planned
    mobility it is (a title the project does not have is a line planned 0 times, with a
    warning); ``mobilities_done`` and ``participants`` are the totals when they are not each
    line's, and a warning says when they disagree with the lines. ``spent`` holds the money
    spent per category; when ``spent_total`` is also given it must be their sum. Every spent
    category must be in the project's budget, and what was done must fall inside the project
    period. The balance to claim is what the programme pays for what was spent (its share of
    it, up to the total) less the pre-financing received; negative means money to return.
    """

    kind: Literal["final_report"] = "final_report"
    project: Project
    reporting_period: Period | None = None
    submitted: date | None = None
    mobilities: list[Mobility] = Field(default_factory=list)
    mobilities_done: int | None = Field(default=None, ge=0)
    participants: int | None = Field(default=None, ge=0)
    activities_done: list[Activity] = Field(default_factory=list)
    results: Paragraphs = Field(default_factory=list)
    dissemination: list[Dissemination] = Field(default_factory=list)
    spent: Categories = Field(default_factory=dict)
    spent_total: Money | None = None
    prefinancing_received: Money | None = None
    annexes: list[str] = Field(default_factory=list)
    signatory: Signatory | None = None

    @model_validator(mode="after")
    def _consistent(self) -> FinalReport:
        problems: list[tuple[Loc, str]] = []
        spent = categories_sum(self.spent)
        if self.spent_total is not None and self.spent_total != spent:
            problems.append((("spent_total",), _("is {total}, but the categories in 'spent' add "
                                                 "up to {sum}").format(total=self.spent_total,
                                                                       sum=spent)))
        granted = self._granted()
        for name in self.spent:
            if name not in granted:
                problems.append((("spent", name), _(
                    "is not a category of the project's budget ({categories})").format(
                        categories=", ".join(granted) or _("it has none"))))
        problems += dates_outside(self.project.period, "mobilities", self.mobilities)
        problems += dates_outside(self.project.period, "activities_done", self.activities_done)
        period = self.reporting_period
        if period and not (self.project.period.contains(period.start)
                           and self.project.period.contains(period.end)):
            problems.append((("reporting_period",), _("is not inside the project period")))
        raise_problems(problems)
        return self

    def own_warnings(self) -> list[tuple[Loc, str]]:
        """Totals that disagree with the lines, and mobilities the project did not plan."""
        found: list[tuple[Loc, str]] = []
        for field, value, attr in (("mobilities_done", self.mobilities_done, "count"),
                                   ("participants", self.participants, "participants")):
            listed = sum_of(self.mobilities, attr)
            if value is not None and listed is not None and value != listed:
                found.append(((field,), _(
                    "is {count}, but the mobilities listed add up to {listed}; documents print "
                    "{count}").format(count=value, listed=listed)))
        planned = [m.title for m in self.project.mobilities]
        for i, mobility in enumerate(self.mobilities):
            if planned and mobility.title not in planned:
                found.append((("mobilities", i, "title"), _(
                    "{title} is not a mobility of the project; it is shown as planned 0 times "
                    "(write the title as the project file has it)").format(
                        title=repr(mobility.title))))
        return found

    def _granted(self) -> dict[str, Decimal]:
        budget = self.project.budget
        return dict(budget.categories) if budget else {}

    @computed_field  # type: ignore[prop-decorator]
    @property
    def mobility_lines(self) -> list[PlanLine]:
        """One line per mobility planned or done, the project's order first."""
        return _plan_lines(self.project.mobilities, self.mobilities, _title, "count")

    @computed_field  # type: ignore[prop-decorator]
    @property
    def activity_lines(self) -> list[PlanLine]:
        """One line per kind of activity planned or done (its ``type``, else its title)."""
        return _plan_lines(self.project.activities, self.activities_done, _kind, None)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def mobilities_done_count(self) -> int | None:
        """Mobilities done: as given, or the report's mobilities counted."""
        if self.mobilities_done is not None:
            return self.mobilities_done
        return sum_of(self.mobilities, "count")

    @computed_field  # type: ignore[prop-decorator]
    @property
    def participants_count(self) -> int | None:
        """Participants of the mobilities: as given, or the report's mobilities added up."""
        if self.participants is not None:
            return self.participants
        return sum_of(self.mobilities, "participants")

    @computed_field  # type: ignore[prop-decorator]
    @property
    def budget_lines(self) -> list[BudgetLine]:
        """One line per category granted or spent, in the programme's order."""
        granted, spent = self._granted(), self.spent
        zero = Decimal("0.00")
        programme = self.project.programme
        keys = [k for k in programme.category_keys if k in granted or k in spent]
        keys += [k for k in granted if k not in keys]
        return [BudgetLine.of(k, programme.category_label(k) or k, granted.get(k, zero),
                              spent.get(k, zero)) for k in keys]

    @computed_field  # type: ignore[prop-decorator]
    @property
    def total_granted(self) -> Decimal:
        """The project's total budget."""
        return self.project.budget.total if self.project.budget else Decimal("0.00")

    @computed_field  # type: ignore[prop-decorator]
    @property
    def total_spent(self) -> Decimal:
        """Everything spent."""
        return categories_sum(self.spent)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def total_difference(self) -> Decimal:
        """Granted minus spent (negative when more was spent than granted)."""
        return self.total_granted - self.total_spent

    @computed_field  # type: ignore[prop-decorator]
    @property
    def total_percent(self) -> Decimal:
        """Spent as a percentage of granted."""
        return share(self.total_spent, self.total_granted)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def payable(self) -> Decimal:
        """What the programme pays for what was spent: its share of the budget (grant ÷ total,
        all of it when no grant is given) of the spending, which counts up to the total: with
        a grant of 850 of 1000, spending 1200 is paid 850.00 and spending 500 is paid 425.00.
        """
        budget = self.project.budget
        if budget is None or not budget.total:
            return Decimal("0.00")
        counted = min(self.total_spent, budget.total)
        grant = budget.grant if budget.grant is not None else budget.total
        return round_money(counted * grant / budget.total)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def balance_to_claim(self) -> Decimal:
        """What the programme pays less the pre-financing received (negative: to return)."""
        return self.payable - (self.prefinancing_received or Decimal("0.00"))


def _plan_lines(planned: Sequence[Activity], done: Sequence[Activity],
                key: Callable[[Activity], str], count: str | None) -> list[PlanLine]:
    """Planned and done items grouped by ``key`` (a function of an item): how many (``count``
    of each item, or 1 each) and their participants."""
    groups: dict[str, tuple[list[Activity], list[Activity]]] = {}
    for items, side in ((planned, 0), (done, 1)):
        for item in items:
            name = key(item)
            groups.setdefault(name, ([], []))[side].append(item)
    lines = []
    for label, (before, after) in groups.items():
        first = (before or after)[0]
        lines.append(PlanLine(
            label=label, country=first.country,
            planned=_count(before, count), done=_count(after, count),
            participants_planned=sum_of(before, "participants"),
            participants_done=sum_of(after, "participants")))
    return lines


def _title(item: Activity) -> str:
    return item.title


def _kind(item: Activity) -> str:
    return item.type or item.title


def _count(items: Sequence[Activity], field: str | None) -> int:
    return sum(getattr(i, field) for i in items) if field else len(items)
