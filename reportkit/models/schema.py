"""JSON Schemas of the data files, so editors can autocomplete and check them.

    >>> json_schema("project")["properties"]["kind"]["const"]
    'project'
    >>> json_schema("invoice")
    Traceback (most recent call last):
    ...
    ValueError: unknown kind 'invoice'; the kinds are: project, press_release, final_report
"""

from __future__ import annotations

from typing import Any

from .base import Model
from .press import PressRelease
from .projects import Project
from .reports import FinalReport

__all__ = ["KINDS", "json_schema"]

KINDS: dict[str, type[Model]] = {
    "project": Project,
    "press_release": PressRelease,
    "final_report": FinalReport,
}


def json_schema(kind: str) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a data file of ``kind``, as pydantic describes it.

    Derived values (months, totals) are left out: they are computed, not written.

    >>> schema = json_schema("project")
    >>> schema["title"], "months" in schema["$defs"]["Period"]["properties"]
    ('Project', False)
    """
    model = KINDS.get(kind)
    if model is None:
        raise ValueError(f"unknown kind {kind!r}; the kinds are: {', '.join(KINDS)}")
    schema = model.model_json_schema(mode="validation")
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}
