"""Outputs are written through a hidden temporary file; the finished file is readable as any
new file is (not owner-only, as the temporary file was) and keeps the mode of one it replaces."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import docx

from reportkit import Template
from tests.helpers.cli import make_template


def _template(folder: Path) -> Path:
    return make_template(folder / "veidne.docx", ["Projekts {{ title }}"])


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def test_a_new_document_gets_a_new_files_permissions(tmp_path: Path) -> None:
    tpl = Template(_template(tmp_path))
    one = tpl.render({"title": "A"}, tmp_path / "out" / "a.docx")
    many = tpl.render_many([{"title": "B"}], tmp_path / "many")
    assert _mode(one) == 0o666 & ~_umask()
    assert _mode(many[0]) == 0o666 & ~_umask()


def test_a_replaced_document_keeps_its_permissions(tmp_path: Path) -> None:
    out = tmp_path / "a.docx"
    out.write_bytes(b"old")
    out.chmod(0o640)
    Template(_template(tmp_path)).render({"title": "A"}, out)
    assert _mode(out) == 0o640
    assert docx.Document(str(out)).paragraphs[0].text == "Projekts A"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
