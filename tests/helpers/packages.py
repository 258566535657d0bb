"""Hostile .docx packages, made the way an attacker would: a Word document made with
python-docx, then its zip rewritten (a linked picture, a field, a relationship, a lying entry).
"""

from __future__ import annotations

import re
import warnings
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

import docx
from docx.shared import Mm

from reportkit.render.parts import Entry, ZipWriter

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
PICTURE = EXAMPLES / "foto" / "partneri.png"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
Parts = dict[str, bytes]


def word_document(path: Path, paragraphs: list[str], *, picture: bool = False) -> Path:
    """A .docx with one paragraph per text, and a picture after them when asked."""
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if picture:
        document.add_picture(str(PICTURE), width=Mm(40))
    document.save(str(path))
    return path


def rewrite(path: Path, change: Callable[[Parts], None]) -> Path:
    """Rewrite the zip at ``path`` after ``change`` edited its parts (name → bytes)."""
    with zipfile.ZipFile(path) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    change(parts)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return path


def add_relationship(parts: Parts, rels: str, rid: str, kind: str, target: str, *,
                     external: bool = True) -> None:
    """Add a relationship of type ``kind`` (``image``, ``attachedTemplate`` …) to ``rels``."""
    mode = ' TargetMode="External"' if external else ""
    xml = parts.get(rels, b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                          b'<Relationships xmlns="http://schemas.openxmlformats.org/package/'
                          b'2006/relationships"></Relationships>').decode()
    parts[rels] = xml.replace("</Relationships>", f'<Relationship Id="{rid}" Type="{REL}/'
                              f'{kind}" Target="{target}"{mode}/></Relationships>').encode()


def add_part(parts: Parts, name: str, content_type: str, rels: str, kind: str,
               data: bytes | None = None) -> None:
    """Register the part ``name`` as Word and Excel do: its content type in
    ``[Content_Types].xml`` and a relationship of type ``kind`` from ``rels`` (the target is
    relative to the folder ``rels`` describes); ``data`` is its content, or None when the caller
    writes it (streamed, for a huge part)."""
    override = f'<Override PartName="/{name}" ContentType="{content_type}"/></Types>'
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(b"</Types>",
                                                                        override.encode())
    owner = rels.replace("_rels/", "").removesuffix(".rels")
    folder = owner.rsplit("/", 1)[0] + "/" if "/" in owner else ""
    add_relationship(parts, rels, "rIdAdded" + kind.replace("-", ""), kind,
                     name.removeprefix(folder), external=False)
    if data is not None:
        parts[name] = data


def linked_picture(path: Path, target: str) -> Path:
    """A document whose picture is linked (``<a:blip r:link>``) to ``target``, not embedded:
    what Word writes for Insert › Picture › Link to File."""
    word_document(path, ["Virsraksts", "Attēls:"], picture=True)

    def link(parts: Parts) -> None:
        body = parts["word/document.xml"].decode()
        parts["word/document.xml"] = re.sub(r'r:embed="[^"]+"', 'r:link="rIdLinked"', body,
                                            count=1).encode()
        add_relationship(parts, "word/_rels/document.xml.rels", "rIdLinked", "image", target)

    return rewrite(path, link)


def with_body_xml(path: Path, xml: str, paragraphs: list[str] | None = None) -> Path:
    """A document whose body starts with ``xml`` (raw WordprocessingML), then ``paragraphs``."""
    word_document(path, paragraphs or ["Virsraksts"])

    def insert(parts: Parts) -> None:
        body = parts["word/document.xml"].decode()
        parts["word/document.xml"] = body.replace("<w:body>", "<w:body>" + xml, 1).encode()

    return rewrite(path, insert)


def zip_of(path: Path, entries: list[tuple[str, bytes]], *,
           compression: int = zipfile.ZIP_DEFLATED) -> Path:
    """A zip with exactly these entries, duplicates and odd names included."""
    with warnings.catch_warnings(), zipfile.ZipFile(path, "w", compression) as zf:
        warnings.simplefilter("ignore")  # "Duplicate name": the point of some of these
        for name, data in entries:
            info = zipfile.ZipInfo(name)
            info.compress_type = compression
            zf.writestr(info, data)
    return path


def with_huge_part(path: Path, name: str, size: int, *, pattern: bytes = b"\0",
                   base: Path | None = None) -> Path:
    """``base`` (a small Word document) with the part ``name`` replaced by ``size`` bytes of
    ``pattern`` repeated, deflated: gigabytes that fit in a few megabytes, as a zip bomb does.
    The deflate stream is built from one 16 MiB block repeated (a full flush makes each block
    the same), so even 3 GiB takes seconds; the CRC is the real one."""
    chunk = (pattern * (16 * 1024 * 1024 // len(pattern) + 1))[: 16 * 1024 * 1024]
    if size % len(chunk):
        raise ValueError("size must be a multiple of 16 MiB")
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = packer.compress(chunk) + packer.flush(zlib.Z_FULL_FLUSH)
    count = size // len(chunk)
    crc = 0
    for _ in range(count):
        crc = zlib.crc32(chunk, crc)
    stream = block * count + zlib.compressobj(9, zlib.DEFLATED, -15).flush()
    source = base or word_document(path.with_suffix(".base.docx"), ["Virsraksts"])
    with zipfile.ZipFile(source) as zf:
        parts = [(i.filename, zf.read(i)) for i in zf.infolist()]
    with open(path, "wb") as fp:
        writer = ZipWriter(fp)
        for part, data in parts:
            if part == name:
                writer.add(Entry(part, b"", crc, stream, size))
            else:
                writer.add_data(part, data)
        writer.close()
    return path


CUSTOM = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://'
          'schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://'
          'schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="'
          '{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="{name}"><vt:lpwstr>{value}'
          '</vt:lpwstr></property></Properties>')


def with_property(template: Path, value: str, name: str = "reportkit-rows") -> Path:
    """The template with a custom document property, as Word stores one (docProps/custom.xml)."""
    custom = CUSTOM.replace("{name}", name).replace("{value}", value).encode()
    return rewrite(template, lambda parts: add_part(
        parts, "docProps/custom.xml", "application/vnd.openxmlformats-officedocument."
        "custom-properties+xml", "_rels/.rels", "custom-properties", custom))
