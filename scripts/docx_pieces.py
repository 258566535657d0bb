"""The page, styles and building blocks of the built-in templates (used by build_templates.py).

Every document is A4 with the issuing organisation in the header and "Lapa 1 no 3" in the footer
(PAGE and NUMPAGES fields, so Word and LibreOffice count the pages). The styles are python-docx's
defaults made plain: Title, Heading 1, Normal, Caption, List Bullet and the "Table Grid" table
style, in Times New Roman (LibreOffice shows Liberation Serif, which has the same widths), all
marked as Latvian (``lv-LV``) so that the spell-checkers of Word and LibreOffice check the right
language. Each paragraph holds its text in a single run, so Jinja tags are never split.
"""

from __future__ import annotations

from typing import Any

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from reportkit.render.emblem import emblem_drawing

FONT = "Times New Roman"
BLACK = RGBColor(0, 0, 0)
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

Doc = Any  # python-docx's Document (untyped)


def new_document(title: str, header: str) -> Doc:
    """An empty A4 document with plain styles, ``header`` (a Jinja expression) centred in the
    header and the Latvian page count in the footer."""
    document = docx.Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin, section.right_margin = Mm(30), Mm(20)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.header_distance = section.footer_distance = Mm(10)
    _styles(document)
    head = section.header.paragraphs[0]
    head.text = header
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _bottom_border(head)
    foot = section.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    foot.add_run("Lapa ")
    _field(foot, "PAGE")
    foot.add_run(" no ")
    _field(foot, "NUMPAGES")
    document.core_properties.title = title  # the rest of docProps/core.xml is the build's
    return document


def _styles(document: Doc) -> None:
    defaults = document.styles.element.find(qn("w:docDefaults"))
    r_pr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang = r_pr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        r_pr.append(lang)
    for attr in ("w:val", "w:eastAsia", "w:bidi"):
        lang.set(qn(attr), "lv-LV")
    sizes = {"Normal": 12, "Title": 16, "Heading 1": 13, "Heading 2": 12, "Caption": 10,
             "Header": 10, "Footer": 10, "List Bullet": 12, "List Number": 12, "Quote": 12}
    for name, size in sizes.items():
        style = document.styles[name]
        font = style.font
        font.name, font.size, font.color.rgb = FONT, Pt(size), BLACK
        r_fonts = style.element.rPr.find(qn("w:rFonts"))
        for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            r_fonts.set(qn(attr), FONT)
        for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            r_fonts.attrib.pop(qn(theme), None)
        style.paragraph_format.space_after = Pt(6)
    normal = document.styles["Normal"].paragraph_format
    normal.line_spacing = 1.15
    for name in ("Title", "Heading 1", "Heading 2"):
        style = document.styles[name]
        style.font.bold = True
        style.font.italic = False
        p_pr = style.element.pPr
        border = p_pr.find(qn("w:pBdr")) if p_pr is not None else None
        if border is not None:
            p_pr.remove(border)
    title = document.styles["Title"]
    title.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraph_format.space_after = Pt(12)
    document.styles["Heading 1"].paragraph_format.space_before = Pt(12)
    document.styles["Caption"].font.italic = True
    document.styles["Caption"].font.bold = False
    document.styles["Quote"].font.italic = True
    _hyperlink_style(document)


def _hyperlink_style(document: Doc) -> None:
    """Word's own Hyperlink character style (blue, underlined), which python-docx's default
    package lacks: a link in marked-up text takes it, and a coordinator restyles every link of
    a document by changing it in Word."""
    style = document.styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
    style.base_style = document.styles["Default Paragraph Font"]
    style.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)
    style.font.underline = True
    style.priority = 99
    style.unhide_when_used = True


def _field(paragraph: Any, code: str) -> None:
    """A simple field (PAGE, NUMPAGES) whose shown value Word and LibreOffice update."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), f" {code} ")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _bottom_border(paragraph: Any) -> None:
    p_pr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "4"), ("w:space", "4"), ("w:color", "auto")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    p_pr.append(borders)


def para(document: Doc, text: str = "", style: str | None = None, *, bold: bool = False,
         italic: bool = False, align: str | None = None, size: int | None = None,
         before: int | None = None, keep: bool = False) -> Any:
    """One paragraph holding ``text`` in a single run, so Jinja tags are never split;
    ``before`` is space above it in points, ``keep`` keeps it on the page of the next one."""
    paragraph = document.add_paragraph(style=style)
    if before is not None:
        paragraph.paragraph_format.space_before = Pt(before)
    if keep:
        paragraph.paragraph_format.keep_with_next = True
    run = paragraph.add_run(text)
    run.bold = bold or None
    run.italic = italic or None
    if size:
        run.font.size = Pt(size)
    if align:
        paragraph.alignment = getattr(WD_ALIGN_PARAGRAPH, align)
    return paragraph


def tag(document: Doc, text: str) -> None:
    """A paragraph holding only a docxtpl paragraph tag (``{%p if … %}``); it leaves no trace."""
    document.add_paragraph(text)


def table(document: Doc, widths: list[int], rows: list[list[str]], *, header: bool = False,
          grid: bool = True, size: int | None = None, right: tuple[int, ...] = ()) -> Any:
    """A table of one-run cells, in the document or in a cell (``document`` may be one);
    ``widths`` in millimetres; the first row bold when ``header``; no row splits across
    pages."""
    result = document.add_table(rows=0, cols=len(widths))
    styles = document.part.document.styles
    result.style = styles["Table Grid" if grid else "Normal Table"]
    result.alignment = WD_TABLE_ALIGNMENT.CENTER
    result.autofit = False
    for r, cells in enumerate(rows):
        row = result.add_row()
        for c, text in enumerate(cells):
            cell = row.cells[c]
            cell.width = Mm(widths[c])
            paragraph = cell.paragraphs[0]
            paragraph.paragraph_format.space_after = Pt(0)
            run = paragraph.add_run(text)
            run.bold = (header and r == 0) or None
            if size:
                run.font.size = Pt(size)
            if c in right and not text.startswith("{%tr"):
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for c, width in enumerate(widths):
        result.columns[c].width = Mm(width)
    for r, row in enumerate(result.rows):
        tr_pr = row._tr.get_or_add_trPr()
        tr_pr.append(OxmlElement("w:cantSplit"))  # a row is never cut across two pages
        if header and r == 0:
            tr_pr.append(OxmlElement("w:tblHeader"))  # the heading row repeats on every page
    return result


def label_rows(pairs: list[tuple[str, str]]) -> list[list[str]]:
    """Rows of a label table; a label ending in ``?cond`` is a row shown only when ``cond``."""
    rows: list[list[str]] = []
    for label, value in pairs:
        name, _, cond = label.partition("?")
        if cond:
            rows += [[f"{{%tr if {cond} %}}", ""], [name, value], ["{%tr endif %}", ""]]
        else:
            rows.append([name, value])
    return rows


def bold_first_column(result: Any) -> None:
    """Labels in bold (the rows that are not docxtpl tags)."""
    for row in result.rows:
        for run in row.cells[0].paragraphs[0].runs:
            if not run.text.startswith("{%"):
                run.bold = True


def flush(result: Any) -> None:
    """No cell margins left and right, so a one-cell table's text lines up with the page's."""
    margins = OxmlElement("w:tblCellMar")
    for side in ("w:left", "w:right"):
        edge = OxmlElement(side)
        edge.set(qn("w:w"), "0")
        edge.set(qn("w:type"), "dxa")
        margins.append(edge)
    result._tbl.tblPr.insert_element_before(margins, "w:tblLook", "w:tblCaption",
                                            "w:tblDescription", "w:tblPrChange")


def bold_row(result: Any, index: int) -> None:
    """Every cell of one row in bold (a "Kopā" row)."""
    for cell in result.rows[index].cells:
        for run in cell.paragraphs[0].runs:
            run.bold = True


def put_emblem(paragraph: Any, height_mm: float) -> None:
    """The EU emblem (reportkit.render.emblem, drawn from the EU's geometry) at the start of
    ``paragraph``, its text centred on the emblem's height beside it."""
    run = parse_xml(f'<w:r xmlns:w="{W}">{emblem_drawing(height_mm)}</w:r>')
    paragraph._p.insert(1 if paragraph._p.pPr is not None else 0, run)
    align = OxmlElement("w:textAlignment")
    align.set(qn("w:val"), "center")
    paragraph._p.get_or_add_pPr().insert_element_before(  # in the schema's order
        align, "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr",
        "w:sectPr", "w:pPrChange")
