"""lv.decline, plural, gender, count, join, country and user forms, as a document reads them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reportkit import lv
from reportkit.errors import DataError
from reportkit.lv.lexicon import add_forms, clear_forms
from reportkit.read import load_forms


@pytest.fixture(autouse=True)
def _no_user_forms() -> Iterator[None]:
    clear_forms()
    yield
    clear_forms()


@pytest.mark.parametrize(("word", "case", "expected"), [
    ("Daugavpils", "dat", "Daugavpilij"), ("Daugavpils", "loc", "Daugavpilī"),
    ("Talsi", "loc", "Talsos"), ("Cēsis", "loc", "Cēsīs"), ("Preiļi", "loc", "Preiļos"),
    ("Cēsis", "gen", "Cēsu"), ("Oslo", "loc", "Oslo"), ("Tbilisi", "gen", "Tbilisi"),
    ("Tartu", "loc", "Tartu"), ("Helsinki", "loc", "Helsinkos"), ("Viļņa", "loc", "Viļņā"),
    ("partneris", "gen", "partnera"), ("brālis", "gen", "brāļa"), ("tikšanās", "acc", "tikšanos"),
    ("Daugavpils pilsētas dome", "loc", "Daugavpils pilsētas domē"),
    ("Dienvidkurzemes novads", "loc", "Dienvidkurzemes novadā"),
    ("VIAA", "loc", "VIAA"), ("Bosnija un Hercegovina", "loc", "Bosnijā un Hercegovinā"),
])
def test_decline(word: str, case: str, expected: str) -> None:
    assert lv.decline(word, case) == expected


def test_decline_plural_and_alternation() -> None:
    assert lv.decline("iestāde", "gen", number="pl") == "iestāžu"
    assert lv.decline("pils", "gen", number="pl") == "piļu"
    assert lv.decline("valsts", "gen", number="pl") == "valstu"
    assert lv.decline("mobilitāte", "loc", number="pl") == "mobilitātēs"


def test_capitalisation_is_kept() -> None:
    assert lv.decline("Rīga", "loc") == "Rīgā"
    assert lv.decline("rīga", "loc") == "rīgā"


@pytest.mark.parametrize("case", ["dat", "loc"])
def test_reflexive_noun_has_no_dative_or_locative(case: str) -> None:
    with pytest.raises(ValueError, match=r"'tikšanās' has no .*tikšanās reizē"):
        lv.decline("tikšanās", case)


def test_unknown_case_number_and_empty_word() -> None:
    with pytest.raises(ValueError, match="unknown case 'abl'"):
        lv.decline("skola", "abl")
    with pytest.raises(ValueError, match="unknown grammatical number 'du'"):
        lv.decline("skola", "nom", number="du")
    with pytest.raises(ValueError, match="empty"):
        lv.decline("  ", "nom")


def test_plural_and_gender() -> None:
    assert [lv.plural(w) for w in ("valsts", "dalībnieks", "skolotājs", "tikšanās")] == [
        "valstis", "dalībnieki", "skolotāji", "tikšanās"]
    assert [lv.gender(w) for w in ("valsts", "mēnesis", "diena", "eiro", "Talsi")] == [
        "f", "m", "f", "m", "m"]


NBSP = "\u00a0"  # between a number in digits and its noun (REFERENCE §11, valoda.lv/2009-gads-4)


@pytest.mark.parametrize(("n", "word", "expected"), [
    (21, "mobilitāte", f"21{NBSP}mobilitāte"), (11, "mobilitāte", f"11{NBSP}mobilitātes"),
    (2, "valsts", f"2{NBSP}valstis"), (20, "mēnesis", f"20{NBSP}mēneši"),
    (31, "mēnesis", f"31{NBSP}mēnesis"), (50, "dalībnieks", f"50{NBSP}dalībnieki"),
])
def test_count(n: int, word: str, expected: str) -> None:
    assert lv.count(n, word) == expected


def test_count_in_words_takes_the_noun_gender_and_case() -> None:
    assert lv.count(21, "mobilitāte", words=True) == "divdesmit viena mobilitāte"
    assert lv.count(2, "valsts", words=True) == "divas valstis"
    assert lv.count(3, "partneris", words=True, case="dat") == "trim partneriem"
    assert lv.count(2, "valsts", words=True, case="loc") == "divās valstīs"
    assert lv.count(200, "mobilitāte", words=True) == "divi simti mobilitāšu"
    assert lv.count(5, "valsts", case="loc") == f"5{NBSP}valstīs"


def test_count_rejects_bad_numbers() -> None:
    with pytest.raises(ValueError, match="at least 0"):
        lv.count(-1, "diena")
    with pytest.raises(TypeError, match="whole number"):
        lv.count(2.5, "diena")  # type: ignore[arg-type]


def test_join() -> None:
    assert lv.join(["Lietuva", "Polija", "Igaunija"]) == "Lietuva, Polija un Igaunija"
    assert lv.join(["Lietuva", "Polija"], conj="vai") == "Lietuva vai Polija"
    with pytest.raises(ValueError, match="unknown conjunction 'or'"):
        lv.join(["a", "b"], conj="or")


def test_country() -> None:
    partners = ["DE", "IT", "HU", "DK", "LV"]
    accusatives = [lv.country(code, case="acc") for code in partners]
    assert "starp " + lv.join(accusatives) == "starp Vāciju, Itāliju, Ungāriju, Dāniju un Latviju"
    assert lv.country("US", case="loc") == "Amerikas Savienotajās Valstīs"
    assert lv.country("AE", case="gen") == "Apvienoto Arābu Emirātu"
    assert lv.country("ph", case="loc") == "Filipīnās"
    with pytest.raises(ValueError, match="unknown country code 'XY'"):
        lv.country("XY")


def test_places_table_lists_every_municipality() -> None:
    from reportkit.lv.lexicon import builtin_words

    assert len(builtin_words("valstspilsēta")) == 10
    assert len(builtin_words("novads")) == 36
    assert "Preiļi" in builtin_words("pilsēta")


def test_user_forms_win_over_rules_and_tables() -> None:
    add_forms("Daugavpils", {"dat": "Daugavpilij"})
    add_forms("Ķelne", {"loc": "Ķelnē"}, gender="f")
    add_forms("mēnesis", {"gen": "MĒNEŠA"})
    assert lv.decline("mēnesis", "gen") == "MĒNEŠA"
    assert lv.decline("mēnesis", "dat") == "mēnesim"  # cases not given still follow the rules
    assert lv.gender("Ķelne") == "f"


def test_load_forms_from_yaml(tmp_path: Path) -> None:
    path = tmp_path / "forms.yaml"
    path.write_text("Gēteborga:\n  gender: f\n  sg: {loc: Gēteborgā}\n", encoding="utf-8")
    assert load_forms(path) == ["Gēteborga"]
    assert lv.decline("Gēteborga", "loc") == "Gēteborgā"


def test_load_forms_names_the_file_and_word(tmp_path: Path) -> None:
    path = tmp_path / "forms.json"
    path.write_text('{"Novara": {"sg": {"abl": "x"}}}', encoding="utf-8")
    with pytest.raises(DataError, match=r"forms.json:1: Novara: unknown case 'abl'"):
        load_forms(path)
