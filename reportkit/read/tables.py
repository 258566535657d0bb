"""Reading spreadsheets (.xlsx, .csv) into one template context per row, for batches.

The first row holds the names; every later non-empty row is one record. A dotted header nests,
so a column ``partner.name`` becomes ``{"partner": {"name": …}}``.

    >>> import pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "skolas.csv"
    >>> _ = path.write_text("code;partner.name;start\\n007;Skola;2019-06-01\\n")
    >>> [(r.number, r.values) for r in read_table(path)]
    [(2, {'code': '007', 'partner': {'name': 'Skola'}, 'start': datetime.date(2019, 6, 1)})]

What cells become, so templates and filters get the right types:

- an .xlsx cell: as :mod:`.workbook` says (numbers as Excel shows them, ``int`` or ``Decimal``,
  never ``float``; dates as ``date``; merged cells filled; error values refused), read from
  the sheet the workbook opens on, or the one ``sheet`` names;
- a text in the form ``2019-06-01`` or ``01.06.2019.`` (the final dot optional): ``date``;
- everything else stays text, exactly as typed and NFC-normalised (``007`` keeps its zeros,
  ``22 783,00`` stays text: the money filters read it);
- an empty cell: ``""``.

CSV files may be UTF-8 with or without a byte-order mark, with commas or semicolons (Excel in
Latvia saves with semicolons; the header row decides). The csv module parses the records, so a
line break inside quotes, U+2028, NEL or a form feed stays inside its cell, and a row is
numbered by the line it starts on. Problems are :class:`~reportkit.errors.DataError`.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportkit.errors import DataError, Problem
from reportkit.i18n import gettext as _

from .bounds import MAX_TABLE_BYTES
from .files import read_bytes
from .text import nfc
from .workbook import sheet_rows

__all__ = ["Row", "read_table"]

_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_LV_DATE = re.compile(r"^(\d{2})\.(\d{2})\.(\d{4})\.?$")


@dataclass(frozen=True)
class Row:
    """One record of a table: its 1-based row number in the file and its nested values."""

    number: int
    values: dict[str, Any]


def read_table(path: str | Path, sheet: str | None = None) -> list[Row]:
    """Read every record of an .xlsx or .csv file; raise ``DataError`` naming the file if it can't.

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
    if suffix == ".csv":
        rows = _csv_rows(path)
    elif suffix in (".xlsx", ".xlsm"):
        rows = [(n, [_from_text(c) if isinstance(c, str) else c for c in cells])
                for n, cells in sheet_rows(path, sheet)[1]]
    else:
        raise DataError(Problem(_("cannot read {suffix}: give an .xlsx or .csv table").format(
            suffix=suffix or _("a file without extension")), file=str(path),
            code="table.format"))
    return _records(path, rows)


def _csv_rows(path: Path) -> list[tuple[int, list[Any]]]:
    """The records of a CSV file by the line each starts on, parsed by the csv module: a line
    break inside quotes stays in its cell, and only CR and LF end a record (not U+2028, NEL
    or a form feed, which ``str.splitlines`` would split at)."""
    raw = read_bytes(path, _("a table"), MAX_TABLE_BYTES)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DataError(Problem(_("not UTF-8 text (byte {byte}): save the table as "
                                  "'CSV UTF-8' or as .xlsx").format(byte=exc.start),
                                file=str(path), code="table.not_utf8")) from None
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    rows = []
    start = 1
    try:
        for cells in reader:
            rows.append((start, [_from_text(nfc(c)) for c in cells]))
            start = reader.line_num + 1
    except csv.Error as exc:  # a cell over the csv module's 131 072 characters, say
        raise DataError(Problem(_("not a readable CSV table ({reason})").format(reason=exc),
                                file=str(path),
                                line=reader.line_num)) from None
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


def _from_text(text: str) -> Any:
    stripped = text.strip()
    for pattern, order in ((_ISO_DATE, (1, 2, 3)), (_LV_DATE, (3, 2, 1))):
        match = pattern.match(stripped)
        if match:
            year, month, day = (int(match.group(i)) for i in order)
            try:
                return dt.date(year, month, day)
            except ValueError:
                return text
    return text


def _records(path: Path, rows: list[tuple[int, list[Any]]]) -> list[Row]:
    rows = [(n, cells) for n, cells in rows if any(c != "" for c in cells)]
    if not rows:
        raise DataError(Problem(_("the table is empty: the first row must name the columns"),
                                file=str(path), code="table.empty"))
    header_line, header = rows[0]
    names = _header_names(path, header_line, header)
    overflow = [Problem(_("has a value in column {column} or beyond, which has no name in the "
                          "first row").format(column=len(names) + 1), file=str(path), line=n,
                        code="table.unnamed_value")
                for n, cells in rows[1:] if any(c != "" for c in cells[len(names):])]
    if overflow:
        raise DataError(overflow)
    records = [Row(n, _nest(names, cells)) for n, cells in rows[1:]]
    if not records:
        raise DataError(Problem(_("the table has column names but no rows below them"),
                                file=str(path), code="table.no_rows"))
    return records


def _header_names(path: Path, line: int, header: list[Any]) -> list[str]:
    names = [str(h).strip() for h in header]
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
