"""Latvian nouns and names in every case, counted nouns and lists.

The rules live in :mod:`reportkit.lv.declension`, the tables and the user's own forms in
:mod:`reportkit.lv.lexicon` (data files in ``reportkit/lv/data/`` name their sources).
Lookup order: forms the user gave, the built-in tables, then the rules.

    >>> decline("Daugavpils", "loc"), count(21, "mobilitāte")
    ('Daugavpilī', '21 mobilitāte')
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from .declension import REFLEXIVE, paradigm
from .grammar import Case, Gender, Number, check_case, check_gender, check_number
from .grammar import takes_singular as _takes_singular
from .lexicon import Entry, entry

__all__ = ["count", "decline", "gender", "join", "plural"]

_CASE_NAMES = {"nom": "nominative", "gen": "genitive", "dat": "dative", "acc": "accusative",
               "loc": "locative"}


def _match_case(source: str, form: str) -> str:
    if len(source) > 1 and source.isupper():
        return form.upper()
    if source[:1].isupper():
        return form[:1].upper() + form[1:]
    return form


def _is_indeclinable(word: str, item: Entry | None) -> bool:
    # Abbreviations (ASV, VIAA) and words with digits stay as written.
    return ((item is not None and item.indeclinable) or (len(word) > 1 and word.isupper())
            or any(ch.isdigit() for ch in word))


def _word_forms(word: str, gender: Gender | None) -> tuple[dict[tuple[Number, Case], str], bool]:
    item = entry(word)
    if _is_indeclinable(word, item):
        return {(n, c): word for n in ("sg", "pl") for c in _CASE_NAMES}, False  # type: ignore[misc]
    # No Latvian nominative singular ends in -as/-es: an unknown one is a plural name (Grenadīnas).
    plural_only = item.plural_only if item else word.endswith(("as", "es"))
    given = item.forms if item else {}
    if item and " " in word:
        return dict(given), plural_only
    forms = paradigm(word, gender or (item.gender if item else None),
                     plural_only=plural_only, alternation=item.alternation if item else None)
    forms = {k: _match_case(word, v) for k, v in forms.items()}
    return forms | given, plural_only


def _decline_word(word: str, case: Case, number: Number, gender: Gender | None) -> str:
    forms, plural_only = _word_forms(word, gender)
    form = forms.get(("pl" if plural_only else number, case))
    if form is None:
        if word.lower().endswith(REFLEXIVE):
            raise ValueError(
                f"{word!r} has no {_CASE_NAMES[case]}: reflexive nouns in -šanās have no dative "
                f"or locative; rephrase, e.g. '{word} reizē' (valodaskonsultacijas.lv, 957)")
        raise ValueError(f"no {_CASE_NAMES[case]} {number} form is known for {word!r}; "
                         "give it with reportkit.add_forms or a forms file (reportkit.load_forms)")
    return _match_case(word, form) if " " not in word else form


def _head_index(tokens: list[str]) -> int:
    depth, head = 0, len(tokens) - 1
    for i, token in enumerate(tokens):
        depth += token.count("(")
        if depth == 0:
            head = i
        depth -= token.count(")")
    return head


def _decline_phrase(text: str, case: Case, number: Number, gender: Gender | None) -> str:
    item = entry(text)
    if item is not None and item.forms and " " in text:
        return _decline_word(text, case, number, gender)
    tokens = text.split(" ")
    if "un" in tokens[1:-1]:
        at = tokens.index("un")
        left, right = " ".join(tokens[:at]), " ".join(tokens[at + 1:])
        return (f"{_decline_phrase(left, case, number, None)} un "
                f"{_decline_phrase(right, case, number, gender)}")
    i = _head_index(tokens)
    prefix, _, head = tokens[i].rpartition("-")
    declined = _decline_word(head, case, number, gender)
    tokens[i] = f"{prefix}-{declined}" if prefix else declined
    return " ".join(tokens)


def decline(word: str, case: str, *, number: str = "sg", gender: str | None = None) -> str:
    """``word`` (a noun or name in the nominative) in ``case`` and grammatical ``number``.

    Cases: ``"nom"``, ``"gen"``, ``"dat"``, ``"acc"``, ``"loc"``. A name of several words declines
    its head, the last word, and keeps the genitives before it; ``X un Y`` declines both names;
    a part in parentheses is kept as written. Plural-only names (``Talsi``, ``Cēsis``) are
    always plural. Indeclinable words (``Oslo``, abbreviations) come back unchanged.
    ``gender`` helps a word the tables do not know (``"f"``: ``nakts``-like 6th declension).
    Reflexive nouns (``tikšanās``) have no dative or locative: asking for one raises
    ``ValueError`` that suggests ``tikšanās reizē``.

    >>> decline("mēnesis", "gen"), decline("iestāde", "gen", number="pl")
    ('mēneša', 'iestāžu')
    >>> decline("Daugavpils pilsētas dome", "loc"), decline("Talsi", "loc")
    ('Daugavpils pilsētas domē', 'Talsos')
    """
    checked_case, checked_number = check_case(case), check_number(number)
    checked_gender = check_gender(gender) if gender is not None else None
    text = " ".join(str(word).split())
    if not text:
        raise ValueError("decline needs a word, got an empty string")
    return _decline_phrase(text, checked_case, checked_number, checked_gender)


def plural(word: str) -> str:
    """The nominative plural of ``word``.

    >>> plural("valsts"), plural("mēnesis"), plural("tikšanās")
    ('valstis', 'mēneši', 'tikšanās')
    """
    return decline(word, "nom", number="pl")


def gender(word: str) -> Gender:
    """``"m"`` or ``"f"``: from the tables, else from the ending of the (last) word.

    Endings per LU MII AiLab (lietv-dekl.htm): ``-a``, ``-e``, ``-šanās`` are feminine; ``-s``,
    ``-š``, ``-is``, ``-us`` masculine (a feminine 6th-declension word must be in the tables or
    given with :func:`add_forms`). Words that do not decline count as masculine, like ``eiro``.

    >>> gender("mobilitāte"), gender("valsts"), gender("Daugavpils pilsētas dome")
    ('f', 'f', 'f')
    """
    text = " ".join(str(word).split())
    item = entry(text)
    if item is not None and item.gender is not None:
        return item.gender
    tokens = text.split(" ")
    last = tokens[_head_index(tokens)].rpartition("-")[2]
    if last != text:
        return gender(last)
    return "f" if text.lower().endswith(("a", "e", REFLEXIVE, "as", "es")) else "m"


def count(n: int, word: str, *, words: bool = False, case: str = "nom") -> str:
    """``n`` and ``word`` in the form that agrees with it, in ``case``.

    The noun is singular when ``n`` ends in 1 but not 11 (CLDR ``lv``, REFERENCE §4), otherwise
    plural, in the same case as the number: ``21 mobilitātē``, ``5 valstīs``. With
    ``words=True`` the number is written out in the noun's gender; after a number that ends in a
    counting noun (``nulle``, ``simts``, ``tūkstotis``, ``miljons``…) the noun stands in the
    genitive plural: ``divi simti mobilitāšu`` (REFERENCE §1), ``nulle centu`` (REFERENCE §3).

    >>> count(21, "mobilitāte"), count(11, "mobilitāte"), count(20, "mēnesis")
    ('21 mobilitāte', '11 mobilitātes', '20 mēneši')
    >>> count(21, "mobilitāte", words=True), count(2, "valsts", case="loc")
    ('divdesmit viena mobilitāte', '2 valstīs')
    """
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"count needs a whole number, got {n!r}")
    if n < 0:
        raise ValueError(f"count needs a number of at least 0, got {n}")
    checked = check_case(case)
    number: Number = "sg" if _takes_singular(n) else "pl"
    if not words:
        return f"{n} {decline(word, checked, number=number)}"
    from .numbers import cardinal  # numbers is imported late: it is heavier and optional here

    spelled = cardinal(n, gender=gender(word), case=checked)
    if n == 0 or (n >= 100 and n % 100 == 0):
        return f"{spelled} {decline(word, 'gen', number='pl')}"
    return f"{spelled} {decline(word, checked, number=number)}"


def join(items: Iterable[str], *, conj: str = "un") -> str:
    """The items as a Latvian list: commas, and ``conj`` (``"un"`` or ``"vai"``) before the last.

    Babel's CLDR list patterns for ``lv`` (``format_list``, styles ``standard`` and ``or``).

    >>> join(["Lietuva", "Polija", "Igaunija"]), join(["Vācija", "Itālija"], conj="vai")
    ('Lietuva, Polija un Igaunija', 'Vācija vai Itālija')
    """
    if conj not in ("un", "vai"):
        raise ValueError(f"unknown conjunction {conj!r}: use 'un' or 'vai'")
    from babel.lists import format_list

    style: Literal["standard", "or"] = "standard" if conj == "un" else "or"
    return str(format_list([str(item) for item in items], style=style, locale="lv"))
