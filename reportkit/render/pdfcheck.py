"""Is a PDF whole? A check of its frame, before it is put where the user will find it.

A converter that is killed, crashes or misbehaves can leave a PDF cut short. A whole PDF starts
with ``%PDF-``, ends with ``%%EOF``, and its last ``startxref`` points at a cross-reference
table (``xref``) or stream (``N 0 obj``) inside the file. That is what every PDF reader needs
first, it costs one read of the file's ends, and it needs no poppler on Windows.

    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "a.pdf"
    >>> _ = path.write_bytes(b"%PDF-1.7\\n1 0 obj\\n<<>>\\nendobj\\n")
    >>> pdf_flaw(path)
    'it is cut short (no end-of-file mark)'
"""

from __future__ import annotations

import re
from pathlib import Path

from reportkit.i18n import gettext as _

__all__ = ["pdf_flaw"]

_TAIL = 4096  # LibreOffice's trailer is a few hundred bytes
_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_XREF_AT = re.compile(rb"xref|\d+\s+\d+\s+obj")


def pdf_flaw(path: Path) -> str | None:
    """What is wrong with the PDF at ``path`` (for a message), or None when it is whole.

    >>> pdf_flaw(Path("/nonexistent.pdf"))
    'it is missing'
    """
    try:
        with open(path, "rb") as pdf:
            head = pdf.read(8)
            size = pdf.seek(0, 2)
            pdf.seek(max(0, size - _TAIL))
            tail = pdf.read()
            found = _STARTXREF.search(tail)
            if not head.startswith(b"%PDF-"):
                return _("it is not a PDF (no %PDF- header)")
            if found is None:
                return _("it is cut short (no end-of-file mark)")
            offset = int(found.group(1))
            if offset >= size:
                return _("it is cut short (its index points past the end)")
            pdf.seek(offset)
            if _XREF_AT.match(pdf.read(32)) is None:
                return _("its index does not point at a cross-reference table")
    except FileNotFoundError:
        return _("it is missing")
    return None
