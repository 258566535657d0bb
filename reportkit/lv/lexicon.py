"""The word tables of :mod:`reportkit.lv.nouns`: built-in data and the user's own forms.

Four tables ship in ``reportkit/lv/data/`` (each file states its format and sources):
``nouns.tsv`` (grant nouns: gender, flags), ``places.tsv`` (Latvian cities, towns,
municipalities and partner cities abroad), ``countries.tsv`` (generated from CLDR, see
:mod:`reportkit.lv.countries`) and ``forms.tsv`` (whole paradigms the rules cannot build).
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


_USER: dict[str, Entry] = {}


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
    unknown = flags - {"pl", "nomija", "indecl"}
    if unknown:
        raise ValueError(f"unknown flag(s) {sorted(unknown)} for {row['word']!r}")
    return Entry(gender=check_gender(row["gender"]), plural_only="pl" in flags,
                 alternation=False if "nomija" in flags else None,
                 indeclinable="indecl" in flags)


@lru_cache(maxsize=1)
def builtin() -> dict[str, Entry]:
    """Every built-in entry by :func:`key`: nouns, places, then whole paradigms.

    >>> builtin()["apvienotā karaliste"].forms[("sg", "loc")]
    'Apvienotajā Karalistē'
    """
    table = {key(row["word"]): _from_flags(row) for name in ("nouns.tsv", "places.tsv")
             for row in _rows(name)}
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

    >>> "Daugavpils" in builtin_words("valstspilsēta"), len(builtin_words("novads"))
    (True, 36)
    """
    if kind is not None:
        return [row["word"] for row in _rows("places.tsv") if row["kind"] == kind]
    return [row["word"] for name in ("nouns.tsv", "places.tsv", "forms.tsv")
            for row in _rows(name)]


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
            item = Entry(base.gender, base.plural_only, base.alternation, base.indeclinable)
    item.forms.update(given)
    if gender is not None:
        item.gender = check_gender(gender)
    _USER[key(word)] = item


def clear_forms() -> None:
    """Forget every form given with :func:`add_forms` (or ``reportkit.load_forms``).

    >>> clear_forms()
    """
    _USER.clear()
