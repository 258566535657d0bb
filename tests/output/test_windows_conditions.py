"""What Windows does to an output, simulated on Linux: a document open in Word cannot be
replaced (the rename fails with a sharing violation), and a path beyond 259 characters fails.

Each is said in one line a coordinator can act on; the old file stays whole and no temporary
file is left.
"""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportkit.cli import cli
from reportkit.output import atomic as atomic_module
from reportkit.output import atomic_path

VALID = Path(__file__).parents[1] / "bad_inputs" / "_valid_project.yaml"
LOCKED = "the file is open in another program (Word, LibreOffice, a PDF viewer): close it and " \
         "run again"


def _held_open(monkeypatch: pytest.MonkeyPatch) -> None:
    """os.replace fails as Windows' MoveFileEx does onto a file Word holds open."""
    def replace(_src: object, _dst: object) -> None:
        exc = PermissionError(errno.EACCES, "The process cannot access the file because it "
                                            "is being used by another process")
        exc.winerror = 32  # type: ignore[attr-defined]
        raise exc
    monkeypatch.setattr(atomic_module.os, "replace", replace)


def test_a_document_open_in_word_is_said_so_and_kept(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    shutil.copy(VALID, "projekts.yaml")
    Path("projekts.docx").write_bytes(b"the old document")
    _held_open(monkeypatch)
    result = CliRunner().invoke(cli, ["render", "projekts.yaml"])
    assert (result.exit_code, result.stderr) == (2, f"projekts.docx: {LOCKED}\n")
    assert Path("projekts.docx").read_bytes() == b"the old document"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["projekts.docx", "projekts.yaml"]


def test_a_refused_rename_onto_an_existing_file_without_a_windows_code(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "a.docx"
    out.write_text("old")

    def replace(_src: object, _dst: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")
    monkeypatch.setattr(atomic_module.os, "replace", replace)
    with pytest.raises(Exception) as caught, atomic_path(out) as tmp:
        tmp.write_text("new")
    assert str(caught.value) == f"{out}: {LOCKED}"
    assert out.read_text() == "old"


def test_a_name_longer_than_the_system_allows(tmp_path: Path) -> None:
    out = tmp_path / f"{'ā' * 200}.docx"  # 405 bytes: more than a name may have on Linux
    with pytest.raises(Exception) as caught, atomic_path(out):
        pass
    length = len(str(out))
    assert str(caught.value) == (
        f"{out}: cannot write here (the path is too long: {length} characters); choose a "
        "shorter folder or file name (Windows allows 259 characters unless long paths are "
        "turned on)")


def test_a_path_beyond_the_windows_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                         ) -> None:
    out = tmp_path / ("mape" * 40) / ("mape" * 40) / "a.docx"

    def mkstemp(**_kwargs: object) -> tuple[int, str]:
        exc = FileNotFoundError(errno.ENOENT, "The filename or extension is too long")
        exc.winerror = 206  # type: ignore[attr-defined]
        raise exc
    monkeypatch.setattr(atomic_module.tempfile, "mkstemp", mkstemp)
    with pytest.raises(Exception) as caught, atomic_path(out):
        pass
    assert "the path is too long" in str(caught.value)
    assert str(caught.value).startswith(f"{out}: cannot write here (the path is too long: "
                                        f"{len(str(out))} characters)")
    assert os.path.isdir(out.parent)  # the folder could be made; only the file could not
