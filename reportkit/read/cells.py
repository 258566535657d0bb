"""Cells as offices leave them, made what they mean: every table reader passes each cell here.

A table typed in Excel carries what nobody sees: spaces before and after a name, two spaces
between given name and surname, a no-break space pasted from a web page, a zero-width space
from a PDF. Left in, they print: ``ka   Jānis  Bērziņš   no``, ``Ivanova ,``, a file named
``61_Bērziņš  _  Jānis.docx``. So every text cell of a batch table, a project workbook and
:func:`reportkit.read_table` is cleaned the same way (:func:`clean_text`):

- NFC (:mod:`.text`), so ``ē`` is one letter however it was typed;
- no-break spaces (U+00A0, the narrow U+202F, the figure space U+2007) and the other
  typographic spaces (U+2000–U+200A, U+3000) become a plain space; a tab becomes a space;
- zero-width spaces (U+200B), word joiners (U+2060) and stray byte-order marks (U+FEFF) are
  removed: they are invisible and a Latvian text never needs them;
- each line is trimmed and its runs of spaces made one; blank lines at the start and end go.
  Line breaks inside a cell (Alt+Enter) stay: they separate paragraphs.

    >>> clean_text("  Jānis \\u00a0 Bērziņš\\u200b  ")
    'Jānis Bērziņš'
    >>> clean_text("Pirmā rinda  \\r\\n  otrā")
    'Pirmā rinda\\notrā'

The reader's spaces for its own typography (``2019.\\u00a0gada``) are added by reportkit when
a document is made, so nothing a template needs is lost.

Dates and times (:func:`clean_cell`): a date-and-time at midnight is the date (that is how
Excel stores a typed date); a date with a real time of day is the date too, with a note the
reader gives as a located warning, since documents print dates. A whole number in a column
that must hold dates is an Excel serial date (``43617`` is 2019-06-01) when Excel was not told
the cell is a date (:func:`serial_date`).
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any

from reportkit.i18n import gettext as _

from .text import nfc

__all__ = ["clean_cell", "clean_text", "date_from_text", "serial_date"]

_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_LV_DATE = re.compile(r"^(\d{2})\.(\d{2})\.(\d{4})\.?$")
_AS_SPACE = {ord(c): " " for c in "\u00a0\u2007\u202f\u3000\t"} | {
    c: " " for c in range(0x2000, 0x200B)}
_REMOVED = {ord(c): None for c in "\u200b\u2060\ufeff"}
_TRANSLATION = _AS_SPACE | _REMOVED
_SPACES = re.compile(" {2,}")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def clean_text(text: str) -> str:
    """``text`` as a document should print it; see the module.

    >>> clean_text("Ivanova\\u00a0"), clean_text("\\n\\nA\\n\\nB\\n")
    ('Ivanova', 'A\\n\\nB')
    """
    text = nfc(text).translate(_TRANSLATION)
    lines = [_SPACES.sub(" ", line).strip() for line in _LINE_BREAK.split(text)]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines)


def clean_cell(value: Any) -> tuple[Any, str | None]:
    """A cell's value as a document should get it, and a note for the reader to warn with.

    >>> clean_cell(dt.datetime(2024, 5, 6))
    (datetime.date(2024, 5, 6), None)
    >>> clean_cell(dt.datetime(2024, 5, 6, 14, 30))[1]
    'holds the time 14:30 as well as the date 2024-05-06: documents use the date only'
    >>> clean_cell(" 007 "), clean_cell(12)
    (('007', None), (12, None))
    """
    if isinstance(value, str):
        return clean_text(value), None
    if isinstance(value, dt.datetime):
        day = value.date()
        if value.time() == dt.time():
            return day, None
        return day, _("holds the time {time} as well as the date {date}: documents use the "
                      "date only").format(time=f"{value:%H:%M}", date=day.isoformat())
    return value, None


# Excel's 1900 date system counts days from 1899-12-31, and counts 1900-02-29, a day that
# never was (a bug kept from Lotus 1-2-3): from serial 61 on, day 0 is 1899-12-30.
_LAST_SERIAL = 2958465  # 9999-12-31, the last date Excel has


def serial_date(value: Any, *, epoch: dt.date = dt.date(1899, 12, 30)) -> dt.date | None:
    """The date an Excel serial number stands for, or None when ``value`` is not one.

    ``epoch`` is the workbook's date system: 1899-12-30 (Excel for Windows, LibreOffice), or
    1904-01-01 for a workbook made in the 1904 system (old Excel for Mac).

    >>> serial_date(43617), serial_date(Decimal("43617")), serial_date(1), serial_date(60)
    (datetime.date(2019, 6, 1), datetime.date(2019, 6, 1), datetime.date(1900, 1, 1), None)
    >>> serial_date("43617"), serial_date(43617.5), serial_date(True)
    (None, None, None)
    """
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        return None
    if value != int(value) or not 1 <= value <= _LAST_SERIAL:
        return None
    days = int(value)
    if epoch == dt.date(1899, 12, 30) and days <= 60:
        if days == 60:  # 1900-02-29: not a date
            return None
        days += 1
    return epoch + dt.timedelta(days=days)


def date_from_text(text: str) -> dt.date | str:
    """The date a text writes as ``2019-06-01`` or ``01.06.2019.`` (the final dot optional);
    any other text as it is, a date that does not exist too (its field then says so).

    >>> date_from_text("01.06.2019"), date_from_text("2019-06-01"), date_from_text("31.02.2020.")
    (datetime.date(2019, 6, 1), datetime.date(2019, 6, 1), '31.02.2020.')
    """
    for pattern, order in ((_ISO_DATE, (1, 2, 3)), (_LV_DATE, (3, 2, 1))):
        match = pattern.match(text)
        if match:
            year, month, day = (int(match.group(i)) for i in order)
            try:
                return dt.date(year, month, day)
            except ValueError:
                return text
    return text
