"""Amounts of money and percentages: ``Decimal`` with exact cents, never float.

    >>> parse_money("22 783,00")
    Decimal('22783.00')
    >>> parse_money(22783)
    Decimal('22783.00')
    >>> parse_money(22783.0)
    Traceback (most recent call last):
    ...
    ValueError: write the amount as text ('22783.00') or a whole number, not as a float \
(got 22783.0)
"""

from __future__ import annotations

import re
from decimal import ROUND_DOWN, ROUND_HALF_UP, ROUND_UP, Decimal, InvalidOperation
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

# Space, no-break space, narrow no-break space and thin space all separate thousands in
# Latvian texts ("22 783,00 EUR", shared/lv/REFERENCE.md §3).
_GROUPING = re.compile(r"[ \u00a0\u202f\u2009]")
_AMOUNT = re.compile(r"\d+(?:[.,]\d+)?")


def parse_money(value: Any) -> Decimal:
    """An amount in euros as a ``Decimal`` with two places; raise ``ValueError`` if it isn't one.

    Accepts ``Decimal``, whole numbers and text with a decimal point or comma and spaces between
    thousands, optionally followed by ``EUR`` or ``€``. Refuses floats, negative amounts and
    fractions of a cent.

    >>> parse_money("4 557.00 EUR")
    Decimal('4557.00')
    >>> parse_money("-5")
    Traceback (most recent call last):
    ...
    ValueError: must not be negative (got '-5')
    """
    amount = _to_decimal(value)
    if amount < 0:
        raise ValueError(f"must not be negative (got {value!r})")
    if amount != amount.quantize(CENT, rounding=ROUND_DOWN):
        raise ValueError(f"has a fraction of a cent (got {value!r})")
    return amount.quantize(CENT)


def _to_decimal(value: Any) -> Decimal:
    if isinstance(value, bool):
        raise ValueError(f"must be an amount like '22783.00' (got {value!r})")
    if isinstance(value, float):
        raise ValueError(
            "write the amount as text ('22783.00') or a whole number, "
            f"not as a float (got {value!r})"
        )
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"must be an amount like '22783.00' (got {value!r})")
        return value
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, str):
        return _text_to_decimal(value)
    raise ValueError(f"must be an amount like '22783.00' (got {value!r})")


def _text_to_decimal(text: str) -> Decimal:
    bare = _GROUPING.sub("", text.strip())
    bare = re.sub(r"(?i)(eur|€)$", "", bare)
    sign = "-" if bare.startswith("-") else ""
    digits = bare.removeprefix("-")
    if not _AMOUNT.fullmatch(digits):
        raise ValueError(f"must be an amount like '22783.00' or '22 783,00' (got {text!r})")
    try:
        return Decimal(sign + digits.replace(",", "."))
    except InvalidOperation:  # pragma: no cover - the pattern admits only valid numbers
        raise ValueError(f"must be an amount like '22783.00' (got {text!r})") from None


def parse_percent(value: Any) -> Decimal:
    """A percentage from 0 to 100, from ``20``, ``"20"``, ``"20 %"`` or ``"12,5%"``.

    >>> parse_percent("20 %")
    Decimal('20')
    >>> parse_percent(120)
    Traceback (most recent call last):
    ...
    ValueError: must be a percentage from 0 to 100 (got 120)
    """
    text = value.strip().removesuffix("%").strip() if isinstance(value, str) else value
    try:
        number = _to_decimal(text)
    except ValueError:
        raise ValueError(f"must be a percentage like 20 or '12,5 %' (got {value!r})") from None
    if not 0 <= number <= 100:
        raise ValueError(f"must be a percentage from 0 to 100 (got {value!r})")
    return number


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
