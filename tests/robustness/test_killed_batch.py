"""A batch killed with SIGKILL in the middle leaves only complete documents.

``reportkit batch`` runs in a child process over 3000 rows and is killed outright (no handler
runs) once documents appear. Every ``*.docx`` left in the folder must be a whole document with
its own row's text; anything else there is one hidden ``.….tmp`` file, the write that was cut.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import docx
import pytest

ROWS = 3000
KILL_AFTER = 25  # documents in the folder before the kill


@pytest.fixture
def batch_input(tmp_path: Path) -> tuple[Path, Path]:
    template = tmp_path / "apliecinajums.docx"
    document = docx.Document()
    document.add_paragraph("Apliecinājums Nr. {{ code }}")
    document.add_paragraph("Skola: {{ school }}")
    for _ in range(40):  # some body, so a write takes a while and may be cut
        document.add_paragraph("{{ school }} piedalījās projektā. " * 10)
    document.save(str(template))
    table = tmp_path / "skolas.csv"
    rows = [f"A-{i:04d};Skola numur {i}" for i in range(1, ROWS + 1)]
    table.write_text("code;school\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return template, table


def _run_and_kill(template: Path, table: Path, out: Path) -> int:
    """Start the batch, SIGKILL it when KILL_AFTER documents exist; the number it reached."""
    child = subprocess.Popen(
        [sys.executable, "-m", "reportkit", "batch", str(template), str(table), "-o", str(out)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while child.poll() is None:
            if out.is_dir() and len(list(out.glob("*.docx"))) >= KILL_AFTER:
                child.send_signal(signal.SIGKILL)
                break
            time.sleep(0.002)
    finally:
        if child.poll() is None:
            child.kill()
        child.wait()
    assert child.returncode == -signal.SIGKILL, "the batch ended before it could be killed"
    return len(list(out.glob("*.docx")))


def test_only_whole_documents_are_left(batch_input: tuple[Path, Path], tmp_path: Path) -> None:
    out = tmp_path / "out"
    reached = _run_and_kill(*batch_input, out)
    assert KILL_AFTER <= reached < ROWS
    for path in sorted(out.glob("*.docx")):
        with zipfile.ZipFile(path) as package:
            assert package.testzip() is None, path.name
        paragraphs = [p.text for p in docx.Document(str(path)).paragraphs]
        index = int(path.stem)
        assert paragraphs[:2] == [f"Apliecinājums Nr. A-{index:04d}",
                                  f"Skola: Skola numur {index}"], path.name
    others = [p.name for p in out.iterdir() if p.suffix != ".docx"]
    assert all(name.startswith(".") and name.endswith(".tmp") for name in others), others
    assert len(others) <= 1
    assert sorted(int(p.stem) for p in out.glob("*.docx")) == list(range(1, reached + 1))
