"""Money in words and figures: docs/lv/REFERENCE.md section 3 and the seed 003 amounts."""

from collections.abc import Callable
from decimal import Decimal

import pytest
from babel import Locale
from hypothesis import given
from hypothesis import strategies as st

from reportkit import lv
from reportkit.lv import amount_in_words, format_money

SEED_003 = [  # the amounts of seed 003, word for word
    ("22783.00", "divdesmit divi tūkstoši septiņi simti astoņdesmit trīs eiro 00 centi"),
    ("4557.00", "četri tūkstoši pieci simti piecdesmit septiņi eiro 00 centi"),
]


@pytest.mark.parametrize("amount, words", SEED_003)
def test_seed_amounts(amount: str, words: str) -> None:
    assert amount_in_words(amount) == words
    assert amount_in_words(Decimal(amount)) == words
    assert amount_in_words(int(Decimal(amount))) == words


@pytest.mark.parametrize("amount", ["22783.00", "22783", "22 783,00", "22\u00a0783,00",
                                    " 22783,0 ", 22783, Decimal("22783"), Decimal("22783.000")])
def test_every_spelling_of_one_amount_gives_the_same_words(amount: object) -> None:
    assert amount_in_words(amount) == SEED_003[0][1]  # type: ignore[arg-type]


@pytest.mark.parametrize("amount, words", [
    ("15040.00", "piecpadsmit tūkstoši četrdesmit eiro 00 centi"),
    ("0.01", "nulle eiro 01 cents"),
    ("3.21", "trīs eiro 21 cents"),
    ("3.11", "trīs eiro 11 centi"),
    ("3.40", "trīs eiro 40 centi"),
    ("1", "viens eiro 00 centi"),  # eiro is masculine
    ("0", "nulle eiro 00 centi"),
    ("1505", "viens tūkstotis pieci simti pieci eiro 00 centi"),
    ("501", "pieci simti viens eiro 00 centi"),
])
def test_cents_in_digits_agree_with_the_digits(amount: str, words: str) -> None:
    assert amount_in_words(amount) == words


@pytest.mark.parametrize("amount, words", [
    ("25.33", "divdesmit pieci eiro un trīsdesmit trīs centi"),  # [VVC]
    ("25", "divdesmit pieci eiro un nulle centu"),
    ("0.21", "nulle eiro un divdesmit viens cents"),
    ("0.11", "nulle eiro un vienpadsmit centi"),
])
def test_cents_in_words(amount: str, words: str) -> None:
    assert amount_in_words(amount, cents="words") == words


def test_euro_for_legal_texts() -> None:
    assert amount_in_words("1505", currency_word="euro") == \
        "viens tūkstotis pieci simti pieci euro 00 centi"


@pytest.mark.parametrize("amount, cents, words", [
    ("1", "digits", "viens lats 00 santīmi"),
    ("21.01", "digits", "divdesmit viens lats 01 santīms"),
    ("2.11", "words", "divi lati un vienpadsmit santīmi"),
    ("11", "words", "vienpadsmit lati un nulle santīmu"),
    ("0.31", "words", "nulle latu un trīsdesmit viens santīms"),
    ("100", "digits", "viens simts latu 00 santīmi"),  # genitive after simts [AiLab] §5
    ("2000", "digits", "divi tūkstoši latu 00 santīmi"),
])
def test_lats_and_santims_agree(amount: str, cents: str, words: str) -> None:
    assert amount_in_words(amount, currency="LVL", cents=cents) == words  # type: ignore[arg-type]


@given(st.decimals(min_value=0, max_value=10**12, places=2, allow_nan=False))
def test_decimal_int_and_str_give_the_same_words(amount: Decimal) -> None:
    words = amount_in_words(amount)
    assert amount_in_words(str(amount)) == words
    assert amount_in_words(str(amount).replace(".", ",")) == words
    if amount == amount.to_integral_value():
        assert amount_in_words(int(amount)) == words


@given(st.integers(0, 10**12), st.integers(0, 99))
def test_whole_part_reads_back_and_cents_are_two_digits(whole: int, cents: int) -> None:
    words = amount_in_words(f"{whole}.{cents:02d}").split(" eiro ")
    assert lv.parse_number(words[0]) == whole
    # The cents noun follows the CLDR lv rule as Babel ships it: 'one' → cents (REFERENCE §3, §4).
    noun = "cents" if Locale("lv").plural_form(cents) == "one" else "centi"
    assert words[1] == f"{cents:02d} {noun}"


# The amounts a reviewer checks first, both cent styles.
@pytest.mark.parametrize("amount, digits, words", [
    ("1.01", "viens eiro 01 cents", "viens eiro un viens cents"),
    ("21.21", "divdesmit viens eiro 21 cents", "divdesmit viens eiro un divdesmit viens cents"),
    ("100", "viens simts eiro 00 centi", "viens simts eiro un nulle centu"),
    ("1000", "viens tūkstotis eiro 00 centi", "viens tūkstotis eiro un nulle centu"),
    ("1000000", "viens miljons eiro 00 centi", "viens miljons eiro un nulle centu"),
    ("0", "nulle eiro 00 centi", "nulle eiro un nulle centu"),
])
def test_round_and_one_ending_amounts(amount: str, digits: str, words: str) -> None:
    assert amount_in_words(amount) == digits
    assert amount_in_words(amount, cents="words") == words


def test_float_is_refused_with_advice() -> None:
    with pytest.raises(TypeError, match=r"amount 2\.675 is a float.*pass a Decimal or a str"):
        amount_in_words(2.675)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="pass a Decimal or a str"):
        format_money(22783.0)  # type: ignore[arg-type]


@pytest.mark.parametrize("amount, message", [
    ("-5", r"amount must not be negative \(got -5\)"),
    (Decimal("-0.01"), r"amount must not be negative \(got -0.01\)"),
    ("1.005", "amount 1.005 has more than two decimals"),
    ("abc", "amount 'abc' is not a number"),
    ("22,783.00", "amount '22,783.00' mixes ',' and '.'"),
    (Decimal("NaN"), "amount Decimal\\('NaN'\\) is not a number"),
])
def test_bad_amounts_name_the_value(amount: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        amount_in_words(amount)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=message):
        format_money(amount)  # type: ignore[arg-type]


def test_bad_options_are_named() -> None:
    with pytest.raises(ValueError, match="unknown currency 'USD': use one of EUR, LVL"):
        amount_in_words("1", currency="USD")
    with pytest.raises(ValueError, match="unknown currency 'USD'"):
        format_money("1", currency="USD")
    with pytest.raises(ValueError, match="currency_word 'eur' does not name EUR: use one of "
                                         "eiro, euro"):
        amount_in_words("1", currency_word="eur")
    with pytest.raises(ValueError, match="unknown cents style 'none'"):
        amount_in_words("1", cents="none")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="amount must be a Decimal, int or str, got bool"):
        amount_in_words(True)


@pytest.mark.parametrize("amount, currency, figures", [
    ("22783.00", "EUR", "22\u00a0783,00 EUR"),
    (4557, "EUR", "4\u00a0557,00 EUR"),
    ("15 040,5", "EUR", "15\u00a0040,50 EUR"),
    (Decimal("0.5"), "LVL", "0,50 LVL"),
    ("1234567.89", "EUR", "1\u00a0234\u00a0567,89 EUR"),
])
def test_format_money(amount: object, currency: str, figures: str) -> None:
    assert format_money(amount, currency) == figures  # type: ignore[arg-type]


def test_money_functions_are_template_filters() -> None:
    assert {"amount_in_words", "format_money"} <= set(lv.__all__)


@pytest.mark.hunspell
def test_money_words_are_known_to_hunspell(hunspell: Callable[[list[str]], set[str]]) -> None:
    texts = [amount_in_words(a, cents=c, currency=cur)
             for a in ("0", "1", "0.01", "0.11", "21.21", "100", "2000.50", "1000000")
             for c in ("digits", "words") for cur in ("EUR", "LVL")]
    words = sorted({w for text in texts for w in text.split() if not w.isdigit()})
    assert hunspell(words) == set()  # currency_word="euro" is left out: a foreign word


@pytest.mark.parametrize("text", ["22 783,00 EUR", "22783.00 €", "22\u00a0783,00eur"])
def test_amount_may_end_in_its_currency_code(text: str) -> None:
    assert amount_in_words(text) == amount_in_words("22783.00")


def test_exponent_notation_is_not_an_amount() -> None:
    with pytest.raises(ValueError, match=r"amount '1e3' is not a number: write it like 22783\.00"):
        amount_in_words("1e3")
