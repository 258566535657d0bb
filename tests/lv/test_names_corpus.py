"""People, organisations and places in every case against tests/lv/corpus/names.tsv.

The corpus holds 402 names from the seeds and from public Latvian pages, each with its five case
forms and where they come from (attested forms cite the page; the others name the rule, and the
file's header says which hunspell could not confirm). Persons are read with their gender, as the
data will give it; organisations, places and lists as plain text.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from reportkit import lv
from reportkit.lv.grammar import CASES
from tests.helpers.hunspell import unknown_words

CORPUS = Path(__file__).parent / "corpus" / "names.tsv"
NBSP = "\u00a0"


def _rows() -> list[dict[str, str]]:
    lines = [line for line in CORPUS.read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


ROWS = _rows()
PEOPLE = [row for row in ROWS if row["kind"] == "person"]
OTHERS = [row for row in ROWS if row["kind"] != "person"]


def _cases(rows: list[dict[str, str]]) -> list[tuple[dict[str, str], str]]:
    return [(row, case) for row in rows for case in CASES if row[case] != "—"]


def _id(item: tuple[dict[str, str], str]) -> str:
    return f"{item[0]['nom']}-{item[1]}"


def test_corpus_is_large_and_sourced() -> None:
    assert len(ROWS) >= 300
    assert len(PEOPLE) + len([r for r in ROWS if r["kind"] == "organisation"]) >= 300
    assert all(row["source"].strip() for row in ROWS)
    assert {row["kind"] for row in ROWS} == {"person", "organisation", "place", "phrase"}


def _plain(text: str) -> str:
    # The corpus writes initials with a plain space (its header says so); output binds them.
    assert not re.search(r"(?<!\w)[A-ZĀČĒĢĪĶĻŅŠŪŽ]\. ", text), f"initial without NBSP: {text!r}"
    return text.replace(NBSP, " ")


@pytest.mark.parametrize("item", _cases(PEOPLE), ids=_id)
def test_person(item: tuple[dict[str, str], str]) -> None:
    row, case = item
    got = lv.decline_name(row["nom"], case, gender=row["gender"])
    assert _plain(got) == row[case], row["source"]


@pytest.mark.parametrize("item", _cases(OTHERS), ids=_id)
def test_organisation_place_or_list(item: tuple[dict[str, str], str]) -> None:
    row, case = item
    assert _plain(lv.decline(row["nom"], case)) == row[case], row["source"]


def _told_apart(row: dict[str, str]) -> bool:
    # decline() alone sees a person where a given name from the table (or an initial) starts it.
    from reportkit.lv.lexicon import given_names

    return any(word in given_names() or re.fullmatch(r"[A-ZĀ-Ž]\.", word)
               for word in row["nom"].split())


@pytest.mark.parametrize("item", _cases([r for r in PEOPLE if _told_apart(r)]), ids=_id)
def test_plain_decline_finds_the_person_in_the_text(item: tuple[dict[str, str], str]) -> None:
    row, case = item
    assert _plain(lv.decline(row["nom"], case, gender=row["gender"])) == row[case]


# Forms hunspell-lv cannot confirm although it knows the nominative: it knows that word only as
# a common noun or a form of one, never as the surname [VVC-Raina: MK 114 p. 17].
NOT_A_SURNAME_TO_HUNSPELL = {
    # A woman's surname made from a man's in -š: hunspell has "Bērziņa" only as the genitive of
    # bērziņš, so it lacks the feminine 4th-declension forms (AiLab ivdecl.htm: -as, -ai).
    **dict.fromkeys(["Bērziņai", "Bērziņas", "Kalniņai", "Kalniņas", "Krūmiņai", "Krūmiņas",
                     "Ozolai", "Ozolas", "Ozoliņai", "Ozoliņas", "Riekstai", "Riekstas",
                     "Siliņai", "Siliņas", "Vanagai", "Vanagas", "Zariņai", "Zariņas"],
                    "feminine surname; hunspell knows only the masculine genitive"),
    # A man's surname in -a/-e takes the masculine dative -am/-em; hunspell has only the common
    # noun (liepa, egle …), which is feminine.
    **dict.fromkeys(["Liepam", "Kļavam", "Rainam", "Eglem", "Rozem"],
                    "masculine dative of a surname in -a/-e"),
}


def _words(text: str) -> list[str]:
    return re.sub(r"[()„”“,.\-\u00a0]", " ", text).split()


@pytest.mark.hunspell
def test_hunspell_knows_every_form_whose_nominative_it_knows() -> None:
    pairs = []
    for row, case in _cases(ROWS):
        got = (lv.decline_name(row["nom"], case, gender=row["gender"]) if row["kind"] == "person"
               else lv.decline(row["nom"], case))
        pairs += list(zip(_words(row["nom"]), _words(got), strict=False))
    unknown = unknown_words([word for pair in pairs for word in pair])
    bad = sorted({form for nom, form in pairs if form in unknown and nom not in unknown
                  and form not in NOT_A_SURNAME_TO_HUNSPELL})
    assert bad == []
    assert set(NOT_A_SURNAME_TO_HUNSPELL) <= unknown  # the list holds only real gaps
