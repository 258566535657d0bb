"""A program's own filters and tests: ``reportkit.add_filter`` and ``reportkit.add_test``.

Added filters belong to the whole program and must come before its first template, so the
working path runs in a fresh Python (a program as a user writes it); the refusals run here.
"""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import reportkit
from reportkit import Template
from tests.helpers.templates import build

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("name", "message"), [
    ("join", "'join' is a built-in filter of reportkit's; give yours another name"),
    ("decline", "'decline' is a built-in filter of reportkit's; give yours another name"),
    ("upper", "'upper' is a built-in filter of Jinja's; give yours another name"),
    ("2x", "'2x' is not a filter name a template can use: letters, digits and _, not "
           "starting with a digit"),
    ("a-b", "'a-b' is not a filter name"),
])
def test_a_filter_named_as_a_built_in_or_no_name_is_refused(name: str, message: str) -> None:
    with pytest.raises(ValueError, match="^" + re.escape(message)):
        reportkit.add_filter(name, str.upper)


def test_a_test_named_as_a_built_in_and_a_function_that_is_none_are_refused() -> None:
    with pytest.raises(ValueError, match=r"^'even' is a built-in test of Jinja's"):
        reportkit.add_test("even", bool)
    with pytest.raises(TypeError, match="the test 'mine' must be a function, not str"):
        reportkit.add_test("mine", "lambda x: x")  # type: ignore[arg-type]


def test_a_filter_added_after_a_template_was_opened_is_refused(tmp_path: Path) -> None:
    Template(build(tmp_path / "t.docx", ["{{ x }}"])).render_bytes({"x": 1})
    with pytest.raises(RuntimeError, match=r"add_filter\('late'\) comes after a template was "
                                           r"opened"):
        reportkit.add_filter("late", str.upper)
    with pytest.raises(RuntimeError, match=r"add_test\('late'\) comes after"):
        reportkit.add_test("late", bool)
    tpl = Template(build(tmp_path / "u.docx", ["{{ x|late }}"]))
    assert [p.message for p in tpl.check()] == ["unknown filter 'late' (did you mean 'last'?)"]


PROGRAM = '''\
import io
import sys

import docx

import reportkit
from reportkit import RenderError, Template


def initials(name: str) -> str:
    """The initials of a name: ``{{ "Jānis Bērziņš"|initials }}`` → J. B."""
    return " ".join(part[0] + "." for part in name.split())


def baltic(code: str, *more: str) -> bool:
    """Whether a country code is a Baltic state's (or one of ``more``)."""
    return code in ("EE", "LV", "LT", *more)


def strict(value: str) -> str:
    raise ValueError(f"{value!r} is not a code this office knows")


reportkit.add_filter("initials", initials)
reportkit.add_filter("initials", initials)  # the same again: nothing happens
try:
    reportkit.add_filter("initials", str.upper)
except ValueError as err:
    print("again:", err)
reportkit.add_test("baltic", baltic)
reportkit.add_filter("strict", strict)
reportkit.add_filter("huge", lambda value: value * (10**7 + 1))  # past the size limit

page = docx.Document()
page.add_paragraph("{{ name|initials }}: {{ 'B' if country is baltic else 'X' }}, "
                   "{{ 'B' if 'PL' is baltic('PL') else 'X' }}, {{ '<&>'|initials }}")
page.add_paragraph("{{ code|strict }}")
page.save(sys.argv[1] + "/t.docx")
tpl = Template(sys.argv[1] + "/t.docx")
print("check:", [p.message for p in tpl.check()])
try:
    tpl.render_bytes({"name": "Jānis Bērziņš", "country": "LT", "code": "Z9"})
except RenderError as err:
    print("refused:", err)
ok = docx.Document(sys.argv[1] + "/t.docx")
ok.paragraphs[1].text = "{{ 'x'|huge }}"
ok.save(sys.argv[1] + "/huge.docx")
try:
    Template(sys.argv[1] + "/huge.docx").render_bytes({"name": "A B", "country": "LV"})
except reportkit.ReportkitError as err:
    print("huge:", type(err).__name__, err)
ok.paragraphs[1].text = "{{ 'x' }}"
ok.save(sys.argv[1] + "/ok.docx")
made = Template(sys.argv[1] + "/ok.docx").render_bytes({"name": "Anna Kalniņa",
                                                        "country": "FI"})
print("text:", docx.Document(io.BytesIO(made)).paragraphs[0].text)
from click.testing import CliRunner
from reportkit.cli import cli
listing = CliRunner().invoke(cli, ["filters"]).stdout
print("listed:", [line.strip() for line in listing.splitlines() if "[yours]" in line])
'''


def test_a_program_s_own_filters_and_tests_render_are_checked_and_listed(
        tmp_path: Path) -> None:
    script = tmp_path / "program.py"
    script.write_text(PROGRAM, encoding="utf-8")
    done = subprocess.run([sys.executable, str(script), str(tmp_path)], cwd=ROOT,
                          capture_output=True, text=True, check=False, timeout=300)
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.splitlines() == [
        "again: the filter 'initials' was already added (another function); give this one "
        "another name",
        "check: []",
        "refused: t.docx, body, paragraph 2 (\"{{ code|strict }}\"): 'Z9' is not a code this "
        "office knows",
        "huge: TemplateError huge.docx, body, paragraph 2 (\"{{ 'x'|huge }}\"): unsafe template "
        "code: a value of 10000001 characters or items; the limit is 10000000",
        "text: A. K.: X, B, <.",
        "listed: ['name|initials    [yours]', 'value|strict    [yours]', 'value|huge    [yours]', "
        "'code is baltic(*more)    [yours]']",
    ]


def test_the_module_docstring_s_example_works(tmp_path: Path) -> None:
    from reportkit.render import extensions

    example = textwrap.dedent(extensions.__doc__.split("::\n", 1)[1].split("\nWhat ", 1)[0])
    script = tmp_path / "example.py"
    script.write_text(example + textwrap.dedent(f'''
        import docx
        page = docx.Document()
        page.add_paragraph("{{{{ who|initials }}}} {{{{ 'jā' if c is latvian else 'nē' }}}}")
        page.save("{tmp_path / 't.docx'}")
        made = reportkit.Template("{tmp_path / 't.docx'}").render_bytes({{"who": "Jānis Bērziņš",
                                                                         "c": "LV"}})
        import io
        print(docx.Document(io.BytesIO(made)).paragraphs[0].text)
        '''), encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], cwd=ROOT, capture_output=True,
                          text=True, check=False, timeout=300)
    assert (done.returncode, done.stderr, done.stdout) == (0, "", "J. B. jā\n")
