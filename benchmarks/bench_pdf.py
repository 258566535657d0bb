"""to_pdf (one LibreOffice process for a batch) against one ``soffice --convert-to pdf`` per file.

Run by hand (not by CI); needs LibreOffice:

    .venv/bin/python benchmarks/bench_pdf.py [--docs 50]

Renders N documents from the tests' rich template with render_many, then converts them twice:
once with ``reportkit.to_pdf`` (a single soffice for all N) and once the way a shell loop does
it, a separate ``soffice --headless --convert-to pdf`` per document, each with its own fresh
profile as to_pdf uses (so neither side reuses a warm profile). Prints both wall times, seconds
per document and the ratio.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # reportkit and the tests' template builders (tests.helpers)


def documents(folder: Path, n: int) -> list[Path]:
    """N rendered documents from the tests' rich template."""
    from reportkit import Template
    from tests.helpers.templates import RICH_CONTEXT, rich_template

    template = rich_template(folder / "bench.docx")
    data = [{**RICH_CONTEXT, "note": f"ieraksts {i}"} for i in range(n)]
    return Template(template).render_many(data, folder / "docx")


def one_process(paths: list[Path], out: Path) -> float:
    """Seconds for reportkit.to_pdf on every path at once."""
    from reportkit import to_pdf

    start = time.perf_counter()
    made = to_pdf(paths, out)
    elapsed = time.perf_counter() - start
    assert len(made) == len(paths) and all(p.is_file() for p in made)
    return elapsed


def one_call_each(paths: list[Path], out: Path) -> float:
    """Seconds for a separate ``soffice --convert-to pdf`` per document."""
    from reportkit.render.pdf import find_soffice

    soffice = find_soffice()
    start = time.perf_counter()
    for i, path in enumerate(paths):
        profile = out / "profiles" / str(i)
        subprocess.run(
            [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
             "--convert-to", "pdf", "--outdir", str(out), str(path)],
            check=True, capture_output=True, timeout=120,
        )
    elapsed = time.perf_counter() - start
    assert all((out / f"{p.stem}.pdf").is_file() for p in paths)
    return elapsed


def main() -> None:
    """Parse arguments, run both ways, print the comparison."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        paths = documents(folder, args.docs)
        batch = one_process(paths, folder / "batch")
        separate = one_call_each(paths, folder / "separate")
    n = args.docs
    print(f"documents: {n}")
    print(f"to_pdf, one soffice:        {batch:7.1f} s  ({batch / n * 1000:6.0f} ms/doc)")
    print(f"soffice per document:       {separate:7.1f} s  ({separate / n * 1000:6.0f} ms/doc)")
    print(f"ratio: {separate / batch:.1f}x")


if __name__ == "__main__":
    main()
