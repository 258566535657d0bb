"""The commands as a user who installed the wheel runs them, away from this checkout: the
starters, the built-in templates and the examples come from inside the package."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from reportkit.jobs.starters import starter
from tests.helpers.cli import ROOT, SEED_003
from tests.helpers.docx import body_text


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel unpacked into a folder, as pip would install it."""
    folder = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "-q", "-w", str(folder), str(ROOT)], check=True, capture_output=True)
    (wheel,) = folder.glob("reportkit_lv-*.whl")
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


@pytest.fixture(scope="module")
def venv(installed: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment with the wheel installed by pip under its published name.

    The dependencies are this test run's own (a .pth line reaches its site-packages), so no
    network is needed; reportkit itself comes only from the wheel."""
    import site
    import sysconfig

    folder = tmp_path_factory.mktemp("venv") / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(folder)], check=True)
    python = folder / "bin" / "python"
    purelib = subprocess.run([str(python), "-c", "import sysconfig; "
                              "print(sysconfig.get_paths()['purelib'])"],
                             capture_output=True, text=True, check=True).stdout.strip()
    ours = [p for p in {sysconfig.get_paths()["purelib"], *site.getsitepackages()}
            if Path(p).is_dir()]
    (Path(purelib) / "_test_dependencies.pth").write_text("\n".join(ours) + "\n")
    (wheel,) = installed.parent.glob("reportkit_lv-*.whl")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q",
                    "--no-deps", "--no-index", str(wheel)], check=True, capture_output=True)
    return folder


def test_the_wheel_installs_as_reportkit_lv_and_its_command_renders_the_demo(
        venv: Path, tmp_path: Path) -> None:
    python, command = venv / "bin" / "python", venv / "bin" / "reportkit"
    where = subprocess.run(
        [str(python), "-c", "import importlib.metadata as m, reportkit; "
         "print(m.version('reportkit-lv'), reportkit.__version__, reportkit.__file__)"],
        cwd=tmp_path, capture_output=True, text=True, check=True).stdout.split()
    import reportkit as here

    assert where[0] == where[1] == here.__version__
    assert where[2].startswith(str(venv)), "reportkit must come from the installed wheel"
    version = subprocess.run([str(command), "--version"], cwd=tmp_path, capture_output=True,
                             text=True, check=True)
    assert version.stdout.strip() == f"reportkit {here.__version__}"
    done = subprocess.run([str(command), "demo", "-o", "out", "--no-pdf"], cwd=tmp_path,
                          capture_output=True, text=True, check=False, timeout=120)
    assert done.returncode == 0, done.stderr
    assert len(list((tmp_path / "out").glob("*.docx"))) == len(
        list((ROOT / "examples").glob("*.yaml")))
    text = " ".join(body_text(tmp_path / "out" / "003_projekta_apraksts.docx"))
    assert "divdesmit divi tūkstoši septiņi simti astoņdesmit trīs eiro 00 centi" in text


def test_the_wheel_speaks_latvian(installed: Path, tmp_path: Path) -> None:
    assert (installed / "reportkit/locale/lv/LC_MESSAGES/reportkit.mo").is_file()
    done = reportkit(installed, tmp_path, "--lang", "lv", "validate", "nav.yaml")
    assert (done.returncode, done.stderr) == (2, "nav.yaml: fails nav atrasts\n")
    done = reportkit(installed, tmp_path, "--lang", "lv", "--help")
    assert done.stdout.startswith("Lietošana: reportkit [IESPĒJAS]")
