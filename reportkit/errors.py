"""The errors reportkit raises, one hierarchy.

Every error carries a list of :class:`Problem` objects, so a file with five mistakes is reported
once with all five, and each problem says where it is::

    >>> err = DataError([Problem("must be greater than 0 (got -5)",
    ...                          file="projekts.yaml", line=14, field="budget.total")])
    >>> print(err)
    projekts.yaml:14: budget.total: must be greater than 0 (got -5)

Template problems name the part and paragraph instead of a line, as a Word user finds it:
the paragraph's text, with the faulty piece marked ``»…«`` when it is known, and a table cell
by table, row and cell::

    >>> print(Problem("expected 'endif'", file="relize.docx",
    ...               part="body", paragraph=12, text="Otrā {% if x %} rinda", mark=(5, 15)))
    relize.docx, body, paragraph 12 ("Otrā »{% if x %}« rinda"): expected 'endif'
    >>> print(Problem("'p' has no attribute 'nme'", file="t.docx", part="body", paragraph=7,
    ...               text="{{ p.nme }}", table=2, table_row=3, table_cell=1))
    t.docx, body, table 2, row 3, cell 1 ("{{ p.nme }}"): 'p' has no attribute 'nme'

Library code raises these; only the command line turns them into exit codes (2 for bad input).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Union

from reportkit.i18n import N_
from reportkit.i18n import gettext as _

__all__ = [
    "ConversionError",
    "DataError",
    "DataWarning",
    "FieldProblems",
    "Loc",
    "Problem",
    "RenderError",
    "ReportkitError",
    "TemplateError",
    "shorten",
]

# A path into the data, as pydantic gives it: ("partners", 2, "country").
Loc = tuple[Union[str, int], ...]  # noqa: UP007 - evaluated at run time on Python 3.10 too

_TABLE, _ROW, _CELL = N_("table {n}"), N_("row {n}"), N_("cell {n}")  # where a cell is
_PARTS = {  # how a location names a template's part (reportkit.render.partnames)
    "body": N_("body"), "header": N_("header"), "footer": N_("footer"),
    "first-page header": N_("first-page header"), "first-page footer": N_("first-page footer"),
    "even-page header": N_("even-page header"), "even-page footer": N_("even-page footer"),
    "footnotes": N_("footnotes"),
    "document properties": N_("document properties"),
    "document properties (app.xml)": N_("document properties (app.xml)"),
}
_SECTION = re.compile(r"(?P<part>.+) \(section (?P<section>\d+)\)")

_SNIPPET = 40  # characters of paragraph text quoted in a template problem
_MARKED = 64  # characters quoted around a marked fault
_AROUND = 20  # of them, at most this many before the mark


@dataclass(frozen=True)
class Problem:
    """One thing that is wrong, with where it is when that is known.

    ``file`` is the file the problem is in. Data is located by ``line`` (YAML, JSON, CSV rows)
    or by ``sheet`` and ``cell`` (workbooks), and ``field``, a dotted path into the data
    (``budget.total``, ``partners.2.country``). A template is located by ``part`` (body,
    header, footer, footnotes, …), ``paragraph`` (1-based, counting every paragraph of the
    part, those in tables too) and ``text``; ``mark`` is the span of ``text`` (start, end) the
    problem is about; a paragraph in a table cell also has ``table`` (1-based in the part),
    ``table_row`` and ``table_cell`` (1-based in the table and the row), printed instead of the
    paragraph number. When a problem is both in a template and about a row of data (a batch),
    ``file`` and ``line`` are the data's and ``template`` names the template. ``record`` is the
    1-based record of a ``render_many`` call. The message never repeats the location: every
    error prints the same way. The message is in the language reportkit speaks
    (:mod:`reportkit.i18n`); ``code`` is a stable name of the problem for programs
    (``file.missing``), the same in every language.

    >>> print(Problem("bad", file="skolas.csv", line=3, template="t.docx", part="body",
    ...               paragraph=1, text="{{ x }}"))
    skolas.csv:3: t.docx, body, paragraph 1 ("{{ x }}"): bad
    """

    message: str
    file: str | None = None
    line: int | None = None
    field: str | None = None
    part: str | None = None
    paragraph: int | None = None
    text: str | None = None
    sheet: str | None = None
    cell: str | None = None
    template: str | None = None
    record: int | None = None
    mark: tuple[int, int] | None = None
    table: int | None = None
    table_row: int | None = None
    table_cell: int | None = None
    code: str | None = None

    def where(self) -> str:
        """The location part of the one-line message, or ``""`` when nothing is known.

        >>> Problem("x", file="a.yaml", line=3, field="title").where()
        'a.yaml:3: title'
        >>> Problem("x", file="p.xlsx", sheet="Partneri", cell="C4", field="valsts").where()
        'p.xlsx:Partneri!C4: valsts'
        """
        places = [self._data_place(), self._template_place()]
        if self.record is not None:
            places.append(_("record {record}").format(record=self.record))
        if self.field:
            places.append(self.field)
        return ": ".join(p for p in places if p)

    def _in_template(self) -> bool:
        return self.part is not None or self.paragraph is not None or self.text is not None

    def _data_place(self) -> str:
        if self._in_template() and self.template is None:
            return ""  # ``file`` is the template: _template_place names it
        place = self.file or ""
        if self.sheet is not None:
            place += f":{self.sheet}" + (f"!{self.cell}" if self.cell else "")
        elif self.cell is not None:
            place += f":{self.cell}"
        if self.line is not None:
            place = f"{place}:{self.line}" if place else _("line {line}").format(line=self.line)
        return place

    def _template_place(self) -> str:
        if not self._in_template():
            return ""
        name = self.template if self.template is not None else self.file
        extras = [p for p in (name, part_name(self.part) if self.part else None) if p]
        if self.table is not None:
            cell = [_(what).format(n=n) for what, n in (
                (_TABLE, self.table), (_ROW, self.table_row), (_CELL, self.table_cell))
                if n is not None]
            extras.append(", ".join(cell))
        elif self.paragraph is not None:
            extras.append(_("paragraph {n}").format(n=self.paragraph))
        if self.text is not None:
            quoted = _quote(self.text, self.mark)
            extras[-1:] = [f"{extras[-1]} ({quoted})"] if extras else [quoted]
        return ", ".join(extras)

    def at_row(self, file: str, line: int) -> Problem:
        """This problem, found while rendering the row ``line`` of the table ``file``: the row
        becomes the data location and a template location moves to ``template``.

        >>> print(Problem("bad", file="t.docx", part="body", paragraph=2).at_row("s.csv", 7))
        s.csv:7: t.docx, body, paragraph 2: bad
        >>> print(Problem("bad").at_row("s.csv", 7))
        s.csv:7: bad
        """
        from dataclasses import replace

        template = self.file if self._in_template() and self.template is None else self.template
        return replace(self, file=file, line=line, template=template)

    def __str__(self) -> str:
        where = self.where()
        return f"{where}: {self.message}" if where else self.message


def part_name(part: str) -> str:
    """How a location names a template's ``part`` (:attr:`Problem.part`, always the English
    label) in the language reportkit speaks; a part Word has no name for keeps its file's.

    >>> part_name("first-page header (section 2)"), part_name("header3")
    ('first-page header (section 2)', 'header3')
    """
    section = _SECTION.fullmatch(part)
    if section is not None and section["part"] in _PARTS:
        name = _PARTS[section["part"]]  # a name apart: Babel 2.14 extracts literals in _(…[…])
        return _("{part} (section {section})").format(part=_(name),
                                                      section=section["section"])
    return _(_PARTS[part]) if part in _PARTS else part


def shorten(text: str, width: int) -> str:
    """``text`` on one line (runs of white space made one space), cut to ``width`` with "…".

    The one way reportkit quotes user text in a message.

    >>> shorten("Otrā  {% if x %}\\n rinda", 12)
    'Otrā {% if…'
    """
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"


def _quote(text: str, mark: tuple[int, int] | None = None) -> str:
    if mark is None or text[: mark[0]].strip() == text[mark[1]:].strip() == "":
        return f'"{shorten(text, _SNIPPET)}"'  # no mark, or all the paragraph says is the fault
    return f'"{marked(text, *mark)}"'


def marked(text: str, start: int, end: int, width: int = _MARKED) -> str:
    """``text`` on one line with ``text[start:end]`` between » and «, cut around the mark.

    >>> marked("Dienas: {{ dienas|count('diena') .", 8, 34)
    "Dienas: »{{ dienas|count('diena') .«"
    >>> marked("Ļoti gara rindkopa, kurā ir daudz vārdu pirms birkas {{ x }} un pēc tās.", 53, 60)
    '…vārdu pirms birkas »{{ x }}« un pēc tās.'
    """
    before, fault, after = (_flat(text[:start]), _flat(text[start:end]), _flat(text[end:]))
    if len(before) + len(fault) + len(after) + 2 <= width:
        return f"{before}»{fault}«{after}"
    if len(fault) > width - 10:
        fault = fault[: width - 11].rstrip() + "…"
    room = width - len(fault) - 2
    if len(before) > min(_AROUND, room):
        before = "…" + before[-min(_AROUND, room) + 1:].lstrip()
    room -= len(before)
    if len(after) > max(room, 0):
        after = after[: max(room - 1, 0)].rstrip() + "…"
    return f"{before}»{fault}«{after}"


def _flat(text: str) -> str:
    """Runs of white space made one space, keeping a space at either end."""
    if not text:
        return ""
    inner = " ".join(text.split())
    return (" " if text[0].isspace() else "") + inner + (
        " " if text[-1].isspace() and inner else "")


def dotted(loc: Loc) -> str:
    """A data path as a :class:`Problem` names its field, items counted from 1 as a person
    counts them (the data's ``partners[0]`` is the first partner).

    >>> dotted(("partners", 0, "country"))
    'partners.1.country'
    """
    return ".".join(str(part + 1) if isinstance(part, int) else str(part) for part in loc)


class FieldProblems(ValueError):
    """Raised inside a model's validator: one or more problems, each at a path below the model
    that raised it, so the loader can point at the field that is wrong (``total``), not at the
    whole model (a budget that doesn't add up).

    >>> str(FieldProblems([(("total",), "must equal the categories' sum 10.00 (got 12.00)")]))
    "total: must equal the categories' sum 10.00 (got 12.00)"
    """

    def __init__(self, problems: Iterable[tuple[Loc, str]]) -> None:
        self.problems = list(problems)
        super().__init__("; ".join(f"{dotted(loc)}: {msg}" for loc, msg in self.problems))


class DataWarning(UserWarning):
    """Data that was accepted but deserves a look: a correction the models made (a letter O in
    ``LVO1``), a text not confirmed official, a count that disagrees with its lines. The
    command line prints each as one ``warning: …`` line."""


class FieldWarning(DataWarning):
    """A DataWarning a model gives about one of its own fields as it is made (a name whose
    gender nothing tells). A program that builds the model sees it at once; ``load`` drops it
    and reports the same warning located (``file:line: field: …``) from the model's
    ``own_warnings``."""


class ReportkitError(Exception):
    """Base of every error reportkit raises on purpose.

    Build it from a message, one :class:`Problem` or several; ``str(err)`` is one line per problem.

    >>> ReportkitError("no such template: x.docx").problems[0].message
    'no such template: x.docx'
    """

    def __init__(self, problems: str | Problem | Iterable[Problem]) -> None:
        if isinstance(problems, str):
            items = [Problem(problems)]
        elif isinstance(problems, Problem):
            items = [problems]
        else:
            items = list(problems)
        if not items:
            raise ValueError("a reportkit error needs at least one problem")
        self.problems: list[Problem] = items
        super().__init__("\n".join(str(p) for p in items))

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)


class DataError(ReportkitError):
    """A data file or value is wrong: unreadable, bad YAML, a bad field, inconsistent figures."""


class TemplateError(ReportkitError):
    """A template is wrong: not a .docx, bad Jinja syntax, unknown filter or name, unsafe code."""


class RenderError(ReportkitError):
    """Rendering failed for a reason outside the template and the data: an unwritable path, say."""


class ConversionError(ReportkitError):
    """Turning .docx into PDF failed: LibreOffice missing, timed out, or produced nothing.

    ``written`` holds the PDFs that were made all the same (in input order), so a caller that
    catches the error loses none of them:

    >>> err = ConversionError(Problem("no PDF", file="b.docx"), written=[Path("a.pdf")])
    >>> [str(pdf) for pdf in err.written]
    ['a.pdf']
    """

    def __init__(self, problems: str | Problem | Iterable[Problem], *,
                 written: Iterable[Path] = ()) -> None:
        super().__init__(problems)
        self.written: list[Path] = list(written)
