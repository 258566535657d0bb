"""Final reports: planned against done, the budget lines with the programme's labels, and money
differences that may be negative while amounts in the data may not."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from pydantic import ValidationError

from reportkit.models import FinalReport


def report(project: dict[str, Any] | None = None, **fields: Any) -> FinalReport:
    base = {
        "title": "T", "code": "2019-1-LV01-KA104-060191",
        "programme": {"scheme": "erasmus_plus_2014_2020", "action": "KA1"},
        "applicant": {"name": "Daugavpils pilsētas Izglītības pārvalde"},
        "period": {"start": date(2019, 6, 1), "end": date(2021, 1, 31)},
        "budget": {"total": "22783.00", "grant": "22783.00",
                   "categories": {"travel": "6615.00", "individual_support": "16168.00"}},
        "mobilities": [
            {"title": "Kursi Spānijā", "country": "ES", "count": 3, "participants": 3},
            {"title": "Darba vērošana Portugālē", "country": "PT", "count": 8,
             "participants": 8}],
        "activities": [{"title": "Sagatavošanās seminārs", "type": "seminārs"},
                       {"title": "Noslēguma seminārs", "type": "seminārs"},
                       {"title": "Raksts vietējā avīzē", "type": "publicitāte"}],
    }
    return FinalReport.model_validate({"project": {**base, **(project or {})}, **fields})


def test_an_overspent_category_has_a_negative_difference_and_over_100_percent() -> None:
    # the case: travel 7 010 spent of 6 615 granted, a transfer Erasmus+ allows
    r = report(spent={"travel": "7010.00", "individual_support": "15000.00"},
               prefinancing_received="18226.00")
    travel, support = r.budget_lines
    assert (travel.label, travel.granted, travel.spent, travel.difference, travel.percent) == (
        "Ceļa izdevumi", Decimal("6615.00"), Decimal("7010.00"), Decimal("-395.00"),
        Decimal("105.97"))
    assert (support.label, support.difference, support.percent) == (
        "Individuālais atbalsts", Decimal("1168.00"), Decimal("92.78"))
    assert (r.total_spent, r.total_difference, r.total_percent) == (
        Decimal("22010.00"), Decimal("773.00"), Decimal("96.61"))
    assert (r.payable, r.balance_to_claim) == (Decimal("22010.00"), Decimal("3784.00"))


def test_spending_over_the_total_is_paid_up_to_the_total_and_a_refund_is_negative() -> None:
    over = report(spent={"travel": "8000.00", "individual_support": "16168.00"},
                  prefinancing_received="18226.00")
    assert (over.total_difference, over.total_percent, over.payable) == (
        Decimal("-1385.00"), Decimal("106.08"), Decimal("22783.00"))
    refund = report(spent={"travel": "1000.00"}, prefinancing_received="18226.00")
    assert refund.balance_to_claim == Decimal("-17226.00")


def test_the_programme_pays_its_share_when_the_grant_is_less_than_the_total() -> None:
    eea = {"programme": {"scheme": "eea_grants_2014_2021"}, "code": None, "mobilities": [],
           "budget": {"total": 1000, "grant": 850, "co_financing": 150,
                      "categories": {"staff": 600, "equipment": 400}}}
    assert report(eea, spent={"staff": 600, "equipment": 600}).payable == Decimal("850.00")
    assert report(eea, spent={"staff": 500}).payable == Decimal("425.00")
    assert report(eea, spent={"staff": "333.33"}).payable == Decimal("283.33")  # half up


def test_amounts_in_the_data_still_refuse_to_be_negative() -> None:
    with pytest.raises(ValidationError, match="amount must not be negative"):
        report(spent={"travel": "-395.00"})
    with pytest.raises(ValidationError, match="amount must not be negative"):
        report(prefinancing_received="-1")


def test_planned_against_done_per_mobility_line_with_participants() -> None:
    r = report(mobilities=[
        {"title": "Darba vērošana Portugālē", "country": "PT", "count": 7, "participants": 7},
        {"title": "Kursi Spānijā", "country": "ES", "count": 2, "participants": 2},
        {"title": "Kursi Somijā", "country": "FI", "count": 1, "participants": 1}])
    assert [(m.label, m.country, m.planned, m.done, m.participants_planned,
             m.participants_done) for m in r.mobility_lines] == [
        ("Kursi Spānijā", "ES", 3, 2, 3, 2),
        ("Darba vērošana Portugālē", "PT", 8, 7, 8, 7),
        ("Kursi Somijā", "FI", 0, 1, None, 1)]
    assert (r.project.mobilities_count, r.mobilities_done_count, r.project.participants_planned,
            r.participants_count) == (11, 10, 11, 10)
    assert r.data_warnings() == [(("mobilities", 2, "title"),
                                  "'Kursi Somijā' is not a mobility of the project; it is "
                                  "shown as planned 0 times (write the title as the project "
                                  "file has it)")]


def test_planned_against_done_per_kind_of_activity_not_phases_against_items() -> None:
    r = report(activities_done=[
        {"title": "Seminārs pedagogiem", "type": "seminārs", "start": date(2020, 1, 20)},
        {"title": "Publikācija tīmekļvietnē", "type": "publicitāte"},
        {"title": "Publikācija avīzē", "type": "publicitāte"},
        {"title": "Izstāde"}])
    assert [(a.label, a.planned, a.done) for a in r.activity_lines] == [
        ("seminārs", 2, 1), ("publicitāte", 1, 2), ("Izstāde", 0, 1)]


def test_totals_given_that_disagree_with_the_lines_are_warnings() -> None:
    r = report(mobilities=[{"title": "Kursi Spānijā", "count": 3, "participants": 3}],
               mobilities_done=4, participants=5)
    assert r.data_warnings() == [
        (("mobilities_done",), "is 4, but the mobilities listed add up to 3; documents print 4"),
        (("participants",), "is 5, but the mobilities listed add up to 3; documents print 5")]
    assert (r.mobilities_done_count, r.participants_count) == (4, 5)


def test_a_spent_category_must_be_in_the_budget_and_the_message_lists_its_categories() -> None:
    with pytest.raises(ValidationError) as err:
        report(spent={"course_fees": "100.00"})
    assert ("spent.course_fees: is not a category of the project's budget (travel, "
            "individual_support)") in str(err.value)


def test_mobilities_done_must_fall_inside_the_project_period() -> None:
    with pytest.raises(ValidationError) as err:
        report(mobilities=[{"title": "Kursi Spānijā", "start": date(2021, 3, 1)}])
    assert "mobilities.1.start: 2021-03-01 is outside the project period" in str(err.value)
