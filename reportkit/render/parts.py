"""The low layer: a .docx as zip entries, which of them are templates, and their XML.

Nothing here knows about Jinja. The tag repair is docxtpl's own (``DocxTemplate.patch_xml``,
``resolve_listing``, ``fix_tables``), so templates behave exactly as docxtpl documents them;
what Word and LibreOffice do to a template is undone before it, in
:mod:`reportkit.render.repair`.

    >>> part_label("word/header2.xml", "word/document.xml")
    'header2'
"""

from __future__ import annotations

import html
import posixpath
import re
import struct
import time
import zlib
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, BinaryIO
from xml.etree import ElementTree

from reportkit.errors import Problem, TemplateError
from reportkit.i18n import gettext as _

from .linked import package_problems
from .properties import properties_parts
from .zipread import read_parts

__all__ = [
    "Entry",
    "Package",
    "ZipWriter",
    "finish_xml",
    "paragraph_texts",
    "part_label",
    "prepare_xml",
    "read_package",
]

_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_TEMPLATE_RELS = {_REL + "header", _REL + "footer", _REL + "footnotes"}
_PARAGRAPH = re.compile(r"<w:p([ >/])")
_TEXT = re.compile(r"<w:t(?: [^>]*)?>([^<]*)</w:t>")
_DOCPR_ID = re.compile(r'(<wp:docPr\b[^>]*?\bid=")\d+(")')
_LAYOUT_NEWLINE = re.compile(r">[ \t]*\n\s*<")
_LISTING_CHARS = re.compile("[\t\n\a\f]")


@dataclass(frozen=True)
class Entry:
    """One zip member: its header and its bytes, compressed once, ready to copy as they are.

    ``data`` is the uncompressed bytes of a text part (XML, relationships) and empty for the
    others (pictures, fonts), which are never held uncompressed; ``size`` is the uncompressed
    size (``len(data)`` when not given).
    """

    name: str
    data: bytes
    crc: int
    compressed: bytes
    size: int | None = None


@dataclass(frozen=True)
class Package:
    """A .docx read into memory: every entry in order and the names of the template parts."""

    file: str
    entries: tuple[Entry, ...]
    parts: dict[str, str]  # zip name -> label (body, header1, footer1, footnotes)


def read_package(path: Path) -> Package:
    """Read a .docx; a missing file, a non-zip or a zip without a Word document is a TemplateError.

    The zip is read defensively (:mod:`reportkit.render.zipread`: sizes, names, methods checked
    before reading) and a template that would make Word or LibreOffice fetch, read or run
    anything is refused, every such problem located (:mod:`reportkit.render.linked`).

    >>> read_package(Path("nowhere.docx"))
    Traceback (most recent call last):
    reportkit.errors.TemplateError: nowhere.docx: no such template file
    """
    name = path.name  # problems name a template by its file name, as Word's title bar does
    if not path.is_file():
        raise TemplateError(Problem(_("no such template file"), file=name, code="template.missing"))
    read = read_parts(path, name)
    texts = {p.name: p.data for p in read if p.data is not None}
    body = _main_part(texts, name)
    parts = {body: "body"}
    for target in _related(texts, body, name):
        parts[target] = part_label(target, body)
    parts.update(properties_parts(texts))  # those holding tags: title, author … from the data
    _refuse_links(name, texts, [p.name for p in read], parts)
    entries = tuple(Entry(p.name, p.data or b"", p.crc, p.compressed, p.size) for p in read)
    return Package(name, entries, parts)


def _refuse_links(name: str, texts: dict[str, bytes], names: list[str],
                  parts: dict[str, str]) -> None:
    """Raise every link, field, macro and reference the package may not hold, located; a
    problem in a template part names its paragraph and quotes its text."""
    problems = package_problems(name, texts, names, parts)
    if not problems:
        return
    labels = {label: zipname for zipname, label in parts.items()}
    located = []
    for problem in problems:
        if problem.paragraph is not None and problem.part in labels:
            lines = paragraph_texts(decode(texts[labels[problem.part]], name, problem.part))
            if problem.paragraph <= len(lines):
                problem = replace(problem, text=lines[problem.paragraph - 1])
        located.append(problem)
    raise TemplateError(located)


def part_label(zipname: str, body: str) -> str:
    """How problems name a part: ``body`` for the main document, else the file's stem.

    >>> part_label("word/document.xml", "word/document.xml")
    'body'
    """
    return "body" if zipname == body else posixpath.splitext(posixpath.basename(zipname))[0]


def _main_part(raw: dict[str, bytes], name: str) -> str:
    rels = raw.get("_rels/.rels")
    if rels is not None:
        for rel in _relationships(rels, name, "_rels/.rels"):
            if rel.get("Type", "").endswith("/officeDocument"):
                target = rel.get("Target", "").lstrip("/")
                if target in raw:
                    return target
    raise TemplateError(Problem(_("not a .docx file (no Word document inside the zip)"),
                                file=name, code="template.not_docx"))


def _related(raw: dict[str, bytes], body: str, name: str) -> list[str]:
    folder, base = posixpath.split(body)
    rels_name = posixpath.join(folder, "_rels", base + ".rels")
    rels = raw.get(rels_name)
    if rels is None:
        return []
    found = []
    for rel in _relationships(rels, name, rels_name):
        target = posixpath.normpath(posixpath.join(folder, rel.get("Target", "")))
        if rel.get("Type") in _TEMPLATE_RELS and target in raw and target not in found:
            found.append(target)
    return found


def _relationships(xml: bytes, name: str, part: str) -> list[ElementTree.Element]:
    try:
        return list(ElementTree.fromstring(xml))
    except ElementTree.ParseError:
        raise TemplateError(Problem(_(
            "the document is damaged: the XML of this part is not well-formed; open the "
            "template in Word and save it again"), file=name, part=part,
                code="template.damaged")) from None


def decode(data: bytes, file: str, part: str) -> str:
    """A part's XML as text; Word and LibreOffice write UTF-8.

    >>> decode(b"<w:p/>", "a.docx", "body")
    '<w:p/>'
    """
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise TemplateError(Problem(_("the document is damaged: this part is not UTF-8 text; "
                                      "open the template in Word and save it again"),
                                    file=file, part=part, code="template.damaged")) from None


def prepare_xml(xml: str) -> str:
    """Put every paragraph on its own line, then repair tags with docxtpl's ``patch_xml``.

    Jinja counts lines, so line ``n + 1`` of the result is paragraph ``n`` of the original
    (only a ``{%-``/``-%}`` that merges paragraphs shifts the count by the lines it swallows).
    docxtpl replaces a whole table row, cell or paragraph holding a ``{%tr %}``, ``{%tc %}``
    or ``{%p %}`` tag by the bare tag, and the lines of the paragraphs inside go with it; that
    step is done here first, the same way, with the lines kept in a Jinja comment. (docxtpl's
    space-preserving step then also marks text just before such a row ``xml:space="preserve"``,
    which Word writes on all text with a space at an end anyway.)

    >>> prepare_xml('<w:p><w:r><w:t>{{</w:t></w:r><w:r><w:t> x }}</w:t></w:r></w:p>')
    '\\n<w:p><w:r><w:t xml:space="preserve">{{ x }}</w:t></w:r></w:p>'
    >>> prepare_xml('<w:tr><w:tc><w:p><w:r><w:t>{%tr for a in b %}</w:t></w:r></w:p>'
    ...             '<w:p/></w:tc></w:tr><w:p/>')
    '{% for a in b %}{#\\n\\n#}\\n<w:p/>'
    """
    return str(_docxtpl().patch_xml(_element_tags(_one_line_per_paragraph(xml))))


# docxtpl's patch_xml patterns for {%tr %}, {%tc %}, {%p %} and {#tr #}, {#tc #}, {#p #}
_ELEMENT_TAGS = [
    re.compile(rf"<w:{y}[ >](?:(?!<w:{y}[ >]).)*({{%|{{{{){y} ([^}}%]*(?:%}}|}}}})).*?</w:{y}>",
               re.DOTALL) for y in ("tr", "tc", "p")
] + [
    re.compile(rf"<w:{y}[ >](?:(?!<w:{y}[ >]).)*({{#){y} ([^}}#]*(?:#}})).*?</w:{y}>",
               re.DOTALL) for y in ("tr", "tc", "p")
]


def _element_tags(xml: str) -> str:
    def keep_lines(found: re.Match[str]) -> str:
        lines = found.group(0).count("\n")
        return f"{found.group(1)} {found.group(2)}" + (f"{{#{chr(10) * lines}#}}" if lines else "")

    for pattern in _ELEMENT_TAGS:
        xml = pattern.sub(keep_lines, xml)
    return xml


def paragraph_texts(xml: str) -> list[str]:
    """The text of each paragraph of a part, in document order (tables included), read with a
    pattern rather than a parser, so it works on a part that is not well-formed XML too.

    >>> paragraph_texts('<w:p><w:r><w:t>A &amp; </w:t></w:r><w:r><w:t>B</w:t></w:r></w:p>')
    ['A & B']
    """
    lines = _one_line_per_paragraph(xml).split("\n")[1:]
    return [html.unescape("".join(_TEXT.findall(line))) for line in lines]


def _one_line_per_paragraph(xml: str) -> str:
    # Newlines between tags are layout (the one after the XML declaration, pretty printing);
    # one inside text would be a space to Word. Either way only ours may remain.
    xml = _LAYOUT_NEWLINE.sub("><", xml.replace("\r\n", "\n")).replace("\n", " ")
    return _PARAGRAPH.sub(r"\n<w:p\1", xml)


def finish_xml(xml: str, fix_tables: bool) -> str:
    """Rendered part XML made whole: docxtpl's listing pass, table grid and picture id repair.

    >>> finish_xml('\\n<w:p><w:r><w:t>a\\nb</w:t></w:r></w:p>', False)
    '<w:p><w:r><w:t>a</w:t><w:br/><w:t xml:space="preserve">b</w:t></w:r></w:p>'
    """
    xml = xml.replace("\n<w:p", "<w:p")
    if _LISTING_CHARS.search(xml):
        xml = _docxtpl().resolve_listing(xml)
    if "<wp:docPr" in xml:
        xml = _renumber_pictures(xml)
    if fix_tables:
        xml = _fix_tables(xml)
    return xml


def _renumber_pictures(xml: str) -> str:
    # a loop copies pictures with their ids; Word refuses duplicates (docxtpl fix_docpr_ids)
    counter = iter(range(1001, 1 << 31))
    return _DOCPR_ID.sub(lambda m: f"{m.group(1)}{next(counter)}{m.group(2)}", xml)


def _fix_tables(xml: str) -> str:
    from lxml import etree

    head, sep, rest = xml.partition("?>")
    tree = _docxtpl().fix_tables(rest if sep else head)
    out = etree.tostring(tree, encoding="unicode")
    return f"{head}{sep}{out}" if sep else str(out)


@lru_cache(maxsize=1)
def _docxtpl() -> Any:
    """A DocxTemplate without a file: only its text-processing methods are used."""
    from docxtpl import DocxTemplate

    return DocxTemplate.__new__(DocxTemplate)


def _deflate(data: bytes) -> bytes:
    packer = zlib.compressobj(6, zlib.DEFLATED, -15)
    return packer.compress(data) + packer.flush()


class ZipWriter:
    """A minimal zip writer that copies already-compressed entries without recompressing them.

    ``zipfile`` recompresses everything it writes; a .docx is mostly parts no template touches
    (styles, theme, fonts, images), so copying their deflated bytes makes each document cheap.

    >>> import io, zipfile
    >>> buf = io.BytesIO()
    >>> w = ZipWriter(buf); w.add_data("a.txt", b"hi"); w.close()
    >>> zipfile.ZipFile(buf).read("a.txt")
    b'hi'
    """

    def __init__(self, fp: BinaryIO) -> None:
        self._fp = fp
        self._central: list[bytes] = []
        self._offset = 0
        t = time.localtime()
        self._dostime = (t.tm_hour << 11) | (t.tm_min << 5) | (t.tm_sec // 2)
        self._dosdate = ((t.tm_year - 1980) << 9) | (t.tm_mon << 5) | t.tm_mday

    def add_data(self, name: str, data: bytes) -> None:
        """Compress ``data`` and add it under ``name``."""
        self.add(Entry(name, data, zlib.crc32(data), _deflate(data)))

    def add(self, entry: Entry) -> None:
        """Add an entry whose CRC and deflated bytes are already known."""
        name = entry.name.encode("utf-8")
        size = len(entry.data) if entry.size is None else entry.size
        csize = len(entry.compressed)
        if max(size, csize, self._offset) >= 0xFFFFFFFF:
            raise ValueError("document too large for a plain zip")
        common = struct.pack(
            "<HHHHHIII", 20, 0x0800, 8, self._dostime, self._dosdate, entry.crc, csize, size
        )
        self._fp.write(b"PK\x03\x04" + common + struct.pack("<HH", len(name), 0) + name)
        self._fp.write(entry.compressed)
        self._central.append(
            b"PK\x01\x02" + struct.pack("<H", 20) + common
            + struct.pack("<HHHHHII", len(name), 0, 0, 0, 0, 0, self._offset) + name
        )
        self._offset += 30 + len(name) + csize

    def close(self) -> None:
        """Write the central directory."""
        directory = b"".join(self._central)
        count = len(self._central)
        self._fp.write(directory)
        self._fp.write(
            b"PK\x05\x06"
            + struct.pack("<HHHHIIH", 0, 0, count, count, len(directory), self._offset, 0)
        )
