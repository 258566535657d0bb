"""A project's money: total, grant, co-financing, pre-financing and cost categories.

    >>> b = Budget(total="22783.00", prefinancing_percent=20, prefinancing_rounding="euro")
    >>> b.prefinancing
    Decimal('4557.00')

Cost categories are the programme's (``reportkit/models/data/programmes.yaml``: Erasmus+ unit
costs, the EEA and Norway Grants' staff, equipment, indirect costs …): the budget holds amounts
by category key, and the project checks the keys against its programme.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated

from pydantic import AfterValidator, Field, computed_field, model_validator

from reportkit.i18n import gettext as _

from .base import Loc, Model, raise_problems
from .types import CENT, Declinable, Money, Percent, Rounding, round_money

__all__ = ["Budget", "Categories", "CategoryLine", "categories_sum", "share"]


def share(part: Decimal, whole: Decimal) -> Decimal:
    """``part`` as a percentage of ``whole``, two places, half up; 0 when ``whole`` is 0.

    >>> share(Decimal("4557.00"), Decimal("22783.00"))
    Decimal('20.00')
    >>> share(Decimal("7010.00"), Decimal("6615.00"))  # overspent: more than 100
    Decimal('105.97')
    """
    if not whole:
        return Decimal("0.00")
    return round_money(part * 100 / whole)


def _keys(amounts: dict[str, Decimal]) -> dict[str, Decimal]:
    bad = [k for k in amounts if not k.replace("_", "").isalnum() or k != k.lower()]
    if bad:
        raise ValueError(_("a category is a key in lower case like travel or staff (got "
                           "{key})").format(key=repr(bad[0])))
    return amounts


Categories = Annotated[
    dict[str, Money],
    AfterValidator(_keys),
    Field(description="Amounts by cost category: travel: 4950.00; the programme names the "
                      "categories (travel, individual_support, staff, equipment …)"),
]
"""Amounts by cost category key, in the order written."""


def categories_sum(amounts: dict[str, Decimal]) -> Decimal:
    """All categories added up, to the cent.

    >>> categories_sum({"travel": Decimal("100.00"), "course_fees": Decimal("50.50")})
    Decimal('150.50')
    """
    return sum(amounts.values(), Decimal("0.00")).quantize(CENT)


class CategoryLine(Model):
    """One cost category of a budget as documents list it: key, Latvian label, amount."""

    category: str
    label: str
    amount: Decimal


class Budget(Model):
    """Total, grant and co-financing; pre-financing as a percent, an amount, or both.

    Pre-financing is a share of the grant (of the total when no grant is given). When both the
    percent and the amount are given they must agree after ``prefinancing_rounding``.
    ``prefinancing_by`` is who gives it and ``prefinancing_returned`` when it comes back, as
    seed 003 writes: "Daugavpils pilsētas domes priekšfinansējums …, kas tiks atgriezts pēc
    projekta noslēguma un gala atskaites iesniegšanas 2021. gadā". ``co_financing_source`` is
    who co-finances.
    """

    total: Money
    grant: Money | None = None
    co_financing: Money | None = None
    co_financing_source: Declinable | None = None
    prefinancing_percent: Percent | None = None
    prefinancing_amount: Money | None = None
    prefinancing_rounding: Rounding = "cent"
    prefinancing_year: int | None = None
    prefinancing_by: Declinable | None = None
    prefinancing_returned: str | None = None
    categories: Categories = Field(default_factory=dict)

    @model_validator(mode="after")
    def _figures_agree(self) -> Budget:
        problems: list[tuple[Loc, str]] = []
        if self.grant is not None and self.grant > self.total:
            problems.append((("grant",), _("{grant} is more than the total {total}").format(
                grant=self.grant, total=self.total)))
        if (self.grant is not None and self.co_financing is not None
                and self.grant + self.co_financing != self.total):
            problems.append((("co_financing",), _("grant {grant} + co-financing {co_financing} "
                                                  "is not the total {total}").format(
                grant=self.grant, co_financing=self.co_financing, total=self.total)))
        problems += self._prefinancing_problems()
        if self.categories and self.categories_total != self.total:
            problems.append((("categories",),
                             _("add up to {sum}, not the total {total}").format(
                                 sum=self.categories_total, total=self.total)))
        raise_problems(problems)
        return self

    def _prefinancing_problems(self) -> list[tuple[Loc, str]]:
        expected = self._from_percent()
        if expected is None or self.prefinancing_amount is None:
            return []
        if expected == self.prefinancing_amount:
            return []
        return [(("prefinancing_amount",),
                 _("{percent} % of {base} is {expected} (rounded to the {unit}), not {amount}"
                   ).format(percent=self.prefinancing_percent, base=self.prefinancing_base,
                            expected=expected, unit=_unit(self.prefinancing_rounding),
                            amount=self.prefinancing_amount))]

    def _from_percent(self) -> Decimal | None:
        if self.prefinancing_percent is None:
            return None
        exact = self.prefinancing_base * self.prefinancing_percent / 100
        return round_money(exact, self.prefinancing_rounding)

    @property
    def categories_total(self) -> Decimal:
        """The categories added up.

        >>> Budget(total=300, categories={"travel": 100, "course_fees": 200}).categories_total
        Decimal('300.00')
        """
        return categories_sum(self.categories)

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

    @computed_field  # type: ignore[prop-decorator]
    @property
    def grant_is_total(self) -> bool:
        """Whether the programme funds the whole budget, so a document names the sum once.

        >>> Budget(total=1000, grant=1000).grant_is_total, Budget(total=1000).grant_is_total
        (True, False)
        """
        return self.grant is not None and self.grant == self.total


def _unit(rounding: Rounding) -> str:
    return _("cent") if rounding == "cent" else _("euro ({rounding})").format(rounding=rounding)
