"""PDF from .docx with LibreOffice: one headless ``soffice`` for a whole batch.

LibreOffice runs with a private, throw-away profile (``-env:UserInstallation``), so it neither
waits on a desktop instance nor leaves state behind, and under a timeout.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterable
from pathlib import Path

from reportkit.errors import ConversionError, Problem
from reportkit.output.atomic import atomic_path

__all__ = ["to_pdf"]

INSTALL_HINT = (
    "LibreOffice is needed for PDF: install it with `apt-get install libreoffice-writer-nogui` "
    "(Debian/Ubuntu) or from https://www.libreoffice.org/download/ and put `soffice` on PATH"
)


def to_pdf(paths: Iterable[str | os.PathLike[str]], out_dir: str | os.PathLike[str] | None = None,
           *, timeout: float | None = None) -> list[Path]:
    """Convert .docx files to PDF with one LibreOffice process; returns the PDFs in order.

    Each PDF goes to ``out_dir``, or beside its .docx when ``out_dir`` is None. ``timeout``
    (seconds) defaults to 60 plus 10 per document.

    >>> to_pdf([])
    []
    """
    sources = [Path(p) for p in paths]
    if not sources:
        return []
    targets = [_target(src, out_dir) for src in sources]
    _check_inputs(sources, targets)
    soffice = find_soffice()
    limit = timeout if timeout is not None else 60 + 10 * len(sources)
    with tempfile.TemporaryDirectory(prefix="reportkit-pdf-") as work:
        made = Path(work) / "out"
        _run(soffice, sources, made, Path(work) / "profile", limit)
        for src, target in zip(sources, targets, strict=True):
            produced = made / f"{src.stem}.pdf"
            if not produced.is_file():
                raise ConversionError(Problem("LibreOffice produced no PDF for this file",
                                              file=str(src)))
            with atomic_path(target) as tmp:
                shutil.move(produced, tmp)
    return targets


def find_soffice() -> str:
    """The LibreOffice executable on PATH, or a ConversionError saying how to install it.

    >>> find_soffice().endswith(("soffice", "libreoffice"))
    True
    """
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    raise ConversionError(f"LibreOffice (soffice) is not on PATH. {INSTALL_HINT}")


def _target(src: Path, out_dir: str | os.PathLike[str] | None) -> Path:
    folder = src.parent if out_dir is None else Path(out_dir)
    return folder / f"{src.stem}.pdf"


def _check_inputs(sources: list[Path], targets: list[Path]) -> None:
    problems = [Problem("no such file", file=str(s)) for s in sources if not s.is_file()]
    stems: dict[str, Path] = {}
    for src in sources:
        other = stems.setdefault(src.stem, src)
        if other != src:
            problems.append(Problem(f"same name as {other}; LibreOffice would write one PDF "
                                    "over the other", file=str(src)))
    if len(set(targets)) < len(targets) and not problems:
        problems.append(Problem("two documents would give the same PDF path"))
    if problems:
        raise ConversionError(problems)


def _run(soffice: str, sources: list[Path], out: Path, profile: Path, timeout: float) -> None:
    command = [
        soffice, f"-env:UserInstallation={profile.resolve().as_uri()}", "--headless",
        "--norestore", "--nologo", "--convert-to", "pdf", "--outdir", str(out),
        *[str(s.resolve()) for s in sources],
    ]
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=timeout,
                                check=False)
    except subprocess.TimeoutExpired:
        raise ConversionError(f"LibreOffice did not finish converting {len(sources)} "
                              f"document(s) within {timeout:g} s; try a larger timeout=") from None
    except OSError as exc:
        raise ConversionError(f"cannot run {soffice}: {exc}. {INSTALL_HINT}") from None
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip().splitlines()[-1:] or ["no output"]
        raise ConversionError(f"LibreOffice failed (exit {result.returncode}): {detail[0]}")
