"""docs/programmers.md, as a programmer would try it: its sessions run as doctests, and each of
its programs passes ``mypy --strict`` and does what the guide says it does (the web handler
answering a form with a .docx, a PDF or the form's problems; the certificates from a database;
the program's own filter; the typed script)."""

from __future__ import annotations

import doctest
import io
import re
import runpy
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.docx import part_text
from tests.helpers.templates import build

ROOT = Path(__file__).resolve().parents[1]
GUIDE = ROOT / "docs" / "programmers.md"
FAKE = ROOT / "tests" / "render" / "fake_soffice.py"


def programs() -> dict[str, str]:
    """The guide's programs by the file name their first line gives them."""
    text = GUIDE.read_text(encoding="utf-8")
    found = {}
    for block in re.findall(r"```python\n(.*?)```", text, flags=re.DOTALL):
        name = re.match(r"# (\w+\.py):", block)
        assert name is not None, f"a program of the guide without '# name.py:': {block[:60]}"
        found[name.group(1)] = block
    return found


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The guide's programs, saved in a folder of their own."""
    for name, source in programs().items():
        (tmp_path / name).write_text(source, encoding="utf-8")
    return tmp_path


def python(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], cwd=folder, capture_output=True, text=True,
                          check=False, timeout=300)


def test_the_guide_has_its_four_programs() -> None:
    assert list(programs()) == ["web.py", "certificates.py", "initials.py", "totals.py"]


def test_the_sessions_of_the_guide_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    text = GUIDE.read_text(encoding="utf-8")
    test = doctest.DocTestParser().get_doctest(text, {}, "programmers.md", str(GUIDE), 0)
    assert len(test.examples) >= 6
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    out = io.StringIO()
    result = runner.run(test, out=out.write)
    assert result.failed == 0, out.getvalue()


def test_every_program_passes_mypy_strict(folder: Path) -> None:
    done = python(folder, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir",
                  str(folder / ".cache"), *programs())
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_mistake_in_a_typed_script_is_what_mypy_reports(folder: Path) -> None:
    source = programs()["totals.py"].replace('kind="project"', 'kind="projekt"')
    (folder / "totals.py").write_text(source, encoding="utf-8")
    done = python(folder, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir",
                  str(folder / ".cache"), "totals.py")
    assert done.returncode == 1
    assert 'totals.py:12: error: No overload variant of "load" matches' in done.stdout


def test_the_typed_script_prints_each_project_s_total_and_months(folder: Path) -> None:
    done = python(folder, "totals.py", str(ROOT / "examples" / "003_projekta_apraksts.yaml"),
                  str(ROOT / "examples" / "004_seminars_koordinatoriem.yaml"))
    assert done.returncode == 0
    assert done.stdout == (f"{ROOT / 'examples' / '003_projekta_apraksts.yaml'}: "
                           "22\xa0783,00 EUR, 20\xa0mēneši\n")
    assert done.stderr == (f"{ROOT / 'examples' / '004_seminars_koordinatoriem.yaml'}:3: "
                           "kind: must be 'project' here (got 'press_release')\n")


def test_the_own_filter_program_prints_what_the_guide_says(folder: Path) -> None:
    done = python(folder, "initials.py")
    assert (done.returncode, done.stderr, done.stdout) == (0, "", "J. B., Baltijā\n")


def test_the_certificates_come_from_the_database_rows(folder: Path) -> None:
    build(folder / "apliecinajums.docx", [
        "{{ name|decline('dat') }} … {{ hours|count('stunda') }} … "
        "{{ day|format_date(case='loc') }}"])
    done = python(folder, "certificates.py")
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == "out/01 Anna Kalniņa.docx\nout/02 Jānis Bērziņš.docx\n"
    assert part_text(folder / "out" / "01 Anna Kalniņa.docx") == [
        "Annai Kalniņai … 8\xa0stundas … 2024.\xa0gada\xa07.\xa0maijā"]
    assert part_text(folder / "out" / "02 Jānis Bērziņš.docx") == [
        "Jānim Bērziņam … 16\xa0stundas … 2024.\xa0gada\xa06.\xa0maijā"]


Answer = tuple[str, dict[str, str], bytes]


@pytest.fixture
def post(folder: Path) -> Callable[..., Answer]:
    """``post(body, content_type, query)``: the web handler's status, headers and body."""
    application = runpy.run_path(str(folder / "web.py"))["application"]

    def _post(body: bytes, content_type: str = "text/yaml", query: str = "") -> Answer:
        started: list[Any] = []
        environ = {"wsgi.input": io.BytesIO(body), "CONTENT_LENGTH": str(len(body)),
                   "CONTENT_TYPE": content_type, "QUERY_STRING": query}
        answer = b"".join(application(environ, lambda s, h: started.extend([s, h])))
        return started[0], dict(started[1]), answer
    return _post


RELEASE = "title: Skolēni Itālijā\npublished: 2024-05-06\nbody: Skolēni mācījās Novarā.\n"


def test_the_web_handler_answers_a_form_with_its_docx(post: Callable[..., Answer],
                                                      tmp_path: Path) -> None:
    status, headers, body = post(RELEASE.encode("utf-8"))
    assert status == "200 OK"
    assert headers["Content-Disposition"] == 'attachment; filename="relize.docx"'
    assert headers["Content-Length"] == str(len(body))
    (tmp_path / "got.docx").write_bytes(body)
    text = part_text(tmp_path / "got.docx")
    assert "Skolēni Itālijā" in text and "Skolēni mācījās Novarā." in text
    as_json = b'{"title": "Skol\\u0113ni It\\u0101lij\\u0101", "published": "2024-05-06", ' \
              b'"body": "Skol\\u0113ni m\\u0101c\\u012bj\\u0101s Novar\\u0101."}'
    assert post(as_json, "application/json")[2] == body


def test_the_web_handler_answers_the_form_s_problems(post: Callable[..., Answer]) -> None:
    status, headers, body = post(RELEASE.replace("2024-05-06", "6.5.2024").encode("utf-8"))
    assert (status, headers["Content-Type"]) == ("400 Bad Request", "text/plain; charset=utf-8")
    assert body.decode("utf-8") == ("the form:2: published: must be a date written "
                                    "year-month-day: 2024-05-06 (got '6.5.2024')")
    assert post(RELEASE.encode("utf-16"))[:1] == ("400 Bad Request",)
    assert post(b'{"title": 5', "application/json")[2].decode("utf-8").startswith(
        "the form:1: not valid JSON")


def test_the_web_handler_answers_with_a_pdf(post: Callable[..., Answer], tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    script = tmp_path / "bin" / "soffice"
    script.parent.mkdir()
    script.write_text(f'#!/bin/sh\nexec "{sys.executable}" "{FAKE}" "$@"\n')
    script.chmod(0o755)
    monkeypatch.setenv("REPORTKIT_SOFFICE", str(script))
    status, headers, body = post(RELEASE.encode("utf-8"), query="pdf=1")
    assert (status, headers["Content-Type"]) == ("200 OK", "application/pdf")
    assert headers["Content-Disposition"] == 'attachment; filename="relize.pdf"'
    assert body.startswith(b"%PDF-")
