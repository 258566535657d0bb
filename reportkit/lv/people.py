"""People's names in every case: every given name and the surname decline, by the person's gender.

    >>> decline_person("Jānis", "Bērziņš", "dat"), decline_person("Māris", "Liepa", "dat")
    ('Jānim Bērziņam', 'Mārim Liepam')
    >>> decline_person("Anna Marija", "Ozola-Kalniņa", "dat")
    'Annai Marijai Ozolai-Kalniņai'
    >>> decline_person("A.", "Elksniņš", "dat")
    'A.\\xa0Elksniņam'

The rules, with their sources:

- Every given name and the surname decline, each by its own ending and the person's gender
  (REFERENCE §9); each part of a double surname declines on its own: ``Ingu Kalniņu-Lapiņu``
  [VVC-Raina, citing MK 114 p. 134].
- The gender is the one the caller gives (the data); else that of the first given name that tells
  it: ``given_names.tsv`` (official name lists, with the bearers' gender), else the name's ending:
  ``-s``, ``-š``, ``-is``, ``-us`` are masculine, ``-a``, ``-e`` feminine [MK114-ending]; else the
  surname's ending when it is masculine (``-s``, ``-š``, ``-is``, ``-us``: a woman's surname ends
  in ``-a`` or ``-e``, or in ``-s`` only when it is a 6th-declension noun such as ``Klints``
  [MK114-s]). A surname in ``-a``/``-e`` decides nothing: men's surnames have those endings too.
  When nothing decides and the form asked for differs between a man and a woman
  (``I. Kokina``: dative ``Kokinam`` or ``Kokinai``), ``ValueError`` asks for the gender;
  :func:`person_gender` returns None for such a name, for checks.
- A man's surname in ``-a``/``-e`` declines like a woman's, but with the dative ``-am``/``-em``:
  ``Mārim Liepam``, ``Edgaram Repšem`` [VVC-Raina, citing MK 114 p. 17; AiLab-4dekl: ``puikam``].
- Names of foreign origin ending in ``-ā``, ``-ē``, ``-i``, ``-ī``, ``-o``, ``-u``, ``-ū`` do not
  decline: ``Helēnai Skripničenko`` [MK295, p. 3.4]; nor do initials, which keep a no-break space
  before the surname (:mod:`reportkit.lv.typography`).
- Surnames in ``-aus`` are 1st declension: ``Blaus``, ``Blaua``, ``Blauam``, ``Blauu``, ``Blauā``
  [LVA-803]. 2nd-declension names alternate consonants as other nouns do, except two-syllable names
  in ``-tis``, ``-dis`` and surnames in ``-skis``, ``-ckis`` (``Gata``, ``Visocka``) [AiLab-mija].
- A woman's name in ``-š``, ``-is`` or ``-us`` does not occur [MK114-s] and is refused (check the
  gender); a name with letters outside the Latvian alphabet (``Müller``) is refused: documents write
  names in their Latvian form [MK 114], which the user must give.

Sources:

- [VVC-Raina] Valsts valodas centrs consultations,
  vvc.gov.lv/index.php?route=product/category&path=311, citing MK 2004 noteikumi Nr. 114 p. 17
  ("uzvārdam vīriešu dzimtē nominatīvā var būt sieviešu dzimtes galotne –a vai –e (piem., Raina,
  Repše) … lokāms analogi uzvārdam sieviešu dzimtē (izņemot datīva locījumu (kam?) – Rainam,
  Repšem)") and p. 134 (double surnames).
- [MK114-ending] MK 2004 noteikumi Nr. 114, likumi.lv/ta/id/85209, as quoted by
  la.lv/ja-uzvards-butu-tankkugis: "Personvārda īpašnieka dzimumu … (izņemot nelokāmos) norāda
  vīriešu dzimtes vai sieviešu dzimtes lokāmās galotnes".
- [MK114-s] la.lv/firstienes-kaprizes-nepildisim, quoting MK 114: a woman's surname ends in ``-s``
  only for 6th-declension common nouns (Dzelzs, Grunts, Klints).
- [MK295] MK 2000 noteikumi Nr. 295 p. 3.4, m.likumi.lv/ta/id/10131: "nelokāmi latviešu valodā ir
  citvalodu cilmes vārdi un uzvārdi, kas beidzas ar -ā, -ē, -i, -ī, -o, -u, -ū".
- [LVA-803] valodaskonsultacijas.lv/lv/questions/803 (Blaus: Blaua, Blauam, Blauu, Blauā).
- [AiLab-4dekl] valoda.ailab.lv/latval/vispareji/lgraml-w/ivdecl.htm; [AiLab-mija]
  valoda.ailab.lv/latval/vidusskolai/morfol/lietv-mija.htm.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from .declension import paradigm
from .grammar import Case, Forms, Gender, check_case, check_gender
from .lexicon import entry, given_names, sixth_declension
from .places import foreign_letters, unknown_name
from .typography import bind_initials, is_initial
from .words import CASE_NAMES, is_abbreviation, match_case

__all__ = ["decline_person"]

INDECLINABLE_ENDINGS = ("ā", "ē", "i", "ī", "o", "u", "ū")  # [MK295] p. 3.4
_MASCULINE = ("s", "š")  # also -is, -us [MK114-ending]
_FEMININE = ("a", "e")
_VOWELS = "aāeēiīouū"


def given_tokens(given: str | Sequence[str]) -> list[str]:
    """The given names and initials in ``given``: ``"J.G."`` → ``["J.", "G."]``.

    >>> given_tokens("Anna  Marija"), given_tokens("J.G."), given_tokens(["Jānis", "Pēteris"])
    (['Anna', 'Marija'], ['J.', 'G.'], ['Jānis', 'Pēteris'])
    """
    text = given if isinstance(given, str) else " ".join(given)
    return text.replace(".", ". ").split()


def _given_gender(name: str) -> Gender | None:
    known = given_names().get(name)
    if known is not None:
        return known.gender
    if name.endswith(INDECLINABLE_ENDINGS):
        return None
    if name.endswith(_MASCULINE):
        return "m"
    return "f" if name.endswith(_FEMININE) else None


def _surname_is_masculine(surname: str) -> bool:
    # A woman's surname ends in -a/-e, or in -s only as a 6th-declension noun [MK114-s].
    return any(part.endswith("š") or (part.endswith("s") and part.lower() not in sixth_declension())
               for part in surname.split("-") if part)


def person_gender(given: str | Sequence[str], surname: str = "") -> Gender | None:
    """The gender of the person, from the names alone; None when they do not tell it.

    >>> person_gender("Ņikita", "Vasiļjevs"), person_gender("A.", "Elksniņš")
    ('m', 'm')
    >>> person_gender("I.", "Kokina"), person_gender("Ivo", "Liepa")
    (None, None)
    """
    for name in given_tokens(given):
        if not is_initial(name):
            found = _given_gender(name)
            if found is not None:
                return found
    return "m" if _surname_is_masculine(surname) else None


def name_word(word: str, case: Case, gender: Gender) -> str:
    """One given name or one part of a surname in ``case``, for a person of ``gender``.

    >>> name_word("Dzalbe", "dat", "m"), name_word("Blaus", "gen", "m")
    ('Dzalbem', 'Blaua')
    >>> name_word("Volodko", "gen", "f"), name_word("Klints", "dat", "f")
    ('Volodko', 'Klintij')
    """
    if is_initial(word) or is_abbreviation(word):
        return word
    item = entry(word)
    if item is not None and item.forms and item.gender in (None, gender):
        form = item.forms.get(("sg", case))
        if form is not None:
            return match_case(word, form)
    known = given_names().get(word)
    if (known is not None and known.indeclinable) or word.endswith(INDECLINABLE_ENDINGS):
        return word
    letters = foreign_letters(word)
    if letters:
        raise unknown_name(word, "has letters that are not in the Latvian alphabet "
                                 f"({', '.join(letters)}); a Latvian document writes a name in "
                                 "its Latvian form (MK 114)")
    return match_case(word, _forms(word, gender)[("sg", case)])


@lru_cache(maxsize=4096)
def _forms(word: str, gender: Gender) -> Forms:
    return paradigm(word, gender, declension=_declension(word, gender))


def _declension(word: str, gender: Gender) -> str | None:
    """The declension to force on a name, None where the ending decides; ValueError if none fits."""
    if gender == "m":
        if word.endswith("aus"):
            return "1"  # [LVA-803]
        if word.endswith(_MASCULINE + _FEMININE):
            return None  # -a, -e take the masculine dative -am, -em [VVC-Raina]
        endings = "-s, -š, -is, -us, -a, -e"
    else:
        if word.endswith(_FEMININE):
            return None
        if word.endswith("s") and word[-2:-1] not in _VOWELS:
            return "6"  # [MK114-s]
        endings = "-a, -e, or -s after a consonant"
    who = "man's" if gender == "m" else "woman's"
    raise ValueError(f"{word!r} does not end as a {who} name declines in Latvian ({endings}; "
                     "MK 114): check the gender, or give the forms with "
                     f"reportkit.add_forms({word!r}, {{...}})")


def _render(given: list[str], surname: str, case: Case, gender: Gender) -> str:
    words = [name_word(name, case, gender) for name in given]
    if surname:
        words.append("-".join(name_word(part, case, gender) if part else part
                              for part in surname.split("-")))
    return bind_initials(" ".join(words))


def decline_person(given: str | Sequence[str], surname: str, case: str = "nom", *,
                   gender: str | None = None) -> str:
    """The person's given name(s) and surname in ``case``; ``gender`` is ``"m"`` or ``"f"``.

    Without ``gender`` it comes from the names (:func:`person_gender`); when they do not tell it
    and the two genders would give different forms, ``ValueError`` asks for it.

    >>> decline_person("Dmitrijs", "Radionovs", "acc"), decline_person("G.", "Smuļko", "dat")
    ('Dmitriju Radionovu', 'G.\\xa0Smuļko')
    >>> decline_person("I.", "Kokina", "gen")
    'I.\\xa0Kokinas'
    >>> decline_person("I.", "Kokina", "dat")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: cannot tell whether 'I. Kokina' is a man or a woman, and the dative differs ...
    """
    checked = check_case(case)
    names = given_tokens(given)
    surname = " ".join(str(surname).split())
    if not names and not surname:
        raise ValueError("decline_person needs a given name or a surname, got neither")
    if gender is not None:
        return _render(names, surname, checked, check_gender(gender))
    found = person_gender(names, surname)
    if found is not None:
        return _render(names, surname, checked, found)
    return _either_gender(names, surname, checked)


def _either_gender(names: list[str], surname: str, case: Case) -> str:
    forms: dict[Gender, str] = {}
    genders: tuple[Gender, ...] = ("m", "f")
    for gender in genders:
        try:
            forms[gender] = _render(names, surname, case, gender)
        except ValueError:
            continue
    if len(set(forms.values())) == 1:
        return next(iter(forms.values()))
    full = " ".join([*names, surname]).strip()
    if len(forms) < 2:
        raise ValueError(f"cannot decline {full!r} for either gender: give its forms with "
                         "reportkit.add_forms")
    raise ValueError(f"cannot tell whether {full!r} is a man or a woman, and the "
                     f"{CASE_NAMES[case]} differs ({forms['m']} for a man, {forms['f']} for a "
                     "woman): give gender='m' or 'f'")

