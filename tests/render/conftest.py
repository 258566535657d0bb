"""Fixtures for the render tests: a template maker and the rich template re-saved by LibreOffice."""

from __future__ import annotations

import sys
import tempfile
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


FAKE_SOFFICE = Path(__file__).with_name("fake_soffice.py")


@pytest.fixture
def temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The fake LibreOffice (fake_soffice.py) named by REPORTKIT_SOFFICE; temporary and work
    folders go to a folder of the test's, which is returned."""
    script = tmp_path / "bin" / "soffice"
    script.parent.mkdir()
    script.write_text(f'#!/bin/sh\nexec "{sys.executable}" "{FAKE_SOFFICE}" "$@"\n')
    script.chmod(0o755)
    monkeypatch.setenv("REPORTKIT_SOFFICE", str(script))
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder
