"""Latvian dates: the long form in five cases, the numeric form, ranges, month counts, durations.

Babel writes Latvian month names only in the nominative (docs/lv/REFERENCE.md sections 6 and 8),
so the case forms come from the table in ``reportkit/lv/data/months.py``. The long form puts a
space after every ordinal dot (``2019. gada 1. jūnijs``; ``2019.gada 1.jūnijs`` is the old
spelling) and ``gada`` is always genitive: only the day and month take the case asked for.
Every space inside a date is a no-break space (U+00A0), so that a date never breaks across
lines (valoda.lv/2009-gads-4, citing Tiesību aktu tulkošanas rokasgrāmata 2006, p. 69;
REFERENCE §11); the spaces around ``no`` and ``līdz`` are ordinary ones.

    >>> from datetime import date
    >>> format_date(date(2019, 8, 22), case="loc")
    '2019.\\xa0gada\\xa022.\\xa0augustā'
    >>> format_date_range(date(2019, 6, 1), date(2021, 1, 31))
    'no 2019.\\xa0gada\\xa01.\\xa0jūnija līdz 2021.\\xa0gada\\xa031.\\xa0janvārim'

Everything returned is lower case, so a template that starts a sentence with a date can use
Jinja's ``capitalize`` filter (it upper-cases the first letter and lower-cases the rest):
``{{ start|format_date_range(end)|capitalize }}`` → ``No 2012. gada 1. augusta līdz …``.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Literal, get_args

from .data.months import MONTHS
from .grammar import CASES, Case, check_case
from .typography import NBSP

__all__ = [
    "format_date",
    "format_date_range",
    "format_duration",
    "format_month_year",
    "months_between",
]

DateStyle = Literal["long", "numeric"]
RangeStyle = Literal["from_to", "compact"]
DATE_STYLES: tuple[str, ...] = get_args(DateStyle)
RANGE_STYLES: tuple[str, ...] = get_args(RangeStyle)
EN_DASH = "\u2013"

def _check_date(value: object, name: str) -> date:
    # A datetime is a date subclass, but it cannot be compared with a date and its time would be
    # dropped silently, so it is refused with the fix.
    if isinstance(value, datetime):
        raise TypeError(
            f"{name} must be a datetime.date, got the datetime {value.isoformat(sep=' ')}:"
            " pass .date() to drop the time"
        )
    if not isinstance(value, date):
        hint = " (parse text with date.fromisoformat)" if isinstance(value, str) else ""
        raise TypeError(
            f"{name} must be a datetime.date, got {type(value).__name__} {value!r}{hint}"
        )
    return value


def _check_choice(value: str, allowed: tuple[str, ...], what: str) -> str:
    if value not in allowed:
        raise ValueError(f"unknown {what} {value!r}: use one of {', '.join(allowed)}")
    return value


def _check_period(start: object, end: object) -> tuple[date, date]:
    start, end = _check_date(start, "start"), _check_date(end, "end")
    if start > end:
        raise ValueError(
            f"the period starts after it ends: start {start.isoformat()},"
            f" end {end.isoformat()}; swap them"
        )
    return start, end


def _month(d: date, case: str) -> str:
    return MONTHS[d.month - 1][CASES.index(check_case(case))]


def format_date(
    d: date, *, case: Case = "nom", style: DateStyle = "long", relative_to: date | None = None
) -> str:
    """Write a date in Latvian.

    ``style="long"`` (the default) writes ``2019. gada 1. jūnijs`` with the day and month in
    ``case`` (``"nom"``, ``"gen"``, ``"dat"``, ``"acc"``, ``"loc"``). With ``relative_to`` (the
    date of the document) a date in the same year reads ``šī gada …``, as press releases write
    it; a date in another year keeps its year. ``style="numeric"`` writes ``01.06.2019.``: two-digit
    day and month, four-digit year, a dot after each (REFERENCE section 6); it has no case forms
    and no ``šī gada``, so ``relative_to`` is refused there.

    >>> format_date(date(2019, 6, 1)), format_date(date(2019, 6, 1), case="dat")
    ('2019.\\xa0gada\\xa01.\\xa0jūnijs', '2019.\\xa0gada\\xa01.\\xa0jūnijam')
    >>> format_date(date(2012, 8, 22), case="loc", relative_to=date(2012, 9, 3))
    'šī\\xa0gada\\xa022.\\xa0augustā'
    >>> format_date(date(2015, 11, 9), style="numeric")
    '09.11.2015.'
    """
    d = _check_date(d, "date")
    month = _month(d, case)
    if _check_choice(style, DATE_STYLES, "date style") == "numeric":
        if relative_to is not None:
            raise ValueError(
                "relative_to works only with style='long': '01.06.2019.' has no 'šī gada'"
            )
        return f"{d.day:02d}.{d.month:02d}.{d.year}."
    if relative_to is not None and _check_date(relative_to, "relative_to").year == d.year:
        year = f"šī{NBSP}gada"
    else:
        year = f"{d.year}.{NBSP}gada"
    return f"{year}{NBSP}{d.day}.{NBSP}{month}"


def format_date_range(
    start: date, end: date, *, style: RangeStyle = "from_to", case: Case = "loc"
) -> str:
    """Write a period from ``start`` to ``end`` (both included) in Latvian.

    ``style="from_to"`` writes ``no 2019. gada 1. jūnija līdz 2021. gada 31. janvārim``: the
    prepositions fix the cases (``no`` + genitive, ``līdz`` + dative; REFERENCE section 6), so
    ``case`` does not change it; the phrase is an adverbial that stands where a locative would.

    ``style="compact"`` within one month writes ``2015. gada 5.–6. novembrī``: an en dash and no
    spaces between the day numbers, the month in ``case`` (REFERENCE section 6). Across months or
    years it falls back to the ``no … līdz …`` form: we found no source for a shortened form of
    two dates with different months. The Latvian part of the EU Interinstitutional Style Guide
    (10.5.2, intervals) allows ``no 50 līdz 100`` or ``50–100`` but never a mix of the two, and
    REFERENCE section 6 says to write both dates in full or use ``no … līdz …``.

    A period of one day is that date in ``case``. ``start`` after ``end`` raises ``ValueError``.

    >>> format_date_range(date(2015, 11, 5), date(2015, 11, 6), style="compact")
    '2015.\\xa0gada\\xa05.–6.\\xa0novembrī'
    >>> format_date_range(date(2015, 11, 5), date(2015, 11, 5))
    '2015.\\xa0gada\\xa05.\\xa0novembrī'
    """
    start, end = _check_period(start, end)
    _check_choice(style, RANGE_STYLES, "range style")
    check_case(case)
    if start == end:
        return format_date(start, case=case)
    if style == "compact" and (start.year, start.month) == (end.year, end.month):
        return (f"{start.year}.{NBSP}gada{NBSP}{start.day}.{EN_DASH}{end.day}.{NBSP}"
                f"{_month(end, case)}")
    return f"no {format_date(start, case='gen')} līdz {format_date(end, case='dat')}"


def format_month_year(d: date, *, case: Case = "nom") -> str:
    """Write the month and year of ``d`` in Latvian, the month in ``case``.

    ``"loc"`` is "in that month" and ``"gen"`` follows ``no`` (``no 2013. gada decembra``).

    >>> format_month_year(date(2014, 2, 10), case="loc")
    '2014.\\xa0gada\\xa0februārī'
    >>> format_month_year(date(2013, 12, 1)), format_month_year(date(2013, 12, 1), case="gen")
    ('2013.\\xa0gada\\xa0decembris', '2013.\\xa0gada\\xa0decembra')
    """
    d = _check_date(d, "date")
    return f"{d.year}.{NBSP}gada{NBSP}{_month(d, case)}"


def months_between(start: date, end: date) -> int:
    """Count the whole calendar months from ``start`` to ``end``, both days included.

    A month is whole when the period reaches the day before the same day number a month later
    (1 June … 30 June, 15 June … 14 July); if that day number does not exist in the later month
    (31 January + 1 month), the month ends on that month's last day. What is left over, less
    than a month, is not counted: 2019-06-01 … 2021-01-30 is 19. This is how grant periods are
    written (REFERENCE section 6: 1 March 2016 – 28 February 2017 is 12 months). Erasmus+
    tools count mobility days by a 30-day month instead (EC wiki "Duration Calculated (days)
    field in KA131 mobility activities"), which would make that year 11 months and 28 days, so
    it is not used here. ``start`` after ``end`` raises ``ValueError``.

    >>> months_between(date(2019, 6, 1), date(2021, 1, 31))
    20
    >>> months_between(date(2016, 3, 1), date(2017, 2, 28))
    12
    >>> months_between(date(2019, 6, 15), date(2019, 7, 13))
    0
    """
    start, end = _check_period(start, end)
    after = end + timedelta(days=1)
    months = (after.year - start.year) * 12 + after.month - start.month
    return months - 1 if after.day < start.day else months


def format_duration(start: date, end: date) -> str:
    """Write the length of a period (both days included) in Latvian, in whole months.

    Months are counted by :func:`months_between`; a period shorter than a month is written in
    days. The noun agrees with the number through :func:`reportkit.lv.nouns.count`:
    ``20 mēneši``, ``31 mēnesis``, ``21 diena``, ``5 dienas`` (number and noun bound by a no-break
    space).

    >>> format_duration(date(2019, 6, 1), date(2021, 1, 31))
    '20\\xa0mēneši'
    >>> format_duration(date(2015, 11, 5), date(2015, 11, 9))
    '5\\xa0dienas'
    """
    from .nouns import count

    start, end = _check_period(start, end)
    months = months_between(start, end)
    if months:
        return count(months, "mēnesis")
    return count((end - start).days + 1, "diena")
