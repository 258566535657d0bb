"""Each example script, run as a person runs it (``python examples/NAME.py`` from another
folder), and what it writes read back: the text of the documents, letter by letter, with every
Latvian form computed here by ``reportkit.lv`` from the script's inputs."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import docx
import openpyxl
import pytest

from reportkit import lv
from tests.helpers.docx import document_text, pdf_text

ROOT = Path(__file__).parents[2]
EXAMPLES = ROOT / "examples"
NBSP = "\xa0"


def run(script: str, *args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    """``python examples/SCRIPT args`` in ``cwd``, as from a terminal."""
    return subprocess.run([sys.executable, str(EXAMPLES / script), *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=300)


def flat(text: str) -> str:
    """Text as pdftotext gives it, compared without its line breaks and no-break spaces."""
    return " ".join(text.replace(NBSP, " ").split())


def workbook_rows(path: Path) -> list[dict[str, Any]]:
    """The rows of a workbook as openpyxl gives them (floats, datetimes), by header."""
    sheet = openpyxl.load_workbook(path).active
    header = [c.value for c in sheet[1]]
    return [dict(zip(header, (c.value for c in row), strict=True))
            for row in sheet.iter_rows(min_row=2)]


def money(value: float) -> Decimal:
    """An amount Excel stored as a float, as the person typed it."""
    return Decimal(repr(value)).quantize(Decimal("0.01"))


def day(value: dt.datetime) -> dt.date:
    return value.date()


# --- participant certificates ----------------------------------------------------------------


@pytest.fixture(scope="module")
def certificates(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("apliecinajumi")
    result = run("apliecinajumi.py", cwd=folder)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.splitlines()[0] == (
        f"{lv.count(10, 'apliecinājums')}, 10 PDF; drukāšanai:")
    return folder / "out" / "apliecinajumi"


def certificate_lines(row: dict[str, Any]) -> list[str]:
    """What a participant's certificate says, paragraph by paragraph."""
    amount = money(row["summa"])
    start, end = day(row["sākums"]), day(row["beigas"])
    return [
        f"APLIECINĀJUMS Nr. {row['numurs']}",
        "izsniegts",
        lv.decline_person(row["vārds"], row["uzvārds"], "dat", gender=row["dzimte"]),
        row["iestāde"],
        "par dalību Erasmus+ projekta „Inovācijas pieaugušo izglītībā Daugavpils pašvaldībā” "
        f"(Nr. 2019-1-LV01-KA104-060191) mobilitātē „{row['mobilitāte']}”, kas notika "
        f"{lv.decline(row['pilsēta'], 'loc')}, {lv.country(row['valsts'], case='loc')}, "
        f"{lv.format_date_range(start, end, style='compact')}.",
        f"Individuālā atbalsta summa: {lv.format_money(amount)} ({lv.amount_in_words(amount)}).",
        f"Daugavpilī, {lv.format_date(day(row['izsniegts']), style='numeric')}",
        "Daugavpils pilsētas Izglītības pārvaldes vadītāja | M. Isupova | (paraksts)",
    ]


@pytest.mark.pdf
def test_certificates_one_document_and_pdf_per_row_and_one_to_print(certificates: Path) -> None:
    rows = workbook_rows(EXAMPLES / "dalibnieki.xlsx")
    stems = [f"{r['numurs'].replace('/', '_')}_{r['uzvārds']}_{r['vārds']}" for r in rows]
    assert sorted(p.name for p in certificates.iterdir()) == sorted(
        [f"{s}.docx" for s in stems] + [f"{s}.pdf" for s in stems]
        + ["dalibnieki_visi.docx", "dalibnieki_visi.pdf"])
    for row, stem in zip(rows, stems, strict=True):
        lines = [line for line in document_text(certificates / f"{stem}.docx").splitlines()
                 if line.strip()]
        assert lines == certificate_lines(row), stem
    # the forms the workbook cannot give: the dative of each name, the locatives
    assert certificate_lines(rows[1])[2] == "Annai Marijai Ozolai-Kalniņai"
    assert certificate_lines(rows[7])[2] == "Inesei Skripničenko"


@pytest.mark.pdf
def test_certificate_pdfs_say_what_the_documents_say(certificates: Path) -> None:
    rows = workbook_rows(EXAMPLES / "dalibnieki.xlsx")
    combined = flat(pdf_text(certificates / "dalibnieki_visi.pdf"))
    at = 0
    for row in rows:  # every certificate, whole, in the workbook's order
        lines = certificate_lines(row)
        text = flat(" ".join(lines[:-1]))
        found = combined.find(text, at)
        assert found >= 0, lines[2]
        at = found + len(text)
    one = flat(pdf_text(certificates / "2020_6_Skripničenko_Inese.pdf"))
    assert flat(" ".join(certificate_lines(rows[7])[:-1])) in one
    assert combined.count("APLIECINĀJUMS Nr.") == 10 and one.count("APLIECINĀJUMS") == 1


def test_certificates_refuse_a_misspelt_column_and_write_nothing(tmp_path: Path) -> None:
    book = openpyxl.load_workbook(EXAMPLES / "dalibnieki.xlsx")
    book.active["K1"] = "Summa"  # the header typed with a capital
    book.save(tmp_path / "dalibnieki.xlsx")
    result = run("apliecinajumi.py", "dalibnieki.xlsx", cwd=tmp_path)
    assert result.returncode == 2
    problem = ": 'summa' is not a column of dalibnieki.xlsx (did you mean 'Summa'?)"
    # (the paragraph uses the column twice; reportkit prints this line once per use)
    assert set(result.stderr.splitlines()) == {
        "apliecinajums.docx, body, paragraph 6 (\"…lā atbalsta summa: »{{ summa|format_money "
        "}}« ({{ summa|amount…\")" + problem}
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").rglob("*.*"))


@pytest.mark.pdf
def test_certificates_check_each_row_and_write_the_others(tmp_path: Path) -> None:
    # the template declares its columns and their types (its reportkit-rows property)
    book = openpyxl.load_workbook(EXAMPLES / "dalibnieki.xlsx")
    book.active["D4"], book.active["K5"] = "x", "daudz"
    book.save(tmp_path / "dalibnieki.xlsx")
    result = run("apliecinajumi.py", "dalibnieki.xlsx", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "dalibnieki.xlsx:Dalībnieki!D4: dzimte: must be m or f (vīrietis or sieviete) (got 'x')",
        "dalibnieki.xlsx:Dalībnieki!K5: summa: amount 'daudz' is not a number: write it like "
        "22783.00 or 22 783,00"]
    written = sorted(p.name for p in (tmp_path / "out" / "apliecinajumi").glob("20*.pdf"))
    assert len(written) == 8 and "2020_1_Liepa_Edgars.pdf" not in written


# --- a template of your own --------------------------------------------------------------------


@pytest.fixture(scope="module")
def own_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("sava_veidne")
    result = run("sava_veidne.py", cwd=folder)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "ok: out/projekta_kartite.docx", "out/kartite_003_projekta_apraksts.docx",
        "out/kartite_006_kulturas_mantojums.docx", "out/kartite_007_eez_projekts.docx"]
    # the only warning is the one reportkit validate gives for example 006
    assert [line.split(": ", 3)[-1] for line in result.stderr.splitlines()] == [
        "the Latvian disclaimer is not confirmed official (found in real use); check it "
        "with VIAA, or write the official text as programme.disclaimer_lv"]
    return folder / "out"


def test_own_template_is_checked_then_filled_for_each_project(own_template: Path) -> None:
    from reportkit import load

    project: Any = load(EXAMPLES / "003_projekta_apraksts.yaml")
    start, end, total = project.period.start, project.period.end, project.budget.total
    expected = [
        "Projekta kartīte",
        f"Projekts „{project.title}”",
        f"Projekta numurs: {project.code}",
        f"Pieteicējs: {project.applicant.name}",
        f"Projekta laiks: {lv.format_date_range(start, end)} ({lv.format_duration(start, end)})",
        f"Budžets: {lv.format_money(total)} ({lv.amount_in_words(total)})",
        "Mobilitāte | Vieta | Skaits",
        *(f"{m.title} | {lv.decline(m.place, 'loc')}, {lv.country(m.country, case='loc')} | "
          f"{lv.count(m.count, 'mobilitāte')}" for m in project.mobilities),
    ]
    assert [line for line in document_text(own_template / "kartite_003_projekta_apraksts.docx"
                                           ).splitlines() if line.strip()] == expected
    eea: Any = load(EXAMPLES / "007_eez_projekts.yaml")
    partners = [f"{p.name} | {lv.country(p.country)}" for p in eea.partners]
    text = [line for line in document_text(own_template / "kartite_007_eez_projekts.docx"
                                           ).splitlines() if line.strip()]
    assert text[text.index("Partneris | Valsts") + 1:] == partners


def test_own_template_with_a_typo_is_refused_before_anything_is_filled(
        own_template: Path, tmp_path: Path) -> None:
    document = docx.Document(str(own_template / "projekta_kartite.docx"))
    paragraph = next(p for p in document.paragraphs if "{{ title }}" in p.text)
    paragraph.runs[0].text = paragraph.runs[0].text.replace("title", "titel")
    (tmp_path / "out").mkdir()
    document.save(str(tmp_path / "out" / "projekta_kartite.docx"))
    result = run("sava_veidne.py", "out/projekta_kartite.docx", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "projekta_kartite.docx, body, paragraph 2 (\"Projekts „»{{ titel }}«”\"): 'titel' "
        "is not a field of Project (did you mean 'title'?)"]
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["projekta_kartite.docx"]


# --- a press release dated today -----------------------------------------------------------------


def event_paragraphs() -> list[str]:
    """The text of examples/notikums.txt after its head, a paragraph per block."""
    text = (EXAMPLES / "notikums.txt").read_text(encoding="utf-8")
    return [" ".join(block.split()) for block in text.split("\n\n")[1:] if block.strip()]


@pytest.mark.pdf
def test_press_release_from_a_text_file_and_the_project_dated_today(tmp_path: Path) -> None:
    result = run("preses_relize.py", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["out/preses_relize.docx", "out/preses_relize.pdf"]
    today = dt.date.today()
    lines = [line for line in document_text(tmp_path / "out" / "preses_relize.docx"
                                            ).splitlines() if line.strip()]
    town = lv.decline("Daugavpils", "loc")
    assert lines[0:3] == [
        "Daugavpils pedagogi dalās Erasmus+ kursos gūtajā pieredzē",
        f"{town}, {lv.format_date(today, style='numeric')}",
        f"{lv.format_date(dt.date(2021, 1, 20), case='loc')} {town} notika pieredzes apmaiņas "
        "seminārs pilsētas pedagogiem.",
    ]
    assert lines[3:5] == event_paragraphs()
    assert lines[lines.index("Informāciju sagatavoja:") + 1:][:2] == [
        "Jolanta Ūzuliņa", "projekta koordinatore"]
    # the project's facts come from its file: its period in words, its budget in words
    project: Any = __import__("reportkit").load(EXAMPLES / "003_projekta_apraksts.yaml")
    period = lv.format_date_range(project.period.start, project.period.end)
    assert any(period in line for line in lines)
    assert any(lv.amount_in_words(project.budget.total) in line for line in lines)
    pdf = flat(pdf_text(tmp_path / "out" / "preses_relize.pdf"))
    assert flat(" ".join(lines[0:5])) in pdf


def test_press_release_names_the_line_of_a_wrong_date_and_writes_nothing(
        tmp_path: Path) -> None:
    text = (EXAMPLES / "notikums.txt").read_text(encoding="utf-8")
    (tmp_path / "notikums.txt").write_text(text.replace("20.01.2021.", "2021-01-20"),
                                           encoding="utf-8")
    number = text.splitlines().index("Datums: 20.01.2021.") + 1
    result = run("preses_relize.py", "notikums.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"notikums.txt:{number}: event.start: '2021-01-20' is not a date: write it as "
        "20.01.2021."]
    assert not (tmp_path / "out").exists()


def test_press_release_puts_the_model_s_problem_at_the_line_it_came_from(
        tmp_path: Path) -> None:
    text = (EXAMPLES / "notikums.txt").read_text(encoding="utf-8")
    (tmp_path / "notikums.txt").write_text(text.replace(  # an end before the start
        "Datums: 20.01.2021.", "Datums: 20.01.2021.\nBeigas: 19.01.2021."), encoding="utf-8")
    number = text.splitlines().index("Datums: 20.01.2021.") + 2
    result = run("preses_relize.py", "notikums.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [  # the model's message, at the line of Beigas
        f"notikums.txt:{number}: event.end: 2021-01-19 is before the start 2021-01-20"]
    assert not (tmp_path / "out").exists()


# --- a final report that adds up ---------------------------------------------------------------


@pytest.mark.pdf
def test_final_report_takes_its_money_from_the_workbook(tmp_path: Path) -> None:
    result = run("nosleguma_zinojums.py", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["out/nosleguma_zinojums.docx",
                                          "out/nosleguma_zinojums.pdf"]
    rows = workbook_rows(EXAMPLES / "izlietotais_budzets.xlsx")
    spent = {r["kategorija"]: money(r["izlietots"]) for r in rows}
    total = spent.pop("Kopā")
    assert sum(spent.values()) == total  # the committed workbook adds up
    text = document_text(tmp_path / "out" / "nosleguma_zinojums.docx")
    figure = {label: lv.format_money(amount)[:-4] for label, amount in spent.items()}
    for label, amount in figure.items():  # each category's row: its label, then the spent
        row = next(line for line in text.splitlines() if line.startswith(f"{label} |"))
        assert row.split(" | ")[2] == amount, label
    assert f"Izlietots kopā: {lv.format_money(total)} ({lv.amount_in_words(total)})." in text
    pdf = flat(pdf_text(tmp_path / "out" / "nosleguma_zinojums.pdf"))
    assert flat(f"Izlietots kopā: {lv.format_money(total)}") in pdf


def _spent_workbook(folder: Path, row: int, column: str, value: object) -> Path:
    book = openpyxl.load_workbook(EXAMPLES / "izlietotais_budzets.xlsx")
    book.active[f"{column}{row}"] = value
    book.save(folder / "izlietotais.xlsx")
    return folder / "izlietotais.xlsx"


def test_final_report_with_a_total_that_does_not_add_up_writes_nothing(tmp_path: Path) -> None:
    _spent_workbook(tmp_path, 6, "B", 21489.95)  # a typing slip in the total
    result = run("nosleguma_zinojums.py", EXAMPLES / "005_nosleguma_zinojums.yaml",
                 "izlietotais.xlsx", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "izlietotais.xlsx:6: spent_total: is 21489.95, but the categories in 'spent' add up "
        "to 21389.95"]
    assert not (tmp_path / "out").exists()


def test_final_report_names_a_category_the_budget_lacks(tmp_path: Path) -> None:
    _spent_workbook(tmp_path, 3, "A", "Iekārtas")  # a category of another programme
    result = run("nosleguma_zinojums.py", EXAMPLES / "005_nosleguma_zinojums.yaml",
                 "izlietotais.xlsx", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "izlietotais.xlsx:3: kategorija: 'Iekārtas' is not a cost category of "
        "the project's budget; write one of: Ceļa izdevumi, Individuālais atbalsts, "
        "Organizatoriskais atbalsts, Kursu maksa, or 'Kopā' for the total"]
    assert not (tmp_path / "out").exists()


# --- a project built in code, rendered to bytes ------------------------------------------------


@pytest.mark.pdf
def test_project_in_code_answered_as_a_web_handler_and_mailed(tmp_path: Path) -> None:
    import email
    import email.policy

    result = run("projekts_koda.py", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["200 OK: out/atbilde.pdf", "out/vestule.eml"]
    assert result.stderr.splitlines() == [  # the programme's text, passed on as a warning
        "warning: projekts_koda.py: programme.disclaimer_lv: the Latvian disclaimer is not "
        "confirmed official (found in real use); check it with VIAA, or write the official "
        "text as programme.disclaimer_lv"]
    script = example_module("projekts_koda")
    data = script.PROJECT
    period = lv.format_date_range(data["period"]["start"], data["period"]["end"])
    period = period[:1].upper() + period[1:]  # it starts a table cell
    words = lv.amount_in_words(data["budget"]["total"])
    message = email.message_from_bytes((tmp_path / "out" / "vestule.eml").read_bytes(),
                                       policy=email.policy.default)
    assert message["Subject"] == data["title"] and message["To"] == data["contact"]["email"]
    attached = {part.get_filename(): part.get_payload(decode=True)
                for part in message.walk() if part.get_filename()}
    assert sorted(attached) == ["projekta_apraksts.docx", "projekta_apraksts.pdf"]
    (tmp_path / "a.docx").write_bytes(attached["projekta_apraksts.docx"])
    (tmp_path / "a.pdf").write_bytes(attached["projekta_apraksts.pdf"])
    text = document_text(tmp_path / "a.docx")
    assert data["title"] in text and period in text and words in text
    assert f"Projektā plānotas {lv.count(6, 'mobilitāte')}" in text
    for pdf in (tmp_path / "a.pdf", tmp_path / "out" / "atbilde.pdf"):
        assert pdf.read_bytes().startswith(b"%PDF-")
        shown = flat(pdf_text(pdf))
        assert flat(data["title"]) in shown and flat(period) in shown


def test_web_handler_answers_400_with_each_problem_located() -> None:
    import io
    import json

    script = example_module("projekts_koda")
    data = {**script.PROJECT, "budget": {"total": "-5"}}
    body = json.dumps(data, default=str).encode()
    statuses: list[str] = []
    environ = {"CONTENT_LENGTH": str(len(body)), "wsgi.input": io.BytesIO(body),
               "QUERY_STRING": ""}
    answer = b"".join(script.application(environ, lambda s, h: statuses.append(s)))
    assert statuses == ["400 Bad Request"]
    [line] = answer.decode().splitlines()
    assert line.startswith("request: budget.total: ")


def example_module(name: str) -> Any:
    """``examples/NAME.py`` imported (its ``main`` not run), writing no bytecode beside it:
    the examples folder is shipped in the wheel as it is."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(f"example_{name}", EXAMPLES / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    was, sys.dont_write_bytecode = sys.dont_write_bytecode, True
    try:
        spec.loader.exec_module(module)
    finally:
        sys.dont_write_bytecode = was
    return module


# --- the list of scripts -----------------------------------------------------------------------


def test_readme_lists_every_script_with_its_command() -> None:
    readme = (EXAMPLES / "README.md").read_text(encoding="utf-8")
    scripts = sorted(p.name for p in EXAMPLES.glob("*.py"))
    assert len(scripts) == 5
    for name in scripts:
        assert f"| `{name}` |" in readme and f"`python examples/{name}`" in readme, name
