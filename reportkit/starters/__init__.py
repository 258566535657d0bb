"""Starter data files, one per kind, with comments in Latvian: what ``reportkit new`` prints.

Every value in a starter is a valid example, so a starter loads as it is and a coordinator only
replaces the values with the project's own.

    >>> starter("project").splitlines()[0]
    '# Projekta apraksts: reportkit render projekts.yaml'
    >>> starter("invoice")
    Traceback (most recent call last):
    ...
    reportkit.errors.DataError: no starter for kind 'invoice'; kinds: project, press_release, final_report
"""  # noqa: E501

from __future__ import annotations

import os
from pathlib import Path

from reportkit.documents import KINDS
from reportkit.errors import DataError, Problem, RenderError

__all__ = ["KINDS", "starter", "write_starter"]

_FOLDER = Path(__file__).resolve().parent


def starter(kind: str) -> str:
    """The commented starter YAML for ``kind`` (``project``, ``press_release``, ``final_report``).

    >>> "kind: final_report" in starter("final_report")
    True
    """
    if kind not in KINDS:
        raise DataError(f"no starter for kind {kind!r}; kinds: {', '.join(KINDS)}")
    return (_FOLDER / f"{kind}.yaml").read_text(encoding="utf-8")


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
    from reportkit.render.atomic import atomic_path

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
