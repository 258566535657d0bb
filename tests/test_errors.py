"""The one-line messages users read for every kind of problem."""


import pytest

from reportkit.errors import (
    ConversionError,
    DataError,
    Problem,
    RenderError,
    ReportkitError,
    TemplateError,
)


def test_data_problem_reads_file_line_field_message() -> None:
    p = Problem("must be greater than 0 (got -5)", file="projekts.yaml", line=14,
                field="budget.total")
    assert str(p) == "projekts.yaml:14: budget.total: must be greater than 0 (got -5)"


def test_template_problem_names_part_paragraph_and_text() -> None:
    p = Problem("unexpected end of template, expected 'endif'", file="relize.docx", part="body",
                paragraph=12, text="Otrā {% if x %} rinda")
    assert str(p) == ('relize.docx, body, paragraph 12 ("Otrā {% if x %} rinda"): '
                      "unexpected end of template, expected 'endif'")


def test_long_paragraph_text_is_shortened_with_an_ellipsis() -> None:
    p = Problem("bad", file="t.docx", part="body", paragraph=1, text="vārds " * 30)
    quoted = str(p).split('"')[1]
    assert quoted.endswith("…") and len(quoted) <= 40


def test_problem_without_location_is_just_the_message() -> None:
    assert str(Problem("LibreOffice is not installed")) == "LibreOffice is not installed"


def test_error_lists_every_problem_one_per_line() -> None:
    err = DataError([Problem("a", file="f.yaml", line=1), Problem("b", file="f.yaml", line=2)])
    assert str(err).splitlines() == ["f.yaml:1: a", "f.yaml:2: b"]
    assert [p.message for p in err.problems] == ["a", "b"]


@pytest.mark.parametrize("cls", [DataError, TemplateError, RenderError, ConversionError])
def test_every_error_is_a_reportkit_error(cls: type[ReportkitError]) -> None:
    with pytest.raises(ReportkitError, match=r"^boom$"):
        raise cls("boom")


def test_an_error_needs_a_problem() -> None:
    with pytest.raises(ValueError):
        DataError([])


def test_a_template_problem_in_a_table_cell_is_placed_by_table_row_and_cell() -> None:
    p = Problem("'p' has no attribute 'nme'", file="t.docx", part="body", paragraph=9,
                text="Vārds: {{ p.nme }}", mark=(7, 18), table=2, table_row=3, table_cell=1)
    assert str(p) == ("t.docx, body, table 2, row 3, cell 1 (\"Vārds: »{{ p.nme }}«\"): "
                      "'p' has no attribute 'nme'")
    assert str(Problem("x", file="t.docx", part="body", table=1)) == "t.docx, body, table 1: x"


def test_a_marked_fault_in_a_long_paragraph_stays_in_view() -> None:
    text = "Ļoti gara rindkopa " * 8 + "{{ dienas|count('diena') ." + " beigas" * 8
    start = text.index("{{")
    quoted = str(Problem("bad", file="t.docx", part="body", paragraph=1, text=text,
                         mark=(start, start + 26))).split('"')[1]
    assert "»{{ dienas|count('diena') .«" in quoted
    assert quoted.startswith("…") and quoted.endswith("…") and len(quoted) <= 64


def test_a_location_is_said_in_latvian_and_its_fields_stay_english(latvian: None) -> None:
    p = Problem("x", file="t.docx", part="first-page header (section 2)", paragraph=3,
                text="{{ a }}")
    assert str(p) == 't.docx, pirmās lapas galvene (2. sadaļa), 3. rindkopa ("{{ a }}"): x'
    assert p.part == "first-page header (section 2)"
    cell = Problem("x", file="t.docx", part="body", paragraph=7, text="{{ p }}", table=2,
                   table_row=3, table_cell=1, record=4)
    assert str(cell) == ('t.docx, pamatteksts, 2. tabula, 3. rinda, 1. šūna ("{{ p }}"): '
                         "4. ieraksts: x")
    assert str(Problem("x", line=5, part="footer", paragraph=1)) == "kājene, 1. rindkopa: x"


def test_a_location_in_english_and_a_part_word_has_no_name_for() -> None:
    assert str(Problem("x", file="t.docx", part="even-page footer", paragraph=1)) == \
        "t.docx, even-page footer, paragraph 1: x"
    assert str(Problem("x", file="t.docx", part="header4", paragraph=1)) == \
        "t.docx, header4, paragraph 1: x"
