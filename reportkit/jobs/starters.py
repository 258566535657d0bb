"""Starter data files, one per kind, with comments in Latvian: what ``reportkit new`` prints.

Every value in a starter is a valid example, so a starter loads as it is and a coordinator only
replaces the values with the project's own.

    >>> starter("project").splitlines()[0]
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
from importlib import resources
from pathlib import Path

from reportkit.errors import Problem, RenderError
from reportkit.kinds import get_kind

__all__ = ["starter", "write_starter"]


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
    out = Path(path)
    if out.is_dir():
        raise RenderError(Problem("is a folder; give a file name such as projekts.yaml",
                                  file=str(out)))
    if out.exists() and not force:
        raise RenderError(Problem("already exists; choose another name, or --force to "
                                  "replace it", file=str(out)))
    with atomic_path(out) as tmp:
        tmp.write_text(text, encoding="utf-8")
    return out
