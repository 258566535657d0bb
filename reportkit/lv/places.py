"""Names no table knows: which may decline by the rules, and which must be given by the user.

A Latvian name declines by its ending (:mod:`reportkit.lv.declension`), but a foreign one has a
Latvian form of its own that no rule can build: Kaunas is ``Kauņa``, Bergen ``Bergena``, Milano
``Milāna`` (REFERENCE §9). So a capitalised word that is in no table declines only if it has
*the shape of a Latvian nominative singular*:

1. every letter is one of the 33 of the Latvian alphabet [AiLab-alfabēts]: q, w, x, y, ö, ü, é …
   mark a foreign spelling;
2. it ends as a declinable Latvian noun does in the nominative singular: ``-s``, ``-š`` (1st and
   6th declension), ``-is`` (2nd), ``-us`` (3rd), ``-a`` (4th), ``-e`` (5th) [AiLab-dekl];
3. it does not end in ``-as`` or ``-es``: those are genitive singular or nominative plural endings,
   never a nominative singular [AiLab-dekl, ending table]; a Latvian plural name (``Pļaviņas``,
   ``Atēnas``) is in the tables.

Anything else (``Kaunas``, ``Bergen``, ``Porto``, ``München``) is reported with a ``ValueError``
that tells the user to give the forms with ``add_forms`` or a forms file, and
names the Latvian form when ``cities.tsv`` knows the foreign name. Letters outside the alphabet
are reported in lower-case words too. Personal names follow their own rules in
:mod:`reportkit.lv.people`.

Sources:

- [AiLab-alfabēts] valoda.ailab.lv/latval/vidusskolai/fonetika/fon0.htm and lv.wikipedia.org
  "Latviešu alfabēts": a, ā, b, c, č, d, e, ē, f, g, ģ, h, i, ī, j, k, ķ, l, ļ, m, n, ņ, o, p, r,
  s, š, t, u, ū, v, z, ž (33 letters).
- [AiLab-dekl] valoda.ailab.lv/latval/vidusskolai/morfol/lietv-dekl.htm: the six declensions and
  their nominative singular endings, and the table of all case endings.

    >>> shape_problem("Kauņa") is None, shape_problem("Kaunas")
    (True, 'ends in -as, which a Latvian nominative singular never does')
"""

from __future__ import annotations

from functools import lru_cache

from .lexicon import city_rows, entry

__all__: list[str] = []

LATVIAN_LETTERS = frozenset("aābcčdeēfgģhiījkķlļmnņoprsštuūvzž")
_ENDINGS = ("s", "š", "a", "e")  # -is and -us end in -s too


def foreign_letters(word: str) -> str:
    """The letters of ``word`` that are not in the Latvian alphabet, in order of appearance.

    >>> foreign_letters("München"), foreign_letters("Liepāja")
    ('ü', '')
    """
    seen = dict.fromkeys(ch for ch in word.lower() if ch.isalpha() and ch not in LATVIAN_LETTERS)
    return "".join(seen)


def shape_problem(word: str) -> str | None:
    """Why the capitalised ``word`` is not of a Latvian nominative singular shape, or None.

    >>> shape_problem("Bergen"), shape_problem("Dienvidkurzeme")
    ('does not end in a Latvian nominative ending (-s, -š, -is, -us, -a, -e)', None)
    """
    letters = foreign_letters(word)
    if letters:
        return f"has letters that are not in the Latvian alphabet ({', '.join(letters)})"
    if word.endswith(("as", "es")):
        return f"ends in -{word[-2:]}, which a Latvian nominative singular never does"
    if not word.endswith(_ENDINGS):
        return "does not end in a Latvian nominative ending (-s, -š, -is, -us, -a, -e)"
    return None


@lru_cache(maxsize=1)
def _latvian_by_foreign() -> dict[str, str]:
    names: dict[str, str] = {}
    for row in city_rows():
        for foreign in row["foreign"].split(" / "):
            names.setdefault(foreign.casefold(), row["word"])
    return names


def latvian_name(foreign: str) -> str | None:
    """The Latvian name of the foreign city ``foreign`` from ``cities.tsv``, or None.

    >>> latvian_name("Kaunas"), latvian_name("München"), latvian_name("Springfield")
    ('Kauņa', 'Minhene', None)
    """
    return _latvian_by_foreign().get(foreign.casefold())


def unknown_name(word: str, problem: str) -> ValueError:
    """The error for a name whose Latvian forms cannot be known, with how to give them.

    >>> print(unknown_name("Kaunas", shape_problem("Kaunas") or ""))
    'Kaunas' is in none of reportkit's tables and ends in -as, which a Latvian nominative \
singular never does, so its Latvian forms cannot be known: in Latvian it is 'Kauņa' \
(reportkit/lv/data/cities.tsv), write that; or give the forms with reportkit.add_forms('Kaunas', \
{'gen': …, 'loc': …}) or in a forms file (reportkit.load_forms)
    """
    latvian = latvian_name(word)
    hint = (f"in Latvian it is {latvian!r} (reportkit/lv/data/cities.tsv), write that; or "
            if latvian and latvian != word else "")
    return ValueError(
        f"{word!r} is in none of reportkit's tables and {problem}, so its Latvian forms cannot "
        f"be known: {hint}give the forms with reportkit.add_forms({word!r}, "
        "{'gen': …, 'loc': …}) or in a forms file (reportkit.load_forms)")


def check_name(word: str) -> None:
    """Raise ``ValueError`` unless the capitalised ``word`` may decline by the Latvian rules.

    >>> check_name("Dienvidkurzeme")
    >>> check_name("Kaunas")
    Traceback (most recent call last):
    ...
    ValueError: 'Kaunas' is in none of reportkit's tables and ends in -as, which a Latvian \
nominative singular never does, so its Latvian forms cannot be known: in Latvian it is 'Kauņa' \
(reportkit/lv/data/cities.tsv), write that; or give the forms with reportkit.add_forms('Kaunas', \
{'gen': …, 'loc': …}) or in a forms file (reportkit.load_forms)
    """
    problem = shape_problem(word)
    if problem is not None:
        raise unknown_name(word, problem)


def weakly_sourced(name: str) -> bool:
    """Whether the tables have ``name`` from a weak source only (``cities.tsv`` flag ``weak``).

    A document may print it, but a check (``reportkit validate``) should say so.

    >>> weakly_sourced("Seviļa"), weakly_sourced("Kauņa"), weakly_sourced("Springfield")
    (True, False, False)
    """
    item = entry(name)
    return item is not None and item.weak
