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
from typing import Any

from pydantic import (
    BaseModel,
    ConfigDict,
    ModelWrapValidatorHandler,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_core import to_jsonable_python

from reportkit.errors import DataWarning, FieldProblems, Loc
from reportkit.i18n import gettext as _

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
        raise FieldProblems([((field,), _("{end} is before the start {start}").format(
            end=end.isoformat(), start=start.isoformat()))])


def raise_problems(problems: Sequence[tuple[Loc, str]]) -> None:
    """Raise :class:`FieldProblems` when there is anything to report.

    >>> raise_problems([])
    """
    if problems:
        raise FieldProblems(problems)


class Model(BaseModel):
    """Base of the models: unknown keys are errors (typos are the commonest mistake), every
    text is NFC-normalised, from a file or from Python (:mod:`reportkit.read.text`), so the
    Latvian rules see ``ē`` as one letter however it was typed, and a model survives its own
    dump: ``Model.model_validate(m.model_dump()) == m``.

    A dump holds the computed fields (``period.months``); given back, each must equal what the
    model computes, else it is a problem at that field (so a stale ``months: 99`` written by
    hand is never silently ignored). Assignments are validated like loading: ``p.budget.total =
    -5`` is refused.

        >>> from reportkit.models import Period
        >>> p = Period(start=date(2019, 6, 1), end=date(2021, 1, 31))
        >>> Period.model_validate(p.model_dump()) == p
        True
        >>> Period.model_validate({**p.model_dump(), "months": 99})  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        pydantic_core._pydantic_core.ValidationError: 1 validation error for Period
        ...months: is computed from the other values (20); leave it out...
        >>> import unicodedata
        >>> from reportkit.models import Organisation
        >>> Organisation(name=unicodedata.normalize("NFD", "Cēsu skola")).name == "Cēsu skola"
        True
    """

    # defer_build: a model's validator is built when first used, so loading a project does
    # not pay for building press releases and final reports (command-line start-up time)
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, defer_build=True,
                              validate_assignment=True)

    @field_validator("*", mode="before")
    @classmethod
    def _nfc(cls, value: Any) -> Any:
        from reportkit.read.text import nfc

        return nfc(value)

    def fill(self, name: str, value: Any) -> None:
        """Set a field from inside the model's own checks, from data already checked (a
        programme's texts, an activity's one day): not validated again and not counted as
        given (``model_fields_set``), as an assignment from outside would be."""
        self.__dict__[name] = value

    def __setattr__(self, name: str, value: Any) -> None:
        # pydantic has already stored the value when a model check (a budget that no longer
        # adds up) refuses it: put the old one back, so a refused assignment changes nothing
        old = self.__dict__.get(name, _NOTHING)
        try:
            super().__setattr__(name, value)
        except ValidationError:
            if old is not _NOTHING:
                self.__dict__[name] = old
            raise

    @model_validator(mode="wrap")
    @classmethod
    def _computed_fields_given_back(cls, data: Any, handler: ModelWrapValidatorHandler[Any]
                                    ) -> Any:
        computed = cls.model_computed_fields
        if not isinstance(data, dict) or not computed.keys() & data.keys():
            return handler(data)
        given = {name: data[name] for name in computed if name in data}
        model = handler({k: v for k, v in data.items() if k not in given})
        raise_problems([((name,), _("is computed from the other values ({value}); leave it "
                                    "out or correct the values it comes from").format(
                                        value=_shown(now)))
                        for name, value in given.items()
                        if to_jsonable_python(value) != to_jsonable_python(
                            now := getattr(model, name))])
        return model

    def own_warnings(self) -> list[tuple[Loc, str]]:
        """This model's own warnings, at fields relative to it (none unless a model has some)."""
        return []

    def data_warnings(self, skip: frozenset[str] = frozenset()) -> list[tuple[Loc, str]]:
        """Every warning of this model and those inside it (:func:`data_warnings`)."""
        return data_warnings(self, skip)


_NOTHING = object()


def _shown(value: Any) -> str:
    text = to_jsonable_python(value)
    return str(text) if not isinstance(text, (list, dict)) else repr(text)


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
