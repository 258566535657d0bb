"""The public face of reportkit, as a script writer and their editor see it: every name in
``__all__`` is there, and a program using the API type-checks under ``mypy --strict`` with real
types (not ``Any``: a wrong use is an error mypy reports)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import reportkit

ROOT = Path(__file__).resolve().parents[1]

PROGRAM = '''\
import io
from decimal import Decimal
from pathlib import Path

import reportkit
from reportkit import DataError, Problem, Project, Template, lv, to_pdf


def describe(path: Path) -> list[Path]:
    """Load a project, print two figures, render it with the built-in template, then PDF."""
    try:
        data = reportkit.load(path)
    except DataError as err:
        problems: list[Problem] = err.problems
        raise SystemExit("\\\\n".join(str(p) for p in problems)) from None
    if isinstance(data, Project):
        total: Decimal | None = data.budget.total if data.budget else None
        months: int = data.period.months
        print(lv.amount_in_words(total or 0), lv.count(months, "mēnesis"))
    out: Path = Template.builtin("project_description").render(data, path.with_suffix(".docx"))
    rows = reportkit.read_table("skolas.csv")
    print(rows[0].number, rows[0].values)
    return to_pdf([out])


def in_memory(form: dict[str, object], text: str) -> bytes:
    """The new API of issue 20: mappings, texts and streams in; streams and bytes out."""
    release: reportkit.PressRelease = reportkit.load(form, kind="press_release", source="form")
    project: Project = reportkit.loads(text, kind="project", format="json", folder=".")
    report = reportkit.load(io.StringIO(text), source="stdin")
    print(report.kind, project.title)
    template = Template.builtin("press_release")
    nothing: None = template.render(release, io.BytesIO())
    document: bytes = template.render_bytes(release)
    reportkit.add_filter("shout", str.upper)
    reportkit.add_test("long", lambda value: len(value) > 80)
    return reportkit.to_pdf_bytes(document, timeout=30.0, source="relize.docx")
'''

WRONG = '''\
import reportkit

count: int = reportkit.load("projekts.yaml")
name: int = reportkit.Template("a.docx").path
project: int = reportkit.load({}, kind="project")
release = reportkit.loads("", kind="projekt")
document: str = reportkit.Template("a.docx").render_bytes({})
written: int = reportkit.Template("a.docx").render({}, "a.docx")
'''


@pytest.mark.parametrize("name", reportkit.__all__)
def test_every_public_name_imports_and_dir_lists_it(name: str) -> None:
    assert getattr(reportkit, name) is not None
    assert name in dir(reportkit)


def _mypy(tmp_path: Path, source: str) -> subprocess.CompletedProcess[str]:
    program = tmp_path / "program.py"
    program.write_text(source, encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental",
         "--cache-dir", str(tmp_path / "cache"), str(program)],
        cwd=ROOT, capture_output=True, text=True, check=False, timeout=300)


def test_a_program_using_the_public_api_passes_mypy_strict(tmp_path: Path) -> None:
    done = _mypy(tmp_path, PROGRAM)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_public_api_is_typed_not_any(tmp_path: Path) -> None:
    done = _mypy(tmp_path, WRONG)
    assert done.returncode == 1
    assert 'Incompatible types in assignment (expression has type "Project | PressRelease | ' \
        'FinalReport", variable has type "int")' in done.stdout
    assert 'expression has type "Path", variable has type "int"' in done.stdout
    assert 'expression has type "Project", variable has type "int"' in done.stdout
    assert 'No overload variant of "loads" matches argument types "str", "str"' in done.stdout
    assert 'expression has type "bytes", variable has type "str"' in done.stdout
    assert 'expression has type "Path", variable has type "int"' in done.stdout.split(
        "program.py:7:")[1]
