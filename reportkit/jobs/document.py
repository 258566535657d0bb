"""From a data file to a finished document: the steps ``reportkit render`` takes.

A data file names its kind (``kind: project``); each kind has a built-in template
(:mod:`reportkit.kinds`). This module joins :func:`reportkit.load`,
:class:`reportkit.render.Template` and :func:`reportkit.render.to_pdf` so scripts and the
command line do it the same way.

    >>> import tempfile
    >>> from pathlib import Path
    >>> folder = Path(tempfile.mkdtemp())
    >>> render_file(folder / "nav.yaml")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    reportkit.errors.DataError: .../nav.yaml: file not found

"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from reportkit.kinds import get_kind

if TYPE_CHECKING:
    from reportkit.render import Template

__all__ = ["builtin_template", "render_file"]


def builtin_template(kind: str) -> Template:
    """The built-in template for a data kind (``project``, ``press_release``, ``final_report``).

    >>> builtin_template("invoice")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    reportkit.errors.DataError: unknown kind 'invoice'; the kinds are: project, ...
    """
    from reportkit.render import Template

    return Template.builtin(get_kind(kind).template)


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
    >>> from reportkit.jobs.demo import examples_folder
    >>> out = Path(tempfile.mkdtemp()) / "apraksts.docx"
    >>> render_file(examples_folder() / "003_projekta_apraksts.yaml", out=out) == [out]
    True
    """
    from reportkit.read import load
    from reportkit.render import Template, to_pdf
    from reportkit.render.pdf import find_soffice

    if pdf:
        find_soffice()  # LibreOffice missing: say so before writing a .docx without its PDF
    model = load(Path(data), allow_photos_outside=allow_photos_outside)
    tpl = Template(template) if template is not None else builtin_template(model.kind)
    target = Path(out) if out is not None else Path(Path(data).with_suffix(".docx").name)
    written = [tpl.render(model, target)]
    if pdf:
        written += to_pdf(written)
    return written
