"""Fixtures for the render tests: a template maker and one LibreOffice re-saved copy per session."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.helpers.templates import build, rich_template, soffice_or_fail


@pytest.fixture
def make(tmp_path: Path) -> Callable[..., Path]:
    """``make("name.docx", [paragraphs], header=…, footer=…, sections=…)``."""
    def _make(name: str, paragraphs: list[str], **kwargs: object) -> Path:
        return build(tmp_path / name, paragraphs, **kwargs)  # type: ignore[arg-type]
    return _make


@pytest.fixture(scope="session")
def resaved(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The rich template and the same template opened and saved again by LibreOffice."""
    folder = tmp_path_factory.mktemp("resaved")
    clean = rich_template(folder / "clean.docx")
    out = folder / "lo"
    subprocess.run(
        [soffice_or_fail(), f"-env:UserInstallation={(folder / 'profile').as_uri()}",
         "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(out), str(clean)],
        check=True, capture_output=True, timeout=180,
    )
    return clean, out / "clean.docx"
