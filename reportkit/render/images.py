"""Pictures in documents: the ``image`` filter, which takes only the photos the data names.

    >>> image("/etc/passwd")
    Traceback (most recent call last):
    ...
    jinja2.exceptions.TemplateRuntimeError: image: give a photo from the data (photos), not 'str'
"""

from __future__ import annotations

import os
from contextvars import ContextVar
from typing import Any

__all__ = ["docx_available", "image", "rendering_docx"]

# True while the per-document docxtpl path renders: only there can InlineImage and Subdoc
# add parts (images, styles) to the package.
docx_available: ContextVar[bool] = ContextVar("docx_available", default=False)
# The document that path is rendering: pictures from ``image`` go into its current part.
rendering_docx: ContextVar[Any] = ContextVar("rendering_docx", default=None)


class _Rendering:
    """Stands in for docxtpl's template in ``InlineImage``: the part being rendered now."""

    @property
    def current_rendering_part(self) -> Any:
        return rendering_docx.get().current_rendering_part


def image(photo: Any, width: float | None = None) -> Any:
    """The picture of a data file's photo, ``width`` millimetres wide: ``{{ p|image(80) }}``.

    Only a :class:`reportkit.models.Photo` is accepted, so a template can show the pictures the
    data names and no other file. A missing file is an error naming it.

    >>> image("/etc/passwd")
    Traceback (most recent call last):
    ...
    jinja2.exceptions.TemplateRuntimeError: image: give a photo from the data (photos), not 'str'
    """
    from docx.shared import Mm
    from docxtpl import InlineImage
    from jinja2.exceptions import TemplateRuntimeError

    from reportkit.models import Photo

    if not isinstance(photo, Photo):
        raise TemplateRuntimeError(
            f"image: give a photo from the data (photos), not {type(photo).__name__!r}")
    if not os.path.isfile(photo.file):
        raise TemplateRuntimeError(f"image: no picture file {photo.file!r}")
    return InlineImage(_Rendering(), photo.file, width=None if width is None else Mm(width))
