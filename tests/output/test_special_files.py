"""An output only ever replaces an ordinary file: a device, a named pipe, a socket or a folder
is refused with a located line before anything is written.

Issue 13: ``-o`` on a character device or a FIFO made it a regular .docx (as root,
``-o /dev/null`` would have replaced the system's ``/dev/null``). The device here is one made
in the test's folder (``mknod``, as root) or, for a user who may not make one, ``/dev/null``
itself, which such a user cannot replace anyway.
"""

from __future__ import annotations

import os
import socket
import stat
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from reportkit import RenderError, Template
from reportkit.cli import EXIT_USAGE, cli
from tests.helpers.cli import make_template

VALID = Path(__file__).parents[1] / "bad_inputs" / "_valid_project.yaml"


def _device(folder: Path) -> Path:
    if os.geteuid() != 0:
        return Path("/dev/null")
    path = folder / "null"
    try:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except PermissionError:
        pytest.fail("running as root without CAP_MKNOD: cannot make a device to test safely")
    return path


@pytest.fixture(params=["device", "fifo", "socket"])
def special(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """A special file where the output should go, and how the message names it."""
    if request.param == "device":
        yield _device(tmp_path), "a device"
    elif request.param == "fifo":
        os.mkfifo(tmp_path / "caurule")
        yield tmp_path / "caurule", "a named pipe (FIFO)"
    else:
        server = socket.socket(socket.AF_UNIX)
        server.bind(str(tmp_path / "ligzda"))
        yield tmp_path / "ligzda", "a socket"
        server.close()


def _template(folder: Path) -> Path:
    return make_template(folder / "veidne.docx", ["Projekts {{ title }}"])


def _line(path: Path, kind: str) -> str:
    return (f"{path}: cannot write here (not a file); the path is {kind}; give the name of a "
            "file to write")


def _kind_kept(path: Path) -> bool:
    mode = path.lstat().st_mode
    return stat.S_ISCHR(mode) or stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode)


def test_the_library_refuses_a_special_file(special: tuple[Path, str], tmp_path: Path) -> None:
    path, kind = special
    with pytest.raises(RenderError) as caught:
        Template(_template(tmp_path)).render({"title": "A"}, path)
    assert str(caught.value) == _line(path, kind)
    assert _kind_kept(path)
    assert [p.name for p in path.parent.iterdir() if p.name.endswith(".tmp")] == []


def test_the_command_line_refuses_a_special_file(special: tuple[Path, str],
                                                 tmp_path: Path) -> None:
    path, kind = special
    result = CliRunner().invoke(cli, ["render", str(VALID), "-o", str(path)])
    assert result.exit_code == EXIT_USAGE
    assert result.stderr.splitlines() == [_line(path, kind)]
    assert _kind_kept(path)
    assert [p.name for p in path.parent.iterdir() if p.name.endswith(".tmp")] == []


def test_a_folder_is_refused_before_rendering(tmp_path: Path) -> None:
    folder = tmp_path / "mape"
    folder.mkdir()
    with pytest.raises(RenderError) as caught:
        Template(_template(tmp_path)).render({"title": "A"}, folder)
    assert str(caught.value) == (f"{folder}: cannot write here (not a file); the path is a "
                                 "folder; give a file name")
    assert list(tmp_path.glob(".mape.*")) == []


def test_a_link_is_replaced_not_followed(tmp_path: Path) -> None:
    old = tmp_path / "vecais.docx"
    old.write_bytes(b"old")
    link = tmp_path / "saite.docx"
    link.symlink_to(old)
    Template(_template(tmp_path)).render({"title": "A"}, link)
    assert not link.is_symlink()
    assert old.read_bytes() == b"old"
    assert docx.Document(str(link)).paragraphs[0].text == "Projekts A"
