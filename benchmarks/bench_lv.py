"""``lv.amount_in_words`` and ``lv.format_date`` calls per second, beside num2words and Babel.

Context, not a goal: num2words and Babel do less (num2words has no cents-as-digits style and
no oblique cases; Babel has no case forms at all), and reportkit is not trying to beat them.
Run by hand (not by CI):

    .venv/bin/python benchmarks/bench_lv.py [--calls 20000]

Each function is called on the same varied inputs (amounts 0.00–999 999.99, every day of
several years), best of three runs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def amounts(n: int) -> list[Decimal]:
    """N amounts spread over 0.00–999 999.99 with varied cents."""
    return [Decimal(i * 7919 % 100_000_000) / 100 for i in range(n)]


def dates(n: int) -> list[dt.date]:
    """N consecutive days from 2015-01-01."""
    start = dt.date(2015, 1, 1)
    return [start + dt.timedelta(days=i % 3650) for i in range(n)]


def per_second(fn: Callable[[Any], object], inputs: Sequence[Any]) -> float:
    """Calls per second of ``fn`` over ``inputs``, best of three runs."""
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for value in inputs:
            fn(value)
        best = min(best, time.perf_counter() - start)
    return len(inputs) / best


def contenders() -> list[tuple[str, Callable[[Any], object], str]]:
    """(label, function, input kind) for every measured call."""
    from babel.dates import format_date as babel_date
    from num2words import num2words

    from reportkit import lv

    return [
        ("lv.amount_in_words(x)", lv.amount_in_words, "amount"),
        ("num2words(x, lang='lv', to='currency')",
         lambda x: num2words(x, lang="lv", to="currency", currency="EUR"), "amount"),
        ("lv.format_date(d)", lv.format_date, "date"),
        ("lv.format_date(d, case='loc')", lambda d: lv.format_date(d, case="loc"), "date"),
        ("babel format_date(d, 'long', 'lv')",
         lambda d: babel_date(d, format="long", locale="lv"), "date"),
    ]


def main() -> None:
    """Parse arguments, measure every contender, print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=20_000)
    args = parser.parse_args()
    inputs = {"amount": amounts(args.calls), "date": dates(args.calls)}
    for label, fn, kind in contenders():
        rate = per_second(fn, inputs[kind])
        print(f"{label:42s} {rate:10,.0f} calls/s  ({1e6 / rate:6.1f} µs/call)")


if __name__ == "__main__":
    main()
