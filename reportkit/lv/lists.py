"""Where a text is several names: lists, and the ``un`` that joins names or genitives.

Sources: REFERENCE §5 (which endings a genitive has), [AiLab-adj] valoda.ailab.lv/latval/
vispareji/lgraml-w/adjectiv.htm, and [LVPPV] below.

A list declines item by item: ``starp Vāciju, Itāliju, Ungāriju, Dāniju un Latviju`` (seed 000,
REFERENCE §9). But ``un`` (or ``vai``) also joins two genitives before one head: ``Izglītības un
zinātnes ministrija`` is one name, whose head alone declines. The rules, in order, for the word
before ``un`` (A) and the word after it (B):

1. B is the last word of its item (its head): ``un`` joins names (``Daugavpils un Magdeburga``).
2. A is the genitive of a name or noun the tables know and not a nominative they know
   (``Latvijas un Norvēģijas …``): genitives; A is a known nominative only (``Vācija un Latvijas
   Republika``): names.
3. A's ending tells: one that only a genitive has (``-as``, ``-es``, ``-u``: ``Novadpētniecības un
   mākslas muzejs``) joins genitives; one no genitive has (``-e``, ``-is``, ``-š``, ``-ais``,
   ``-i``: ``Daugavpils Universitāte un Rēzeknes …``) joins names.
4. A is in lower case and B capitalised: names, since in an organisation's name only the first
   word is capitalised [LVPPV] (``… akadēmija un Latvijas Universitāte``).
5. B is in lower case (``Klimata un enerģētikas ministrija``) or a known genitive (``EEZ un
   Norvēģijas finanšu instrumenti``): genitives; otherwise names (``Dienviddžordžija un
   Dienvidsendviču salas``).

A comma is read as the ``un`` after it. Words inside quotation marks or parentheses are never
separators.

[LVPPV] Latviešu valodas pareizrakstības un pareizrunas vārdnīca (1995), 13–17, as summarised in
Augstākās tiesas biļetens Nr. 7, "Latviešu valodas kultūra un prakse" (at.gov.lv): "ar lielo
sākumburtu tikai pirmo vārdu raksta … organizāciju, iestāžu … nosaukumos".

    >>> [" ".join(item) for item in items_of(tokens_of("Vācija, Itālija un Latvija"))]
    ['Vācija', ',', 'Itālija', 'un', 'Latvija']
"""

from __future__ import annotations

from functools import lru_cache

from .grammar import Case
from .lexicon import builtin_words, country_rows, entry, given_names
from .typography import split_initials
from .words import decline_word, is_abbreviation

OPENING, CLOSING = "„“«\"", "”“»\""


def tokens_of(text: str) -> list[str]:
    """The words of ``text`` with commas and glued initials apart: ``J.Pilsudska`` → two.

    >>> tokens_of("Vācija,  Itālija un J.Pilsudska ģimnāzija")
    ['Vācija', ',', 'Itālija', 'un', 'J.', 'Pilsudska', 'ģimnāzija']
    """
    out: list[str] = []
    for token in split_initials(" ".join(str(text).split())).split(" "):
        if token.endswith(",") and len(token) > 1:
            out += [token[:-1], ","]
        elif token:
            out.append(token)
    return out


def free_flags(tokens: list[str]) -> list[bool]:
    """For each token: whether it stands outside quotation marks and parentheses.

    >>> free_flags(["grupa", "„Saules", "skola”", "(LPS)"])
    [True, False, False, False]
    """
    flags, quotes, parens = [], 0, 0
    for token in tokens:
        opens = len(token) - len(token.lstrip(OPENING))
        closes = len(token) - len(token.rstrip(CLOSING))
        inside = quotes > 0 or parens > 0 or opens > 0 or token.startswith("(")
        quotes += opens
        parens += token.count("(")
        flags.append(not inside)
        quotes = max(0, quotes - closes)
        parens = max(0, parens - token.count(")"))
    return flags


@lru_cache(maxsize=2)
def known_forms(case: Case) -> frozenset[str]:
    """The ``case`` forms of every one-word name and noun in the tables (read once).

    >>> "Latvijas" in known_forms("gen"), "Latvijā" in known_forms("loc")
    (True, True)
    """
    words = builtin_words() + [row["name"] for row in country_rows()]
    forms = set()
    for word in words:
        if " " not in word:
            try:
                forms.add(decline_word(word, case, known=True))
            except ValueError:
                continue
    return frozenset(forms)


def _genitive_only(word: str) -> bool:
    return word.endswith(("as", "es", "u", "ās")) and not is_abbreviation(word)


def _nominative_only(word: str) -> bool:
    # No genitive ends so (REFERENCE §5 table; definite -ais, -ie: [AiLab-adj]).
    return word.endswith(("e", "is", "š", "ais", "ie", "i")) and not is_abbreviation(word)


def _joins_modifiers(tokens: list[str], at: int, end: int) -> bool:
    """Whether the ``un`` at ``at`` (its item ending at ``end``) joins genitives (rules 1–6)."""
    if at == 0 or at + 1 >= end:
        return False
    before, after = tokens[at - 1], tokens[at + 1]
    if sum(free_flags(tokens[at + 1:end])) <= 1:
        return False  # rule 1: the word after "un" is the head of its item: two names
    genitives = known_forms("gen")
    known_genitive = before in genitives
    known_nominative = entry(before) is not None or before in given_names()
    if known_genitive != known_nominative:
        return known_genitive  # rule 2
    if _nominative_only(before) or _genitive_only(before):
        return _genitive_only(before)  # rule 3
    if before[:1].islower() and after[:1].isupper():
        return False  # rule 4: a capital after a lower-case word starts another name
    return after[:1].islower() or (after in genitives and entry(after) is None)  # rule 5


def items_of(tokens: list[str]) -> list[list[str]]:
    """The tokens split into the names of a list; separators kept as one-token items.

    >>> items_of(tokens_of("Vācija, Itālija un Izglītības un zinātnes ministrija"))
    [['Vācija'], [','], ['Itālija'], ['un'], ['Izglītības', 'un', 'zinātnes', 'ministrija']]
    """
    free = free_flags(tokens)
    joins: list[int] = []
    end, kind = len(tokens), "names"
    for at in range(len(tokens) - 1, -1, -1):
        if not free[at] or tokens[at] not in ("un", "vai", ","):
            continue
        if tokens[at] != ",":
            kind = "genitives" if _joins_modifiers(tokens, at, end) else "names"
        if kind == "names":
            joins.append(at)
            end = at
    items, start = [], 0
    for at in sorted(joins):
        items += [tokens[start:at], [tokens[at]]]
        start = at + 1
    return [*items, tokens[start:]]
