"""Places: the Latvian forms of cities abroad, and no guessed endings for names no table knows."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest

from reportkit import lv
from reportkit.lv.grammar import CASES
from reportkit.lv.lexicon import add_forms, builtin_words, city_rows, clear_forms
from reportkit.lv.places import latvian_name, shape_problem, weakly_sourced

CITIES = Path(__file__).parent / "corpus" / "cities.tsv"


@pytest.fixture(autouse=True)
def _no_user_forms() -> Iterator[None]:
    clear_forms()
    yield
    clear_forms()


def _city_forms() -> list[dict[str, str]]:
    lines = [line for line in CITIES.read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


@pytest.mark.parametrize("row", _city_forms(), ids=lambda row: row["word"])
def test_city_genitive_and_locative(row: dict[str, str]) -> None:
    assert (lv.decline(row["word"], "gen"), lv.decline(row["word"], "loc")) == (
        row["gen"], row["loc"]), row["source"]


def test_the_cities_table_is_complete_and_sourced() -> None:
    rows = city_rows()
    assert len(rows) >= 130
    assert all(row["source"] and row["country"] and row["foreign"] for row in rows)
    assert {row["word"] for row in rows} == {row["word"] for row in _city_forms()}


@pytest.mark.parametrize(("foreign", "latvian", "loc"), [
    ("Kaunas", "Kauņa", "Kauņā"), ("Bergen", "Bergena", "Bergenā"), ("Köln", "Ķelne", "Ķelnē"),
    ("København", "Kopenhāgena", "Kopenhāgenā"), ("Milano", "Milāna", "Milānā"),
    ("Athens", "Atēnas", "Atēnās"), ("Helsinki", "Helsinki", "Helsinkos"),
    ("Tartu", "Tartu", "Tartu"), ("Šiauliai", "Šauļi", "Šauļos"),
])
def test_foreign_names_have_their_latvian_forms(foreign: str, latvian: str, loc: str) -> None:
    assert latvian_name(foreign) == latvian
    assert lv.decline(latvian, "loc") == loc


@pytest.mark.parametrize(("name", "problem"), [
    ("Kaunas", "ends in -as"),  # the issue: it became "Kaunās"
    ("Bergen", "does not end in a Latvian nominative ending"),
    ("Bolzano", "does not end in a Latvian nominative ending"),  # indeclinable? a table says
    ("München", "not in the Latvian alphabet (ü)"),
    ("Wrocław", "not in the Latvian alphabet (w, ł)"),
    ("Gdańsk", "not in the Latvian alphabet (ń)"),
])
def test_a_name_of_no_latvian_shape_is_reported(name: str, problem: str) -> None:
    with pytest.raises(ValueError, match=r"reportkit\.add_forms") as error:
        lv.decline(name, "loc")
    assert problem in str(error.value)
    assert shape_problem(name) is not None


def test_the_report_names_the_latvian_form_the_table_has() -> None:
    with pytest.raises(ValueError, match=r"in Latvian it is 'Kauņa'"):
        lv.decline("Kaunas", "loc")
    with pytest.raises(ValueError, match=r"in Latvian it is 'Minhene'"):
        lv.decline("München", "gen")
    add_forms("Kaunas", {"loc": "Kaunā"}, gender="f")  # the user's word wins
    assert lv.decline("Kaunas", "loc") == "Kaunā"


@pytest.mark.parametrize("name", ["Dienvidkurzeme", "Sigulda", "Krustpils", "Zilupe", "Tukums",
                                  "Kandava", "Mazirbe", "Kolka"])
def test_a_latvian_shaped_name_declines(name: str) -> None:
    assert shape_problem(name) is None
    assert lv.decline(name, "loc") != name


@pytest.mark.parametrize("kind", ["valstspilsēta", "pilsēta", "novads", "ārzemes"])
def test_every_place_in_the_tables_declines_in_every_case(kind: str) -> None:
    for name in builtin_words(kind):
        for case in CASES:
            assert lv.decline(name, case)


def test_lower_case_words_keep_the_old_rules() -> None:
    assert lv.decline("kino", "loc") == "kino"  # a Latvian-letter loanword: indeclinable
    assert lv.decline("institūcijas", "dat") == "institūcijām"  # -as: a plural
    with pytest.raises(ValueError, match="not in the Latvian alphabet"):
        lv.decline("workshop", "loc")


def test_weakly_sourced_cities_are_marked() -> None:
    assert weakly_sourced("Seviļa") and weakly_sourced("Porto")
    assert not weakly_sourced("Kauņa") and not weakly_sourced("Rīga")
    assert sum(weakly_sourced(row["word"]) for row in city_rows()) == 34
