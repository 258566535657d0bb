"""Opening a data file: the problems every reader shares (missing, a folder, unreadable, not
text), each a located :class:`~reportkit.errors.DataError`, and the encodings Windows saves.

A data file or table is text in one of the encodings Windows and macOS leave it in
(:func:`decode`): UTF-8 with or without a byte-order mark (what reportkit writes, what
"CSV UTF-8" and every editor save), UTF-16 with its byte-order mark (what
``reportkit new … > projekts.yaml`` writes in Windows PowerShell 5.1), and the Windows Baltic
code page cp1257 (Excel's plain "CSV" on a Latvian Windows, ``>`` in cmd), read with a one-line
warning, since nothing in the file says it is cp1257: text that is not Latvian in cp1257 either
is refused.

    >>> read_text("nav.yaml")
    Traceback (most recent call last):
    ...
    reportkit.errors.DataError: nav.yaml: file not found
"""

from __future__ import annotations

import codecs
import os
import stat
import warnings
from pathlib import Path

from reportkit.errors import DataError, DataWarning, Problem
from reportkit.i18n import gettext as _
from reportkit.i18n import os_reason

from .bounds import MAX_FILE_BYTES, mebibytes

__all__ = ["decode", "read_bytes", "read_text"]


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
            reason=os_reason(err)), file=name, code="file.unreadable")) from None


def read_text(path: str | os.PathLike[str]) -> str:
    """The text of a data file in one of the encodings of :func:`decode`, or a located
    DataError.

    >>> import tempfile, pathlib
    >>> bad = pathlib.Path(tempfile.mkdtemp()) / "a.yaml"
    >>> _ = bad.write_bytes(b"title: R\\x98ga\\n")
    >>> read_text(bad)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    reportkit.errors.DataError: /.../a.yaml:1: is not UTF-8 text (byte 0x98); save it as UTF-8
    """
    return decode(read_bytes(path), str(path))


_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
         (codecs.BOM_UTF16_BE, "utf-16-be"))
# What a Latvian text in cp1257 holds besides letters and ASCII: the code page's punctuation
# that Word and Excel type (quotes, dashes, the euro sign, no-break space, degrees, section).
_CP1257_MARKS = set("\u00a0„“”‘’«»–—…€°§©®±×·•¦¨¯´¸")
# The consoles' own (OEM) code pages: Baltic (775, a Latvian Windows), US, Western and
# Central European, Cyrillic. Windows PowerShell 5.1 decodes a program's output with its
# console's code page before ``>`` writes it as UTF-16.
_CONSOLE_PAGES = ("cp775", "cp437", "cp850", "cp852", "cp866")


def decode(raw: bytes, name: str, *, save_as: str = "UTF-8") -> str:
    """``raw`` as text: UTF-8 (a byte-order mark allowed), UTF-16 with its byte-order mark, or
    cp1257 with a warning; otherwise a DataError at the line of the first wrong byte, saying to
    save it as ``save_as``.

    >>> decode("Rīga".encode("utf-16"), "a.yaml"), decode(b"\\xef\\xbb\\xbfR\\xc4\\xabga", "a.yaml")
    ('Rīga', 'Rīga')
    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     decode("Rīga".encode("cp1257"), "a.csv")
    'Rīga'
    >>> print(caught[0].message)
    a.csv: is not UTF-8 but Windows Baltic (cp1257) text: read as such; save it as UTF-8 to be sure

    UTF-16 text that is UTF-8 read in a console's code page (what PowerShell 5.1 makes of
    ``reportkit new … > file``: ``RÄ«ga`` for ``Rīga``) is read back as the UTF-8 it was,
    with a warning: only when the whole text is such, which no other text is.
    """
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            text = _decoded(raw, name, encoding, len(bom), save_as)
            return _unmangled(text, name, save_as) if encoding != "utf-8" else text
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as err:
        first_wrong = err.start
    baltic = _cp1257(raw)
    if baltic is None:
        raise _not_text(raw, name, first_wrong, "UTF-8", save_as)
    _note(name, _("is not UTF-8 but Windows Baltic (cp1257) text: read as such; save it as "
                  "{encoding} to be sure").format(encoding=save_as))
    return baltic


def _note(name: str, message: str) -> None:
    warnings.warn(DataWarning(str(Problem(message, file=name, code="file.encoding"))), stacklevel=4)


def _decoded(raw: bytes, name: str, encoding: str, skip: int, save_as: str) -> str:
    try:
        return raw[skip:].decode(encoding)
    except UnicodeDecodeError as err:
        shown = "UTF-8" if encoding == "utf-8" else "UTF-16"
        raise _not_text(raw, name, skip + err.start, shown, save_as) from None


def _unmangled(text: str, name: str, save_as: str) -> str:
    """``text``, or the UTF-8 text a console's code page turned it into."""
    if text.isascii():
        return text
    for page in _CONSOLE_PAGES:
        try:
            meant = text.encode(page).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        _note(name, _("holds UTF-8 text that the console read in its code page {page} "
                      "(PowerShell's >): read as the UTF-8 it was; next time write the file "
                      "with -o, or save it as {encoding}").format(page=page.removeprefix("cp"),
                                                                  encoding=save_as))
        return meant
    return text


def _cp1257(raw: bytes) -> str | None:
    """``raw`` in cp1257 when it reads as Latvian text there (letters, ASCII and the code
    page's punctuation); None otherwise."""
    try:
        text = raw.decode("cp1257")
    except UnicodeDecodeError:  # a byte cp1257 leaves undefined
        return None
    odd = [c for c in text if ord(c) > 0x7F and not c.isalpha() and c not in _CP1257_MARKS]
    return None if odd else text


def _not_text(raw: bytes, name: str, at: int, encoding: str, save_as: str) -> DataError:
    line = raw[:at].count(b"\n") + 1
    return DataError(Problem(
        _("is not {encoding} text (byte 0x{byte:02x}); save it as {save_as}").format(
            encoding=encoding, byte=raw[at], save_as=save_as), file=name, line=line,
        code="file.encoding"))
