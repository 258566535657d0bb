"""Each rule of the models: a passing and a failing case, with the exact message."""

import warnings
from datetime import date
from decimal import Decimal

import pytest
from pydantic import ValidationError

from reportkit.models import Budget, DataWarning, Person, ProjectCode
from reportkit.models.types import parse_money


@pytest.mark.parametrize(("text", "want"), [
    ("22 783,00", Decimal("22783.00")), ("22783.00", Decimal("22783.00")),
    (22783, Decimal("22783.00")), (Decimal("4557"), Decimal("4557.00")),
    ("4\u00a0557,5 EUR", Decimal("4557.50")),
])
def test_money_accepts_text_whole_numbers_and_decimals(text: object, want: Decimal) -> None:
    assert parse_money(text) == want


@pytest.mark.parametrize(("value", "message"), [
    (22783.0, "amount 22783.0 is a float, which cannot hold cents exactly: pass a Decimal or "
              "a str such as '22783.00'"),
    ("-5", "amount must not be negative (got -5)"),
    ("1.005", "amount 1.005 has more than two decimals: round it to cents first"),
    ("22,783.00", "amount '22,783.00' mixes ',' and '.': write 22783.00 or 22 783,00"),
    ("1e3", "amount '1e3' is not a number: write it like 22783.00 or 22 783,00"),
    (True, "amount must be a Decimal, int or str, got bool"),
])
def test_money_refuses(value: object, message: str) -> None:
    with pytest.raises(ValueError) as err:
        parse_money(value)
    assert str(err.value) == message


def test_project_code_parts_old_and_new() -> None:
    old = ProjectCode.parse("2020-1-LT01-KA229-077835_5")
    assert (old.year, old.agency, old.key_action, old.number, old.partner) == (
        2020, "LT01", "KA229", "077835", 5)
    assert old.key_action_meaning == "School exchange partnerships"
    new = ProjectCode.parse("2022-1-LV01-KA220-SCH-000087211")
    assert (new.sector, new.number, new.key_action_meaning) == (
        "SCH", "000087211", "Cooperation partnerships")


def test_letter_o_in_agency_is_corrected_with_a_warning() -> None:
    with pytest.warns(DataWarning, match="agency code 'LVO1' has the letter O for zero"):
        code = ProjectCode.parse("2019-1-LVO1-KA104-060191")
    assert str(code) == "2019-1-LV01-KA104-060191" and code.agency == "LV01"


def test_stray_space_is_removed_with_a_warning() -> None:
    with pytest.warns(DataWarning, match="spaces or case corrected"):
        code = ProjectCode.parse("2022-1-SI01-KA220- SCH-000086423")
    assert str(code) == "2022-1-SI01-KA220-SCH-000086423"


def test_clean_code_gives_no_warning() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        ProjectCode.parse("2019-1-LV01-KA104-060191")


@pytest.mark.parametrize(("text", "message"), [
    ("KA122-SCH-F4DF0FF3", "'KA122-SCH-F4DF0FF3' is an application form id, not a project "
     "number; the project number is on the grant agreement and looks like "
     "2022-1-LV01-KA220-SCH-000087211"),
    ("2019-1-LV01-KA104-06019", "'2019-1-LV01-KA104-06019': a 2014–2020 number ends in six "
     "digits, e.g. 2019-1-LV01-KA104-060191"),
    ("2022-1-LV01-KA220-000087211", "'2022-1-LV01-KA220-000087211': a 2021–2027 number has a "
     "sector and nine digits, e.g. 2022-1-LV01-KA220-SCH-000087211"),
    ("2022-1-LV01-KA220-XYZ-000087211", "'2022-1-LV01-KA220-XYZ-000087211': unknown sector "
     "'XYZ'; one of SCH, VET, ADU, HED, YOU"),
])
def test_bad_project_codes(text: str, message: str) -> None:
    with pytest.raises(ValueError) as err:
        ProjectCode.parse(text)
    assert str(err.value) == message


def test_free_form_code_for_other_programmes() -> None:
    code = ProjectCode.parse("LV-2013/NFI-7")
    assert str(code) == "LV-2013/NFI-7" and not code.is_erasmus


def test_prefinancing_percent_and_amount_must_agree() -> None:
    ok = Budget(total="22783.00", prefinancing_percent=20, prefinancing_amount="4557.00",
                prefinancing_rounding="euro")
    assert ok.prefinancing == Decimal("4557.00")
    with pytest.raises(ValidationError) as err:
        Budget(total="22783.00", prefinancing_percent=20, prefinancing_amount="4557.00")
    assert ("prefinancing_amount: 20 % of 22783.00 is 4556.60 (rounded to the cent), "
            "not 4557.00") in str(err.value)


def test_categories_must_add_up_to_total() -> None:
    assert Budget(total=300, categories={"travel": 100, "course_fees": 200}).categories
    with pytest.raises(ValidationError) as err:
        Budget(total=300, categories={"travel": 100})
    assert "categories: add up to 100.00, not the total 300.00" in str(err.value)


def test_phone_eight_digits_or_plus_371() -> None:
    assert Person(name="Anna", phone="+371 654 04391").phone == "+371 65404391"
    with pytest.raises(ValidationError) as err:
        Person(name="Anna", phone="12345")
    assert "must be 8 digits, or +371 and 8 digits (got '12345')" in str(err.value)


def test_period_end_before_start() -> None:
    from reportkit.models import Period

    with pytest.raises(ValidationError) as err:
        Period(start=date(2021, 1, 31), end=date(2019, 6, 1))
    assert "ends (2019-06-01) before it starts (2021-01-31)" in str(err.value)


@pytest.mark.parametrize("code", ["EU", "UN", "ZZ"])
def test_a_country_is_one_lv_country_can_name(code: str) -> None:
    from reportkit import lv
    from reportkit.models import Partner

    novara = Partner(name="Comune di Novara", country="it")
    assert lv.country(novara.country, case="loc") == "Itālijā"
    with pytest.raises(ValidationError, match=f"two-letter ISO country code.*got '{code}'"):
        Partner(name="X", country=code)
