"""A template's zip read defensively: every entry checked before a byte of it is read.

A .docx is a zip, and a zip can lie: a 3 MB file can hold a 3 GiB part of zeros, name an entry
``../../etc/cron.d/x``, hold the same name twice (Word reads one, python-docx the other), or use
a compression or encryption no Office program writes. So, from the zip's directory and before
reading: at most ``MAX_ENTRIES`` entries; each name relative and inside the package, and unique
(part names are case-insensitive, as Word treats them); stored or deflated, not encrypted; each
part's uncompressed size within its limit (``MAX_XML`` for XML, which is read whole to be
parsed, ``MAX_PART`` for pictures and other parts, which are streamed and never held
uncompressed) and all of them within ``MAX_TOTAL``. ``zipfile`` never gives more bytes than an
entry declares, and checks each entry's CRC at its end.

    >>> name_problem("../evil.xml")
    'the entry name leads outside the package'
    >>> name_problem("word/document.xml") is None
    True
"""

from __future__ import annotations

import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from reportkit.errors import Problem, TemplateError
from reportkit.i18n import gettext as _
from reportkit.i18n import ngettext, os_reason

__all__ = ["MAX_ENTRIES", "MAX_PART", "MAX_TOTAL", "MAX_XML", "ZipPart", "is_text_part",
           "name_problem", "read_parts"]

MAX_ENTRIES = 5_000
MAX_XML = 32 * 1024 * 1024  # an XML part (the body, a header, relationships), read whole
MAX_PART = 128 * 1024 * 1024  # a picture, a font, an embedded object: streamed
MAX_TOTAL = 512 * 1024 * 1024  # everything in the package, uncompressed
_CHUNK = 1024 * 1024
_MB = 1024 * 1024
_DRIVE = re.compile(r"^[A-Za-z]:")


@dataclass(frozen=True)
class ZipPart:
    """One entry, read: its name, its bytes when it is text to look into (XML, relationships,
    SVG), its size and CRC, and its bytes deflated once, ready to copy into each output."""

    name: str
    data: bytes | None
    size: int
    crc: int
    compressed: bytes


def is_text_part(name: str) -> bool:
    """Whether a part is text reportkit reads whole: XML, relationships, VML, SVG.

    >>> is_text_part("word/_rels/document.xml.rels"), is_text_part("word/media/a.png")
    (True, False)
    """
    return name.lower().endswith((".xml", ".rels", ".vml", ".svg"))


def name_problem(name: str) -> str | None:
    """What is wrong with an entry name, or None when it is an ordinary part name."""
    if ("\0" in name or "\\" in name or name.startswith("/") or _DRIVE.match(name)
            or ".." in name.split("/")):
        return _("the entry name leads outside the package")
    return None


def read_parts(path: Path, file: str) -> list[ZipPart]:
    """Every entry of the zip at ``path``, in order, or a TemplateError with every problem.

    ``file`` is how problems name the template. A file that is not a readable zip is one
    problem; entries that break the rules above are one problem each, located by entry name;
    an entry that cannot be unpacked (a wrong checksum, cut short) is one problem, located.
    """
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            problems = _directory_problems(infos, file)
            if problems:
                raise TemplateError(problems)
            return [_read(zf, info, file) for info in infos]
    except (zipfile.BadZipFile, EOFError, zlib.error):
        raise TemplateError(Problem(_(
            "not a .docx file (not a zip package as Word saves one, or cut short): open it in "
            "Word or LibreOffice and save it as a Word Document (.docx)"), file=file,
                code="template.not_docx")) from None
    except OSError as exc:
        raise TemplateError(Problem(_("cannot be read: {reason}").format(
            reason=os_reason(exc)), file=file, code="file.unreadable")) from None


def _directory_problems(infos: list[zipfile.ZipInfo], file: str) -> list[Problem]:
    """The problems the zip's directory shows, before any entry is read."""
    if len(infos) > MAX_ENTRIES:
        return [Problem(ngettext(
            "not a .docx file: {count} entry in the zip; a Word document has tens, and the "
            "limit is {limit}",
            "not a .docx file: {count} entries in the zip; a Word document has tens, and the "
            "limit is {limit}", len(infos)).format(count=len(infos), limit=MAX_ENTRIES),
            file=file, code="template.too_many_entries")]
    problems: list[Problem] = []
    seen: set[str] = set()
    total = 0
    for info in infos:
        message = name_problem(info.filename) or _entry_problem(info)
        if message is None and info.filename.lower() in seen:
            message = _("the zip holds two entries of this name; Word and reportkit would "
                        "read different ones")
        seen.add(info.filename.lower())
        total += info.file_size
        if message is not None:
            problems.append(Problem(message, file=file, part=info.filename,
                code="template.package"))
    if total > MAX_TOTAL and not problems:
        problems.append(Problem(_("not a .docx file: its parts would be {size} MB unpacked; "
                                  "the limit is {limit} MB").format(
                                      size=total // _MB, limit=MAX_TOTAL // _MB), file=file,
                                          code="template.too_large"))
    return problems


def _entry_problem(info: zipfile.ZipInfo) -> str | None:
    if info.flag_bits & 0x1:
        return _("the entry is encrypted; save the template again without a password")
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        return _("the entry uses compression method {method}, which Word and LibreOffice do "
                 "not write; open the template in Word and save it again").format(
                     method=info.compress_type)
    limit = MAX_XML if is_text_part(info.filename) else MAX_PART
    if info.file_size > limit:
        return _("the part is {size} MB unpacked; the limit for a part like this is {limit} MB"
                 ).format(size=info.file_size // _MB, limit=limit // _MB)
    return None


def _read(zf: zipfile.ZipFile, info: zipfile.ZipInfo, file: str) -> ZipPart:
    """Stream one entry: deflate it chunk by chunk, keep its bytes only if it is text; an entry
    that cannot be unpacked is a TemplateError located at it."""
    try:
        return _unpacked(zf, info)
    except (zipfile.BadZipFile, EOFError, zlib.error, NotImplementedError,
            RuntimeError):
        raise TemplateError(Problem(_(
            "the document is damaged: this part cannot be unpacked; open the template in "
            "Word and save it again"), file=file, part=info.filename,
                code="template.damaged")) from None


def _unpacked(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> ZipPart:
    keep = is_text_part(info.filename)
    packer = zlib.compressobj(6, zlib.DEFLATED, -15)
    kept: list[bytes] = []
    compressed: list[bytes] = []
    crc = size = 0
    with zf.open(info) as stream:
        while chunk := stream.read(_CHUNK):
            size += len(chunk)
            crc = zlib.crc32(chunk, crc)
            compressed.append(packer.compress(chunk))
            if keep:
                kept.append(chunk)
    compressed.append(packer.flush())
    data = b"".join(kept) if keep else None
    return ZipPart(info.filename, data, size, crc, b"".join(compressed))
