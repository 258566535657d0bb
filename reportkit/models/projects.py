"""A grant project: what the project description (seed 003) and press releases talk about."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

from pydantic import Field, computed_field, model_validator

from reportkit.i18n import gettext as _

from .activities import Activity, Mobility
from .base import Loc, Model, raise_problems
from .budget import Budget, CategoryLine
from .codes import ProjectCode
from .organisations import Organisation, Partner
from .people import Person, Signatory
from .periods import Period
from .pictures import Photo
from .programmes import Programme
from .types import Paragraphs, WebAddress

__all__ = ["Project", "dates_outside", "sum_of"]


class Project(Model):
    """A project, as its data file describes it (``kind: project``).

    >>> from datetime import date
    >>> p = Project(title="Administrations go Europe!",
    ...             programme={"scheme": "lifelong_learning_2007_2013"},
    ...             applicant={"name": "Daugavpils pilsētas dome"},
    ...             period={"start": date(2012, 8, 1), "end": date(2014, 7, 31)},
    ...             partners=[{"name": "Landeshauptstadt Magdeburg", "country": "DE"},
    ...                       {"name": "Comune di Novara", "country": "IT"}])
    >>> p.period.months, p.partner_countries
    (24, ['DE', 'IT'])

    The granting authority comes from the project number's agency (LV01 → VIAA, LV02 → JSPA)
    unless ``programme.granting_authority`` says otherwise; the budget's cost categories must be
    the programme's (or named in ``programme.categories``). ``logos`` are the organisation's and
    other funders' logos, shown beside the programme's statement.
    """

    kind: Literal["project"] = "project"
    title: str = Field(min_length=1)
    code: ProjectCode | None = None
    programme: Programme
    applicant: Organisation
    partners: list[Partner] = Field(default_factory=list)
    period: Period
    aim: str | None = None
    description: Paragraphs = Field(default_factory=list)
    expected_results: Paragraphs = Field(default_factory=list)
    target_group: Paragraphs = Field(default_factory=list)
    mobilities_planned: int | None = Field(default=None, ge=0)
    mobilities: list[Mobility] = Field(default_factory=list)
    activities: list[Activity] = Field(default_factory=list)
    budget: Budget | None = None
    contact: Person | None = None
    signatory: Signatory | None = None
    website: WebAddress | None = None
    logos: list[Photo] = Field(default_factory=list)

    @model_validator(mode="after")
    def _consistent(self) -> Project:
        problems: list[tuple[Loc, str]] = []
        if self.code is not None and self.programme.is_erasmus and not self.code.is_erasmus:
            problems.append((("code",), _("{code} is not an Erasmus+ project number, which the "
                                          "programme needs (e.g. 2019-1-LV01-KA104-060191)"
                                          ).format(code=repr(str(self.code)))))
        problems += self._authority()
        problems += self._categories()
        problems += dates_outside(self.period, "mobilities", self.mobilities)
        problems += dates_outside(self.period, "activities", self.activities)
        raise_problems(problems)
        return self

    def _authority(self) -> list[tuple[Loc, str]]:
        rule = self.programme.entry.granting_authority
        agency = self.code.agency if self.code is not None else None
        if rule is not None and agency in rule.by_agency:
            self.programme.use_authority(rule.by_agency[str(agency)])
        elif rule is not None and agency is None and rule.without_number:
            self.programme.use_authority(rule.without_number)
        if not self.programme.needs_authority:
            return []
        known = ", ".join(f"{a} → {k}" for a, k in (rule.by_agency if rule else {}).items())
        if agency is not None:
            why = _("the project number's agency {agency} is not one reportkit knows ({known}); "
                    "set granting_authority, or write disclaimer_lv and disclaimer_en as the "
                    "granting body gives them").format(agency=agency, known=known)
        else:
            why = _("give the project number (its agency names it: {known}) or "
                    "granting_authority: VIAA, JSPA or EACEA").format(known=known)
        return [(("programme", "granting_authority"),
                 _("is needed for the disclaimer: {why}").format(why=why))]

    def _categories(self) -> list[tuple[Loc, str]]:
        if self.budget is None:
            return []
        allowed = self.programme.category_keys
        name = " ".join(filter(None, [self.programme.name, self.programme.funding_period]))
        if allowed:
            why = _("is not a cost category of {programme} ({categories}); name it in "
                    "programme.categories with its Latvian label if the grant agreement has it"
                    ).format(programme=name, categories=", ".join(allowed))
        else:
            why = _("{programme} has no cost categories in reportkit's data: name each in "
                    "programme.categories with its Latvian label (staff: Personāla izmaksas)"
                    ).format(programme=name)
        return [(("budget", "categories", key), why)
                for key in self.budget.categories if key not in allowed]

    def own_warnings(self) -> list[tuple[Loc, str]]:
        """A planned number of mobilities that disagrees with the mobilities listed."""
        listed = sum_of(self.mobilities, "count")
        if self.mobilities_planned is None or listed is None or listed == self.mobilities_planned:
            return []
        return [(("mobilities_planned",), _(
            "is {count}, but the mobilities listed add up to {listed}; documents print "
            "{count}").format(count=self.mobilities_planned, listed=listed))]

    @computed_field  # type: ignore[prop-decorator]
    @property
    def partner_countries(self) -> list[str]:
        """The partners' countries, each once, in the order first named."""
        return list(dict.fromkeys(p.country for p in self.partners))

    @computed_field  # type: ignore[prop-decorator]
    @property
    def mobilities_count(self) -> int | None:
        """Planned mobilities: as given, or the listed mobilities counted (seed 003: 11)."""
        if self.mobilities_planned is not None:
            return self.mobilities_planned
        return sum_of(self.mobilities, "count") or None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def participants_planned(self) -> int | None:
        """The participants the mobility lines plan, added up; None when no line says."""
        return sum_of(self.mobilities, "participants")

    @computed_field  # type: ignore[prop-decorator]
    @property
    def category_lines(self) -> list[CategoryLine]:
        """The budget's categories in the programme's order, with their Latvian labels."""
        if self.budget is None:
            return []
        amounts = self.budget.categories
        return [CategoryLine(category=key, label=self.programme.category_label(key) or key,
                             amount=amounts[key])
                for key in self.programme.category_keys if key in amounts]

    @computed_field  # type: ignore[prop-decorator]
    @property
    def aim_clause(self) -> str | None:
        """The aim as it continues "Projekta mērķis ir …" (seeds 001, 002): an aim that starts
        with an infinitive (``Stiprināt …``, ``Ieviest …``) with its first letter in lower case,
        as a sentence goes on after a verb or colon (REFERENCE §11); any other aim as written,
        since it may start with a name.

        >>> Project.aim_clause.fget(Project.model_construct(aim="Ieviest inovācijas."))
        'ieviest inovācijas.'
        >>> Project.aim_clause.fget(Project.model_construct(aim="DPIP darbinieku apmācība."))
        'DPIP darbinieku apmācība.'
        """
        if not self.aim:
            return None
        first = self.aim.split(maxsplit=1)[0]
        if _INFINITIVE.fullmatch(first) and not first.isupper():
            return self.aim[0].lower() + self.aim[1:]
        return self.aim


# Latvian infinitives end in -t, reflexive ones in -ties (stiprināt, ieviest, attīstīties).
_INFINITIVE = re.compile(r"[^\W\d_]+(?:t|ties)", re.IGNORECASE)


def sum_of(items: Sequence[Activity], field: str) -> int | None:
    """``field`` of ``items`` added up, the items without it left out; None when none has it.

    >>> sum_of([Mobility(title="a", count=2), Mobility(title="b", count=3)], "count")
    5
    >>> sum_of([Mobility(title="a")], "participants") is None
    True
    """
    values = [v for item in items if (v := getattr(item, field)) is not None]
    return sum(values) if values else None


def dates_outside(
    period: Period, field: str, items: Sequence[Activity]
) -> list[tuple[Loc, str]]:
    """Problems for activities whose dates fall outside ``period``.

    >>> from datetime import date
    >>> p = Period(start=date(2020, 1, 1), end=date(2020, 12, 31))
    >>> [(loc, msg)] = dates_outside(p, "activities", [Activity(title="x", start=date(2021, 3, 1))])
    >>> loc, msg
    (('activities', 0, 'start'), '2021-03-01 is outside the project period 2020-01-01 – 2020-12-31')
    """
    problems: list[tuple[Loc, str]] = []
    span = f"{period.start.isoformat()} – {period.end.isoformat()}"
    for i, item in enumerate(items):
        for name in ("start", "end"):
            day = getattr(item, name)
            if day is not None and not period.contains(day):
                problems.append(((field, i, name),
                                 _("{day} is outside the project period {period}").format(
                                     day=day.isoformat(), period=span)))
                break
    return problems
