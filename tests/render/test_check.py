"""tpl.check(): every problem at once, located; tpl.variables."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pydantic import BaseModel, computed_field

from reportkit import Template
from reportkit.errors import TemplateError


class Period(BaseModel):
    start: date
    end: date

    @computed_field  # type: ignore[prop-decorator]
    @property
    def months(self) -> int:
        return 1


class Partner(BaseModel):
    name: str
    country: str


class Project(BaseModel):
    title: str
    period: Period
    partners: list[Partner] = []


class PressRelease(BaseModel):
    project: Project
    city: str | None = None


def test_every_problem_at_once_with_part_paragraph_and_text(make) -> None:
    tpl = Template(make("t.docx", [
        "{{ project.title|augšā }}",
        "{{ city|decline('loc') }} {% if project is pāra %}x{% endif %}",
    ], header="Galvene {% if %}"))
    assert [str(p) for p in tpl.check()] == [
        't.docx, body, paragraph 1 ("{{ project.title|augšā }}"): unknown filter \'augšā\'',
        't.docx, body, paragraph 2 ("…|decline(\'loc\') }} »{% if project is pāra %}«x'
        '{% endif %}"): unknown test \'pāra\'',
        't.docx, header, paragraph 1 ("Galvene »{% if %}«"): Expected an expression, got '
        "'end of statement block'",
    ]


def test_render_refuses_a_template_with_problems_and_lists_them_all(make, tmp_path: Path) -> None:
    tpl = Template(make("t.docx", ["{{ a|nav }}", "{{ b|ari_nav }}"]))
    with pytest.raises(TemplateError) as err:
        tpl.render({"a": 1, "b": 2}, tmp_path / "x.docx")
    assert [p.message for p in err.value.problems] == [
        "unknown filter 'nav'", "unknown filter 'ari_nav'"]
    assert not (tmp_path / "x.docx").exists()


def test_check_against_a_model_walks_attribute_chains(make) -> None:
    tpl = Template(make("relize.docx", [
        "{{ project.titel }} {{ project.period.months }} {{ project.period.mēneši }}",
        "{% for p in project.partners %}{{ p.name }} {{ p.valsts }}{% endfor %}",
        "{{ pilsēta }} {{ city }} {% set x = 1 %}{{ x }} {{ loop_free|default('') }}",
    ]))
    assert [str(p) for p in tpl.check(PressRelease)] == [
        'relize.docx, body, paragraph 1 ("»{{ project.titel }}« {{ project.period.months }} '
        "{{ project.pe…\"): 'project' has no attribute 'titel' (did you mean 'title'?)",
        'relize.docx, body, paragraph 1 ("…t.period.months }} »{{ project.period.mēneši }}«"): '
        "'project.period' has no attribute 'mēneši'",
        'relize.docx, body, paragraph 2 ("…ers %}{{ p.name }} »{{ p.valsts }}«{% endfor %}"): '
        "'p' has no attribute 'valsts'",
        'relize.docx, body, paragraph 3 ("»{{ pilsēta }}« {{ city }} {% set x = 1 %}{{ x }} '
        "{{ loop_free|…\"): 'pilsēta' is not a field of PressRelease",
        'relize.docx, body, paragraph 3 ("…et x = 1 %}{{ x }} »{{ loop_free|default(\'\') }}«"): '
        "'loop_free' is not a field of PressRelease",
    ]


def test_a_template_that_fits_its_model_has_no_problems(make) -> None:
    tpl = Template(make("t.docx", ["{{ project.title }} {{ project.period.start|format_date }}",
                                   "{% for p in project.partners %}{{ p.country }}{% endfor %}"]))
    assert tpl.check(PressRelease) == []


def test_variables_are_the_top_level_names_of_every_part(make) -> None:
    body = "{{ project.title }} {% for p in partners %}{{ p }}{% endfor %}"
    tpl = Template(make("t.docx", [body],
                        header="{{ city }}", footer="{{ loop_free }} {{ range(3)|list }}"))
    assert tpl.variables == {"project", "partners", "city", "loop_free"}
