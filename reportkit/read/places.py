"""Where a value was read: a line of a YAML, JSON or CSV file, or a cell of a workbook.

A reader gives, beside the data, the place of every key and item by its path (``Places``); a
problem at a path is put at the nearest place on the way up (:func:`place`), as the fields of
a :class:`~reportkit.errors.Problem`:

    >>> places = {("title",): 2, ("partners", 0, "country"): Cell("Partneri", "C4", "valsts")}
    >>> place(places, ("partners", 0, "country"))
    {'sheet': 'Partneri', 'cell': 'C4', 'field': 'valsts'}
    >>> place(places, ("title",)), place(places, ("period", "start"))
    ({'line': 2, 'field': 'title'}, {'field': 'period.start'})

A workbook's cell names its column as the workbook does (``valsts``), so a coordinator reads
``projekts.xlsx:Partneri!C4: valsts: …`` and finds the cell.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Union

from reportkit.errors import Loc, dotted

__all__ = ["Cell", "Places", "place"]


@dataclass(frozen=True)
class Cell:
    """A workbook's cell (``cell`` None: the sheet as a whole) and the name of its column or
    row there (``label``; None: the data's own field name)."""

    sheet: str
    cell: str | None = None
    label: str | None = None


Places = Mapping[Loc, Union[int, Cell]]  # noqa: UP007 - evaluated at run time on Python 3.10
"""The line, or the cell, of each key and list item, by its path."""


def place(places: Places, loc: Loc) -> dict[str, Any]:
    """The :class:`~reportkit.errors.Problem` fields for ``loc``: the nearest place at or
    above it, and the field (a cell's label when the cell is ``loc``'s own)."""
    for n in range(len(loc), -1, -1):
        found = places.get(loc[:n])
        if found is None:
            continue
        if isinstance(found, Cell):
            label = found.label if n == len(loc) and found.label else dotted(loc)
            fields: dict[str, Any] = {"sheet": found.sheet, "cell": found.cell}
            return {**fields, "field": label or None}
        return {"line": found, "field": dotted(loc) or None}
    return {"field": dotted(loc) or None}
