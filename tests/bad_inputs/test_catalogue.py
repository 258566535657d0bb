"""The bad-input catalogue (tests/bad_inputs/catalogue.yaml): each file gives its one line.

Every bad input goes through the library entry point the catalogue names (exact message, right
error class, no output file) and through the command line (the message as a line on stderr,
exit code 2, no output file). Nothing may be left in the output folder, temporary files included.
"""

from __future__ import annotations

import os
import stat
import warnings
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from ruamel.yaml import YAML

import reportkit
from reportkit import Template, i18n, load, to_pdf
from reportkit.cli import EXIT_USAGE, cli
from reportkit.jobs import run_batch
from reportkit.models import Project
from reportkit.read.tables import read_table

HERE = Path(__file__).parent
CATALOGUE: dict[str, dict[str, str]] = YAML(typ="safe", pure=True).load(
    (HERE / "catalogue.yaml").read_text(encoding="utf-8"))
VALID_DATA = "_valid_project.yaml"
BATCH_TABLE = "_batch_table.csv"  # the table a batch template is run with
NO_CLI = {"to_pdf"}  # the command line converts only what it has just rendered


def _cases(skip: set[str] = frozenset()) -> list[Any]:  # type: ignore[assignment]
    return [pytest.param(name, spec, id=name) for name, spec in CATALOGUE.items()
            if spec["entry"] not in skip]


@pytest.fixture
def in_catalogue(monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run in the catalogue's folder, so messages name the files as the catalogue does."""
    monkeypatch.chdir(HERE)
    return HERE


def test_the_catalogue_has_every_file_and_at_least_40() -> None:
    files = {p.name for p in HERE.iterdir()
             if not p.name.startswith(("_", ".", "test_")) and p.name != "catalogue.yaml"}
    assert files == set(CATALOGUE)
    assert len(CATALOGUE) >= 40
    assert all("\n" not in spec["message"] for spec in CATALOGUE.values())


def _expected(spec: dict[str, str], out: Path, key: str = "message") -> str:
    return spec[key].replace("{out}", str(out)).replace("{blocker}", str(out.parent))


def _call(name: str, spec: dict[str, str], out: Path) -> None:
    """Run one bad input through the library entry point its catalogue entry names."""
    entry = spec["entry"]
    if entry == "load":
        load(name)
    elif entry == "template":
        Template(name)
    elif entry == "check":
        problems = Template(name).check(Project)
        raise reportkit.TemplateError(problems)
    elif entry == "render":
        Template(name).render(load(VALID_DATA), out)
    elif entry == "read_table":
        read_table(name)
    elif entry == "to_pdf":
        to_pdf([name], out.parent)
    elif entry == "batch":
        run_batch(name, BATCH_TABLE, out.parent / "partija")
    else:
        raise AssertionError(f"unknown entry {entry!r} in catalogue.yaml")


def _out(spec: dict[str, str], tmp_path: Path) -> Path:
    """Where the output would go: an empty folder, (out: under_a_file) below a plain file, or
    (out: fifo) a named pipe of that name."""
    folder = tmp_path / "out"
    folder.mkdir()
    if spec.get("out") == "under_a_file":
        (folder / "ne_mape").write_text("a file where the output folder should be")
        return folder / "ne_mape" / "dokuments.docx"
    if spec.get("out") == "fifo":
        os.mkfifo(folder / "dokuments.docx")
    return folder / "dokuments.docx"


def _left(out: Path) -> list[str]:
    """What is in the output folder after the failure (a blocking file or pipe is expected)."""
    folder = out.parent.parent if out.parent.is_file() else out.parent
    return sorted(p.name for p in folder.iterdir() if p.name != "ne_mape"
                  and not stat.S_ISFIFO(p.lstat().st_mode))


@pytest.mark.parametrize(("name", "spec"), _cases())
def test_library_gives_the_one_line(name: str, spec: dict[str, str], tmp_path: Path,
                                    in_catalogue: Path) -> None:
    out = _out(spec, tmp_path)
    error = getattr(reportkit, spec["error"])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with pytest.raises(reportkit.ReportkitError) as caught:
            _call(name, spec, out)
    assert type(caught.value) is error
    assert str(caught.value) == _expected(spec, out)
    # a program tells problems apart by their code, the same in every language
    assert ", ".join(dict.fromkeys(p.code for p in caught.value.problems)) == spec["code"]
    assert _left(out) == []


def _command(name: str, spec: dict[str, str], out: Path) -> list[str]:
    """The reportkit command a coordinator would type for this input."""
    entry = spec["entry"]
    if entry == "load":
        return ["render", name, "-o", str(out)]
    if entry in ("template", "render"):
        return ["render", VALID_DATA, "-t", name, "-o", str(out)]
    if entry == "check":
        return ["check", name, "--kind", "project"]
    if entry == "read_table":
        return ["batch", "_batch_template.docx", name, "-o", str(out.parent / "partija")]
    if entry == "batch":
        return ["batch", name, BATCH_TABLE, "-o", str(out.parent / "partija")]
    raise AssertionError(f"no command for entry {entry!r}")


@pytest.mark.parametrize(("name", "spec"), _cases(skip=NO_CLI))
def test_command_line_says_it_and_exits_2(name: str, spec: dict[str, str], tmp_path: Path,
                                          in_catalogue: Path) -> None:
    out = _out(spec, tmp_path)
    result = CliRunner().invoke(cli, _command(name, spec, out))
    lines = result.stderr.splitlines()
    expected = _expected(spec, out)
    assert result.exit_code == EXIT_USAGE, result.output
    assert expected in lines or f"reportkit: {expected}" in lines, lines
    assert _left(out) == []
    assert "Traceback" not in result.output


# Every entry has its Latvian line (message_lv), checked like the English one.
LATVIAN = [case for case in _cases() if "message_lv" in case.values[1]]
LATVIAN_CLI = [case for case in _cases(skip=NO_CLI) if "message_lv" in case.values[1]]


def test_every_bad_input_has_its_latvian_line() -> None:
    assert [n for n, spec in CATALOGUE.items() if "message_lv" not in spec] == []
    assert all("\n" not in spec.get("message_lv", "") for spec in CATALOGUE.values())


@pytest.mark.parametrize(("name", "spec"), LATVIAN)
def test_library_gives_the_one_line_in_latvian(name: str, spec: dict[str, str], tmp_path: Path,
                                               in_catalogue: Path) -> None:
    out = _out(spec, tmp_path)
    i18n.set_language("lv")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with pytest.raises(reportkit.ReportkitError) as caught:
            _call(name, spec, out)
    assert str(caught.value) == _expected(spec, out, "message_lv")
    assert ", ".join(dict.fromkeys(p.code for p in caught.value.problems)) == spec["code"]


@pytest.mark.parametrize(("name", "spec"), LATVIAN_CLI)
def test_command_line_says_it_in_latvian(name: str, spec: dict[str, str], tmp_path: Path,
                                         in_catalogue: Path) -> None:
    out = _out(spec, tmp_path)
    result = CliRunner().invoke(cli, ["--lang", "lv", *_command(name, spec, out)])
    expected = _expected(spec, out, "message_lv")
    assert result.exit_code == EXIT_USAGE, result.output
    assert expected in result.stderr.splitlines(), result.stderr
