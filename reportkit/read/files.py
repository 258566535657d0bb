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

from .bounds import MAX_FILE_BYTES, mebibytes

__all__ = ["read_bytes", "read_text"]


def read_bytes(path: str | os.PathLike[str], what: str = "a data file",
               limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of ``path``; a missing file, a folder, an unreadable file or one larger than
    ``limit`` bytes is a DataError.

    >>> import tempfile
    >>> read_bytes(tempfile.gettempdir())  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    reportkit.errors.DataError: /...: is a folder, not a data file
    """
    name = str(path)
    file = Path(path)
    try:
        info = file.stat()
        if stat.S_ISDIR(info.st_mode):
            raise DataError(Problem(f"is a folder, not {what}", file=name))
        if not stat.S_ISREG(info.st_mode):  # a FIFO would wait for ever, a device never end
            raise DataError(Problem(f"is not a file but a device or pipe, not {what}",
                                    file=name))
        with file.open("rb") as fp:
            data = fp.read(limit + 1)
        if max(info.st_size, len(data)) > limit:
            raise DataError(Problem(f"is {mebibytes(max(info.st_size, len(data)))}, larger "
                                    f"than {what} may be ({mebibytes(limit)})", file=name))
        return data
    except FileNotFoundError:
        raise DataError(Problem("file not found", file=name)) from None
    except OSError as err:  # no permission, a symbolic link loop, a name too long …
        raise DataError(Problem(f"cannot be read: {err.strerror or err}", file=name)) from None


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
        raise DataError(Problem(f"is not UTF-8 text (byte 0x{raw[err.start]:02x}); "
                                "save it as UTF-8", file=str(path), line=line)) from None
