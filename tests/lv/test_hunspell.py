"""Every form reportkit.lv builds from its own tables, through Debian's Latvian spell-checker.

hunspell-lv is a dictionary of Latvian word forms: an oracle, not a source. A word it does not
know is allowed only (a) when hunspell does not know the name itself in the nominative either
(Babel's foreign and island names, small towns: the dictionary simply lacks them, so it can say
nothing of their cases), or (b) when it is in KNOWN_GAPS below with the reason it is right.
"""

from __future__ import annotations

import pytest

from reportkit.lv import decline
from reportkit.lv.countries import countries
from reportkit.lv.grammar import CASES, GENDERS, NUMBERS
from reportkit.lv.lexicon import builtin_words
from tests.helpers.hunspell import unknown_words

pytestmark = pytest.mark.hunspell

KNOWN_GAPS = {
    # hunspell-lv has only the singular of mobilitāte; the plural is the regular 5th declension
    # (AiLab lietv-mija: t–š, bite – bišu) and aktivitāšu, aktivitātēm are in the dictionary.
    "mobilitāšu": "5th declension gen pl, t–š",
    "mobilitātēm": "5th declension dat pl",
    "mobilitātēs": "5th declension loc pl",
    "euro": "currency word of legal texts (REFERENCE §3, [EU] style guide); indeclinable",
    "Butānas": "Butāna is 4th declension like Japāna; hunspell-lv lists only some of its forms",
    "Butānai": "as Butānas",
    # tūkstotis: REFERENCE §1 case table ([Letonika] numerals); hunspell-lv lacks these three.
    "tūkstotim": "dat sg of tūkstotis",
    "tūkstoti": "acc sg of tūkstotis",
    "tūkstotī": "loc sg of tūkstotis",
    "Sv": "part of Babel's abbreviation 'Sv.Helēnas sala' (svētā)",
    # cities.tsv: hunspell knows the nominative only as a form of another word, not as the city.
    "Tirānas": "hunspell's 'Tirāna' is the genitive of tirāns (tyrant); Tirāna [CLDR] is 4th decl.",
    "Tirānai": "as Tirānas",
    "Izmiras": "hunspell's 'Izmira' is a form of the verb izmirt; the city (weak) is 4th decl.",
    "Izmirai": "as Izmiras",
    "Izmirā": "as Izmiras",
}


def _tokens(text: str) -> list[str]:
    return [t for t in text.replace("(", " ").replace(")", " ").replace("-", " ")
            .replace(".", " ").split() if t]


def _pairs() -> list[tuple[str, str]]:
    """(nominative word, form word) pairs for every name and noun form in the tables."""
    pairs: list[tuple[str, str]] = []
    names = [(n, "sg") for n in countries().values()]
    names += [(w, "sg") for kind in ("valstspilsēta", "pilsēta", "novads", "ārzemes")
              for w in builtin_words(kind)]
    names += [(w, n) for w in builtin_words() if w[:1].islower() for n in NUMBERS]
    for name, number in names:
        for case in CASES:
            try:
                form = decline(name, case, number=number)
            except ValueError:
                continue  # reflexive nouns have no dative or locative: tested in test_nouns
            nominative = _tokens(decline(name, "nom", number=number))
            pairs += list(zip(nominative, _tokens(form), strict=False))
    return pairs


def test_every_noun_place_and_country_form_is_latvian() -> None:
    pairs = _pairs()
    unknown = unknown_words([w for pair in pairs for w in pair])
    bad = sorted({form for nom, form in pairs
                  if form in unknown and nom not in unknown and form not in KNOWN_GAPS})
    assert bad == []


def test_months_numbers_and_ordinals_are_latvian() -> None:
    from reportkit.lv.data.months import MONTHS
    from reportkit.lv.numbers import cardinal, ordinal

    words = [form for month in MONTHS for form in month]
    words += [w for n in range(2001) for g in GENDERS for c in CASES
              for w in cardinal(n, gender=g, case=c).split()]
    words += [w for n in range(1, 101) for g in GENDERS for c in CASES for num in NUMBERS
              for w in ordinal(n, gender=g, case=c, number=num).split()]
    assert sorted(unknown_words(words) - set(KNOWN_GAPS)) == []
