"""render_many against the plain docxtpl loop, on the same template and data.

The docxtpl loop is what its users write: a new DocxTemplate per record,
render(context, autoescape=True), save. Run by hand (not by CI):

    .venv/bin/python benchmarks/bench_render_many.py [--records 1000] [--memory-docs 10000]

Prints throughput (documents per second), milliseconds per document and the ratio, then the
peak memory (ru_maxrss) of a fresh process rendering N documents with render_many, for growing
N: flat memory means the peak does not grow with N.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # reportkit and the tests' template builders (tests.helpers)


def make_template(folder: Path) -> Path:
    """The tests' rich template: {%p %}, {{r }}, a {%tr %} table, header and footer."""
    from tests.helpers.templates import rich_template

    return rich_template(folder / "bench.docx")


def records(n: int) -> list[dict[str, object]]:
    from tests.helpers.templates import RICH_CONTEXT

    return [{**RICH_CONTEXT, "note": f"ieraksts {i}"} for i in range(n)]


def docxtpl_loop(template: Path, data: list[dict[str, object]], out: Path) -> None:
    from docxtpl import DocxTemplate

    out.mkdir(parents=True, exist_ok=True)
    for i, context in enumerate(data):
        doc = DocxTemplate(str(template))
        doc.render(context, autoescape=True)
        doc.save(str(out / f"{i:04d}.docx"))


def reportkit_many(template: Path, data: list[dict[str, object]], out: Path) -> None:
    from reportkit import Template

    Template(template).render_many(data, out)


def timed(fn, *args: object) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    fn(*args)
    return time.perf_counter() - start


def peak_memory(n: int) -> int:
    """Peak resident memory (KiB) of a fresh process rendering ``n`` documents."""
    result = subprocess.run([sys.executable, __file__, "--child", str(n)], capture_output=True,
                            text=True, check=True)
    return int(result.stdout.strip().splitlines()[-1])


def child(n: int) -> None:
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        template = make_template(folder)
        from reportkit import Template

        tpl = Template(template)
        # records made lazily: memory measured is the renderer's, not a list of 10 000 dicts
        tpl.render_many((r for i in range(n) for r in records(1)), folder / "out")
        print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=1000)
    parser.add_argument("--memory-docs", type=int, default=10_000)
    parser.add_argument("--child", type=int)
    args = parser.parse_args()
    if args.child is not None:
        child(args.child)
        return
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        template = make_template(folder)
        data = records(args.records)
        plain = timed(docxtpl_loop, template, data, folder / "docxtpl")
        fast = timed(reportkit_many, template, data, folder / "reportkit")
    n = args.records
    print(f"{n} documents, same template and data")
    print(f"{'':<28}{'docs/s':>10}{'ms/doc':>10}")
    print(f"{'docxtpl loop':<28}{n / plain:>10.0f}{plain / n * 1000:>10.2f}")
    print(f"{'reportkit render_many':<28}{n / fast:>10.0f}{fast / n * 1000:>10.2f}")
    print(f"{'ratio':<28}{plain / fast:>10.1f}x")
    print()
    print(f"{'documents':<28}{'peak RSS MiB':>14}")
    for count in sorted({100, args.memory_docs // 10, args.memory_docs}):
        print(f"{count:<28}{peak_memory(count) / 1024:>14.1f}")


if __name__ == "__main__":
    main()
