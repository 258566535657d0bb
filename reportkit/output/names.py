"""Output file names made from data, safe on every file system and never colliding.

:class:`NamePattern` makes them from a pattern (``--name "{code}.docx"``).

A batch names each document from its row (``--name "{code}.docx"``); the values come from a
spreadsheet, so they may hold slashes, colons, quotes, control characters, Windows device names
(``CON``, ``NUL``) or be far too long. Latvian letters are kept: every modern file system stores
them.

    >>> safe_filename('Projekts: "Bērni dabā"/2020?.docx')
    'Projekts_ _Bērni dabā__2020_.docx'
    >>> unique_names(["a.docx", "A.docx", "a.docx"])
    ['a.docx', 'A-2.docx', 'a-3.docx']
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from reportkit.errors import Problem, shorten
from reportkit.i18n import gettext as _

__all__ = ["NamePattern", "UnknownName", "safe_filename", "unique_names"]

# Characters Windows refuses in names (and '/' everywhere), plus C0 controls and DEL.
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
# Names Windows reserves for devices, with or without an extension.
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
             *(f"LPT{i}" for i in range(1, 10))}
_MAX_BYTES = 200  # below every common limit (255 bytes on ext4/NTFS), leaving room for "-12"


def safe_filename(name: str, *, default: str = "dokuments") -> str:
    """Return ``name`` with every character a file system may refuse replaced by ``_``.

    Also: NFC-normalised (so ``ā`` is one code point, as macOS and Windows expect), no leading or
    trailing spaces and dots, Windows device names prefixed with ``_``, at most 200 UTF-8 bytes
    (the extension kept), and ``default`` when nothing is left.

    >>> safe_filename("CON.docx"), safe_filename(" ..docx"), safe_filename("a/../b")
    ('_CON.docx', 'dokuments.docx', 'a_.._b')
    """
    text = _FORBIDDEN.sub("_", unicodedata.normalize("NFC", name))
    stem, dot, ext = text.rpartition(".")
    if not dot or not ext or len(ext) > 10 or " " in ext:
        stem, ext = text, ""
    stem = stem.lstrip(" .").rstrip(" " if ext else " .")  # no hidden files, no trailing dot
    if not stem:
        stem = default
    if stem.split(".")[0].upper() in _RESERVED:
        stem = "_" + stem
    suffix = f".{ext}" if ext else ""
    return _truncate(stem, _MAX_BYTES - len(suffix.encode())) + suffix


def _truncate(text: str, max_bytes: int) -> str:
    encoded = text.encode()
    if len(encoded) <= max_bytes:
        return text
    return encoded[:max_bytes].decode(errors="ignore").rstrip(" .")


def unique_names(names: Iterable[str]) -> list[str]:
    """Make names unique, ignoring case (Windows and macOS do), by adding ``-2``, ``-3``, …

    >>> unique_names(["x.docx", "x-2.docx", "x.docx"])
    ['x.docx', 'x-2.docx', 'x-3.docx']
    """
    taken: set[str] = set()
    result = []
    for name in names:
        stem, dot, ext = name.rpartition(".")
        if not dot:
            stem, ext = name, ""
        candidate, counter = name, 1
        while candidate.casefold() in taken:
            counter += 1
            candidate = f"{stem}-{counter}.{ext}" if dot else f"{stem}-{counter}"
        taken.add(candidate.casefold())
        result.append(candidate)
    return result


class _Fields(string.Formatter):
    """``str.format`` where ``{partner.name}`` reads the nested key, as a dotted header wrote it.

    >>> _Fields().format("{a.b}-{n:03d}", a={"b": "x"}, n=7)
    'x-007'
    >>> _Fields().format("{code:03d}", code="A-1")
    Traceback (most recent call last):
    ...
    reportkit.output.names._Unformattable: ('code', 'A-1', '03d')
    """

    field = ""  # the name being formatted, for the message when its value does not fit

    def get_field(self, field_name: str, args: Sequence[Any],
                  kwargs: Mapping[str, Any]) -> tuple[Any, str]:
        first, *rest = field_name.split(".")
        if first not in kwargs:
            raise KeyError(field_name)
        value = kwargs[first]
        for part in rest:
            if isinstance(value, Mapping) and part in value:
                value = value[part]
            elif not isinstance(value, Mapping) and hasattr(type(value), "model_fields") and (
                    part in type(value).model_fields):
                value = getattr(value, part)  # a model's field: {project.code}
            else:
                raise KeyError(field_name)
        self.field = field_name
        return value, first

    def format_field(self, value: Any, format_spec: str) -> Any:
        try:
            return super().format_field(value, format_spec)
        except (ValueError, TypeError):  # {code:03d} of a text
            raise _Unformattable(self.field, value, format_spec) from None


class _Unformattable(ValueError):
    """A value the pattern's format (``:03d``) cannot write: (name, value, format)."""


class UnknownName(KeyError):
    """A name pattern reads a name the records do not have: every record would fail alike."""

    def __init__(self, name: str, available: list[str]) -> None:
        super().__init__(name)
        self.name, self.available = name, available


class NamePattern:
    """File names from a pattern over a record's names: ``{code}``, dotted ``{partner.name}``,
    ``{index}`` (1, 2, … in order) and ``{row}`` (a table's row number, when given); made safe
    with :func:`safe_filename`, ending in ``suffix`` and, by :meth:`names`, unique.

    The one name formatter: ``Template.render_many``, ``reportkit batch`` and the command line
    all name files through it.

    >>> NamePattern("{school.name}").name({"school": {"name": "A/B"}}, index=1)
    'A_B.docx'
    >>> NamePattern("{kods}.docx").name({"code": "1"}, index=1)
    Traceback (most recent call last):
    ...
    reportkit.output.names.UnknownName: 'kods'
    """

    def __init__(self, pattern: str, suffix: str = ".docx") -> None:
        self.pattern, self.suffix = pattern, suffix

    def __repr__(self) -> str:
        return f"NamePattern({self.pattern!r})"

    def name(self, values: Mapping[str, Any], *, index: int, row: int | None = None) -> str:
        """The safe file name of one record. A name the record lacks is :class:`UnknownName`;
        a value the pattern cannot format (``{n:d}`` of a text) or a pattern that is not one (a
        brace alone) is a ``ValueError`` that says so.

        >>> NamePattern("{code:03d}").name({"code": "A-1"}, index=1)
        Traceback (most recent call last):
        ...
        ValueError: cannot make a file name from '{code:03d}': the value of code is 'A-1', \
which cannot be written as :03d
        >>> NamePattern("{code.docx").name({"code": "A-1"}, index=1)
        Traceback (most recent call last):
        ...
        ValueError: cannot make a file name from '{code.docx': write each name in braces, as \
in '{code}.docx', and a brace itself twice
        """
        extra = {"index": index} if row is None else {"index": index, "row": row}
        try:
            text = _Fields().format(self.pattern, **{**values, **extra})
        except KeyError as exc:
            key = str(exc.args[0]) if exc.args else self.pattern
            raise UnknownName(key, [*_columns(values), *extra]) from None
        except _Unformattable as exc:
            name, value, spec = exc.args
            raise ValueError(_("cannot make a file name from {pattern}: the value of {name} is "
                               "{value}, which cannot be written as :{spec}").format(
                pattern=repr(self.pattern), name=name, value=shorten(repr(value), 40),
                spec=spec)) from None
        except (ValueError, TypeError, IndexError, AttributeError):  # a brace alone, {0!x}
            raise ValueError(_("cannot make a file name from {pattern}: write each name in "
                               "braces, as in '{{code}}.docx', and a brace itself twice").format(
                pattern=repr(self.pattern))) from None
        safe = safe_filename(text)
        if safe.lower().endswith(self.suffix):
            return safe
        return safe_filename(safe + self.suffix)

    def names(self, records: Sequence[Mapping[str, Any]],
              rows: Sequence[int] | None = None) -> list[str | Problem]:
        """Each record's unique file name (``-2``, ``-3`` … added ignoring case), or a Problem
        in its place when its values cannot be formatted. :class:`UnknownName` is raised as it
        is: the pattern is wrong for every record.

        >>> NamePattern("{code}").names([{"code": "A"}, {"code": "a"}, {"code": "B"}])
        ['A.docx', 'a-2.docx', 'B.docx']
        """
        made: list[str | Problem] = []
        for index, values in enumerate(records, start=1):
            row = None if rows is None else rows[index - 1]
            try:
                made.append(self.name(values, index=index, row=row))
            except UnknownName:
                raise
            except ValueError as exc:
                made.append(Problem(str(exc), code="output.name_pattern"))
        unique = iter(unique_names([m for m in made if isinstance(m, str)]))
        return [m if isinstance(m, Problem) else next(unique) for m in made]


def _columns(values: Mapping[str, Any], prefix: str = "") -> list[str]:
    """The names a record offers, dotted for nested mappings: ``school.name``."""
    names: list[str] = []
    for key, value in values.items():
        if isinstance(value, Mapping):
            names += _columns(value, f"{prefix}{key}.")
        else:
            names.append(f"{prefix}{key}")
    return names
