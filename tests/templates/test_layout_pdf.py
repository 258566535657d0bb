"""The rendered documents through LibreOffice: where the closing block lands on the pages, and
the EU emblem as drawn, measured on the page against the EU's geometry and colours."""

from __future__ import annotations

import math
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from reportkit.jobs import render_file
from reportkit.jobs.demo import examples_folder
from reportkit.render import to_pdf
from reportkit.render.emblem import star_centres, star_points
from reportkit.render.pdf import find_soffice
from tests.helpers.docx import INSTALL

EXAMPLES = examples_folder()
NOTE = "DOKUMENTS IR PARAKSTĪTS AR DROŠU ELEKTRONISKO PARAKSTU"


def _pages(pdf: Path) -> list[str]:
    """The text of each page, as pdftotext reads it."""
    program = shutil.which("pdftotext")
    if program is None:
        pytest.fail(f"pdftotext is missing: {INSTALL}")
    text = subprocess.run([program, "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    return [" ".join(page.split()) for page in text.split("\f") if page.strip()]


@pytest.mark.pdf
def test_the_signature_stays_with_the_statements_and_the_note_with_the_signature(
        tmp_path: Path) -> None:
    """Final reports growing by one annex line after another push the end of the document
    across a page boundary; on every page count the statement, the disclaimer, the signature
    and the e-signature note land on one page, and none of them is lost."""
    find_soffice()
    report = (EXAMPLES / "005_nosleguma_zinojums.yaml").read_text("utf-8")
    (tmp_path / "003_projekta_apraksts.yaml").write_bytes(
        (EXAMPLES / "003_projekta_apraksts.yaml").read_bytes())
    documents = []
    for extra in range(0, 40, 6):
        lines = "".join(f"  - Papildu pielikums {i + 1}\n" for i in range(extra))
        path = tmp_path / f"r{extra:02d}.yaml"
        path.write_text(report.replace("annexes:\n", "annexes:\n" + lines), encoding="utf-8")
        documents += render_file(path, out=tmp_path / f"r{extra:02d}.docx")
    apart = 0
    for pdf in to_pdf(documents, tmp_path):
        pages = _pages(pdf)
        [last] = [i for i, page in enumerate(pages) if NOTE in page]
        block = pages[last]
        assert "Co-funded by the Erasmus+ Programme of the European Union" in block, pdf.name
        assert "Eiropas Komisijas atbalsts šīs publikācijas tapšanai" in block, pdf.name
        assert "Daugavpils pilsētas Izglītības pārvaldes vadītāja" in block, pdf.name
        assert "M. Isupova" in block, pdf.name
        assert last == len(pages) - 1, pdf.name  # nothing after it, nothing cut off
        heading = next(i for i, page in enumerate(pages) if "Pielikumi" in page)
        apart += heading != last
    assert apart, "no case put the block on a page of its own: the sweep proves nothing"


def _ppm(pdf: Path, dpi: int) -> tuple[int, int, bytes]:
    program = shutil.which("pdftoppm")
    if program is None:
        pytest.fail(f"pdftoppm is missing: {INSTALL}")
    stem = pdf.with_suffix("")
    subprocess.run([program, "-r", str(dpi), "-f", "1", "-l", "1", str(pdf), str(stem)],
                   check=True)
    [image] = pdf.parent.glob(f"{stem.name}-*.ppm")
    magic, size, _, pixels = image.read_bytes().split(b"\n", 3)
    width, height = map(int, size.split())
    assert magic == b"P6"
    return width, height, pixels


BLUE, YELLOW = bytes([0x00, 0x33, 0x99]), bytes([0xFF, 0xCC, 0x00])


@pytest.mark.pdf
def test_the_eu_emblem_is_drawn_to_the_eus_geometry_and_colours(tmp_path: Path) -> None:
    """Regulation (EU) No 763/2014, Annex: a blue rectangle 1.5 times as wide as high, twelve
    upright gold stars on a circle of a third of the height around the centre, each star's
    points on a circle of 1/18 of the height; Reflex Blue #003399 and Yellow #FFCC00."""
    find_soffice()
    [pdf] = to_pdf([_one_page_erasmus_project(tmp_path)], tmp_path)
    dpi = 400
    width, height, pixels = _ppm(pdf, dpi)

    def at(x: float, y: float) -> bytes:
        i = (round(y) * width + round(x)) * 3
        return pixels[i:i + 3]

    rows = [y for y in range(height) if (i := pixels.find(BLUE, y * width * 3,
                                                          (y + 1) * width * 3)) >= 0 and i % 3 == 0]
    top, bottom = rows[0], rows[-1]
    line = pixels[(top + 2) * width * 3:(top + 3) * width * 3]
    columns = [x for x in range(width) if line[x * 3:x * 3 + 3] == BLUE]
    left, right = columns[0], columns[-1]
    h, w = bottom - top + 1, right - left + 1
    assert abs(h - 12 / 25.4 * dpi) <= 2  # 12 mm high, as the templates draw it
    assert abs(w / h - 1.5) < 0.02
    assert bottom - top == len(rows) - 1  # one blue rectangle, not two
    for cx, cy in star_centres(h):
        assert at(left + cx, top + cy) == YELLOW, (cx, cy)
    cx, cy = left + 0.75 * h, top + 0.5 * h
    assert at(cx, cy) == BLUE  # the circle's centre, at the diagonals' crossing
    for k in range(12):  # between two stars on the ring: blue, the stars do not touch
        angle = math.radians(30 * k + 15)
        assert at(cx + h / 3 * math.sin(angle), cy - h / 3 * math.cos(angle)) == BLUE
    # upright: the top star's upper point is yellow just below its tip, blue just above it
    sx, sy = star_centres(h)[0]
    tip_x, tip_y = star_points(left + sx, top + sy, h / 18)[0]
    assert _yellowish(at(tip_x, tip_y + h / 18 * 0.5))  # the spike is thin: its edges blend
    assert at(tip_x, tip_y - 3) == BLUE
    # each arm of the top star, just inside its side points, is gold: the star is not turned
    r = h / 18
    assert _yellowish(at(left + sx + 0.6 * r, top + sy - 0.2 * r))
    assert _yellowish(at(left + sx - 0.6 * r, top + sy - 0.2 * r))
    # the statement stands beside the emblem, to its right, within its height
    word = _word_box(pdf, "Līdzfinansē")
    points = 72 / dpi
    assert word[0] > right * points
    assert top * points < word[1] < word[3] < bottom * points


def _yellowish(pixel: bytes) -> bool:
    return pixel[0] > 200 and pixel[1] > 150 and pixel[2] < 110


def _one_page_erasmus_project(folder: Path) -> Path:
    data = folder / "projekts.yaml"
    data.write_text(
        "kind: project\ntitle: Skolu sadarbība\ncode: 2023-1-LV01-KA122-SCH-000123456\n"
        "programme: {scheme: erasmus_plus_2021_2027}\napplicant: {name: Skola}\n"
        "period: {start: 2023-09-01, end: 2024-08-31}\n", encoding="utf-8")
    [document] = render_file(data, out=folder / "e.docx")
    return document


def _word_box(pdf: Path, word: str) -> tuple[float, float, float, float]:
    """Where ``word`` stands on page 1, in points from the top left (pdftotext -bbox)."""
    program = shutil.which("pdftotext")
    if program is None:
        pytest.fail(f"pdftotext is missing: {INSTALL}")
    boxes = subprocess.run([program, "-bbox", "-f", "1", "-l", "1", str(pdf), "-"],
                           capture_output=True, text=True, check=True).stdout
    found = re.search(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                      rf'yMax="([\d.]+)">{word}</word>', boxes)
    assert found, word
    x0, y0, x1, y1 = (float(v) for v in found.groups())
    return x0, y0, x1, y1
