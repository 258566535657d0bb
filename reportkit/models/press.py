"""Press releases (seeds 000, 001, 002, 004): the event, the text, quotes, photos, the blocks.

    >>> from datetime import date
    >>> r = PressRelease(title="Seminārs projektu koordinatoriem",
    ...                  event={"what": "labās prakses apmaiņas seminārs",
    ...                         "start": date(2023, 9, 11), "place": "Daugavpils"})
    >>> r.event.one_day, r.prepared_by_label
    (True, 'Informāciju sagatavoja')
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import Field, computed_field, model_validator

from .base import Model, check_not_before
from .codes import ProjectCode
from .people import Person
from .pictures import Photo
from .projects import Project
from .types import Country, Declinable, Paragraphs

__all__ = ["Event", "Photo", "PressRelease", "ProjectMention", "Quote"]


class Event(Model):
    """What happened, when (one day, or ``start`` to ``end``) and where.

    ``precision: month`` says only the month is known (seed 000: "Oktobris ..."), so a template
    writes ``2013. gada oktobrī`` rather than a day the source never gave.
    """

    what: str = Field(min_length=1)
    start: date
    end: date | None = None
    precision: Literal["day", "month"] = "day"
    place: Declinable | None = None
    country: Country | None = None

    @model_validator(mode="after")
    def _range(self) -> Event:
        check_not_before(self.start, self.end)
        return self

    @computed_field  # type: ignore[prop-decorator]
    @property
    def one_day(self) -> bool:
        """Whether the event took one day (no ``end``, or ``end`` equal to ``start``)."""
        return self.end is None or self.end == self.start


class Quote(Model):
    """Words of a named person, with their position."""

    text: str = Field(min_length=1)
    speaker: str = Field(min_length=1)
    position: str | None = None


class ProjectMention(Model):
    """A project named in passing (seed 004): title, number, coordinator, school."""

    title: str = Field(min_length=1)
    code: ProjectCode | None = None
    coordinator: str | None = None
    school: str | None = None


class PressRelease(Model):
    """A press release (``kind: press_release``).

    ``project`` is the project it is about: written out, or (in a file) the path of a project
    file. ``projects`` lists several projects named in passing, as seed 004 does.
    ``note_to_editors`` is extra text for the "Uzziņai" block, which templates draw mostly from
    the project; ``prepared_by`` is the "Informāciju sagatavoja" block, whose heading
    ``prepared_by_label`` can change (seed 004: "Atziņas apkopoja").
    """

    kind: Literal["press_release"] = "press_release"
    title: str = Field(min_length=1)
    published: date | None = None
    place: Declinable | None = None
    event: Event | None = None
    lead: str | None = None
    body: Paragraphs = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    photos: list[Photo] = Field(default_factory=list)
    project: Project | None = None
    projects: list[ProjectMention] = Field(default_factory=list)
    note_to_editors: Paragraphs = Field(default_factory=list)
    prepared_by: Person | None = None
    prepared_by_label: str = "Informāciju sagatavoja"
