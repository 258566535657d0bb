"""Reading one sheet of an .xlsx workbook into rows of values, as Excel shows them.

Which sheet: the one named (``read_table(path, sheet="Skolas")``, ``reportkit batch
--sheet Skolas``), otherwise the sheet the workbook opens on (its active sheet) when that one is
visible, otherwise the first visible sheet. A hidden sheet is never read unless it is named.

What a cell becomes:

- a number: ``int`` when whole, otherwise ``Decimal`` of the number with the 15 significant
  digits Excel shows (``0.1 + 0.2`` is stored as 0.30000000000000004, shown and read as 0.3);
  never ``float``. A date (a number with a date format): ``date``, or ``datetime`` with a time;
- a text: the text, NFC-normalised; a formula: its result as Excel last saved it;
- a cell inside merged cells: the value of the merged block (every row of a block merged
  down a column gets the value, not only the first);
- an empty cell: ``""``.

Refused, each a located :class:`~reportkit.errors.DataError` naming the sheet and cell: an
Excel error value (``#DIV/0!``, ``#VALUE!``, ``#N/A`` …), a formula whose result was never
saved (a workbook written by a program and never opened in Excel or LibreOffice), a number
cell that holds no number (``nan``, ``12abc``: a damaged file), a text longer than
``MAX_TEXT``. The workbook as a whole is refused when it is not a zip, is password-protected or
an old .xls, holds an encrypted part or one packed in a way zip readers do not know, or when a
sheet or its shared texts unpack to more than ``MAX_TABLE_BYTES`` (checked before anything is
unpacked). See :mod:`.bounds`.

openpyxl reads the workbook; the cells are read with its own sheet parser
(``openpyxl.worksheet._reader.WorkSheetParser``), told apart where openpyxl's public reading
would lose the difference: an error value from a text, a missing result from an empty one.
"""

from __future__ import annotations

import warnings
import zipfile
from dataclasses import dataclass, field
from decimal import Context, Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from reportkit.errors import DataError, Problem
from reportkit.i18n import gettext as _
from reportkit.i18n import ngettext, os_reason

from .bounds import MAX_DIGITS, MAX_TABLE_BYTES, MAX_TEXT, mebibytes
from .dates import as_date
from .text import nfc

__all__ = ["Rows", "excel_number", "sheet_rows", "shows_error", "too_long", "visible_sheets"]

_EXCEL_DIGITS = Context(prec=15)  # Excel shows and computes with 15 significant digits
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # a password-protected .xlsx or an old .xls
_METHODS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED}


@dataclass
class _Sheet:
    """What the reading of one sheet found: its rows (cells by column) and its problems."""

    name: str
    rows: dict[int, dict[int, Any]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


Rows = list[tuple[int, list[Any]]]
"""A sheet's rows as ``(row number, values)``, every row as wide as the widest."""


def sheet_rows(path: Path, sheet: str | None = None) -> tuple[str, Rows]:
    """The name of the sheet read and its rows as ``(row number, values)``; see the module."""
    book = _open(path)
    try:
        found = _read_sheet(path, book, _choose(path, book, sheet))
    finally:
        book.close()
    if found.problems:
        raise DataError(found.problems)
    return found.name, _widened(found.rows)


def visible_sheets(path: Path) -> list[tuple[str, Rows]]:
    """Every visible sheet of the workbook, in the workbook's order, with its rows; the
    problems of all of them at once (a hidden sheet is not read).

    A project workbook (:mod:`.projectbook`) is read this way."""
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

    book = _open(path)
    sheets: list[_Sheet] = []
    try:
        for ws in book.worksheets:
            if isinstance(ws, ReadOnlyWorksheet) and ws.sheet_state == "visible":
                sheets.append(_read_sheet(path, book, ws))
    finally:
        book.close()
    problems = [p for found in sheets for p in found.problems]
    if problems:
        raise DataError(problems)
    return [(found.name, _widened(found.rows)) for found in sheets]


def _open(path: Path) -> Any:
    _check_package(path)
    from openpyxl import load_workbook

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns of what it drops (styles, links)
            return load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError, SyntaxError) as exc:
        raise _unreadable(path, exc) from None


def _widened(rows: dict[int, dict[int, Any]]) -> Rows:
    width = max((max(cells) for cells in rows.values() if cells), default=0)
    return [(n, [cells.get(c, "") for c in range(1, width + 1)])
            for n, cells in sorted(rows.items())]


def _unreadable(path: Path, exc: BaseException) -> DataError:
    """The workbook openpyxl could not open: not a zip at all (cut short, or another kind of
    file), or a zip whose parts are damaged or missing (the library's reason kept, for help)."""
    if isinstance(exc, zipfile.BadZipFile):
        message = _("not a readable .xlsx workbook: the file is damaged or incomplete: save it "
                    "again from Excel or LibreOffice")
    else:
        message = _("not a readable .xlsx workbook: a part of it is damaged or missing "
                    "({reason}): open it in Excel or LibreOffice and save it again").format(
                        reason=exc)
    return DataError(Problem(message, file=str(path), code="table.unreadable"))


def _check_package(path: Path) -> None:
    """Refuse, before openpyxl unpacks anything, what it would fail on or unpack too far."""
    name = str(path)
    try:
        with zipfile.ZipFile(path) as zf:
            entries = zf.infolist()
    except zipfile.BadZipFile as exc:
        with path.open("rb") as fp:
            if fp.read(len(_OLE)) == _OLE:
                raise DataError(Problem(_("is password-protected or an old Excel 97–2003 "
                                          "workbook: save it as .xlsx without a password"),
                                        file=name, code="table.protected")) from None
        raise _unreadable(path, exc) from None
    except OSError as exc:
        raise DataError(Problem(_("cannot be read: {reason}").format(
            reason=os_reason(exc)), file=name, code="file.unreadable")) from None
    for entry in entries:
        if entry.flag_bits & 0x1:
            raise DataError(Problem(_("its part {part} is encrypted: save the workbook again "
                                      "without a password").format(part=entry.filename),
                                    file=name, code="table.protected"))
        if entry.compress_type not in _METHODS:
            raise DataError(Problem(_("its part {part} is packed with a method zip readers do "
                                      "not know (method {method}): open it in Excel or "
                                      "LibreOffice and save it again").format(
                                          part=entry.filename, method=entry.compress_type),
                                    file=name, code="table.unreadable"))
        big = entry.filename.startswith("xl/worksheets/") or entry.filename.endswith(
            "sharedStrings.xml")
        if big and entry.file_size > MAX_TABLE_BYTES:
            message = (_("its shared texts unpack to {size}, more than a table may hold "
                         "({limit})") if "sharedStrings" in entry.filename else
                       _("its sheet part {part} unpacks to {size}, more than a table may hold "
                         "({limit})"))
            raise DataError(Problem(message.format(part=entry.filename,
                                                   size=mebibytes(entry.file_size),
                                                   limit=mebibytes(MAX_TABLE_BYTES)),
                                    file=name, code="table.too_large"))


def _choose(path: Path, book: Any, sheet: str | None) -> Any:
    """The sheet named, else the active sheet when visible, else the first visible one."""
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

    sheets = [ws for ws in book.worksheets if isinstance(ws, ReadOnlyWorksheet)]
    if sheet is not None:
        named = [ws for ws in sheets if ws.title == sheet]
        if not named:
            titles = ", ".join(repr(ws.title) for ws in sheets)
            raise DataError(Problem(_("has no sheet {sheet}; its sheets are: {titles}").format(
                sheet=repr(sheet), titles=titles), file=str(path), code="table.sheet"))
        return named[0]
    visible = [ws for ws in sheets if ws.sheet_state == "visible"]
    active = book.active
    if active in visible:
        return active
    if not visible:
        raise DataError(Problem(_("has no visible sheet to read: name one (--sheet)"),
                                file=str(path), code="table.no_visible_sheet"))
    return visible[0]


def _read_sheet(path: Path, book: Any, ws: Any) -> _Sheet:
    from openpyxl.utils.cell import range_boundaries

    found = _Sheet(ws.title)
    parser = _parser_class()(ws._get_source(), ws._shared_strings, data_only=True,
                             epoch=book.epoch, date_formats=book._date_formats,
                             timedelta_formats=book._timedelta_formats)
    parser.found, parser.file = found, str(path)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # a date out of range: reported as #VALUE! below
            for number, cells in parser.parse():
                row = found.rows.setdefault(number, {})
                for cell in cells:
                    row[cell["column"]] = cell["value"]
    except (SyntaxError, ValueError, KeyError, IndexError) as exc:  # SyntaxError: bad XML
        raise DataError(Problem(_("not a readable .xlsx workbook: the sheet is damaged "
                                  "({reason}): open it in Excel or LibreOffice and save it "
                                  "again").format(reason=_damage(exc)),
                                file=str(path), sheet=ws.title, code="table.unreadable")
                        ) from None
    finally:
        parser.source.close()
    merged = parser.merged_cells.mergeCell if parser.merged_cells is not None else []
    for block in merged:
        _spread(found.rows, range_boundaries(block.ref))
    return found


def _damage(exc: BaseException) -> str:
    """What is wrong with a sheet's XML, said with its place (the parser's own words are an
    XML expert's: "mismatched tag"), else the reader's reason."""
    position = getattr(exc, "position", None)  # xml.etree's ParseError: (line, column)
    if isinstance(exc, SyntaxError) and isinstance(position, tuple) and len(position) == 2:
        return _("its XML is broken at line {line}, column {column}").format(
            line=position[0], column=position[1])
    return str(exc)


def _spread(rows: dict[int, dict[int, Any]], bounds: tuple[int, int, int, int]) -> None:
    """Give the value of a merged block's first cell to every cell of it that holds data."""
    first_col, first_row, last_col, last_row = bounds
    value = rows.get(first_row, {}).get(first_col, "")
    width = max((max(cells) for cells in rows.values() if cells), default=0)
    for number in [n for n in rows if first_row <= n <= last_row]:
        for column in range(first_col, min(last_col, width) + 1):
            rows[number][column] = value


def _parser_class() -> Any:
    """openpyxl's sheet parser, reporting what its public reading would lose."""
    from openpyxl.worksheet._reader import FORMULA_TAG, VALUE_TAG, WorkSheetParser

    class CellParser(WorkSheetParser):  # type: ignore[misc]
        found: _Sheet
        file: str

        def parse_cell(self, element: Any) -> dict[str, Any]:
            where = element.get("r")
            written = element.findtext(VALUE_TAG)  # None: no <v> at all
            try:
                cell = super().parse_cell(element)
            except (ValueError, IndexError, KeyError, OverflowError):
                kind = "damaged number" if element.get("t", "n") == "n" else "damaged"
                cell = {"column": self.col_counter, "value": "", "data_type": kind}
            where = where or _coordinate(self.row_counter, cell["column"])
            formula = element.find(FORMULA_TAG) is not None
            value, problem = _value(cell, written, formula and _no_result(element, written))
            if problem is not None:
                self.found.problems.append(Problem(problem, file=self.file,
                                                   sheet=self.found.name, cell=where,
                                                       code="table.cell"))
                value = ""
            cell["value"] = value
            return dict(cell)

    return CellParser


def _coordinate(row: int, column: int) -> str:
    from openpyxl.utils.cell import get_column_letter

    return f"{get_column_letter(column)}{row}"


def _no_result(element: Any, written: str | None) -> bool:
    """Whether a formula cell lacks its saved result: no ``<v>``, or an empty one in a cell
    that is not text (openpyxl writes ``<v></v>``; Excel saves an empty text as ``t="str"``)."""
    return written is None or (written == "" and element.get("t", "n") not in ("str", "s"))


def _value(cell: dict[str, Any], written: str | None, unsaved: bool
           ) -> tuple[Any, str | None]:
    """The value a cell reaches the document with, or the reason it cannot."""
    kind, value = cell["data_type"], cell["value"]
    if kind == "e":
        return None, shows_error(value)
    if unsaved:
        return None, _("holds a formula whose result was never saved (the workbook was written "
                       "by a program): open it in Excel or LibreOffice and save it again")
    if kind == "damaged number":
        return None, _not_a_number(written)
    if kind == "damaged":
        return None, _("holds {value}, which is not a value of its kind: the file is "
                       "damaged").format(value=repr(written))
    if value is None:
        return "", None
    if kind == "n":
        return excel_number(written or "")
    if isinstance(value, str):
        if len(value) > MAX_TEXT:
            return None, too_long(len(value))
        return nfc(value), None
    return as_date(value), None  # a date typed in Excel is stored as a datetime at 00:00


def excel_number(written: str) -> tuple[Any, str | None]:
    """A number cell's stored text as Excel shows it: 15 significant digits, int when whole;
    or the reason it is no number. (LibreOffice's .ods is read the same way: :mod:`.ods`.)

    >>> excel_number("0.30000000000000004"), excel_number("22783"), excel_number("1E-3")
    ((Decimal('0.3'), None), (22783, None), (Decimal('0.001'), None))
    >>> excel_number("nan")[1]
    "holds 'nan' where a number should be: the file is damaged"
    """
    try:
        number = Decimal(written.strip())
    except InvalidOperation:
        number = Decimal("NaN")
    if not number.is_finite():
        return None, _not_a_number(written)
    shown = _EXCEL_DIGITS.plus(number).normalize(_EXCEL_DIGITS)
    if shown.adjusted() >= MAX_DIGITS:
        return None, _("holds the number {number}, longer than any field takes").format(
            number=written)
    return (int(shown) if shown == shown.to_integral_value() else shown), None


def _not_a_number(written: str | None) -> str:
    return _("holds {value} where a number should be: the file is damaged").format(
        value=repr(written))


def shows_error(shown: object) -> str:
    """What a cell showing an error value (``#DIV/0!``) is told; :mod:`.ods` says it too.

    >>> shows_error("#N/A")
    'shows the error #N/A: correct the formula or the value it uses'
    >>> shows_error("")
    'shows an error: correct the formula or the value it uses'
    """
    if not shown:
        return _("shows an error: correct the formula or the value it uses")
    return _("shows the error {error}: correct the formula or the value it uses").format(
        error=shown)


def too_long(length: int) -> str:
    """What a cell holding a text longer than ``MAX_TEXT`` is told; :mod:`.ods` says it too.

    >>> too_long(1_000_001)
    'holds a text of 1000001 characters, more than 1000000'
    """
    return ngettext("holds a text of {length} character, more than {most}",
                    "holds a text of {length} characters, more than {most}", length).format(
                        length=length, most=MAX_TEXT)
