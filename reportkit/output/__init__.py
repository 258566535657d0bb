"""Writing files: every output whole or not at all, under a name safe on every system.

``atomic`` writes through a temporary file and a rename; ``names`` makes file names from data
(``NamePattern``, ``safe_filename``, ``unique_names``). The render stage and the jobs write
every document, PDF and starter through these.

    >>> from reportkit.output import NamePattern, atomic_path, safe_filename
"""

from __future__ import annotations

from .atomic import atomic_path
from .names import NamePattern, UnknownName, safe_filename, unique_names

__all__ = ["NamePattern", "UnknownName", "atomic_path", "safe_filename", "unique_names"]
