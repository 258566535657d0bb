"""The word tables of :mod:`reportkit.lv`: built-in data and the user's own forms.

The tables ship in ``reportkit/lv/data/`` (each file states its format and sources):
``nouns.tsv`` (grant nouns: gender, flags), ``places.tsv`` (Latvian cities, towns and
municipalities), ``cities.tsv`` (the Latvian names of cities abroad), ``countries.tsv`` (generated
from CLDR, see :mod:`reportkit.lv.countries`), ``forms.tsv`` (whole paradigms the rules cannot
build), ``given_names.tsv`` (given names and their bearers' gender, read by
:mod:`reportkit.lv.people`), ``genitives.tsv`` (names that read as genitives where the rules
could read them two ways) and ``sixth.tsv`` (6th-declension nouns, whose genitive looks like a
masculine nominative), both read by :mod:`reportkit.lv.phrases`. They are read on first use.
User forms given with :func:`add_forms` (or read from a file by
:func:`reportkit.read.load_forms`) win over all of them. They are the one mutable state of
``reportkit.lv``: shared by the whole process, so give them once at start-up, not per document.

    >>> entry("Talsi").plural_only, entry("valsts").alternation
    (True, False)
"""

from __future__ import annotations

import csv
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from .grammar import CASES, Forms, Gender, check_case, check_gender, check_number


@dataclass
class Entry:
    """What the tables know of one word: gender, flags and any forms given outright."""

    gender: Gender | None = None
    plural_only: bool = False
    alternation: bool | None = None  # None: the rule decides
    indeclinable: bool = False
    forms: Forms = field(default_factory=dict)
    weak: bool = False  # the name has only a weak source (cities.tsv flag)


_USER: dict[str, Entry] = {}
_VERSION = [0]  # bumped whenever the user's forms change, so caches of declined text can see it
_FLAGS = frozenset({"pl", "nomija", "indecl", "weak"})


def key(word: str) -> str:
    """The lookup key of a word: case-folded, spaces normalised.

    >>> key("  Daugavpils  pilsētas dome ")
    'daugavpils pilsētas dome'
    """
    return " ".join(word.split()).casefold()


def _rows(name: str) -> list[dict[str, str]]:
    from importlib import resources  # slow to import; the tables are read on first use

    data = resources.files("reportkit.lv").joinpath("data")
    text = data.joinpath(name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def _from_flags(row: Mapping[str, str]) -> Entry:
    flags = {flag.strip() for flag in row["flags"].split(",") if flag.strip()}
    unknown = flags - _FLAGS
    if unknown:
        raise ValueError(f"unknown flag(s) {sorted(unknown)} for {row['word']!r}")
    # "-": no source gives the gender (indeclinable foreign names); the ending rule decides.
    gender = None if row["gender"] == "-" else check_gender(row["gender"])
    return Entry(gender=gender, plural_only="pl" in flags,
                 alternation=False if "nomija" in flags else None,
                 indeclinable="indecl" in flags, weak="weak" in flags)


@lru_cache(maxsize=1)
def builtin() -> dict[str, Entry]:
    """Every built-in entry by :func:`key`: nouns, places, cities abroad, countries, paradigms.

    >>> builtin()["apvienotā karaliste"].forms[("sg", "loc")]
    'Apvienotajā Karalistē'
    """
    table = {key(row["word"]): _from_flags(row)
             for name in ("nouns.tsv", "places.tsv", "cities.tsv") for row in _rows(name)}
    table |= {key(row["name"]): _from_flags({**row, "word": row["name"]})
              for row in country_rows()}
    for row in _rows("forms.tsv"):
        item = table.setdefault(key(row["word"]), Entry(gender=check_gender(row["gender"])))
        number = check_number(row["number"])
        item.forms.update({(number, case): row[case] for case in CASES if row[case] != "-"})
        item.plural_only = item.plural_only or (number == "pl" and ("sg", "nom") not in item.forms)
    return table


@lru_cache(maxsize=1)
def country_rows() -> list[dict[str, str]]:
    """The rows of ``countries.tsv``: code, name, gender, flags, source.

    >>> country_rows()[0]["code"]
    'AC'
    """
    return _rows("countries.tsv")


def builtin_words(kind: str | None = None) -> list[str]:
    """The words of the built-in tables as written there; ``kind`` filters ``places.tsv`` rows.

    ``kind="ārzemes"`` (abroad) lists ``cities.tsv``.

    >>> "Daugavpils" in builtin_words("valstspilsēta"), len(builtin_words("novads"))
    (True, 36)
    >>> "Kauņa" in builtin_words("ārzemes")
    True
    """
    if kind == "ārzemes":
        return [row["word"] for row in _rows("cities.tsv")]
    if kind is not None:
        return [row["word"] for row in _rows("places.tsv") if row["kind"] == kind]
    return [row["word"] for name in ("nouns.tsv", "places.tsv", "cities.tsv", "forms.tsv")
            for row in _rows(name)]


@lru_cache(maxsize=1)
def city_rows() -> list[dict[str, str]]:
    """The rows of ``cities.tsv``: word, gender, flags, country, foreign, source.

    >>> next(row["word"] for row in city_rows() if row["foreign"] == "Kaunas")
    'Kauņa'
    """
    return _rows("cities.tsv")


@lru_cache(maxsize=1)
def given_names() -> dict[str, Entry]:
    """The given names of ``given_names.tsv`` by their exact spelling: gender and flags.

    A name whose gender no source gives has ``gender=None``.

    >>> ivo = given_names()["Ivo"]
    >>> given_names()["Ņikita"].gender, ivo.gender, ivo.indeclinable
    ('m', None, True)
    """
    return {row["name"]: _from_flags({**row, "word": row["name"]})
            for row in _rows("given_names.tsv")}


@lru_cache(maxsize=1)
def genitive_phrases() -> tuple[tuple[str, ...], ...]:
    """The word sequences of ``genitives.tsv``: genitives the rules could also read as nominatives.

    >>> ("draudzīgā", "aicinājuma") in genitive_phrases()
    True
    """
    return tuple(tuple(key(row["phrase"]).split(" ")) for row in _rows("genitives.tsv"))


@lru_cache(maxsize=1)
def sixth_declension() -> frozenset[str]:
    """The 6th-declension nouns of ``sixth.tsv``, lower case (genitive singular = nominative).

    >>> "sirds" in sixth_declension(), "projekts" in sixth_declension()
    (True, False)
    """
    return frozenset(key(row["word"]) for row in _rows("sixth.tsv"))


def version() -> int:
    """A number that changes whenever the user's forms change (for caches of declined text).

    >>> before = version(); add_forms("Novara", gender="f"); version() > before
    True
    >>> clear_forms()
    """
    return _VERSION[0]


def entry(word: str) -> Entry | None:
    """The user's entry for ``word`` if there is one, else the built-in one, else None.

    >>> entry("mēnesis").gender
    'm'
    """
    k = key(word)
    return _USER.get(k) or builtin().get(k)


def add_forms(word: str, forms: Mapping[str, str] | None = None, *, number: str = "sg",
              gender: str | None = None) -> None:
    """Give the forms of ``word`` yourself; they win over every rule and table.

    ``forms`` maps cases (``"nom"``, ``"gen"``, ``"dat"``, ``"acc"``, ``"loc"``) to forms of
    grammatical ``number``; cases left out still come from the rules. Call once per number.
    ``gender`` (``"m"``/``"f"``) sets the gender that :func:`reportkit.lv.gender` and
    ``count(..., words=True)`` use. Letter case of ``word`` does not matter for the lookup.

    >>> add_forms("Novara", {"loc": "Novarā"}, gender="f")
    >>> from reportkit.lv import decline
    >>> decline("Novara", "loc")
    'Novarā'
    >>> clear_forms()
    """
    number = check_number(number)
    given = {(number, check_case(case)): form for case, form in (forms or {}).items()}
    existing = _USER.get(key(word))
    item = existing or Entry()
    if existing is None:
        base = builtin().get(key(word))
        if base is not None:
            item = Entry(base.gender, base.plural_only, base.alternation, base.indeclinable,
                         weak=base.weak)
    item.forms.update(given)
    if gender is not None:
        item.gender = check_gender(gender)
    _USER[key(word)] = item
    _VERSION[0] += 1


def clear_forms() -> None:
    """Forget every form given with :func:`add_forms` (or ``reportkit.load_forms``).

    >>> clear_forms()
    """
    _USER.clear()
    _VERSION[0] += 1


def user_entry(word: str) -> Entry | None:
    """The entry the user gave for ``word`` with :func:`add_forms`, or None (tables not read).

    >>> user_entry("Smuļko") is None
    True
    """
    return _USER.get(key(word))
