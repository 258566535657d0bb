"""Stage 1: reading files, keeping where every value came from.

``load`` reads a data file (YAML or JSON) into its model with located problems; ``read_table``
reads a spreadsheet (.xlsx, .csv) into rows for batches; ``load_forms`` reads the user's own word
forms. The modules: ``files`` (opening a file), ``yamldoc`` (YAML with its line map),
``messages`` (validation errors as located problems), ``load``, ``tables``, ``forms``.

    >>> from reportkit.read import load, read_table
"""

from __future__ import annotations

from .forms import load_forms
from .load import load
from .tables import Row, read_table

__all__ = ["Row", "load", "load_forms", "read_table"]
