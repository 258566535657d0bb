"""Names of several words in a case: organisations, places, people with their titles, lists.

    >>> decline_phrase("Rīgas Tehniskā universitāte", "loc")
    'Rīgas Tehniskajā universitātē'
    >>> decline_phrase("Izglītības un zinātnes ministrija", "loc")
    'Izglītības un zinātnes ministrijā'
    >>> decline_phrase("mēra vietnieks Dmitrijs Radionovs", "acc")
    'mēra vietnieku Dmitriju Radionovu'

How a name is read, rule by rule (REFERENCE §9, with the sources named there and below):

1. A whole name that the tables or the user know (``forms.tsv``, ``add_forms``)
   takes its forms from there; a name the tables list without forms (a country, a novads)
   declines by the rules below without the checks for unknown words.
2. A list declines item by item; ``un`` joins names or genitives by the rules of
   :mod:`reportkit.lv.lists`: ``Vāciju, Itāliju un Latviju``, ``Izglītības un zinātnes
   ministrijā``.
3. What stands after the head stays as written: a part in parentheses (``(LPS)``), a proper name in
   quotation marks after its generic noun (``folkloras grupas „Svātra”``, ISG 10.1.6), a locative
   with the genitives before it (``vēstniecība Latvijā``, ``eksperte projektu jautājumos``:
   a known place, or a lower-case word whose ending no nominative has). A name that is all in
   quotation marks declines inside them (``„Vellatām”`` [atbilsmes-2024]).
4. A person's name at the end (a given name from ``given_names.tsv`` or an initial, then the
   surname; or capitalised words that can only be nominatives, ``Laimute Balode``) declines as
   :func:`reportkit.lv.people.decline_person` does, and the title before it agrees in case with
   it: ``mēra vietnieku Dmitriju Radionovu`` (seed 000). A feminine title (``direktore``) tells
   that the person is a woman. Capitalised words that could be a given name or a genitive
   (``Eridiāna Oļehnoviča``) are reported: use :func:`decline_name`.
5. Otherwise the last word is the head and declines, both parts of a hyphenated head
   (``vidusskolu-liceju``); genitives before it stay; adjectives that agree with it decline with
   it [AiLab-adj]. An adjective agrees when its ending is a nominative one of the head's gender
   and number (definite ``-ais``, ``-ā``, ``-ie``, ``-ās``; in lower case also the indefinite
   masculine ``-s``, ``-š`` and ``-i`` and a masculine noun in ``-is`` in apposition) and it cannot
   be a genitive of the word after it: ``Latvijas Nacionālā aizsardzības akadēmija`` (``-ā``
   before the feminine genitive ``aizsardzības``, whose adjective would be ``-ās``). A feminine
   ``-ā`` before a masculine genitive (``Draudzīgā aicinājuma vidusskola``) could be either: the
   phrases of ``genitives.tsv`` stay, any other such name is reported. A word before the head in
   ``-a`` or ``-as`` is read as a genitive: the feminine indefinite adjective has the same ending
   as the masculine genitive (``jauna`` / ``Centra``), and the names of REFERENCE §9 and of the
   corpus agree in the definite form only, so this is reportkit's documented choice: give a
   phrase such as ``jauna skola`` with ``add_forms``. The 6th-declension nouns of
   ``sixth.tsv`` and the 2nd-declension nouns in ``-s`` [AiLab-dekl] are genitives there too.

Sources: [AiLab-adj] see :mod:`reportkit.lv.adjectives`; [AiLab-dekl]
valoda.ailab.lv/latval/vidusskolai/morfol/lietv-dekl.htm (akmens, asmens, rudens, zibens, ūdens,
mēness, suns, sāls); [ISG 10.1.6] style-guide.europa.eu, Latvian part, 10.1.6 "Pēdiņas";
[atbilsmes-2024] atbilsmes.blogspot.com/2024/07/kas-pedinas-beigts.html ("Noslēdza līgumu ar
“Vellatām”").
"""

from __future__ import annotations

from .adjectives import definite, definite_ending
from .grammar import Case, Gender, Number, check_case, check_gender
from .lexicon import entry, genitive_phrases, given_names, key, sixth_declension
from .lists import CLOSING, OPENING, free_flags, items_of, known_forms, tokens_of
from .people import decline_person, person_gender
from .typography import bind_initials, is_initial
from .words import CASE_NAMES, decline_word, gender_of, is_abbreviation, is_plural_only

__all__ = ["decline_name"]

# 2nd-declension nouns in -s, whose genitive is the nominative [AiLab-dekl].
_SECOND_IN_S = frozenset({"akmens", "asmens", "rudens", "zibens", "ūdens", "mēness", "sāls"})
_LOCATIVE_ENDINGS = ("ā", "ē", "ī", "ū", "os", "ās", "ēs", "īs")
# Words that are not names' parts to decline: conjunctions and prepositions.
_FUNCTION_WORDS = frozenset({"un", "vai", "kā", "ar", "no", "uz", "par", "pie", "pēc", "bez",
                             "līdz", "starp", "pret", "caur", "gar", "zem", "virs", "aiz"})


def _is_locative(word: str) -> bool:
    """A locative after the head: a place the tables know, or a lower-case word whose ending
    only a locative has (REFERENCE §5 table: ``-os``, ``-ā``, ``-ē``, ``-ī``, ``-ū``, ``-ēs``,
    ``-īs``)."""
    if word[:1].isupper():
        return word.endswith(_LOCATIVE_ENDINGS) and word in known_forms("loc") \
            and entry(word) is None
    return word.endswith(_LOCATIVE_ENDINGS) and not word.endswith(("ās", "šanās")) \
        and entry(word) is None


def _split_tail(tokens: list[str]) -> int:
    """Rule 3: where the words after the head begin (quoted, parenthesised, a locative)."""
    free = free_flags(tokens)
    end = len(tokens)
    while end > 0 and not free[end - 1]:
        end -= 1
    if end > 1 and _is_locative(tokens[end - 1]):
        end -= 1
        # the locative's own genitives go with it: "eksperte [projektu jautājumos]"
        while end > 1 and tokens[end - 1].endswith(("u", "as", "es")) \
                and not is_abbreviation(tokens[end - 1]):
            end -= 1
    return end


def head_of(tokens: list[str]) -> str:
    """The head word of one name (rule 3: before what stays after it).

    >>> head_of(tokens_of("Latvijas Pašvaldību savienība (LPS)")), head_of(["„Zīle”"])
    ('savienība', 'Zīle')
    """
    end = _split_tail(tokens)
    return tokens[end - 1] if end else tokens[-1].strip(OPENING + CLOSING)


def _name_like(token: str) -> bool:
    return is_initial(token) or (token[:1].isupper() and not is_abbreviation(token)
                                 and token[-1:].isalpha())


def _nominative_only(word: str) -> bool:
    """A capitalised word no table knows that can only be a nominative (``Balode``, ``Kirils``)."""
    if entry(word) is not None or word.endswith(("as", "es", "us", "pils")):
        return False
    return word.endswith(("is", "š", "e")) or (
        word.endswith("s") and word[-2:-1] not in "aāeēiīouū"
        and word.lower() not in sixth_declension())


def _starts_name(word: str) -> bool:
    return is_initial(word) or word in given_names() or _nominative_only(word)


def person_start(tokens: list[str]) -> int | None:
    """Rule 4: the index where a person's name begins at the end of ``tokens``, or None.

    >>> person_start(tokens_of("mēra vietnieks Dmitrijs Radionovs")), person_start(["Saeima"])
    (2, None)
    """
    first = len(tokens)
    while first > 0 and _name_like(tokens[first - 1]):
        first -= 1
    for at in range(first, len(tokens) - 1):
        if all(_starts_name(word) for word in tokens[at:-1]):
            return at
    unclear = [word for word in tokens[first:-1] if word.endswith("a") and entry(word) is None]
    if unclear:
        name = " ".join(tokens[first:])
        raise ValueError(
            f"cannot tell whether {name!r} is a person's name or a name with the genitive "
            f"{unclear[0]!r} before {tokens[-1]!r}: for a person use lv.decline_name "
            "(or lv.decline_person with the given name and the surname apart), for anything "
            f"else give its forms with reportkit.add_forms({name!r}, {{...}})")
    return None


def named_gender(tokens: list[str], at: int) -> Gender | None:
    """The gender of the person whose name starts at ``at``: the names, else a feminine title.

    A feminine title (``direktore``, ``vadītāja``) names a woman; a masculine one says nothing,
    as documents use it for women too.

    >>> named_gender(tokens_of("skolas direktore I. Kokina"), 2)
    'f'
    """
    found = person_gender(tokens[at:-1], tokens[-1])
    head = head_of(tokens[:at]) if at else ""
    if found is None and head[:1].islower() and gender_of(head) == "f":
        return "f"
    return found


def _decline_person(tokens: list[str], at: int, case: Case, gender: Gender | None) -> str:
    title, names = tokens[:at], tokens[at:]
    given, surname = names[:-1], names[-1]
    if len(names) == 1 and names[0] in given_names():
        given, surname = names, ""
    gender = gender or named_gender(tokens, at)
    person = decline_person(given, surname, case, gender=gender)
    if not title:
        return person
    return f"{decline_item(title, case, 'sg', None, people=False)} {person}"


def _agrees(tokens: list[str], at: int, head: int, gender: Gender, number: Number,
            known: bool) -> bool:
    """Rule 5: whether the word at ``at`` before the head agrees with it (and so declines)."""
    word, after = tokens[at], tokens[at + 1]
    ending = definite_ending(word, gender, number)
    if ending in ("ā", "ās") and at + 1 != head:
        could_be_genitive = (after.endswith(("a", "us")) if ending == "ā"
                             else after.endswith(("as", "es")))
        if could_be_genitive:
            if known or _fixed_genitive(tokens, at):
                return False
            raise ValueError(
                f"cannot tell whether {word!r} goes with {tokens[head]!r} (then it declines) or "
                f"with {after!r} (a genitive, then it stays) in {' '.join(tokens)!r}: give the "
                f"forms of the whole name with reportkit.add_forms({' '.join(tokens)!r}, {{...}})")
    if ending is not None:
        return True
    if not word.islower() or gender != "m" or word in _FUNCTION_WORDS:
        return False
    if number == "pl":
        return word.endswith("i")
    if word.endswith("us"):
        return False  # 3rd declension: the genitive is the nominative (tirgus pētījums)
    item = entry(word)
    if item is not None:  # a table noun: masculine and of regular forms (akmens has a paradigm)
        return item.gender == "m" and not item.forms
    if word in sixth_declension() or word in _SECOND_IN_S:
        return False
    return word.endswith(("š", "is")) or (word.endswith("s") and word[-2] not in "aāeēiīouū")


def _fixed_genitive(tokens: list[str], at: int) -> bool:
    words = tuple(key(token) for token in tokens)
    return any(words[at:at + len(phrase)] == phrase for phrase in genitive_phrases())


def _decline_head(word: str, case: Case, number: Number, gender: Gender | None,
                  known: bool) -> str:
    parts = word.split("-")
    if len(parts) > 1 and all(len(part) > 1 and not is_abbreviation(part) for part in parts):
        return "-".join(decline_word(part, case, number, None, known=known) for part in parts)
    return decline_word(word, case, number, gender, known=known)


def _decline_head_phrase(tokens: list[str], case: Case, number: Number, gender: Gender | None,
                         *, known: bool) -> str:
    """Rule 5: the head of ``tokens`` (its last word) and the adjectives that agree with it."""
    head = len(tokens) - 1
    last = tokens[head].rpartition("-")[2]
    written: Number = "pl" if is_plural_only(last, known=known) else "sg"  # as they stand
    wanted: Number = "pl" if written == "pl" or number == "pl" else "sg"
    agree_gender = gender or gender_of(last)
    out = list(tokens)
    out[head] = _decline_head(tokens[head], case, number, gender, known)
    free = free_flags(tokens)
    for at in range(head - 1, -1, -1):
        if free[at] and _agrees(tokens, at, head, agree_gender, written, known):
            word = tokens[at]
            out[at] = (definite(word, agree_gender, written, case, to_number=wanted)
                       if definite_ending(word, agree_gender, written)
                       else decline_word(word, case, wanted, agree_gender))
    return " ".join(out)


def _decline_quoted(tokens: list[str], case: Case, number: Number,
                    gender: Gender | None) -> str:
    # Rule 3: a name all in quotation marks declines inside them [atbilsmes-2024].
    text = " ".join(tokens)
    inner = text.lstrip(OPENING).rstrip(CLOSING)
    if not inner or free_flags(tokens_of(inner)).count(False):
        return text
    opening = text[: len(text) - len(text.lstrip(OPENING))]
    closing = text[len(text.rstrip(CLOSING)):]
    return f"{opening}{decline_phrase(inner, case, number, gender)}{closing}"


def decline_item(tokens: list[str], case: Case, number: Number, gender: Gender | None,
                 *, known: bool = False, people: bool = True) -> str:
    """One name of a list (rules 1 and 3–5).

    >>> decline_item(tokens_of("folkloras grupa „Svātra”"), "gen", "sg", None)
    'folkloras grupas „Svātra”'
    """
    text = " ".join(tokens)
    item = entry(text)
    if item is not None and len(tokens) > 1:
        wanted = "pl" if item.plural_only else number
        form = item.forms.get((wanted, case))
        if form is not None:
            return form
        if item.forms and all(have != wanted for have, _ in item.forms):
            # a paradigm for the other number only (forms.tsv): no rule may make this one up
            raise ValueError(f"no {CASE_NAMES[case]} {wanted} form is known for {text!r}; "
                             "give it with reportkit.add_forms")
        known = True
    end = _split_tail(tokens)
    if end == 0:
        return _decline_quoted(tokens, case, number, gender)
    core, tail = tokens[:end], tokens[end:]
    at = None if known or number == "pl" or not people else person_start(core)
    if at is not None:
        declined = _decline_person(core, at, case, gender)
    else:
        declined = _decline_head_phrase(core, case, number, gender, known=known)
    return " ".join([declined, *tail])


def decline_phrase(text: str, case: Case, number: Number = "sg",
                   gender: Gender | None = None) -> str:
    """``text``, a name of one or more words in the nominative, in ``case`` (rules 1–5).

    ``gender`` is that of the head, or of the person when the name is a person's.

    >>> decline_phrase("Vācija, Itālija, Ungārija, Dānija un Latvija", "acc")
    'Vāciju, Itāliju, Ungāriju, Dāniju un Latviju'
    >>> decline_phrase("Daugavpils Krievu vidusskola-licejs", "acc")
    'Daugavpils Krievu vidusskolu-liceju'
    """
    tokens = tokens_of(text)
    if len(tokens) == 1 and tokens[0][:1].isalpha() and tokens[0][-1:].isalpha():
        return decline_word(tokens[0], case, number, gender)  # one plain word: the word layer
    item = entry(" ".join(tokens))
    known = item is not None  # a table name: its words need no shape check (rule 1)
    items = [tokens] if item is not None and item.forms else items_of(tokens)
    single = len(items) == 1
    out = [item_tokens[0] if item_tokens in (["un"], ["vai"], [","]) else
           decline_item(item_tokens, case, number, gender if single else None, known=known)
           for item_tokens in items]
    return bind_initials(" ".join(out).replace(" ,", ","))


def decline_name(text: str, case: str = "nom", *, gender: str | None = None) -> str:
    """A person's name in ``case``, with the title or position before it if there is one.

    The name is the capitalised words and initials at the end of ``text``: given names, then the
    surname. ``gender`` (``"m"``/``"f"``) is the person's; without it the names tell it, or a
    feminine title does, or ``ValueError`` asks for it when the form depends on it. In the
    nominative the name comes back with its typography (``A.\\xa0Elksniņš``).

    >>> decline_name("skolas direktore I. Kokina", "dat")
    'skolas direktorei I.\\xa0Kokinai'
    >>> decline_name("Eridiāna Oļehnoviča", "gen", gender="f")
    'Eridiānas Oļehnovičas'
    """
    checked = check_case(case)
    chosen = check_gender(gender) if gender is not None else None
    tokens = tokens_of(text)
    first = len(tokens)
    while first > 0 and _name_like(tokens[first - 1]):
        first -= 1
    if first == len(tokens):
        raise ValueError(f"no name found at the end of {text!r}: a person's given name and "
                         "surname are capitalised")
    starts = [at for at in range(first, len(tokens) - 1)
              if all(_starts_name(word) for word in tokens[at:-1])]
    at = starts[0] if starts else first
    return bind_initials(_decline_person(tokens, at, checked, chosen))
