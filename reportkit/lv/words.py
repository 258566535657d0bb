"""One Latvian word in a case: the user's forms, then the tables, then the rules.

This is the word layer under :mod:`reportkit.lv.phrases`. Rules (:mod:`reportkit.lv.declension`)
decline a word by its ending; the tables (:mod:`reportkit.lv.lexicon`) say what the ending cannot:
gender, plural-only names, words that do not decline, whole paradigms. What neither knows:

- abbreviations (``VIAA``) and words with digits stay as written;
- a lower-case word ending in ``-as``/``-es`` or ``-i`` is a nominative plural (``institūcijas``,
  ``instrumenti``): no nominative singular of a declinable noun ends so [AiLab-dekl]; an
  indeclinable loanword in ``-i`` (``taksi``) must be in the tables;
- a lower-case word ending otherwise than a Latvian noun (``kino``) does not decline;
- a capitalised name declines only if it has a Latvian shape (:mod:`reportkit.lv.places`);
  otherwise it is reported, never given an ending. A capitalised word that is a given name takes
  the gender of ``given_names.tsv`` (``Ņikita`` is a man's name: dative ``Ņikitam``).

[AiLab-dekl] valoda.ailab.lv/latval/vidusskolai/morfol/lietv-dekl.htm (endings of the six
declensions).

    >>> decline_word("Daugavpils", "loc"), decline_word("instrumenti", "dat")
    ('Daugavpilī', 'instrumentiem')
"""

from __future__ import annotations

from functools import lru_cache

from .declension import REFLEXIVE, paradigm
from .grammar import CASES, NUMBERS, Case, Forms, Gender, Number
from .lexicon import Entry, entry, given_names
from .places import check_name, foreign_letters, unknown_name

CASE_NAMES = {"nom": "nominative", "gen": "genitive", "dat": "dative", "acc": "accusative",
              "loc": "locative"}


def match_case(source: str, form: str) -> str:
    """``form`` in the letter case of ``source``: ``RĪGA`` → ``RĪGĀ``, ``Rīga`` → ``Rīgā``.

    >>> match_case("RĪGA", "rīgā"), match_case("Rīga", "rīgā")
    ('RĪGĀ', 'Rīgā')
    """
    if len(source) > 1 and source.isupper():
        return form.upper()
    if source[:1].isupper():
        return form[:1].upper() + form[1:]
    return form


def is_abbreviation(word: str) -> bool:
    """Whether ``word`` is written as an abbreviation or holds digits (``VIAA``, ``1.``, ``KA1``).

    >>> is_abbreviation("VIAA"), is_abbreviation("1."), is_abbreviation("Rīga")
    (True, True, False)
    """
    return (len(word) > 1 and word.isupper()) or any(ch.isdigit() for ch in word)


def _same(word: str) -> Forms:
    return {(n, c): word for n in NUMBERS for c in CASES}


def _plural_by_ending(word: str) -> bool:
    return word.islower() and word.endswith(("as", "es", "i"))


def word_forms(word: str, gender: Gender | None = None, *,
               known: bool = False) -> tuple[Forms, bool]:
    """Every (number, case) form of ``word`` and whether it is plural only.

    ``known`` says the word is part of a name the tables list (a country's head word such as
    ``Grenadīnas``): it then declines by the rules without the shape check.

    >>> forms, plural_only = word_forms("Talsi")
    >>> forms[("sg", "loc")], plural_only
    ('Talsos', True)
    """
    item = entry(word)
    if (item is not None and item.indeclinable) or is_abbreviation(word):
        return _same(word), False
    if item is None and word[:1].isupper():
        item = given_names().get(word)
    if item is None:
        _check_unknown(word, known)
    return _forms(word, gender, item)


def _check_unknown(word: str, known: bool) -> None:
    if word[:1].isupper() and not known:
        check_name(word)
        return
    letters = foreign_letters(word)
    if letters:
        raise unknown_name(word, "has letters that are not in the Latvian alphabet "
                                 f"({', '.join(letters)})")


def _forms(word: str, gender: Gender | None, item: Entry | None) -> tuple[Forms, bool]:
    if item is not None and item.indeclinable:
        return _same(word), False
    plural_only = item.plural_only if item else (
        word.endswith(("as", "es")) if word[:1].isupper() else _plural_by_ending(word))
    given = item.forms if item else {}
    if item is not None and " " in word:
        return dict(given), plural_only
    forms = _rule_forms(word, gender or (item.gender if item else None), plural_only,
                        item.alternation if item else None)
    return forms | given, plural_only


@lru_cache(maxsize=8192)
def _rule_forms(word: str, gender: Gender | None, plural_only: bool,
                alternation: bool | None) -> Forms:
    # The rules are pure, so their forms are kept; callers copy before they change anything.
    forms = paradigm(word, gender, plural_only=plural_only, alternation=alternation)
    return {k: match_case(word, v) for k, v in forms.items()}


def is_plural_only(word: str, *, known: bool = False) -> bool:
    """Whether ``word`` is a plural-only name or noun: by the tables, else by its ending.

    >>> is_plural_only("Talsi"), is_plural_only("instrumenti"), is_plural_only("Rīga")
    (True, True, False)
    """
    item = entry(word)
    if item is not None:
        return item.plural_only
    if word[:1].isupper():
        return known and word.endswith(("as", "es"))
    return _plural_by_ending(word)


def decline_word(word: str, case: Case, number: Number = "sg", gender: Gender | None = None,
                 *, known: bool = False) -> str:
    """One word in ``case`` and ``number``; ``ValueError`` if the form does not exist or is unknown.

    >>> decline_word("mēnesis", "gen", "pl"), decline_word("Ņikita", "dat")
    ('mēnešu', 'Ņikitam')
    """
    forms, plural_only = word_forms(word, gender, known=known)
    form = forms.get(("pl" if plural_only else number, case))
    if form is None:
        if word.lower().endswith(REFLEXIVE):
            raise ValueError(
                f"{word!r} has no {CASE_NAMES[case]}: reflexive nouns in -šanās have no dative "
                f"or locative; rephrase, e.g. '{word} reizē' (valodaskonsultacijas.lv, 957)")
        raise ValueError(f"no {CASE_NAMES[case]} {number} form is known for {word!r}; "
                         "give it with reportkit.add_forms")
    return match_case(word, form) if " " not in word else form


def gender_of(word: str) -> Gender:
    """``"m"`` or ``"f"`` of one word: the tables, else its ending [AiLab-dekl].

    ``-a``, ``-e``, ``-šanās`` and the plurals ``-as``, ``-es`` are feminine; ``-s``, ``-š``,
    ``-is``, ``-us`` masculine, unless the tables say otherwise (``valsts``, ``Ņikita``). A word
    that does not decline counts as masculine, like ``eiro``.

    >>> gender_of("mobilitāte"), gender_of("valsts"), gender_of("Ņikita"), gender_of("Oslo")
    ('f', 'f', 'm', 'm')
    """
    item = entry(word) or (given_names().get(word) if word[:1].isupper() else None)
    if item is not None and item.gender is not None:
        return item.gender
    return "f" if word.lower().endswith(("a", "e", REFLEXIVE, "as", "es")) else "m"
