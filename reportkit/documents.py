"""From a data file to a finished document: the steps ``reportkit render`` takes.

A data file names its kind (``kind: project``); each kind has a built-in template. This module
joins :func:`reportkit.load`, :class:`reportkit.render.Template` and
:func:`reportkit.render.to_pdf` so scripts and the command line do it the same way.

    >>> import tempfile
    >>> from pathlib import Path
    >>> folder = Path(tempfile.mkdtemp())
    >>> render_file(folder / "nav.yaml")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    reportkit.errors.DataError: .../nav.yaml: file not found

The built-in template for each kind is in :data:`BUILTIN_TEMPLATES`.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import TemplateError

if TYPE_CHECKING:
    from .render import Template

__all__ = ["BUILTIN_TEMPLATES", "KINDS", "builtin_template", "render_file"]

BUILTIN_TEMPLATES = {
    "project": "project_description",
    "press_release": "press_release",
    "final_report": "final_report",
}
KINDS = tuple(BUILTIN_TEMPLATES)
"""The kinds of data file (``kind:``), each with a built-in template and a starter; the one list
the loader, the starters and the command line share."""


def builtin_template(kind: str) -> Template:
    """The built-in template for a data kind (``project``, ``press_release``, ``final_report``).

    >>> builtin_template("invoice")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    reportkit.errors.TemplateError: no built-in template for kind 'invoice'; kinds: project, ...
    """
    from .render import Template

    name = BUILTIN_TEMPLATES.get(kind)
    if name is None:
        kinds = ", ".join(BUILTIN_TEMPLATES)
        raise TemplateError(f"no built-in template for kind {kind!r}; kinds: {kinds}")
    return Template.builtin(name)


def render_file(data: str | os.PathLike[str], *, template: str | os.PathLike[str] | None = None,
                out: str | os.PathLike[str] | None = None, pdf: bool = False,
                allow_photos_outside: bool = False) -> list[Path]:
    """Load ``data``, render it with ``template`` (default: the built-in one for its kind) to
    ``out`` (default: the data file's name with ``.docx``, in the current folder), and also
    convert it to PDF beside it when ``pdf`` is true. Returns the files written.
    ``allow_photos_outside`` is :func:`reportkit.load`'s: pictures from outside the data
    file's folder are refused unless it is true.

    Errors are reportkit errors: ``DataError`` for the data, ``TemplateError`` for the
    template, ``RenderError`` for the output path, ``ConversionError`` for the PDF.

    >>> import tempfile
    >>> from reportkit.demo import examples_folder
    >>> out = Path(tempfile.mkdtemp()) / "apraksts.docx"
    >>> render_file(examples_folder() / "003_projekta_apraksts.yaml", out=out) == [out]
    True
    """
    from .data import load
    from .render import Template, to_pdf

    model = load(Path(data), allow_photos_outside=allow_photos_outside)
    tpl = Template(template) if template is not None else builtin_template(model.kind)
    target = Path(out) if out is not None else Path(Path(data).with_suffix(".docx").name)
    written = [tpl.render(model, target)]
    if pdf:
        written += to_pdf(written)
    return written
