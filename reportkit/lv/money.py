"""Latvian money: amounts in words and in figures, from Decimal, int or str, never float.

    >>> amount_in_words("22783.00")
    'divdesmit divi tūkstoši septiņi simti astoņdesmit trīs eiro 00 centi'
    >>> format_money("22 783,00")
    '22\\xa0783,00 EUR'

Sources (full titles in docs/lv/REFERENCE.md):

- [VVC] Valsts valodas centrs via lvportals.lv e-konsultācija 20347: "25,33 EUR (divdesmit pieci
  eiro un trīsdesmit trīs centi)", zero cents in words "nulle centu".
- [MK] Cabinet regulation on the Latvian name of the euro (2005, amended 2007), as reported by
  diena.lv ("Dombrovskis: ikdienā varēsim lietot eiro"): ``eiro`` is an indeclinable *masculine*
  noun, and legal acts write ``euro``; hence a masculine number before it: ``viens eiro``.
- [EU] Interinstitutional Style Guide, Latvian part: ``euro`` in legal texts, amount then code.
- [lvportals] "Eiro un cents latviešu valodā" (lvportals.lv 260812): the hundredth of the euro is
  ``cents``; public communication writes ``eiro``.
- [AiLab] valoda.ailab.lv/latval/vidusskolai/orto/skvp.htm §5–6: after ``simts``, ``tūkstotis``,
  ``miljons`` … the noun stands in the genitive plural ("saņēmu simts latu"); ``nulle`` is a
  noun too, hence "nulle centu".
- [CLDR] otherwise the noun follows the ``lv`` plural rule (``takes_singular``); cents in digits
  as contracts and seed 003 write them: ``01 cents``, ``21 cents``, ``11 centi``, ``00 centi``.
- ``lats``/``lati``/``latu`` and ``santīms``/``santīmi``/``santīmu``: 1st-declension masculine
  nouns (REFERENCE §5, ``projekts``), the Latvian currency before 2014.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Literal, NamedTuple

from .declension import paradigm
from .grammar import takes_singular
from .numbers import cardinal

__all__ = ["amount_in_words", "format_money"]

Amount = Decimal | int | str
CentsStyle = Literal["digits", "words"]


class _Noun(NamedTuple):
    """A masculine currency noun: nominative singular, nominative plural, genitive plural."""

    sg: str
    pl: str
    gen_pl: str


class _Currency(NamedTuple):
    words: dict[str, _Noun]  # the currency_word choices; the first is the default
    cents: _Noun


def _noun(word: str) -> _Noun:
    """A 1st-declension currency noun's forms by :func:`reportkit.lv.declension.paradigm`."""
    forms = paradigm(word)
    return _Noun(forms[("sg", "nom")], forms[("pl", "nom")], forms[("pl", "gen")])


_EURO = _Noun("eiro", "eiro", "eiro")  # indeclinable [MK]
_CURRENCIES = {
    "EUR": _Currency({"eiro": _EURO, "euro": _Noun("euro", "euro", "euro")}, _noun("cents")),
    "LVL": _Currency({"lats": _noun("lats")}, _noun("santīms")),
}
# Number words that are nouns: the counted noun after them is genitive plural [AiLab] §5.
_NOUN_NUMBERS = frozenset({"nulle", "simts", "simti", "tūkstotis", "tūkstoši", "miljons",
                           "miljoni", "miljards", "miljardi", "triljons", "triljoni",
                           "kvadriljons", "kvadriljoni"})
_CENT = Decimal("0.01")
_SPACES = dict.fromkeys(map(ord, " \u00a0\u202f\u2009"))  # thousands separators people type


def _currency(code: str) -> _Currency:
    if code not in _CURRENCIES:
        raise ValueError(f"unknown currency {code!r}: use one of {', '.join(_CURRENCIES)}")
    return _CURRENCIES[code]


_AMOUNT_TEXT = re.compile(r"-?\d+(?:[.,]\d+)?")
_CODE_SUFFIX = re.compile(r"(?i)\s*(eur|€)$")


def _from_str(text: str) -> Decimal:
    plain = _CODE_SUFFIX.sub("", text.strip()).translate(_SPACES)
    if "," in plain and "." in plain:
        raise ValueError(f"amount {text!r} mixes ',' and '.': write 22783.00 or 22 783,00")
    if not _AMOUNT_TEXT.fullmatch(plain):
        raise ValueError(f"amount {text!r} is not a number: write it like 22783.00 or 22 783,00")
    return Decimal(plain.replace(",", "."))


def parse_amount(amount: Amount) -> Decimal:
    """``amount`` as a Decimal with two places, checked: not float, not negative, whole cents.

    Text may use a decimal point or comma, spaces between thousands and end in ``EUR`` or ``€``.
    This is the one parser of amounts: ``reportkit.models.Money`` uses it too.

    >>> parse_amount("22 783,00"), parse_amount(5), parse_amount(Decimal("4557"))
    (Decimal('22783.00'), Decimal('5.00'), Decimal('4557.00'))
    """
    if isinstance(amount, float):
        raise TypeError(f"amount {amount!r} is a float, which cannot hold cents exactly: "
                        "pass a Decimal or a str such as '22783.00'")
    if isinstance(amount, bool) or not isinstance(amount, Decimal | int | str):
        raise TypeError(f"amount must be a Decimal, int or str, got {type(amount).__name__}")
    value = _from_str(amount) if isinstance(amount, str) else Decimal(amount)
    if not value.is_finite():
        raise ValueError(f"amount {amount!r} is not a number")
    if value < 0:
        raise ValueError(f"amount must not be negative (got {amount})")
    if value != value.quantize(_CENT):
        raise ValueError(f"amount {amount} has more than two decimals: round it to cents first")
    return value.quantize(_CENT)


def _counted(n: int, words: str, noun: _Noun) -> str:
    if words.rsplit(" ", 1)[-1] in _NOUN_NUMBERS:
        return noun.gen_pl
    return noun.sg if takes_singular(n) else noun.pl


def _in_words(n: int, noun: _Noun) -> str:
    words = cardinal(n)  # every currency noun is masculine ([MK] for eiro)
    return f"{words} {_counted(n, words, noun)}"


def amount_in_words(amount: Amount, *, currency: str = "EUR", cents: CentsStyle = "digits",
                    currency_word: str | None = None) -> str:
    """The amount in words, as contracts write it: whole units in words, cents in digits.

    ``cents="words"`` writes the cents in words too (``… eiro un trīsdesmit trīs centi``).
    ``currency_word`` is ``"eiro"`` (default, public communication) or ``"euro"`` (legal texts);
    ``currency="LVL"`` writes lats and santīms for documents from before 2014.

    >>> amount_in_words("25,33", cents="words")
    'divdesmit pieci eiro un trīsdesmit trīs centi'
    >>> amount_in_words(Decimal("1505.01"), currency_word="euro")
    'viens tūkstotis pieci simti pieci euro 01 cents'
    >>> amount_in_words(100, currency="LVL", cents="words")
    'viens simts latu un nulle santīmu'
    """
    spec = _currency(currency)
    word = currency_word or next(iter(spec.words))
    if word not in spec.words:
        raise ValueError(f"currency_word {word!r} does not name {currency}: "
                         f"use one of {', '.join(spec.words)}")
    whole, hundredths = divmod(int(parse_amount(amount) * 100), 100)
    main = _in_words(whole, spec.words[word])
    if cents == "digits":
        noun = spec.cents.pl if hundredths == 0 else _counted(hundredths, "", spec.cents)
        return f"{main} {hundredths:02d} {noun}"
    if cents == "words":
        return f"{main} un {_in_words(hundredths, spec.cents)}"
    raise ValueError(f"unknown cents style {cents!r}: use 'digits' or 'words'")


def format_money(amount: Amount, currency: str = "EUR") -> str:
    """The amount in figures as Latvian documents write it: ``22 783,00 EUR``.

    Babel's ``lv`` locale with the pattern ``#,##0.00 ¤¤`` (REFERENCE §3, [EU], [VVC]): a
    no-break space between thousands, a decimal comma, the currency code after the amount.

    >>> format_money(Decimal("4557"))
    '4\\xa0557,00 EUR'
    """
    from babel.numbers import format_currency  # Babel is slow to import: only when needed

    _currency(currency)
    return str(format_currency(parse_amount(amount), currency, format="#,##0.00 ¤¤",
                               locale="lv", currency_digits=False))
