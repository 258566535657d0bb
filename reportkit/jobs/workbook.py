"""The starter project workbook: what ``reportkit new project --xlsx`` writes.

The workbook holds the very facts of the YAML starter (``reportkit new project``), laid out as
:mod:`reportkit.read.bookschema` says: a sheet each for the project, partners, mobilities,
activities, budget, costs and contacts, the headers in Latvian with a note on each (a comment
Excel and LibreOffice show when the pointer rests on it), drop-down lists for the programmes,
countries, roles and the like (from a hidden sheet ``Saraksti``; a value not in the list is
still taken, after a warning, so a country's code can be typed too), dates as dates and
amounts as numbers with cents. It loads as it is, into the same project as the YAML starter.

    >>> import tempfile
    >>> out = Path(tempfile.mkdtemp()) / "projekts.xlsx"
    >>> write_workbook_starter(out).name
    'projekts.xlsx'
    >>> from reportkit.read import load
    >>> load(out) == load_starter()
    True
"""

from __future__ import annotations

import datetime as dt
import os
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reportkit.models import Project
    from reportkit.read.bookschema import Column, Sheet

__all__ = ["load_starter", "write_workbook_starter"]

_DATE_FORMAT = "DD.MM.YYYY"  # as a Latvian Excel shows dates (and reportkit reads them)
_MONEY_FORMAT = "#,##0.00"  # Excel shows the thousands and decimal marks of the computer's locale
_NOTE_SIZE = (90, 260)  # the comment box, in points: room for a note of two or three lines


def load_starter() -> Project:
    """The project of the YAML starter, as :func:`reportkit.load` reads it.

    >>> load_starter().title
    'Inovācijas pieaugušo izglītībā'
    """
    from reportkit.models import Project
    from reportkit.read.yamldoc import parse

    from .starters import starter

    data, _lines, _problems = parse(starter("project"), "project.yaml")
    return Project.model_validate(data)


def write_workbook_starter(path: str | os.PathLike[str], *, force: bool = False) -> Path:
    """Write the starter project workbook to ``path`` (.xlsx); an existing file is kept
    unless ``force``."""
    from openpyxl import Workbook

    from reportkit.output.atomic import atomic_path
    from reportkit.read.bookschema import SHEETS

    from .starters import new_file

    out = new_file(path, "projekts.xlsx", force=force)
    data = load_starter().model_dump(exclude_unset=True)
    book = Workbook()
    book.remove(book.active)
    lists = _lists(book)
    for spec in SHEETS:
        _sheet(book.create_sheet(spec.name), spec, data, lists)
    book.active = 0
    with atomic_path(out) as tmp:
        book.save(tmp)
    return out


def _lists(book: Any) -> dict[str, str]:
    """The hidden sheet of drop-down lists; each list's range by name."""
    from reportkit.lv.countries import countries
    from reportkit.models.programme_data import programme_data
    from reportkit.models.programmes import schemes
    from reportkit.read.bookschema import (
        GENDERS,
        LISTS_SHEET,
        ROLES,
        ROUNDINGS,
        SIGNATURES,
        folded,
        sheet_named,
    )

    contacts = sheet_named("Kontakti")
    categories = sorted({c.key for e in programme_data().programmes.values()
                         for c in e.categories})
    lists = {
        "programmes": schemes(),
        "countries": sorted(countries().values(), key=folded),
        "roles": list(ROLES), "genders": list(GENDERS), "signatures": list(SIGNATURES),
        "roundings": list(ROUNDINGS), "categories": categories,
        "authorities": sorted(programme_data().agencies),
        "contact_roles": list(contacts.roles) if contacts is not None else [],
    }
    sheet = book.create_sheet(LISTS_SHEET)
    sheet.sheet_state = "hidden"
    ranges = {}
    for column, (name, values) in enumerate(lists.items(), 1):
        letter = _letter(column)
        sheet.cell(1, column, name)
        for row, value in enumerate(values, 2):
            sheet.cell(row, column, value)
        ranges[name] = f"{LISTS_SHEET}!${letter}$2:${letter}${len(values) + 1}"
    return ranges


def _letter(column: int) -> str:
    from openpyxl.utils.cell import get_column_letter

    return str(get_column_letter(column))


def _sheet(ws: Any, spec: Sheet, data: dict[str, Any], lists: dict[str, str]) -> None:
    from openpyxl.styles import Font

    if spec.layout == "form":
        for row, column in enumerate(spec.columns, 1):
            label = ws.cell(row, 1, column.label)
            label.font = Font(bold=True)
            _note(label, column)
            _put(ws.cell(row, 2), column, _get(data, (*spec.target, *column.loc)))
            _drop_down(ws, column, f"B{row}", lists)
        ws.column_dimensions["A"].width = 34
        ws.column_dimensions["B"].width = 60
        return
    for i, column in enumerate(spec.columns, 1):
        header = ws.cell(1, i, column.label)
        header.font = Font(bold=True)
        _note(header, column)
        _drop_down(ws, column, f"{_letter(i)}2:{_letter(i)}1000", lists)
        ws.column_dimensions[_letter(i)].width = max(14, len(column.label) + 4)
    ws.freeze_panes = "A2"
    for row, item in enumerate(_items(spec, data), 2):
        for i, column in enumerate(spec.columns, 1):
            _put(ws.cell(row, i), column, item.get(column.field))


def _items(spec: Sheet, data: dict[str, Any]) -> list[dict[str, Any]]:
    """The rows a list sheet holds, each by field."""
    if spec.layout == "roles":
        return [{**_get(data, (field,)), "role": role}
                for role, field in spec.roles.items() if _get(data, (field,))]
    if spec.layout == "amounts":
        amounts = _get(data, spec.target) or {}
        return [{"category": key, "amount": amount} for key, amount in amounts.items()]
    return list(_get(data, spec.target) or [])


def _get(data: Any, loc: tuple[Any, ...]) -> Any:
    for key in loc:
        data = data.get(key) if isinstance(data, dict) else None
    return data


def _put(cell: Any, column: Column, value: Any) -> None:
    """A value written as the column shows it: a date, an amount, a country's name, a choice
    in Latvian, paragraphs one to a line."""
    from openpyxl.styles import Alignment

    from reportkit.lv.countries import countries

    if value is None:
        return
    if column.kind == "paragraphs" and isinstance(value, list):
        cell.value = "\n".join(value)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    elif column.kind == "country":
        cell.value = countries().get(value, value)
    elif column.kind == "choice" and column.choices:
        latvian = {v: k for k, v in column.choices.items()}
        cell.value = latvian.get(value, value)
    elif isinstance(value, dt.date):
        cell.value = value
        cell.number_format = _DATE_FORMAT
    elif column.kind == "money" and isinstance(value, Decimal | int):
        cell.value = value
        cell.number_format = _MONEY_FORMAT
    else:
        cell.value = value


def _note(cell: Any, column: Column) -> None:
    from openpyxl.comments import Comment

    if column.note:
        comment = Comment(column.note, "reportkit")
        comment.width, comment.height = _NOTE_SIZE[1], _NOTE_SIZE[0]
        cell.comment = comment


def _drop_down(ws: Any, column: Column, cells: str, lists: dict[str, str]) -> None:
    """A list to choose from; another value is still taken after a warning (a country code)."""
    from openpyxl.worksheet.datavalidation import DataValidation

    if column.listed is None or column.listed not in lists:
        return
    check = DataValidation(type="list", formula1=f"={lists[column.listed]}", allow_blank=True,
                           errorStyle="warning", showErrorMessage=True,
                           error="Šīs vērtības nav sarakstā. Vai tiešām ierakstīt to?",
                           errorTitle="reportkit")
    check.add(cells)
    ws.add_data_validation(check)
