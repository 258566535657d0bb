"""Make the built-in templates: ``python scripts/build_templates.py`` writes the three .docx files
into ``reportkit/templates/``.

The .docx files are committed so that people can open them in Word or LibreOffice, change them and
save them; this script is how they were made, and ``tests/templates/test_builtin_templates.py``
checks that the committed files are what it makes (compare the XML parts). Change a template
here, run the script, commit both. The script is not shipped: the wheel holds the templates only.

Every document is A4 with the issuing organisation in the header and "Lapa 1 no 3" in the footer
(PAGE and NUMPAGES fields, so Word and LibreOffice count the pages). The styles are python-docx's
defaults made plain: Title, Heading 1, Normal, Caption, List Bullet and the "Table Grid" table
style, in Times New Roman (LibreOffice shows Liberation Serif, which has the same widths), all
marked as Latvian (``lv-LV``) so that the spell-checkers of Word and LibreOffice check the right
language.

The fixed words are labels: those of the seed documents ("Projekta pieteicējs", "Projekta ilgums",
"Projekta mērķis", "Uzziņai:", "tālr.", "(personiskais paraksts)" comes from the data) and plain
words checked with ``hunspell -d lv_LV``. Everything else comes from the data through the filters
of ``reportkit.lv`` (dates in case, amounts in words, numbers with agreeing nouns).
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = Path(__file__).resolve().parents[1] / "reportkit" / "templates"
FONT = "Times New Roman"
BLACK = RGBColor(0, 0, 0)
# The date in the document properties, fixed so the script makes the same bytes every time.
FIXED_TIME = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)

Doc = Any  # python-docx's Document (untyped)

# --- page, styles, header and footer --------------------------------------------------------


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
    document.core_properties.title = title  # the rest of docProps/core.xml is _core_xml's
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


# --- content helpers ------------------------------------------------------------------------


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
          grid: bool = True, size: int | None = None,
          right: tuple[int, ...] = ()) -> Any:
    """A table of one-run cells; ``widths`` in millimetres; the first row bold when ``header``."""
    result = document.add_table(rows=0, cols=len(widths))
    result.style = document.styles["Table Grid" if grid else "Normal Table"]
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


# --- shared pieces of the three templates --------------------------------------------------

PROGRAMME = (
    "{{ P.programme.name }}"
    "{% if P.programme.funding_period %} ({{ P.programme.funding_period }}){% endif %}"
    "{% if P.programme.action %}, {{ P.programme.action }}{% endif %}"
)
DURATION = "{{ P.period.start|format_date_range(P.period.end) }} " \
           "({{ P.period.start|format_duration(P.period.end) }})"
MONEY_WORDS = "{{ X|format_money }} ({{ X|amount_in_words }})"


def of(project: str, text: str) -> str:
    """``text`` with the project placeholder ``P`` replaced (``project`` or ``project.``-less)."""
    return text.replace("P.", f"{project}." if project else "")


def money(expr: str) -> str:
    """An amount in figures and in words."""
    return MONEY_WORDS.replace("X", expr)


def figures(expr: str) -> str:
    """An amount in figures without the currency code, for a column whose heading names it."""
    return f"{{{{ ({expr}|format_money)[:-4] }}}}"


def percent(expr: str) -> str:
    """A percentage from its Decimal, never float: 20 → "20 %", 33.5 → "33,5 %" (no-break space
    before %, as the EU style guide's Latvian part writes it; see reportkit.lv.figures)."""
    return f"{{{{ {expr}|format_percent }}}}"


def percent_figures(expr: str) -> str:
    """A percentage without the sign, for a column whose heading ends in ", %"."""
    return f"{{{{ {expr}|format_percent(sign=False) }}}}"


def visibility(document: Doc, project: str) -> None:
    """The programme's statement and disclaimer, Latvian when the table has it, else English."""
    prog = of(project, "P.programme")
    tag(document, f"{{%p if {prog}.statement_lv or {prog}.statement_en %}}")
    para(document, f"{{{{ {prog}.statement_lv or {prog}.statement_en }}}}", bold=True, size=10,
         before=6, keep=True)
    tag(document, "{%p endif %}")
    tag(document, f"{{%p if {prog}.disclaimer_lv or {prog}.disclaimer_en %}}")
    para(document, f"{{{{ {prog}.disclaimer_lv or {prog}.disclaimer_en }}}}", italic=True, size=9,
         keep=True)
    tag(document, "{%p endif %}")


def signature(document: Doc, who: str) -> None:
    """Position, signature place and name; the e-signature note under them when e-signed."""
    tag(document, f"{{%p if {who} %}}")
    para(document, "", keep=True)
    sign = table(document, [65, 55, 40], [[
        f"{{{{ {who}.position }}}}",
        f"{{% if {who}.signature != 'e-paraksts' %}}{{{{ {who}.signature_text }}}}{{% endif %}}",
        f"{{{{ {who}.name }}}}",
    ]], grid=False)
    sign.rows[0].cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    sign.rows[0].cells[2].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    tag(document, f"{{%p if {who}.signature == 'e-paraksts' %}}")
    para(document, "")
    para(document, f"{{{{ {who}.signature_text }}}}", bold=True, size=10, align="CENTER")
    tag(document, "{%p endif %}")
    tag(document, "{%p endif %}")


# --- the templates ---------------------------------------------------------------------------


def project_description() -> Doc:
    """Seed 003's fields in its order: applicant, duration with the month count, aim, description,
    costs in figures and words with the pre-financing, target group, mobilities, activities."""
    d = new_document("Projekta apraksts", "{{ applicant.name }}")
    para(d, "Projekta „{{ title }}” apraksts", "Title")
    ident = table(d, [50, 110], label_rows([
        ("Projekta pieteicējs", "{{ applicant.name }}"),
        ("Projekta numurs?code", "{{ code }}"),
        ("Programma", of("", PROGRAMME)),
        ("Projekta ilgums", "{{ period.start|format_date_range(period.end)|capitalize }} "
                            "({{ period.start|format_duration(period.end) }})"),
        ("Projekta partneri?partners",
         "{% for p in partners %}{{ p.name }} ({{ p.country|country }}){% if not loop.last %}; "
         "{% endif %}{% endfor %}"),
    ]))
    bold_first_column(ident)
    tag(d, "{%p if aim %}")
    para(d, "Projekta mērķis", "Heading 1")
    para(d, "{{ aim }}")
    tag(d, "{%p endif %}")
    tag(d, "{%p if description %}")
    para(d, "Projekta apraksts", "Heading 1")
    tag(d, "{%p for text in description %}")
    para(d, "{{ text }}")
    tag(d, "{%p endfor %}")
    tag(d, "{%p endif %}")
    tag(d, "{%p if budget %}")
    para(d, "Projekta izmaksas", "Heading 1")
    para(d, "Projekta kopējais finansējums – " + money("budget.total") + ".", "List Bullet")
    tag(d, "{%p if budget.grant is not none %}")
    para(d, "Programmas finansējums – " + money("budget.grant") + ", "
         + percent("budget.grant_share") + " no kopējā finansējuma.", "List Bullet")
    tag(d, "{%p endif %}")
    tag(d, "{%p if budget.co_financing is not none %}")
    para(d, "Līdzfinansējums – " + money("budget.co_financing") + ".", "List Bullet")
    tag(d, "{%p endif %}")
    tag(d, "{%p if budget.prefinancing is not none %}")
    para(d, "Priekšfinansējums"
         "{% if budget.prefinancing_year %} ({{ budget.prefinancing_year }}. gadam){% endif %}"
         "{% if budget.prefinancing_percent is not none %} "
         + percent("budget.prefinancing_percent") + " apmērā{% endif %} – "
         + money("budget.prefinancing") + ".", "List Bullet")
    tag(d, "{%p endif %}")
    tag(d, "{%p endif %}")
    tag(d, "{%p if target_group %}")
    para(d, "Projekta mērķa grupa", "Heading 1")
    tag(d, "{%p for text in target_group %}")
    para(d, "{{ text }}")
    tag(d, "{%p endfor %}")
    tag(d, "{%p endif %}")
    tag(d, "{%p if mobilities_count %}")
    para(d, "Mobilitātes", "Heading 1")
    para(d, "Projektā plānotās mobilitātes: {{ mobilities_count|count('mobilitāte') }}.")
    tag(d, "{%p for m in mobilities %}")
    para(d, "{{ m.title }}{% if m.country %}, {{ m.country|country }}{% endif %}"
         "{% if m.start %}, {{ m.start|format_date_range(m.end, style='compact', case='nom') }}"
         "{% endif %} – {{ m.count|count('mobilitāte') }}", "List Bullet")
    tag(d, "{%p endfor %}")
    tag(d, "{%p endif %}")
    tag(d, "{%p if activities %}")
    para(d, "Projekta aktivitātes", "Heading 1")
    tag(d, "{%p for a in activities %}")
    para(d, "{{ a.title }}{% if a.start %} ({{ a.start|format_date_range(a.end, "
         "style='compact', case='nom') }}){% endif %}{% if a.description %}: "
         "{{ a.description }}{% endif %}", "List Bullet")
    tag(d, "{%p endfor %}")
    tag(d, "{%p endif %}")
    tag(d, "{%p if website %}")
    para(d, "Vairāk par projektu: {{ website }}")
    tag(d, "{%p endif %}")
    tag(d, "{%p if contact %}")
    para(d, "Kontaktpersona: {{ contact.name }}{% if contact.position %}, {{ contact.position }}"
         "{% endif %}{% if contact.phone %}, tālr. {{ contact.phone }}{% endif %}"
         "{% if contact.email %}, {{ contact.email }}{% endif %}")
    tag(d, "{%p endif %}")
    visibility(d, "")
    signature(d, "signatory")
    return d


def press_release() -> Doc:
    """Title, date, the lead with when and where, body, quotes, the projects named, photos with
    captions, the "Uzziņai" block from the project and the "Informāciju sagatavoja" block."""
    issuer = ("{% if prepared_by and prepared_by.organisation %}{{ prepared_by.organisation }}"
              "{% elif project %}{{ project.applicant.name }}{% endif %}")
    d = new_document("Preses relīze", issuer)
    para(d, "{{ title }}", "Title")
    tag(d, "{%p if published %}")
    para(d, "{{ published|format_date(style='numeric') }}", italic=True)
    tag(d, "{%p endif %}")
    tag(d, "{%p if event %}")
    # "Novarā, Itālijā, 2014. gada februārī" (seed 000): the country that makes the town precise
    # is set off by commas on both sides.
    para(d, "{% if event.precision == 'month' %}"
         "{{ event.start|format_month_year(case='loc')|capitalize }}"
         "{% elif event.one_day %}"
         "{{ event.start|format_date(case='loc', relative_to=published)|capitalize }}"
         "{% else %}"
         "{{ event.start|format_date_range(event.end, style='compact')|capitalize }}"
         "{% endif %}"
         "{% if event.place %} {{ event.place|decline('loc') }}"
         "{% if event.country and event.country != 'LV' %}, "
         "{{ event.country|country(case='loc') }},{% endif %}{% endif %} "
         "{% if lead %}{{ lead }}{% else %}notika {{ event.what }}.{% endif %}", bold=True)
    tag(d, "{%p elif lead %}")
    para(d, "{{ lead }}", bold=True)
    tag(d, "{%p endif %}")
    tag(d, "{%p for text in body %}")
    para(d, "{{ text }}")
    tag(d, "{%p endfor %}")
    tag(d, "{%p for q in quotes %}")
    para(d, "„{{ q.text }}” – {{ q.speaker }}{% if q.position %}, {{ q.position }}{% endif %}",
         "Quote")
    tag(d, "{%p endfor %}")
    tag(d, "{%p if projects %}")
    para(d, "Projekti", "Heading 1")
    projects = table(d, [46, 46, 30, 38], [
        ["Projekts", "Projekta numurs", "Koordinators", "Izglītības iestāde"],
        ["{%tr for item in projects %}", "", "", ""],
        ["„{{ item.title }}”", "{{ item.code or '' }}", "{{ item.coordinator or '' }}",
         "{{ item.school or '' }}"],
        ["{%tr endfor %}", "", "", ""],
    ], header=True, size=10)
    del projects
    tag(d, "{%p endif %}")
    tag(d, "{%p for photo in photos %}")
    para(d, "{{ photo|image(110) }}", align="CENTER")
    para(d, "{{ photo.caption }}", "Caption", align="CENTER")
    tag(d, "{%p if photo.author %}")
    para(d, "Foto: {{ photo.author }}", "Caption", align="CENTER")
    tag(d, "{%p endif %}")
    tag(d, "{%p endfor %}")
    tag(d, "{%p if project %}")
    para(d, "Uzziņai:", bold=True, before=12)
    para(d, "Projekts „{{ project.title }}”{% if project.code %}, {{ project.code }}{% endif %}.")
    para(d, "Programma: " + of("project", PROGRAMME) + ".")
    para(d, "Projekta pieteicējs: {{ project.applicant.name }}.")
    tag(d, "{%p if project.partners %}")
    para(d, "Projekta partneri: {{ (project.partner_countries + [project.applicant.country])"
         "|unique|map('country')|join }}.")
    tag(d, "{%p endif %}")
    para(d, "Projekta ilgums: " + of("project", DURATION) + ".")
    tag(d, "{%p if project.aim %}")
    para(d, "Projekta mērķis: {{ project.aim }}")
    tag(d, "{%p endif %}")
    tag(d, "{%p if project.budget %}")
    para(d, "Projekta kopējais finansējums: " + money("project.budget.total")
         + "{% if project.budget.grant is not none %}, programmas finansējums "
         + money("project.budget.grant") + "{% endif %}.")
    tag(d, "{%p endif %}")
    tag(d, "{%p for text in note_to_editors %}")
    para(d, "{{ text }}")
    tag(d, "{%p endfor %}")
    tag(d, "{%p if project.website %}")
    para(d, "Vairāk par projektu: {{ project.website }}")
    tag(d, "{%p endif %}")
    visibility(d, "project")
    tag(d, "{%p elif note_to_editors %}")
    para(d, "Uzziņai:", bold=True)
    tag(d, "{%p for text in note_to_editors %}")
    para(d, "{{ text }}")
    tag(d, "{%p endfor %}")
    tag(d, "{%p endif %}")
    tag(d, "{%p if prepared_by %}")
    para(d, "")
    para(d, "{{ prepared_by_label }}:", bold=True)
    para(d, "{{ prepared_by.name }}")
    for name in ("position", "organisation"):
        tag(d, f"{{%p if prepared_by.{name} %}}")
        para(d, f"{{{{ prepared_by.{name} }}}}")
        tag(d, "{%p endif %}")
    tag(d, "{%p if prepared_by.phone %}")
    para(d, "tālr. {{ prepared_by.phone }}")
    tag(d, "{%p endif %}")
    tag(d, "{%p if prepared_by.email %}")
    para(d, "{{ prepared_by.email }}")
    tag(d, "{%p endif %}")
    tag(d, "{%p endif %}")
    return d


# docxtpl finds a paragraph tag only when it holds no "}" or "%" before its end, so the mapping
# is written with dict(), not braces.
# The budget categories' names, by the keys of reportkit.models.CATEGORIES. "Ceļa izdevumi" is the
# Latvian Erasmus+ site's term (erasmus-plus.ec.europa.eu/lv, distance calculator: "ceļa
# izdevumiem"); the others are plain translations of the Programme Guide's category names, not yet
# checked against its Latvian edition. They are in the template so that an office can change them.
CATEGORY_NAMES = (
    "{%p set category_names = dict(travel='Ceļa izdevumi', "
    "individual_support='Individuālais atbalsts', "
    "organisational_support='Organizatoriskais atbalsts', course_fees='Kursu maksa', "
    "inclusion_support='Iekļaušanas atbalsts', exceptional_costs='Ārkārtas izmaksas', "
    "lump_sum='Vienreizējais maksājums') %}"
)


def final_report() -> Doc:
    """Identity table, planned against done, results, dissemination, the budget per category,
    totals in words, pre-financing and balance, annexes, signature."""
    d = new_document("Noslēguma ziņojums", "{{ project.applicant.name }}")
    para(d, "Projekta „{{ project.title }}” noslēguma ziņojums", "Title")
    ident = table(d, [50, 110], label_rows([
        ("Projekta numurs?project.code", "{{ project.code }}"),
        ("Programma", of("project", PROGRAMME)),
        ("Projekta pieteicējs", "{{ project.applicant.name }}"),
        ("Projekta ilgums", "{{ project.period.start|format_date_range(project.period.end)"
                            "|capitalize }} ({{ project.period.start|format_duration("
                            "project.period.end) }})"),
        ("Pārskata periods?reporting_period",
         "{{ reporting_period.start|format_date_range(reporting_period.end)|capitalize }}"),
        ("Iesniegšanas datums?submitted", "{{ submitted|format_date }}"),
    ]))
    bold_first_column(ident)
    para(d, "Plānotais un paveiktais", "Heading 1")
    dash = "–"
    table(d, [70, 45, 45], [
        ["Rādītājs", "Plānots", "Paveikts"],
        ["Mobilitātes",
         "{{ project.mobilities_count if project.mobilities_count is not none else "
         f"'{dash}' }}}}",
         f"{{{{ mobilities_done if mobilities_done is not none else '{dash}' }}}}"],
        ["Dalībnieki", dash,
         f"{{{{ participants if participants is not none else '{dash}' }}}}"],
        ["Aktivitātes", "{{ project.activities|length }}", "{{ activities_done|length }}"],
    ], header=True, right=(1, 2))
    tag(d, "{%p if mobilities_done is not none %}")
    para(d, "Kopā: {{ mobilities_done|count('mobilitāte') }}"
         "{% if participants is not none %} un {{ participants|count('dalībnieks') }}"
         "{% endif %}.", before=6)
    tag(d, "{%p endif %}")
    tag(d, "{%p if activities_done %}")
    para(d, "Paveiktās aktivitātes", "Heading 2")
    table(d, [52, 42, 38, 28], [
        ["Aktivitāte", "Laiks", "Vieta", "Dalībnieki"],
        ["{%tr for a in activities_done %}", "", "", ""],
        ["{{ a.title }}",
         "{% if a.start %}{{ a.start|format_date(style='numeric') }}{% if a.end != a.start %}"
         "–{{ a.end|format_date(style='numeric') }}{% endif %}{% endif %}",
         "{{ a.place or '' }}{% if a.country %}{% if a.place %}, {% endif %}"
         "{{ a.country|country }}{% endif %}",
         "{{ a.participants if a.participants is not none else '' }}"],
        ["{%tr endfor %}", "", "", ""],
    ], header=True, size=10, right=(3,))
    tag(d, "{%p endif %}")
    tag(d, "{%p if results %}")
    para(d, "Rezultāti", "Heading 1")
    tag(d, "{%p for text in results %}")
    para(d, "{{ text }}")
    tag(d, "{%p endfor %}")
    tag(d, "{%p endif %}")
    tag(d, "{%p if dissemination %}")
    para(d, "Rezultātu izplatīšana", "Heading 1")
    tag(d, "{%p for item in dissemination %}")
    para(d, "{{ item.what }}{% if item.on %}, {{ item.on|format_date(style='numeric') }}"
         "{% endif %}{% if item.where %}, {{ item.where }}{% endif %}"
         "{% if item.url %} ({{ item.url }}){% endif %}", "List Bullet")
    tag(d, "{%p endfor %}")
    tag(d, "{%p endif %}")
    para(d, "Budžeta izlietojums", "Heading 1")
    tag(d, CATEGORY_NAMES)
    budget = table(d, [44, 29, 29, 29, 29], [
        ["Izmaksu kategorija", "Piešķirts, EUR", "Izlietots, EUR", "Starpība, EUR",
         "Izlietots, %"],
        ["{%tr for line in budget_lines %}", "", "", "", ""],
        ["{{ category_names.get(line.category, line.category) }}",
         figures("line.granted"), figures("line.spent"), figures("line.difference"),
         percent_figures("line.percent")],
        ["{%tr endfor %}", "", "", "", ""],
        ["Kopā", figures("total_granted"), figures("total_spent"), figures("total_difference"),
         percent_figures("total_percent")],
    ], header=True, size=10, right=(1, 2, 3, 4))
    for cell in budget.rows[-1].cells:  # the "Kopā" row
        for run in cell.paragraphs[0].runs:
            run.bold = True
    para(d, "Piešķirts kopā: " + money("total_granted") + ".", before=12)
    para(d, "Izlietots kopā: " + money("total_spent") + ".")
    tag(d, "{%p if prefinancing_received is not none %}")
    para(d, "Saņemtais priekšfinansējums: " + money("prefinancing_received") + ".")
    para(d, "{% if balance_to_claim >= 0 %}Atlikuma maksājums{% else %}Atmaksājamā summa"
         "{% endif %}: " + money("balance_to_claim|abs") + ".", bold=True)
    tag(d, "{%p endif %}")
    tag(d, "{%p if annexes %}")
    para(d, "Pielikumi", "Heading 1")
    tag(d, "{%p for annex in annexes %}")
    para(d, "{{ loop.index }}. {{ annex }}")
    tag(d, "{%p endfor %}")
    tag(d, "{%p endif %}")
    visibility(d, "project")
    signature(d, "signatory")
    return d


TEMPLATES: dict[str, Callable[[], Doc]] = {
    "project_description": project_description,
    "press_release": press_release,
    "final_report": final_report,
}


def build(folder: Path = HERE) -> list[Path]:
    """Write every template into ``folder``; returns the paths written."""
    written = []
    for name, make in TEMPLATES.items():
        path = folder / f"{name}.docx"
        buffer = io.BytesIO()
        document = make()
        document.save(buffer)
        core = _core_xml(document.core_properties.title)
        path.write_bytes(_fixed_zip(buffer.getvalue(), {"docProps/core.xml": core}))
        written.append(path)
    return written


def _core_xml(title: str) -> bytes:
    """The document properties, written out whole: python-docx fills some of them itself."""
    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ")
    dated = 'xsi:type="dcterms:W3CDTF"'
    return (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
        'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{escape(title)}</dc:title><dc:creator>reportkit</dc:creator>"
        "<dc:description>Veidne: reportkit (scripts/build_templates.py)</dc:description>"
        "<cp:lastModifiedBy>reportkit</cp:lastModifiedBy><cp:revision>1</cp:revision>"
        f"<dcterms:created {dated}>{stamp}</dcterms:created>"
        f"<dcterms:modified {dated}>{stamp}</dcterms:modified>"
        "<dc:language>lv-LV</dc:language></cp:coreProperties>"
    ).encode()


def _fixed_zip(data: bytes, replace: dict[str, bytes]) -> bytes:
    """The same package with ``replace``'s parts swapped in and every entry dated 1980-01-01,
    so a rebuild gives the same bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, replace.get(info.filename) or source.read(info))
    return out.getvalue()


if __name__ == "__main__":
    for path in build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE):
        print(path)
