"""Helpers for the command-line tests: the real command through click's runner or a process,
templates made with python-docx, the text of written documents."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import docx
from click.testing import Result

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
SEED_003 = EXAMPLES / "003_projekta_apraksts.yaml"

Run = Callable[..., Result]


def run_module(*args: str | Path, cwd: Path, env: dict[str, str] | None = None,
               timeout: float = 120, clean: bool = False) -> subprocess.CompletedProcess[str]:
    """``python -m reportkit ARGS`` in a new process, as a double-clicked script runs it;
    ``clean``: in ``env`` alone (with this checkout importable), not the test's environment."""
    environment = {**({} if clean else os.environ), "PYTHONPATH": str(ROOT), **(env or {})}
    environment.pop("REPORTKIT_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "reportkit", *[str(a) for a in args]],
                          cwd=cwd, env=environment, capture_output=True, text=True,
                          timeout=timeout, check=False)


def make_template(path: Path, paragraphs: Sequence[str]) -> Path:
    """A .docx whose body is ``paragraphs``, one each, made with python-docx."""
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    return path


def lines(text: str) -> list[str]:
    return text.splitlines()
