"""A template using every construct of the markup, and reading its documents back: each
paragraph's style, text and numbering, each link's text and address, the properties.

The template is made with python-docx (its default styles: List Bullet, List Number, their
level 2 and 3; a ``Hyperlink`` character style added as Word defines it, unless
``hyperlink_style=False``), with a link whose address holds a tag as Word stores one (braces
percent-encoded) and tags in the document properties.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import parse_xml
from docx.shared import RGBColor

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_NS = {"w": W, "r": R}

TEMPLATE_LINES = [
    "{%p for text in description %}",
    "{{ text }}",
    "{%p endfor %}",
    "Vairāk par projektu: {{ website }}, raksti {{ email }}.",
    "Aktivitātes īsumā: {{ description[2] }}",
    "{%p for a in activities %}",
    "{{ a.title }}",
    "{%p for step in a.steps %}",
    "{% if loop.first %}{{ restart_numbering() }}{% endif %}{{ step }}",
    "{%p endfor %}",
    "{%p endfor %}",
]
"""The paragraphs; the numbered step is in List Number, the link paragraph follows them."""


def markup_template(path: Path, *, hyperlink_style: bool = True, subdoc: bool = False) -> Path:
    """The markup template at ``path``; ``subdoc`` adds a ``{{p annex }}`` paragraph, so a
    render given a Subdoc takes the docxtpl path."""
    document = docx.Document()
    if hyperlink_style:
        style = document.styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
        style.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)
        style.font.underline = True
    for line in TEMPLATE_LINES:
        style_name = "List Number" if "restart_numbering" in line else None
        document.add_paragraph(line, style=style_name)
    paragraph = document.add_paragraph("Projekta lapa: ")
    rid = document.part.relate_to("https://projekti.lv/%7B%7B%20code%20%7D%7D/?lang=lv",
                                  RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    paragraph._p.append(parse_xml(
        f'<w:hyperlink xmlns:w="{W}" xmlns:r="{R}" r:id="{rid}"><w:r><w:t>{{{{ code }}}}</w:t>'
        "</w:r></w:hyperlink>"))
    if subdoc:
        document.add_paragraph("{{p annex }}")
    props = document.core_properties
    props.title, props.subject = "{{ title }}", "Projekta apraksts"
    props.author, props.keywords = "{{ author }}", "{{ keywords|join(', ') }}"
    document.save(str(path))
    return path


@dataclass(frozen=True)
class Shown:
    """One paragraph of a document as a reader checks it."""

    text: str
    style: str | None  # the style id (ListBullet, ListNumber …), None for Normal
    num: str | None  # the numId it is numbered in, its own or its style's


def paragraphs(path: Path, part: str = "word/document.xml") -> list[Shown]:
    """The non-empty paragraphs of a part: text (``w:br`` a newline), style and numbering."""
    from lxml import etree

    with zipfile.ZipFile(path) as zf:
        root = etree.fromstring(zf.read(part))
        styles = etree.fromstring(zf.read("word/styles.xml"))
    style_num = {s.get(f"{{{W}}}styleId"): n.get(f"{{{W}}}val")
                 for s in styles.iter(f"{{{W}}}style")
                 for n in s.iterfind("w:pPr/w:numPr/w:numId", _NS)}
    out = []
    for p in root.iter(f"{{{W}}}p"):
        text = "".join("\n" if el.tag == f"{{{W}}}br" else "\t" if el.tag == f"{{{W}}}tab"
                       else el.text or "" for el in p.iter(f"{{{W}}}t", f"{{{W}}}br",
                                                           f"{{{W}}}tab"))
        if not text:
            continue
        style = p.find("w:pPr/w:pStyle", _NS)
        sid = style.get(f"{{{W}}}val") if style is not None else None
        num = p.find("w:pPr/w:numPr/w:numId", _NS)
        out.append(Shown(text, sid, num.get(f"{{{W}}}val") if num is not None
                         else style_num.get(sid)))
    return out


def links(path: Path, part: str = "word/document.xml") -> list[tuple[str, str]]:
    """(text, address) of every hyperlink of a part, in order; the address from the part's
    relationships, which must be external hyperlinks."""
    from lxml import etree

    folder, _, name = part.rpartition("/")
    with zipfile.ZipFile(path) as zf:
        root = etree.fromstring(zf.read(part))
        rels = etree.fromstring(zf.read(f"{folder}/_rels/{name}.rels"))
    targets = {}
    for rel in rels:
        if rel.get("Type", "").endswith("/hyperlink"):
            assert rel.get("TargetMode") == "External", rel.attrib
            targets[rel.get("Id")] = rel.get("Target")
    return [("".join(link.itertext()), targets[link.get(f"{{{R}}}id")])
            for link in root.iter(f"{{{W}}}hyperlink")]


def starts(path: Path) -> dict[str, int]:
    """numId → the number it starts at, for each list of the numbering that restarts."""
    from lxml import etree

    with zipfile.ZipFile(path) as zf:
        root = etree.fromstring(zf.read("word/numbering.xml"))
    return {num.get(f"{{{W}}}numId"): int(start.get(f"{{{W}}}val"))
            for num in root.iter(f"{{{W}}}num")
            for start in num.iterfind("w:lvlOverride/w:startOverride", _NS)}


def core_properties(path: Path) -> dict[str, str]:
    """The document's core properties: local name → text."""
    with zipfile.ZipFile(path) as zf:
        xml = zf.read("docProps/core.xml").decode()
    return {m.group(1): m.group(2) for m in re.finditer(r"<\w+:(\w+)[^>]*>([^<]*)</", xml)}


def run_formats(path: Path, part: str = "word/document.xml") -> dict[str, set[str]]:
    """Text of each run → what it shows as: ``bold``, ``italic`` and its character style id."""
    from lxml import etree

    with zipfile.ZipFile(path) as zf:
        root = etree.fromstring(zf.read(part))
    found: dict[str, set[str]] = {}
    for run in root.iter(f"{{{W}}}r"):
        text = "".join(t.text or "" for t in run.iter(f"{{{W}}}t"))
        marks = {name for name in ("b", "i") if run.find(f"w:rPr/w:{name}", _NS) is not None}
        style = run.find("w:rPr/w:rStyle", _NS)
        if style is not None:
            marks.add(style.get(f"{{{W}}}val"))
        found.setdefault(text, set()).update(marks)
    return found
