"""JSON Schemas of the data files, so editors can autocomplete and check them.

    >>> json_schema("project")["properties"]["kind"]["const"]
    'project'
    >>> json_schema("invoice")
    Traceback (most recent call last):
    ...
    reportkit.errors.DataError: unknown kind 'invoice'; the kinds are: project, press_release, final_report
"""  # noqa: E501

from __future__ import annotations

from typing import Any

from reportkit.kinds import get_kind

__all__ = ["json_schema"]


def json_schema(kind: str) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a data file of ``kind``, as pydantic describes it.

    Derived values (months, totals) are left out: they are computed, not written.

    >>> schema = json_schema("project")
    >>> schema["title"], "months" in schema["$defs"]["Period"]["properties"]
    ('Project', False)
    """
    schema = get_kind(kind).model_class().model_json_schema(mode="validation")
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}
