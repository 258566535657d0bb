"""lv.format_percent: the percentage as Latvian documents write it, never through float."""

from __future__ import annotations

from decimal import Decimal

import pytest

from reportkit import lv
from reportkit.render.sandbox import environment

NB = "\u00a0"


@pytest.mark.parametrize(("value", "places", "text"), [
    (20, None, f"20{NB}%"),
    (Decimal("33.50"), None, f"33,5{NB}%"),
    (Decimal("80.00"), None, f"80{NB}%"),
    (Decimal("0.00"), None, f"0{NB}%"),
    ("12,5", None, f"12,5{NB}%"),
    (" 12.5 ", 2, f"12,50{NB}%"),
    (Decimal("89.285"), 2, f"89,29{NB}%"),  # half up, as shares are rounded
    (Decimal("0.125"), 2, f"0,13{NB}%"),    # half up, where float would give 0,12
    (Decimal("1234.5"), None, f"1{NB}234,5{NB}%"),
    (Decimal("12.3456789"), None, f"12,3456789{NB}%"),  # every digit given is kept
    (Decimal("99.6"), 0, f"100{NB}%"),
])
def test_latvian_percentages(value: lv.figures.Figure, places: int | None, text: str) -> None:
    assert lv.format_percent(value, places=places) == text


def test_without_the_sign_for_a_column_headed_percent() -> None:
    assert lv.format_percent(Decimal("90.81"), sign=False) == "90,81"


def test_a_float_is_refused_and_so_is_text_that_is_no_number() -> None:
    with pytest.raises(TypeError, match="is a float"):
        lv.format_percent(12.5)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="'divdesmit' is not a number"):
        lv.format_percent("divdesmit")


def test_it_is_a_template_filter() -> None:
    source = "{{ x|format_percent }} / {{ x|format_percent(places=1) }}"
    assert environment().from_string(source).render(x=Decimal("40")) == f"40{NB}% / 40,0{NB}%"
