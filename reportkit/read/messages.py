"""Pydantic's validation errors as located problems a coordinator can act on.

Each error becomes one :class:`~reportkit.errors.Problem` with the file, the line (from the
YAML line map) and the dotted field; messages say what is expected, with "did you mean" for a
misspelt field::

    >>> from reportkit.models import Project
    >>> from pydantic import ValidationError
    >>> try:
    ...     Project.model_validate({"kind": "project", "titel": "X"})
    ... except ValidationError as err:
    ...     print(validation_problems(err, "p.yaml", {("titel",): 2}, Project)[-1])
    p.yaml:2: titel: unknown field; did you mean 'title'?
"""

from __future__ import annotations

import difflib
from typing import TYPE_CHECKING, Any, get_args, get_origin

from reportkit.errors import FieldProblems, Loc, Problem

from .places import Places, place

if TYPE_CHECKING:
    from pydantic import BaseModel, ValidationError

__all__ = ["located", "validation_problems"]


def validation_problems(err: ValidationError, name: str, lines: Places,
                        model: type[BaseModel], *, skip_project: bool = False) -> list[Problem]:
    """One located problem per error; ``skip_project`` leaves out errors inside ``project``
    (a referenced project file whose own problems were already reported)."""
    problems = []
    for e in err.errors(include_url=False):
        loc: Loc = tuple(e["loc"])
        if skip_project and loc[:1] == ("project",):
            continue  # already reported where the project file is named
        found = (e.get("ctx") or {}).get("error")
        if isinstance(found, FieldProblems):
            for sub, message in found.problems:
                problems.append(located(name, lines, (*loc, *sub), message))
        else:
            problems.append(located(name, lines, loc, _message(e, model)))
    return problems


def located(name: str, lines: Places, loc: Loc, message: str) -> Problem:
    """A problem at ``loc``, on the line (or in the cell) of ``loc`` or of the nearest key
    above it (:func:`.places.place`)."""
    return Problem(message, file=name, **place(lines, loc))


_PLAIN = {
    "missing": "is required",
    "string_too_short": "must not be empty",
    "list_type": "must be a list (lines starting with '- ')",
    "model_type": "must be a set of fields (key: value lines)",
    "model_attributes_type": "must be a set of fields (key: value lines)",
    "dict_type": "must be a set of fields (key: value lines)",
}


def _message(e: Any, model: type[BaseModel]) -> str:
    kind, got = e["type"], e.get("input")
    ctx = e.get("ctx") or {}
    if kind == "extra_forbidden":
        return _unknown_field(model, tuple(e["loc"]))
    if kind in _PLAIN:
        return _PLAIN[kind] + ("" if kind == "missing" else f" (got {got!r})")
    if kind.startswith(("date_", "datetime_")):
        return f"must be a date like 2019-06-01 (got {got!r})"
    if kind.startswith("int_"):
        return f"must be a whole number (got {got!r})"
    if kind == "string_type":
        return f"must be text (got {got!r})"
    if kind == "string_unicode":  # a lone surrogate, from JSON's "\ud800"
        return f"{got!r} is not valid Unicode text: it holds a lone surrogate"
    if kind == "literal_error":
        return f"must be one of {ctx.get('expected')} (got {got!r})"
    if kind == "greater_than_equal":
        return f"must be at least {ctx.get('ge')} (got {got!r})"
    if kind == "value_error":
        return str(e["msg"]).removeprefix("Value error, ")
    text = str(e["msg"])
    return f"{text[:1].lower()}{text[1:]} (got {got!r})"


def _unknown_field(model: type[BaseModel], loc: Loc) -> str:
    allowed = _fields_at(model, loc[:-1])
    close = difflib.get_close_matches(str(loc[-1]), allowed, n=1, cutoff=0.6)
    if close:
        return f"unknown field; did you mean {close[0]!r}?"
    return f"unknown field; the fields here are: {', '.join(allowed)}"


def _fields_at(model: type[BaseModel], loc: Loc) -> list[str]:
    """The field names of the model found by following ``loc`` down from ``model``."""
    current: Any = model
    for part in loc:
        if isinstance(part, int):
            continue
        field = current.model_fields.get(part)
        if field is None:
            return []
        current = _inner_model(field.annotation)
        if current is None:
            return []
    return list(current.model_fields)


def _inner_model(annotation: Any) -> Any:
    from pydantic import BaseModel

    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in get_args(annotation) if get_origin(annotation) is not None else ():
        found = _inner_model(arg)
        if found is not None:
            return found
    return None
