"""Reading a LibreOffice workbook (.ods) into rows of values, as LibreOffice shows them.

python-calamine (the Python binding of the Rust ``calamine`` reader) reads the cells. What a
cell becomes is what :mod:`.workbook` gives for an .xlsx: a number ``int`` when whole,
otherwise ``Decimal`` with the 15 significant digits LibreOffice shows (calamine hands over a
binary float; its shortest exact text is read, so ``0.1 + 0.2`` is ``0.3``); a date
``date`` (``datetime`` with a time of day); a text NFC; an empty cell ``""``.

Two things calamine loses, read here from the sheet's XML (``content.xml``) in one pass that
builds nothing but the places it finds:

- an error value (``#DIV/0!``, ``Err:502``): calamine gives an empty text, which would
  silently leave a blank in a document; it is refused, located ``sheet!cell``;
- merged cells: every cell of a merged block gets the block's value, as in :mod:`.workbook`.

The package is bounded before anything is unpacked (:mod:`.bounds`: a sheet's XML at most
``MAX_TABLE_BYTES``), and a password-protected workbook is named as such.

    >>> from pathlib import Path
    >>> ods_sheets(Path("nav.ods"))
    Traceback (most recent call last):
    ...
    reportkit.errors.DataError: nav.ods: cannot be read: No such file or directory
"""

from __future__ import annotations

import datetime as dt
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportkit.errors import DataError, Problem
from reportkit.i18n import gettext as _
from reportkit.i18n import os_reason

from .bounds import MAX_TABLE_BYTES, MAX_TEXT, mebibytes
from .text import nfc
from .workbook import Rows, excel_number, shows_error, too_long

__all__ = ["ods_sheets"]

_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_CALCEXT = "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_CELLS = {f"{{{_TABLE}}}table-cell", f"{{{_TABLE}}}covered-table-cell"}


@dataclass
class _Marks:
    """What the XML says and calamine does not: error cells and merged blocks, by sheet."""

    errors: dict[str, list[tuple[int, int, str]]] = field(default_factory=dict)
    merged: dict[str, list[tuple[int, int, int, int]]] = field(default_factory=dict)


def ods_sheets(path: Path) -> tuple[list[tuple[str, bool]], dict[str, Rows]]:
    """The workbook's sheets in order as ``(name, visible)``, and the rows of every visible
    one; every problem of them at once is a DataError."""
    _check_package(path)
    import python_calamine as calamine

    try:
        book = calamine.load_workbook(str(path))
        sheets = [(m.name, m.visible == calamine.SheetVisibleEnum.Visible)
                  for m in book.sheets_metadata]
        values = {name: book.get_sheet_by_name(name).to_python(skip_empty_area=False)
                  for name, visible in sheets if visible}
    except calamine.PasswordError:
        raise _protected(path) from None
    except (calamine.CalamineError, OSError, ValueError) as exc:
        raise DataError(Problem(_("not a readable .ods workbook: a part of it is damaged or "
                                  "missing ({reason}): open it in LibreOffice and save it "
                                  "again").format(reason=exc),
                                file=str(path), code="table.unreadable")) from None
    marks = _marks(path)
    problems: list[Problem] = []
    rows = {name: _rows(path, name, cells, marks, problems) for name, cells in values.items()}
    if problems:
        raise DataError(problems)
    return sheets, rows


def _protected(path: Path) -> DataError:
    return DataError(Problem(_("is password-protected: save it again without a password"),
                             file=str(path), code="table.protected"))


def _check_package(path: Path) -> None:
    name = str(path)
    try:
        with zipfile.ZipFile(path) as zf:
            entries = {info.filename: info for info in zf.infolist()}
            manifest = zf.read("META-INF/manifest.xml") if "META-INF/manifest.xml" in entries \
                else b""
    except zipfile.BadZipFile:
        raise DataError(Problem(_("not a readable .ods workbook: the file is damaged or "
                                  "incomplete: save it again from LibreOffice"), file=name,
                                code="table.unreadable")) from None
    except OSError as exc:
        raise DataError(Problem(_("cannot be read: {reason}").format(
            reason=os_reason(exc)), file=name, code="file.unreadable")) from None
    if b"encryption-data" in manifest:
        raise _protected(path)
    content = entries.get("content.xml")
    if content is None:
        raise DataError(Problem(_("not a readable .ods workbook: it has no sheets "
                                  "(content.xml): open it in LibreOffice and save it again"),
                                file=name, code="table.unreadable"))
    if content.file_size > MAX_TABLE_BYTES:
        raise DataError(Problem(_("its sheets unpack to {size}, more than a table may hold "
                                  "({limit})").format(size=mebibytes(content.file_size),
                                                      limit=mebibytes(MAX_TABLE_BYTES)),
                                file=name, code="table.too_large"))


def _marks(path: Path) -> _Marks:
    """The error cells and merged blocks of every sheet, as (row, column) from 1."""
    from lxml import etree

    marks = _Marks()
    sheet, row, column = "", 0, 0
    with zipfile.ZipFile(path) as zf, zf.open("content.xml") as xml:
        for event, element in etree.iterparse(xml, events=("start", "end"), huge_tree=False):
            tag = element.tag
            if event == "start":
                if tag == f"{{{_TABLE}}}table":
                    sheet, row = nfc(element.get(f"{{{_TABLE}}}name", "")), 0
                elif tag == f"{{{_TABLE}}}table-row":
                    row, column = row + 1, 0
                continue
            if tag in _CELLS:
                column += 1
                _mark(marks, sheet, row, column, element)
                column += int(element.get(f"{{{_TABLE}}}number-columns-repeated", "1")) - 1
                element.clear()
            elif tag == f"{{{_TABLE}}}table-row":
                row += int(element.get(f"{{{_TABLE}}}number-rows-repeated", "1")) - 1
                element.clear()
    return marks


def _mark(marks: _Marks, sheet: str, row: int, column: int, cell: Any) -> None:
    if cell.get(f"{{{_CALCEXT}}}value-type") == "error":
        shown = "".join(cell.itertext()).strip()
        marks.errors.setdefault(sheet, []).append((row, column, shown))
    across = int(cell.get(f"{{{_TABLE}}}number-columns-spanned", "1"))
    down = int(cell.get(f"{{{_TABLE}}}number-rows-spanned", "1"))
    if across > 1 or down > 1:
        marks.merged.setdefault(sheet, []).append((row, column, row + down - 1,
                                                   column + across - 1))


def _rows(path: Path, sheet: str, cells: list[list[Any]], marks: _Marks,
          problems: list[Problem]) -> Rows:
    from openpyxl.utils.cell import get_column_letter

    table = [[_value(v) for v in row] for row in cells]
    for r, c, shown in marks.errors.get(sheet, []):
        problems.append(Problem(shows_error(shown), file=str(path), sheet=sheet,
                                cell=f"{get_column_letter(c)}{r}", code="table.cell_error"))
    for (r, c), (_found, problem) in _each(table):
        if problem is not None:
            problems.append(Problem(problem, file=str(path), sheet=sheet,
                                    cell=f"{get_column_letter(c)}{r}", code="table.cell"))
            table[r - 1][c - 1] = ("", None)
    plain = [[value for value, _problem in row] for row in table]
    for first_row, first_col, last_row, last_col in marks.merged.get(sheet, []):
        _spread(plain, first_row, first_col, last_row, last_col)
    return [(n, row) for n, row in enumerate(plain, 1) if any(v != "" for v in row)]


def _each(table: list[list[tuple[Any, str | None]]]) -> list[tuple[tuple[int, int], Any]]:
    return [((r, c), cell) for r, row in enumerate(table, 1) for c, cell in enumerate(row, 1)]


def _spread(rows: list[list[Any]], first_row: int, first_col: int, last_row: int,
            last_col: int) -> None:
    if first_row > len(rows) or first_col > len(rows[first_row - 1]):
        return
    value = rows[first_row - 1][first_col - 1]
    for r in range(first_row, min(last_row, len(rows)) + 1):
        for c in range(first_col, min(last_col, len(rows[r - 1])) + 1):
            rows[r - 1][c - 1] = value


def _value(value: Any) -> tuple[Any, str | None]:
    """A calamine value as :mod:`.workbook` gives an .xlsx cell's, or why it cannot be one."""
    if isinstance(value, bool) or value is None:
        return ("" if value is None else value), None
    if isinstance(value, float):
        return excel_number(repr(value))  # the float's shortest exact text: no binary noise
    if isinstance(value, int):
        return value, None
    if isinstance(value, str):
        if len(value) > MAX_TEXT:
            return None, too_long(len(value))
        return nfc(value), None
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        return value.date(), None
    return value, None
