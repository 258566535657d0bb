"""Grammatical categories shared by every module of ``reportkit.lv``.

The five cases documents need (``"nom"``, ``"gen"``, ``"dat"``, ``"acc"``, ``"loc"``), the two
genders (``"m"``, ``"f"``), the two numbers (``"sg"``, ``"pl"``), their checks, and the rule that
picks the noun form after a number.

    >>> takes_singular(21), takes_singular(11), takes_singular(101)
    (True, False, True)
"""

from __future__ import annotations

from typing import Literal, get_args

Case = Literal["nom", "gen", "dat", "acc", "loc"]
Gender = Literal["m", "f"]
Number = Literal["sg", "pl"]

Forms = dict[tuple[Number, Case], str]
"""A word's forms by (number, case): ``{("sg", "loc"): "Daugavpilī", …}``."""

CASES: tuple[Case, ...] = get_args(Case)
GENDERS: tuple[Gender, ...] = get_args(Gender)
NUMBERS: tuple[Number, ...] = get_args(Number)

__all__ = ["CASES", "GENDERS", "NUMBERS", "Case", "Forms", "Gender", "Number", "takes_singular"]


def check_case(case: str) -> Case:
    """Return ``case`` if it is one of :data:`CASES`, else raise ``ValueError`` listing them.

    >>> check_case("loc")
    'loc'
    """
    if case not in CASES:
        raise ValueError(f"unknown case {case!r}: use one of {', '.join(CASES)}")
    return case


def check_gender(gender: str) -> Gender:
    """Return ``gender`` if it is ``"m"`` or ``"f"``, else raise ``ValueError``.

    >>> check_gender("f")
    'f'
    """
    if gender not in GENDERS:
        raise ValueError(f"unknown gender {gender!r}: use 'm' or 'f'")
    return gender


def check_number(number: str) -> Number:
    """Return ``number`` if it is ``"sg"`` or ``"pl"``, else raise ``ValueError``.

    >>> check_number("pl")
    'pl'
    """
    if number not in NUMBERS:
        raise ValueError(f"unknown grammatical number {number!r}: use 'sg' or 'pl'")
    return number


def takes_singular(n: int) -> bool:
    """Whether a noun after the whole number ``n`` stands in the singular.

    Unicode CLDR plural rule for ``lv`` (category ``one``: n % 10 = 1 and n % 100 != 11), as
    shipped in Babel; docs/lv/REFERENCE.md section 4. ``21 mobilitāte``, ``11 mobilitātes``,
    ``01 cents``, ``00 centi``.

    >>> [n for n in range(0, 125) if takes_singular(n)]
    [1, 21, 31, 41, 51, 61, 71, 81, 91, 101, 121]
    """
    n = abs(n)
    return n % 10 == 1 and n % 100 != 11
