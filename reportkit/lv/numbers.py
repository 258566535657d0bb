"""Latvian numbers in words: cardinals in every gender and case, ordinals, and the way back.

    >>> cardinal(22783)
    'divdesmit divi tūkstoši septiņi simti astoņdesmit trīs'
    >>> cardinal(21, gender="f")
    'divdesmit viena'
    >>> ordinal(4, gender="f")
    'ceturtā'
    >>> parse_number("Viens  simts viens")
    101

Sources (full titles in docs/lv/REFERENCE.md):

- [AiLab] "Skaitļa vārdu pareizrakstība", valoda.ailab.lv/latval/vidusskolai/orto/skvp.htm:
  units are written apart from tens (§4); ``simts``, ``miljons``, ``miljards`` decline as
  1st-declension masculine nouns and stay masculine (§5); ``tūkstotis`` is 2nd declension (§7);
  ``trīs`` has dat. ``trim`` and loc. ``trijos``/``trijās`` (§1).
- [Letonika] letonika.lv/groups/?title=numerals.htm (= valoda.ailab.lv/latval/vispareji/
  lgraml-w/numerals.htm): the ending tables of ``divi``/``divas`` and of ordinals (definite
  adjective endings); ``desmit``, 11–19 and the tens have no ending and never change; "each part
  of a compound declines on its own"; the endingless compounds ``divsimt`` … ``deviņsimt`` and
  ``divtūkstoš`` … ``deviņtūkstoš``.
- [Wiki] lv.wikipedia "Lielu skaitļu nosaukumi": Latvia uses the short scale with ``miljards``
  for 10^9, so 10^12 is ``triljons`` and 10^15 ``kvadriljons``; both are ``-s`` nouns and
  decline like ``miljons``.
- [Docs] contracts and council decisions write the leading one: "viens tūkstotis pieci simti
  pieci euro" (Jūrmala decision m230390); hence ``leading_one=True`` by default.
- [CLDR] the noun after a number, here the scale noun after its multiplier, follows the ``lv``
  plural rule (:func:`reportkit.lv.grammar.takes_singular`): ``divdesmit viens tūkstotis``,
  ``vienpadsmit tūkstoši``. After the indeclinable multipliers (10–20, tens) the nominative
  plural is used, the project's choice in REFERENCE §4.
- [LVA] valodaskonsultacijas.lv question 874: ``tūkstotis`` and endingless ``tūkstoš`` are
  literary, ``tūkstots`` is colloquial and unwanted.
- ``nulle`` is a 5th-declension feminine noun (REFERENCE §5 table, ``iestāde``); its case forms
  are checked with hunspell lv_LV.
"""

from __future__ import annotations

from .declension import paradigm
from .grammar import (
    CASES,
    Case,
    Gender,
    Number,
    check_case,
    check_gender,
    check_number,
    takes_singular,
)

__all__ = ["cardinal", "ordinal", "parse_number"]

LIMIT = 10**18  # kvadriljons is the largest scale word we have a source for
MINUS = "mīnus"

_M_PL = ("i", "u", "iem", "us", "os")  # [Letonika] div-i, div-u, div-iem, div-us, div-os
_F_PL = ("as", "u", "ām", "as", "ās")  # [Letonika] div-as, div-u, div-ām, div-as, div-ās
_STEMS = {2: "div", 4: "četr", 5: "piec", 6: "seš", 7: "septiņ", 8: "astoņ", 9: "deviņ"}

# The nom, gen, dat, acc, loc of each unit, by gender (REFERENCE §1; [AiLab] §1 for trīs).
_UNITS: dict[Gender, dict[int, tuple[str, ...]]] = {
    "m": {1: ("viens", "viena", "vienam", "vienu", "vienā"),
          3: ("trīs", "triju", "trim", "trīs", "trijos"),
          **{n: tuple(s + e for e in _M_PL) for n, s in _STEMS.items()}},
    "f": {1: ("viena", "vienas", "vienai", "vienu", "vienā"),
          3: ("trīs", "triju", "trim", "trīs", "trijās"),
          **{n: tuple(s + e for e in _F_PL) for n, s in _STEMS.items()}},
}
_NULLE = ("nulle", "nulles", "nullei", "nulli", "nullē")

# Indeclinable [Letonika]: 10–19 and the tens.
_TEENS = ("desmit", "vienpadsmit", "divpadsmit", "trīspadsmit", "četrpadsmit", "piecpadsmit",
          "sešpadsmit", "septiņpadsmit", "astoņpadsmit", "deviņpadsmit")
_TENS = ("", "", "divdesmit", "trīsdesmit", "četrdesmit", "piecdesmit", "sešdesmit",
         "septiņdesmit", "astoņdesmit", "deviņdesmit")

def _scale(word: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A scale noun's (singular, plural) forms, each nom, gen, dat, acc, loc, by the
    declension rules of :func:`reportkit.lv.declension.paradigm` ([AiLab] §5, §7)."""
    forms = paradigm(word)
    return (tuple(forms[("sg", c)] for c in CASES), tuple(forms[("pl", c)] for c in CASES))


# Scale nouns, masculine: simts, miljons … 1st declension; tūkstotis 2nd, with the t → š
# alternation of the genitive and plural ([AiLab] §7, REFERENCE §1 case table).
_SCALES: dict[int, tuple[tuple[str, ...], tuple[str, ...]]] = {
    10**2: _scale("simts"),
    10**3: _scale("tūkstotis"),
    10**6: _scale("miljons"),
    10**9: _scale("miljards"),
    10**12: _scale("triljons"),  # [Wiki]
    10**15: _scale("kvadriljons"),  # [Wiki]
}

# Ordinal stems; the ending comes from _ORDINAL_ENDINGS [Letonika], REFERENCE §2.
_ORD_UNITS = ("", "pirm", "otr", "treš", "ceturt", "piekt", "sest", "septīt", "astot", "devīt")
_ORD_SCALES = {10**2: "simt", 10**3: "tūkstoš", 10**6: "miljon", 10**9: "miljard",
               10**12: "triljon", 10**15: "kvadriljon"}
# First parts of the endingless compounds divsimt, trīssimt, divtūkstoš … [Letonika]
_COMPOUND_STEMS = {**_STEMS, 3: "trīs"}
_ORDINAL_ENDINGS: dict[tuple[Gender, Number], tuple[str, ...]] = {
    ("m", "sg"): ("ais", "ā", "ajam", "o", "ajā"),
    ("f", "sg"): ("ā", "ās", "ajai", "o", "ajā"),
    ("m", "pl"): ("ie", "o", "ajiem", "os", "ajos"),
    ("f", "pl"): ("ās", "o", "ajām", "ās", "ajās"),
}


def _check_int(n: object) -> int:
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"expected an int, got {type(n).__name__} {n!r}")
    if abs(n) >= LIMIT:
        raise ValueError(f"{n} is too large: numbers in words go up to {LIMIT - 1}")
    return n


def _below_hundred(n: int, gender: Gender, i: int) -> list[str]:
    tens, unit = divmod(n, 10)
    if tens == 1:
        return [_TEENS[unit]]
    words = [_TENS[tens]] if tens else []
    return [*words, _UNITS[gender][unit][i]] if unit else words


def _scaled(count: int, scale: int, i: int, leading_one: bool) -> list[str]:
    """``count`` (1–999) of the masculine scale noun ``scale``, all in case index ``i``."""
    singular, plural = _SCALES[scale]
    noun = singular[i] if takes_singular(count) else plural[i]
    if count == 1 and not leading_one:
        return [noun]
    return [*_below_thousand(count, "m", i, leading_one), noun]


def _below_thousand(n: int, gender: Gender, i: int, leading_one: bool) -> list[str]:
    hundreds, rest = divmod(n, 100)
    words = _scaled(hundreds, 100, i, leading_one) if hundreds else []
    return words + _below_hundred(rest, gender, i)


def _words(n: int, gender: Gender, i: int, leading_one: bool) -> list[str]:
    """Words of 1 ≤ n < LIMIT; only the last group (below 1000) takes ``gender``."""
    words: list[str] = []
    for scale in sorted(_SCALES, reverse=True)[:-1]:  # every scale but simts
        count, n = divmod(n, scale)
        if count:
            words += _scaled(count, scale, i, leading_one)
    return words + _below_thousand(n, gender, i, leading_one)


def cardinal(n: int, *, gender: Gender = "m", case: Case = "nom",
             leading_one: bool = True) -> str:
    """The cardinal number ``n`` in words, agreeing in ``gender`` and ``case``.

    Every part of a compound declines on its own; hundreds, thousands and larger are masculine
    nouns whatever ``gender`` is, so only the last word can be feminine. ``leading_one=False``
    drops the ``viens`` before a lone ``simts``, ``tūkstotis``, ``miljons`` …

    >>> cardinal(1505)
    'viens tūkstotis pieci simti pieci'
    >>> cardinal(1505, leading_one=False)
    'tūkstotis pieci simti pieci'
    >>> cardinal(232, gender="f", case="dat")
    'diviem simtiem trīsdesmit divām'
    >>> cardinal(21000, case="gen")
    'divdesmit viena tūkstoša'
    """
    _check_int(n)
    i = CASES.index(check_case(case))
    gender = check_gender(gender)
    if n == 0:
        return _NULLE[i]
    words = _words(abs(n), gender, i, leading_one)
    return " ".join([MINUS, *words] if n < 0 else words)


def _ordinal_stem(n: int) -> tuple[int, str]:
    """Split n ≥ 1 into the part written as a cardinal and the stem of the ordinal part."""
    below_hundred = n % 100
    if below_hundred:
        tens, unit = divmod(below_hundred, 10)
        if unit and tens != 1:
            return n - unit, _ORD_UNITS[unit]
        return n - below_hundred, _TEENS[unit] if tens == 1 else _TENS[tens]
    for scale, stem in sorted(_ORD_SCALES.items()):
        count = n // scale % (10 if scale == 100 else 1000)
        rest = n - count * scale
        if count == 1:
            return rest, stem
        if 2 <= count <= 9 and scale <= 1000:  # divsimt-ais, divtūkstoš-ais
            return rest, _COMPOUND_STEMS[count] + stem
        if count:
            return rest, " ".join([*_below_thousand(count, "m", 0, False), stem])
    raise AssertionError(n)  # unreachable for n ≥ 1


def ordinal(n: int, *, gender: Gender = "m", case: Case = "nom", number: Number = "sg") -> str:
    """The ordinal number ``n`` (≥ 1) in words: definite adjective endings on the last part.

    The parts before the last are cardinals in the nominative, as years are read, with the
    endingless ``tūkstoš`` for a lone leading thousand ([LVA] question 874: "tūkstoš deviņi
    simti deviņdesmit ceturtais gads"). Textbooks also show ``divtūkstoš piektais``; we write
    ``divi tūkstoši piektais``, the cardinal as it stands, a choice. A round
    multiple of 100 or 1000 with a multiplier 2–9 is one word built on the endingless compound
    ([Letonika]: ``divsimt``, ``divtūkstoš``): ``divsimtais``, ``divtūkstošais``. Larger
    multipliers and millions stay apart (``divdesmit tūkstošais``, ``divi miljonais``): this is
    the project's choice, no source found (hunspell lv_LV knows no ``divmiljonais``).

    >>> ordinal(21)
    'divdesmit pirmais'
    >>> ordinal(3, gender="f", case="gen")
    'trešās'
    >>> ordinal(2, case="dat")
    'otrajam'
    >>> ordinal(1902)
    'tūkstoš deviņi simti otrais'
    >>> ordinal(200), ordinal(1000), ordinal(2000)
    ('divsimtais', 'tūkstošais', 'divtūkstošais')
    """
    _check_int(n)
    if n < 1:
        raise ValueError(f"ordinals start at 1 (got {n})")
    ending = _ORDINAL_ENDINGS[check_gender(gender), check_number(number)]
    rest, stem = _ordinal_stem(n)
    last = stem + ending[CASES.index(check_case(case))]
    return " ".join([*_ordinal_prefix(rest), last])


def _ordinal_prefix(n: int) -> list[str]:
    if n == 0:
        return []
    words = _words(n, "m", 0, leading_one=False)
    return ["tūkstoš", *words[1:]] if words[0] == "tūkstotis" else words


def _vocabulary() -> dict[str, tuple[int, bool]]:
    """Nominative word → (value, is it a scale noun)."""
    vocab = {"nulle": (0, False)}
    for gender in _UNITS:
        vocab |= {forms[0]: (n, False) for n, forms in _UNITS[gender].items()}
    vocab |= {word: (10 + n, False) for n, word in enumerate(_TEENS)}
    vocab |= {word: (10 * n, False) for n, word in enumerate(_TENS) if word}
    for scale, (singular, plural) in _SCALES.items():
        vocab |= {singular[0]: (scale, True), plural[0]: (scale, True)}
    return vocab


def parse_number(words: str) -> int:
    """The integer that ``words`` (a nominative cardinal, as :func:`cardinal` writes) names.

    Either leading-one style, any capitalisation and spacing, either gender.

    >>> parse_number("divdesmit divi tūkstoši septiņi simti astoņdesmit trīs")
    22783
    >>> parse_number("Mīnus tūkstotis")
    -1000
    """
    tokens = words.lower().split()
    sign = -1 if tokens[:1] == [MINUS] else 1
    tokens = tokens[1:] if sign < 0 else tokens
    if not tokens:
        raise ValueError(f"no number in {words!r}")
    vocab = _vocabulary()
    total = group = 0
    for token in tokens:
        if token not in vocab:
            raise ValueError(f"unknown number word {token!r} in {words!r}")
        value, is_scale = vocab[token]
        if value == 100:
            group = (group or 1) * 100
        elif is_scale:
            total, group = total + (group or 1) * value, 0
        else:
            group += value
    return sign * (total + group)
