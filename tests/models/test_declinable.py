"""Names the built-in templates decline are checked when the file is, not when it is rendered."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportkit import DataError, load
from reportkit.lv.lexicon import add_forms, clear_forms

RELEASE = """\
kind: press_release
title: Partneru tikšanās
event: {{what: partneru tikšanās, start: 2023-09-11, place: {place}}}
"""


def _release(tmp_path: Path, place: str) -> Path:
    path = tmp_path / "r.yaml"
    path.write_text(RELEASE.format(place=place), encoding="utf-8")
    return path


def test_a_foreign_place_lv_cannot_know_is_a_located_problem(tmp_path: Path) -> None:
    path = _release(tmp_path, "Kaunas")
    with pytest.raises(DataError) as err:
        load(path)
    assert [str(p) for p in err.value.problems] == [
        f"{path}:3: event.place: 'Kaunas' is in none of reportkit's tables and ends in -as, "
        "which a Latvian nominative singular never does, so its Latvian forms cannot be known: "
        "in Latvian it is 'Kauņa' (reportkit/lv/data/cities.tsv), write that; or give the forms "
        "with reportkit.add_forms('Kaunas', {'gen': …, 'loc': …}) or in a forms file "
        "(reportkit.load_forms)"]


@pytest.mark.parametrize("place", ["Kauņa", "Daugavpils", "Barselona", "Oslo"])
def test_places_lv_knows_load(tmp_path: Path, place: str) -> None:
    assert load(_release(tmp_path, place)).event.place == place  # type: ignore[union-attr]


def test_forms_the_user_gives_make_a_name_known(tmp_path: Path) -> None:
    add_forms("Kaunas", {"gen": "Kauņas", "dat": "Kauņai", "acc": "Kauņu", "loc": "Kauņā"},
              gender="f")
    try:
        assert load(_release(tmp_path, "Kaunas")).event.place == "Kaunas"  # type: ignore[union-attr]
    finally:
        clear_forms()
