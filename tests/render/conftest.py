"""Fixtures for the render tests: a template maker and the rich template re-saved by LibreOffice."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.helpers.templates import build


@pytest.fixture
def make(tmp_path: Path) -> Callable[..., Path]:
    """``make("name.docx", [paragraphs], header=…, footer=…, sections=…)``."""
    def _make(name: str, paragraphs: list[str], **kwargs: object) -> Path:
        return build(tmp_path / name, paragraphs, **kwargs)  # type: ignore[arg-type]
    return _make


@pytest.fixture(scope="session")
def resaved(libreoffice_copies: dict[str, dict[str, Path]]) -> tuple[Path, Path]:
    """The rich template and the same template opened and saved again by LibreOffice."""
    rich = libreoffice_copies["rich"]
    return rich["original"], rich["docx"]
