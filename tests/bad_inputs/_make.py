"""Re-create the binary files of the bad-input catalogue (templates, spreadsheets).

The files are committed; run this only to change them:

    .venv/bin/python tests/bad_inputs/_make.py
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
from openpyxl import Workbook

HERE = Path(__file__).resolve().parent

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
    "_batch_template.docx": ["Kods {{ code }}"],  # not a bad input: batches the bad tables
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


def tables() -> None:
    """Spreadsheets that read_table must refuse."""
    book = Workbook()
    book.save(str(HERE / "empty.xlsx"))
    (HERE / "truncated.xlsx").write_bytes((HERE / "empty.xlsx").read_bytes()[:300])


if __name__ == "__main__":
    templates()
    tables()
