"""The commands as a user who installed the wheel runs them, away from this checkout: the
starters, the built-in templates and the examples come from inside the package."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from cli_helpers import ROOT, SEED_003
from docx_reading import body_text

from reportkit.starters import starter


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel unpacked into a folder, as pip would install it."""
    folder = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "-q", "-w", str(folder), str(ROOT)], check=True, capture_output=True)
    (wheel,) = folder.glob("reportkit-*.whl")
    site = folder / "site"
    zipfile.ZipFile(wheel).extractall(site)
    return site


def reportkit(site: Path, cwd: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(site)}
    return subprocess.run([sys.executable, "-m", "reportkit", *map(str, args)], cwd=cwd,
                          env=env, capture_output=True, text=True, check=False, timeout=120)


def test_the_installed_package_is_the_one_running(installed: Path, tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-c", "import reportkit; print(reportkit.__file__)"],
                          cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(installed)},
                          capture_output=True, text=True, check=True)
    assert done.stdout.startswith(str(installed))


@pytest.mark.parametrize("kind", ["project", "press_release", "final_report"])
def test_new_from_the_wheel(installed: Path, tmp_path: Path, kind: str) -> None:
    done = reportkit(installed, tmp_path, "new", kind)
    assert (done.returncode, done.stdout, done.stderr) == (0, starter(kind), "")


def test_render_with_the_built_in_template_from_the_wheel(installed: Path,
                                                          tmp_path: Path) -> None:
    done = reportkit(installed, tmp_path, "render", SEED_003, "-o", "apraksts.docx")
    assert (done.returncode, done.stderr) == (0, ""), done.stderr
    assert "2019-1-LV01-KA104-060191" in " ".join(body_text(tmp_path / "apraksts.docx"))


def test_demo_from_the_wheel(installed: Path, tmp_path: Path) -> None:
    done = reportkit(installed, tmp_path, "demo", "-o", "out", "--no-pdf")
    assert done.returncode == 0, done.stderr
    written = done.stdout.splitlines()
    assert len(written) == len(list((ROOT / "examples").glob("*.yaml")))
    assert all((tmp_path / line).is_file() or Path(line).is_file() for line in written)
