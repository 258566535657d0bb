"""The programme data file is valid, keeps the research's sources and marks, and refuses
entries that would print a hole or claim an unread text official."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from pydantic import ValidationError

from reportkit.models import programme_data, schemes
from reportkit.models.programme_data import ProgrammeData, Text, programme_entry
from tests.helpers.yamlio import load_yaml

ISSUE_PROGRAMMES = [
    "erasmus_plus_2021_2027", "erasmus_plus_2014_2020", "lifelong_learning_2007_2013",
    "eea_grants_2009_2014", "norway_grants_2009_2014", "eea_grants_2014_2021",
    "norway_grants_2014_2021", "eea_norway_grants_2014_2021", "nordplus_2018_2022",
    "nordplus_2023_2027", "national", "other"]


def _raw() -> dict[str, Any]:
    from importlib.resources import files

    text = files("reportkit.models").joinpath("data/programmes.yaml").read_text("utf-8")
    return load_yaml(text)  # type: ignore[no-any-return]


def test_the_data_file_is_valid_and_has_every_programme_the_issue_names() -> None:
    data = programme_data()
    assert schemes() == ISSUE_PROGRAMMES == list(data.programmes)
    for scheme, entry in data.programmes.items():
        if scheme not in ("national", "other"):
            assert entry.name_lv and entry.name_lv.text and entry.name_en, scheme


@pytest.mark.parametrize(("scheme", "field", "verified", "verification", "source"), [
    # the research's marks, kept (/work/scratch/programmes/README.md, "Table")
    ("erasmus_plus_2014_2020", "statement_en", True, "official", "JSPA_PUBL_2014"),
    ("erasmus_plus_2014_2020", "disclaimer_lv", True, "official", "JSPA_PUBL_2014"),
    ("erasmus_plus_2014_2020", "disclaimer_en", True, "official", "JSPA_PUBL_2014"),
    ("erasmus_plus_2014_2020", "statement_lv", False, "missing", None),
    ("erasmus_plus_2021_2027", "statement_lv", True, "official", "LAD_VI_2021"),
    ("erasmus_plus_2021_2027", "statement_en", False, "official_text_via_mirror",
     "EC_EMBLEM_GUIDE_2012"),
    ("erasmus_plus_2021_2027", "disclaimer_lv", False, "real_use", "GH_DADATHLON"),
    ("erasmus_plus_2021_2027", "disclaimer_en", False, "real_use", "UNIPR_EN"),
    ("lifelong_learning_2007_2013", "statement_lv", False, "real_use", "REFERENCE"),
    ("lifelong_learning_2007_2013", "disclaimer_lv", False, "real_use", "REFERENCE"),
    ("norway_grants_2009_2014", "statement_lv", False, "real_use", "SEED_002"),
    ("eea_grants_2014_2021", "statement_en", True, "official", "EEA_GLOSSARY"),
    ("eea_grants_2014_2021", "statement_lv", False, "missing", None),
    ("eea_norway_grants_2014_2021", "disclaimer_lv", False, "missing", None),
    ("nordplus_2023_2027", "statement_lv", False, "missing", None),
])
def test_each_text_keeps_its_source_and_mark(scheme: str, field: str, verified: bool,
                                             verification: str, source: str | None) -> None:
    text = getattr(programme_entry(scheme), field)
    assert (text.verified, text.verification, text.source) == (verified, verification, source)
    assert (text.text is None) == (verification == "missing")


def test_every_source_named_is_listed_with_its_address() -> None:
    data = programme_data()
    for source in data.sources.values():
        assert source.url and source.title
    official = [t for e in data.programmes.values() for t in e.texts().values() if t.verified]
    assert all(data.sources[t.source or ""].kind == "official" for t in official)


def test_agencies_have_their_latvian_names_and_genitives() -> None:
    agencies = programme_data().agencies
    assert {k: (a.name_lv.text, a.name_lv_gen.text) for k, a in agencies.items()} == {
        "EACEA": ("Eiropas Izglītības un kultūras izpildaģentūra",
                  "Eiropas Izglītības un kultūras izpildaģentūras"),
        "VIAA": ("Valsts izglītības attīstības aģentūra",
                 "Valsts izglītības attīstības aģentūras"),
        "JSPA": ("Jaunatnes starptautisko programmu aģentūra",
                 "Jaunatnes starptautisko programmu aģentūras"),
    }
    assert programme_entry("erasmus_plus_2021_2027").granting_authority.by_agency == {  # type: ignore[union-attr]
        "LV01": "VIAA", "LV02": "JSPA"}


def test_cost_categories_have_latvian_labels_per_programme() -> None:
    def keys(scheme: str) -> list[str]:
        return [c.key for c in programme_entry(scheme).categories]

    assert keys("eea_grants_2014_2021") == ["staff", "travel_and_subsistence", "equipment",
                                           "consumables", "subcontracting", "indirect_costs"]
    assert {"travel", "individual_support", "organisational_support", "course_fees"} <= set(
        keys("erasmus_plus_2014_2020"))
    assert "green_travel" in keys("erasmus_plus_2021_2027")
    assert keys("nordplus_2023_2027") == []


@pytest.mark.parametrize(("change", "message"), [
    (lambda d: d["programmes"]["erasmus_plus_2014_2020"]["statement_en"].update(verified=False),
     "verified must be true exactly when verification is official"),
    (lambda d: d["programmes"]["erasmus_plus_2021_2027"]["disclaimer_lv"].update(verified=True),
     "verified must be true exactly when verification is official"),
    (lambda d: d["programmes"]["erasmus_plus_2014_2020"]["disclaimer_lv"].update(source="NOPE"),
     "erasmus_plus_2014_2020: unknown source 'NOPE'"),
    (lambda d: d["programmes"]["eea_grants_2014_2021"]["statement_en"].update(text="{x}"),
     "eea_grants_2014_2021.statement_en: unknown placeholder {x}"),
    (lambda d: d["programmes"]["erasmus_plus_2021_2027"]["granting_authority"]["by_agency"]
     .update(LV03="NA"), "erasmus_plus_2021_2027: unknown agency 'NA'"),
    (lambda d: d["programmes"]["nordplus_2023_2027"]["statement_lv"].update(text="Teksts"),
     "a text is null exactly when its verification is missing"),
])
def test_a_broken_data_file_is_refused_whole(change: Any, message: str) -> None:
    raw = copy.deepcopy(_raw())
    change(raw)
    with pytest.raises(ValidationError, match=message.replace("{", r"\{").replace("(", r"\(")
                       .replace(")", r"\)")):
        ProgrammeData.model_validate(raw)


def test_a_missing_text_says_where_it_was_searched_for() -> None:
    with pytest.raises(ValidationError, match="says where it was searched"):
        Text(text=None, verified=False, verification="missing")
