"""The rules that decline one Latvian noun: six declensions, consonant alternation, reflexives.

This is the rule layer under :mod:`reportkit.lv.nouns`; it knows nothing of tables or overrides.
Words come in the nominative (singular, or plural for plural-only nouns); a capital initial
marks a personal name where that matters (Valdis → Valda).

Sources (written beside each rule below):

- [AiLab-dekl] LU MII AiLab, "Locīšana un deklinācijas" and the pages per declension,
  valoda.ailab.lv/latval/vidusskolai/morfol/lietv-dekl.htm, …/lgraml-w/idecl.htm … videcl.htm
- [AiLab-mija] LU MII AiLab, "Līdzskaņu mija",
  valoda.ailab.lv/latval/vidusskolai/morfol/lietv-mija.htm
- [LVA-957] Latviešu valodas aģentūra, valodaskonsultacijas.lv question 957 (tikšanās)

    >>> paradigm("mēnesis")[("sg", "gen")], paradigm("iestāde")[("pl", "gen")]
    ('mēneša', 'iestāžu')
"""

from __future__ import annotations

from .grammar import CASES, Forms, Gender

# Case endings in the order of grammar.CASES: nom, gen, dat, acc, loc [AiLab-dekl].
# "*" marks the place of consonant alternation (the stem is altered before the ending).
_ENDINGS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "1": (("s", "a", "am", "u", "ā"), ("i", "u", "iem", "us", "os")),
    "1š": (("š", "a", "am", "u", "ā"), ("i", "u", "iem", "us", "os")),
    "2": (("is", "*a", "im", "i", "ī"), ("*i", "*u", "*iem", "*us", "*os")),
    "3": (("us", "us", "um", "u", "ū"), ("i", "u", "iem", "us", "os")),
    "4f": (("a", "as", "ai", "u", "ā"), ("as", "u", "ām", "as", "ās")),
    "4m": (("a", "as", "am", "u", "ā"), ("as", "u", "ām", "as", "ās")),
    "5f": (("e", "es", "ei", "i", "ē"), ("es", "*u", "ēm", "es", "ēs")),
    "5m": (("e", "es", "em", "i", "ē"), ("es", "*u", "ēm", "es", "ēs")),  # bende [AiLab-dekl]
    "6": (("s", "s", "ij", "i", "ī"), ("is", "*u", "īm", "is", "īs")),
}

# Consonant alternation before the ending, longest stem ending first [AiLab-mija].
_ALTERNATION: tuple[tuple[str, str], ...] = (
    ("kst", "kš"), ("sn", "šņ"), ("zn", "žņ"), ("sl", "šļ"), ("zl", "žļ"), ("ln", "ļņ"),
    ("ll", "ļļ"), ("nn", "ņņ"), ("dz", "dž"),
    ("b", "bj"), ("m", "mj"), ("p", "pj"), ("v", "vj"), ("f", "fj"),
    ("c", "č"), ("d", "ž"), ("s", "š"), ("t", "š"), ("z", "ž"), ("n", "ņ"), ("l", "ļ"),
)

# Endings of 2nd-declension nouns that do not alternate [AiLab-mija]: strupastis, simtkājis,
# kaķis, skauģis, mūris, tālskatis; surnames in -skis, -ckis. (Two-syllable personal names in
# -tis/-dis, Atis → Ata, are names: give them with add_forms or in the lexicon.)
_NO_ALTERNATION_2 = ("astis", "jis", "ķis", "ģis", "ris", "skatis", "skis", "ckis")
# 5th declension: -aste, -fe, -ģe, -ķe, -mate, -pēde, and -ste unless -kste [AiLab-mija].
_NO_ALTERNATION_5 = ("aste", "fe", "ģe", "ķe", "mate", "pēde")

REFLEXIVE = "šanās"


def alternate(stem: str) -> str:
    """The stem with its last consonant(s) alternated, as before the 2nd-declension genitive.

    >>> alternate("mēnes"), alternate("brāl"), alternate("iestād"), alternate("zem")
    ('mēneš', 'brāļ', 'iestāž', 'zemj')
    """
    for plain, soft in _ALTERNATION:
        if stem.endswith(plain):
            return stem[: len(stem) - len(plain)] + soft
    return stem


def _syllables(word: str) -> int:
    vowels = "aāeēiīouū"
    word = word.lower()
    return sum(1 for i, ch in enumerate(word) if ch in vowels
               and (i == 0 or word[i - 1] not in vowels))


def _alternates(word: str, declension: str) -> bool:
    if declension == "2":
        # Two-syllable personal names in -tis, -dis do not alternate: Atis, Valdis [AiLab-mija].
        name = word[:1].isupper() and word.endswith(("tis", "dis")) and _syllables(word) == 2
        return not (name or word.endswith(_NO_ALTERNATION_2))
    if declension.startswith("5"):
        ste = word.endswith("ste") and not word.endswith("kste")
        return not (ste or word.endswith(_NO_ALTERNATION_5))
    return declension == "6"


def declension_of(word: str, gender: Gender | None) -> str | None:
    """Which declension a nominative singular belongs to, or None if the word does not decline.

    Endings and the genders that share them per [AiLab-dekl]: ``-s``/``-š`` is 1st (masculine)
    unless the word is feminine, then 6th (``pils``); ``-is`` 2nd; ``-us`` 3rd; ``-a`` 4th;
    ``-e`` 5th. A word ending otherwise (``Oslo``, ``Tartu``, ``Tbilisi``) does not decline.

    >>> declension_of("pils", "f"), declension_of("projekts", None), declension_of("oslo", None)
    ('6', '1', None)
    """
    if word.endswith("s") and gender == "f":
        return "6"
    for ending, name in (("is", "2"), ("us", "3"), ("s", "1"), ("š", "1š")):
        if word.endswith(ending) and len(word) > len(ending):
            return name
    if word.endswith("a"):
        return "4m" if gender == "m" else "4f"
    if word.endswith("e"):
        return "5m" if gender == "m" else "5f"
    return None


def _table(stem: str, declension: str, alternation: bool) -> Forms:
    soft = alternate(stem) if alternation else stem
    forms: Forms = {}
    for number, endings in zip(("sg", "pl"), _ENDINGS[declension], strict=True):
        for case, ending in zip(CASES, endings, strict=True):
            base = soft if ending.startswith("*") else stem
            forms[(number, case)] = base + ending.lstrip("*")  # type: ignore[index]
    return forms


def _reflexive(word: str) -> Forms:
    # Reflexive verbal nouns have no dative or locative in either number [LVA-957].
    stem = word[: -len("ās")]
    return {("sg", "nom"): word, ("sg", "gen"): word, ("sg", "acc"): stem + "os",
            ("pl", "nom"): word, ("pl", "gen"): stem + "os", ("pl", "acc"): word}


_PLURAL_ONLY: dict[str, tuple[str, str]] = {
    # nominative plural ending → (declension whose plural endings it takes, stem cut)
    "as": ("4f", "as"), "es": ("5f", "es"), "is": ("6", "is"), "i": ("1", "i"),
}


def _plural_only(word: str, alternation: bool | None) -> Forms:
    # Plural-only names (Talsi, Cēsis, Pļaviņas) take the plural endings of their declension;
    # masculine -i names already show the alternation in the nominative (Preiļi → Preiļu);
    # -is plurals are 6th declension whatever their gender (Cēsis; ļaudis m) [AiLab-dekl].
    for ending, (declension, cut) in _PLURAL_ONLY.items():
        if word.endswith(ending):
            stem = word[: len(word) - len(cut)]
            if alternation is None:
                alternation = declension != "1" and _alternates(word, declension)
            forms = _table(stem, declension, alternation)
            plural = {key: form for key, form in forms.items() if key[0] == "pl"}
            return plural | {("sg", case): plural[("pl", case)] for case in CASES}
    raise ValueError(f"{word!r} does not end like a Latvian plural (-i, -as, -es, -is)")


def paradigm(word: str, gender: Gender | None = None, *, plural_only: bool = False,
             alternation: bool | None = None, declension: str | None = None) -> Forms:
    """Every (number, case) form of the nominative ``word`` by the rules above.

    ``gender`` tells 1st from 6th declension and masculine 4th/5th (``puika``, ``bende``);
    ``alternation`` overrides the alternation rule (``valsts → valstu``: False); ``declension``
    overrides the one the ending suggests (``"1"`` for the surname ``Blaus``, not 3rd).
    A word that does not decline maps every key to itself. Reflexive nouns lack dat and loc.
    For a plural-only word, the singular keys hold the plural forms.

    >>> paradigm("pils", "f")[("sg", "dat")], paradigm("talsi", plural_only=True)[("pl", "loc")]
    ('pilij', 'talsos')
    """
    if plural_only:
        return _plural_only(word, alternation)
    if word.endswith(REFLEXIVE):
        return _reflexive(word)
    declension = declension or declension_of(word, gender)
    if declension is None:
        return {(number, case): word for number in ("sg", "pl") for case in CASES}
    cut = 1 if declension in ("1", "1š", "4f", "4m", "5f", "5m", "6") else 2
    if alternation is None:
        alternation = _alternates(word, declension)
    return _table(word[:-cut], declension, alternation)
