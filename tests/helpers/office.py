"""Files as office programs (and damaged copies of them) hold them: workbooks made with openpyxl
and converted by LibreOffice, zip parts edited, headers patched."""

from __future__ import annotations

import struct
import subprocess
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from openpyxl import Workbook

from tests.helpers.docx import INSTALL, soffice_or_fail

SHEET = "xl/worksheets/sheet1.xml"


def workbook(path: Path, rows: Sequence[Sequence[object]], title: str = "Skolas") -> Path:
    """An .xlsx made with openpyxl: one sheet ``title`` holding ``rows``."""
    book = Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(list(row))
    book.save(str(path))
    return path


def edit_parts(src: Path, dst: Path, change: Callable[[dict[str, bytes]], None]) -> Path:
    """A copy of the zip ``src`` at ``dst`` whose parts ``change`` edited in place."""
    with zipfile.ZipFile(src) as zf:
        parts = {info.filename: zf.read(info) for info in zf.infolist()}
    change(parts)
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return dst


def replace_in_part(src: Path, dst: Path, part: str, old: bytes, new: bytes) -> Path:
    """A copy of ``src`` with ``old`` replaced by ``new`` (once) in ``part``."""
    def change(parts: dict[str, bytes]) -> None:
        assert old in parts[part], (part, old)
        parts[part] = parts[part].replace(old, new, 1)
    return edit_parts(src, dst, change)


def patch_entry(src: Path, dst: Path, part: str, *, method: int | None = None,
                encrypted: bool = False) -> Path:
    """A copy of ``src`` whose central-directory entry for ``part`` claims another compression
    ``method`` or the encrypted flag, as a zip tool writes them."""
    data = bytearray(src.read_bytes())
    at = data.find(b"PK\x01\x02")
    while at != -1:
        size = struct.unpack_from("<H", data, at + 28)[0]
        if bytes(data[at + 46: at + 46 + size]).decode() == part:
            if method is not None:
                struct.pack_into("<H", data, at + 10, method)
            if encrypted:
                flags = struct.unpack_from("<H", data, at + 8)[0]
                struct.pack_into("<H", data, at + 8, flags | 0x1)
        at = data.find(b"PK\x01\x02", at + 4)
    dst.write_bytes(bytes(data))
    return dst


def through_libreoffice(files: Sequence[Path], out_dir: Path, to: str = "xlsx") -> list[Path]:
    """``files`` opened and saved by LibreOffice as ``to``, in ``out_dir`` (one process)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([soffice_or_fail(), f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", to, "--outdir", str(out_dir), *map(str, files)],
                       check=True, capture_output=True, timeout=300)
    made = [out_dir / f"{f.stem}.{to}" for f in files]
    missing = [p.name for p in made if not p.is_file()]
    if missing:
        pytest.fail(f"LibreOffice made no {', '.join(missing)}; is libreoffice-calc installed? "
                    f"{INSTALL}")
    return made
