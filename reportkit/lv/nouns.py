"""Latvian nouns and names in every case, counted nouns and lists.

One word declines in :mod:`reportkit.lv.words` (rules in :mod:`reportkit.lv.declension`, tables
in :mod:`reportkit.lv.lexicon`); a name of several words (an organisation, a title and a person,
a list) in :mod:`reportkit.lv.phrases`; a person given as given name and surname in
:mod:`reportkit.lv.people`. Lookup order: forms the user gave, the built-in tables, the rules;
a name none of them can know (``Kaunas``) is reported, never guessed.

    >>> decline("Daugavpils", "loc"), count(21, "mobilitāte")
    ('Daugavpilī', '21\\xa0mobilitāte')
    >>> decline("Jānis Bērziņš", "dat")
    'Jānim Bērziņam'
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Literal

from .grammar import Case, Gender, Number, check_case, check_gender, check_number
from .grammar import takes_singular as _takes_singular
from .lexicon import entry, version
from .lists import items_of, tokens_of
from .phrases import decline_phrase, head_of, named_gender, person_start
from .typography import NBSP, bind_initials
from .words import gender_of

__all__ = ["count", "decline", "gender", "join", "plural"]


@lru_cache(maxsize=4096)
def _declined(text: str, case: Case, number: Number, gender: Gender | None, _version: int) -> str:
    # _version changes when the user's forms do, so a cached form never outlives them.
    return decline_phrase(text, case, number, gender)


def decline(word: str, case: str, *, number: str = "sg", gender: str | None = None) -> str:
    """``word`` (a noun or a name of any length, in the nominative) in ``case`` and ``number``.

    Cases: ``"nom"``, ``"gen"``, ``"dat"``, ``"acc"``, ``"loc"``. A name of several words is read
    by the rules of :mod:`reportkit.lv.phrases`: the head declines with the adjectives that agree
    with it, genitives and quoted names stay, a list declines item by item, a person's name at the
    end declines whole with its title. Plural-only names (``Talsi``, ``Cēsis``) are always plural;
    indeclinable words (``Oslo``, abbreviations) come back unchanged. ``gender`` is that of the
    head or person where the tables and endings do not tell it. ``ValueError`` says what cannot be
    known: a foreign name in no table (``Kaunas``: give its forms with :func:`add_forms`), a
    person whose gender matters and is unknown, a reflexive noun's dative (``tikšanās``).
    The nominative singular is the text as written, with its typography (``A.\\xa0Elksniņš``).

    >>> decline("mēnesis", "gen"), decline("iestāde", "gen", number="pl")
    ('mēneša', 'iestāžu')
    >>> decline("Daugavpils pilsētas dome", "loc"), decline("Talsi", "loc")
    ('Daugavpils pilsētas domē', 'Talsos')
    >>> decline("folkloras grupa „Svātra”", "gen")
    'folkloras grupas „Svātra”'
    """
    checked_case, checked_number = check_case(case), check_number(number)
    checked_gender = check_gender(gender) if gender is not None else None
    text = " ".join(str(word).split())
    if not text:
        raise ValueError("decline needs a word, got an empty string")
    if checked_case == "nom" and checked_number == "sg":
        return bind_initials(text)
    return _declined(text, checked_case, checked_number, checked_gender, version())


def plural(word: str) -> str:
    """The nominative plural of ``word``.

    >>> plural("valsts"), plural("mēnesis"), plural("tikšanās")
    ('valstis', 'mēneši', 'tikšanās')
    """
    return decline(word, "nom", number="pl")


def gender(word: str) -> Gender:
    """``"m"`` or ``"f"``: from the tables, else from the ending of the head word.

    Endings per LU MII AiLab (lietv-dekl.htm): ``-a``, ``-e``, ``-šanās`` are feminine; ``-s``,
    ``-š``, ``-is``, ``-us`` masculine (a feminine 6th-declension word must be in the tables or
    given with :func:`add_forms`). Words that do not decline count as masculine, like ``eiro``.
    The head is found as :func:`decline` finds it: the last word before a quoted name or a part
    in parentheses. For a person it is the person's gender: ``ValueError`` if neither the names
    nor a feminine title tell it (``I. Kokina``).

    >>> gender("mobilitāte"), gender("valsts"), gender("Daugavpils pilsētas dome")
    ('f', 'f', 'f')
    >>> gender("folkloras grupa „Svātra”"), gender("Ņikita Ivanovs")
    ('f', 'm')
    """
    text = " ".join(str(word).split())
    item = entry(text)
    if item is not None and item.gender is not None:
        return item.gender
    tokens = items_of(tokens_of(text))[-1]
    try:
        at = person_start(tokens) if len(tokens) > 1 else None
    except ValueError:
        at = None  # a person or a genitive: the head's ending tells the gender either way
    if at is None:
        return gender_of(head_of(tokens).rpartition("-")[2])
    found = named_gender(tokens, at)
    if found is None:
        raise ValueError(f"the names in {text!r} do not tell whether it is a man or a woman")
    return found


def count(n: int, word: str, *, words: bool = False, case: str = "nom") -> str:
    """``n`` and ``word`` in the form that agrees with it, in ``case``.

    The noun is singular when ``n`` ends in 1 but not 11 (CLDR ``lv``, REFERENCE §4), otherwise
    plural, in the same case as the number: ``21 mobilitātē``, ``5 valstīs``. With
    ``words=True`` the number is written out in the noun's gender; after a number that ends in a
    counting noun (``nulle``, ``simts``, ``tūkstotis``, ``miljons``…) the noun stands in the
    genitive plural: ``divi simti mobilitāšu`` (REFERENCE §1), ``nulle centu`` (REFERENCE §3).

    A number in digits is bound to its noun by a no-break space (``21\\xa0mobilitāte``: the two
    never part at a line end; :mod:`reportkit.lv.typography`).

    >>> count(21, "mobilitāte"), count(11, "mobilitāte"), count(20, "mēnesis")
    ('21\\xa0mobilitāte', '11\\xa0mobilitātes', '20\\xa0mēneši')
    >>> count(21, "mobilitāte", words=True), count(2, "valsts", case="loc")
    ('divdesmit viena mobilitāte', '2\\xa0valstīs')
    """
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"count needs a whole number, got {n!r}")
    if n < 0:
        raise ValueError(f"count needs a number of at least 0, got {n}")
    checked = check_case(case)
    number: Number = "sg" if _takes_singular(n) else "pl"
    if not words:
        return f"{n}{NBSP}{decline(word, checked, number=number)}"
    from .numbers import cardinal  # numbers is imported late: it is heavier and optional here

    spelled = cardinal(n, gender=gender(word), case=checked)
    if n == 0 or (n >= 100 and n % 100 == 0):
        return f"{spelled} {decline(word, 'gen', number='pl')}"
    return f"{spelled} {decline(word, checked, number=number)}"


def join(items: Iterable[str], *, conj: str = "un", case: str | None = None) -> str:
    """The items as a Latvian list: commas, and ``conj`` (``"un"`` or ``"vai"``) before the last.

    Babel's CLDR list patterns for ``lv`` (``format_list``, styles ``standard`` and ``or``).
    With ``case`` every item is declined first, as a list declines item by item: ``starp
    Vāciju, Itāliju, Ungāriju, Dāniju un Latviju`` (seed 000, REFERENCE §9).

    >>> join(["Lietuva", "Polija", "Igaunija"]), join(["Vācija", "Itālija"], conj="vai")
    ('Lietuva, Polija un Igaunija', 'Vācija vai Itālija')
    >>> join(["Vācija", "Itālija", "Latvija"], case="acc")
    'Vāciju, Itāliju un Latviju'
    """
    if conj not in ("un", "vai"):
        raise ValueError(f"unknown conjunction {conj!r}: use 'un' or 'vai'")
    from babel.lists import format_list

    texts = [str(item) for item in items]
    if case is not None:
        texts = [decline(text, case) for text in texts]
    style: Literal["standard", "or"] = "standard" if conj == "un" else "or"
    return str(format_list(texts, style=style, locale="lv"))
