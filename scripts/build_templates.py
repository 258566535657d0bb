"""Make the built-in templates: ``python scripts/build_templates.py`` writes the three .docx files
into ``reportkit/templates/``.

The .docx files are committed so that people can open them in Word or LibreOffice, change them and
save them; this script is how they were made, and ``tests/templates/test_builtin_templates.py``
checks that the committed files are what it makes (compare the XML parts). Change a template
here, run it, commit both. The script is not shipped: the wheel holds the templates only. The
page, the styles and the building blocks are in ``docx_pieces.py`` beside it, the Jinja pieces
and the closing block the templates share in ``template_blocks.py``.

The fixed words are labels: those of the seed documents ("Projekta pieteicējs", "Projekta ilgums",
"Projekta mērķis", "Gaidāmie rezultāti", "Uzziņai:", "tālr.", "priekšfinansējums … kas tiks
atgriezts"; "(personiskais paraksts)" comes from the data) and plain words checked with
``hunspell -d lv_LV`` (``tests/templates/test_pdf_and_words.py`` checks every one). Everything
else comes from the data through the filters of ``reportkit.lv`` (dates in case, amounts in
words, numbers with agreeing nouns) and from the programme data (statements, the EU emblem,
category labels).
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docx_pieces import (
    Doc,
    bold_first_column,
    bold_row,
    label_rows,
    new_document,
    para,
    table,
    tag,
)
from template_blocks import (
    PROGRAMME,
    agrees,
    closing,
    days,
    duration,
    figures,
    money,
    number,
    of,
    paragraphs,
    percent,
    percent_column,
    place,
    role_rows,
    signed,
    span,
)

HERE = Path(__file__).resolve().parents[1] / "reportkit" / "templates"
# The date in the document properties, fixed so the script makes the same bytes every time.
FIXED_TIME = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)

# --- the project description ------------------------------------------------------------------


def project_description() -> Doc:
    """Seed 003's fields in its order: applicant, duration with the month count, aim, description,
    expected results, costs in figures and words with the pre-financing, target group,
    mobilities, activities; then the programme's statements and the signature."""
    d = new_document("Projekta apraksts", "{{ applicant.name }}")
    para(d, "Projekta „{{ title }}” apraksts", "Title")
    ident = table(d, [50, 110], label_rows([
        ("Projekta pieteicējs", "{{ applicant.name }}"
         "{% if applicant.short_name %} ({{ applicant.short_name }}){% endif %}"
         "{% if applicant.country != 'LV' %}, {{ applicant.country|country }}{% endif %}"),
        ("Reģistrācijas numurs?applicant.registration_number",
         "{{ applicant.registration_number }}"),
        ("Adrese?applicant.address", "{{ applicant.address }}"),
        ("Projekta numurs?code", "{{ code }}"),
        ("Programma", of("", PROGRAMME)),
        ("Finansējuma piešķīrējs?programme.granting_authority", "{{ programme.authority_name }}"),
        ("Projekta ilgums", duration("period", capital=True)),
        *role_rows(),
    ]))
    bold_first_column(ident)
    tag(d, "{%p if aim %}")
    para(d, "Projekta mērķis", "Heading 1")
    para(d, "{{ aim }}")
    tag(d, "{%p endif %}")
    paragraphs(d, "description", "Projekta apraksts")
    paragraphs(d, "expected_results", "Gaidāmie rezultāti")
    costs(d)
    paragraphs(d, "target_group", "Projekta mērķa grupa")
    mobilities(d)
    activities(d)
    tag(d, "{%p if website %}")
    para(d, "Vairāk par projektu: {{ website }}")
    tag(d, "{%p endif %}")
    tag(d, "{%p if contact %}")
    para(d, "Kontaktpersona: {{ contact.written }}{% if contact.position %}, {{ contact.position }}"
         "{% endif %}{% if contact.organisation %}, {{ contact.organisation }}{% endif %}"
         "{% if contact.phone %}, tālr. {{ contact.phone }}{% endif %}"
         "{% if contact.email %}, {{ contact.email }}{% endif %}")
    tag(d, "{%p endif %}")
    closing(d, "", "signatory")
    return d


def costs(d: Doc) -> None:
    """The budget as seed 003 writes it: the total, the programme's share (the amount only when
    it is not the whole total, so no sum is written twice), co-financing and pre-financing with
    who gives it and when it comes back; then the cost categories with their labels."""
    tag(d, "{%p if budget %}")
    para(d, "Projekta izmaksas", "Heading 1")
    para(d, "Projekta kopējais finansējums – " + money("budget.total") + ".", "List Bullet")
    tag(d, "{%p if budget.grant_is_total %}")
    para(d, "Programmas finansējums – 100 % no kopējā finansējuma.", "List Bullet")
    tag(d, "{%p elif budget.grant is not none %}")
    para(d, "Programmas finansējums – " + money("budget.grant") + ", "
         + percent("budget.grant_share") + " no kopējā finansējuma.", "List Bullet")
    tag(d, "{%p endif %}")
    tag(d, "{%p if budget.co_financing is not none %}")
    para(d, "{% if budget.co_financing_source %}{{ budget.co_financing_source|decline('gen') }} "
         "līdzfinansējums{% else %}Līdzfinansējums{% endif %} – " + money("budget.co_financing")
         + ".", "List Bullet")
    tag(d, "{%p endif %}")
    tag(d, "{%p if budget.prefinancing is not none %}")
    # Seed 003: "Daugavpils pilsētas domes priekšfinansējums (2020. gadam) 20% apmērā – …, kas
    # tiks atgriezts pēc projekta noslēguma un gala atskaites iesniegšanas 2021.gadā."
    para(d, "{% if budget.prefinancing_by %}{{ budget.prefinancing_by|decline('gen') }} "
         "priekšfinansējums{% else %}Priekšfinansējums{% endif %}"
         "{% if budget.prefinancing_year %} ({{ budget.prefinancing_year }}. gadam){% endif %}"
         "{% if budget.prefinancing_percent is not none %} "
         + percent("budget.prefinancing_percent") + " apmērā{% endif %} – "
         + money("budget.prefinancing")
         + "{% if budget.prefinancing_returned %}, kas tiks atgriezts "
           "{{ budget.prefinancing_returned }}{% endif %}.", "List Bullet")
    tag(d, "{%p endif %}")
    tag(d, "{%p if category_lines %}")
    lines = table(d, [110, 50], [
        ["Izmaksu kategorija", "Summa, EUR"],
        ["{%tr for line in category_lines %}", ""],
        ["{{ line.label }}", figures("line.amount")],
        ["{%tr endfor %}", ""],
        ["Kopā", figures("budget.total")],
    ], header=True, size=10, right=(1,))
    bold_row(lines, -1)
    para(d, "", size=4)
    tag(d, "{%p endif %}")
    tag(d, "{%p endif %}")


def mobilities(d: Doc) -> None:
    """"Projektā plānotas 11 mobilitātes." (the participle agrees with the number), then each
    mobility with its place, country, dates, count and participants."""
    tag(d, "{%p if mobilities_count or mobilities %}")
    para(d, "Mobilitātes", "Heading 1")
    tag(d, "{%p if mobilities_count %}")
    para(d, "Projektā " + agrees("mobilities_count", "plānota", "plānotas")
         + " {{ mobilities_count|count('mobilitāte') }}{% if participants_planned is not none %}"
           ", kopā {{ participants_planned|count('dalībnieks') }}{% endif %}.")
    tag(d, "{%p endif %}")
    tag(d, "{%p for m in mobilities %}")
    para(d, "{{ m.title }}{% if m.type %} ({{ m.type }}){% endif %}"
         "{% if m.place or m.country %}, " + place("m") + "{% endif %}"
         "{% if m.start %}, {{ m.start|format_date_range(m.end, style='compact', case='nom') }}"
         "{% endif %} – {{ m.count|count('mobilitāte') }}"
         "{% if m.participants is not none %}, {{ m.participants|count('dalībnieks') }}"
         "{% endif %}{% if m.description %}. {{ m.description }}{% endif %}", "List Bullet")
    tag(d, "{%p endfor %}")
    tag(d, "{%p endif %}")


def activities(d: Doc) -> None:
    """Each activity with its kind, dates, place and participants."""
    tag(d, "{%p if activities %}")
    para(d, "Projekta aktivitātes", "Heading 1")
    tag(d, "{%p for a in activities %}")
    para(d, "{{ a.title }}{% if a.type %} ({{ a.type }}){% endif %}{% if a.start %}, "
         "{{ a.start|format_date_range(a.end, style='compact', case='nom') }}{% endif %}"
         "{% if a.place or a.country %}, " + place("a") + "{% endif %}"
         "{% if a.participants is not none %}, {{ a.participants|count('dalībnieks') }}"
         "{% endif %}{% if a.description %}. {{ a.description }}{% endif %}", "List Bullet")
    tag(d, "{%p endfor %}")
    tag(d, "{%p endif %}")


# --- the press release --------------------------------------------------------------------------


def press_release() -> Doc:
    """Title, dateline, the lead with when and where, body, quotes, the projects named, photos
    with captions, the "Uzziņai" block from the project and the "Informāciju sagatavoja" block."""
    issuer = ("{% if prepared_by and prepared_by.organisation %}{{ prepared_by.organisation }}"
              "{% elif project %}{{ project.applicant.name }}{% endif %}")
    d = new_document("Preses relīze", issuer)
    para(d, "{{ title }}", "Title")
    tag(d, "{%p if published or place %}")
    # A dateline: where the release is issued, in the locative as documents write it
    # ("Rīgā 2019. gada 19. novembrī", MK noteikumi), and the date in figures (seed 002).
    para(d, "{% if place %}{{ place|decline('loc') }}{% if published %}, {% endif %}{% endif %}"
         "{% if published %}{{ published|format_date(style='numeric') }}{% endif %}",
         italic=True)
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
    table(d, [46, 46, 30, 38], [
        ["Projekts", "Projekta numurs", "Koordinators", "Izglītības iestāde"],
        ["{%tr for item in projects %}", "", "", ""],
        ["„{{ item.title }}”", "{{ item.code or '' }}", "{{ item.coordinator or '' }}",
         "{{ item.school or '' }}"],
        ["{%tr endfor %}", "", "", ""],
    ], header=True, size=10)
    tag(d, "{%p endif %}")
    tag(d, "{%p for photo in photos %}")
    para(d, "{{ photo|image(110) }}", align="CENTER")
    para(d, "{{ photo.caption }}", "Caption", align="CENTER")
    tag(d, "{%p if photo.author %}")
    para(d, "Foto: {{ photo.author }}", "Caption", align="CENTER")
    tag(d, "{%p endif %}")
    tag(d, "{%p endfor %}")
    note_to_editors(d)
    prepared_by(d)
    return d


def note_to_editors(d: Doc) -> None:
    """The "Uzziņai" block: the project in brief (seed 002's order), then the programme's
    statements; or only the data's own note when there is no project."""
    tag(d, "{%p if project %}")
    para(d, "Uzziņai:", bold=True, before=12)
    para(d, "Projekts „{{ project.title }}”{% if project.code %}, {{ project.code }}{% endif %}.")
    para(d, "Programma: " + of("project", PROGRAMME) + ".")
    para(d, "Projekta pieteicējs: {{ project.applicant.name }}.")
    tag(d, "{%p if project.partner_countries %}")
    para(d, "Projekta partneri: {{ (project.partner_countries + [project.applicant.country])"
         "|unique|map('country')|join }}.")
    tag(d, "{%p endif %}")
    para(d, "Projekta ilgums: " + duration("project.period") + ".")
    tag(d, "{%p if project.aim %}")
    # Seeds 001 and 002: "Projekta mērķis ir palielināt …", the aim going on in lower case.
    para(d, "Projekta mērķis ir {{ project.aim_clause }}"
         "{% if not project.aim_clause.endswith('.') %}.{% endif %}")
    tag(d, "{%p endif %}")
    tag(d, "{%p if project.budget %}")
    para(d, "Projekta kopējais finansējums: " + money("project.budget.total")
         + "{% if project.budget.grant_is_total %}, programmas finansējums – 100 %"
           "{% elif project.budget.grant is not none %}, programmas finansējums "
         + money("project.budget.grant") + "{% endif %}.")
    tag(d, "{%p endif %}")
    tag(d, "{%p for text in note_to_editors %}")
    para(d, "{{ text }}")
    tag(d, "{%p endfor %}")
    tag(d, "{%p if project.website %}")
    para(d, "Vairāk par projektu: {{ project.website }}")
    tag(d, "{%p endif %}")
    closing(d, "project", None)
    tag(d, "{%p elif note_to_editors %}")
    para(d, "Uzziņai:", bold=True)
    tag(d, "{%p for text in note_to_editors %}")
    para(d, "{{ text }}")
    tag(d, "{%p endfor %}")
    tag(d, "{%p endif %}")


def prepared_by(d: Doc) -> None:
    """The "Informāciju sagatavoja" block (seed 001), its heading from the data (seed 004)."""
    tag(d, "{%p if prepared_by %}")
    para(d, "")
    para(d, "{{ prepared_by_label }}:", bold=True)
    para(d, "{{ prepared_by.written }}")
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


# --- the final report ---------------------------------------------------------------------------


def final_report() -> Doc:
    """Identity table, planned against done (each mobility, each kind of activity), what was
    done, results, dissemination, the budget per category with the programme's labels, totals
    in words, pre-financing and balance, annexes, the programme's statements, signature."""
    d = new_document("Noslēguma ziņojums", "{{ project.applicant.name }}")
    para(d, "Projekta „{{ project.title }}” noslēguma ziņojums", "Title")
    ident = table(d, [50, 110], label_rows([
        ("Projekta numurs?project.code", "{{ project.code }}"),
        ("Programma", of("project", PROGRAMME)),
        ("Finansējuma piešķīrējs?project.programme.granting_authority",
         "{{ project.programme.authority_name }}"),
        ("Projekta pieteicējs", "{{ project.applicant.name }}"),
        ("Projekta ilgums", duration("project.period", capital=True)),
        ("Pārskata periods?reporting_period", span("reporting_period", capital=True)),
        ("Iesniegšanas datums?submitted", "{{ submitted|format_date }}"),
    ]))
    bold_first_column(ident)
    planned_and_done(d)
    done_items(d, "mobilities", "Paveiktās mobilitātes", "Mobilitāte")
    done_items(d, "activities_done", "Paveiktās aktivitātes", "Aktivitāte")
    paragraphs(d, "results", "Rezultāti")
    tag(d, "{%p if dissemination %}")
    para(d, "Rezultātu izplatīšana", "Heading 1")
    tag(d, "{%p for item in dissemination %}")
    para(d, "{{ item.what }}{% if item.on %}, {{ item.on|format_date(style='numeric') }}"
         "{% endif %}{% if item.where %}, {{ item.where }}{% endif %}"
         "{% if item.url %} ({{ item.url }}){% endif %}", "List Bullet")
    tag(d, "{%p endfor %}")
    tag(d, "{%p endif %}")
    spending(d)
    tag(d, "{%p if annexes %}")
    para(d, "Pielikumi", "Heading 1")
    tag(d, "{%p for annex in annexes %}")
    para(d, "{{ loop.index }}. {{ annex }}")
    tag(d, "{%p endfor %}")
    tag(d, "{%p endif %}")
    closing(d, "project", "signatory")
    return d


def planned_and_done(d: Doc) -> None:
    """Each planned or done mobility line with its counts and participants, the totals, and
    each kind of activity planned against done."""
    para(d, "Plānotais un paveiktais", "Heading 1")
    lines = table(d, [64, 24, 24, 24, 24], [
        ["Mobilitāte", "Plānots", "Paveikts", "Dalībnieki, plānots", "Dalībnieki, paveikts"],
        ["{%tr for line in mobility_lines %}", "", "", "", ""],
        ["{{ line.label }}{% if line.country %} ({{ line.country|country }}){% endif %}",
         "{{ line.planned }}", "{{ line.done }}", number("line.participants_planned"),
         number("line.participants_done")],
        ["{%tr endfor %}", "", "", "", ""],
        ["Mobilitātes kopā", number("project.mobilities_count"), number("mobilities_done_count"),
         number("project.participants_planned"), number("participants_count")],
    ], header=True, size=10, right=(1, 2, 3, 4))
    bold_row(lines, -1)
    tag(d, "{%p if mobilities_done_count is not none %}")
    para(d, "Kopā: {{ mobilities_done_count|count('mobilitāte') }}"
         "{% if participants_count is not none %} un {{ participants_count|count('dalībnieks') }}"
         "{% endif %}.", before=6)
    tag(d, "{%p endif %}")
    tag(d, "{%p if activity_lines %}")
    table(d, [112, 24, 24], [
        ["Aktivitāšu veids", "Plānots", "Paveikts"],
        ["{%tr for line in activity_lines %}", "", ""],
        ["{{ line.label }}", "{{ line.planned }}", "{{ line.done }}"],
        ["{%tr endfor %}", "", ""],
    ], header=True, size=10, right=(1, 2))
    tag(d, "{%p endif %}")


def done_items(d: Doc, field: str, heading: str, label: str) -> None:
    """What was done, one row each: title and kind, when, where, participants."""
    tag(d, f"{{%p if {field} %}}")
    para(d, heading, "Heading 2")
    table(d, [62, 40, 34, 24], [
        [label, "Laiks", "Vieta", "Dalībnieki"],
        [f"{{%tr for a in {field} %}}", "", "", ""],
        ["{{ a.title }}{% if a.type %} ({{ a.type }}){% endif %}"
         "{% if a.description %}. {{ a.description }}{% endif %}", days("a"), place("a"),
         "{{ a.participants if a.participants is not none else '' }}"],
        ["{%tr endfor %}", "", "", ""],
    ], header=True, size=10, right=(3,))
    tag(d, "{%p endif %}")


def spending(d: Doc) -> None:
    """The budget per category (the programme's labels; an overspent category with a minus and
    over 100 %), the totals in words, what the programme pays, pre-financing and balance."""
    tag(d, "{%p if project.budget %}")
    para(d, "Budžeta izlietojums", "Heading 1")
    budget = table(d, [44, 29, 29, 29, 29], [
        ["Izmaksu kategorija", "Piešķirts, EUR", "Izlietots, EUR", "Starpība, EUR",
         "Izlietots, %"],
        ["{%tr for line in budget_lines %}", "", "", "", ""],
        ["{{ line.label }}", figures("line.granted"), figures("line.spent"),
         signed("line.difference"), percent_column("line.percent")],
        ["{%tr endfor %}", "", "", "", ""],
        ["Kopā", figures("total_granted"), figures("total_spent"), signed("total_difference"),
         percent_column("total_percent")],
    ], header=True, size=10, right=(1, 2, 3, 4))
    bold_row(budget, -1)
    para(d, "Piešķirts kopā: " + money("total_granted") + ".", before=12)
    para(d, "Izlietots kopā: " + money("total_spent") + ".")
    tag(d, "{%p if project.budget.grant is not none and not project.budget.grant_is_total %}")
    para(d, "Programmas finansējums (" + percent("project.budget.grant_share")
         + " no izlietotā): " + money("payable") + ".")
    tag(d, "{%p endif %}")
    tag(d, "{%p if prefinancing_received is not none %}")
    para(d, "Saņemtais priekšfinansējums: " + money("prefinancing_received") + ".")
    para(d, "{% if balance_to_claim >= 0 %}Atlikuma maksājums{% else %}Atmaksājamā summa"
         "{% endif %}: " + money("balance_to_claim|abs") + ".", bold=True)
    tag(d, "{%p endif %}")
    tag(d, "{%p endif %}")


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
