"""The programme data file, ``reportkit/models/data/programmes.yaml``: read once, checked whole.

As Babel keeps its locale data apart from its code, the programmes' names, statements,
disclaimers, emblem rules, cost categories and pre-financing rules live in a data file, each text
with its source and a ``verified`` mark; :class:`reportkit.models.Programme` reads them from
here::

    >>> entry = programme_entry("erasmus_plus_2014_2020")
    >>> entry.statement_en.text
    'Co-funded by the Erasmus+ Programme of the European Union'
    >>> entry.disclaimer_lv.verified, entry.disclaimer_lv.verification
    (True, 'official')
    >>> programme_entry("norway_grants_2009_2014").statement_lv.verification
    'real_use'

The file is checked when first read (every field known, every text's ``source`` among
``sources:``, ``verified`` true exactly for official texts, placeholders and agencies known), so
a mistake in it is a bug found at once, never a document with a hole.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from pydantic import Field, model_validator

from .base import Model

__all__ = ["PLACEHOLDERS", "Agency", "Category", "Entry", "ProgrammeData", "Text",
           "agency", "fill", "programme_data", "programme_entry"]

Verification = Literal["official", "official_text_via_mirror", "real_use", "translation",
                       "missing"]
"""How a text was found; only ``official`` texts are ``verified`` (see the data file's head)."""

PLACEHOLDERS = ("{authority}", "{authority_name_gen}", "{authority_name_en}")
"""What a disclaimer may hold in place of the granting authority (its abbreviation, its Latvian
name in the genitive, its English name)."""

_KEY = re.compile(r"[a-z][a-z0-9_]*")


class Text(Model):
    """One text of the data file with where it comes from and how sure we are of it."""

    text: str | None
    verified: bool
    verification: Verification
    source: str | None = None
    context: str | None = None
    note: str | None = None
    searched: str | None = None
    alternatives: list[Text] = Field(default_factory=list)

    @model_validator(mode="after")
    def _marked(self) -> Text:
        if self.verified != (self.verification == "official"):
            raise ValueError("verified must be true exactly when verification is official")
        if (self.text is None) != (self.verification == "missing"):
            raise ValueError("a text is null exactly when its verification is missing")
        if self.verification == "missing" and not self.searched:
            raise ValueError("a missing text says where it was searched for (searched)")
        if self.verification != "missing" and not self.source:
            raise ValueError("a text names its source")
        return self

    def variants(self) -> list[Text]:
        """The text and its alternatives (``Finansē …`` beside ``Līdzfinansē …``)."""
        return [self, *self.alternatives]


MISSING = Text(text=None, verified=False, verification="missing",
               searched="the programme has no such text in reportkit's data")


class Agency(Model):
    """A granting authority: its Latvian name, that name in the genitive, its English name."""

    name_lv: Text
    name_lv_gen: Text
    name_en: Text


class Authority(Model):
    """Who grants the projects: by the national agency code of the project number."""

    by_agency: dict[str, str]
    without_number: str | None = None
    source: str
    context: str | None = None
    note: str | None = None


class Category(Model):
    """A cost category: its key in data files, its English name and its Latvian label."""

    key: str
    en: str
    lv: Text


class Action(Model):
    """A sub-programme or action as the programme names it."""

    name: str
    name_lv: str | None = None
    field_lv: str | None = None


class Prefinancing(Model):
    """What the programme pays in advance, where known (``percent`` of the grant)."""

    percent: int | None
    verified: bool
    verification: Verification
    source: str | None = None
    context: str | None = None
    note: str | None = None
    searched: str | None = None

    @model_validator(mode="after")
    def _marked(self) -> Prefinancing:
        if self.verified != (self.verification == "official"):
            raise ValueError("verified must be true exactly when verification is official")
        if (self.percent is None) != (self.verification == "missing"):
            raise ValueError("a percent is null exactly when its verification is missing")
        if self.verification == "missing" and not self.searched:
            raise ValueError("a missing rule says where it was searched for (searched)")
        return self


class Entry(Model):
    """One programme and period of the data file."""

    name_lv: Text | None = None
    name_en: Text | None = None
    funding_period: str | None = None
    funding_period_source: str | None = None
    funding_period_context: str | None = None
    granting_authority: Authority | None = None
    emblem: bool = False
    emblem_rule: Text | None = None
    statement_lv: Text = MISSING
    statement_en: Text = MISSING
    disclaimer_lv: Text = MISSING
    disclaimer_en: Text = MISSING
    donors: list[str] = Field(default_factory=list)
    donors_source: str | None = None
    donors_context: str | None = None
    action_pattern: str = "{action}"
    action_pattern_source: str | None = None
    actions: list[Action] = Field(default_factory=list)
    actions_source: str | None = None
    categories: list[Category] = Field(default_factory=list)
    categories_note: str | None = None
    prefinancing: Prefinancing | None = None
    note: str | None = None

    def texts(self) -> dict[str, Text]:
        """The four texts a document may print, by field name."""
        return {"statement_lv": self.statement_lv, "statement_en": self.statement_en,
                "disclaimer_lv": self.disclaimer_lv, "disclaimer_en": self.disclaimer_en}


class Source(Model):
    """Where a text was read."""

    url: str
    title: str
    date: str | None = None
    kind: Literal["official", "official_copy", "real_use"]


class ProgrammeData(Model):
    """The whole data file."""

    agencies: dict[str, Agency]
    programmes: dict[str, Entry]
    sources: dict[str, Source]

    @model_validator(mode="after")
    def _consistent(self) -> ProgrammeData:
        problems = [*self._unknown_sources(), *self._unknown_agencies(), *self._bad_texts()]
        if problems:
            raise ValueError("; ".join(problems))
        return self

    def _unknown_sources(self) -> list[str]:
        named = [(f"agencies.{a}", t.source) for a, ag in self.agencies.items()
                 for t in (ag.name_lv, ag.name_lv_gen, ag.name_en)]
        for pid, entry in self.programmes.items():
            texts = [*entry.texts().values(), entry.name_lv, entry.name_en, entry.emblem_rule,
                     entry.prefinancing, *(c.lv for c in entry.categories)]
            named += [(pid, t.source) for t in texts if t is not None]
            named += [(pid, a.source) for t in entry.texts().values() for a in t.alternatives]
            named += [(pid, s) for s in (entry.donors_source, entry.action_pattern_source,
                                         entry.actions_source, entry.funding_period_source)]
            if entry.granting_authority:
                named.append((pid, entry.granting_authority.source))
        return [f"{where}: unknown source {src!r}" for where, src in named
                if src is not None and src not in self.sources]

    def _unknown_agencies(self) -> list[str]:
        found = []
        for pid, entry in self.programmes.items():
            rule = entry.granting_authority
            if rule is None:
                continue
            for key in [*rule.by_agency.values(), rule.without_number]:
                if key is not None and key not in self.agencies:
                    found.append(f"{pid}: unknown agency {key!r}")
        return found

    def _bad_texts(self) -> list[str]:
        found = []
        for pid, entry in self.programmes.items():
            for name, text in entry.texts().items():
                for variant in text.variants():
                    for hole in re.findall(r"\{[^}]*\}", variant.text or ""):
                        if hole not in PLACEHOLDERS or not name.startswith("disclaimer"):
                            found.append(f"{pid}.{name}: unknown placeholder {hole}")
                        elif entry.granting_authority is None:
                            found.append(f"{pid}.{name}: {hole} but no granting_authority")
            keys = [c.key for c in entry.categories]
            found += [f"{pid}: category key {k!r} is not lower_case_words" for k in keys
                      if not _KEY.fullmatch(k)]
            found += [f"{pid}: category {k!r} twice" for k in set(keys) if keys.count(k) > 1]
            found += [f"{pid}: category {c.key!r} has no Latvian label" for c in entry.categories
                      if not c.lv.text]
            if "{action}" not in entry.action_pattern:
                found.append(f"{pid}: action_pattern without {{action}}")
        return found


@lru_cache(maxsize=1)
def programme_data() -> ProgrammeData:
    """The data file, read and checked once.

    >>> sorted(programme_data().agencies)
    ['EACEA', 'JSPA', 'VIAA']
    """
    from importlib.resources import files

    from ruamel.yaml import YAML

    text = files("reportkit.models").joinpath("data/programmes.yaml").read_text("utf-8")
    return ProgrammeData.model_validate(YAML(typ="safe").load(text))


def programme_entry(scheme: str) -> Entry:
    """The data file's entry for ``scheme``; ``KeyError`` when there is none.

    >>> programme_entry("eea_grants_2014_2021").donors
    ['Islande', 'Lihtenšteina', 'Norvēģija']
    """
    return programme_data().programmes[scheme]


def agency(key: str) -> Agency:
    """A granting authority by its abbreviation.

    >>> agency("VIAA").name_lv.text
    'Valsts izglītības attīstības aģentūra'
    """
    return programme_data().agencies[key]


def fill(text: str, authority: str | None) -> str | None:
    """``text`` with the granting authority's names in its placeholders; ``None`` when it has
    placeholders and no authority is known.

    >>> fill("Ne Eiropas Savienību, ne {authority} nevar …", "VIAA")
    'Ne Eiropas Savienību, ne VIAA nevar …'
    >>> fill("{authority_name_gen} uzskatus", None) is None
    True
    """
    if not any(p in text for p in PLACEHOLDERS):
        return text
    if authority is None:
        return None
    names = agency(authority)
    return (text.replace("{authority_name_gen}", names.name_lv_gen.text or "")
                .replace("{authority_name_en}", names.name_en.text or "")
                .replace("{authority}", authority))
