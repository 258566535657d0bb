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


def test_the_streams_and_dicts_example_gives_what_the_readme_shows() -> None:
    blocks = re.findall(r"```pycon\n(.*?)```", README, re.DOTALL)
    assert len(blocks) == 2 and "io.StringIO" in blocks[1]
    globs = {"reportkit": __import__("reportkit")}
    test = doctest.DocTestParser().get_doctest(blocks[1], globs, "README", "README.md", 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test)
    assert runner.failures == 0 and runner.tries >= 8


DOCS = ["README.md", "examples/README.md", "benchmarks/README.md", "docs/veidnes.md",
        "docs/previews.md", "docs/num2words.md", "docs/threat-model.md", "CHANGELOG.md",
        "docs/programmers.md", "docs/filters.md", "docs/darbgramata.md"]
# a Markdown link target, or a path in backticks that names a file or folder of the checkout
_LINK = re.compile(r"\]\(([^)#\s]+)\)")
_PATH = re.compile(r"`((?:\.\./|[\w.-]+/)[\w./-]*)`")


@pytest.mark.parametrize("name", DOCS)
def test_the_docs_point_only_to_files_a_checkout_has(name: str) -> None:
    page = ROOT / name
    text = page.read_text(encoding="utf-8")
    missing = []
    for target in _LINK.findall(text):
        if not target.startswith(("http://", "https://", "mailto:")) and not (
                page.parent / target).exists():
            missing.append(target)
    for path in _PATH.findall(text):
        if path.startswith(("out/", ".venv", "/")) or "*" in path or "{" in path:
            continue  # what the commands write, not what the checkout has
        if not ((ROOT / path).exists() or (page.parent / path).exists()):
            missing.append(path)
    assert missing == []


def test_the_package_is_named_and_described_for_an_index() -> None:
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["name"] == "reportkit-lv" and "reportkit-lv" in README
    assert project["dynamic"] == ["version"] and "version" not in project
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
    assert project["license"] == "MIT" and project["authors"] and project["keywords"]
    assert any(c.startswith("Natural Language :: Latvian") for c in project["classifiers"])
    import reportkit

    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## {reportkit.__version__}" in changelog
