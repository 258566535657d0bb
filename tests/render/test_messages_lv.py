"""Template messages in Latvian: each module that says what is wrong with a template says it in
the language chosen (``i18n.set_language``), and in English as before; Jinja's own syntax
messages never reach a user as Jinja wrote them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from jinja2.exceptions import SecurityError

from reportkit import RenderError, Template, TemplateError, i18n
from reportkit.render.jinjawords import said
from reportkit.render.limited import limited_batch, limited_center
from reportkit.render.limits import check_size, check_widths, sized
from reportkit.render.pipeline import render_each
from reportkit.render.tags import faults, lexer_message, scan

Make = Callable[..., Path]


@pytest.fixture
def english() -> Iterator[None]:
    before = i18n.language()
    i18n.set_language("en")
    yield
    i18n.set_language(before)


def _checked(make: Make, *paragraphs: str, **kwargs: object) -> list[str]:
    return [str(p) for p in Template(make("t.docx", list(paragraphs), **kwargs)).check()]


def test_tag_faults_in_latvian(latvian: None) -> None:
    found = scan("{{ a }} %} {{ decline('loc) }}")
    assert [f.message for f in faults(found)] == [
        "'%}' neaizver nevienu birku: izdzēsiet to vai pierakstiet '{%', kas to atver",
        "pēdiņas ' nav aizvērtas: pierakstiet aizverošās pēdiņas '"]
    assert [f.message for f in faults(scan("{{ b"))] == [
        "birka '{{' nav aizvērta: pierakstiet '}}' tur, kur tā beidzas"]
    assert lexer_message("unexpected ']', expected ')'") == \
        "iekavas neveido pāri: ']' ir vietā, kur iekava jāaizver ar ')'"


def test_tag_faults_in_english(english: None) -> None:
    assert [f.message for f in faults(scan("{{ b"))] == [
        "'{{' is not closed: add '}}' where the tag ends"]
    assert lexer_message("unexpected ']', expected ')'") == \
        "the brackets do not pair up: ']' stands where ')' should close the bracket"


def test_checks_and_their_place_in_latvian(make: Make, latvian: None) -> None:
    assert _checked(make, "{{ title|augšā }}", "{{ x|decline('lok') }}",
                    header="{% iff x %}{% endif %}") == [
        't.docx, pamatteksts, 1. rindkopa ("{{ title|augšā }}"): nezināms filtrs \'augšā\'',
        "t.docx, pamatteksts, 2. rindkopa (\"{{ x|decline('lok') }}\"): decline: 'lok' nav "
        "locījums; lietojiet vienu no šiem: nom, gen, dat, acc, loc (varbūt domājāt 'loc'?)",
        't.docx, galvene, 1. rindkopa ("»{% iff x %}«{% endif %}"): nezināma birka \'iff\' '
        "(varbūt domājāt 'if'?)"]


def test_names_against_columns_in_latvian(make: Make, latvian: None) -> None:
    tpl = Template(make("t.docx", ["{{ skola.nme }}"]))
    assert [p.message for p in tpl.check(columns=["skola.name"])] == [
        "'skola.nme' nav tabulas kolonna (varbūt domājāt 'skola.name'?)"]
    assert [p.message for p in tpl.check(columns=["skola.name"], table="s.csv")] == [
        "'skola.nme' nav s.csv kolonna (varbūt domājāt 'skola.name'?)"]


def test_a_filter_given_too_many_values_counts_them_in_latvian(make: Make,
                                                               latvian: None) -> None:
    [message] = [p.message for p in Template(make("t.docx", [
        "{{ 5|count('diena', 'x', 'y') }}"])).check()]
    assert message == ("filtrs count iekavās pieņem 1 vērtību (word), bet dotas vairāk")


def test_a_block_across_places_in_latvian(make: Make, latvian: None) -> None:
    from reportkit.render.locate import Paragraph
    from reportkit.render.sandbox import environment
    from reportkit.render.structure import structure_problems

    xml = ('<w:body xmlns:w="w">\n<w:p><w:r><w:t>A {% if x %}</w:t></w:r></w:p>'
           "<w:tbl><w:tr><w:tc>\n<w:p><w:r><w:t>{% endif %} B</w:t></w:r></w:p>"
           "</w:tc></w:tr></w:tbl></w:body>")
    [found] = structure_problems(environment(), "t.docx", "body",
                                 [Paragraph("A {% if x %}"), Paragraph("{% endif %} B")], xml)
    assert found.message.startswith(
        "'{% if %}' ir rindkopā, bet atbilstošā '{% endif %}' ir tabulas šūnā (2. rindkopā): "
        "blokam jāsākas un jābeidzas vienāda veida vietā")


# a bad tag → what a user reads; none is Jinja's own sentence
SYNTAX = {
    "{{ }}": "a value is missing before the end of the tag: write a field's name, a number or "
             "a text in quotes there",
    "{{ x y }}": "the tag should end before 'y': delete what follows, or join it with an "
                 "operator or a filter (|)",
    "{% for x %}{% endfor %}": "'in' is missing before the end of the tag: write "
                               "{% for p in partners %}",
    "{{ x | }}": "a name is missing before the end of the tag: write the name of the filter, "
                 "the test or the field there",
    "{{ x. }}": "a name or a number is missing after the dot",
    "{% if x = 1 %}a{% endif %}": "'=' gives a value only in {% set name = value %}: to "
                                  "compare two values, write '=='",
    "{% if x %}a{% else if y %}b{% endif %}": "'else if' is written as one word: "
                                              "{% elif … %}",
    "{% set 1 = 2 %}": "only a name can be given a value: {% set name = value %}",
    "{{ f(a=1, 2) }}": "the values in brackets are in the wrong order: those with a name "
                       "(style='numeric') come after the others",
    "{% macro m(a=1, b) %}{% endmacro %}": "a macro's options with a value (a=1) must come "
                                           "after those without one",
    "{% block a-b %}{% endblock %}": "a block's name cannot hold '-': write '_' instead",
    "{% raw %}": "'raw' is not closed: add {% endraw %} where it ends",
    "{{ x|decline(case=) }}": "a value is missing before ')': write a field's name, a number "
                              "or a text in quotes there",
    "{% do x %}": "'do' is not a tag reportkit templates can use",
    "{%tr for x in y %}": "'{%tr … %}' works only in a table: in a paragraph write {%p … %} "
                          "or {% … %}",
    "{{ 1 2 }}": "the tag should end before a number: delete what follows, or join it with an "
                 "operator or a filter (|)",
}


@pytest.mark.parametrize(("tag", "message"), list(SYNTAX.items()), ids=list(SYNTAX))
def test_jinja_syntax_errors_are_said_for_a_word_user(make: Make, english: None, tag: str,
                                                      message: str) -> None:
    [problem] = Template(make("t.docx", ["A", tag])).check()
    assert (problem.paragraph, problem.message) == (2, message)


def test_jinja_syntax_errors_in_latvian(make: Make, latvian: None) -> None:
    assert [p.message for p in Template(make("t.docx", ["{{ x y }}", "{% for x %}{% endfor %}",
                                                        "{{ }}"])).check()] == [
        "birkai jābeidzas pirms 'y': izdzēsiet to, kas seko, vai savienojiet to ar operatoru "
        "vai filtru (|)"]
    assert said("expected token 'in', got 'end of statement block'") == \
        "pirms birkas beigām trūkst 'in': rakstiet {% for p in partners %}"
    assert said("Expected an expression, got 'integer'") == \
        "pirms skaitļa trūkst vērtības: ierakstiet tur lauka nosaukumu, skaitli vai tekstu " \
        "pēdiņās"


def test_a_jinja_message_without_words_of_ours_is_quoted_in_a_general_one(latvian: None) -> None:
    assert said("something Jinja says one day.") == (
        "šo birku nevar nolasīt (something Jinja says one day): pārbaudiet tās rakstību, "
        "iekavas un pēdiņas")


def test_code_python_cannot_take_in_latvian(make: Make, latvian: None) -> None:
    assert _checked(make, "{{ " + "7" * 5000 + " }}") == [
        "t.docx, pamatteksts: skaitlim veidnē ir vairāk nekā 4300 ciparu"]


def test_the_sandbox_refusal_in_latvian(make: Make, latvian: None, tmp_path: Path) -> None:
    tpl = Template(make("t.docx", ["{{ x.append(1) }}"]))
    with pytest.raises(TemplateError) as caught:
        tpl.render({"x": []}, tmp_path / "x.docx")
    assert str(caught.value) == (
        't.docx, pamatteksts, 1. rindkopa ("{{ x.append(1) }}"): nedrošs veidnes kods: veidne '
        "lasa datus un neko nemaina: tā nevar lietot 'append'")


def test_a_name_the_data_lacks_in_latvian(make: Make, latvian: None, tmp_path: Path) -> None:
    tpl = Template(make("t.docx", ["Sveiki"], footer="Lapa {{ lapa }}"))
    with pytest.raises(TemplateError) as caught:
        tpl.render({}, tmp_path / "x.docx")
    assert str(caught.value) == \
        't.docx, kājene, 1. rindkopa ("Lapa »{{ lapa }}«"): datos nav \'lapa\''


def test_size_limits_in_latvian(latvian: None) -> None:
    with pytest.raises(SecurityError, match=r"^'a' \* 1000000000: garums būtu 1000000000; "
                                            r"robeža ir 10000000$"):
        check_size("*", "a", 10**9)
    with pytest.raises(SecurityError, match=r"^formāts '%\*s' ņem platumu no vērtības"):
        check_widths("%*s", (10**9, "a"))
    with pytest.raises(SecurityError, match=r"^vērtība ar 10000001 rakstzīmēm vai elementiem"):
        sized("a" * 10_000_001)
    with pytest.raises(SecurityError, match=r"^batch\(1000000000\) veido daļas ar vairāk nekā"):
        limited_batch([1], 10**9)
    with pytest.raises(SecurityError, match=r"^center\(10000001\) ir platāks par robežu"):
        limited_center("x", 10_000_001)


def test_size_limits_in_english(english: None) -> None:
    with pytest.raises(SecurityError, match=r"^'a' \* 1000000000 would be 1000000000 long; "
                                            r"the limit is 10000000$"):
        check_size("*", "a", 10**9)


def test_a_value_printed_too_long_in_latvian(make: Make, latvian: None, tmp_path: Path) -> None:
    tpl = Template(make("t.docx", ["{{ ['x' * 1000000] * 1000 }}"]))
    with pytest.raises(TemplateError) as caught:
        tpl.render({}, tmp_path / "x.docx")
    assert caught.value.problems[0].message == (
        "nedrošs veidnes kods: šī vērtība: izdrukājot būtu vairāk nekā 10000000 rakstzīmju; "
        "tas nav dokumenta teksts")


def test_a_text_join_too_long_in_latvian(make: Make, latvian: None, tmp_path: Path) -> None:
    tpl = Template(make("t.docx", ["{{ ([s] * 1000)|join('x' * 20000) }}"]))
    with pytest.raises(TemplateError) as caught:
        tpl.render({"s": "a"}, tmp_path / "x.docx")
    assert caught.value.problems[0].message == (
        "nedrošs veidnes kods: join rezultāts būtu garāks par robežu 10000000")


def test_a_file_name_used_twice_in_latvian(latvian: None, tmp_path: Path) -> None:
    class Echo:
        def submit(self, names: object) -> bytes:
            return b"x"

        def collect(self, ticket: bytes) -> bytes:
            return ticket

        def stop(self) -> None:
            pass

    out = tmp_path / "a.docx"
    results = list(render_each(Echo(), [(1, {}, out), (2, {}, out)]))
    assert results[0] == (1, out)
    error = results[1][1]
    assert isinstance(error, RenderError)
    assert str(error) == ("faila nosaukums 'a.docx' ir lietots divreiz; ierakstiet name= "
                          "{index} vai lauku, kas katram dokumentam ir cits")


def test_a_value_a_filter_refuses_in_latvian(make: Make, latvian: None, tmp_path: Path) -> None:
    tpl = Template(make("t.docx", ["Valsts: {{ code|country }}", "{{ n|ordinal }}"]))
    with pytest.raises(RenderError) as caught:
        tpl.render({"code": "XX", "n": 1}, tmp_path / "x.docx")
    assert str(caught.value) == (
        't.docx, pamatteksts, 1. rindkopa ("Valsts: {{ code|country }}"): nezināms valsts kods '
        "'XX': lietojiet divu burtu kodu, piemēram, 'DE' vai 'LV'")
    with pytest.raises(RenderError) as caught:
        tpl.render({"code": "LV", "n": 0}, tmp_path / "x.docx")
    assert caught.value.problems[0].message == "kārtas skaitļi sākas ar 1, bet datos ir 0"


def test_a_value_a_filter_refuses_in_english(make: Make, english: None, tmp_path: Path) -> None:
    tpl = Template(make("t.docx", ["{{ n|ordinal }}"]))
    with pytest.raises(RenderError) as caught:
        tpl.render({"n": 0}, tmp_path / "x.docx")
    assert caught.value.problems[0].message == "ordinal numbers start at 1, but the data holds 0"


# a value that does not fit what the tag does with it → what a user reads; no Python type names
MISFITS = [
    ("{{ a - 1 }}", "x", "values that do not go together with '-': a text and a whole number; "
                         "check the data, or make a text a number with |int or |float"),
    ("{% if a < 1 %}x{% endif %}", "x", "values that cannot be compared with '<': a text and a "
                                        "whole number; check the data, or make a text a number "
                                        "with |int or |float"),
    ("{% for x in a %}{{ x }}{% endfor %}", 5, "a list is needed here, but the data holds a "
                                               "whole number"),
    ("{{ a|format_money }}", None, "an amount is needed here, but the data holds an empty value"),
    ("{{ a|dictsort }}", [1], "a list has no 'items': check the data this tag is given"),
]


@pytest.mark.parametrize(("tag", "value", "message"), MISFITS, ids=[t for t, _, _ in MISFITS])
def test_python_words_about_a_value_are_said_for_a_coordinator(
        make: Make, english: None, tmp_path: Path, tag: str, value: object, message: str) -> None:
    with pytest.raises(RenderError) as caught:
        Template(make("t.docx", [tag])).render({"a": value}, tmp_path / "x.docx")
    assert caught.value.problems[0].message == message


def test_python_words_about_a_value_in_latvian(make: Make, latvian: None, tmp_path: Path) -> None:
    with pytest.raises(RenderError) as caught:
        Template(make("t.docx", ["{{ a + 1 }}"])).render({"a": "x"}, tmp_path / "x.docx")
    assert caught.value.problems[0].message == (
        "vērtības, ko nevar savienot ar '+': teksts un vesels skaitlis; pārbaudiet datus vai "
        "pārvērtiet tekstu skaitlī ar |int vai |float")
    with pytest.raises(TemplateError) as failed:
        Template(make("t.docx", ["{{ a[5] }}"])).render({"a": [1]}, tmp_path / "x.docx")
    assert failed.value.problems[0].message == (
        "sarakstā nav elementa [5]: tajā ir mazāk elementu (pirmais ir [0])")


def test_a_word_lv_cannot_decline_in_latvian(latvian: None) -> None:
    from reportkit.render.datamessages import data_message
    from reportkit.render.filters import FILTERS

    with pytest.raises(ValueError) as caught:
        FILTERS["decline"]("Xyzq", "loc")
    assert data_message(caught.value) == (
        "'Xyzq' nav nevienā reportkit tabulā, un tajā ir burti, kas nav latviešu alfabētā "
        "(x, y, q), tāpēc tā latviskās formas nevar zināt: norādiet formas ar "
        "reportkit.add_forms('Xyzq', {'gen': …, 'loc': …}) vai formu failā "
        "(reportkit.load_forms)")
    with pytest.raises(ValueError) as caught:
        FILTERS["decline"]("Kaunas", "loc")
    assert data_message(caught.value) == (
        "'Kaunas' nav nevienā reportkit tabulā, un tas beidzas ar -as, bet latviešu vienskaitļa "
        "nominatīvs tā nekad nebeidzas, tāpēc tā latviskās formas nevar zināt: latviski to raksta "
        "'Kauņa' (reportkit/lv/data/cities.tsv), rakstiet tā; vai norādiet formas ar "
        "reportkit.add_forms('Kaunas', {'gen': …, 'loc': …}) vai formu failā "
        "(reportkit.load_forms)")


def test_what_jinja_refuses_while_rendering_is_said_for_a_word_user(make: Make, english: None,
                                                                    tmp_path: Path) -> None:
    tpl = Template(make("t.docx", ["{% include 'cits.docx' %}"]))
    with pytest.raises(RenderError) as refused:
        tpl.render({}, tmp_path / "x.docx")
    assert refused.value.problems[0].message == (
        "a template cannot include, import or extend another template: put the text in this one")
    with pytest.raises(TemplateError) as unknown:
        Template(make("u.docx", ["{{ x|map('kliegt')|list }}"])).render({"x": [1]},
                                                                         tmp_path / "u.docx")
    assert unknown.value.problems[0].message == "unknown filter 'kliegt'"


def test_range_past_its_limit_in_latvian(make: Make, latvian: None, tmp_path: Path) -> None:
    with pytest.raises(TemplateError) as caught:
        Template(make("t.docx", ["{{ range(10**6)|list }}"])).render({}, tmp_path / "x.docx")
    assert caught.value.problems[0].message == (
        "nedrošs veidnes kods: range() dod ne vairāk kā 100000 skaitļu")


def test_a_reflexive_noun_without_a_dative_in_latvian(make: Make, latvian: None,
                                                      tmp_path: Path) -> None:
    tpl = Template(make("t.docx", ["{{ darbs|decline('dat') }}"]))
    with pytest.raises(RenderError) as caught:
        tpl.render({"darbs": "mācīšanās"}, tmp_path / "x.docx")
    assert caught.value.problems[0].message == (
        "vārdam 'mācīšanās' nav formas: datīvs; atgriezeniskajiem lietvārdiem ar -šanās nav "
        "datīva un lokatīva; pārveidojiet teikumu, piemēram, 'mācīšanās reizē' "
        "(valodaskonsultacijas.lv, 957)")


def test_a_jinja_filter_refusing_its_argument(make: Make, latvian: None, tmp_path: Path) -> None:
    with pytest.raises(TemplateError) as caught:
        Template(make("t.docx", ["{{ 1.5|round(method='uz augšu') }}"])).render(
            {}, tmp_path / "x.docx")
    assert caught.value.problems[0].message == "round pieņem 'common', 'ceil' vai 'floor'"
    with pytest.raises(TemplateError) as caught:
        Template(make("u.docx", ["{{ x|urlize(extra_schemes=['x']) }}"])).render(
            {"x": "a"}, tmp_path / "u.docx")
    assert caught.value.problems[0].message == (
        "filtrs nevar pieņemt to, kas tam dots ('x' is not a valid URI scheme prefix)")
