"""The Jinja environment every template runs in: sandboxed, autoescaped, strict, with lv filters.

    >>> env = environment()
    >>> env.from_string("{{ x }}").render(x="a < b\\x00")
    'a &lt; b'
"""

from __future__ import annotations

import os
import re
from contextvars import ContextVar
from functools import lru_cache
from typing import Any

from jinja2 import StrictUndefined
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup

__all__ = ["NeedsDocx", "clean_text", "environment", "image"]

# XML 1.0 allows tab, newline, carriage return and everything from space up, except surrogates
# and U+FFFE/U+FFFF (https://www.w3.org/TR/xml/#charsets). A vertical tab is Word's manual line
# break when text is pasted out of it, so it becomes "\n", which docxtpl's listing pass turns
# into <w:br/>; the rest cannot be written and are dropped.
_FORBIDDEN = re.compile("[\x00-\x08\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

# lv's functions that change the word tables or read files: a template must not do either
# (a sandboxed template could otherwise read any file or change other documents' words).
_NOT_FILTERS = frozenset({"add_forms", "clear_forms", "load_forms"})

# True while the per-document docxtpl path renders: only there can InlineImage and Subdoc
# add parts (images, styles) to the package.
docx_available: ContextVar[bool] = ContextVar("docx_available", default=False)
# The document that path is rendering: pictures from ``image`` go into its current part.
rendering_docx: ContextVar[Any] = ContextVar("rendering_docx", default=None)


class NeedsDocx(Exception):
    """Raised inside the fast path when a value needs python-docx (an image, a subdocument)."""


def clean_text(text: str) -> str:
    """``text`` with a vertical tab made a newline and other XML-forbidden characters dropped.

    >>> clean_text("a\\x0bb\\x00c")
    'a\\nbc'
    """
    return _FORBIDDEN.sub("", text.replace("\x0b", "\n"))


def _finalize(value: Any) -> Any:
    """Every ``{{ value }}`` passes here before autoescaping."""
    if type(value).__name__ in ("InlineImage", "Subdoc") and not docx_available.get():
        raise NeedsDocx(type(value).__name__)
    if hasattr(value, "__html__"):  # RichText, Markup: already XML, still cleaned
        return Markup(clean_text(value.__html__()))
    if isinstance(value, StrictUndefined):
        str(value)  # raises the UndefinedError naming the variable
    return clean_text(str(value))


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


@lru_cache(maxsize=1)
def environment() -> SandboxedEnvironment:
    """The shared sandboxed environment; each name in ``reportkit.lv.__all__`` is a filter.

    >>> environment().autoescape
    True
    """
    from reportkit import lv

    env = SandboxedEnvironment(
        autoescape=True, undefined=StrictUndefined, finalize=_finalize, keep_trailing_newline=True
    )
    for name in lv.__all__:
        value = getattr(lv, name)
        if callable(value) and name not in _NOT_FILTERS:
            env.filters[name] = value
    env.filters["image"] = image
    return env
