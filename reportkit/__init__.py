"""reportkit: finished Latvian grant-project documents from data files and Word templates.

    >>> import reportkit
    >>> from reportkit import lv
    >>> lv.cardinal(21, gender="f")
    'divdesmit viena'

The public face, by stage of the pipeline (read → models → render → output → jobs → cli):

- reading: ``load`` (a data file, a text stream or a mapping into its model), ``loads`` (a
  text), ``read_table`` (a spreadsheet into rows), ``load_forms`` (your own word forms from a
  file; ``add_forms``, ``clear_forms`` in code);
- the models: ``Project``, ``PressRelease``, ``FinalReport`` (all of them in ``models``);
- rendering: ``Template`` (Word templates, to a file, a stream or bytes), ``to_pdf`` and
  ``to_pdf_bytes`` (LibreOffice), ``add_filter`` and ``add_test`` (your own, for templates);
- jobs: ``render_file`` (data file → document), ``run_batch`` (one document per table row);
- ``lv`` (Latvian language) and the errors, ``ReportkitError`` and its kinds.

Everything but the errors is imported on first use (PEP 562), so ``import reportkit`` is cheap
and the command line starts fast; the ``TYPE_CHECKING`` block below gives type checkers and
editors the same names.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from . import errors
from .errors import (
    ConversionError,
    DataError,
    Problem,
    RenderError,
    ReportkitError,
    TemplateError,
)

if TYPE_CHECKING:
    from . import lv, models
    from .jobs import render_file, run_batch
    from .lv.lexicon import add_forms, clear_forms
    from .models import FinalReport, PressRelease, Project
    from .read import load, load_forms, loads, read_table
    from .render import Template, add_filter, add_test, to_pdf, to_pdf_bytes

__version__ = "0.2.0"

# name -> module that defines it; imported when first asked for
_LAZY = {
    "load": "reportkit.read",
    "loads": "reportkit.read",
    "load_forms": "reportkit.read",
    "read_table": "reportkit.read",
    "add_forms": "reportkit.lv.lexicon",
    "clear_forms": "reportkit.lv.lexicon",
    "Project": "reportkit.models",
    "PressRelease": "reportkit.models",
    "FinalReport": "reportkit.models",
    "Template": "reportkit.render",
    "add_filter": "reportkit.render",
    "add_test": "reportkit.render",
    "to_pdf": "reportkit.render",
    "to_pdf_bytes": "reportkit.render",
    "render_file": "reportkit.jobs",
    "run_batch": "reportkit.jobs",
    "models": "reportkit.models",
    "lv": "reportkit.lv",
}

__all__ = [
    "ConversionError",
    "DataError",
    "FinalReport",
    "PressRelease",
    "Problem",
    "Project",
    "RenderError",
    "ReportkitError",
    "Template",
    "TemplateError",
    "add_filter",
    "add_forms",
    "add_test",
    "clear_forms",
    "errors",
    "load",
    "load_forms",
    "loads",
    "lv",
    "models",
    "read_table",
    "render_file",
    "run_batch",
    "to_pdf",
    "to_pdf_bytes",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'reportkit' has no attribute {name!r}")
    value = import_module(module) if module == f"reportkit.{name}" else getattr(
        import_module(module), name)
    globals()[name] = value  # the next access is a plain attribute
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
