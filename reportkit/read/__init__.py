"""Stage 1: reading files, keeping where every value came from.

``load`` reads a data file (YAML or JSON) into its model with located problems; ``read_table``
reads a spreadsheet (.xlsx, .csv) into rows for batches; ``load_forms`` reads the user's own word
forms. The modules: ``files`` (opening a file), ``formats`` (which parser), ``yamldoc`` (YAML 1.2
with its line map), ``jsondoc`` (JSON with its line map), ``text`` (NFC), ``bounds`` (how much a
file may hold), ``pictures`` (is a photo a picture), ``messages`` (validation errors as located
problems), ``load``, ``tables`` (CSV and the rows of a table), ``workbook`` (one sheet of an
.xlsx), ``forms``.

Everything read is what was written, or a located :class:`~reportkit.errors.DataError`: no
number changes base, no row splits, no text changes form, no cell loses its value.

    >>> from reportkit.read import load, read_table
"""

from __future__ import annotations

from .forms import load_forms
from .load import DataSource, load, loads
from .tables import Row, read_table

__all__ = ["DataSource", "Row", "load", "load_forms", "loads", "read_table"]
