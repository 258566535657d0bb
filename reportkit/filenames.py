"""Output file names made from data, safe on every file system and never colliding.

A batch names each document from its row (``--name "{code}.docx"``); the values come from a
spreadsheet, so they may hold slashes, colons, quotes, control characters, Windows device names
(``CON``, ``NUL``) or be far too long. Latvian letters are kept: every modern file system stores
them.

    >>> safe_filename('Projekts: "Bērni dabā"/2020?.docx')
    'Projekts_ _Bērni dabā__2020_.docx'
    >>> unique_names(["a.docx", "A.docx", "a.docx"])
    ['a.docx', 'A-2.docx', 'a-3.docx']
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

__all__ = ["safe_filename", "unique_names"]

# Characters Windows refuses in names (and '/' everywhere), plus C0 controls and DEL.
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
# Names Windows reserves for devices, with or without an extension.
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
             *(f"LPT{i}" for i in range(1, 10))}
_MAX_BYTES = 200  # below every common limit (255 bytes on ext4/NTFS), leaving room for "-12"


def safe_filename(name: str, *, default: str = "dokuments") -> str:
    """Return ``name`` with every character a file system may refuse replaced by ``_``.

    Also: NFC-normalised (so ``ā`` is one code point, as macOS and Windows expect), no leading or
    trailing spaces and dots, Windows device names prefixed with ``_``, at most 200 UTF-8 bytes
    (the extension kept), and ``default`` when nothing is left.

    >>> safe_filename("CON.docx"), safe_filename(" ..docx"), safe_filename("a/../b")
    ('_CON.docx', 'dokuments.docx', 'a_.._b')
    """
    text = _FORBIDDEN.sub("_", unicodedata.normalize("NFC", name))
    stem, dot, ext = text.rpartition(".")
    if not dot or not ext or len(ext) > 10 or " " in ext:
        stem, ext = text, ""
    stem = stem.lstrip(" .").rstrip(" " if ext else " .")  # no hidden files, no trailing dot
    if not stem:
        stem = default
    if stem.split(".")[0].upper() in _RESERVED:
        stem = "_" + stem
    suffix = f".{ext}" if ext else ""
    return _truncate(stem, _MAX_BYTES - len(suffix.encode())) + suffix


def _truncate(text: str, max_bytes: int) -> str:
    encoded = text.encode()
    if len(encoded) <= max_bytes:
        return text
    return encoded[:max_bytes].decode(errors="ignore").rstrip(" .")


def unique_names(names: Iterable[str]) -> list[str]:
    """Make names unique, ignoring case (Windows and macOS do), by adding ``-2``, ``-3``, …

    >>> unique_names(["x.docx", "x-2.docx", "x.docx"])
    ['x.docx', 'x-2.docx', 'x-3.docx']
    """
    taken: set[str] = set()
    result = []
    for name in names:
        stem, dot, ext = name.rpartition(".")
        if not dot:
            stem, ext = name, ""
        candidate, counter = name, 1
        while candidate.casefold() in taken:
            counter += 1
            candidate = f"{stem}-{counter}.{ext}" if dot else f"{stem}-{counter}"
        taken.add(candidate.casefold())
        result.append(candidate)
    return result
