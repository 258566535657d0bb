"""Pictures in documents: the ``image`` filter, which takes only the photos the data names.

A photo is accepted by identity: it must be one of the :class:`reportkit.models.Photo` objects
in the data given to this render (for a data file, those the loader checked against the file's
folder), never a photo a template made or changed. The sandbox gives templates no way to make
one (no ``model_copy``, no ``model_validate``); this check holds even if it did.

    >>> image("a.png")
    Traceback (most recent call last):
    ...
    jinja2.exceptions.TemplateRuntimeError: image: give a photo from the data (photos), not 'a.png'
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator, Mapping
from contextvars import ContextVar
from typing import Any

from reportkit.errors import shorten
from reportkit.i18n import gettext as _

__all__ = ["docx_available", "given_data", "image", "rendering_docx"]

# True while the per-document docxtpl path renders: only there can InlineImage and Subdoc
# add parts (images, styles) to the package.
docx_available: ContextVar[bool] = ContextVar("docx_available", default=False)
# The document that path is rendering: pictures from ``image`` go into its current part.
rendering_docx: ContextVar[Any] = ContextVar("rendering_docx", default=None)
# The data of the document being rendered: the photos ``image`` accepts are found in it.
_given: ContextVar[_Given | None] = ContextVar("given", default=None)

_MAX_VISITS = 1_000_000  # values looked at while looking for photos in the data


class _Given:
    """The data of one render, and (found when first asked) the photos in it."""

    def __init__(self, names: Mapping[str, Any]) -> None:
        self.names = names
        self._ids: set[int] | None = None

    def has(self, photo: Any) -> bool:
        if self._ids is None:
            self._ids = _photo_ids(self.names)
        return id(photo) in self._ids


@contextlib.contextmanager
def given_data(names: Mapping[str, Any]) -> Iterator[None]:
    """While rendering ``names``: ``image`` accepts the photos found in them, and no other."""
    token = _given.set(_Given(names))
    try:
        yield
    finally:
        _given.reset(token)


def _photo_ids(names: Mapping[str, Any]) -> set[int]:
    """The identities of the Photo objects in the data: in mappings, lists and model fields."""
    from pydantic import BaseModel

    from reportkit.models import Photo

    found: set[int] = set()
    stack: list[Any] = list(names.values())
    for _visit in range(_MAX_VISITS):
        if not stack:
            break
        value = stack.pop()
        if isinstance(value, Photo):
            found.add(id(value))
        elif isinstance(value, BaseModel):
            stack.extend(value.__dict__.values())  # the fields as stored, no computed ones
        elif isinstance(value, Mapping):
            stack.extend(value.values())
        elif isinstance(value, (list, tuple)):
            stack.extend(value)
    return found


class _Rendering:
    """Stands in for docxtpl's template in ``InlineImage``: the part being rendered now."""

    @property
    def current_rendering_part(self) -> Any:
        return rendering_docx.get().current_rendering_part


def image(photo: Any, width: float | None = None) -> Any:
    """The picture of a data file's photo, ``width`` millimetres wide: ``{{ p|image(80) }}``.

    Only a :class:`reportkit.models.Photo` of the data being rendered is accepted, so a template
    can show the pictures the data names and no other file. A missing file is an error naming
    it.

    >>> image("a.png")
    Traceback (most recent call last):
    ...
    jinja2.exceptions.TemplateRuntimeError: image: give a photo from the data (photos), not 'a.png'
    """
    from docx.shared import Mm
    from docxtpl import InlineImage
    from jinja2.exceptions import TemplateRuntimeError

    from reportkit.models import Photo

    if not isinstance(photo, Photo):
        raise TemplateRuntimeError(_("image: give a photo from the data (photos), not {value}"
                                     ).format(value=shorten(repr(photo), 60)))
    given = _given.get()
    if given is None or not given.has(photo):
        raise TemplateRuntimeError(_("image: this photo is not one of the data's photos; "
                                     "give one from the data (photos)"))
    if not os.path.isfile(photo.file):
        raise TemplateRuntimeError(_("image: no picture file {file}").format(
            file=repr(photo.file)))
    return InlineImage(_Rendering(), photo.file, width=None if width is None else Mm(width))
