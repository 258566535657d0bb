"""What every model shares: unknown fields are errors, and problems that name their own field.

A check that spans fields (a budget that doesn't add up) raises
:class:`reportkit.errors.FieldProblems` so the loader can point at the field that is wrong, not
at the whole model::

    >>> check_not_before(date(2019, 6, 1), date(2019, 6, 1))

Data that is valid but worth a second look (a text not confirmed official, a count that
disagrees with its lines) is a warning at its field: each model lists its own in
``own_warnings``, and :func:`data_warnings` gathers them from a whole document, each at its
path, for the loader to report as ``file:line: field: message``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from pydantic import BaseModel, ConfigDict

from reportkit.errors import DataWarning, FieldProblems, Loc

__all__ = ["DataWarning", "FieldProblems", "Loc", "Model", "check_not_before",
           "data_warnings", "raise_problems"]


def check_not_before(start: date | None, end: date | None, field: str = "end") -> None:
    """Raise :class:`FieldProblems` at ``field`` when ``end`` is before ``start``.

    >>> check_not_before(date(2015, 11, 6), date(2015, 11, 5))
    Traceback (most recent call last):
    ...
    reportkit.errors.FieldProblems: end: 2015-11-05 is before the start 2015-11-06
    """
    if start is not None and end is not None and end < start:
        raise FieldProblems([((field,), f"{end.isoformat()} is before the start "
                                         f"{start.isoformat()}")])


def raise_problems(problems: Sequence[tuple[Loc, str]]) -> None:
    """Raise :class:`FieldProblems` when there is anything to report.

    >>> raise_problems([])
    """
    if problems:
        raise FieldProblems(problems)


class Model(BaseModel):
    """Base of the models: unknown keys are errors (typos are the commonest mistake)."""

    # defer_build: a model's validator is built when first used, so loading a project does
    # not pay for building press releases and final reports (command-line start-up time)
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, defer_build=True)

    def own_warnings(self) -> list[tuple[Loc, str]]:
        """This model's own warnings, at fields relative to it (none unless a model has some)."""
        return []

    def data_warnings(self, skip: frozenset[str] = frozenset()) -> list[tuple[Loc, str]]:
        """Every warning of this model and those inside it (:func:`data_warnings`)."""
        return data_warnings(self, skip)


def data_warnings(model: BaseModel, skip: frozenset[str] = frozenset()) -> list[tuple[Loc, str]]:
    """Every warning of ``model`` and the models inside it, each at its path; the fields named
    in ``skip`` are not looked into (a project file that was read, and warned about, already).

    >>> from reportkit.models import Programme
    >>> [(loc, m[:30]) for loc, m in data_warnings(Programme(scheme="norway_grants_2009_2014"))]
    [(('statement_lv',), 'the Latvian funding statement ')]
    """
    own = getattr(model, "own_warnings", None)
    found = list(own()) if callable(own) else []
    for name in type(model).model_fields:
        if name in skip:
            continue
        value = getattr(model, name)
        items = enumerate(value) if isinstance(value, list) else [(None, value)]
        for i, item in items:
            if isinstance(item, BaseModel):
                at: Loc = (name,) if i is None else (name, i)
                found += [((*at, *loc), message) for loc, message in data_warnings(item)]
    return found
