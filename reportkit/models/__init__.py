"""What a grant project is: codes, money, periods, organisations, people, programmes, budgets,
activities, projects, press releases and final reports (pydantic models).

Derived values are computed fields, so they are in ``model_dump()`` and in templates by name::

    >>> from datetime import date
    >>> Period(start=date(2019, 6, 1), end=date(2021, 1, 31)).model_dump()["months"]
    20

Corrections the models make on their own (``LVO1`` read as ``LV01``) are reported as
:class:`DataWarning`, and so is data worth a second look, each at its field
(:func:`data_warnings`: a programme text not confirmed official, a count that disagrees with
its lines). The programmes come from a data file (:func:`programme_data`, :func:`schemes`).
Files are read with :func:`reportkit.load`.
"""

from __future__ import annotations

from .activities import Activity, Mobility
from .base import DataWarning, FieldProblems, Model, data_warnings
from .budget import Budget, Categories, CategoryLine
from .codes import KEY_ACTIONS, SECTORS, ProjectCode
from .organisations import Organisation, Partner
from .people import E_SIGNATURE_NOTE, Person, Signatory
from .periods import Period
from .pictures import Photo
from .press import Event, PressRelease, ProjectMention, Quote
from .programme_data import programme_data
from .programmes import Programme, Scheme, schemes
from .projects import Project
from .reports import BudgetLine, Dissemination, FinalReport, PlanLine
from .schema import json_schema
from .types import Country, Email, Money, Paragraphs, Percent, Phone, Rounding

__all__ = [
    "E_SIGNATURE_NOTE",
    "KEY_ACTIONS",
    "SECTORS",
    "Activity",
    "Budget",
    "BudgetLine",
    "Categories",
    "CategoryLine",
    "Country",
    "DataWarning",
    "Dissemination",
    "Email",
    "Event",
    "FieldProblems",
    "FinalReport",
    "Mobility",
    "Model",
    "Money",
    "Organisation",
    "Paragraphs",
    "Partner",
    "Percent",
    "Period",
    "Person",
    "Phone",
    "Photo",
    "PlanLine",
    "PressRelease",
    "Programme",
    "Project",
    "ProjectCode",
    "ProjectMention",
    "Quote",
    "Rounding",
    "Scheme",
    "Signatory",
    "data_warnings",
    "json_schema",
    "programme_data",
    "schemes",
]
