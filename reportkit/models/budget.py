"""A project's money: total, grant, co-financing, pre-financing and cost categories.

    >>> b = Budget(total="22783.00", prefinancing_percent=20, prefinancing_rounding="euro")
    >>> b.prefinancing
    Decimal('4557.00')
"""

from __future__ import annotations

from decimal import Decimal

from pydantic import computed_field, model_validator

from .base import Loc, Model, raise_problems
from .types import CENT, Money, Percent, Rounding, round_money

__all__ = ["CATEGORIES", "Budget", "Categories", "share"]

def share(part: Decimal, whole: Decimal) -> Decimal:
    """``part`` as a percentage of ``whole``, two places, half up; 0 when ``whole`` is 0.

    >>> share(Decimal("4557.00"), Decimal("22783.00"))
    Decimal('20.00')
    """
    if not whole:
        return Decimal("0.00")
    return round_money(part * 100 / whole)


class Categories(Model):
    """Amounts per cost category; categories not used are left out.

    The Erasmus+ cost categories: KA1 unit costs (travel, individual and organisational
    support, course fees, inclusion support, exceptional costs) and the KA2 lump sum, Erasmus+
    Programme Guide 2021–2027, Part B "Funding rules". Their order is :data:`CATEGORIES`.
    """

    travel: Money | None = None
    individual_support: Money | None = None
    organisational_support: Money | None = None
    course_fees: Money | None = None
    inclusion_support: Money | None = None
    exceptional_costs: Money | None = None
    lump_sum: Money | None = None

    def amounts(self) -> dict[str, Decimal]:
        """The categories that have an amount, in the standard order.

        >>> Categories(travel=100, course_fees="50").amounts()
        {'travel': Decimal('100.00'), 'course_fees': Decimal('50.00')}
        """
        return {c: a for c in CATEGORIES if (a := getattr(self, c)) is not None}

    @computed_field  # type: ignore[prop-decorator]
    @property
    def sum(self) -> Decimal:
        """All categories added up.

        >>> Categories(travel=100, course_fees="50.50").sum
        Decimal('150.50')
        """
        return sum(self.amounts().values(), Decimal("0.00")).quantize(CENT)


CATEGORIES: tuple[str, ...] = tuple(Categories.model_fields)
"""The cost categories, in the order documents list them (the fields of :class:`Categories`)."""


class Budget(Model):
    """Total, grant and co-financing; pre-financing as a percent, an amount, or both.

    Pre-financing is a share of the grant (of the total when no grant is given). When both the
    percent and the amount are given they must agree after ``prefinancing_rounding``.
    """

    total: Money
    grant: Money | None = None
    co_financing: Money | None = None
    prefinancing_percent: Percent | None = None
    prefinancing_amount: Money | None = None
    prefinancing_rounding: Rounding = "cent"
    prefinancing_year: int | None = None
    categories: Categories | None = None

    @model_validator(mode="after")
    def _figures_agree(self) -> Budget:
        problems: list[tuple[Loc, str]] = []
        if self.grant is not None and self.grant > self.total:
            problems.append((("grant",), f"{self.grant} is more than the total {self.total}"))
        if (self.grant is not None and self.co_financing is not None
                and self.grant + self.co_financing != self.total):
            problems.append((("co_financing",), f"grant {self.grant} + co-financing "
                             f"{self.co_financing} is not the total {self.total}"))
        problems += self._prefinancing_problems()
        cats = self.categories
        if cats is not None and cats.amounts() and cats.sum != self.total:
            problems.append((("categories",), f"add up to {cats.sum}, not the total {self.total}"))
        raise_problems(problems)
        return self

    def _prefinancing_problems(self) -> list[tuple[Loc, str]]:
        expected = self._from_percent()
        if expected is None or self.prefinancing_amount is None:
            return []
        if expected == self.prefinancing_amount:
            return []
        return [(("prefinancing_amount",),
                 f"{self.prefinancing_percent} % of {self.prefinancing_base} is {expected} "
                 f"(rounded to the {_unit(self.prefinancing_rounding)}), "
                 f"not {self.prefinancing_amount}")]

    def _from_percent(self) -> Decimal | None:
        if self.prefinancing_percent is None:
            return None
        exact = self.prefinancing_base * self.prefinancing_percent / 100
        return round_money(exact, self.prefinancing_rounding)

    @property
    def prefinancing_base(self) -> Decimal:
        """What the pre-financing percent is of: the grant, or the total when no grant is given.

        >>> Budget(total=100, grant=80).prefinancing_base
        Decimal('80.00')
        """
        return self.grant if self.grant is not None else self.total

    @computed_field  # type: ignore[prop-decorator]
    @property
    def prefinancing(self) -> Decimal | None:
        """The pre-financing amount: as given, or derived from the percent.

        >>> Budget(total=1000, prefinancing_percent=40).prefinancing
        Decimal('400.00')
        """
        if self.prefinancing_amount is not None:
            return self.prefinancing_amount
        return self._from_percent()

    @computed_field  # type: ignore[prop-decorator]
    @property
    def grant_share(self) -> Decimal | None:
        """The grant as a percentage of the total (seed 003: "100% ES … atbalsts").

        >>> Budget(total=1000, grant=1000).grant_share
        Decimal('100.00')
        """
        return None if self.grant is None else share(self.grant, self.total)


def _unit(rounding: Rounding) -> str:
    return "cent" if rounding == "cent" else f"euro ({rounding})"
