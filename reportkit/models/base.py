"""What every model shares: unknown fields are errors, and problems that name their own field.

A check that spans fields (a budget that doesn't add up) raises :class:`FieldProblems` so the
loader can point at the field that is wrong, not at the whole model::

    >>> str(FieldProblems([(("total",), "must equal the categories' sum 10.00 (got 12.00)")]))
    "total: must equal the categories' sum 10.00 (got 12.00)"
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Annotated

from pydantic import BaseModel, BeforeValidator, ConfigDict

from reportkit.errors import Loc, dotted

__all__ = ["DataWarning", "FieldProblems", "Loc", "Model", "Paragraphs", "check_not_before",
           "raise_problems"]



class DataWarning(UserWarning):
    """Data that was accepted after a correction (a letter O in ``LVO1``, a stray space)."""


class FieldProblems(ValueError):
    """One or more problems, each at a path below the model that raised it."""

    def __init__(self, problems: Sequence[tuple[Loc, str]]) -> None:
        self.problems = list(problems)
        super().__init__("; ".join(f"{dotted(loc)}: {msg}" for loc, msg in self.problems))


def check_not_before(start: date | None, end: date | None, field: str = "end") -> None:
    """Raise :class:`FieldProblems` at ``field`` when ``end`` is before ``start``.

    >>> check_not_before(date(2015, 11, 6), date(2015, 11, 5))
    Traceback (most recent call last):
    ...
    reportkit.models.base.FieldProblems: end: 2015-11-05 is before the start 2015-11-06
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


def _paragraphs(value: object) -> object:
    # A paragraph wrapped over several lines in a data file is one paragraph: its lines are
    # joined with spaces, or each would become a line break in the document.
    if isinstance(value, str):
        return [" ".join(line.strip() for line in p.split("\n") if line.strip())
                for p in value.split("\n\n") if p.strip()]
    return value


Paragraphs = Annotated[list[str], BeforeValidator(_paragraphs)]
"""Text in paragraphs: a list, or one text whose blank lines separate the paragraphs.

    >>> from pydantic import TypeAdapter
    >>> TypeAdapter(Paragraphs).validate_python("Pirmā\\nrinda.\\n\\nOtrā.")
    ['Pirmā rinda.', 'Otrā.']
"""
