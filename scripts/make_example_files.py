"""Make the files the example scripts read: ``python scripts/make_example_files.py`` writes

- ``examples/dalibnieki.xlsx``: the participants of seed 003's mobilities, one row each, for
  ``examples/apliecinajumi.py``;
- ``examples/apliecinajums.docx``: the certificate template that script fills, with its
  ``reportkit-rows`` property (the columns it needs and their types);
- ``examples/izlietotais_budzets.xlsx``: the money spent per cost category of seed 003's project,
  for ``examples/nosleguma_zinojums.py``.

The workbooks hold what Excel stores when a person types the values: dates as date-times
(a serial number with a date format), amounts as floating-point numbers (``1234.5``, not the
text ``1 234,50``), the total typed in as a number (a formula written by a script has no saved
result, which reportkit refuses, as it would refuse a workbook never opened in Excel). The
names, towns and dates are made up; the mobilities (Barcelona, Helsinki, Lisbon, with 2, 3 and
5 participants) are those of ``examples/005_nosleguma_zinojums.yaml``, the categories those of
``examples/003_projekta_apraksts.yaml``.

The files are committed so that people can open them in Excel or Word; this script is how they
were made, and ``tests/examples/test_example_files.py`` checks that the committed files hold
what it makes. Change the data here, run it, commit both. Not shipped in the wheel.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import docx
import openpyxl
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

PARTICIPANT_COLUMNS = ["numurs", "vārds", "uzvārds", "dzimte", "iestāde", "mobilitāte",
                       "pilsēta", "valsts", "sākums", "beigas", "summa", "izsniegts"]
"""The participants workbook's header row: the names the certificate template reads."""

_BARCELONA = ("Kurss par starpkultūru komunikāciju un migrantu iekļaušanu", "Barselona", "ES",
              dt.datetime(2019, 10, 14), dt.datetime(2019, 10, 18))
_HELSINKI = ("Kurss par IKT izmantošanu pieaugušo izglītībā", "Helsinki", "FI",
             dt.datetime(2020, 2, 10), dt.datetime(2020, 2, 14))
_LISBON = ("Darba vērošana Izglītības un zinātnes ministrijā", "Lisabona", "PT",
           dt.datetime(2020, 9, 21), dt.datetime(2020, 9, 25))
_OFFICE = "Daugavpils pilsētas Izglītības pārvalde"

PARTICIPANTS: list[list[object]] = [
    # numurs, vārds, uzvārds, dzimte, iestāde, (mobilitāte, pilsēta, valsts, sākums, beigas),
    # summa (float, as Excel keeps it), izsniegts
    ["2019/1", "Jānis", "Bērziņš", "m", _OFFICE, *_BARCELONA, 1544.0, dt.datetime(2019, 10, 25)],
    ["2019/2", "Anna Marija", "Ozola-Kalniņa", "f", "Daugavpils 9. vidusskola", *_BARCELONA,
     1544.0, dt.datetime(2019, 10, 25)],
    ["2020/1", "Edgars", "Liepa", "m", _OFFICE, *_HELSINKI, 1356.5, dt.datetime(2020, 2, 21)],
    ["2020/2", "Olga", "Ivanova", "f", "Daugavpils Valsts ģimnāzija", *_HELSINKI, 1356.5,
     dt.datetime(2020, 2, 21)],
    ["2020/3", "Dmitrijs", "Radionovs", "m", _OFFICE, *_HELSINKI, 1356.5,
     dt.datetime(2020, 2, 21)],
    ["2020/4", "Līga", "Krūmiņa", "f", _OFFICE, *_LISBON, 1187.35, dt.datetime(2020, 10, 2)],
    ["2020/5", "Mārtiņš", "Vītols", "m", "Daugavpils 12. vidusskola", *_LISBON, 1187.35,
     dt.datetime(2020, 10, 2)],
    ["2020/6", "Inese", "Skripničenko", "f", _OFFICE, *_LISBON, 1187.35,
     dt.datetime(2020, 10, 2)],
    ["2020/7", "Kristīne", "Kalniņa", "f", "Daugavpils Centra vidusskola", *_LISBON, 1187.35,
     dt.datetime(2020, 10, 2)],
    ["2020/8", "Artūrs", "Zariņš", "m", _OFFICE, *_LISBON, 1187.35, dt.datetime(2020, 10, 2)],
]
"""One row per participant; Inese Skripničenko's surname does not decline (MK 295, p. 3.4)."""

SPENT_COLUMNS = ["kategorija", "izlietots"]
SPENT: list[list[object]] = [
    ["Ceļa izdevumi", 5120.0],
    ["Individuālais atbalsts", 9869.55],
    ["Organizatoriskais atbalsts", 3500.0],
    ["Kursu maksa", 2900.4],
    ["Kopā", 21389.95],
]
"""Spent per cost category, by the Latvian names the programme gives them, and the total."""

CERTIFICATE = [
    "APLIECINĀJUMS Nr. {{ numurs }}",
    "izsniegts",
    "{{ vārds|decline_person(uzvārds, 'dat', gender=dzimte) }}",
    "{{ iestāde }}",
    "par dalību Erasmus+ projekta „Inovācijas pieaugušo izglītībā Daugavpils pašvaldībā” "
    "(Nr. 2019-1-LV01-KA104-060191) mobilitātē „{{ mobilitāte }}”, kas notika "
    "{{ pilsēta|decline('loc') }}, {{ valsts|country(case='loc') }}, "
    "{{ sākums|format_date_range(beigas, style='compact') }}.",
    "Individuālā atbalsta summa: {{ summa|format_money }} ({{ summa|amount_in_words }}).",
    "Daugavpilī, {{ izsniegts|format_date(style='numeric') }}",
]
"""The certificate's paragraphs; every form that depends on the row is a filter's."""

ROWS = ("numurs: text, vārds: text, uzvārds: text, dzimte: gender, iestāde: text, "
        "mobilitāte: text, pilsēta: text, valsts: country, sākums: date, beigas: date, "
        "summa: money, izsniegts: date")
"""The certificate's ``reportkit-rows`` property: the columns it needs and their types, so each
row is checked like a data file before its certificate is made (``reportkit.jobs.rows``)."""

_CUSTOM = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://'
           'schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://'
           'schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="'
           '{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="reportkit-rows"><vt:lpwstr>'
           '{value}</vt:lpwstr></property></Properties>')

SIGNATURE = ("Daugavpils pilsētas Izglītības pārvaldes vadītāja", "M. Isupova", "(paraksts)")


def make_participants(path: Path) -> Path:
    """The participants workbook: a header row, then one row per participant."""
    return _workbook(path, "Dalībnieki", PARTICIPANT_COLUMNS, PARTICIPANTS,
                     widths=[8, 12, 16, 7, 36, 50, 10, 7, 11, 11, 10, 11])


def make_spent(path: Path) -> Path:
    """The spent-budget workbook: a header row, one row per category, the total last."""
    return _workbook(path, "Izlietotais", SPENT_COLUMNS, SPENT, widths=[30, 12])


def _workbook(path: Path, title: str, header: list[str], rows: list[list[object]], *,
              widths: list[int]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    for column, width in zip(sheet.columns, widths, strict=True):
        sheet.column_dimensions[column[0].column_letter].width = width
        for cell in column[1:]:
            if isinstance(cell.value, dt.datetime):
                cell.number_format = "DD.MM.YYYY"  # as Excel shows a date typed in Latvia
            elif isinstance(cell.value, float):
                cell.number_format = "#,##0.00"
    # fixed properties, so that running the script again makes the same file
    book.properties.creator = "reportkit"
    book.properties.created = book.properties.modified = dt.datetime(2024, 1, 1)
    book.save(path)
    return path


def make_certificate(path: Path) -> Path:
    """The certificate template: A4, centred text, the signature in a table without borders."""
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(25)
    style = document.styles["Normal"]
    style.font.name, style.font.size = "Times New Roman", Pt(13)
    sizes = {0: 22, 2: 20}  # the heading and the name stand out
    for number, text in enumerate(CERTIFICATE):
        paragraph = document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.paragraph_format.space_after = Pt(18 if number in sizes else 10)
        run = paragraph.add_run(text)  # one run: a tag is never split
        if number in sizes:
            run.bold, run.font.size = True, Pt(sizes[number])
    document.add_paragraph()
    table = document.add_table(rows=1, cols=3)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, text, width in zip(table.rows[0].cells, SIGNATURE, (90, 40, 30), strict=True):
        cell.text, cell.width = text, Mm(width)
    document.core_properties.title = "Apliecinājums"
    document.core_properties.author = "reportkit"
    document.core_properties.created = document.core_properties.modified = dt.datetime(2024, 1, 1)
    document.core_properties.revision = 1
    document.save(str(path))
    return _with_rows_property(path, ROWS)


def _with_rows_property(path: Path, value: str) -> Path:
    """Add the custom document property ``reportkit-rows`` as Word stores one (File → Info →
    Properties → Advanced Properties → Custom); python-docx does not write custom properties."""
    with zipfile.ZipFile(path) as package:
        parts = {name: package.read(name) for name in package.namelist()}
    parts["docProps/custom.xml"] = _CUSTOM.replace("{value}", escape(value)).encode()
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>", b'<Override PartName="/docProps/custom.xml" ContentType="application/'
        b'vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>')
    parts["_rels/.rels"] = parts["_rels/.rels"].replace(
        b"</Relationships>", b'<Relationship Id="rIdCustom" Type="http://schemas.openxmlformats'
        b'.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"'
        b'/></Relationships>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts.items():
            package.writestr(zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0)), data,
                             compress_type=zipfile.ZIP_DEFLATED)
    return path


def make_all(folder: Path = EXAMPLES) -> list[Path]:
    """Every example input file, written into ``folder``."""
    return [make_participants(folder / "dalibnieki.xlsx"),
            make_spent(folder / "izlietotais_budzets.xlsx"),
            make_certificate(folder / "apliecinajums.docx")]


if __name__ == "__main__":
    for written in make_all():
        print(written)
