"""Programmes from the data file in a project: the granting authority, texts the data gives,
the warnings for texts not confirmed official, cost categories, periods to the month."""

from __future__ import annotations

import warnings
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from reportkit.errors import DataError
from reportkit.models import DataWarning, Period, Programme, Project
from reportkit.read import load

VIAA_END = ("Ne Eiropas Savienību, ne VIAA nevar saukt pie atbildības par tiem.")


def project(**fields: Any) -> Project:
    base: dict[str, Any] = {
        "title": "T", "applicant": {"name": "Daugavpils pilsētas Izglītības pārvalde"},
        "period": {"start": date(2023, 9, 1), "end": date(2024, 8, 31)},
        "programme": {"scheme": "erasmus_plus_2021_2027"}}
    return Project.model_validate({**base, **fields})


def errors(**fields: Any) -> list[tuple[tuple[Any, ...], str]]:
    with pytest.raises(ValidationError) as err:
        project(**fields)
    found = []
    for e in err.value.errors():
        ctx = (e.get("ctx") or {}).get("error")
        subs = getattr(ctx, "problems", None) or [((), e["msg"])]
        found += [((*e["loc"], *loc), msg) for loc, msg in subs]
    return found


@pytest.mark.parametrize(("code", "authority", "name"), [
    ("2023-1-LV01-KA122-SCH-000123456", "VIAA", "Valsts izglītības attīstības aģentūras"),
    ("2023-2-LV02-KA152-YOU-000123456", "JSPA", "Jaunatnes starptautisko programmu aģentūras"),
])
def test_the_project_number_names_the_granting_authority(code: str, authority: str,
                                                         name: str) -> None:
    p = project(code=code)
    assert p.programme.granting_authority == authority
    assert f"Eiropas Savienības vai {name} ({authority}) uzskatus" in (p.programme.disclaimer_lv
                                                                       or "")
    assert p.programme.disclaimer_en is not None and f"({authority})." in \
        p.programme.disclaimer_en
    assert "EACEA" not in (p.programme.disclaimer_lv or "")


def test_the_data_names_the_authority_over_the_number() -> None:
    p = project(code="2023-1-LV01-KA122-SCH-000123456",
                programme={"scheme": "erasmus_plus_2021_2027", "granting_authority": "EACEA"})
    assert "Eiropas Izglītības un kultūras izpildaģentūras (EACEA)" in (p.programme.disclaimer_lv
                                                                        or "")


def test_without_a_number_or_with_another_countrys_agency_the_authority_is_required() -> None:
    assert errors() == [(("programme", "granting_authority"),
                         "is needed for the disclaimer: give the project number (its agency "
                         "names it: LV01 → VIAA, LV02 → JSPA) or granting_authority: VIAA, "
                         "JSPA or EACEA")]
    assert errors(code="2022-1-SI01-KA220-SCH-000086423") == [
        (("programme", "granting_authority"), "is needed for the disclaimer: the project "
         "number's agency SI01 is not one reportkit knows (LV01 → VIAA, LV02 → JSPA); set "
         "granting_authority, or write disclaimer_lv and disclaimer_en as the granting body "
         "gives them")]


def test_disclaimers_the_data_gives_need_no_authority_and_give_no_warning() -> None:
    p = project(programme={"scheme": "erasmus_plus_2021_2027",
                           "disclaimer_lv": "Mūsu aģentūras teksts.",
                           "disclaimer_en": "Our agency's text."})
    assert p.programme.disclaimer_lv == "Mūsu aģentūras teksts."
    assert p.data_warnings() == []


def test_an_unknown_authority_is_refused_with_the_known_ones() -> None:
    [(loc, message)] = errors(programme={"scheme": "erasmus_plus_2021_2027",
                                         "granting_authority": "IZM"})
    assert loc == ("programme", "granting_authority")
    assert message == ("Value error, must be one of EACEA, JSPA, VIAA (got 'IZM'); for another "
                       "body write disclaimer_lv and disclaimer_en yourself")


def test_unverified_texts_the_document_prints_are_warnings_at_their_fields() -> None:
    p = project(code="2023-1-LV01-KA122-SCH-000123456")
    assert p.data_warnings() == [(
        ("programme", "disclaimer_lv"),
        "the Latvian disclaimer is not confirmed official (found in real use); check it with "
        "VIAA, or write the official text as programme.disclaimer_lv")]
    # the verified "Funded by" variant given in the data is still verified
    funded = project(code="2023-1-LV01-KA122-SCH-000123456",
                     programme={"scheme": "erasmus_plus_2021_2027",
                                "statement_lv": "Finansē Eiropas Savienība"})
    assert [loc for loc, _ in funded.data_warnings()] == [("programme", "disclaimer_lv")]
    # an unverified text copied into the data is still unverified
    copied = Programme(scheme="norway_grants_2009_2014").statement_lv
    again = Programme(scheme="norway_grants_2009_2014", statement_lv=copied)
    assert [loc for loc, _ in again.unverified()] == [("statement_lv",)]


def test_erasmus_2014_2020_prints_the_official_latvian_disclaimer_without_warning() -> None:
    p = project(code="2019-1-LV01-KA104-060191",
                programme={"scheme": "erasmus_plus_2014_2020", "action": "KA1"})
    assert p.programme.disclaimer_lv is not None
    assert p.programme.disclaimer_lv.startswith("Eiropas Komisijas atbalsts šīs publikācijas")
    assert p.programme.statement_en == "Co-funded by the Erasmus+ Programme of the European Union"
    assert p.data_warnings() == []


def test_eea_categories_are_accepted_and_erasmus_refuses_them_by_name() -> None:
    eea = project(programme={"scheme": "eea_grants_2014_2021"},
                  budget={"total": 100, "categories": {"staff": 50, "equipment": 30,
                                                       "indirect_costs": 20}})
    assert [(c.category, c.label) for c in eea.category_lines] == [
        ("staff", "Personāla izmaksas"), ("equipment", "Aprīkojuma izmaksas"),
        ("indirect_costs", "Netiešās izmaksas")]
    [(loc, message)] = errors(code="2019-1-LV01-KA104-060191",
                              programme={"scheme": "erasmus_plus_2014_2020"},
                              budget={"total": 100, "categories": {"travel": 50, "staff": 50}})
    assert loc == ("budget", "categories", "staff")
    assert message.startswith("is not a cost category of Erasmus+ 2014–2020 (travel, "
                              "individual_support, organisational_support, course_fees,")


def test_a_programme_without_categories_takes_them_with_labels_from_the_data() -> None:
    [(loc, message)] = errors(programme={"scheme": "nordplus_2023_2027"},
                              budget={"total": 100, "categories": {"stipendijas": 100}})
    assert loc == ("budget", "categories", "stipendijas")
    assert message == ("Nordplus 2023–2027 has no cost categories in reportkit's data: name "
                       "each in programme.categories with its Latvian label (staff: Personāla "
                       "izmaksas)")
    p = project(programme={"scheme": "nordplus_2023_2027",
                           "categories": {"stipendijas": "Stipendijas"}},
                budget={"total": 100, "categories": {"stipendijas": 100}})
    assert [c.label for c in p.category_lines] == ["Stipendijas"]


def test_a_category_key_must_be_a_key() -> None:
    [(loc, message)] = errors(programme={"scheme": "eea_grants_2014_2021"},
                              budget={"total": 100, "categories": {"Ceļa izdevumi": 100}})
    assert loc == ("budget", "categories")
    assert "a category is a key in lower case like travel or staff (got 'Ceļa izdevumi')" in message


def test_the_grants_names_in_latvian_with_donors_and_their_programme_in_quotes() -> None:
    p = Programme(scheme="eea_grants_2014_2021", action="Pētniecība un izglītība")
    assert (p.name, p.name_en, p.donors, p.action_text) == (
        "Eiropas Ekonomikas zonas (EEZ) finanšu instruments", "EEA Grants",
        ["Islande", "Lihtenšteina", "Norvēģija"], "programma „Pētniecība un izglītība”")
    both = Programme(scheme="eea_norway_grants_2014_2021")
    assert both.name == "Eiropas Ekonomikas zonas (EEZ) un Norvēģijas granti"
    assert both.statement_en == "Working together for a green, competitive and inclusive Europe"


def test_national_and_other_need_their_name_and_print_only_their_own_texts() -> None:
    with pytest.raises(ValidationError, match="name: is required for scheme 'national'"):
        Programme(scheme="national")
    own = Programme(scheme="other", name="Daugavpils pilsētas budžets",
                    statement_lv="Projektu finansē Daugavpils pilsētas dome.", emblem=False)
    assert (own.statement_lv, own.disclaimer_lv, own.emblem, own.unverified()) == (
        "Projektu finansē Daugavpils pilsētas dome.", None, False, [])


def test_a_period_known_to_the_month_runs_from_first_to_last_day() -> None:
    p = Period.model_validate({"start": "2013-12", "end": "2016-06"})
    assert (p.start, p.end, p.precision, p.months) == (date(2013, 12, 1), date(2016, 6, 30),
                                                       "month", 31)
    assert Period.model_validate({"start": "2024-02", "end": "2024-02"}).end == date(2024, 2, 29)


@pytest.mark.parametrize(("data", "where", "message"), [
    ({"start": "2013-12", "end": "2016-06-30"}, "end",
     "give both ends as months (2013-12) or both as days (2013-12-01)"),
    ({"start": "2013-12", "end": "2016-06", "precision": "day"}, "precision",
     "is 'day', but start and end are months; write days (2013-12-01) or leave it out"),
])
def test_a_period_half_in_months_is_refused(data: dict[str, str], where: str,
                                            message: str) -> None:
    with pytest.raises(ValidationError) as err:
        Period.model_validate(data)
    assert f"{where}: {message}" in str(err.value)


def test_warnings_are_located_like_problems_file_line_field(tmp_path: Path) -> None:
    path = tmp_path / "projekts.yaml"
    path.write_text(
        "kind: project\ntitle: T\ncode: 2023-1-LV01-KA122-SCH-000123456\n"
        "programme: {scheme: erasmus_plus_2021_2027}\napplicant: {name: Skola}\n"
        "period: {start: 2023-09, end: 2024-08}\nmobilities_planned: 12\nmobilities:\n"
        "  - {title: Kursi, count: 4}\n  - {title: Ēnošana, count: 6}\n", encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        load(path)
    assert [str(w.message) for w in caught] == [
        f"{path}:4: programme.disclaimer_lv: the Latvian disclaimer is not confirmed official "
        "(found in real use); check it with VIAA, or write the official text as "
        "programme.disclaimer_lv",
        f"{path}:7: mobilities_planned: is 12, but the mobilities listed add up to 10; "
        "documents print 12",
    ]
    assert all(w.category is DataWarning for w in caught)


def test_a_referenced_project_files_warnings_are_given_once(tmp_path: Path) -> None:
    (tmp_path / "projekts.yaml").write_text(
        "kind: project\ntitle: T\nprogramme: {scheme: lifelong_learning_2007_2013}\n"
        "applicant: {name: Dome}\nperiod: {start: 2012-08-01, end: 2014-07-31}\n",
        encoding="utf-8")
    report = tmp_path / "zinojums.yaml"
    report.write_text("kind: final_report\nproject: projekts.yaml\n", encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        load(report)
    fields = [str(w.message).split(": ")[1] for w in caught]
    assert fields == ["programme.statement_lv", "programme.disclaimer_lv"]
    assert all(str(w.message).startswith(str(tmp_path / "projekts.yaml")) for w in caught)


def test_an_unknown_scheme_lists_the_data_files_programmes(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text("kind: project\ntitle: T\nprogramme: {scheme: horizon_2020}\n"
                    "applicant: {name: A}\nperiod: {start: 2020-01-01, end: 2020-12-31}\n",
                    encoding="utf-8")
    with pytest.raises(DataError) as err:
        load(path)
    assert str(err.value).startswith(f"{path}:3: programme.scheme: must be one of "
                                     "'erasmus_plus_2021_2027', 'erasmus_plus_2014_2020', ")
    assert str(err.value).endswith("'national', 'other' (got 'horizon_2020')")
