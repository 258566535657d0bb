"""Latvian cardinals, ordinals and parse_number: docs/lv/REFERENCE.md sections 1, 2 and 4."""

import runpy
from collections.abc import Callable
from pathlib import Path

import pytest
from babel import Locale
from hypothesis import given
from hypothesis import strategies as st

from reportkit import lv
from reportkit.lv import cardinal, ordinal, parse_number
from reportkit.lv.grammar import CASES

DOCS = Path(__file__).parents[2] / "docs"

def _words(text: str) -> list[str]:
    return text.split()


UNITS = [("viens", "viena"), ("divi", "divas"), ("trīs", "trīs"), ("četri", "četras"),
         ("pieci", "piecas"), ("seši", "sešas"), ("septiņi", "septiņas"),
         ("astoņi", "astoņas"), ("deviņi", "deviņas")]


@pytest.mark.parametrize("n, masculine, feminine", [(i + 1, m, f) for i, (m, f) in
                                                    enumerate(UNITS)])
def test_units_in_both_genders(n: int, masculine: str, feminine: str) -> None:
    assert cardinal(n) == masculine
    assert cardinal(n, gender="f") == feminine


def test_ten_to_nineteen_and_tens_never_change() -> None:
    teens = _words("desmit vienpadsmit divpadsmit trīspadsmit četrpadsmit piecpadsmit "
                   "sešpadsmit septiņpadsmit astoņpadsmit deviņpadsmit")
    tens = _words("divdesmit trīsdesmit četrdesmit piecdesmit sešdesmit septiņdesmit "
                  "astoņdesmit deviņdesmit")
    for case in CASES:
        for gender in ("m", "f"):
            assert [cardinal(n, gender=gender, case=case) for n in range(10, 20)] == teens
            assert [cardinal(n, gender=gender, case=case) for n in range(20, 100, 10)] == tens


@pytest.mark.parametrize("n, gender, words", [
    (0, "m", "nulle"),
    (25, "m", "divdesmit pieci"),
    (21, "f", "divdesmit viena"),  # divdesmit viena mobilitāte
    (32, "f", "trīsdesmit divas"),  # trīsdesmit divas skolas
    (200, "f", "divi simti"),  # divi simti mobilitāšu, never divas simtas
    (1505, "m", "viens tūkstotis pieci simti pieci"),
    (501, "m", "pieci simti viens"),
    (101, "m", "viens simts viens"),  # never simtu viens
    (1_000_000, "m", "viens miljons"),
    (2_000_000_000, "m", "divi miljardi"),
    (10**12, "m", "viens triljons"),
    (10**15, "m", "viens kvadriljons"),
    (21_000, "m", "divdesmit viens tūkstotis"),  # singular after 21 [CLDR]
    (11_000, "m", "vienpadsmit tūkstoši"),
    (100_000, "m", "viens simts tūkstoši"),
    (22_783, "m", "divdesmit divi tūkstoši septiņi simti astoņdesmit trīs"),
    (4557, "m", "četri tūkstoši pieci simti piecdesmit septiņi"),
    (-7, "f", "mīnus septiņas"),
])
def test_reference_examples(n: int, gender: str, words: str) -> None:
    assert cardinal(n, gender=gender) == words  # type: ignore[arg-type]


@pytest.mark.parametrize("n, words", [(100, "simts"), (101, "simts viens"),
                                      (1000, "tūkstotis"), (1100, "tūkstotis simts"),
                                      (1_000_000, "miljons"), (200, "divi simti")])
def test_leading_one_can_be_dropped(n: int, words: str) -> None:
    assert cardinal(n, leading_one=False) == words


# REFERENCE §1 case table, nom gen dat acc loc (comma-separated where a form has two words).
@pytest.mark.parametrize("n, kwargs, forms", [
    (1, {}, "viens viena vienam vienu vienā"),
    (1, {"gender": "f"}, "viena vienas vienai vienu vienā"),
    (2, {}, "divi divu diviem divus divos"),
    (2, {"gender": "f"}, "divas divu divām divas divās"),
    (3, {}, "trīs triju trim trīs trijos"),
    (3, {"gender": "f"}, "trīs triju trim trīs trijās"),  # [AiLab] §1
    (4, {}, "četri četru četriem četrus četros"),
    (4, {"gender": "f"}, "četras četru četrām četras četrās"),
    (100, {"leading_one": False}, "simts simta simtam simtu simtā"),
    (300, {}, "trīs simti, triju simtu, trim simtiem, trīs simtus, trijos simtos"),
    (1000, {"leading_one": False}, "tūkstotis tūkstoša tūkstotim tūkstoti tūkstotī"),
    (2000, {}, "divi tūkstoši, divu tūkstošu, diviem tūkstošiem, divus tūkstošus, "
               "divos tūkstošos"),
    (0, {}, "nulle nulles nullei nulli nullē"),
])
def test_case_table(n: int, kwargs: dict[str, object], forms: str) -> None:
    got = [cardinal(n, case=case, **kwargs) for case in CASES]  # type: ignore[arg-type]
    assert got == (forms.split(", ") if "," in forms else forms.split())


def test_every_part_of_a_compound_declines_on_its_own() -> None:
    assert cardinal(232, gender="f", case="dat") == "diviem simtiem trīsdesmit divām"
    assert cardinal(1_021_001, case="gen") == "viena miljona divdesmit viena tūkstoša viena"
    assert cardinal(21, gender="f", case="loc") == "divdesmit vienā"


# The noun after a number ending in viens (not vienpadsmit) is singular in every case [CLDR];
# each part declines on its own [Letonika].
@pytest.mark.parametrize("n, gender, case, words", [
    (21_000, "m", "gen", "divdesmit viena tūkstoša"),
    (21_000, "m", "dat", "divdesmit vienam tūkstotim"),
    (21_000, "f", "loc", "divdesmit vienā tūkstotī"),
    (11_000, "m", "dat", "vienpadsmit tūkstošiem"),
    (101, "f", "gen", "viena simta vienas"),
    (1001, "m", "dat", "vienam tūkstotim vienam"),
    (1_000_001, "f", "loc", "vienā miljonā vienā"),
    (2000, "f", "loc", "divos tūkstošos"),  # tūkstotis stays masculine
    (121_000, "m", "acc", "vienu simtu divdesmit vienu tūkstoti"),
])
def test_scale_nouns_in_oblique_cases(n: int, gender: str, case: str, words: str) -> None:
    assert cardinal(n, gender=gender, case=case) == words  # type: ignore[arg-type]


SCALE_NOUNS = {"simts": True, "tūkstotis": True, "miljons": True, "miljards": True,
               "triljons": True, "kvadriljons": True, "simti": False, "tūkstoši": False,
               "miljoni": False, "miljardi": False, "triljoni": False, "kvadriljoni": False}
LV_PLURAL = Locale("lv").plural_form  # CLDR, as shipped in Babel: REFERENCE §4


@given(st.integers(1, 10**18 - 1), st.booleans())
def test_scale_nouns_agree_with_their_count_by_the_cldr_rule(n: int, leading_one: bool) -> None:
    # parse_number reads tūkstotis and tūkstoši alike, so the round trip cannot see agreement.
    count: list[str] = []  # the words since the last thousand, million, …
    for word in cardinal(n, leading_one=leading_one).split():
        if word in SCALE_NOUNS:
            multiplier = parse_number(" ".join(count)) if count else 1
            assert SCALE_NOUNS[word] == (LV_PLURAL(multiplier) == "one"), (n, word)
            count = [*count, word] if word.startswith("simt") else []
        else:
            count.append(word)


@pytest.mark.parametrize("bad", [True, 1.0, "5", None])
def test_cardinal_rejects_what_is_not_an_int(bad: object) -> None:
    with pytest.raises(TypeError, match="expected an int"):
        cardinal(bad)  # type: ignore[arg-type]


def test_cardinal_limits_and_categories_are_checked() -> None:
    with pytest.raises(ValueError, match="1000000000000000000 is too large"):
        cardinal(10**18)
    with pytest.raises(ValueError, match="unknown case 'lok'"):
        cardinal(2, case="lok")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="unknown gender 'n'"):
        cardinal(2, gender="n")  # type: ignore[arg-type]


ORDINAL_STEMS = ["pirm", "otr", "treš", "ceturt", "piekt", "sest", "septīt", "astot", "devīt",
                 "desmit"]


def test_ordinals_one_to_ten_in_both_genders() -> None:
    assert [ordinal(n) for n in range(1, 11)] == [s + "ais" for s in ORDINAL_STEMS]
    assert [ordinal(n, gender="f") for n in range(1, 11)] == [s + "ā" for s in ORDINAL_STEMS]


@pytest.mark.parametrize("n, kwargs, words", [
    (4, {"gender": "f"}, "ceturtā"),  # seed 000: ceturtā tikšanās
    (21, {}, "divdesmit pirmais"),
    (22, {}, "divdesmit otrais"),
    (3, {"gender": "f", "case": "gen"}, "trešās"),
    (2, {"case": "dat"}, "otrajam"),
    (11, {}, "vienpadsmitais"),
    (20, {}, "divdesmitais"),
    (100, {}, "simtais"),
    (1000, {}, "tūkstošais"),
    (200, {}, "divsimtais"),
    (3000, {}, "trīstūkstošais"),
    (1902, {}, "tūkstoš deviņi simti otrais"),  # how years are read
    (2022, {}, "divi tūkstoši divdesmit otrais"),
    (1_000_000, {}, "miljonais"),
])
def test_ordinal_examples(n: int, kwargs: dict[str, str], words: str) -> None:
    assert ordinal(n, **kwargs) == words  # type: ignore[arg-type]


# REFERENCE §2 table for otr-: nom gen dat acc loc.
@pytest.mark.parametrize("gender, number, forms", [
    ("m", "sg", "otrais otrā otrajam otro otrajā"),
    ("f", "sg", "otrā otrās otrajai otro otrajā"),
    ("m", "pl", "otrie otro otrajiem otros otrajos"),
    ("f", "pl", "otrās otro otrajām otrās otrajās"),
])
def test_ordinal_table(gender: str, number: str, forms: str) -> None:
    got = [ordinal(2, gender=gender, number=number, case=c)  # type: ignore[arg-type]
           for c in CASES]
    assert got == forms.split()


# Only the last part of a compound ordinal takes the ordinal ending and declines; the parts before
# it stay as they are in the nominative [Letonika], [LVA] 874 ("tūkstoš deviņi simti …").
@pytest.mark.parametrize("n, kwargs, words", [
    (21, {"case": "dat"}, "divdesmit pirmajam"),
    (21, {"gender": "f", "case": "loc"}, "divdesmit pirmajā"),
    (32, {"gender": "f", "number": "pl", "case": "gen"}, "trīsdesmit otro"),
    (101, {"gender": "f", "number": "pl", "case": "dat"}, "simts pirmajām"),
    (1902, {"case": "loc"}, "tūkstoš deviņi simti otrajā"),
    (2022, {"case": "gen"}, "divi tūkstoši divdesmit otrā"),
    (1000, {"gender": "f", "case": "loc"}, "tūkstošajā"),
    (200, {"number": "pl", "case": "acc"}, "divsimtos"),
])
def test_compound_ordinals_in_oblique_cases(n: int, kwargs: dict[str, str], words: str) -> None:
    assert ordinal(n, **kwargs) == words  # type: ignore[arg-type]


@given(st.integers(1, 10**18 - 1))
def test_only_the_last_word_of_an_ordinal_changes(n: int) -> None:
    before_last = ordinal(n).split()[:-1]
    for gender in ("m", "f"):
        for number in ("sg", "pl"):
            for case in CASES:
                words = ordinal(n, gender=gender, number=number, case=case).split()
                assert words[:-1] == before_last


def test_ordinal_errors() -> None:
    with pytest.raises(ValueError, match=r"ordinals start at 1 \(got 0\)"):
        ordinal(0)
    with pytest.raises(ValueError, match="unknown grammatical number 'du'"):
        ordinal(2, number="du")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"expected an int, got float 2\.0"):
        ordinal(2.0)  # type: ignore[arg-type]


@pytest.mark.parametrize("words, n", [
    ("Divdesmit  Divi tūkstoši\tseptiņi simti astoņdesmit trīs", 22783),
    ("simts viens", 101), ("viens simts viens", 101), ("NULLE", 0),
    ("divdesmit viena", 21), ("mīnus viens tūkstotis", -1000),
    ("simts tūkstoši", 100_000),
])
def test_parse_number(words: str, n: int) -> None:
    assert parse_number(words) == n


def test_parse_number_names_the_unknown_word() -> None:
    with pytest.raises(ValueError, match="unknown number word 'simtu' in 'simtu viens'"):
        parse_number("simtu viens")
    with pytest.raises(ValueError, match="no number in ' '"):
        parse_number(" ")


@given(st.integers(0, 10**12), st.booleans())
def test_parse_number_inverts_cardinal(n: int, leading_one: bool) -> None:
    assert parse_number(cardinal(n, leading_one=leading_one)) == n
    assert parse_number(cardinal(-n, gender="f", leading_one=leading_one)) == -n


@given(st.integers(-10**15, 10**15), st.sampled_from(CASES), st.booleans())
def test_feminine_differs_from_masculine_only_in_the_last_word(n: int, case: str,
                                                               leading_one: bool) -> None:
    m = cardinal(n, case=case, leading_one=leading_one).split()  # type: ignore[arg-type]
    f = cardinal(n, gender="f", case=case, leading_one=leading_one).split()  # type: ignore[arg-type]
    assert m[:-1] == f[:-1]
    assert len(m) == len(f)


# Every form the grammar allows, written out by hand from REFERENCE §1 and the sources.
VOCABULARY = set(_words("""
mīnus nulle nulles nullei nulli nullē
viens viena vienam vienu vienā vienas vienai
divi divu diviem divus divos divas divām divās
trīs triju trim trijos trijās
četri četru četriem četrus četros četras četrām četrās
pieci piecu pieciem piecus piecos piecas piecām piecās
seši sešu sešiem sešus sešos sešas sešām sešās
septiņi septiņu septiņiem septiņus septiņos septiņas septiņām septiņās
astoņi astoņu astoņiem astoņus astoņos astoņas astoņām astoņās
deviņi deviņu deviņiem deviņus deviņos deviņas deviņām deviņās
desmit vienpadsmit divpadsmit trīspadsmit četrpadsmit piecpadsmit sešpadsmit septiņpadsmit
astoņpadsmit deviņpadsmit divdesmit trīsdesmit četrdesmit piecdesmit sešdesmit septiņdesmit
astoņdesmit deviņdesmit
simts simta simtam simtu simtā simti simtiem simtus simtos
tūkstotis tūkstoša tūkstotim tūkstoti tūkstotī tūkstoši tūkstošu tūkstošiem tūkstošus tūkstošos
miljons miljona miljonam miljonu miljonā miljoni miljoniem miljonus miljonos
miljards miljarda miljardam miljardu miljardā miljardi miljardiem miljardus miljardos
triljons triljona triljonam triljonu triljonā triljoni triljoniem triljonus triljonos
kvadriljons kvadriljona kvadriljonam kvadriljonu kvadriljonā kvadriljoni kvadriljoniem
kvadriljonus kvadriljonos
"""))


@given(st.integers(-10**18 + 1, 10**18 - 1), st.sampled_from(CASES),
       st.sampled_from(["m", "f"]), st.booleans())
def test_every_word_belongs_to_the_closed_vocabulary(n: int, case: str, gender: str,
                                                     leading_one: bool) -> None:
    words = cardinal(n, case=case, gender=gender, leading_one=leading_one)  # type: ignore[arg-type]
    assert set(words.split()) <= VOCABULARY, words


def test_numbers_are_template_filters() -> None:
    assert {"cardinal", "ordinal", "parse_number"} <= set(lv.__all__)


# hunspell lv_LV lists tūkstotis as a numeral without its singular dat/acc/loc; it declines as a
# 2nd-declension noun ([AiLab] §7 "saņēmu tūkstoti latu"; uzdevumi.lv, 8th form: "tūkstotis
# loka kā 2. deklinācijas lietvārdus"). kvadriljonais is not in it either: see numbers.py.
HUNSPELL_GAPS = {"tūkstotim", "tūkstoti", "tūkstotī", "kvadriljonais"}


@pytest.mark.hunspell
def test_a_sample_of_outputs_is_known_to_hunspell(
        hunspell: Callable[[list[str]], set[str]]) -> None:
    sample = [cardinal(n, gender=g, case=c, leading_one=lo)
              for n in (1, 2, 3, 7, 21, 100, 345, 1000, 2000, 21_000, 10**6, 2 * 10**9,
                        3 * 10**12, 10**15) for g in ("m", "f") for c in CASES
              for lo in (True, False)]
    sample += [ordinal(n, gender=g, case=c, number=num)
               for n in (1, 2, 3, 4, 7, 9, 21, 100, 200, 1000, 2000, 10**6, 10**9)
               for g in ("m", "f") for c in CASES for num in ("sg", "pl")]
    words = sorted({w for text in sample for w in text.split()})
    unknown = hunspell(words)
    assert unknown <= HUNSPELL_GAPS, unknown


def test_the_num2words_table_in_the_docs_is_what_the_libraries_print() -> None:
    table = runpy.run_path(str(DOCS / "num2words_table.py"))["table"]()
    assert (DOCS / "num2words.md").read_text(encoding="utf-8") == table
    assert "| 101 | `simtu viens` | `viens simts viens` |" in table
    assert "| 22783.0 (a float) | `divdesmit divi tūkstoši septiņi simti astoņdesmit trīs " \
           "komats nulle nulle` | *TypeError* |" in table
