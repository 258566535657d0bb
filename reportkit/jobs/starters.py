"""Starter data files, one per kind, with comments in Latvian: what ``reportkit new`` prints.

Every value in a starter is a valid example, so a starter loads as it is and a coordinator only
replaces the values with the project's own.

    >>> starter("project").splitlines()[1]
    '# Projekta apraksts: reportkit render projekts.yaml'
    >>> starter("invoice")
    Traceback (most recent call last):
    ...
    reportkit.errors.DataError: unknown kind 'invoice'; the kinds are: project, press_release, final_report

The starters are data, in ``reportkit/starters/`` (the file each kind names in
:mod:`reportkit.kinds`).
"""  # noqa: E501

from __future__ import annotations

import os
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

from reportkit.errors import Problem, RenderError
from reportkit.i18n import gettext as _
from reportkit.kinds import get_kind

__all__ = ["starter", "write_schemas", "write_starter"]


def starter(kind: str) -> str:
    """The commented starter YAML for ``kind`` (``project``, ``press_release``, ``final_report``).

    >>> "kind: final_report" in starter("final_report")
    True
    """
    name = get_kind(kind).starter
    return (resources.files("reportkit") / "starters" / name).read_text(encoding="utf-8")


def write_starter(kind: str, path: str | os.PathLike[str], *, force: bool = False) -> Path:
    """Write the starter for ``kind`` to ``path``; an existing file is kept unless ``force``.

    >>> import tempfile
    >>> out = Path(tempfile.mkdtemp()) / "projekts.yaml"
    >>> write_starter("project", out).name
    'projekts.yaml'
    >>> write_starter("project", out)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    reportkit.errors.RenderError: .../projekts.yaml: already exists; choose another name, or --force to replace it
    """  # noqa: E501
    from reportkit.output.atomic import atomic_path

    text = starter(kind)
    out = new_file(path, "projekts.yaml", force=force)
    with atomic_path(out) as tmp:
        tmp.write_text(text, encoding="utf-8")
    if not (out.parent / SCHEMAS / f"{kind}.json").exists():  # what its first line names
        write_schemas(out.parent / SCHEMAS, [kind])
    return out


SCHEMAS = "schema"
"""The folder, beside a data file, where its first line tells an editor to find its schema."""


def new_file(path: str | os.PathLike[str], example: str, *, force: bool) -> Path:
    """``path`` as a starter's target: a RenderError when it is a folder, or a file that exists
    and ``force`` was not given (``example`` is the file name the message suggests).

    >>> import tempfile
    >>> new_file(tempfile.mkdtemp(), "projekts.yaml", force=True)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    reportkit.errors.RenderError: ...: is a folder; give a file name such as projekts.yaml
    """
    out = Path(path)
    if out.is_dir():
        raise RenderError(Problem(_("is a folder; give a file name such as {example}").format(
            example=example), file=str(out), code="output.folder"))
    if out.exists() and not force:
        raise RenderError(Problem(_("already exists; choose another name, or --force to "
                                    "replace it"), file=str(out), code="output.exists"))
    return out


def write_schemas(folder: str | os.PathLike[str], kinds: Iterable[str]) -> list[Path]:
    """Write the JSON Schema of each of ``kinds`` to ``folder/KIND.json`` (the folder made if
    missing), in the language reportkit speaks; returns the files written.

    >>> import tempfile
    >>> [p.name for p in write_schemas(Path(tempfile.mkdtemp()) / "schema", ["project"])]
    ['project.json']
    """
    import json

    from reportkit.models import json_schema
    from reportkit.output.atomic import atomic_path

    written = []
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    for kind in kinds:
        path = target / f"{kind}.json"
        with atomic_path(path) as tmp:
            tmp.write_text(json.dumps(json_schema(kind), ensure_ascii=False, indent=2) + "\n",
                           encoding="utf-8")
        written.append(path)
    return written
