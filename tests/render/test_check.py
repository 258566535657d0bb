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
        't.docx, body, paragraph 2 ("{{ city|decline(\'loc\') }} »{% if project is pāra %}«x'
        '{% endif %}"): unknown test \'pāra\'',
        't.docx, header, paragraph 1 ("Galvene »{% if %}«"): a value is missing before the end '
        "of the tag: write a field's name, a number or a text in quotes there",
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


def test_constant_filter_arguments_are_checked_against_what_the_filter_accepts(make) -> None:
    tpl = Template(make("t.docx", [
        "{{ city|decline('lok') }} {{ city|decline('gen', number='daudzsk') }}",
        "{{ 3|cardinal(gender='sieviešu') }} {{ d|format_date(style='numeriski') }}",
        "{{ d|format_date_range(e, style='compakt') }} {{ x|amount_in_words(cents='vārdi') }}",
        "{{ d|format_date(stil='numeric') }} {{ d|format_date('loc') }}",
        "{{ city|decline(case) }} {{ city|decline('loc') }} {{ n|count('diena', case='gen') }}",
    ]))
    assert [p.message for p in tpl.check()] == [
        "decline: 'lok' is not a case; use one of nom, gen, dat, acc, loc (did you mean 'loc'?)",
        "decline: 'daudzsk' is not a grammatical number; use one of sg, pl",
        "cardinal: 'sieviešu' is not a gender; use one of m, f",
        "format_date: 'numeriski' is not a style; use one of long, numeric "
        "(did you mean 'numeric'?)",
        "format_date_range: 'compakt' is not a style; use one of from_to, compact "
        "(did you mean 'compact'?)",
        "amount_in_words: 'vārdi' is not a way of writing cents; use one of digits, words",
        "format_date has no option 'stil' (did you mean 'style'?)",
        "format_date takes no value in brackets without its name: write format_date(case='loc')",
    ]


def test_an_argument_problem_marks_the_tag_it_is_in(make) -> None:
    tpl = Template(make("t.docx", ["Vieta: {{ a|decline('loc') }}, {{ b|decline('lok') }}."]))
    assert [str(p) for p in tpl.check()] == [
        "t.docx, body, paragraph 1 (\"Vieta: {{ a|decline('loc') }}, »{{ b|decline('lok') }}«.\"): "
        "decline: 'lok' is not a case; use one of nom, gen, dat, acc, loc (did you mean 'loc'?)"]


def test_unknown_filters_tests_and_tags_get_a_did_you_mean(make) -> None:
    tpl = Template(make("t.docx", ["{{ x|format_mony }} {{ y|amount_in_word }} {{ z|shout }}",
                                   "{% if x is nuber %}{% endif %}"]))
    assert [p.message for p in tpl.check()] == [
        "unknown filter 'format_mony' (did you mean 'format_money'?)",
        "unknown filter 'amount_in_word' (did you mean 'amount_in_words'?)",
        "unknown filter 'shout'",
        "unknown test 'nuber' (did you mean 'number'?)"]
    typo = Template(make("t2.docx", ["{% iff x %}a{% endif %}"]))
    assert [p.message for p in typo.check()] == ["unknown tag 'iff' (did you mean 'if'?)"]
    wrong_end = Template(make("t3.docx", ["{% if x %}", "a", "{% endfor %}"]))
    assert [str(p) for p in wrong_end.check()] == [
        "t3.docx, body, paragraph 3 (\"{% endfor %}\"): 'endfor' does not close the open "
        "'if': add {% endif %} before it"]


def test_names_are_checked_against_a_table_s_columns(make) -> None:
    tpl = Template(make("apliecinajums.docx", [
        "{{ vards }} {{ uzvārds }}, {{ skola.nosaukums }}",
        "{% for d in dienas %}{{ d.datums }}{% endfor %} {{ code.upper() }}",
        "{% if piezime is defined %}{{ piezime }}{% endif %} {{ range(2)|list }}",
    ]))
    columns = ["vārds", "uzvārds", "skola.nosaukms", "dienas", "code"]
    assert [str(p) for p in tpl.check(columns=columns, table="skolas.xlsx")] == [
        'apliecinajums.docx, body, paragraph 1 ("»{{ vards }}« {{ uzvārds }}, '
        "{{ skola.nosaukums }}\"): 'vards' is not a column of skolas.xlsx "
        "(did you mean 'vārds'?)",
        'apliecinajums.docx, body, paragraph 1 ("{{ vards }} {{ uzvārds }}, '
        "»{{ skola.nosaukums }}«\"): 'skola.nosaukums' is not a column of skolas.xlsx "
        "(did you mean 'skola.nosaukms'?)"]
    assert tpl.check(columns=["vards", "uzvārds", "skola.nosaukums", "dienas", "code"]) == []


def test_a_table_cell_is_named_by_table_row_and_cell(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Partneri")
    first = document.add_table(rows=2, cols=2)
    first.cell(0, 0).text = "Nosaukums"
    second = document.add_table(rows=3, cols=2)
    second.cell(0, 0).text = "{%tr for p in project.partners %}"
    second.cell(1, 0).text = "{{ p.name }}"
    second.cell(1, 1).text = "{{ p.valsts }}"
    second.cell(2, 0).text = "{%tr endfor %}"
    document.add_paragraph("Beigas {{ project.titel }}")
    document.save(str(tmp_path / "t.docx"))
    assert [str(p) for p in Template(tmp_path / "t.docx").check(PressRelease)] == [
        "t.docx, body, table 2, row 2, cell 2 (\"{{ p.valsts }}\"): 'p' has no attribute "
        "'valsts'",
        "t.docx, body, paragraph 12 (\"Beigas »{{ project.titel }}«\"): 'project' has no "
        "attribute 'titel' (did you mean 'title'?)"]


def test_paragraphs_after_a_tr_table_keep_their_numbers(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    table = document.add_table(rows=3, cols=1)
    table.cell(0, 0).text = "{%tr for p in partners %}"
    table.cell(1, 0).text = "{{ p }}"
    table.cell(2, 0).text = "{%tr endfor %}"
    document.add_paragraph("Pirmā")
    document.add_paragraph("Otrā {% if %}")
    document.save(str(tmp_path / "t.docx"))
    assert [(p.paragraph, p.text) for p in Template(tmp_path / "t.docx").check()] == [
        (5, "Otrā {% if %}")]


def test_headers_and_footers_are_named_as_word_names_them(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("x")
    first = document.sections[0]
    first.different_first_page_header_footer = True
    first.first_page_header.paragraphs[0].text = "{{ a|nav }}"
    first.header.paragraphs[0].text = "{{ b|nav }}"
    first.footer.paragraphs[0].text = "{{ c|nav }}"
    second = document.add_section()
    second.header.is_linked_to_previous = False
    second.header.paragraphs[0].text = "{{ d|nav }}"
    document.save(str(tmp_path / "t.docx"))
    assert sorted(p.part or "" for p in Template(tmp_path / "t.docx").check()) == [
        "first-page header (section 1)", "footer", "header (section 1)", "header (section 2)"]


def test_no_message_carries_a_character_offset(make) -> None:
    tpl = Template(make("t.docx", ["Sveiki", "{{ budget.total € }}", "{{ a & b }}"]))
    messages = [p.message for p in tpl.check()]
    assert messages == ["a tag cannot hold '€': write it outside the tag, or inside quotes",
                        "a tag cannot hold '&': write it outside the tag, or inside quotes"]


def test_render_refuses_a_wrong_constant_argument_before_any_document(make,
                                                                     tmp_path: Path) -> None:
    tpl = Template(make("t.docx", ["Notika {{ vieta|decline('lok') }}."]))
    line = ("t.docx, body, paragraph 1 (\"Notika »{{ vieta|decline('lok') }}«.\"): decline: "
            "'lok' is not a case; use one of nom, gen, dat, acc, loc (did you mean 'loc'?)")
    with pytest.raises(TemplateError) as err:
        tpl.render({"vieta": "Daugavpils"}, tmp_path / "x.docx")
    assert str(err.value) == line
    failed: list[int] = []
    with pytest.raises(TemplateError):
        tpl.render_many([{"vieta": "Rīga"}] * 3, tmp_path / "many",
                        on_error=lambda i, e: failed.append(i))
    assert failed == [] and not (tmp_path / "x.docx").exists()
    assert not (tmp_path / "many").exists()
