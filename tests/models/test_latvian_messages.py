"""The models' own problems and warnings in Latvian: what ``validate`` prints to a Latvian
coordinator (a name whose gender nothing tells, a project number corrected or refused, a text
not confirmed official, totals that disagree), and the English ones unchanged beside them.

The English lines are also checked where each rule is tested (test_people.py,
test_model_rules.py, test_programmes.py, test_reports.py); here each is said in both languages.
"""

from __future__ import annotations

import warnings
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from pydantic import ValidationError

from reportkit import i18n, load
from reportkit.cli import cli
from reportkit.models import Budget, FinalReport, Period, Person, ProjectCode

VALID = (Path(__file__).parents[1] / "bad_inputs" / "_valid_project.yaml").read_text(
    encoding="utf-8")


def warned(make: Any) -> list[str]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        make()
    return [str(w.message) for w in caught]


def refused(make: Any) -> str:
    with pytest.raises((ValueError, ValidationError)) as err:
        make()
    return str(err.value)


def test_a_name_whose_gender_nothing_tells_in_both_languages() -> None:
    english = ("cannot tell how to decline 'I. Kokina' (a man or a woman?): add 'gender: m' or "
               "'gender: f' beside the name; documents print it as written")
    assert warned(lambda: Person(name="I. Kokina")) == [english]
    i18n.set_language("lv")
    try:
        assert warned(lambda: Person(name="I. Kokina")) == [
            "nevar noteikt, kā locīt 'I. Kokina' (vīrietis vai sieviete?): pievienojiet "
            "'gender: m' vai 'gender: f' blakus vārdam; dokumentos vārds būs tāds, kā ierakstīts"]
    finally:
        i18n.set_language("en")


def test_validate_prints_the_gender_warning_in_latvian(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "p.yaml").write_text(
        VALID + "contact: {name: I. Kokina, phone: '65425102'}\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["--lang", "lv", "validate", "p.yaml"])
    assert result.exit_code == 0
    assert result.stderr == (
        "brīdinājums: p.yaml:9: contact.name: nevar noteikt, kā locīt 'I. Kokina' (vīrietis vai "
        "sieviete?): pievienojiet 'gender: m' vai 'gender: f' blakus vārdam; dokumentos vārds "
        "būs tāds, kā ierakstīts\n")
    assert result.stdout.startswith("kārtībā: p.yaml: ")


def test_project_numbers_corrected_and_refused_in_latvian(latvian: None) -> None:
    assert warned(lambda: ProjectCode.parse("2019-1-LVO1-KA104-060191")) == [
        "aģentūras kodā 'LVO1' nulles vietā ir burts O; nolasīts kā 'LV01'"]
    assert warned(lambda: ProjectCode.parse("2019-1-lv01-KA104-060191")) == [
        "projekta numurs '2019-1-lv01-KA104-060191' nolasīts kā '2019-1-LV01-KA104-060191' "
        "(izlabotas atstarpes vai burtu reģistrs)"]
    assert refused(lambda: ProjectCode.parse("KA122-SCH-F4DF0FF3")) == (
        "'KA122-SCH-F4DF0FF3' ir pieteikuma veidlapas identifikators, nevis projekta numurs; "
        "projekta numurs ir norādīts līgumā un izskatās šādi: 2022-1-LV01-KA220-SCH-000087211")
    assert refused(lambda: ProjectCode.parse("2012-1-LV01-KA104-060191")) == (
        "'2012-1-LV01-KA104-060191': Erasmus+ numuri sākas ar gadu no 2014. līdz 2027. gadam "
        "(ierakstīts: 2012)")
    assert refused(lambda: ProjectCode.parse("2022-1-LV01-KA220-XYZ-000087211")) == (
        "'2022-1-LV01-KA220-XYZ-000087211': nezināms sektors 'XYZ'; jābūt vienam no: SCH, VET, "
        "ADU, HED, YOU")


def test_a_text_not_confirmed_official_and_a_count_that_disagrees_in_latvian(
        latvian: None, tmp_path: Path) -> None:
    path = tmp_path / "projekts.yaml"
    path.write_text(
        "kind: project\ntitle: T\ncode: 2023-1-LV01-KA122-SCH-000123456\n"
        "programme: {scheme: erasmus_plus_2021_2027}\napplicant: {name: Skola}\n"
        "period: {start: 2023-09, end: 2024-08}\nmobilities_planned: 12\nmobilities:\n"
        "  - {title: Kursi, count: 4}\n  - {title: Ēnošana, count: 6}\n", encoding="utf-8")
    assert warned(lambda: load(path)) == [
        f"{path}:4: programme.disclaimer_lv: nav apstiprināts, ka atruna latviešu valodā ir "
        "oficiāls teksts (atrasts reālā lietojumā); pārbaudiet to, jautājot VIAA, vai "
        "ierakstiet oficiālo tekstu laukā programme.disclaimer_lv",
        f"{path}:7: mobilities_planned: ir 12, bet uzskaitītās mobilitātes kopā ir 10; "
        "dokumentos būs 12"]


def report(**fields: Any) -> FinalReport:
    project = {
        "title": "T", "code": "2019-1-LV01-KA104-060191",
        "programme": {"scheme": "erasmus_plus_2014_2020", "action": "KA1"},
        "applicant": {"name": "Daugavpils pilsētas Izglītības pārvalde"},
        "period": {"start": date(2019, 6, 1), "end": date(2021, 1, 31)},
        "budget": {"total": "100.00", "grant": "100.00", "categories": {"travel": "100.00"}},
        "mobilities": [{"title": "Kursi Spānijā", "country": "ES", "count": 3}],
    }
    return FinalReport.model_validate({"project": project, **fields})


def test_a_final_reports_problems_and_warnings_in_latvian(latvian: None) -> None:
    message = refused(lambda: report(spent={"staff": "5.00"},
                                     reporting_period={"start": "2018-01-01",
                                                       "end": "2019-12-31"}))
    assert "spent.staff: nav projekta budžeta kategorija (travel)" in message
    assert "reporting_period: nav projekta laika robežās" in message
    done = report(mobilities_done=5, mobilities=[
        {"title": "Kursi Somijā", "country": "FI", "count": 2}])
    assert done.own_warnings() == [
        (("mobilities_done",), "ir 5, bet uzskaitītās mobilitātes kopā ir 2; dokumentos būs 5"),
        (("mobilities", 0, "title"), "'Kursi Somijā' nav projekta mobilitāte; tā tiek rādīta "
         "kā plānota 0 reizes (ierakstiet nosaukumu tā, kā tas ir projekta failā)")]


def test_computed_fields_and_category_keys_in_latvian(latvian: None) -> None:
    p = Period(start=date(2019, 6, 1), end=date(2021, 1, 31))
    assert "months: tiek aprēķināts no citām vērtībām (20); izdzēsiet šo lauku vai izlabojiet " \
        "vērtības, no kurām to aprēķina" in refused(
            lambda: Period.model_validate({**p.model_dump(), "months": 99}))
    assert "kategorija ir atslēga ar mazajiem burtiem, piemēram, travel vai staff (ierakstīts: " \
        "'Travel')" in refused(lambda: Budget(total="5.00", categories={"Travel": "5.00"}))


def test_an_amount_written_with_both_separators_in_both_languages() -> None:
    english = "amount '22,783.00' mixes ',' and '.': write 22783.00 or 22 783,00"
    assert english in refused(lambda: Budget(total="22,783.00"))
    i18n.set_language("lv")
    try:
        assert "summā '22,783.00' ir gan ',', gan '.': rakstiet 22783.00 vai 22 783,00" in \
            refused(lambda: Budget(total="22,783.00"))
    finally:
        i18n.set_language("en")
