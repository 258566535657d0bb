"""No-break spaces where a Latvian line must not break (REFERENCE §11, valoda.lv/2009-gads-4)."""

from __future__ import annotations

from datetime import date

import pytest

from reportkit import lv
from reportkit.lv.typography import bind_initials, is_initial, split_initials

NBSP = "\u00a0"


@pytest.mark.parametrize(("text", "expected"), [
    ("A. Elksniņš", f"A.{NBSP}Elksniņš"),
    ("J.Pilsudska", f"J.{NBSP}Pilsudska"),  # seed 002's missing space
    ("J. G. Herders", f"J.{NBSP}G.{NBSP}Herders"),
    ("Sv.Helēnas sala", "Sv.Helēnas sala"),  # an abbreviation of two letters, not an initial
    ("Rīgas 1. vidusskola", "Rīgas 1. vidusskola"),  # an ordinal, not an initial
    ("projekts A. Tagad", f"projekts A.{NBSP}Tagad"),  # a capital and a dot before a name
])
def test_bind_initials(text: str, expected: str) -> None:
    assert bind_initials(text) == expected


def test_split_initials_and_is_initial() -> None:
    assert split_initials(f"J.{NBSP}G.Herders") == "J. G. Herders"
    assert [is_initial(t) for t in ("A.", "Ā.", "AB.", "a.", "1.")] == [
        True, True, False, False, False]


def test_the_lv_filters_write_the_no_break_spaces() -> None:
    assert lv.count(21, "mobilitāte") == f"21{NBSP}mobilitāte"
    assert lv.count(21, "mobilitāte", words=True) == "divdesmit viena mobilitāte"  # no digits
    assert lv.format_date(date(2021, 1, 31), case="dat") == (
        f"2021.{NBSP}gada{NBSP}31.{NBSP}janvārim")
    assert lv.decline("A. Elksniņš", "dat") == f"A.{NBSP}Elksniņam"
    assert lv.decline_name("domes priekšsēdētājs A.Elksniņš") == (
        f"domes priekšsēdētājs A.{NBSP}Elksniņš")
    assert lv.format_percent(20) == f"20{NBSP}%"  # figures.py already
    assert lv.format_money("22783") == f"22{NBSP}783,00 EUR"  # money.py already
