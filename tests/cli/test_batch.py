"""``reportkit batch``: one document per spreadsheet row; a bad row is reported by its row
number while the others are written; names are safe and never overwrite each other."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from tests.helpers.cli import ROOT, Run, lines, make_template
from tests.helpers.docx import body_text

PARAGRAPH = ("Apliecinājums {{ code }}: {{ school.name }}, "
             "{{ sum | amount_in_words }}, {{ day | format_date }}")
TABLE = ("code;school.name;sum;day\n"
         "A-1;Saules skola;100;2024-05-14\n"
         "A-2;Centra skola;desmit;2024-05-15\n"
         "B-3;Valsts ģimnāzija;25,33;15.05.2024.\n")


@pytest.fixture
def template(tmp_path: Path) -> Path:
    return make_template(tmp_path / "apliecinajums.docx", [PARAGRAPH])


def csv(tmp_path: Path, text: str, name: str = "skolas.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding=encoding)
    return path


def docx_names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_bad_row_is_reported_by_number_and_the_others_are_written(
        run: Run, template: Path, tmp_path: Path) -> None:
    table = csv(tmp_path, TABLE)
    result = run("batch", template, table, "-o", "out", "--name", "{code}.docx")
    assert result.exit_code == 1
    [problem] = lines(result.stderr)
    assert problem.startswith(f"{table}:3: {template.name}, body, paragraph 1 (")
    assert ": amount 'desmit' is not a number" in problem
    assert result.stdout == "2 of 3 documents written to out; failed rows: 3\n"
    out = tmp_path / "out"
    assert docx_names(out) == ["A-1.docx", "B-3.docx"]
    assert body_text(out / "A-1.docx") == [
        "Apliecinājums A-1: Saules skola, viens simts eiro 00 centi, "
        "2024.\u00a0gada\u00a014.\u00a0maijs"]
    assert body_text(out / "B-3.docx") == [
        "Apliecinājums B-3: Valsts ģimnāzija, divdesmit pieci eiro 33 centi, "
        "2024.\u00a0gada\u00a015.\u00a0maijs"]


def test_all_rows_good_exit_0_and_default_names(run: Run, template: Path,
                                                tmp_path: Path) -> None:
    table = csv(tmp_path, TABLE.replace("desmit", "10"))
    result = run("batch", template, table, "-o", "out")
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == "3 of 3 documents written to out\n"
    assert docx_names(tmp_path / "out") == ["0001.docx", "0002.docx", "0003.docx"]


def test_names_are_made_safe_and_unique(run: Run, template: Path, tmp_path: Path) -> None:
    table = csv(tmp_path, "code;school.name;sum;day\n"
                          "A/1;Saules skola;1;2024-05-14\n"
                          "a/1;Centra skola;2;2024-05-14\n"
                          "CON;Valsts ģimnāzija;3;2024-05-14\n"
                          "../x: \"y\"?;Skola;4;2024-05-14\n")
    result = run("batch", template, table, "-o", "out", "--name", "{code}")
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == "4 of 4 documents written to out\n"
    assert docx_names(tmp_path / "out") == [
        "A_1.docx", "_CON.docx", "_x_ _y__.docx", "a_1-2.docx"]
    assert body_text(tmp_path / "out" / "a_1-2.docx")[0].startswith(
        "Apliecinājums a/1: Centra skola")
    assert body_text(tmp_path / "out" / "_x_ _y__.docx")[0].startswith(
        'Apliecinājums ../x: "y"?: Skola')


def test_dotted_columns_in_names(run: Run, template: Path, tmp_path: Path) -> None:
    table = csv(tmp_path, TABLE.replace("desmit", "10"))
    result = run("batch", template, table, "-o", "out", "--name", "{code} {school.name}.docx")
    assert result.exit_code == 0
    assert docx_names(tmp_path / "out") == [
        "A-1 Saules skola.docx", "A-2 Centra skola.docx", "B-3 Valsts ģimnāzija.docx"]


def test_name_may_use_the_row_number(run: Run, template: Path, tmp_path: Path) -> None:
    table = csv(tmp_path, TABLE.replace("desmit", "10"))
    result = run("batch", template, table, "-o", "out", "--name", "rinda-{row}-{index:02d}")
    assert result.exit_code == 0
    assert docx_names(tmp_path / "out") == [
        "rinda-2-01.docx", "rinda-3-02.docx", "rinda-4-03.docx"]


def test_a_name_with_an_unknown_column_stops_before_writing(run: Run, template: Path,
                                                            tmp_path: Path) -> None:
    table = csv(tmp_path, TABLE)
    result = run("batch", template, table, "-o", "out", "--name", "{kods}.docx")
    assert result.exit_code == 2
    assert lines(result.stderr) == [
        f"{table}: the name '{{kods}}.docx' uses {{kods}}, which is not a column; "
        "columns: code, school.name, sum, day, index, row"]
    assert not (tmp_path / "out").exists()


def test_xlsx_with_dotted_headers_numbers_and_dates(run: Run, template: Path,
                                                    tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["code", "school.name", "sum", "day"])
    sheet.append(["X-7", "Daugavpils Saules skola", 22783, date(2019, 6, 1)])
    sheet.append(["X-8", "Centra skola", 1505.01, date(2020, 1, 31)])
    book.save(tmp_path / "skolas.xlsx")
    result = run("batch", template, tmp_path / "skolas.xlsx", "-o", "out", "--name", "{code}")
    assert (result.exit_code, result.stderr) == (0, "")
    assert body_text(tmp_path / "out" / "X-7.docx") == [
        "Apliecinājums X-7: Daugavpils Saules skola, divdesmit divi tūkstoši septiņi simti "
        "astoņdesmit trīs eiro 00 centi, 2019.\u00a0gada\u00a01.\u00a0jūnijs"]
    assert body_text(tmp_path / "out" / "X-8.docx") == [
        "Apliecinājums X-8: Centra skola, viens tūkstotis pieci simti pieci eiro 01 cents, "
        "2020.\u00a0gada\u00a031.\u00a0janvāris"]


def test_csv_saved_by_excel_with_a_bom_and_commas(run: Run, template: Path,
                                                  tmp_path: Path) -> None:
    table = csv(tmp_path, 'code,school.name,sum,day\nA-1,"Skola, Rīga",5,2024-05-14\n',
                encoding="utf-8-sig")
    result = run("batch", template, table, "-o", "out", "--name", "{code}")
    assert result.exit_code == 0
    assert body_text(tmp_path / "out" / "A-1.docx") == [
        "Apliecinājums A-1: Skola, Rīga, pieci eiro 00 centi, 2024.\u00a0gada\u00a014.\u00a0maijs"]


def test_empty_spreadsheet(run: Run, template: Path, tmp_path: Path) -> None:
    table = csv(tmp_path, "")
    result = run("batch", template, table, "-o", "out")
    assert (result.exit_code, result.stdout) == (2, "")
    assert lines(result.stderr) == [
        f"{table}: the table is empty: the first row must name the columns"]
    assert not (tmp_path / "out").exists()


def test_spreadsheet_with_names_but_no_rows(run: Run, template: Path, tmp_path: Path) -> None:
    table = csv(tmp_path, "code;school.name;sum;day\n;;;\n")
    result = run("batch", template, table, "-o", "out")
    assert (result.exit_code, lines(result.stderr)) == (
        2, [f"{table}: the table has column names but no rows below them"])


def test_unreadable_spreadsheet(run: Run, template: Path, tmp_path: Path) -> None:
    table = tmp_path / "skolas.xlsx"
    table.write_text("this is not a workbook")
    result = run("batch", template, table, "-o", "out")
    assert result.exit_code == 2
    assert lines(result.stderr) == [
        f"{table}: not a readable .xlsx workbook: the file is damaged or incomplete: save it "
        "again from Excel or LibreOffice"]
    assert not (tmp_path / "out").exists()


def test_csv_excel_saved_in_cp1257_is_read_with_a_warning(run: Run, template: Path,
                                                          tmp_path: Path) -> None:
    table = csv(tmp_path, "code;school.name;sum;day\nA;Rīga;1;2024-05-14\n", encoding="cp1257")
    result = run("batch", template, table, "-o", "out")
    assert result.exit_code == 0
    assert lines(result.stderr) == [
        f"warning: {table}: is not UTF-8 but Windows Baltic (cp1257) text: read as such; save "
        "it as 'CSV UTF-8' or as .xlsx to be sure"]


def test_csv_that_is_no_text(run: Run, template: Path, tmp_path: Path) -> None:
    table = tmp_path / "skolas.csv"
    table.write_bytes(b"code;school.name\nA;R\x98ga\n")
    result = run("batch", template, table, "-o", "out")
    assert result.exit_code == 2
    assert lines(result.stderr) == [f"{table}:2: is not UTF-8 text (byte 0x98); save it as "
                                    "'CSV UTF-8' or as .xlsx"]


def test_missing_spreadsheet_and_wrong_extension(run: Run, template: Path,
                                                 tmp_path: Path) -> None:
    assert lines(run("batch", template, "nav.xlsx", "-o", "out").stderr) == [
        "nav.xlsx: file not found"]
    (tmp_path / "skolas.txt").write_text("x")
    result = run("batch", template, "skolas.txt", "-o", "out")
    assert (result.exit_code, lines(result.stderr)) == (
        2, ["skolas.txt: cannot read .txt: give an .xlsx, .ods or .csv table"])
    (tmp_path / "skolas.ods").write_text("x")
    result = run("batch", template, "skolas.ods", "-o", "out")
    assert (result.exit_code, lines(result.stderr)) == (
        2, ["skolas.ods: not a readable .ods workbook: the file is damaged or incomplete: save "
            "it again from LibreOffice"])


def test_unwritable_output_folder_stops_before_any_row(run: Run, template: Path,
                                                       tmp_path: Path) -> None:
    (tmp_path / "file.txt").write_text("a file, not a folder")
    table = csv(tmp_path, TABLE)
    result = run("batch", template, table, "-o", "file.txt/sub")
    assert (result.exit_code, result.stdout) == (2, "")
    assert lines(result.stderr) == [
        "file.txt/sub: cannot make the output folder (Not a directory); "
        "choose another with -o"]


def test_broken_template_stops_before_any_row(run: Run, tmp_path: Path) -> None:
    broken = make_template(tmp_path / "salauzta.docx", ["{{ code }}", "Otrā {% if x %} rinda"])
    table = csv(tmp_path, TABLE)
    result = run("batch", broken, table, "-o", "out")
    assert result.exit_code == 2
    assert lines(result.stderr) == [
        'salauzta.docx, body, paragraph 2 ("Otrā »{% if x %}« rinda"): '
        "'if' is not closed: add {% endif %} where it ends"]
    assert not (tmp_path / "out").exists()


def test_a_column_the_template_needs_but_the_table_lacks_is_one_line_before_any_row(
        run: Run, tmp_path: Path) -> None:
    template = make_template(tmp_path / "t.docx", ["{{ code }} {{ partner.name }}",
                                                   "Skola: {{ skola.nosaukums }}"])
    table = csv(tmp_path, "code;skola.nosaukms\nA;Saules skola\nB;Centra skola\n")
    result = run("batch", template, table, "-o", "out")
    assert result.exit_code == 2
    assert lines(result.stderr) == [
        f't.docx, body, paragraph 1 ("{{{{ code }}}} »{{{{ partner.name }}}}«"): '
        f"'partner' is not a column of {table}",
        f't.docx, body, paragraph 2 ("Skola: »{{{{ skola.nosaukums }}}}«"): '
        f"'skola.nosaukums' is not a column of {table} (did you mean 'skola.nosaukms'?)"]
    assert result.stdout == ""
    assert not (tmp_path / "out").exists()


def test_output_option_is_required(run: Run, template: Path, tmp_path: Path) -> None:
    result = run("batch", template, csv(tmp_path, TABLE))
    assert result.exit_code == 2
    assert lines(result.stderr) == [
        "reportkit batch: Missing option '-o' / '--out'. (see 'reportkit batch --help')"]


@pytest.mark.pdf
def test_pdf_for_every_document_written(run: Run, template: Path, tmp_path: Path) -> None:
    table = csv(tmp_path, TABLE)
    result = run("batch", template, table, "-o", "out", "--name", "{code}", "--pdf")
    assert result.exit_code == 1  # row 3 still fails; the two others get their PDFs
    assert result.stdout == "2 of 3 documents written to out, 2 PDFs; failed rows: 3\n"
    assert docx_names(tmp_path / "out") == ["A-1.docx", "A-1.pdf", "B-3.docx", "B-3.pdf"]
    text = subprocess.run(["pdftotext", str(tmp_path / "out" / "B-3.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert "divdesmit pieci eiro 33 centi" in " ".join(text.split())


def test_combine_puts_every_record_in_one_document_and_one_pdf(run: Run, template: Path,
                                                              tmp_path: Path) -> None:
    table = csv(tmp_path, TABLE.replace("desmit", "10"))
    result = run("batch", template, table, "-o", "out", "--name", "{code}", "--pdf",
                 "--combine", "--workers", "2")
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == ("3 of 3 documents written to out, 3 PDFs; all in one: "
                             "skolas_visi.docx, skolas_visi.pdf\n")
    records = [line for line in body_text(tmp_path / "out" / "skolas_visi.docx") if line]
    assert [line.split(":")[0] for line in records] == [
        "Apliecinājums A-1", "Apliecinājums A-2", "Apliecinājums B-3"]
    pdf = subprocess.run(["pdftotext", str(tmp_path / "out" / "skolas_visi.pdf"), "-"],
                         capture_output=True, text=True, check=True).stdout
    pages = pdf.split("\f")
    assert ["Apliecinājums A-1" in pages[0], "Apliecinājums A-2" in pages[1],
            "Apliecinājums B-3" in pages[2]] == [True, True, True]


def test_a_pdf_that_fails_keeps_every_other_pdf_of_the_batch(
        template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from reportkit import run_batch

    fake = ROOT / "tests" / "render" / "fake_soffice.py"
    script = tmp_path / "bin" / "soffice"
    script.parent.mkdir()
    script.write_text(f'#!/bin/sh\nexec "{sys.executable}" "{fake}" "$@"\n')
    script.chmod(0o755)
    monkeypatch.setenv("REPORTKIT_SOFFICE", str(script))
    table = csv(tmp_path, TABLE.replace("desmit", "10").replace("A-2", "broken"))
    result = run_batch(template, table, tmp_path / "out", name="{code}", pdf=True, workers=1)
    assert [p.name for p in result.written] == ["A-1.docx", "broken.docx", "B-3.docx"]
    assert [p.name for p in result.pdfs] == ["A-1.pdf", "B-3.pdf"]
    assert [p.file for p in result.pdf_problems] == [str(tmp_path / "out" / "broken.docx")]
    assert not result.ok


def test_progress_counts_the_documents_then_the_pdfs(template: Path, tmp_path: Path) -> None:
    from reportkit import run_batch

    table = csv(tmp_path, TABLE.replace("desmit", "10"))
    seen: list[tuple[int, int]] = []
    result = run_batch(template, table, tmp_path / "out", pdf=True,
                       progress=lambda done, total: seen.append((done, total)))
    assert len(result.pdfs) == 3
    assert {total for _, total in seen} == {6}
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    assert seen[0] == (0, 6) and seen[-1] == (6, 6) and (3, 6) in seen


@pytest.mark.parametrize(("lang", "label", "summary"), [
    ("en", "Documents", "3 of 3 documents written to out\n"),
    ("lv", "Dokumenti", "uzrakstīti dokumenti: 3 no 3, mapē out\n"),
])
def test_a_progress_bar_on_a_terminal(tmp_path: Path, template: Path, lang: str, label: str,
                                      summary: str) -> None:
    table = csv(tmp_path, TABLE.replace("desmit", "10"))
    leader, follower = os.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "reportkit", "--lang", lang, "batch", str(template), str(table),
         "-o", "out"],
        cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "100"},
        stdout=subprocess.PIPE, stderr=follower, text=True)
    os.close(follower)
    seen = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the terminal closes with the process
            break
        if not chunk:
            break
        seen += chunk
    stdout, _ = process.communicate(timeout=60)
    os.close(leader)
    assert process.returncode == 0
    assert stdout == summary
    terminal = seen.decode()
    assert label in terminal and "3/3" in terminal


def test_a_certificate_with_an_unclosed_tag_is_refused_before_any_row(
        run: Run, tmp_path: Path) -> None:
    # the case: the batch dropped the two paragraphs after the tag from every document
    template = make_template(tmp_path / "apliecinajums.docx", [
        "{{ code }} piedalījās {{ day|count('diena') .", "Kursa saturs: latviešu valoda.",
        "Paraksts: direktore", "Skola: {{ school.name }}"])
    result = run("batch", template, csv(tmp_path, TABLE), "-o", "out")
    assert (result.exit_code, result.stdout) == (2, "")
    assert lines(result.stderr) == [
        "apliecinajums.docx, body, paragraph 1 (\"{{ code }} piedalījās "
        "»{{ day|count('diena') .«\"): '{{' is not closed: add '}}' where the tag ends"]
    assert not (tmp_path / "out").exists()
