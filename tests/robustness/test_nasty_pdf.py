"""Documents full of nasty text convert to PDF in one LibreOffice call and read back."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportkit import to_pdf
from reportkit.jobs import builtin_template
from tests.helpers.docx import pdf_text
from tests.helpers.nasty import EXAMPLES, example, put, shown

# pdftotext lays right-to-left text out visually, so it comes last and is not compared.
NASTY = "A & B < C > D \"E\" 'F' {{ 7*7 }} {% if x %} Ģirts\x0bĶīsis\x00 " + "ž" * 300 + " שלום 🇱🇻 "


@pytest.mark.pdf
def test_three_nasty_documents_convert_in_one_call(tmp_path: Path) -> None:
    sources = []
    for path in (EXAMPLES[0], EXAMPLES[3], EXAMPLES[5]):  # one of each kind
        cls, data, free = example(path)
        data = put(data, ("title",) if "title" in data else free[0], NASTY + path.stem)
        model = cls.model_validate(data)
        sources.append(builtin_template(model.kind).render(model, tmp_path / f"{path.stem}.docx"))
    pdfs = to_pdf(sources)  # no skip: a missing LibreOffice is a ConversionError, a failure
    for path, pdf in zip(sources, pdfs, strict=True):
        text = pdf_text(pdf)
        found = shown(text)
        assert "A & B < C > D \"E\" 'F' {{ 7*7 }} {% if x %} Ģirts Ķīsis" in found, path.name
        assert "ž" * 50 in found.replace(" ", "")
        assert "49" not in found
