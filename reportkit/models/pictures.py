"""Pictures a document shows from the data: photos with captions, and logos.

A picture's ``file`` is relative to the data file that names it (the loader makes it so and
keeps it inside that file's folder); the template filter ``image`` takes only these, never a path
of its own::

    >>> Photo(file="foto/partneri.png", caption="Projekta partneri").author is None
    True
"""

from __future__ import annotations

from pydantic import Field

from .base import Model

__all__ = ["Photo"]


class Photo(Model):
    """A picture file with its caption and, when known, its author.

    A logo (``logos:`` of a project) is a photo too: its ``caption`` names whose logo it is
    (``Daugavpils pilsētas dome``) and is not printed under it.
    """

    file: str = Field(min_length=1)
    caption: str = Field(min_length=1)
    author: str | None = None
