"""decline() against Latvian forms from outside sources (tests/lv/corpus/forms.tsv)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from reportkit.lv import decline

CORPUS = Path(__file__).parent / "corpus" / "forms.tsv"


def _rows() -> list[dict[str, str]]:
    lines = [line for line in CORPUS.read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


ROWS = _rows()


def test_corpus_is_large_and_every_row_has_a_source() -> None:
    assert len(ROWS) >= 300
    assert all(row["source"].strip() for row in ROWS)


@pytest.mark.parametrize("row", ROWS, ids=lambda r: f"{r['lemma']}-{r['case']}-{r['number']}")
def test_form(row: dict[str, str]) -> None:
    got = decline(row["lemma"], row["case"], number=row["number"], gender=row["gender"] or None)
    assert got == row["form"], row["source"]
