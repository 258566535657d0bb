"""``-`` for standard input and output: ``validate -``, ``render - -o -``, ``new --xlsx -o -``.

Issue 19: ``render -o -`` wrote a file named ``-``; office scripts could not pipe.
"""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner, Result

from reportkit.cli import cli
from reportkit.cli import streams as streams_module
from reportkit.render.soffice import install_hint, not_found
from tests.helpers.cli import lines, make_template

VALID = Path(__file__).parents[1] / "bad_inputs" / "_valid_project.yaml"


def invoke(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *args: str,
           stdin: bytes = b"") -> Result:
    monkeypatch.chdir(tmp_path)
    return CliRunner().invoke(cli, list(args), input=stdin, prog_name="reportkit")


def test_validate_reads_standard_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    result = invoke(tmp_path, monkeypatch, "validate", "-", stdin=VALID.read_bytes())
    assert result.exit_code == 0
    assert result.stdout.startswith("ok: <stdin>: project")
    assert list(tmp_path.iterdir()) == []  # the copy is gone


def test_problems_in_standard_input_are_named_stdin(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    text = VALID.read_text(encoding="utf-8").replace("kind: project", "kind: projekt")
    result = invoke(tmp_path, monkeypatch, "validate", "-", stdin=text.encode())
    assert result.exit_code == 2
    assert lines(result.stderr) == ["<stdin>:2: kind: unknown kind 'projekt'; the kinds are: "
                                    "project, press_release, final_report"]


def test_render_from_standard_input_to_standard_output(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    template = make_template(tmp_path / "veidne.docx", ["Projekts {{ title }}"])
    result = invoke(tmp_path, monkeypatch, "render", "-", "-t", str(template), "-o", "-",
                    stdin=VALID.read_bytes())
    assert (result.exit_code, result.stderr) == (0, "")
    text = [p.text for p in docx.Document(io.BytesIO(result.stdout_bytes)).paragraphs]
    assert text[0].startswith("Projekts ")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["veidne.docx"]  # no file named -


def test_data_from_standard_input_needs_out(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    result = invoke(tmp_path, monkeypatch, "render", "-", stdin=VALID.read_bytes())
    assert result.exit_code == 2
    assert "data from standard input (-) needs -o" in result.stderr


def test_a_document_is_not_written_to_a_terminal(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copy(VALID, tmp_path / "projekts.yaml")
    monkeypatch.setattr(streams_module, "_terminal", lambda: True)
    result = invoke(tmp_path, monkeypatch, "render", "projekts.yaml", "-o", "-")
    assert result.exit_code == 2
    assert "standard output, which is a terminal here" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["projekts.yaml"]


def test_new_workbook_to_standard_output_is_the_starter(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    result = invoke(tmp_path, monkeypatch, "new", "project", "--xlsx", "-o", "-")
    assert result.exit_code == 0
    (tmp_path / "piped.xlsx").write_bytes(result.stdout_bytes)
    again = invoke(tmp_path, monkeypatch, "validate", "piped.xlsx")
    assert again.exit_code == 0, again.stderr
    assert again.stdout.startswith("ok: piped.xlsx: project")


def test_new_text_to_a_pipe_is_utf8(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    result = invoke(tmp_path, monkeypatch, "new", "project")
    assert "→" in result.stdout_bytes.decode("utf-8")


@pytest.mark.parametrize(("platform", "says"), [
    ("win32", "C:\\Program Files\\LibreOffice"),
    ("darwin", "brew install --cask libreoffice"),
    ("linux", "apt-get install libreoffice-writer-nogui"),
])
def test_the_install_hint_is_for_the_system_in_use(platform: str, says: str) -> None:
    hint = install_hint(platform)
    assert says in hint
    assert hint.endswith("or give its path with --soffice or the environment variable "
                         "REPORTKIT_SOFFICE")
    assert ("apt-get" in hint) == (platform == "linux")


def test_not_found_names_where_it_looked() -> None:
    place = Path("C:/Program Files/LibreOffice/program/soffice.exe")
    assert not_found([place]).startswith(f"LibreOffice (soffice) is not on PATH, nor in {place}.")


def test_soffice_option_that_is_no_program(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copy(VALID, tmp_path / "projekts.yaml")
    monkeypatch.setenv("REPORTKIT_SOFFICE", "")  # restored after: --soffice sets it
    result = invoke(tmp_path, monkeypatch, "render", "projekts.yaml", "--pdf",
                    "--soffice", "nav/soffice")
    assert (result.exit_code, lines(result.stderr)) == (2, [
        "reportkit: REPORTKIT_SOFFICE (or --soffice) is 'nav/soffice', which is not a program "
        "that can be run; give the path of LibreOffice's soffice"])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["projekts.yaml"]
