"""A batch row's problem at the column it is about: the table's cell, and the column's header.

A filter that refuses a value (``decline`` given an empty text, ``format_date`` a text) is
located at the paragraph whose tag failed (:mod:`reportkit.render.datamessages`) and at the
row; in a certificate's long paragraph the quoted text is cut before the tags, so two rows
failing on two different columns would read alike. When the paragraph's tags read exactly one
of the table's columns, the problem is that column's: it is put at its cell (``Dalībnieki!C7``
in a workbook) with the header named; when the problem marks the failing tag (``mark``), the
columns that tag reads count. A paragraph reading several columns, with no tag marked, is left
as it is: which of them the failing tag read cannot be known from the paragraph, and a wrong
column would send the coordinator to the wrong cell.

    >>> read_columns("Sveicam {{ vārds|decline('acc') }} ({{ skola.nosaukums }})!",
    ...              ["vārds", "skola.nosaukums", "kods"])
    ['vārds', 'skola.nosaukums']
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from reportkit.errors import Problem

if TYPE_CHECKING:
    from reportkit.read.tables import Row

__all__ = ["at_column", "read_columns"]

_TAG = re.compile(r"\{\{(.*?)\}\}|\{%(.*?)%\}", re.DOTALL)
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")
_NOT_DATA = re.compile(r"(?:\||\bis\s+(?:not\s+)?)\s*[^\W\d]\w*")  # a filter's or a test's name
_NAME = re.compile(r"[^\W\d]\w*(?:\.[^\W\d]\w*)*")


def read_columns(text: str, columns: list[str]) -> list[str]:
    """The columns (dotted headers, as :func:`.batch.table_columns` gives them) that the tags
    of a paragraph's ``text`` read, in the order the columns are; a tag reading a group
    (``skola`` of ``skola.nosaukums`` and ``skola.pilsēta``) reads each of them.

    >>> read_columns("{{ country | country }} {% if gads is defined %}{{ gads }}{% endif %}",
    ...              ["country", "gads", "defined"])
    ['country', 'gads']
    >>> read_columns("{{ skola }}", ["skola.nosaukums", "skola.pilsēta", "vārds"])
    ['skola.nosaukums', 'skola.pilsēta']
    """
    names: set[str] = set()
    for match in _TAG.finditer(text):
        code = _NOT_DATA.sub(" ", _QUOTED.sub(" ", match.group(1) or match.group(2)))
        names.update(_NAME.findall(code))
    return [c for c in columns
            if any(c == name or c.startswith(f"{name}.") or name.startswith(f"{c}.")
                   for name in names)]


def at_column(problem: Problem, row: Row, table: str, columns: list[str]) -> Problem:
    """``problem``, found while rendering ``row`` of ``table``, at the row; and, when it is a
    value the template refused (``render.data``), at the cell and header of the one column its
    paragraph reads, when it reads one.

    >>> from reportkit.read.tables import Row
    >>> found = Problem("decline needs a name", file="t.docx", part="body", paragraph=2,
    ...                 text="Skolā: {{ skola|decline('loc') }}", code="render.data")
    >>> print(at_column(found, Row(3, {}, "Dalībnieki", {"skola": "B"}), "d.xlsx", ["skola"]))
    d.xlsx:Dalībnieki!B3: t.docx, body, paragraph 2 ("Skolā: {{ skola|decline('loc') }}"): skola: decline needs a name
    >>> print(at_column(found, Row(3, {}), "d.csv", ["skola", "vārds"]))
    d.csv:3: t.docx, body, paragraph 2 ("Skolā: {{ skola|decline('loc') }}"): skola: decline needs a name
    """  # noqa: E501
    at_row = problem.at_row(table, row.number) if problem.file != table else problem
    if problem.code != "render.data" or problem.text is None or problem.field is not None:
        return at_row
    text = problem.text if problem.mark is None else problem.text[slice(*problem.mark)]
    read = read_columns(text, columns)
    if len(read) != 1:
        return at_row
    place = row.place(read[0])
    return replace(at_row, line=place.get("line"), sheet=place.get("sheet"),
                   cell=place.get("cell"), field=read[0])
