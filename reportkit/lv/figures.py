"""Latvian figures other than money: percentages, from Decimal, int or str, never float.

    >>> format_percent("12.5")
    '12,5\\xa0%'

Source:

- [EU] Interinstitutional Style Guide, Latvian part, 6.4 "Interpunkcijas zīmes un atstarpes ar
  datoru apstrādātā tekstā" (https://style-guide.europa.eu/o/opportal-service/isg?resource=
  lv%2F6.4-word-processor-punctuation-marks-spacing.html): in a word processor ``%`` is written
  ``00●%``, ● marking the fixed (no-break) space; ``00,00``, the decimal comma.
  CLDR's ``lv`` percent pattern (``#,##0%``, no space) disagrees, so Babel's ``format_percent``
  is not used; its ``format_decimal`` writes the number (decimal comma, no-break space between
  thousands, as ``format_money`` does).
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

__all__ = ["format_percent"]

Figure = Decimal | int | str
_NBSP = "\u00a0"


_PERCENT = re.compile(r"-?\d+(?:[.,]\d+)?")


def parse_percent(value: Figure) -> Decimal:
    """A percentage as a Decimal, from ``Decimal``, ``int`` or text such as ``"12,5"``,
    ``"12.5 %"`` (never float); the one percent parser, the models' ``Percent`` uses it too.

    >>> parse_percent("12,5 %"), parse_percent(20)
    (Decimal('12.5'), Decimal('20'))
    """
    if isinstance(value, float):
        raise TypeError(f"percentage {value!r} is a float, which cannot hold decimals exactly: "
                        "pass a Decimal or a str such as '12.5'")
    if isinstance(value, bool) or not isinstance(value, Decimal | int | str):
        raise TypeError(f"percentage must be a Decimal, int or str, got {type(value).__name__}")
    if isinstance(value, str):
        text = value.strip().removesuffix("%").strip()
        if not _PERCENT.fullmatch(text):
            raise ValueError(f"percentage {value!r} is not a number: write it like 12.5 or 12,5")
        return Decimal(text.replace(",", "."))
    if not Decimal(value).is_finite():
        raise ValueError(f"percentage {value!r} is not a number")
    return Decimal(value)


def format_percent(value: Figure, *, places: int | None = None, sign: bool = True) -> str:
    """A percentage as Latvian documents write it: ``12,5 %``, with a no-break space before ``%``.

    ``value`` is the percentage itself (``20`` is twenty per cent), never a float. With
    ``places`` it is rounded half up to that many decimals and keeps them (``places=2``:
    ``20,00 %``); without, it is written as exactly as it is, less trailing zeros
    (``Decimal("80.00")`` is ``80 %``). ``sign=False`` leaves out `` %``, for a table column
    whose heading says it.

    >>> format_percent(20), format_percent(Decimal("33.50")), format_percent("2,345", places=2)
    ('20\\xa0%', '33,5\\xa0%', '2,35\\xa0%')
    >>> format_percent(Decimal("79.93"), sign=False)
    '79,93'
    """
    from babel.numbers import format_decimal  # Babel is slow to import: only when needed

    number = parse_percent(value)
    if places is None:
        number = number.normalize() if number else Decimal(0)
        pattern = "#,##0.###"
    else:
        if places < 0:
            raise ValueError(f"places must be 0 or more (got {places})")
        number = number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
        pattern = "#,##0" + ("." + "0" * places if places else "")
    text = str(format_decimal(number, format=pattern, locale="lv", decimal_quantization=False))
    return f"{text}{_NBSP}%" if sign else text
