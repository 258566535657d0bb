"""Latvian adjectives in the forms that agree with a noun: definite (``Tehniskā``) and indefinite.

Sources:

- [AiLab-adj] LU MII AiLab, "Īpašības vārdi", valoda.ailab.lv/latval/vispareji/lgraml-w/adjectiv.htm
  (= letonika.lv/groups/?title=adjectiv.htm): indefinite adjectives decline like 1st-declension
  (masculine) and 4th-declension (feminine) nouns; the definite endings are, nom gen dat acc loc:
  m sg ``-ais -ā -ajam -o -ajā``, f sg ``-ā -ās -ajai -o -ajā``, m pl ``-ie -o -ajiem -os -ajos``,
  f pl ``-ās -o -ajām -ās -ajās``; adjectives in ``-ējs`` have no extended endings in the definite
  form (``iekšējais``: ``iekšējam``, ``iekšējā``). The same table is REFERENCE §2 (ordinals).
  The AiLab page misprints two indefinite endings (m sg acc ``-o``, m pl gen ``-us``); letonika.lv
  has ``-u`` and ``-u``, as the 1st declension does.

    >>> definite("Tehniskā", "f", "sg", "loc"), definite("vecākais", "m", "sg", "dat")
    ('Tehniskajā', 'vecākajam')
"""

from __future__ import annotations

from .grammar import CASES, Case, Gender, Number

# nom, gen, dat, acc, loc of the definite form by gender and number [AiLab-adj].
_DEFINITE: dict[tuple[Gender, Number], tuple[str, ...]] = {
    ("m", "sg"): ("ais", "ā", "ajam", "o", "ajā"),
    ("f", "sg"): ("ā", "ās", "ajai", "o", "ajā"),
    ("m", "pl"): ("ie", "o", "ajiem", "os", "ajos"),
    ("f", "pl"): ("ās", "o", "ajām", "ās", "ajās"),
}
# Adjectives in -ējs drop the extension -aj- (iekšējam, iekšējā) [AiLab-adj].
_SHORT = {"ajam": "am", "ajai": "ai", "ajiem": "iem", "ajā": "ā", "ajām": "ām", "ajos": "os",
          "ajās": "ās"}


def definite_ending(word: str, gender: Gender, number: Number) -> str | None:
    """The nominative definite ending ``word`` has for ``gender`` and ``number``, or None.

    >>> definite_ending("Industriālais", "m", "sg"), definite_ending("Brīvo", "m", "pl")
    ('ais', None)
    """
    ending = _DEFINITE[(gender, number)][0]
    return ending if word.endswith(ending) and len(word) > len(ending) + 1 else None


def definite(word: str, gender: Gender, number: Number, case: Case, *,
             to_number: Number | None = None) -> str:
    """The nominative definite adjective ``word`` (``Tehniskā``, ``vokālais``) in ``case``.

    ``number`` is that of ``word``; ``to_number`` the one wanted, if it differs.

    >>> definite("Iekšējā", "f", "sg", "dat"), definite("Apvienotie", "m", "pl", "loc")
    ('Iekšējai', 'Apvienotajos')
    >>> definite("Tehniskā", "f", "sg", "dat", to_number="pl")
    'Tehniskajām'
    """
    stem = word[: len(word) - len(_DEFINITE[(gender, number)][0])]
    ending = _DEFINITE[(gender, to_number or number)][CASES.index(case)]
    if stem.endswith("ēj"):
        ending = _SHORT.get(ending, ending)
    return stem + ending
