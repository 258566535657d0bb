"""Latvian dates as the seed documents and docs/lv/REFERENCE.md section 6 write them."""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date, datetime, timedelta
from itertools import pairwise

import pytest
from babel.dates import format_date as babel_format_date
from hypothesis import given
from hypothesis import strategies as st
from jinja2 import Environment

from reportkit.lv import dates
from reportkit.lv.data.months import MONTHS
from reportkit.lv.dates import (
    format_date,
    format_date_range,
    format_duration,
    format_month_year,
    months_between,
)
from reportkit.lv.grammar import Case

# docs/lv/REFERENCE.md section 6, copied as it stands there.
REFERENCE_TABLE = """
| janvāris | janvāra | janvārim | janvāri | janvārī |
| februāris | februāra | februārim | februāri | februārī |
| marts | marta | martam | martu | martā |
| aprīlis | aprīļa | aprīlim | aprīli | aprīlī |
| maijs | maija | maijam | maiju | maijā |
| jūnijs | jūnija | jūnijam | jūniju | jūnijā |
| jūlijs | jūlija | jūlijam | jūliju | jūlijā |
| augusts | augusta | augustam | augustu | augustā |
| septembris | septembra | septembrim | septembri | septembrī |
| oktobris | oktobra | oktobrim | oktobri | oktobrī |
| novembris | novembra | novembrim | novembri | novembrī |
| decembris | decembra | decembrim | decembri | decembrī |
"""
REFERENCE = [
    [cell.strip() for cell in line.strip("|").split("|")]
    for line in REFERENCE_TABLE.strip().splitlines()
]
# The column order of the REFERENCE table.
CASES: list[Case] = ["nom", "gen", "dat", "acc", "loc"]

dates_1900_2100 = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))
NBSP = "\u00a0"


def nb(text: str) -> str:
    """``text`` as lv writes it: a no-break space for every space inside a date (REFERENCE §11,
    valoda.lv/2009-gads-4), so all but those after ``no`` and around ``līdz``."""
    words = text.split(" ")
    out = words[0]
    for left, right in pairwise(words):
        out += (" " if left in ("no", "No", "līdz") or right == "līdz" else NBSP) + right
    return out


def test_every_space_inside_a_date_is_a_no_break_space() -> None:
    assert format_date(date(2021, 1, 31), case="dat") == "2021.\u00a0gada\u00a031.\u00a0janvārim"
    assert format_date_range(date(2019, 6, 1), date(2021, 1, 31)) == (
        "no 2019.\u00a0gada\u00a01.\u00a0jūnija līdz 2021.\u00a0gada\u00a031.\u00a0janvārim")
    assert format_date(date(2023, 9, 11), case="loc", relative_to=date(2023, 10, 2)) == (
        "šī\u00a0gada\u00a011.\u00a0septembrī")
    assert format_month_year(date(2014, 2, 1), case="loc") == "2014.\u00a0gada\u00a0februārī"
    assert format_duration(date(2019, 6, 1), date(2021, 1, 31)) == "20\u00a0mēneši"


@pytest.mark.parametrize("month", range(1, 13))
@pytest.mark.parametrize("case", CASES)
def test_every_month_in_every_case_matches_the_reference(month: int, case: Case) -> None:
    expected = REFERENCE[month - 1][CASES.index(case)]
    assert format_date(date(2021, month, 17), case=case) == nb(f"2021. gada 17. {expected}")
    assert format_month_year(date(2021, month, 17), case=case) == nb(f"2021. gada {expected}")


def test_case_forms_follow_the_declension_of_the_nominative() -> None:
    # REFERENCE section 5: 1st declension -s: -a -am -u -ā; 2nd declension -is: -a -im -i -ī,
    # with l → ļ in the genitive (aprīlis → aprīļa); r does not alternate.
    for nom, gen, dat, acc, loc in MONTHS:
        if nom.endswith("is"):
            stem = nom[:-2]
            gen_stem = stem[:-1] + "ļ" if stem.endswith("l") else stem
            assert (gen, dat, acc, loc) == (gen_stem + "a", stem + "im", stem + "i", stem + "ī")
        else:
            stem = nom[:-1]
            assert (gen, dat, acc, loc) == (stem + "a", stem + "am", stem + "u", stem + "ā")


@given(dates_1900_2100)
def test_nominative_long_form_is_babels_cldr_long_date(d: date) -> None:
    assert format_date(d).replace(NBSP, " ") == babel_format_date(d, format="long", locale="lv")


@given(dates_1900_2100)
def test_numeric_form_reads_back_as_the_same_date(d: date) -> None:
    text = format_date(d, style="numeric")
    assert len(text) == 11 and text.endswith(".")
    assert datetime.strptime(text, "%d.%m.%Y.").date() == d


def test_numeric_form_has_two_digit_day_and_month_and_a_final_dot() -> None:
    assert format_date(date(2019, 6, 1), style="numeric") == "01.06.2019."
    assert format_date(date(2015, 11, 9), style="numeric") == "09.11.2015."
    assert format_date(date(2020, 2, 29), style="numeric", case="loc") == "29.02.2020."


def test_leap_day() -> None:
    leap = date(2020, 2, 29)
    assert format_date(leap, case="loc") == nb("2020. gada 29. februārī")
    this_year = date(2020, 12, 1)
    assert format_date(leap, case="gen", relative_to=this_year) == nb("šī gada 29. februāra")
    assert months_between(leap, date(2021, 2, 27)) == 11
    assert months_between(leap, date(2021, 2, 28)) == 12
    assert format_duration(date(2020, 2, 1), date(2020, 2, 29)) == nb("1 mēnesis")
    assert format_duration(date(2020, 2, 1), date(2020, 2, 28)) == nb("28 dienas")
    assert format_duration(date(2021, 2, 1), date(2021, 2, 28)) == nb("1 mēnesis")


def test_relative_to_writes_this_year_only_within_the_same_year() -> None:
    signed = date(2012, 8, 22)
    this_year, other_year = nb("šī gada 22. augustā"), nb("2012. gada 22. augustā")
    assert format_date(signed, case="loc", relative_to=date(2012, 9, 3)) == this_year
    assert format_date(signed, case="loc", relative_to=date(2012, 1, 1)) == this_year
    assert format_date(signed, case="loc", relative_to=date(2013, 1, 2)) == other_year
    assert format_date(date(2012, 12, 31), relative_to=date(2013, 1, 1)) == (
        nb("2012. gada 31. decembris"))


def test_seed_strings() -> None:
    assert (
        format_date_range(date(2019, 6, 1), date(2021, 1, 31))
        == nb("no 2019. gada 1. jūnija līdz 2021. gada 31. janvārim")
    )
    assert format_duration(date(2019, 6, 1), date(2021, 1, 31)) == nb("20 mēneši")
    assert format_date(date(2012, 8, 22), case="loc", relative_to=date(2012, 8, 30)) == (
        nb("šī gada 22. augustā")
    )
    assert (
        format_date_range(date(2015, 11, 5), date(2015, 11, 6), style="compact")
        == nb("2015. gada 5.–6. novembrī")
    )
    assert format_month_year(date(2014, 2, 1), case="loc") == nb("2014. gada februārī")
    assert "no " + format_month_year(date(2013, 12, 1), case="gen") == nb("no 2013. gada decembra")
    assert format_date(date(2015, 11, 9), style="numeric") == "09.11.2015."


def test_sentence_start_is_jinjas_capitalize() -> None:
    env = Environment(autoescape=True)
    env.filters["format_date"] = format_date
    env.filters["format_date_range"] = format_date_range
    template = env.from_string(
        "{{ start|format_date_range(end)|capitalize }}\n"
        "{{ seminar|format_date(case='loc', relative_to=today)|capitalize }}"
    )
    text = template.render(
        start=date(2012, 8, 1),
        end=date(2014, 7, 31),
        seminar=date(2023, 9, 11),
        today=date(2023, 10, 2),
    )
    assert text == nb("No 2012. gada 1. augusta līdz 2014. gada 31. jūlijam\nŠī gada 11. septembrī")


@given(dates_1900_2100, dates_1900_2100)
def test_output_is_lower_case_so_capitalize_changes_only_the_first_letter(a: date, b: date) -> None:
    start, end = min(a, b), max(a, b)
    for text in (format_date_range(start, end), format_date(start, case="loc", relative_to=end)):
        assert text == text.lower()


@pytest.mark.parametrize(
    "case, expected",
    [
        ("nom", nb("2016. gada 14.–16. aprīlis")),
        ("gen", nb("2016. gada 14.–16. aprīļa")),
        ("dat", nb("2016. gada 14.–16. aprīlim")),
        ("acc", nb("2016. gada 14.–16. aprīli")),
        ("loc", nb("2016. gada 14.–16. aprīlī")),
    ],
)
def test_compact_range_in_one_month_takes_the_case(case: Case, expected: str) -> None:
    text = format_date_range(date(2016, 4, 14), date(2016, 4, 16), style="compact", case=case)
    assert text == expected
    assert "14.\u201316." in text  # an en dash, no spaces around it


def test_compact_range_across_months_or_years_falls_back_to_no_lidz() -> None:
    assert format_date_range(date(2016, 6, 30), date(2016, 7, 2), style="compact") == (
        nb("no 2016. gada 30. jūnija līdz 2016. gada 2. jūlijam")
    )
    assert format_date_range(date(2019, 12, 30), date(2020, 1, 2), style="compact") == (
        nb("no 2019. gada 30. decembra līdz 2020. gada 2. janvārim")
    )
    # The same day number in the same month of another year is not one month.
    assert format_date_range(date(2019, 5, 5), date(2020, 5, 6), style="compact") == (
        nb("no 2019. gada 5. maija līdz 2020. gada 6. maijam")
    )


def test_from_to_is_the_same_in_every_case_because_the_prepositions_fix_it() -> None:
    start, end = date(2016, 3, 3), date(2017, 2, 28)
    expected = nb("no 2016. gada 3. marta līdz 2017. gada 28. februārim")
    assert {format_date_range(start, end, case=case) for case in CASES} == {expected}


def test_a_one_day_range_is_a_single_date_in_the_case() -> None:
    day = date(2013, 10, 9)
    assert format_date_range(day, day) == nb("2013. gada 9. oktobrī")
    assert format_date_range(day, day, style="compact", case="nom") == nb("2013. gada 9. oktobris")


@pytest.mark.parametrize(
    "start, end, months",
    [
        (date(2019, 6, 1), date(2021, 1, 31), 20),
        (date(2016, 3, 1), date(2017, 2, 28), 12),
        (date(2012, 8, 1), date(2014, 7, 31), 24),
        (date(2013, 12, 1), date(2016, 6, 30), 31),
        (date(2019, 12, 1), date(2020, 11, 30), 12),
        (date(2019, 6, 1), date(2019, 6, 30), 1),
        (date(2019, 6, 1), date(2019, 6, 29), 0),
        (date(2019, 6, 1), date(2021, 1, 30), 19),  # the part month is not counted
        (date(2019, 6, 15), date(2019, 7, 14), 1),
        (date(2019, 6, 15), date(2019, 7, 13), 0),
        (date(2019, 1, 31), date(2019, 2, 28), 1),  # no 31 February: the month ends on the 28th
        (date(2019, 1, 31), date(2019, 2, 27), 0),
        (date(2019, 1, 31), date(2019, 3, 30), 2),
        (date(2019, 3, 31), date(2019, 4, 30), 1),
        (date(2019, 3, 31), date(2019, 4, 29), 0),
        (date(2019, 6, 1), date(2019, 6, 1), 0),
    ],
)
def test_months_between(start: date, end: date, months: int) -> None:
    assert months_between(start, end) == months


def _brute_months(start: date, end: date) -> int:
    """Step month by month: the k-th month ends the day before the same day number k months on,
    or on the last day of that month when the day number does not exist there."""
    k = 0
    while True:
        year, month0 = divmod(start.month - 1 + k + 1, 12)
        year, month = start.year + year, month0 + 1
        try:
            last = date(year, month, start.day) - timedelta(days=1)
        except ValueError:
            last = date(year, month, calendar.monthrange(year, month)[1])
        if last > end:
            return k
        k += 1


@given(dates_1900_2100, dates_1900_2100)
def test_months_between_matches_a_brute_force_count(a: date, b: date) -> None:
    start, end = min(a, b), max(a, b)
    assert months_between(start, end) == _brute_months(start, end)


@given(dates_1900_2100, dates_1900_2100)
def test_a_project_from_a_first_to_a_last_day_counts_the_calendar_months_it_touches(
    a: date, b: date
) -> None:
    first, last_month = min(a, b).replace(day=1), max(a, b)
    last = last_month.replace(day=calendar.monthrange(last_month.year, last_month.month)[1])
    touched = {
        (d.year, d.month)
        for d in (first + timedelta(days=i) for i in range((last - first).days + 1))
    }
    assert months_between(first, last) == len(touched)


@pytest.mark.parametrize(
    "start, end, text",
    [
        (date(2019, 6, 1), date(2021, 1, 31), nb("20 mēneši")),
        (date(2019, 6, 1), date(2021, 12, 31), nb("31 mēnesis")),
        (date(2019, 6, 1), date(2021, 2, 28), nb("21 mēnesis")),
        (date(2019, 6, 1), date(2020, 4, 30), nb("11 mēneši")),
        (date(2019, 6, 1), date(2019, 6, 30), nb("1 mēnesis")),
        (date(2019, 6, 1), date(2019, 7, 20), nb("1 mēnesis")),  # whole months only
        (date(2015, 11, 5), date(2015, 11, 9), nb("5 dienas")),
        (date(2015, 11, 5), date(2015, 11, 5), nb("1 diena")),
        (date(2015, 11, 1), date(2015, 11, 21), nb("21 diena")),
        (date(2015, 11, 1), date(2015, 11, 11), nb("11 dienas")),
        (date(2015, 12, 31), date(2016, 1, 29), nb("30 dienas")),
    ],
)
def test_format_duration(start: date, end: date, text: str) -> None:
    assert format_duration(start, end) == text


@pytest.mark.parametrize(
    "call",
    [
        lambda a, b: format_date_range(a, b),
        lambda a, b: format_date_range(a, b, style="compact"),
        months_between,
        format_duration,
    ],
)
def test_start_after_end_names_both_dates(call) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError) as error:
        call(date(2021, 1, 31), date(2019, 6, 1))
    assert str(error.value) == (
        "the period starts after it ends: start 2021-01-31, end 2019-06-01; swap them"
    )


def test_a_string_is_refused_with_the_way_to_parse_it() -> None:
    with pytest.raises(TypeError) as error:
        format_date("2019-06-01")  # type: ignore[arg-type]
    assert str(error.value) == (
        "date must be a datetime.date, got str '2019-06-01' (parse text with date.fromisoformat)"
    )
    with pytest.raises(TypeError, match=r"^end must be a datetime.date, got NoneType None$"):
        months_between(date(2019, 6, 1), None)  # type: ignore[arg-type]


def test_a_datetime_is_refused_with_the_way_to_drop_its_time() -> None:
    with pytest.raises(TypeError) as error:
        format_month_year(datetime(2019, 6, 1, 10, 30))
    assert str(error.value) == (
        "date must be a datetime.date, got the datetime 2019-06-01 10:30:00:"
        " pass .date() to drop the time"
    )
    with pytest.raises(TypeError, match=r"^relative_to must be"):
        format_date(date(2019, 6, 1), relative_to=datetime(2019, 7, 1))


def test_unknown_case_and_style_are_refused_with_the_choices() -> None:
    d = date(2019, 6, 1)
    with pytest.raises(
        ValueError, match=r"^unknown case 'lok': use one of nom, gen, dat, acc, loc$"
    ):
        format_date(d, case="lok")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"^unknown case 'ins'"):
        format_date_range(d, d + timedelta(days=3), case="ins")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"^unknown date style 'short': use one of long, numeric$"):
        format_date(d, style="short")  # type: ignore[arg-type]
    with pytest.raises(
        ValueError, match=r"^unknown range style 'dash': use one of from_to, compact$"
    ):
        format_date_range(d, d, style="dash")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"^relative_to works only with style='long'"):
        format_date(d, style="numeric", relative_to=d)


def test_public_names() -> None:
    assert sorted(dates.__all__) == [
        "format_date",
        "format_date_range",
        "format_duration",
        "format_month_year",
        "months_between",
    ]


@pytest.mark.hunspell
def test_every_month_form_and_duration_noun_is_a_latvian_word(
    hunspell: Callable[[list[str]], set[str]],
) -> None:
    # The words of what the functions write, not a list typed here.
    texts = [
        format_date(date(2021, month, 17), case=case, relative_to=date(2021, 1, 1))
        for month in range(1, 13)
        for case in CASES
    ]
    texts += [format_date_range(date(2019, 6, 1), date(2021, 1, 31))]
    texts += [format_month_year(date(2014, month, 1), case="loc") for month in range(1, 13)]
    texts += [
        format_duration(date(2019, 6, 1), date(2019, 6, 1) + timedelta(days=days))
        for days in (0, 4, 20, 40, 400, 640)
    ]
    words = sorted({w for text in texts for w in text.split() if w.isalpha()})
    words += [form for row in MONTHS for form in row]
    assert {"šī", "gada", "no", "līdz", "mēnesis", "mēneši", "diena", "dienas"} <= set(words)
    assert hunspell(words) == set()
