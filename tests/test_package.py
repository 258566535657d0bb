"""The package as users install it: what the wheel must carry, and what it must not."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel_names(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    folder = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(folder), str(ROOT)],
        check=True, capture_output=True,
    )
    (wheel,) = folder.glob("reportkit_lv-*.whl")
    return set(zipfile.ZipFile(wheel).namelist())


def test_wheel_ships_templates_starters_examples_data_and_py_typed(wheel_names: set[str]) -> None:
    assert "reportkit/py.typed" in wheel_names
    for folder, pattern in [("reportkit/templates", "*.docx"), ("reportkit/starters", "*.yaml"),
                            ("reportkit/lv/data", "*.tsv"), ("reportkit/models/data", "*.yaml"),
                            ("examples", "*.yaml"), ("examples", "*.py"),
                            ("examples", "*.xlsx"), ("examples", "*.docx"),
                            ("examples", "*.txt")]:
        files = sorted((ROOT / folder).glob(pattern))
        assert files, folder
        inside = "reportkit/examples" if folder == "examples" else folder
        assert {f"{inside}/{f.name}" for f in files} <= wheel_names


def test_wheel_holds_no_build_scripts_caches_or_placeholders(wheel_names: set[str]) -> None:
    unwanted = [n for n in wheel_names
                if n.startswith(("scripts/", "tests/", "benchmarks/", "docs/"))
                or n.endswith((".keep", ".pyc", "build.py", "build_templates.py",
                               "make_countries.py"))
                or "__pycache__" in n or "/." in n]
    assert unwanted == []
    assert not any(n.startswith("reportkit/") and n.endswith(".py") and "build" in n
                   for n in wheel_names)


def test_python_dash_m_reportkit_shows_help() -> None:
    out = subprocess.run([sys.executable, "-m", "reportkit", "--help"], capture_output=True,
                         text=True, check=True)
    assert "Usage:" in out.stdout and "demo" in out.stdout
