"""Opening a data file: the problems every reader shares (missing, a folder, unreadable, not
UTF-8), each a located :class:`~reportkit.errors.DataError`.

    >>> read_text("nav.yaml")
    Traceback (most recent call last):
    ...
    reportkit.errors.DataError: nav.yaml: file not found
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from reportkit.errors import DataError, Problem
from reportkit.i18n import gettext as _

from .bounds import MAX_FILE_BYTES, mebibytes

__all__ = ["read_bytes", "read_text"]


def read_bytes(path: str | os.PathLike[str], what: str | None = None,
               limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of ``path``; a missing file, a folder, an unreadable file or one larger than
    ``limit`` bytes is a DataError. ``what`` says what the file should have been, in the
    language of the messages (default: "a data file").

    >>> import tempfile
    >>> read_bytes(tempfile.gettempdir())  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    reportkit.errors.DataError: /...: is a folder, not a data file
    """
    name = str(path)
    file = Path(path)
    try:
        what = what or _("a data file")
        info = file.stat()
        if stat.S_ISDIR(info.st_mode):
            raise DataError(Problem(_("is a folder, not {what}").format(what=what), file=name,
                                    code="file.folder"))
        if not stat.S_ISREG(info.st_mode):  # a FIFO would wait for ever, a device never end
            raise DataError(Problem(
                _("is not a file but a device or pipe, not {what}").format(what=what),
                file=name, code="file.special"))
        with file.open("rb") as fp:
            data = fp.read(limit + 1)
        if max(info.st_size, len(data)) > limit:
            raise DataError(Problem(
                _("is {size}, larger than {what} may be ({limit})").format(
                    size=mebibytes(max(info.st_size, len(data))), what=what,
                    limit=mebibytes(limit)), file=name, code="file.too-large"))
        return data
    except FileNotFoundError:
        raise DataError(Problem(_("file not found"), file=name, code="file.missing")) from None
    except OSError as err:  # no permission, a symbolic link loop, a name too long …
        raise DataError(Problem(_("cannot be read: {reason}").format(
            reason=err.strerror or err), file=name, code="file.unreadable")) from None


def read_text(path: str | os.PathLike[str]) -> str:
    """The text of a UTF-8 data file (a byte-order mark is allowed), or a located DataError.

    >>> import tempfile, pathlib
    >>> bad = pathlib.Path(tempfile.mkdtemp()) / "a.yaml"
    >>> _ = bad.write_bytes(b"title: R\\xeega\\n")
    >>> read_text(bad)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    reportkit.errors.DataError: /.../a.yaml:1: is not UTF-8 text (byte 0xee); save it as UTF-8
    """
    raw = read_bytes(path)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        raise DataError(Problem(
            _("is not UTF-8 text (byte 0x{byte:02x}); save it as UTF-8").format(
                byte=raw[err.start]), file=str(path), line=line, code="file.encoding")) from None
