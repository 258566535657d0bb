"""Folders shipped inside the wheel (``reportkit/templates``, ``reportkit/examples``).

In an installed wheel they sit inside the package (``pyproject.toml`` force-includes them); in a
checkout of the repository they are the top-level ``templates/`` and ``examples/``.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

__all__ = ["shipped_folder"]

_REPO = Path(__file__).resolve().parents[1]


def shipped_folder(name: str) -> Path:
    """The folder ``name`` shipped in the wheel, else the repository's folder of that name.

    >>> shipped_folder("templates").name, shipped_folder("examples").name
    ('templates', 'examples')
    """
    shipped = Path(str(resources.files("reportkit") / name))
    return shipped if shipped.is_dir() else _REPO / name
