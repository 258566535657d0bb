"""Small files written to take gigabytes are refused before they are built, under a memory cap.

Each case runs the real command line in a new process whose address space is capped with
``RLIMIT_AS`` (1 GiB: reportkit, openpyxl and lxml loaded fit in a fraction of it), and checks
that the process ends with exit 2 and one located line, not a MemoryError, a kill or an
internal error. Without the bounds of ``reportkit.read.bounds`` the YAML case took 3 GB and
23 s, the workbook 1.4 GB.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from tests.helpers.cli import ROOT, make_template
from tests.helpers.office import workbook
from tests.helpers.packages import add_part

CAP = 1 << 30
_CAPPED = (
    "import resource, sys\n"
    f"resource.setrlimit(resource.RLIMIT_AS, ({CAP}, {CAP}))\n"
    "from reportkit.cli import main\n"
    "sys.argv[0] = 'reportkit'\n"
    "main()\n"
)


def capped(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    """``reportkit ARGS`` in a process that may use at most ``CAP`` bytes of address space."""
    return subprocess.run([sys.executable, "-c", _CAPPED, *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=300, check=False,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})


def test_the_cap_leaves_room_for_a_normal_run(tmp_path: Path) -> None:
    data = tmp_path / "p.yaml"
    data.write_text((ROOT / "tests/bad_inputs/_valid_project.yaml").read_text(encoding="utf-8"),
                    encoding="utf-8")
    done = capped("validate", data, cwd=tmp_path)
    assert done.returncode == 0, done.stderr


def test_a_yaml_alias_bomb_in_an_unknown_field(tmp_path: Path) -> None:
    levels = ["a: &a [" + ", ".join(['"lol"'] * 10) + "]"]
    for i in range(1, 9):
        before, name = chr(ord("a") + i - 1), chr(ord("a") + i)
        levels.append(f"  {name}: &{name} [" + ", ".join([f"*{before}"] * 10) + "]")
    text = "kind: project\ntitle: T\nnezinams:\n  " + "\n".join(levels).lstrip() + "\n"
    bomb = tmp_path / "bumba.yaml"
    bomb.write_text(text, encoding="utf-8")
    assert len(text.encode()) < 2048
    done = capped("render", bomb, "-o", tmp_path / "out", cwd=tmp_path)
    assert (done.returncode, done.stderr.splitlines()) == (2, [
        f"{bomb}:8: nezinams.f.1: an alias (*name) here makes the file more than 200 000 "
        "values; write the values out instead of repeating aliases"])
    assert not (tmp_path / "out").exists()


def test_a_workbook_with_one_400_mb_shared_text(tmp_path: Path) -> None:
    table = _shared_text_bomb(tmp_path / "skolas.xlsx", 400 * 10**6)
    assert table.stat().st_size < 1_000_000
    template = make_template(tmp_path / "t.docx", ["{{ code }}"])
    done = capped("batch", template, table, "-o", tmp_path / "out", cwd=tmp_path)
    assert (done.returncode, done.stderr.splitlines()) == (2, [
        f"{table}: its shared texts unpack to 381.5 MiB, more than a table may hold (100 MiB)"])
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def _shared_text_bomb(path: Path, size: int) -> Path:
    """An .xlsx whose cell A2 is shared text 0, ``size`` characters long, streamed to disk."""
    base = workbook(path.with_name("base.xlsx"), [["code"], ["x"]])
    with zipfile.ZipFile(base) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    parts["xl/worksheets/sheet1.xml"] = parts["xl/worksheets/sheet1.xml"].replace(
        b'<c r="A2" t="inlineStr"><is><t>x</t></is></c>', b'<c r="A2" t="s"><v>0</v></c>')
    add_part(parts, "xl/sharedStrings.xml", "application/vnd.openxmlformats-officedocument."
             "spreadsheetml.sharedStrings+xml", "xl/_rels/workbook.xml.rels", "sharedStrings")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
        with zf.open("xl/sharedStrings.xml", "w", force_zip64=True) as out:
            out.write(b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                      b'count="1" uniqueCount="1"><si><t>')
            chunk = b"A" * 10**6
            for _ in range(size // len(chunk)):
                out.write(chunk)
            out.write(b"</t></si></sst>")
    base.unlink()
    return path
