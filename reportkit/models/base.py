"""What every model shares: unknown fields are errors, and problems that name their own field.

A check that spans fields (a budget that doesn't add up) raises
:class:`reportkit.errors.FieldProblems` so the loader can point at the field that is wrong, not
at the whole model::

    >>> check_not_before(date(2019, 6, 1), date(2019, 6, 1))
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, field_validator

from reportkit.errors import FieldProblems, Loc

__all__ = ["DataWarning", "FieldProblems", "Loc", "Model", "check_not_before",
           "raise_problems"]



class DataWarning(UserWarning):
    """Data that was accepted after a correction (a letter O in ``LVO1``, a stray space)."""


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
    """Base of the models: unknown keys are errors (typos are the commonest mistake), and every
    text is NFC-normalised, from a file or from Python (:mod:`reportkit.read.text`), so the
    Latvian rules see ``ē`` as one letter however it was typed.

    >>> import unicodedata
    >>> class Place(Model):
    ...     name: str
    >>> Place(name=unicodedata.normalize("NFD", "Cēsis")).name == "Cēsis"
    True
    """

    # defer_build: a model's validator is built when first used, so loading a project does
    # not pay for building press releases and final reports (command-line start-up time)
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, defer_build=True)

    @field_validator("*", mode="before")
    @classmethod
    def _nfc(cls, value: Any) -> Any:
        from reportkit.read.text import nfc

        return nfc(value)
