"""Re-create the catalogue's odd workbooks and templates: what Excel, LibreOffice, a script or a
careless edit leave in a file that reportkit must refuse with one located line.

The files are committed; run this only to change them (from the checkout's root):

    .venv/bin/python -m tests.bad_inputs._make_odd

The workbooks are openpyxl's, with the parts edited into what an office program writes
(an error value is stored as LibreOffice and Excel store it: ``t="e"`` and the cached text);
``tests/robustness/test_odd_tables.py`` checks the same cases on files LibreOffice itself saved.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx

from tests.helpers.office import SHEET, patch_entry, replace_in_part, workbook

HERE = Path(__file__).resolve().parent
ROWS = [["code", "name", "count"], ["007", "Saulesskola", 3], ["008", "Cēsu skola", 4]]


def tables() -> None:
    """Workbooks read_table must refuse."""
    base = workbook(HERE / "_base.xlsx", ROWS)
    replace_in_part(base, HERE / "error_value.xlsx", SHEET, b'<c r="C2" t="n"><v>3</v></c>',
                    b'<c r="C2" t="e"><f>1/0</f><v>#DIV/0!</v></c>')
    replace_in_part(base, HERE / "formula_without_result.xlsx", SHEET,
                    b'<c r="C2" t="n"><v>3</v></c>', b'<c r="C2"><f>2+1</f><v></v></c>')
    replace_in_part(base, HERE / "nan_in_number_cell.xlsx", SHEET, b"<v>3</v>", b"<v>nan</v>")
    replace_in_part(base, HERE / "text_in_number_cell.xlsx", SHEET, b"<v>3</v>",
                    b"<v>12abc</v>")
    replace_in_part(base, HERE / "damaged_sheet_xml.xlsx", SHEET, b"</row>", b"</rov>")
    patch_entry(base, HERE / "encrypted_part.xlsx", SHEET, encrypted=True)
    patch_entry(base, HERE / "unknown_zip_method.xlsx", SHEET, method=99)
    # what Excel saves with "Encrypt with password": an OLE2 compound file, not a zip
    (HERE / "password_protected.xlsx").write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    base.unlink()


def templates() -> None:
    """Templates whose structure a tag breaks, or whose XML is damaged."""
    document = docx.Document()
    document.add_paragraph("Projekts {% if mobilities_planned > 100 %} liels")
    document.add_table(rows=1, cols=1).cell(0, 0).text = "beigas {% endif %} teksts"
    document.save(str(HERE / "if_in_paragraph_endif_in_cell.docx"))
    document = docx.Document()
    document.add_paragraph("Projekts {{ title }}")
    document.add_paragraph("Otrā rindkopa")
    good = HERE / "_good.docx"
    document.save(str(good))
    with zipfile.ZipFile(good) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    body = parts["word/document.xml"]
    parts["word/document.xml"] = body.replace(b"</w:p>", b"</w:r>", 1)  # a hand-edited part
    with zipfile.ZipFile(HERE / "damaged_document_xml.docx", "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    good.unlink()
    document = docx.Document()
    document.add_paragraph("Skaitlis: {{ '1e999'|float|int }}")
    document.save(str(HERE / "float_infinity.docx"))


if __name__ == "__main__":
    tables()
    templates()
