"""Re-create the binary files of the bad-input catalogue (templates, spreadsheets).

The files are committed; run this only to change them:

    .venv/bin/python tests/bad_inputs/_make.py
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import zipfile
from pathlib import Path

import docx
from openpyxl import Workbook

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # tests.helpers, when run as a script

from tests.helpers.packages import (  # noqa: E402
    add_relationship,
    linked_picture,
    rewrite,
    with_body_xml,
    with_huge_part,
    with_property,
    word_document,
    zip_of,
)

TEMPLATES = {
    "unclosed_if.docx": ["Projekts", "Otrā {% if code %} rinda"],
    "unknown_filter.docx": ["Projekts {{ title|shout }}"],
    "unknown_test.docx": ["{% if title is shouting %}x{% endif %}"],
    "unknown_name.docx": ["Projekts {{ titel }}"],
    "stray_endfor.docx": ["Projekts {{ title }}", "{% endfor %}"],
    "unclosed_variable.docx": ["Projekts {{ title"],
    "filter_refuses_value.docx": ["Summa: {{ title|amount_in_words }}"],
    "division_by_zero.docx": ["Daļa: {{ mobilities_planned / 0 }}"],
    "unsafe_attribute.docx": ["{{ title.__class__.__init__.__globals__ }}"],
    "output_under_a_file.docx": ["Projekts {{ title }}"],
    "output_is_a_fifo.docx": ["Projekts {{ title }}"],
    "_batch_template.docx": ["Kods {{ code }}"],  # not a bad input: batches the bad tables
    # tags broken in their paragraph: Jinja would swallow the paragraphs up to the next '}}'
    "unclosed_swallows_paragraphs.docx": [
        "{{ title }} ilgst {{ period.months|count('mēnesis') .", "Projekta saturs.",
        "Paraksts: direktore", "Numurs {{ code }}"],
    "stray_closer.docx": ["Projekts { title }}"],
    "unclosed_quote.docx": ["Notika {{ applicant.name|decline('loc) }}"],
    "character_in_tag.docx": ["Summa {{ budget.total € }}"],
    "bracket_not_opened.docx": ["Summa {{ (budget.total )) }}"],
    # what check finds before any data is read
    "wrong_case.docx": ["Notika {{ applicant.name|decline('lok') }}"],
    "unknown_option.docx": ["Sākums {{ period.start|format_date(stil='numeric') }}"],
    "option_without_name.docx": ["Sākums {{ period.start|format_date('loc') }}"],
    "filter_typo.docx": ["Summa {{ budget.total|format_mony }}"],
    "tag_typo.docx": ["{% iff code %}{{ code }}{% endif %}"],
    "wrong_end.docx": ["{% if code %}", "{{ code }}", "{% endfor %}"],
    "column_typo.docx": ["Kods {{ code }}", "Skola: {{ school.nme }}"],
}
# issue 13: templates that reach behaviour or build too much (rendered with the valid project)
SANDBOX = {
    "pydantic_method.docx": ["{{ period.model_copy(update={'start': None}) }}"],
    "data_changed_in_place.docx": ["{% for i in range(40) %}{{ partners.extend(partners) }}"
                                   "{% endfor %}"],
    "memory_bomb_indent.docx": ["{{ ('a\\n' * 1000)|indent(100000) }}"],
    "memory_bomb_printed_list.docx": ["{{ ['x' * 1000000] * 1000 }}"],
}


def templates() -> None:
    """One .docx per entry of TEMPLATES, one paragraph per string."""
    for name, paragraphs in TEMPLATES.items():
        document = docx.Document()
        for text in paragraphs:
            document.add_paragraph(text)
        document.save(str(HERE / name))
    (HERE / "not_a_docx.docx").write_text("Šis ir teksts, nevis Word dokuments.\n")
    good = (HERE / "unknown_name.docx").read_bytes()
    (HERE / "truncated_zip.docx").write_bytes(good[: len(good) // 2])
    with zipfile.ZipFile(HERE / "zip_without_document.docx", "w") as zf:
        zf.writestr("readme.txt", "nav Word dokumenta")


def word_places() -> None:
    """Templates whose problems are placed as Word shows them: a table cell, a first-page
    header, a template LibreOffice saved, a tag Word split into runs."""
    document = docx.Document()
    document.add_paragraph("Partneri")
    table = document.add_table(rows=3, cols=2)
    table.cell(0, 0).text = "{%tr for p in partners %}"
    table.cell(1, 0).text = "{{ p.nme }}"
    table.cell(1, 1).text = "{{ p.country }}"
    table.cell(2, 0).text = "{%tr endfor %}"
    document.save(str(HERE / "table_cell_typo.docx"))

    document = docx.Document()
    document.add_paragraph("{{ title }}")
    section = document.sections[0]
    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0].text = "Projekts {{ title"
    document.save(str(HERE / "first_page_header.docx"))

    from tests.helpers.templates import LIBREOFFICE_DOCX, build, libreoffice_convert
    from tests.helpers.word import word_template

    with tempfile.TemporaryDirectory() as folder:
        made = build(Path(folder) / "libreoffice_resaved.docx",
                     ["{{ period.start|format_date(style='numeric') }}", "{{ period.strat }}"])
        [saved] = libreoffice_convert([made], LIBREOFFICE_DOCX, Path(folder) / "lo",
                                      Path(folder) / "profile")
        assert "&apos;numeric&apos;" in zipfile.ZipFile(saved).read("word/document.xml").decode()
        shutil.copy(saved, HERE / "libreoffice_resaved.docx")
    word_template(HERE / "word_split_unclosed.docx", "split_runs.xml",
                  replace=("<w:t>}”</w:t>", "<w:t>”</w:t>"))
    word_template(HERE / "field_code_unclosed.docx", "fields.xml",
                  replace=('site }}" </w:instrText>', 'site }" </w:instrText>'))
    word_template(HERE / "tracked_deletion_unclosed.docx", "tracked.xml",
                  replace=("code }}</w:delText>", "code }</w:delText>"))


def sandbox() -> None:
    """The templates of SANDBOX, one paragraph per string."""
    for name, paragraphs in SANDBOX.items():
        word_document(HERE / name, paragraphs)


def hostile_packages() -> None:
    """Packages that would make Word or LibreOffice fetch something, or that lie as zips."""
    linked_picture(HERE / "linked_picture.docx", "file:///etc/ssl/private/scan.png")
    with_body_xml(HERE / "include_picture_field.docx",
                  '<w:p><w:fldSimple w:instr=" INCLUDEPICTURE &quot;http://example.com/'
                  'pixel.png&quot; \\d"><w:r><w:t>x</w:t></w:r></w:fldSimple></w:p>')
    rewrite(word_document(HERE / "attached_template.docx", ["Projekts {{ title }}"]),
            lambda parts: add_relationship(parts, "word/_rels/settings.xml.rels", "rIdT",
                                           "attachedTemplate", "http://example.com/t.dotm"))
    rewrite(word_document(HERE / "macros.docx", ["Projekts {{ title }}"]),
            lambda parts: parts.update({"word/vbaProject.bin": b"\xd0\xcf\x11\xe0"}))
    svg = (b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/'
           b'xlink"><image xlink:href="file:///etc/passwd" width="9" height="9"/></svg>')
    rewrite(word_document(HERE / "svg_reads_a_file.docx", ["Projekts {{ title }}"]),
            lambda parts: parts.update({"word/media/logo.svg": svg}))
    with zipfile.ZipFile(word_document(HERE / "_base.docx", ["Projekts {{ title }}"])) as zf:
        parts = [(i.filename, zf.read(i)) for i in zf.infolist()]
    zip_of(HERE / "entry_outside_package.docx", [*parts, ("../../.bashrc", b"x")])
    zip_of(HERE / "duplicate_entry.docx", [*parts, ("word/document.xml", b"<w:document/>")])
    paragraph = b"<w:p><w:r><w:t>Bumba. </w:t></w:r></w:p>"
    with_huge_part(HERE / "oversized_part.docx", "word/document.xml", 48 * 1024 * 1024,
                   pattern=paragraph, base=HERE / "_base.docx")
    (HERE / "_base.docx").unlink()


def tables() -> None:
    """Spreadsheets that read_table must refuse."""
    book = Workbook()
    book.save(str(HERE / "empty.xlsx"))
    (HERE / "truncated.xlsx").write_bytes((HERE / "empty.xlsx").read_bytes()[:300])


def workbooks() -> None:
    """Project workbooks load must refuse, and an .ods that is no workbook."""
    from openpyxl import load_workbook

    from reportkit.jobs.workbook import write_workbook_starter

    starter = HERE / "_starter.xlsx"
    write_workbook_starter(starter, force=True)
    book = load_workbook(starter)
    partners = book["Partneri"]
    country = next(c for c in partners[1] if c.value == "valsts").column_letter
    partners[f"{country}2"] = "Spanja"
    book.save(HERE / "workbook_bad_country.xlsx")
    book = load_workbook(starter)
    del book["Projekts"]
    book.save(HERE / "workbook_without_project_sheet.xlsx")
    starter.unlink()
    (HERE / "truncated.ods").write_bytes(b"PK\x03\x04 not a whole workbook")


def declared_rows() -> None:
    """Batch templates whose reportkit-rows property the table or its own text fails."""
    for name, value in (("rows_column_missing.docx", "code: text, school.name: text, sum: money"),
                        ("rows_bad_type.docx", "code: nauda")):
        with_property(word_document(HERE / name, ["Skola: {{ school.name }}"]), value)


def encodings() -> None:
    """Text files no encoding reportkit reads can read."""
    (HERE / "utf16_odd_bytes.yaml").write_bytes("kind: project\n".encode("utf-16") + b"\x00")
    (HERE / "not_utf8.yaml").write_bytes(b"kind: project\ntitle: Inov\x98cijas\n")
    (HERE / "not_utf8.csv").write_bytes(b"code;name\n007;Skola \x98\n")


if __name__ == "__main__":
    templates()
    word_places()
    sandbox()
    hostile_packages()
    tables()
    workbooks()
    declared_rows()
    encodings()
