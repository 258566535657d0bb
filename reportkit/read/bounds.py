"""How much a data file or table may hold, checked before anything large is built.

A data file or table comes from someone else as often as not; a few kilobytes can be written
so that reading them takes gigabytes (YAML aliases repeating each other, a workbook whose one
shared text unpacks to 400 MB). Each limit is far above any real project file, table or
workbook, and each is checked before the thing it bounds is built, so a breach is one located
:class:`~reportkit.errors.DataError` and never an exhausted machine:

==================  ===============================================================
``MAX_FILE_BYTES``  a YAML or JSON data file, a word-forms file: 10 MiB
``MAX_TABLE_BYTES`` a .csv table; in a workbook, each sheet and the shared texts,
                    unpacked: 100 MiB
``MAX_VALUES``      values in a data file, counting every use of an alias: 200 000
``MAX_TEXT``        characters in one text (a field, a cell): 1 000 000
``MAX_DIGITS``      digits in one number: 40
``MAX_DEPTH``       lists and mappings inside each other: 100
==================  ===============================================================

    >>> check_number("9" * 41, "p.yaml", 3, "mobilities_planned")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    reportkit.errors.DataError: p.yaml:3: mobilities_planned: a number of 41 digits is longer ...
"""

from __future__ import annotations

import re

from reportkit.errors import DataError, Problem
from reportkit.i18n import N_
from reportkit.i18n import gettext as _

__all__ = ["MAX_DEPTH", "MAX_DIGITS", "MAX_FILE_BYTES", "MAX_TABLE_BYTES", "MAX_TEXT",
           "MAX_VALUES", "Counter", "check_characters", "check_number", "check_text",
           "mebibytes"]

MAX_FILE_BYTES = 10 * 2**20
MAX_TABLE_BYTES = 100 * 2**20
MAX_VALUES = 200_000
MAX_TEXT = 1_000_000
MAX_DIGITS = 40
MAX_DEPTH = 100

# What YAML 1.2 does not allow in a file (its c-printable set, section 5.1): control characters
# other than tab and line breaks, DEL, the C1 controls other than NEL, surrogates, U+FFFE/FFFF.
_NOT_YAML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")
_NAMES = {"\x00": N_("a NUL character (U+0000)"), "\x0c": N_("a form feed (U+000C)"),
          "\x1b": N_("an escape character (U+001B)"), "\x7f": N_("a delete character (U+007F)"),
          "\x0b": N_("a vertical tab (U+000B)")}


def _thousands(n: int) -> str:
    return f"{n:,}".replace(",", " ")


def mebibytes(size: int) -> str:
    """A size as people read it.

    >>> mebibytes(10 * 2**20), mebibytes(1536)
    ('10 MiB', '1.5 KiB')
    """
    for unit, scale in (("GiB", 2**30), ("MiB", 2**20), ("KiB", 2**10)):
        if size >= scale:
            return f"{size / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{size} bytes"


def check_characters(text: str, name: str, what: str) -> None:
    """Refuse a character ``what`` (YAML) does not allow, at its line, named.

    >>> text = "kind: project\\ntitle: A\\x0cB\\n"
    >>> check_characters(text, "p.yaml", "YAML")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    reportkit.errors.DataError: p.yaml:2: holds a form feed (U+000C), which YAML does not ...
    """
    found = _NOT_YAML.search(text)
    if found is None:
        return
    char = found.group()
    named = _(_NAMES.get(char, "")) or _("the control character {code}").format(
        code=f"U+{ord(char):04X}")
    line = text.count("\n", 0, found.start()) + 1
    hint = " " + _("(text pasted from Word can bring one)") if char == "\x0c" else ""
    raise DataError(Problem(_("holds {character}, which {format} does not allow: delete it"
                              ).format(character=named, format=what) + hint,
                            file=name, line=line, code="data.character"))


def check_number(text: str, name: str, line: int | None, field: str | None) -> None:
    """Refuse a number written with more than ``MAX_DIGITS`` digits."""
    digits = sum(c.isdigit() for c in text)
    if digits > MAX_DIGITS:
        raise DataError(Problem(_("a number of {digits} digits is longer than any field takes "
                                  "(at most {most})").format(digits=digits, most=MAX_DIGITS),
                                file=name, line=line, field=field, code="data.too_long"))


def check_text(text: str, name: str, line: int | None, field: str | None) -> None:
    """Refuse a text of more than ``MAX_TEXT`` characters.

    >>> check_text("a" * (MAX_TEXT + 1), "p.yaml", 2, "title")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    reportkit.errors.DataError: p.yaml:2: title: a text of 1 000 001 characters is too long ...
    """
    if len(text) > MAX_TEXT:
        raise DataError(Problem(_("a text of {length} characters is too long (at most {most} "
                                  "in one field)").format(length=_thousands(len(text)),
                                                          most=_thousands(MAX_TEXT)),
                                file=name, line=line, field=field, code="data.too_long"))


class Counter:
    """Counts the values a file will be built into; past ``MAX_VALUES`` it stops the reading.

    >>> counter = Counter("p.yaml")
    >>> counter.add(MAX_VALUES + 1, 4, "b", alias=True)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    reportkit.errors.DataError: p.yaml:4: b: an alias (*name) here makes the file more than ...
    """

    def __init__(self, name: str) -> None:
        self.name = name
        self.total = 0

    def add(self, count: int, line: int | None, field: str | None, *, alias: bool = False
            ) -> None:
        """Count ``count`` more values, found at ``line`` and ``field``."""
        self.total += count
        if self.total <= MAX_VALUES:
            return
        if alias:
            message = _("an alias (*name) here makes the file more than {most} values; write the "
                        "values out instead of repeating aliases")
        else:
            message = _("the file holds more than {most} values, more than a data file may hold")
        raise DataError(Problem(message.format(most=_thousands(MAX_VALUES)), file=self.name,
                                line=line, field=field or None, code="data.too_many"))
