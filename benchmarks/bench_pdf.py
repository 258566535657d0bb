"""to_pdf's pool against one worker, how it scales, 200 documents end to end, memory per worker.

Run by hand (not by CI); needs LibreOffice:

    .venv/bin/python benchmarks/bench_pdf.py [--docs 100] [--end-to-end 200]

Renders the documents from the tests' rich template with render_many, then, in the same run:
``to_pdf`` with 1, 2, 3 and 4 workers (the ratio to one worker is the pool's gain); one plain
``soffice --convert-to pdf`` over the same list (what the macro-driven workers replace);
``--end-to-end`` documents rendered and converted with the default workers; and the peak
resident memory (VmHWM) of each LibreOffice while a 2-worker pool runs (Linux /proc).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import threading
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


def pool(paths: list[Path], out: Path, workers: int | None) -> float:
    """Seconds for reportkit.to_pdf with ``workers``."""
    from reportkit import to_pdf

    start = time.perf_counter()
    made = to_pdf(paths, out, workers=workers)
    elapsed = time.perf_counter() - start
    assert len(made) == len(paths) and all(p.is_file() for p in made)
    return elapsed


def convert_to(paths: list[Path], out: Path) -> float:
    """Seconds for one ``soffice --convert-to pdf`` over every path (a warm profile)."""
    from reportkit.render.pdf import find_soffice

    profile = (out / "profile").as_uri()
    command = [find_soffice(), f"-env:UserInstallation={profile}", "--headless", "--norestore",
               "--convert-to", "pdf", "--outdir", str(out)]
    subprocess.run([*command, str(paths[0])], check=True, capture_output=True)  # make profile
    start = time.perf_counter()
    subprocess.run([*command, *map(str, paths)], check=True, capture_output=True, timeout=600)
    return time.perf_counter() - start


def peak_memory(paths: list[Path], out: Path) -> list[int]:
    """Peak resident KiB of each LibreOffice (soffice.bin) of a 2-worker run."""
    peaks: dict[int, int] = {}
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            for proc in Path("/proc").iterdir():
                try:
                    command = (proc / "cmdline").read_bytes()
                    if b"soffice.bin" in command and b"reportkit-pdf-" in command:
                        status = (proc / "status").read_text()
                        hwm = int(status.split("VmHWM:")[1].split()[0])
                        peaks[int(proc.name)] = max(peaks.get(int(proc.name), 0), hwm)
                except (OSError, IndexError, ValueError):
                    continue
            time.sleep(0.2)

    sampler = threading.Thread(target=sample)
    sampler.start()
    try:
        pool(paths, out, 2)
    finally:
        done.set()
        sampler.join()
    return sorted(peaks.values())


def main() -> None:
    """Parse arguments, run every measurement, print them."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=100)
    parser.add_argument("--end-to-end", type=int, default=200)
    args = parser.parse_args()
    n = args.docs
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        paths = documents(folder, n)
        times = {w: pool(paths, folder / f"pool{w}", w) for w in (1, 2, 3, 4)}
        plain = convert_to(paths, folder / "plain")
        memory = peak_memory(paths, folder / "memory")
        (folder / "e2e").mkdir()
        start = time.perf_counter()
        many = documents(folder / "e2e", args.end_to_end)
        rendered = time.perf_counter() - start
        converted = pool(many, folder / "e2e" / "pdf", None)
    print(f"documents: {n}")
    for workers, seconds in times.items():
        print(f"to_pdf, {workers} worker(s):   {seconds:7.1f} s  ({seconds / n * 1000:5.0f} ms/doc)"
              f"  {times[1] / seconds:4.2f}x one worker")
    print(f"soffice --convert-to, one:  {plain:7.1f} s  ({plain / n * 1000:5.0f} ms/doc)")
    print(f"{args.end_to_end} documents end to end: {rendered + converted:.1f} s "
          f"(render {rendered:.1f} s, PDF {converted:.1f} s, default workers)")
    print("peak RSS per LibreOffice (MiB): " + ", ".join(f"{k / 1024:.0f}" for k in memory))


if __name__ == "__main__":
    main()
