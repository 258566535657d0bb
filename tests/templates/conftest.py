"""The examples rendered once per session, and their text read back."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx_text import document_text

from reportkit.demo import render_examples


@pytest.fixture(scope="session")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every example's .docx by the example's name (``003_projekta_apraksts``)."""
    out = tmp_path_factory.mktemp("examples")
    return {p.stem: p for p in render_examples(out, pdf=False)}


@pytest.fixture(scope="session")
def texts(rendered: dict[str, Path]) -> dict[str, str]:
    """Every example's text: body, tables, header and footer."""
    return {name: document_text(path) for name, path in rendered.items()}
