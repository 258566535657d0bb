"""Which parser reads a data file: JSON for ``.json``, a project workbook for ``.xlsx`` and
``.ods`` (:mod:`.projectbook`), YAML for everything else.

    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "p.json"
    >>> _ = path.write_text('{"kind":\\t"project"}', encoding="utf-8")
    >>> parse_file(path)[0]
    {'kind': 'project'}
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from reportkit.errors import Problem

from . import jsondoc, yamldoc
from .files import read_text
from .places import Places
from .yamldoc import Lines

__all__ = ["WORKBOOKS", "parse_data", "parse_file"]

WORKBOOKS = (".xlsx", ".xlsm", ".ods")
"""The workbooks a project may be kept in (:mod:`.projectbook`)."""


def parse_data(path: str | os.PathLike[str]) -> tuple[Any, Places, list[Problem]]:
    """The data of a data file with the place of every key and item (a line, or a workbook's
    cell), and the problems that do not stop the reading; see :func:`parse_file`."""
    if Path(path).suffix.lower() in WORKBOOKS:
        from .projectbook import parse_book

        return parse_book(Path(path))
    return parse_file(path)


def parse_file(path: str | os.PathLike[str]) -> tuple[Any, Lines, list[Problem]]:
    """The data of a YAML or JSON file, the line of every key and item, and the keys given
    twice; any other problem with the file is a located DataError."""
    text = read_text(path)
    parser = jsondoc.parse if Path(path).suffix.lower() == ".json" else yamldoc.parse
    return parser(text, str(path))
