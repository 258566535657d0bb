"""Which parser reads a data file: JSON for ``.json``, YAML for everything else.

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
from .yamldoc import Lines

__all__ = ["parse_file"]


def parse_file(path: str | os.PathLike[str]) -> tuple[Any, Lines, list[Problem]]:
    """The data of a YAML or JSON file, the line of every key and item, and the keys given
    twice; any other problem with the file is a located DataError."""
    text = read_text(path)
    parser = jsondoc.parse if Path(path).suffix.lower() == ".json" else yamldoc.parse
    return parser(text, str(path))
