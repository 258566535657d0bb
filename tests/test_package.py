"""The package as users install it: the wheel carries the templates and the type marker."""

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_ships_builtin_templates_and_py_typed(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(tmp_path), str(ROOT)],
        check=True, capture_output=True,
    )
    (wheel,) = tmp_path.glob("reportkit_lv-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "reportkit/py.typed" in names
    for template in sorted((ROOT / "reportkit" / "templates").glob("*.docx")):
        assert f"reportkit/templates/{template.name}" in names


def test_python_dash_m_reportkit_shows_help() -> None:
    out = subprocess.run([sys.executable, "-m", "reportkit", "--help"], capture_output=True,
                         text=True, check=True)
    assert "Usage:" in out.stdout and "demo" in out.stdout
