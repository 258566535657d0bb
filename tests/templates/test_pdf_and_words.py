"""One example through LibreOffice and back with pdftotext; the templates' own words spelled."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest

from reportkit.jobs import render_file
from reportkit.jobs.demo import examples_folder
from reportkit.render import to_pdf
from reportkit.render.pdf import find_soffice
from tests.helpers.docx import pdf_text

TEMPLATES = Path(__file__).parents[2] / "reportkit" / "templates"
EXAMPLES = examples_folder()
# Words of the templates hunspell-lv does not know, each from a seed: "tālr." (seed 001) and
# "priekšfinansējums" (seed 003).
SEED_WORDS = {"tālr", "Priekšfinansējums", "priekšfinansējums"}


@pytest.mark.pdf
def test_seed_003_pdf_holds_amount_in_words_and_page_count(tmp_path: Path) -> None:
    find_soffice()  # a ConversionError fails the test when LibreOffice is missing
    [document] = render_file(EXAMPLES / "003_projekta_apraksts.yaml",
                             out=tmp_path / "003_projekta_apraksts.docx")
    [pdf] = to_pdf([document], tmp_path)
    flat = " ".join(pdf_text(pdf).split())
    assert "divdesmit divi tūkstoši septiņi simti astoņdesmit trīs eiro 00 centi" in flat
    assert "No 2019. gada 1. jūnija līdz 2021. gada 31. janvārim (20 mēneši)" in flat
    pages = int(re.findall(r"Lapa 1 no (\d+)", flat)[0])
    assert pages >= 1 and f"Lapa {pages} no {pages}" in flat


def _pdf_fonts(pdf: Path) -> set[str]:
    """The font families ``pdffonts`` lists in a PDF, without the subset prefix."""
    pdffonts = shutil.which("pdffonts")
    assert pdffonts, "pdffonts is not on PATH: apt-get install poppler-utils (.ci/run does this)"
    listing = subprocess.run([pdffonts, str(pdf)], capture_output=True, text=True,
                             check=True).stdout.splitlines()[2:]
    return {line.split()[0].partition("+")[2].split("-")[0] for line in listing}


@pytest.mark.pdf
def test_pdfs_are_drawn_in_fonts_with_the_widths_word_uses(tmp_path: Path) -> None:
    """The built-in templates name Times New Roman; LibreOffice draws it as Liberation Serif,
    which has the same widths, so lines break where Word breaks them. Without the fonts
    (fonts-liberation2, .ci/run installs it) the PDF comes out in DejaVu, wider."""
    [document] = render_file(EXAMPLES / "003_projekta_apraksts.yaml", out=tmp_path / "a.docx")
    user = docx.Document()
    for font in ("Calibri", "Cambria", "Arial"):
        user.add_paragraph(f"Projekta apraksts: {font}").runs[0].font.name = font
    user.save(str(tmp_path / "b.docx"))
    a, b = to_pdf([document, tmp_path / "b.docx"], tmp_path)
    assert _pdf_fonts(a) - {"OpenSymbol"} == {"LiberationSerif"}
    assert {"Carlito", "Caladea", "LiberationSans"} <= _pdf_fonts(b)


def _fixed_words(path: Path) -> set[str]:
    document = docx.Document(str(path))
    texts = [p.text for p in document.paragraphs]
    texts += [c.text for t in document.tables for r in t.rows for c in r.cells]
    for section in document.sections:
        texts += [p.text for p in [*section.header.paragraphs, *section.footer.paragraphs]]
    words: set[str] = set()
    for text in texts:
        outside = re.sub(r"\{\{.*?\}\}|\{%.*?%\}", " ", text)
        words |= set(re.findall(r"[^\W\d_]+", outside))
        # words the tags print from string literals ('Donorvalstis', 'plānotas'), not the
        # filters' options ('gen', 'numeric', 'host') nor country codes ('LV')
        for tag_text in re.findall(r"\{\{.*?\}\}|\{%.*?%\}", text):
            for literal in re.findall(r"'([^']*)'", tag_text):
                if not re.fullmatch(r"[a-z_-]*|[A-Z]{2}", literal):
                    words |= set(re.findall(r"[^\W\d_]+", literal))
    return words


@pytest.mark.hunspell
@pytest.mark.parametrize("name", ["project_description", "press_release", "final_report"])
def test_template_labels_are_latvian_words_hunspell_knows(name: str) -> None:
    hunspell = shutil.which("hunspell")
    assert hunspell, "hunspell is not on PATH"
    words = _fixed_words(TEMPLATES / f"{name}.docx")
    assert {"Lapa"} <= words
    result = subprocess.run([hunspell, "-d", "lv_LV", "-l"], input="\n".join(sorted(words)),
                            capture_output=True, text=True, check=True)
    assert set(result.stdout.split()) - SEED_WORDS == set()
