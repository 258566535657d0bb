"""Templates survive LibreOffice: every built-in template, the rich test template and a batch
certificate, opened and saved by LibreOffice as .docx, and saved as .odt and brought back to
.docx, check clean and render the same text as the original.

The conversions are real (``soffice --convert-to``, once per session: tests/conftest.py).
LibreOffice writes ``'`` as ``&apos;``; before reportkit undid that, every built-in template
failed ``check`` with "unexpected char '&' at 1212" after one round trip.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from reportkit import Template, load
from reportkit.jobs.demo import example_files
from reportkit.kinds import KINDS
from tests.helpers.docx import document_text
from tests.helpers.templates import CERTIFICATE_COLUMNS, CERTIFICATE_ROW, RICH_CONTEXT

ROUTES = ["docx", "odt"]
EXAMPLES = {path.stem: path for path in example_files()}


def _rendered_text(template: Path, context: object, out: Path) -> list[str]:
    """The rendered document's lines of text; empty paragraphs are not text (LibreOffice adds
    one after a table that ends a document: Writer cannot end on a table)."""
    text = document_text(Template(template).render(context, out), fields=True)
    return [line for line in text.splitlines() if line.strip()]


@pytest.mark.parametrize("route", ROUTES)
@pytest.mark.parametrize("example", sorted(EXAMPLES))
def test_a_builtin_template_saved_by_libreoffice_renders_the_same_text(
        example: str, route: str, libreoffice_copies: dict[str, dict[str, Path]],
        tmp_path: Path) -> None:
    data = load(EXAMPLES[example])
    copies = libreoffice_copies[KINDS[data.kind].template]
    original = _rendered_text(copies["original"], data, tmp_path / "original.docx")
    resaved = _rendered_text(copies[route], data, tmp_path / "resaved.docx")
    assert resaved == original
    assert "Lapa { PAGE } no { NUMPAGES }" in original  # fields by their code, not the count


@pytest.mark.parametrize("route", ROUTES)
@pytest.mark.parametrize("name", sorted({kind.template for kind in KINDS.values()}))
def test_a_builtin_template_saved_by_libreoffice_checks_clean(
        name: str, route: str, libreoffice_copies: dict[str, dict[str, Path]]) -> None:
    model = next(k.model_class() for k in KINDS.values() if k.template == name)
    assert Template(libreoffice_copies[name][route]).check(model) == []


def test_libreoffice_really_writes_apostrophes_as_entities(
        libreoffice_copies: dict[str, dict[str, Path]]) -> None:
    # the habit the repair undoes is in the converted file, so the tests above can fail
    for route in ROUTES:
        with zipfile.ZipFile(libreoffice_copies["press_release"][route]) as zf:
            assert "style=&apos;numeric&apos;" in zf.read("word/document.xml").decode()


@pytest.mark.parametrize("route", ROUTES)
@pytest.mark.parametrize(("name", "context"), [("rich", RICH_CONTEXT),
                                               ("apliecinajums", CERTIFICATE_ROW)])
def test_test_templates_saved_by_libreoffice_render_the_same_text(
        name: str, context: dict[str, object], route: str,
        libreoffice_copies: dict[str, dict[str, Path]], tmp_path: Path) -> None:
    copies = libreoffice_copies[name]
    original = _rendered_text(copies["original"], context, tmp_path / "original.docx")
    assert _rendered_text(copies[route], context, tmp_path / "resaved.docx") == original


@pytest.mark.parametrize("route", ROUTES)
def test_the_certificate_saved_by_libreoffice_fits_its_table(
        route: str, libreoffice_copies: dict[str, dict[str, Path]]) -> None:
    tpl = Template(libreoffice_copies["apliecinajums"][route])
    assert tpl.check(columns=[*CERTIFICATE_COLUMNS, "numurs"]) == []
