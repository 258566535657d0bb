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
import re
from typing import TYPE_CHECKING, Any, get_args, get_origin

from reportkit.errors import FieldProblems, Loc, Problem
from reportkit.i18n import N_
from reportkit.i18n import gettext as _

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
                problems.append(located(name, lines, (*loc, *sub), message, "data.check"))
        else:
            if e["type"] == "invalid_key":  # the key is no field: locate the mapping
                loc = loc[:-1]
            problems.append(located(name, lines, loc, _message(e, model), f"data.{e['type']}"))
    return problems


def located(name: str, lines: Places, loc: Loc, message: str, code: str | None = None
            ) -> Problem:
    """A problem at ``loc``, on the line (or in the cell) of ``loc`` or of the nearest key
    above it (:func:`.places.place`)."""
    return Problem(message, file=name, code=code, **place(lines, loc))


def shown(value: Any) -> str:
    """A value as a data file writes it, not as Python shows it.

    >>> from decimal import Decimal
    >>> from datetime import date, datetime
    >>> shown("x"), shown(Decimal("5.5")), shown(date(2024, 2, 12)), shown(True), shown(None)
    ("'x'", '5.5', '2024-02-12', 'true', 'nothing')
    >>> shown(datetime(2024, 2, 12, 13, 45)), shown({"a": 1})
    ('2024-02-12 13:45:00', 'a set of fields')
    """
    from datetime import date, datetime
    from decimal import Decimal

    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, Decimal)):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    if value is None:
        return _("nothing")
    if isinstance(value, dict):
        return _("a set of fields")
    if isinstance(value, list):  # scalars shown, a list inside (perhaps itself) is "…"
        items = ["…" if isinstance(v, (list, dict)) else shown(v) for v in value[:5]]
        return "[" + ", ".join(items + ["…"] * (len(value) > 5)) + "]"
    return repr(value)


_FIELDS = N_("must be a set of fields (key: value lines)")
_PLAIN = {
    "string_too_short": N_("must not be empty"),
    "list_type": N_("must be a list (lines starting with '- ')"),
    "model_type": _FIELDS,
    "model_attributes_type": _FIELDS,
    "dict_type": _FIELDS,
}
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})\.?")


def _message(e: Any, model: type[BaseModel]) -> str:
    kind, got = e["type"], e.get("input")
    ctx = e.get("ctx") or {}
    value = shown(got)
    if kind == "extra_forbidden":
        return _unknown_field(model, tuple(e["loc"]))
    if kind == "missing":
        return _("is required")
    if kind in _PLAIN:
        return _(_PLAIN[kind]) + " " + _("(got {value})").format(value=value)
    if kind.startswith(("date_", "datetime_")):
        return _date(got)
    if kind.startswith("int_"):
        return _("must be a whole number (got {value})").format(value=value)
    if kind == "string_type":
        return _("must be text (got {value})").format(value=value)
    if kind == "string_unicode":  # a lone surrogate, from JSON's "\ud800"
        return _("{value} is not valid Unicode text: it holds a lone surrogate").format(
            value=value)
    if kind == "literal_error":
        return _("must be one of {choices} (got {value})").format(
            choices=str(ctx.get("expected")).replace("' or '", "', '"), value=value)
    if kind == "greater_than_equal":
        return _("must be at least {least} (got {value})").format(least=ctx.get("ge"),
                                                                  value=value)
    if kind == "invalid_key":
        return _("holds {value} where a field name should be: in {{…}} a comma separates "
                 "fields, so write an amount with a decimal comma in quotation marks "
                 "({{total: '22 783,00'}}) or each field on its own line").format(value=value)
    if kind == "value_error":
        return str(e["msg"]).removeprefix("Value error, ")
    text = str(e["msg"])
    return f"{text[:1].lower()}{text[1:]} " + _("(got {value})").format(value=value)


def _date(got: Any) -> str:
    """A date the loader cannot read: how to write it, with the date itself when it is one."""
    match = _DAY_MONTH_YEAR.fullmatch(got.strip()) if isinstance(got, str) else None
    if match and _real_date(*(int(g) for g in reversed(match.groups()))):
        day, month, year = (int(g) for g in match.groups())
        return _("must be a date written year-month-day: {fixed} (got {value})").format(
            fixed=f"{year:04d}-{month:02d}-{day:02d}", value=shown(got))
    return _("must be a date like 2019-06-01 (got {value})").format(value=shown(got))


def _real_date(year: int, month: int, day: int) -> bool:
    """Whether the day exists: 31.02.2019. is not answered with 2019-02-31."""
    from datetime import date

    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _unknown_field(model: type[BaseModel], loc: Loc) -> str:
    allowed = _fields_at(model, loc[:-1])
    close = difflib.get_close_matches(str(loc[-1]), allowed, n=1, cutoff=0.6)
    if close:
        return _("unknown field; did you mean {field}?").format(field=repr(close[0]))
    return _("unknown field; the fields here are: {fields}").format(fields=", ".join(allowed))


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
