"""Tags within one paragraph: found as Jinja finds them, faults located and marked, Word's
typing undone inside tags only, and templates whose tags are broken refused with the paragraph."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportkit import Template
from reportkit.errors import TemplateError
from reportkit.render.sandbox import environment
from reportkit.render.tags import faults, jinja_code, scan
from tests.helpers.docx import body_text


def _messages(text: str) -> list[tuple[str, str]]:
    """Each fault's message and the text it marks."""
    found = scan(text)
    return [(f.message, text[f.start:f.end]) for f in faults(found, environment())]


@pytest.mark.parametrize("text", [
    "{{ '}}' }} un {{ \"%}\" }}",               # closers inside strings
    "{% set d = {'a': {'b': 1}} %}{{ {'x': 1}['x'] }}",  # dict literals end in }}
    "{# komentārs ar }} un %} #}",             # a comment ends at #}
    "{%p if x %} {%tr for a in b %} {{r bold }}",  # docxtpl's tags
    "{{- x -}} {%- if y +%}",                  # whitespace control
])
def test_well_formed_tags_have_no_faults(text: str) -> None:
    assert _messages(text) == []


def test_an_unclosed_tag_is_marked_to_the_paragraph_end() -> None:
    assert _messages("{{ vārds }} piedalījās {{ dienas|count('diena') .") == [
        ("'{{' is not closed: add '}}' where the tag ends", "{{ dienas|count('diena') .")]


def test_a_stray_closer_and_an_unclosed_quote_are_told_apart() -> None:
    assert _messages("Projekts { title }} un {{ x|decline('loc) }}") == [
        ("'}}' closes no tag: delete it, or add the '{{' that opens it", "}}"),
        ("the quote ' is not closed: add the closing '", "'loc) }}")]
    assert _messages("{{ x|decline(„loc) }}")[0][0] == (
        "the quote „ is not closed: add the closing ”")


def test_what_jinja_cannot_read_in_a_tag_is_said_without_offsets() -> None:
    assert _messages("Summa {{ budget.total € }} un {{ (a + b )) }}") == [
        ("a tag cannot hold '€': write it outside the tag, or inside quotes",
         "{{ budget.total € }}"),
        ("unexpected ')': a bracket is closed that was not opened", "{{ (a + b )) }}")]


def test_raw_blocks_are_text_even_across_paragraphs() -> None:
    first = scan("{% raw %}}} {{ nav")
    assert first.raw and first.strays == [] and len(first.tags) == 1
    second = scan("%} {% endraw %} {{ x }}", raw=True)
    assert not second.raw and second.strays == [] and len(second.tags) == 1


@pytest.mark.parametrize(("typed", "code"), [
    ("{{ x|decline(„loc”) }}", '{{ x|decline("loc") }}'),
    ("{{ x|decline(“loc”) }}", '{{ x|decline("loc") }}'),
    ("{{ x|decline(‘loc’) }}", "{{ x|decline('loc') }}"),
    ("{{ x|decline(’loc’) }}", "{{ x|decline('loc') }}"),
    ("{{ x|decline(‚loc‘) }}", "{{ x|decline('loc') }}"),
    ("{{\u00a0a\u00a0–\u00a0b }}", "{{ a - b }}"),
    ("{{ a − b }}", "{{ a - b }}"),  # the minus sign
    # inside a string every character stays what it is: a dash, a no-break space, „ ”
    ("{{ a ~ ' – \u00a0' }}", "{{ a ~ ' – \u00a0' }}"),
    ("{{ '„' ~ t ~ '”' }}", "{{ '\\u201e' ~ t ~ '\\u201d' }}"),
    # outside tags nothing changes
    ("„Vārds” – 5\u00a0%", "„Vārds” – 5\u00a0%"),
])
def test_word_typing_is_undone_inside_tags_only(typed: str, code: str) -> None:
    assert jinja_code(typed) == code


def test_a_latvian_quote_inside_a_string_is_printed_as_itself(make, tmp_path: Path) -> None:
    tpl = Template(make("t.docx", ["{{ '„' ~ title ~ '”' }} un {{ \"‘\" ~ title ~ \"’\" }}"]))
    out = tpl.render({"title": "Ābece"}, tmp_path / "out.docx")
    assert body_text(out) == ["„Ābece” un ‘Ābece’"]


def test_the_issue_s_certificate_is_refused_and_keeps_its_paragraphs(make, tmp_path: Path) -> None:
    # docxtpl joined the unclosed tag to the next '}}' three paragraphs on: the two paragraphs
    # between vanished from every certificate, and check said nothing.
    tpl = Template(make("apliecinajums.docx", [
        "{{ vārds }} piedalījās {{ dienas|count('diena') .",
        "Kursa saturs: latviešu valoda.",
        "Paraksts: direktore",
        "Datums {{ datums }}",
    ]))
    expected = ["apliecinajums.docx, body, paragraph 1 (\"{{ vārds }} piedalījās "
                "»{{ dienas|count('diena') .«\"): '{{' is not closed: add '}}' where the tag ends"]
    assert [str(p) for p in tpl.check()] == expected
    with pytest.raises(TemplateError) as err:
        tpl.render({"vārds": "A", "dienas": 2, "datums": "x"}, tmp_path / "out.docx")
    assert str(err.value) == expected[0]
    assert not (tmp_path / "out.docx").exists()


def test_a_stray_closer_is_an_error_from_check_and_render(make, tmp_path: Path) -> None:
    tpl = Template(make("t.docx", ["Projekts { title }}"]))
    line = ("t.docx, body, paragraph 1 (\"Projekts { title »}}«\"): '}}' closes no tag: "
            "delete it, or add the '{{' that opens it")
    assert [str(p) for p in tpl.check()] == [line]
    with pytest.raises(TemplateError, match="closes no tag"):
        tpl.render({"title": "x"}, tmp_path / "out.docx")


def test_every_broken_paragraph_is_reported_at_once(make) -> None:
    tpl = Template(make("t.docx", ["{{ a", "labi {{ b }}", "c }}", "{% if d"]))
    assert [(p.paragraph, p.message.split(":")[0]) for p in tpl.check()] == [
        (1, "'{{' is not closed"), (3, "'}}' closes no tag"), (4, "'{%' is not closed")]
