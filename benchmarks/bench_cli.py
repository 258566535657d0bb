"""From command to written .docx: the wall time of ``reportkit render`` for one example.

Issue 7 asks for at most 0.5 s on these machines, import time included. Run by hand (not by CI):

    .venv/bin/python benchmarks/bench_cli.py [--runs 15] [--example 003_projekta_apraksts.yaml]

Prints, each over ``--runs`` fresh processes (min / median / max):

1. ``python -c pass``: the interpreter alone, the floor nothing in reportkit can lower;
2. ``python -m reportkit render examples/<example> -o <tmp>/x.docx``: the whole command;
3. the same through the installed ``reportkit`` script, when there is one;
4. ``python -c "import reportkit.cli"``: what every command pays before doing anything;

then where the time of one render goes, from ``python -X importtime`` (the imports the render
command makes, largest first) and from timing the steps in one process (load the data, open the
built-in template, render).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LIMIT = 0.5  # seconds, issue 7


def wall(command: list[str], runs: int, cwd: Path) -> list[float]:
    """Wall seconds of ``command`` in a fresh process, ``runs`` times (after one warm-up)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run(command, cwd=cwd, env=env, check=True, capture_output=True)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, cwd=cwd, env=env, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return times


def show(label: str, times: list[float]) -> None:
    print(f"{label:<58} min {min(times):.3f}  median {statistics.median(times):.3f}  "
          f"max {max(times):.3f} s")


def import_profile(code: str, top: int) -> tuple[float, list[tuple[int, str]]]:
    """Total import microseconds of ``code`` and its largest top-level imports."""
    done = subprocess.run([sys.executable, "-X", "importtime", "-c", code], cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, check=True,
                          capture_output=True, text=True)
    rows = []
    for line in done.stderr.splitlines():
        match = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)", line)
        if match and len(match.group(3)) == 1:  # top level: imported by the code itself
            rows.append((int(match.group(2)), match.group(4)))
    total = sum(us for us, _ in rows) / 1e6
    return total, sorted(rows, reverse=True)[:top]


def steps(example: Path, out: Path, runs: int) -> None:
    """Time load, template opening and render in one process (imports excluded: warm)."""
    sys.path.insert(0, str(ROOT))
    from reportkit.jobs.document import builtin_template
    from reportkit.read import load

    model = load(example)
    builtin_template(model.kind).render(model, out)  # warm: imports and caches
    timings: dict[str, list[float]] = {"load the data": [], "open the template": [],
                                       "render and write": []}
    for _ in range(runs):
        t0 = time.perf_counter()
        model = load(example)
        t1 = time.perf_counter()
        template = builtin_template(model.kind)
        t2 = time.perf_counter()
        template.render(model, out)
        t3 = time.perf_counter()
        timings["load the data"].append(t1 - t0)
        timings["open the template"].append(t2 - t1)
        timings["render and write"].append(t3 - t2)
    for label, values in timings.items():
        print(f"  {label:<20} median {statistics.median(values) * 1000:6.1f} ms (warm)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--example", default="003_projekta_apraksts.yaml")
    args = parser.parse_args()
    example = ROOT / "examples" / args.example
    python = sys.executable
    print(f"{sys.version.split()[0]} on {os.cpu_count()} CPUs, {args.runs} runs each\n")
    with tempfile.TemporaryDirectory() as folder:
        cwd = Path(folder)
        out = cwd / "x.docx"
        show("python -c pass", wall([python, "-c", "pass"], args.runs, cwd))
        render = ["render", str(example), "-o", str(out)]
        whole = wall([python, "-m", "reportkit", *render], args.runs, cwd)
        show(f"python -m reportkit render {args.example}", whole)
        script = shutil.which("reportkit", path=str(Path(python).parent))
        if script:
            show(f"reportkit render {args.example} (script)",
                 wall([script, *render], args.runs, cwd))
        show("python -c 'import reportkit.cli'",
             wall([python, "-c", "import reportkit.cli"], args.runs, cwd))
        verdict = "within" if statistics.median(whole) <= LIMIT else "OVER"
        print(f"\nmedian of the whole command: {verdict} the {LIMIT} s of issue 7\n")

        total, largest = import_profile("import reportkit.cli", 6)
        print(f"imports of every command (import reportkit.cli): {total * 1000:.0f} ms")
        for us, name in largest:
            print(f"  {us / 1000:6.1f} ms  {name}")
        code = ("import reportkit.cli, reportkit.jobs, reportkit.read, reportkit.models, "
                "reportkit.render, babel.numbers, docxtpl")
        total, largest = import_profile(code, 10)
        print(f"\nimports of the render command: {total * 1000:.0f} ms (largest, with what "
              "they import)")
        for us, name in largest:
            print(f"  {us / 1000:6.1f} ms  {name}")
        print("\nthe render command's own work, in one process:")
        steps(example, out, args.runs)


if __name__ == "__main__":
    main()
