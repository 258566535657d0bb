"""Organisations: the applicant, partners, schools.

    >>> Organisation(name="Daugavpils pilsētas Izglītības pārvalde", country="lv").country
    'LV'
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from .base import Model
from .types import Country

__all__ = ["Organisation", "Partner"]


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
