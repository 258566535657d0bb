"""A stand-in for LibreOffice running reportkit's macro, for the fault tests.

Run as ``python fake_soffice.py <soffice's arguments>``; it reads the list and log URLs from
the ``macro:///Standard.Reportkit.Convert("list", "log")`` argument and writes the log as the
macro does. What it does with a document depends on the document's name:

- ``crash``: crashes (SIGSEGV) there; ``crashonce`` only the first time
- ``hang``: hangs; ``child`` starts a child process first (its command line names the run's
  folder, so a test can look for it) and then hangs
- ``truncated``: writes the first half of a PDF and says it is done
- ``broken``: says it could not open it
- anything else: writes a whole one-page PDF whose text is the document's name (its stem)

A document whose bytes start with ``PK\\x03\\x04fake:`` and a word (``broken``, ``hang`` …) does
what a document of that name does: for ``to_pdf_bytes``, which names the file itself.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import unquote, urlparse


def pdf(text: str) -> bytes:
    """A minimal whole PDF showing ``text`` (ASCII)."""
    stream = f"BT /F1 4 Tf 36 720 Td ({text}) Tj ET".encode()  # small: long names fit
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return out


def path(url: str) -> Path:
    return Path(unquote(urlparse(url).path))


def note(log: Path, text: str) -> None:
    with open(log, "a", encoding="utf-8") as f:
        f.write(text + "\n")


def convert(n: int, source: Path, target: Path, log: Path) -> None:
    start = source.read_bytes()[:40]
    name = start[9:].decode() if start.startswith(b"PK\x03\x04fake:") else source.name
    note(log, f"start {n}")
    if "crash" in name:
        marker = source.with_name(source.name + ".crashed")
        if "crashonce" not in name or not marker.exists():
            marker.touch()
            os.kill(os.getpid(), signal.SIGSEGV)
    if "child" in name:
        subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)", str(log.parent)])
    if "hang" in name or "child" in name:
        time.sleep(600)
    if "broken" in name:
        note(log, f"fail {n} not opened")
        return
    whole = pdf(source.stem)
    target.write_bytes(whole[: len(whole) // 2] if "truncated" in name else whole)
    note(log, f"done {n}")


def main() -> None:
    call = next(a for a in sys.argv if a.startswith("macro:///"))
    listing, log = (path(u) for u in re.findall(r'"([^"]+)"', call))
    lines = listing.read_text(encoding="ascii").splitlines()
    for n, (source, target) in enumerate(zip(lines[::2], lines[1::2], strict=True), start=1):
        convert(n, path(source), path(target), log)
    note(log, "end")


if __name__ == "__main__":
    main()
