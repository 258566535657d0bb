"""JSON Schemas of the data files, so editors can autocomplete and check them.

A schema says of every field what it is, in Latvian or English (the table
``reportkit/models/data/schema_descriptions.tsv``), and accepts what the loader accepts: text in
paragraphs as one block of text or a list, a phone number written as a number, a press release's
or report's ``project:`` as the name of a project file.

    >>> json_schema("project", "lv")["properties"]["title"]["description"]
    'Projekta nosaukums.'
    >>> json_schema("project", "en")["properties"]["kind"]["const"]
    'project'
    >>> json_schema("invoice")
    Traceback (most recent call last):
    ...
    reportkit.errors.DataError: unknown kind 'invoice'; the kinds are: project, press_release, final_report

An editor finds a data file's schema by its first line, ``# yaml-language-server:
$schema=schema/project.json`` (the starters have it); :func:`schema_line` writes it.
"""  # noqa: E501

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources
from typing import Any

from reportkit import i18n
from reportkit.kinds import get_kind

__all__ = ["description", "json_schema", "schema_line"]

_FILE = {"type": "string", "pattern": r"\.(ya?ml|json)$",
         "examples": ["projekts.yaml"]}  # a project given by its file (read/load.py reads it)


@lru_cache(maxsize=1)
def _descriptions() -> dict[tuple[str, str], tuple[str, str]]:
    text = (resources.files("reportkit.models") / "data" / "schema_descriptions.tsv").read_text(
        encoding="utf-8")
    rows = csv.reader((line for line in text.splitlines() if line and not line.startswith("#")),
                      delimiter="\t", quoting=csv.QUOTE_NONE)
    return {(model, field): (en, lv) for model, field, en, lv in rows}


def description(model: str, field: str, lang: str) -> str | None:
    """What the schema says of ``field`` of ``model`` (``""``: of the model itself) in ``lang``.

    >>> description("Partner", "country", "lv")
    'Valsts divu burtu kods: LV, DE, IT, NO …'
    """
    texts = _descriptions()
    found = texts.get((model, field)) or (texts.get(("*", field)) if field else None)
    if found is None:
        return None
    return found[1] if lang == "lv" else found[0]


def json_schema(kind: str, lang: str | None = None) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a data file of ``kind``, its descriptions in ``lang``
    (``lv`` or ``en``; default: the language reportkit speaks now).

    Derived values (months, totals) are left out: they are computed, not written.

    >>> schema = json_schema("project")
    >>> schema["title"], "months" in schema["$defs"]["Period"]["properties"]
    ('Project', False)
    """
    lang = lang or i18n.language()
    schema = get_kind(kind).model_class().model_json_schema(mode="validation")
    if "project" in schema["properties"] and kind != "project":
        project = schema["properties"]["project"]
        choices = project.pop("anyOf", None) or [{"$ref": project.pop("$ref")}]
        project["anyOf"] = [*choices, _FILE]
    _describe(schema["title"], schema, lang)
    for name, part in schema.get("$defs", {}).items():
        _describe(name, part, lang)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}


def _describe(model: str, part: dict[str, Any], lang: str) -> None:
    """Replace the model's and its fields' descriptions (pydantic's docstrings) by the table's;
    drop the titles pydantic makes of field names ("Prepared By Label")."""
    _undescribe(part)
    text = description(model, "", lang)
    if text:
        part["description"] = text
    for field, value in part.get("properties", {}).items():
        value.pop("title", None)
        text = description(model, field, lang)
        if text:
            value["description"] = text


def _undescribe(value: Any) -> None:
    if isinstance(value, dict):
        value.pop("description", None)
        for key, inner in value.items():
            if key == "properties":  # field names, one of which may be "description"
                for field in inner.values():
                    _undescribe(field)
            else:
                _undescribe(inner)
    elif isinstance(value, list):
        for inner in value:
            _undescribe(inner)


def schema_line(kind: str, folder: str = "schema") -> str:
    """The first line of a data file that tells an editor its schema, ``folder`` relative to
    the data file.

    >>> schema_line("project")
    '# yaml-language-server: $schema=schema/project.json'
    """
    get_kind(kind)
    return f"# yaml-language-server: $schema={folder}/{kind}.json"
