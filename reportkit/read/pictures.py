"""Whether a photo file is a picture a document can hold, read as python-docx reads it.

A photo is put into the document by python-docx, which knows PNG, JPEG, GIF, BMP and TIFF by
their first bytes. The loader asks the same reader, so a text file or a damaged picture named
``foto.png`` is a located line at ``validate`` time, not a failure half-way through a render:

    >>> import tempfile, pathlib
    >>> fake = pathlib.Path(tempfile.mkdtemp()) / "foto.png"
    >>> _ = fake.write_text("hello")
    >>> not_a_picture(fake)
    'is not a picture a document can hold (PNG, JPEG, GIF, BMP or TIFF): save it as .png or .jpg'

A file that is not there is left to the render, which names it (``image: no picture file``).
"""

from __future__ import annotations

import struct
from pathlib import Path

from reportkit.i18n import N_, os_reason
from reportkit.i18n import gettext as _

__all__ = ["not_a_picture"]

_NOT = N_("is not a picture a document can hold (PNG, JPEG, GIF, BMP or TIFF): save it as "
         ".png or .jpg")


def not_a_picture(path: Path) -> str | None:
    """Why ``path`` is not a picture python-docx can put into a document, or ``None``."""
    from docx.image.exceptions import UnrecognizedImageError
    from docx.image.image import Image

    if not path.is_file():
        return None
    try:
        Image.from_file(str(path))
    except UnrecognizedImageError:
        return _(_NOT)
    # a picture whose header python-docx cannot follow (cut short, damaged)
    except (struct.error, ValueError, IndexError, KeyError, EOFError):
        return _("is a damaged picture (its header cannot be read): save it again as .png or "
                 ".jpg")
    except OSError as err:
        return _("cannot be read: {reason}").format(reason=os_reason(err))
    return None
