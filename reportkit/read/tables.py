"""Reading spreadsheets (.xlsx, .ods, .csv) into one template context per row, for batches.

The first row holds the names; every later non-empty row is one record. A dotted header nests,
so a column ``partner.name`` becomes ``{"partner": {"name": …}}``.

    >>> import pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "skolas.csv"
    >>> _ = path.write_text("code;partner.name;start\\n007; Saules  skola ;2019-06-01\\n")
    >>> [(r.number, r.values) for r in read_table(path)]
    [(2, {'code': '007', 'partner': {'name': 'Saules skola'}, 'start': datetime.date(2019, 6, 1)})]

What cells become, so templates and filters get the right types:

- an .xlsx cell: as :mod:`.workbook` says (numbers as Excel shows them, ``int`` or ``Decimal``,
  never ``float``; dates as ``date``; merged cells filled; error values refused), read from
  the sheet the workbook opens on, or the one ``sheet`` names; an .ods cell the same way
  (:mod:`.ods`), from its first visible sheet or the one named;
- every cell cleaned as :mod:`.cells` says: texts trimmed, runs of spaces made one, no-break
  and zero-width spaces undone, NFC; a date with a time of day is the date, with a warning
  naming the cell;
- a text in the form ``2019-06-01`` or ``01.06.2019.`` (the final dot optional): ``date``;
- everything else stays text (``007`` keeps its zeros, ``22 783,00`` stays text: the money
  filters read it);
- an empty cell: ``""``.

CSV files may be UTF-8 with or without a byte-order mark, UTF-16, or the cp1257 Excel saves as
plain "CSV" on a Latvian Windows (with a warning: :func:`.files.decode`), with commas or
semicolons (Excel in Latvia saves with semicolons; the header row decides). The csv module
parses the records, so a line break inside quotes, U+2028, NEL or a form feed stays inside its
cell, and a row is numbered by the line it starts on. Problems are
:class:`~reportkit.errors.DataError`.
"""

from __future__ import annotations

import csv
import io
import warnings
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportkit.errors import DataError, DataWarning, Problem
from reportkit.i18n import gettext as _

from .bounds import MAX_TABLE_BYTES
from .cells import clean_cell, clean_text, date_from_text
from .files import decode, read_bytes
from .workbook import Rows, sheet_rows

__all__ = ["Row", "read_table"]



@dataclass(frozen=True)
class Row:
    """One record of a table: its 1-based row number in the file and its nested values; in a
    workbook also its ``sheet`` and the letter of each column, by name (``columns``), so a
    problem with one value is located at its cell.

    >>> Row(7, {"summa": 5}, "Skolas", {"summa": "C"}).place("summa")
    {'sheet': 'Skolas', 'cell': 'C7', 'field': 'summa'}
    >>> Row(7, {"summa": 5}).place("summa"), Row(7, {}).place()
    ({'line': 7, 'field': 'summa'}, {'line': 7})
    """

    number: int
    values: dict[str, Any]
    sheet: str | None = None
    columns: Mapping[str, str] = field(default_factory=dict)

    def place(self, column: str | None = None) -> dict[str, Any]:
        """Where the row, or its ``column`` (a header name), is: :class:`Problem` fields."""
        named = {"field": column} if column else {}
        if self.sheet is not None and column is not None and column in self.columns:
            return {"sheet": self.sheet, "cell": f"{self.columns[column]}{self.number}", **named}
        return {"line": self.number, **named}


def read_table(path: str | Path, sheet: str | None = None) -> list[Row]:
    """Read every record of an .xlsx, .ods or .csv file; raise ``DataError`` naming the file if
    it can't.

    ``sheet`` names the sheet of a workbook to read (see :mod:`.workbook` for the one read
    otherwise).

    >>> read_table("nav.csv")
    Traceback (most recent call last):
    ...
    reportkit.errors.DataError: nav.csv: file not found
    """
    path = Path(path)
    if not path.is_file():
        why = _("is a folder, not a table") if path.is_dir() else _("file not found")
        raise DataError(Problem(why, file=str(path), code="table.missing"))
    suffix = path.suffix.lower()
    name: str | None = None
    if suffix == ".csv":
        rows = _csv_rows(path)
    elif suffix in (".xlsx", ".xlsm"):
        name, rows = sheet_rows(path, sheet)
    elif suffix == ".ods":
        name, rows = _ods_sheet(path, sheet)
    else:
        raise DataError(Problem(_("cannot read {suffix}: give an .xlsx, .ods or .csv table").format(
            suffix=suffix or _("a file without extension")), file=str(path),
            code="table.format"))
    return _records(path, rows, name)


def _ods_sheet(path: Path, sheet: str | None) -> tuple[str, Rows]:
    """The named sheet of an .ods, else its first visible one."""
    from .ods import ods_sheets

    sheets, rows = ods_sheets(path)
    visible = [name for name, shown in sheets if shown]
    if sheet is None:
        if not visible:
            raise DataError(Problem(_("has no visible sheet to read: name one (--sheet)"),
                                    file=str(path), code="table.no_visible_sheet"))
        return visible[0], rows[visible[0]]
    if sheet not in rows:
        titles = ", ".join(repr(name) for name, _shown in sheets)
        message = (_("sheet {sheet} is hidden: show it in LibreOffice; its sheets are: {titles}")
                   if sheet in dict(sheets) else
                   _("sheet {sheet} does not exist; its sheets are: {titles}"))
        raise DataError(Problem(message.format(sheet=repr(sheet), titles=titles),
                                file=str(path), code="table.sheet"))
    return sheet, rows[sheet]


def _csv_rows(path: Path) -> list[tuple[int, list[Any]]]:
    """The records of a CSV file by the line each starts on, parsed by the csv module: a line
    break inside quotes stays in its cell, and only CR and LF end a record (not U+2028, NEL
    or a form feed, which ``str.splitlines`` would split at)."""
    raw = read_bytes(path, _("a table"), MAX_TABLE_BYTES)
    text = decode(raw, str(path), save_as=_("'CSV UTF-8' or as .xlsx"))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    rows = []
    start = 1
    try:
        for cells in reader:
            rows.append((start, list(cells)))
            start = reader.line_num + 1
    except csv.Error as exc:  # a cell over the csv module's 131 072 characters, say
        raise DataError(Problem(_("not a readable CSV table ({reason})").format(reason=exc),
                                file=str(path),
                                line=reader.line_num, code="table.csv")) from None
    return rows


def _delimiter(text: str) -> str:
    """Comma when the header row has more commas than semicolons outside quotes, otherwise
    semicolon (what Excel in Latvia saves with). A one-column table is read with semicolons,
    so its values keep their commas: Excel quotes a value only when it holds the separator.

    >>> _delimiter('"vārds, uzvārds";kods\\n'), _delimiter("vārds\\nBērziņš, Jānis\\n")
    (';', ';')
    >>> _delimiter("code,name\\n")
    ','
    """
    counts = {";": 0, ",": 0}
    quoted = False
    for char in text:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in "\r\n":
            break
        elif not quoted and char in counts:
            counts[char] += 1
    return "," if counts[","] > counts[";"] else ";"


def _records(path: Path, rows: Rows, sheet: str | None) -> list[Row]:
    rows = [(n, cells) for n, cells in rows if any(not _blank(c) for c in cells)]
    if not rows:
        raise DataError(Problem(_("the table is empty: the first row must name the columns"),
                                file=str(path), code="table.empty"))
    header_line, header = rows[0]
    names = _header_names(path, header_line, header)
    overflow = [Problem(_("has a value in column {column} or beyond, which has no name in the "
                          "first row").format(column=len(names) + 1), file=str(path), line=n,
                        code="table.unnamed_value")
                for n, cells in rows[1:] if any(not _blank(c) for c in cells[len(names):])]
    if overflow:
        raise DataError(overflow)
    letters = _letters(names) if sheet is not None else {}
    records = [Row(n, _nest(names, _cleaned(path, Row(n, {}, sheet, letters), names, cells)),
                   sheet, letters)
               for n, cells in rows[1:]]
    if not records:
        raise DataError(Problem(_("the table has column names but no rows below them"),
                                file=str(path), code="table.no_rows"))
    return records


def _blank(cell: Any) -> bool:
    """Whether a cell holds nothing a document could show (spaces alone are nothing)."""
    return cell == "" or (isinstance(cell, str) and clean_text(cell) == "")


def _letters(names: list[str]) -> dict[str, str]:
    from openpyxl.utils.cell import get_column_letter

    return {name: get_column_letter(i) for i, name in enumerate(names, 1)}


def _cleaned(path: Path, row: Row, names: list[str], cells: list[Any]) -> list[Any]:
    """The row's cells cleaned (:mod:`.cells`), dates read from text; a note is a warning
    at its cell."""
    values = []
    for name, cell in zip(names, [*cells, *[""] * (len(names) - len(cells))], strict=False):
        value, note = clean_cell(cell)
        if note is not None:
            warnings.warn(DataWarning(str(Problem(note, file=str(path), **row.place(name)))),
                          stacklevel=4)
        values.append(date_from_text(value) if isinstance(value, str) else value)
    return values


def _header_names(path: Path, line: int, header: list[Any]) -> list[str]:
    names = [clean_text(h if isinstance(h, str) else str(h)) for h in header]
    while names and names[-1] == "":
        names.pop()
    problems = []
    for column, name in enumerate(names, 1):
        if name == "":
            problems.append(Problem(_("column {column} has no name in the first row").format(
                column=column), file=str(path), line=line, code="table.unnamed_column"))
        elif any(part == "" for part in name.split(".")):
            problems.append(Problem(_("column name {name} has an empty part between dots").format(
                name=repr(name)), file=str(path), line=line, code="table.empty_part"))
    seen: set[str] = set()
    for name in names:
        if name in seen:
            problems.append(Problem(_("column name {name} appears twice").format(
                name=repr(name)), file=str(path), line=line, code="table.column_twice"))
        seen.add(name)
    for name in names:
        if any(other.startswith(name + ".") for other in names):
            problems.append(Problem(_("column {name} clashes with the dotted columns {dotted}: "
                                      "use one or the other").format(
                name=repr(name), dotted=f"'{name}.…'"), file=str(path), line=line,
                code="table.clash"))
    if problems:
        raise DataError(problems)
    return names


def _nest(names: list[str], cells: list[Any]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    padded = [*cells, *[""] * (len(names) - len(cells))]
    for name, cell in zip(names, padded[: len(names)], strict=True):
        *parents, leaf = name.split(".")
        target = values
        for part in parents:
            target = target.setdefault(part, {})
        target[leaf] = cell
    return values
