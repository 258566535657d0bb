"""A project kept in a workbook (.xlsx from Excel, .ods from LibreOffice), read into the data a
project file holds, with the cell of every value.

The sheets and columns are :mod:`.bookschema`'s (``Projekts``, ``Partneri``, ``Mobilitātes``,
``Aktivitātes``, ``Budžets``, ``Izmaksas``, ``Kontakti``); ``reportkit new project --xlsx``
writes a starter. The data then goes through the same model as a YAML file's
(:func:`reportkit.load`), so every problem is one line at its cell, with the column named as
the workbook names it::

    projekts.xlsx:Partneri!C4: valsts: must be a two-letter ISO country code like LV, … (got 'Spanja'); did you mean 'Spānija'?

What a cell becomes: its value as :mod:`.workbook` (or :mod:`.ods`) reads it, cleaned as
:mod:`.cells` says (trimmed, spaces made plain); then by its column:

- a date column takes a date, a text ``2019-06-01`` or ``01.06.2019.``, a month ``2019-06``
  (a project's period), or an Excel serial number (``43617``, a cell Excel was not told is a
  date);
- a money column an amount (``22783``, ``22 783,00``); a number with fractions of a cent is
  refused at its cell, never rounded;
- a percent column a number from 0 to 100: a fraction such as ``0,2`` (a cell formatted as a
  percentage holds 0.2 for 20 %) is refused, since it cannot tell 0.2 % from 20 %;
- a text column a text; a number there is its digits (a registration number);
- a paragraphs column one paragraph per line of the cell (Alt+Enter);
- a choice column one of its Latvian words (``partneris``, ``vīrietis``) or the data's own
  value (``partner``, ``m``).

An empty cell leaves its field out. A sheet the schema does not have is not read (a warning
names it); a hidden sheet is never read, nor is ``Saraksti``, the starter's lists.
"""  # noqa: E501

from __future__ import annotations

import datetime as dt
import difflib
import itertools
import warnings
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportkit.errors import DataError, DataWarning, Loc, Problem
from reportkit.i18n import gettext as _

from .bookschema import LISTS_SHEET, SHEETS, Column, Sheet, folded, plain, sheet_named
from .cells import clean_cell, date_from_text, serial_date
from .places import Cell
from .workbook import Rows

__all__ = ["parse_book"]

_SKIP = object()  # an empty cell: its field is left out


def parse_book(path: Path) -> tuple[dict[str, Any], dict[Loc, int | Cell], list[Problem]]:
    """The project data of the workbook at ``path``, the cell of every value, and the
    problems found while reading it; a workbook that is no project workbook is a DataError."""
    sheets = _visible(path)
    found = {spec.name: (name, rows) for name, rows in sheets
             if (spec := sheet_named(name)) is not None}
    if "Projekts" not in found:
        names = ", ".join(repr(name) for name, _rows in sheets) or _("none")
        raise DataError(Problem(
            _("is not a project workbook: it has no sheet 'Projekts' (its sheets: {names}); "
              "start one with: reportkit new project --xlsx -o projekts.xlsx. A table of rows "
              "for documents goes to: reportkit batch TEMPLATE TABLE").format(names=names),
            file=str(path), code="workbook.not_a_project"))
    for name, _rows in sheets:
        if sheet_named(name) is None and folded(name) != folded(LISTS_SHEET):
            warnings.warn(DataWarning(str(Problem(
                _("this sheet is not read: the sheets of a project workbook are {sheets}").format(
                    sheets=", ".join(s.name for s in SHEETS)), file=str(path), sheet=name,
                        code="workbook.sheet_not_read"))),
                stacklevel=4)
    book = _Book(str(path))
    for spec in SHEETS:
        if spec.name in found:
            book.read(spec, *found[spec.name])
    return book.data, book.places, book.problems


def _visible(path: Path) -> list[tuple[str, Rows]]:
    if path.suffix.lower() == ".ods":
        from .ods import ods_sheets

        names, rows = ods_sheets(path)
        return [(name, rows[name]) for name, visible in names if visible]
    from .workbook import visible_sheets

    return visible_sheets(path)


def _letter(column: int) -> str:
    from openpyxl.utils.cell import get_column_letter

    return str(get_column_letter(column))


class _Book:
    """The data, places and problems of one workbook, sheet by sheet."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.data: dict[str, Any] = {"kind": "project"}
        self.places: dict[Loc, int | Cell] = {}
        self.problems: list[Problem] = []

    def problem(self, message: str, sheet: str, cell: str | None, label: str | None) -> None:
        self.problems.append(Problem(message, file=self.file, sheet=sheet, cell=cell,
                                     field=label, code="workbook.cell"))

    def put(self, loc: Loc, value: Any) -> None:
        target: Any = self.data
        for key, inner in itertools.pairwise(loc):
            if isinstance(target, list):
                while len(target) <= int(key):
                    target.append({})
                target = target[int(key)]
            else:
                target = target.setdefault(key, [] if isinstance(inner, int) else {})
        if isinstance(target, list):
            target.append(value)
        else:
            target[loc[-1]] = value

    def read(self, spec: Sheet, name: str, rows: Rows) -> None:
        reader: Callable[[Sheet, str, Rows], None] = {
            "form": self._form, "list": self._list, "roles": self._roles,
            "amounts": self._amounts}[spec.layout]
        if spec.target:  # a problem with the whole (costs that do not add up) at the sheet
            label = spec.columns[-1].label if spec.layout == "amounts" else None
            self.places[spec.target] = Cell(name, None, label)
        reader(spec, name, rows)

    # ---- one value per row: Projekts, Budžets ------------------------------------------------

    def _form(self, spec: Sheet, sheet: str, rows: Rows) -> None:
        seen: dict[str, int] = {}
        for n, cells in rows:
            label, value = [*cells, "", ""][:2]
            label = clean_cell(label)[0]
            if label == "":
                if not _blank(value):
                    self.problem(_("has a value but no name in column A: write the field's "
                                   "name there"), sheet, f"B{n}", None)
                continue
            column = spec.column(label)
            if column is None:
                self.problem(_unknown(spec, label, column=False), sheet, f"A{n}", None)
                continue
            if column.label in seen:
                self.problem(_twice(seen[column.label]), sheet, f"A{n}", column.label)
                continue
            seen[column.label] = n
            self._value(spec, column, (*spec.target, *column.loc), value,
                        Cell(sheet, f"B{n}", column.label))
        for column in spec.columns:
            self.places.setdefault((*spec.target, *column.loc), Cell(sheet, None, column.label))

    def _value(self, spec: Sheet, column: Column, loc: Loc, raw: Any, cell: Cell) -> None:
        self.places[loc] = cell
        value, problem = _converted(column, raw)
        if problem is not None:
            self.problem(problem, cell.sheet, cell.cell, cell.label)
        elif value is not _SKIP:
            self.put(loc, value)

    # ---- one item per row: Partneri, Mobilitātes, Aktivitātes ---------------------------------

    def _header(self, spec: Sheet, sheet: str, rows: Rows
                ) -> tuple[dict[int, Column], Rows] | None:
        """The columns by position and the rows below the header (None: an empty sheet); a
        column the sheet does not have is a problem, and the others are still read."""
        if not rows:
            return None
        n, header = rows[0]
        columns: dict[int, Column] = {}
        for i, text in enumerate(header, 1):
            text = clean_cell(text)[0]
            if text == "":
                if any(not _blank(cells[i - 1]) for _n, cells in rows[1:] if len(cells) >= i):
                    self.problem(_("column {letter} has values but no name in row {row}").format(
                        letter=_letter(i), row=n), sheet, f"{_letter(i)}{n}", None)
                continue
            column = spec.column(text)
            if column is None:
                self.problem(_unknown(spec, text, column=True), sheet, f"{_letter(i)}{n}", None)
            elif column in columns.values():
                self.problem(_("given twice: one column each"), sheet, f"{_letter(i)}{n}",
                             column.label)
            else:
                columns[i] = column
        return columns, rows[1:]

    def _list(self, spec: Sheet, sheet: str, rows: Rows) -> None:
        found = self._header(spec, sheet, rows)
        if found is None:
            return
        columns, items = found
        index = 0
        for n, cells in items:
            if all(_blank(c) for c in cells):
                continue
            self._item(spec, sheet, n, cells, columns, (*spec.target, index))
            index += 1

    def _item(self, spec: Sheet, sheet: str, n: int, cells: list[Any],
              columns: dict[int, Column], at: Loc) -> None:
        self.places[at] = Cell(sheet, f"A{n}", None)
        self.put(at, {})
        for i, column in columns.items():
            raw = cells[i - 1] if i <= len(cells) else ""
            self._value(spec, column, (*at, *column.loc), raw,
                        Cell(sheet, f"{_letter(i)}{n}", column.label))
        for column in spec.columns:
            self.places.setdefault((*at, *column.loc), Cell(sheet, None, _(
                "{column}, row {row}").format(column=column.label, row=n)))

    # ---- Kontakti: the contact person and the signatory -------------------------------------

    def _roles(self, spec: Sheet, sheet: str, rows: Rows) -> None:
        found = self._header(spec, sheet, rows)
        if found is None:
            return
        columns, items = found
        where = {c.field: i for i, c in columns.items()}
        first: dict[str, int] = {}
        roles = ", ".join(spec.roles)
        for n, cells in items:
            if all(_blank(c) for c in cells):
                continue
            i = where.get("role", 0)
            written = clean_cell(cells[i - 1])[0] if 0 < i <= len(cells) else ""
            role = folded(written)
            cell = f"{_letter(i or 1)}{n}"
            if role not in spec.roles:
                message = (_("must be one of: {choices} (got {value})") if role else
                           _("is empty: write one of: {choices}"))
                self.problem(message.format(choices=roles, value=repr(written)), sheet, cell,
                             "loma")
                continue
            if role in first:
                self.problem(_("the role {role} is given twice (first in row {row}): one row "
                               "for each role").format(role=role, row=first[role]),
                             sheet, cell, "loma")
                continue
            first[role] = n
            own = {i: c for i, c in columns.items()
                   if c.field != "role" and c.only in (None, role)}
            for i, c in columns.items():
                if c.only not in (None, role) and i <= len(cells) and not _blank(cells[i - 1]):
                    self.problem(_("only the {only} has this: leave it empty for the "
                                   "{role}").format(only=c.only, role=role),
                                 sheet, f"{_letter(i)}{n}", c.label)
            self._item(spec, sheet, n, cells, own, (spec.roles[role],))

    # ---- Izmaksas: amounts by cost category -------------------------------------------------

    def _amounts(self, spec: Sheet, sheet: str, rows: Rows) -> None:
        from reportkit.lv.money import parse_amount

        found = self._header(spec, sheet, rows)
        if found is None:
            return
        columns, items = found
        at = {c.field: i for i, c in columns.items()}
        if set(at) != {"category", "amount"}:
            self.problem(_("needs the columns kategorija and summa"), sheet, "A1", None)
            return
        seen: dict[str, int] = {}
        for n, cells in items:
            key, amount = (clean_cell(cells[at[f] - 1])[0] if at[f] <= len(cells) else ""
                           for f in ("category", "amount"))
            if _blank(key) and _blank(amount):
                continue
            here = Cell(sheet, f"{_letter(at['category'])}{n}", "kategorija")
            money = Cell(sheet, f"{_letter(at['amount'])}{n}", "summa")
            if _blank(key):
                self.problem(_("is required beside an amount"), here.sheet, here.cell,
                             here.label)
                continue
            key = str(key)
            if key in seen:
                self.problem(_twice(seen[key]), here.sheet, here.cell, here.label)
                continue
            seen[key] = n
            loc = (*spec.target, key)
            try:  # the model says what is wrong with an amount: at its cell, not the category's
                parse_amount(amount if not isinstance(amount, bool) else str(amount))
            except (TypeError, ValueError):
                here = money
            self.places[loc] = here
            self.put(loc, amount)


def _blank(value: Any) -> bool:
    return value == "" or value is None or (isinstance(value, str) and
                                            clean_cell(value)[0] == "")


def _twice(first: int) -> str:
    return _("given twice (first in row {row})").format(row=first)


def _unknown(spec: Sheet, name: str, *, column: bool) -> str:
    """A name that is none of the sheet's columns (or, on a form sheet, fields), with the one
    meant: the name with the letters' marks it lacks, else the closest."""
    labels = [c.label for c in spec.columns]
    meant = _meant(name, labels)
    if meant is not None:
        message = (_("{name} is not a column of this sheet; did you mean {meant}?") if column
                   else _("{name} is not a field of this sheet; did you mean {meant}?"))
        return message.format(name=repr(name), meant=repr(meant))
    message = (_("{name} is not a column of this sheet; its columns are: {names}") if column
               else _("{name} is not a field of this sheet; its fields are: {names}"))
    return message.format(name=repr(name), names=", ".join(labels))


def _meant(name: str, labels: list[str]) -> str | None:
    """The label ``name`` was meant to be: the one it is without diacritics (``Vards`` for
    ``Vārds``), else the closest by spelling, else None.

    >>> _meant("Vards", ["Varde", "Vārds"]), _meant("vālsts", ["valsts", "loma"])
    ('Vārds', 'valsts')
    >>> _meant("Skola", ["Skolā", "Skolas"]), _meant("xyz", ["valsts"])
    ('Skolā', None)
    """
    bare = [x for x in labels if plain(folded(x)) == plain(folded(name))]
    if len(bare) == 1:
        return bare[0]
    close = difflib.get_close_matches(folded(name), [folded(x) for x in labels], n=1,
                                      cutoff=0.6)
    return next(x for x in labels if folded(x) == close[0]) if close else None


def _converted(column: Column, raw: Any) -> tuple[Any, str | None]:
    """A cell's value for its column's field, or the reason it cannot be one."""
    value, _note = clean_cell(raw)  # a time of day: the model's date is the date
    if _blank(value):
        return _SKIP, None
    convert = _CONVERTERS.get(column.kind)
    return convert(column, value) if convert is not None else (value, None)


def _text(value: Any) -> str:
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


def _as_text(_column: Column, value: Any) -> tuple[Any, str | None]:
    return _text(value), None


def _paragraphs(_column: Column, value: Any) -> tuple[Any, str | None]:
    return [line for line in _text(value).split("\n") if line], None


def _date(_column: Column, value: Any) -> tuple[Any, str | None]:
    if isinstance(value, str):
        return date_from_text(value), None
    day = serial_date(value)
    return (day if day is not None else value), None


def _percent(_column: Column, value: Any) -> tuple[Any, str | None]:
    if isinstance(value, Decimal | int) and not isinstance(value, bool) and 0 < value < 1:
        whole = _text(Decimal(value * 100).normalize())
        return None, _("is {value}: write the percentage as a number from 0 to 100, such as "
                       "{whole} for {whole} % (a cell formatted as a percentage holds its "
                       "hundredth part)").format(value=_text(value), whole=whole)
    return value, None


def _choice(column: Column, value: Any) -> tuple[Any, str | None]:
    text = _text(value)
    if not column.choices:
        return text, None
    if folded(text) in column.choices:
        return column.choices[folded(text)], None
    if text in column.choices.values():
        return text, None
    return None, _("must be one of: {choices} (got {value})").format(
        choices=", ".join(column.choices), value=repr(text))


_CONVERTERS: dict[str, Callable[[Column, Any], tuple[Any, str | None]]] = {
    "text": _as_text, "country": _as_text, "paragraphs": _paragraphs, "date": _date,
    "percent": _percent, "choice": _choice,
}
