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
PartnerRole = Literal["partner", "coordinator", "host", "funder"]


class Organisation(Model):
    """An organisation as documents name it; ``country`` defaults to Latvia."""

    name: str = Field(min_length=1)
    short_name: str | None = None
    registration_number: str | None = None
    address: str | None = None
    country: Country = "LV"
    role: Role | None = None


class Partner(Organisation):
    """An organisation the project works with; its country matters (seed 000 lists partners by
    country). ``role`` says how: a ``partner`` (the default), the ``coordinator`` of a
    partnership the applicant joins, a ``host`` that receives mobility participants, a ``funder``
    that co-finances; documents list each role under its own heading.

    >>> Partner(name="Agrupamento de Escolas", country="PT", role="host").role
    'host'
    """

    role: PartnerRole = "partner"
