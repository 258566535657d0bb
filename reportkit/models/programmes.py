"""Funding programmes and the visibility statements their documents must carry.

Pick a ``scheme`` and the rest comes from the table below; any field can be given in the data to
override it (a programme we don't know is ``scheme: other`` with its own texts)::

    >>> p = Programme(scheme="erasmus_plus_2021_2027", action="KA2")
    >>> p.name, p.funding_period, p.statement_lv, p.statement_en
    ('Erasmus+', '2021–2027', 'Finansē Eiropas Savienība', 'Funded by the European Union')

Where we found no official Latvian (or English) wording, the field is ``None`` and the table says
so; a template should then print nothing rather than a made-up sentence:

- Erasmus+ 2014–2020: the national agency's guidance (JSPA 2018, "Publicitātes prasības,
  īstenojot “Erasmus+: Jaunatne darbībā” projektus") has the logo used in English, "Co-funded by the
  Erasmus+ Programme of the European Union"; no Latvian version of it or of the disclaimer found.
- Lifelong Learning 2007–2013: no Latvian statement found; the English one is the Commission's
  disclaimer as projects of the period printed it (not re-checked against an EACEA page).
- EEA and Norway Grants 2014–2021 and EEA Grants 2009–2014: no statement found in either language.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from pydantic import model_validator

from .base import FieldProblems, Model

__all__ = ["SCHEMES", "Programme", "Scheme", "SchemeInfo"]

Scheme = Literal[
    "erasmus_plus_2021_2027",
    "erasmus_plus_2014_2020",
    "lifelong_learning_2007_2013",
    "norway_grants_2009_2014",
    "eea_grants_2009_2014",
    "norway_grants_2014_2021",
    "eea_grants_2014_2021",
    "national",
    "other",
]


@dataclass(frozen=True)
class SchemeInfo:
    """What is known of a scheme; ``source`` says where each text comes from."""

    name: str | None
    funding_period: str | None
    statement_lv: str | None = None
    statement_en: str | None = None
    disclaimer_lv: str | None = None
    disclaimer_en: str | None = None
    source: str = ""


_EU_FUNDED = SchemeInfo(
    name="Erasmus+",
    funding_period="2021–2027",
    statement_lv="Finansē Eiropas Savienība",
    statement_en="Funded by the European Union",
    disclaimer_lv=(
        "Tomēr paustie uzskati un viedokļi ir tikai autora(-u) uzskati un viedokļi un ne vienmēr "
        "atspoguļo Eiropas Savienības vai Eiropas Izglītības un kultūras izpildaģentūras (EACEA) "
        "uzskatus un viedokļus. Ne Eiropas Savienību, ne EACEA nevar saukt pie atbildības par tiem."
    ),
    disclaimer_en=(
        "Views and opinions expressed are however those of the author(s) only and do not "
        "necessarily reflect those of the European Union or the European Education and Culture "
        "Executive Agency (EACEA). Neither the European Union nor EACEA can be held responsible "
        "for them."
    ),
    source=(
        "Statements: the EU emblem with funding statement, European Commission download centre "
        "for visual elements (all EU languages; LV 'Finansē Eiropas Savienība', its co-funded "
        "twin 'Līdzfinansē Eiropas Savienība'). Disclaimer: the Erasmus+ 2021–2027 standard "
        "disclaimer; the Latvian text as published on Erasmus+ project sites with the same "
        "sentences after 'Līdzfinansē Eiropas Savienība.'"
    ),
)

SCHEMES: dict[str, SchemeInfo] = {
    "erasmus_plus_2021_2027": _EU_FUNDED,
    "erasmus_plus_2014_2020": SchemeInfo(
        name="Erasmus+",
        funding_period="2014–2020",
        statement_en="Co-funded by the Erasmus+ Programme of the European Union",
        disclaimer_en=(
            "The European Commission's support for the production of this publication does not "
            "constitute an endorsement of the contents, which reflect the views only of the "
            "authors, and the Commission cannot be held responsible for any use which may be "
            "made of the information contained therein."
        ),
        source=(
            "Logo text: JSPA 2018 publicity requirements for Erasmus+ projects (Latvian youth "
            "agency), which recommends the English logo. Disclaimer: European Commission text as "
            "quoted by the Lithuanian national agency (erasmus-plius.lt). No Latvian wording found."
        ),
    ),
    "lifelong_learning_2007_2013": SchemeInfo(
        # Name: seed 000 "Mūžizglītības programmas, Leonardo da Vinci partnerības projekta".
        name="Mūžizglītības programma",
        funding_period="2007–2013",
        statement_en="This project has been funded with support from the European Commission.",
        source="Seed 000 for the name; English disclaimer as printed by projects of the period.",
    ),
    "norway_grants_2009_2014": SchemeInfo(
        # Seed 002 "Norvēģijas finanšu instrumenta 2009.-2014.gada perioda programmas".
        name="Norvēģijas finanšu instruments",
        funding_period="2009–2014",
        # Seed 002's "Uzziņai" sentence; its "atšķirtību" (separateness) is written here as
        # "atšķirību" (differences), the word for the Grants' "disparities".
        statement_lv=(
            "Ar Norvēģijas finanšu instrumenta palīdzību, Norvēģija sekmē sociālo un ekonomisko "
            "atšķirību mazināšanu un divpusējo attiecību stiprināšanu ar saņēmējvalstīm Eiropā."
        ),
        source="Seed 002 (Daugavpils press release, 2015), the 'Uzziņai' block.",
    ),
    "eea_grants_2009_2014": SchemeInfo(name="EEA Grants", funding_period="2009–2014",
                                       source="No statement found."),
    "norway_grants_2014_2021": SchemeInfo(name="Norway Grants", funding_period="2014–2021",
                                          source="Brand name: EEA and Norway Grants "
                                          "Communication and Design Manual 2014–2021."),
    "eea_grants_2014_2021": SchemeInfo(name="EEA Grants", funding_period="2014–2021",
                                       source="Brand name: EEA and Norway Grants "
                                       "Communication and Design Manual 2014–2021."),
    "national": SchemeInfo(name=None, funding_period=None),
    "other": SchemeInfo(name=None, funding_period=None),
}

_FILLED = ("name", "funding_period", "statement_lv", "statement_en",
           "disclaimer_lv", "disclaimer_en")


class Programme(Model):
    """A funding programme: name, action, funding period, visibility statements.

    >>> Programme(scheme="lifelong_learning_2007_2013", action="Leonardo da Vinci").statement_lv
    >>> Programme(scheme="norway_grants_2009_2014").name
    'Norvēģijas finanšu instruments'
    """

    scheme: Scheme = "other"
    name: str | None = None
    action: str | None = None
    funding_period: str | None = None
    statement_lv: str | None = None
    statement_en: str | None = None
    disclaimer_lv: str | None = None
    disclaimer_en: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _fill_from_scheme(cls, data: object) -> object:
        if not isinstance(data, dict):
            return data
        info = SCHEMES.get(str(data.get("scheme", "other")))
        if info is None:
            return data  # the Literal check reports the unknown scheme
        filled = {f: getattr(info, f) for f in _FILLED if getattr(info, f) is not None}
        return {**filled, **data}

    @model_validator(mode="after")
    def _has_name(self) -> Programme:
        if not self.name:
            raise FieldProblems([(("name",), f"is required for scheme {self.scheme!r}")])
        return self

    @property
    def is_erasmus(self) -> bool:
        """Whether project numbers under this programme must be Erasmus+ numbers.

        >>> Programme(scheme="erasmus_plus_2014_2020").is_erasmus
        True
        """
        return self.scheme.startswith("erasmus_plus")
