"""reportkit: finished Latvian grant-project documents from data files and Word templates.

    >>> import reportkit
    >>> from reportkit import lv
    >>> lv.cardinal(21, gender="f")
    'divdesmit viena'

The public face: ``load`` (a data file into a model), ``Template`` (Word templates, from the
``reportkit.render`` package), ``to_pdf`` (LibreOffice), the models, ``lv`` (Latvian language) and
the errors.
Everything but the errors (``lv``'s tables, pydantic models, docx) is imported on first use, so
``import reportkit`` is cheap and the command line starts fast.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

from . import errors
from .errors import (
    ConversionError,
    DataError,
    Problem,
    RenderError,
    ReportkitError,
    TemplateError,
)

__version__ = "0.2.0"

# name -> module that defines it; imported when first asked for (PEP 562)
_LAZY = {
    "load": "reportkit.data",
    "Template": "reportkit.render",
    "to_pdf": "reportkit.render",
    "models": "reportkit.models",
    "lv": "reportkit.lv",
}

__all__ = [
    "ConversionError",
    "DataError",
    "Problem",
    "RenderError",
    "ReportkitError",
    "Template",
    "TemplateError",
    "errors",
    "load",
    "lv",
    "models",
    "to_pdf",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'reportkit' has no attribute {name!r}")
    if module == f"reportkit.{name}":  # a subpackage
        return import_module(module)
    return getattr(import_module(module), name)
