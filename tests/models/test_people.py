"""People in the data: names declined by gender, and a one-line warning instead of a guess."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from reportkit import load
from reportkit.models import DataWarning, Person, Signatory
from reportkit.render.sandbox import environment

VALID = (Path(__file__).parents[1] / "bad_inputs" / "_valid_project.yaml").read_text(
    encoding="utf-8")


@pytest.mark.parametrize(("name", "gender", "case", "form"), [
    ("Jānis Bērziņš", None, "dat", "Jānim Bērziņam"),          # issue 16
    ("Dmitrijs Radionovs", None, "acc", "Dmitriju Radionovu"),  # seed 000
    ("Māris Liepa", None, "dat", "Mārim Liepam"),               # a man's surname in -a
    ("Anna Marija Ozola-Kalniņa", None, "dat", "Annai Marijai Ozolai-Kalniņai"),
    ("A. Elksniņš", None, "dat", "A.\u00a0Elksniņam"),           # seed 003, no-break space
    ("I. Kokina", "f", "dat", "I.\u00a0Kokinai"),                # the data tells the gender
])
def test_a_person_declines_by_name_and_gender(name: str, gender: str | None, case: str,
                                              form: str) -> None:
    person = Person(name=name, gender=gender)  # type: ignore[arg-type]
    assert person.in_case(case) == form
    assert environment().from_string("{{ p|decline(c) }}").render(p=person, c=case) == form


def test_a_name_whose_gender_nothing_tells_warns_at_its_line_and_prints_as_written(
        tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(VALID + "contact: {name: I. Kokina, phone: '65425102'}\n", encoding="utf-8")
    with pytest.warns(DataWarning) as caught:
        project = load(path)
    assert [str(w.message) for w in caught] == [
        f"{path}:9: contact.name: cannot tell how to decline 'I. Kokina' (a man or a woman?): "
        "add 'gender: m' or 'gender: f' beside the name; documents print it as written"]
    assert project.contact is not None
    assert project.contact.in_case("dat") == "I.\u00a0Kokina"  # as written, never guessed


def test_gender_is_m_or_f(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="gender"):
        Signatory(position="Vadītāja", name="M. Isupova", gender="x")  # type: ignore[arg-type]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert Signatory(position="Vadītāja", name="M. Isupova", gender="f").in_case(
            "gen") == "M.\u00a0Isupovas"
