"""What every command shares: help with an example, --version, ``python -m reportkit``, exit
codes, one line per error, --debug tracebacks, internal errors, Ctrl-C."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import reportkit
import reportkit.lv
from reportkit.cli import EXIT_INTERNAL, EXIT_INTERRUPTED, cli
from tests.helpers.cli import ROOT, SEED_003, Run, lines, make_template, run_module
from tests.helpers.docx import body_text

COMMANDS = sorted(cli.commands)  # type: ignore[attr-defined]


def test_the_commands_are_those_of_issues_7_16_and_20() -> None:
    assert COMMANDS == ["batch", "check", "decline", "demo", "filters", "new", "render",
                        "schema", "validate", "words"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(run: Run, command: str) -> None:
    result = run(command, "--help")
    assert (result.exit_code, result.stderr) == (0, "")
    assert f"Usage: reportkit {command}" in result.stdout
    assert "Example" in result.stdout and f"reportkit {command} " in result.stdout
    assert "Exit codes: 0 done, 1 some items failed, 2 bad input or usage" in result.stdout
    assert run(command, "-h").stdout == result.stdout


def test_version(run: Run) -> None:
    for flag in ("--version", "-V"):
        result = run(flag)
        assert (result.exit_code, result.stdout) == (0, f"reportkit {reportkit.__version__}\n")


def test_no_command_shows_the_help(run: Run) -> None:
    result = run()
    assert result.exit_code == 0
    assert result.stdout.startswith("Usage: reportkit [OPTIONS] COMMAND")
    assert "reportkit new project -o projekts.yaml" in result.stdout


def test_unknown_command(run: Run) -> None:
    result = run("rendr", "x.yaml")
    assert (result.exit_code, lines(result.stderr)) == (
        2, ["reportkit: No such command 'rendr'. Did you mean 'render'? "
            "(see 'reportkit --help')"])


def test_a_bug_is_an_internal_error_in_one_line_with_exit_3(
        run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> str:
        raise KeyError("oops")
    monkeypatch.setattr(reportkit.lv, "amount_in_words", broken)
    result = run("words", "1")
    assert (result.exit_code, result.stdout) == (EXIT_INTERNAL, "")
    assert lines(result.stderr) == [
        "reportkit: internal error (KeyError: 'oops'); this is a bug in reportkit: "
        "rerun with --debug to see where, and report it"]


def test_debug_shows_the_traceback_and_keeps_the_exit_code(
        run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> str:
        raise KeyError("oops")
    monkeypatch.setattr(reportkit.lv, "amount_in_words", broken)
    result = run("--debug", "words", "1")
    assert result.exit_code == EXIT_INTERNAL
    assert result.stderr.startswith("Traceback (most recent call last):")
    assert 'in broken\n    raise KeyError("oops")' in result.stderr
    assert lines(result.stderr)[-1].startswith("reportkit: internal error (KeyError: 'oops')")
    monkeypatch.setenv("REPORTKIT_DEBUG", "1")
    assert "Traceback" in run("words", "1").stderr


def test_debug_shows_where_a_user_error_was_raised_too(run: Run) -> None:
    plain = run("render", "nav.yaml")
    assert "Traceback" not in plain.stderr
    debug = run("--debug", "render", "nav.yaml")
    assert debug.exit_code == 2
    assert "Traceback (most recent call last):" in debug.stderr
    assert lines(debug.stderr)[-1] == "nav.yaml: file not found"


def test_ctrl_c_exits_130_without_a_traceback(run: Run,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(*args: object, **kwargs: object) -> str:
        raise KeyboardInterrupt
    monkeypatch.setattr(reportkit.lv, "amount_in_words", interrupted)
    result = run("words", "1")
    assert result.exit_code == EXIT_INTERRUPTED
    assert "Traceback" not in result.stderr
    assert lines(result.stderr)[-1] == "reportkit: interrupted"


# ---- the same through `python -m reportkit`, in a new process --------------------------------


def test_python_m_reportkit_renders(tmp_path: Path) -> None:
    template = make_template(tmp_path / "t.docx", ["{{ code }}: {{ budget.total | format_money }}"])
    done = run_module("render", SEED_003, "-t", template, "-o", "x.docx", cwd=tmp_path)
    assert (done.returncode, done.stdout, done.stderr) == (0, "x.docx\n", "")
    assert body_text(tmp_path / "x.docx") == ["2019-1-LV01-KA104-060191: 22\xa0783,00 EUR"]


def test_python_m_reportkit_bad_input_is_one_line_and_exit_2(tmp_path: Path) -> None:
    done = run_module("render", "nav.yaml", cwd=tmp_path)
    assert (done.returncode, done.stdout, done.stderr) == (2, "", "nav.yaml: file not found\n")
    done = run_module("batch", "nav.docx", "nav.csv", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr == ("reportkit batch: Missing option '-o' / '--out'. "
                           "(see 'reportkit batch --help')\n")


def test_python_m_reportkit_batch_with_a_bad_row_exits_1(tmp_path: Path) -> None:
    template = make_template(tmp_path / "t.docx", ["{{ code }} {{ sum | amount_in_words }}"])
    (tmp_path / "t.csv").write_text("code;sum\nA;1\nB;nav\nC;3\n", encoding="utf-8")
    done = run_module("batch", template, "t.csv", "-o", "out", "--name", "{code}", cwd=tmp_path)
    assert done.returncode == 1
    assert done.stdout == "2 of 3 documents written to out; failed rows: 3\n"
    assert done.stderr.startswith(
        't.csv:3: t.docx, body, paragraph 1 ("{{ code }} {{ sum | amount_in_words }}"): '
        "amount 'nav' is not a number")
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["A.docx", "C.docx"]


def test_python_m_reportkit_version_and_words(tmp_path: Path) -> None:
    assert run_module("--version", cwd=tmp_path).stdout == f"reportkit {reportkit.__version__}\n"
    done = run_module("words", "4557", cwd=tmp_path)
    assert done.stdout == "četri tūkstoši pieci simti piecdesmit septiņi eiro 00 centi\n"


def test_sigint_during_a_batch_exits_130_without_a_traceback(tmp_path: Path) -> None:
    template = make_template(tmp_path / "t.docx", ["{{ code }} {{ sum | amount_in_words }}"])
    rows = "".join(f"K{i};{i}\n" for i in range(20000))
    (tmp_path / "t.csv").write_text("code;sum\n" + rows, encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "reportkit", "batch", str(template), "t.csv", "-o", "out"],
        cwd=tmp_path, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not any((tmp_path / "out").glob("*.docx")) and time.monotonic() < deadline:
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == EXIT_INTERRUPTED, stderr
    assert "Traceback" not in stderr
    assert lines(stderr)[-1] == "reportkit: interrupted"
    written = list((tmp_path / "out").iterdir())
    assert 0 < len(written) < 20000
    assert not [p for p in written if p.name.endswith(".tmp")]  # nothing half-written
