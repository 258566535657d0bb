"""Amounts of money and percentages: ``Decimal`` with exact cents, never float.

    >>> parse_money("22 783,00")
    Decimal('22783.00')
    >>> parse_money(22783)
    Decimal('22783.00')
    >>> parse_money(22783.0)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: amount 22783.0 is a float, which cannot hold cents exactly: pass a Decimal or ...
"""

from __future__ import annotations

import re
from decimal import ROUND_DOWN, ROUND_HALF_UP, ROUND_UP, Decimal
from typing import Annotated, Any, Literal

from pydantic import PlainValidator, WithJsonSchema

__all__ = [
    "CENT", "EURO", "Money", "Percent", "Rounding", "parse_money", "parse_percent", "round_money",
]

CENT = Decimal("0.01")
EURO = Decimal("1")
# How a derived amount (a pre-financing share) is rounded: to the cent, or to whole euros as
# seed 003 does (20 % of 22 783.00 = 4 556.60, written 4 557.00).
Rounding = Literal["cent", "euro", "euro_up", "euro_down"]
_ROUNDING = {
    "cent": (CENT, ROUND_HALF_UP),
    "euro": (EURO, ROUND_HALF_UP),
    "euro_up": (EURO, ROUND_UP),
    "euro_down": (EURO, ROUND_DOWN),
}

_PERCENT = re.compile(r"-?\d+(?:[.,]\d+)?")


def parse_money(value: Any) -> Decimal:
    """An amount in euros as a ``Decimal`` with two places; raise ``ValueError`` if it isn't one.

    The parsing is :func:`reportkit.lv.money.parse_amount`'s (text with a decimal point or comma,
    spaces between thousands, an optional ``EUR`` or ``€``; no floats, no negative amounts, no
    fractions of a cent); here every refusal is a ``ValueError``, as pydantic expects.

    >>> parse_money("4 557.00 EUR")
    Decimal('4557.00')
    >>> parse_money("-5")
    Traceback (most recent call last):
    ...
    ValueError: amount must not be negative (got -5)
    """
    from reportkit.lv.money import parse_amount

    try:
        return parse_amount(value)
    except TypeError as exc:
        raise ValueError(str(exc)) from None


def parse_percent(value: Any) -> Decimal:
    """A percentage from 0 to 100, from ``20``, ``"20"``, ``"20 %"`` or ``"12,5%"``.

    >>> parse_percent("20 %")
    Decimal('20')
    >>> parse_percent(120)
    Traceback (most recent call last):
    ...
    ValueError: must be a percentage from 0 to 100 (got 120)
    """
    number = _percent_number(value)
    if number is None:
        raise ValueError(f"must be a percentage like 20 or '12,5 %' (got {value!r})")
    if not 0 <= number <= 100:
        raise ValueError(f"must be a percentage from 0 to 100 (got {value!r})")
    return number


def _percent_number(value: Any) -> Decimal | None:
    if isinstance(value, Decimal) and value.is_finite():
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return Decimal(value)
    if isinstance(value, str):
        text = value.strip().removesuffix("%").strip()
        if _PERCENT.fullmatch(text):
            return Decimal(text.replace(",", "."))
    return None  # floats included: 12.5 % is written as text, like money


def round_money(amount: Decimal, rounding: Rounding = "cent") -> Decimal:
    """Round by the rule the data names, always giving two places.

    ``cent`` rounds half up to the cent; ``euro`` half up to whole euros; ``euro_up`` and
    ``euro_down`` to whole euros upwards or downwards.

    >>> round_money(Decimal("4556.605")), round_money(Decimal("4556.60"), "euro")
    (Decimal('4556.61'), Decimal('4557.00'))
    """
    step, mode = _ROUNDING[rounding]
    return amount.quantize(step, rounding=mode).quantize(CENT)


Money = Annotated[
    Decimal,
    PlainValidator(parse_money),
    WithJsonSchema({
        "anyOf": [{"type": "string", "pattern": r"^[0-9  ]+([.,][0-9]{1,2})?( ?(EUR|€))?$"},
                  {"type": "integer", "minimum": 0}],
        "description": "Euros: '22783.00', '22 783,00' or a whole number",
    }),
]
"""Euros and cents: a ``Decimal`` with two places, never negative, never from a float."""

Percent = Annotated[
    Decimal,
    PlainValidator(parse_percent),
    WithJsonSchema({
        "anyOf": [{"type": "string"}, {"type": "number", "minimum": 0, "maximum": 100}],
        "description": "A percentage from 0 to 100: 20 or '20 %'",
    }),
]
"""A percentage from 0 to 100, as ``Decimal``."""
