"""Organisations: the applicant, partners, schools.

    >>> Organisation(name="Daugavpils pilsētas Izglītības pārvalde", country="lv").country
    'LV'
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, BeforeValidator, Field

from .base import Model

__all__ = ["Country", "Organisation", "Partner"]


def _country(code: str) -> str:
    """The ISO code of ``code``, checked against the countries ``lv.country`` can name (its own
    table, ``reportkit/lv/data/countries.tsv``), so data that validates never fails in a
    template's ``|country``; the EU's EL and UK are read as GR and GB.
    """
    from reportkit.lv.countries import country_code

    try:
        return country_code(code)
    except ValueError:
        raise ValueError(f"must be a two-letter ISO country code like LV, DE, IT (got {code!r})"
                         ) from None


def _text(value: object) -> object:
    # YAML 1.1 would read NO as false; the loader prevents it, this catches Python callers.
    if isinstance(value, bool):
        raise ValueError(f"must be a two-letter ISO country code like LV (got {value!r})")
    return value


Country = Annotated[
    str,
    BeforeValidator(_text),
    AfterValidator(_country),
    Field(description="ISO 3166-1 alpha-2 code: LV, DE, IT, NO …", examples=["LV"]),
]
"""A country as its two-letter ISO code, upper case."""

Role = Literal["applicant", "coordinator", "partner", "host", "funder", "national_agency"]


class Organisation(Model):
    """An organisation as documents name it; ``country`` defaults to Latvia."""

    name: str = Field(min_length=1)
    short_name: str | None = None
    registration_number: str | None = None
    address: str | None = None
    country: Country = "LV"
    role: Role | None = None


class Partner(Organisation):
    """A project partner; its country matters (seed 000 lists partners by country)."""

    role: Role | None = "partner"
