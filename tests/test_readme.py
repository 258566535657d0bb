"""The README is what newcomers read first: its commands and its example must stay true."""

import doctest
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_first_code_block_holds_exactly_the_two_newcomer_commands() -> None:
    first = re.search(r"```\w*\n(.*?)```", README, re.DOTALL)
    assert first is not None
    lines = [line for line in first.group(1).splitlines() if line.strip()]
    assert len(lines) == 2
    assert lines[0].endswith("reportkit demo") and "pip install" in lines[0]
    assert "'.[test]'" in lines[1] and lines[1].endswith("pytest -q")


def test_ci_runs_the_readme_test_command() -> None:
    # .ci/run takes the command from the README itself; make sure it still reads that block
    assert "README.md" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


@pytest.mark.pdf
def test_python_example_gives_what_the_readme_shows(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    block = re.search(r"```pycon\n(.*?)```", README, re.DOTALL)
    assert block is not None
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    monkeypatch.chdir(tmp_path)
    test = doctest.DocTestParser().get_doctest(block.group(1), {}, "README", "README.md", 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test)
    assert runner.failures == 0 and runner.tries >= 8
    assert (tmp_path / "out" / "apraksts.pdf").stat().st_size > 0
