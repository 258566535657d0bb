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


# --- the list of scripts -----------------------------------------------------------------------


def test_readme_lists_every_script_with_its_command() -> None:
    readme = (EXAMPLES / "README.md").read_text(encoding="utf-8")
    scripts = sorted(p.name for p in EXAMPLES.glob("*.py"))
    assert len(scripts) == 5
    for name in scripts:
        assert f"| `{name}` |" in readme and f"`python examples/{name}`" in readme, name
