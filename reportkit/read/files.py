"""Opening a data file: the problems every reader shares (missing, a folder, unreadable, not
UTF-8), each a located :class:`~reportkit.errors.DataError`.

    >>> read_text("nav.yaml")
    Traceback (most recent call last):
    ...
    reportkit.errors.DataError: nav.yaml: file not found
"""

from __future__ import annotations

import os
from pathlib import Path

from reportkit.errors import DataError, Problem
from reportkit.i18n import gettext as _

__all__ = ["read_bytes", "read_text"]


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    """The bytes of ``path``; a missing file, a folder or an unreadable file is a DataError.

    >>> import tempfile
    >>> read_bytes(tempfile.gettempdir())  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    reportkit.errors.DataError: /...: is a folder, not a data file
    """
    name = str(path)
    file = Path(path)
    try:
        if not file.exists():
            raise DataError(Problem(_("file not found"), file=name, code="file.missing"))
        if file.is_dir():
            raise DataError(Problem(_("is a folder, not a data file"), file=name,
                                    code="file.folder"))
        return file.read_bytes()
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
