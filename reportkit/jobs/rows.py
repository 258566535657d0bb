"""Batch rows checked like a data file: the columns a template needs, and their types.

A template declares its rows in a document property named ``reportkit-rows`` (Word: File →
Info → Properties → Advanced Properties → Custom; LibreOffice: File → Properties → Custom
Properties), or ``reportkit batch --rows`` gives it for one run. The value is a row kind, such
as ``participant``, or the columns with their types::

    vārds: text, summa: money, datums: date, valsts: country?

A ``?`` marks a column that may be left empty, or left out of the table. The types: ``text``,
``number`` (a whole number), ``money`` (euros and cents), ``date``, ``country`` (an ISO code or
a Latvian name, kept as its code), ``gender`` (``m``/``f``, ``vīrietis``/``sieviete``),
``email`` and ``phone``. Each row is then checked before it is rendered: every problem is one
line at its cell, with the column named, and the row gives no document; a column the table
lacks stops the batch before the first row. The template gets the checked values: money as
exact ``Decimal``, dates as dates, countries as codes.

    >>> from reportkit.read.tables import Row
    >>> spec = parse_spec("name: text, summa: money")
    >>> checked, problems = check_row(spec, Row(3, {"name": "Anna", "summa": "12,5"}), "t.csv")
    >>> checked["summa"], problems
    (Decimal('12.50'), [])
    >>> _, problems = check_row(spec, Row(4, {"name": "", "summa": "daudz"}), "t.csv")
    >>> for problem in problems:
    ...     print(problem)  # doctest: +ELLIPSIS
    t.csv:4: name: is empty; this template needs a text here
    t.csv:4: summa: ...
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportkit.errors import DataError, Problem, TemplateError
from reportkit.i18n import NP_, pgettext
from reportkit.i18n import gettext as _

if TYPE_CHECKING:
    from reportkit.read.tables import Row

__all__ = ["KINDS", "PROPERTY", "TYPES", "Column", "check_row", "declared_rows",
           "missing_columns", "parse_spec"]

PROPERTY = "reportkit-rows"
KINDS = {
    "participant": "name: text, gender: gender?, start: date?, end: date?, amount: money?, "
                   "country: country?, town: text?",
}
"""The row kinds a template may name, as the columns they stand for."""
_GENDERS = {"m": "m", "f": "f", "vīrietis": "m", "sieviete": "f"}
_MAX_PROPERTIES = 1 << 16  # docProps/custom.xml larger than this is not read


@dataclass(frozen=True)
class Column:
    """One declared column: its header name, its type and whether a cell may be empty."""

    name: str
    type: str
    optional: bool = False


def _shown(value: Any) -> str:
    """A cell's value as the table shows it (``5.5``, ``2024-05-06``, ``'daudz'``)."""
    from reportkit.read.messages import shown

    if isinstance(value, dict):  # dotted columns below this one: school.name, school.town
        return ", ".join(f"{key}.…" for key in value)
    return shown(value)


def _text(value: Any) -> str:
    if isinstance(value, (dt.date, dict)):
        raise ValueError(_("must be text (got {value})").format(value=_shown(value)))
    return str(value)


def _number(value: Any) -> int:
    text = str(value).replace(" ", "").replace("\xa0", "")
    if not text.lstrip("-").isdigit():
        raise ValueError(_("must be a whole number (got {value})").format(value=_shown(value)))
    return int(text)


def _date(value: Any) -> dt.date:
    from reportkit.read.cells import date_from_text

    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    found = date_from_text(str(value))
    if isinstance(found, dt.date):
        return found
    raise ValueError(_("must be a date like 2024-05-14 or 14.05.2024. (got {value})").format(
        value=_shown(value)))


def _gender(value: Any) -> str:
    found = _GENDERS.get(str(value).strip().lower())
    if found is None:
        raise ValueError(_("must be m or f (vīrietis or sieviete) (got {value})").format(
            value=_shown(value)))
    return found


def _typed(name: str) -> Callable[[Any], Any]:
    """A check through the models' own type, so a row means what a data file means."""
    def check(value: Any) -> Any:
        from pydantic import TypeAdapter, ValidationError

        from reportkit.models import types

        try:
            return TypeAdapter(getattr(types, name)).validate_python(value)
        except ValidationError as err:
            raise ValueError(_typed_message(err.errors(include_url=False)[0], value)) from None
    return check


def _typed_message(error: Any, value: Any) -> str:
    """What a model's type said of a cell: its own words (already in the language spoken),
    or, for a value of the wrong kind (a date where an e-mail address goes), what it needs."""
    if error["type"] == "value_error":
        return str(error["msg"]).removeprefix("Value error, ")
    return _("must be text (got {value})").format(value=_shown(value))


TYPES: dict[str, Callable[[Any], Any]] = {
    "text": _text, "number": _number, "money": _typed("Money"), "date": _date,
    "country": _typed("Country"), "gender": _gender, "email": _typed("Email"),
    "phone": _typed("Phone"),
}
_HOLDS = "what a column holds"  # Latvian says these after "vajag": in the accusative
_NAMED = {
    "text": NP_("what a column holds", "a text"),
    "number": NP_("what a column holds", "a whole number"),
    "money": NP_("what a column holds", "an amount"),
    "date": NP_("what a column holds", "a date"),
    "country": NP_("what a column holds", "a country"),
    "gender": NP_("what a column holds", "m or f"),
    "email": NP_("what a column holds", "an e-mail address"),
    "phone": NP_("what a column holds", "a phone number"),
}
"""What each type needs, in a coordinator's words (marked for the catalogue)."""


def parse_spec(spec: str, *, template: str | None = None) -> list[Column]:
    """The columns ``spec`` (a row kind or ``name: type`` pairs) declares; a TemplateError
    saying what is wrong with it otherwise, at ``template`` when it is that template's
    property, else as ``--rows``'s.

    >>> [c.name for c in parse_spec("participant")][:3]
    ['name', 'gender', 'start']
    >>> parse_spec("summa: nauda", template="t.docx")
    Traceback (most recent call last):
    ...
    reportkit.errors.TemplateError: t.docx: its property reportkit-rows: 'nauda' is not a column type; use one of text, number, money, date, country, gender, email, phone
    """  # noqa: E501
    where = "--rows" if template is None else _("its property {name}").format(name=PROPERTY)
    text = KINDS.get(spec.strip().lower(), spec)
    columns = []
    for part in (p.strip() for p in text.split(",")):
        name, colon, kind = (s.strip() for s in part.partition(":"))
        if not colon or not name:
            kinds = ", ".join(KINDS)
            raise TemplateError(Problem(_("{where}: {part} is neither a row kind ({kinds}) nor "
                                          "a column with its type, such as 'summa: money'"
                                          ).format(where=where, part=repr(part), kinds=kinds),
                                        file=template, code="rows.spec"))
        optional = kind.endswith("?")
        kind = kind.removesuffix("?").strip().lower()
        if kind not in TYPES:
            raise TemplateError(Problem(_("{where}: {kind} is not a column type; use one of "
                                          "{types}").format(where=where, kind=repr(kind),
                                                            types=", ".join(TYPES)),
                                        file=template, code="rows.type"))
        columns.append(Column(name, kind, optional))
    return columns


def missing_columns(spec: list[Column], columns: list[str], table: str) -> DataError | None:
    """The columns the template needs that the table lacks, as one error; else None."""
    lacking = [c for c in spec if not c.optional and c.name not in columns]
    if not lacking:
        return None
    return DataError([Problem(_("the template needs the column {column} ({kind}), which the "
                                "table lacks; its columns: {columns}").format(
                                    column=repr(c.name), kind=pgettext(_HOLDS, _NAMED[c.type]),
                                    columns=", ".join(columns)),
                              file=table, code="rows.missing_column") for c in lacking])


def check_row(spec: list[Column], row: Row, table: str) -> tuple[dict[str, Any], list[Problem]]:
    """The row's values with each declared column checked and typed, and its problems."""
    values = _copied(row.values)
    problems = []
    for column in spec:
        value = _get(values, column.name)
        if value is None or value == "":
            if not column.optional:
                problems.append(_problem(_("is empty; this template needs {kind} here").format(
                    kind=pgettext(_HOLDS, _NAMED[column.type])), row, column.name, table))
            continue
        try:
            _set(values, column.name, TYPES[column.type](value))
        except ValueError as exc:
            problems.append(_problem(str(exc), row, column.name, table))
    problems += _order(spec, values, row, table)
    return values, problems


_PERIODS = (("start", "end"), ("sākums", "beigas"))
"""The date columns that are a period, so the end may not come before the start: the
participant kind's, and the Latvian names a project workbook gives them."""


def _order(spec: list[Column], values: dict[str, Any], row: Row, table: str) -> list[Problem]:
    """A period's end before its start (``start``/``end``, or ``sākums``/``beigas``)."""
    names = {c.name for c in spec if c.type == "date"}
    problems = []
    for first, last in _PERIODS:
        start, end = _get(values, first), _get(values, last)
        if {first, last} <= names and isinstance(start, dt.date) and isinstance(end, dt.date) \
                and end < start:
            problems.append(_problem(_("ends ({end}) before it starts ({start})").format(
                end=f"{end:%d.%m.%Y.}", start=f"{start:%d.%m.%Y.}"), row, last, table))
    return problems


def _problem(message: str, row: Row, column: str, table: str) -> Problem:
    return Problem(message, file=table, **row.place(column))


def _copied(values: dict[str, Any]) -> dict[str, Any]:
    return {k: _copied(v) if isinstance(v, dict) else v for k, v in values.items()}


def _get(values: dict[str, Any], dotted: str) -> Any:
    found: Any = values
    for part in dotted.split("."):
        if not isinstance(found, dict) or part not in found:
            return None
        found = found[part]
    return found


def _set(values: dict[str, Any], dotted: str, value: Any) -> None:
    *parents, last = dotted.split(".")
    for part in parents:
        values = values[part]
    values[last] = value


def declared_rows(template: Path) -> str | None:
    """The ``reportkit-rows`` custom property of the .docx at ``template``, if it has one.

    Read with an XML parser that resolves no entities and fetches nothing; a template without
    custom properties, or too large ones, declares nothing.
    """
    import zipfile

    from lxml import etree

    try:
        with zipfile.ZipFile(template) as zf:
            info = zf.getinfo("docProps/custom.xml")
            if info.file_size > _MAX_PROPERTIES:
                return None
            raw = zf.read(info)
    except (KeyError, OSError, zipfile.BadZipFile):
        return None
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        root = etree.fromstring(raw, parser)
    except etree.XMLSyntaxError:
        return None
    for prop in root:
        if str(prop.get("name", "")).strip().lower() == PROPERTY:
            return "".join(prop.itertext()).strip() or None
    return None
