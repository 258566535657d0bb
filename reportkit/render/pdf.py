"""PDF from .docx with LibreOffice: a pool of headless workers sharing the documents.

``to_pdf`` is the one way reportkit makes PDFs. Each worker runs ``soffice`` with a private,
throw-away profile (``-env:UserInstallation``), so it neither waits on a desktop LibreOffice
nor leaves state behind; ``soffice.py`` runs one LibreOffice, ``pool.py`` shares the documents
between workers, ``workdir.py`` cleans up after runs that were killed, ``pdfcheck.py`` refuses
a PDF that is cut short.

Why plain ``soffice`` runs and not a warm LibreOffice driven through UNO: measured on the
development machine (2 cores, LibreOffice 7.4, 100 small documents), one ``soffice`` converting
a list takes about 1.1 s to start and 67 ms a document; Python's UNO bridge (Debian's
python3-uno) driving a warm LibreOffice took 73–80 ms a document, and unoserver's client
130 ms. UNO saves only the start, once per ``MAX_CHUNK`` documents, and would bind reportkit to
the Python that LibreOffice was built with (on Windows its own), so it is not used.
``benchmarks/bench_pdf.py`` measures it again.

Where LibreOffice is (:func:`find_soffice`): the ``REPORTKIT_SOFFICE`` environment variable
when it is set (the path of ``soffice``/``soffice.exe``, or a name on PATH), else ``soffice`` or
``libreoffice`` on PATH, else the places its installers use on Windows and macOS.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from reportkit.errors import ConversionError, Problem
from reportkit.i18n import gettext as _

from .machine import default_workers
from .pool import Job, Pool, Progress
from .soffice import ENV, INSTALL_HINT, not_found
from .workdir import clean_stale, work_folder

__all__ = ["DEFAULT_TIMEOUT", "ENV", "INSTALL_HINT", "find_soffice", "to_pdf", "to_pdf_bytes"]

DEFAULT_TIMEOUT = 120.0  # seconds for one document: a long report with pictures takes ~10


def to_pdf(paths: Iterable[str | os.PathLike[str]], out_dir: str | os.PathLike[str] | None = None,
           *, workers: int | None = None, timeout: float | None = None,
           progress: Progress | None = None) -> list[Path]:
    """Convert .docx files to PDF; returns the PDFs, in the order of ``paths``.

    Each PDF goes to ``out_dir``, or beside its .docx when ``out_dir`` is None; it is written
    whole (checked, synced, renamed into place) or not at all, and tables of contents, page
    numbers and page counts are brought up to date first.

    ``workers``: how many LibreOffice processes share the documents; default: the machine's
    cores, at most one per 400 MiB of available memory (one LibreOffice peaks near 210 MiB),
    never more than the documents. ``timeout``: seconds one document may take (default 120,
    LibreOffice's start included for a worker's first); a document that hangs or crashes
    LibreOffice is tried once more, alone, then reported. ``progress(done, total)`` is called
    with ``0`` first and again as each document is finished, converted or not.

    When any document fails, every other PDF is still written, and the ConversionError raised
    has one Problem per failed document (located at its .docx, or at the PDF that could not
    be written) and lists the PDFs made in ``error.written``.

    >>> to_pdf([])
    []
    """
    sources = [Path(p) for p in paths]
    if not sources:
        return []
    targets = [_target(src, out_dir) for src in sources]
    _check_inputs(sources, targets)
    _check_options(workers, timeout)
    soffice = find_soffice()
    clean_stale()
    jobs = [Job(i, src, target) for i, (src, target) in enumerate(zip(sources, targets,
                                                                      strict=True))]
    with work_folder() as folder:
        pool = Pool(soffice, folder, jobs, workers=workers or default_workers(len(jobs)),
                    timeout=timeout or DEFAULT_TIMEOUT)
        outcomes = pool.run(progress)
    written = [o.pdf for o in outcomes if o.pdf is not None]
    problems = pool.problems + [o.problem for o in outcomes if o.problem is not None]
    if problems:
        raise ConversionError(problems, written=written)
    return written


def to_pdf_bytes(document: bytes, *, timeout: float | None = None,
                 source: str | None = None) -> bytes:
    """The PDF of a .docx given as bytes (``Template.render_bytes``), as bytes: for a web
    service or a script that keeps documents in memory or a database.

    The document goes through :func:`to_pdf` in a temporary folder of its own, removed
    afterwards whatever happens. ``source`` is what a problem calls the document (default:
    "the document"); ``timeout`` is :func:`to_pdf`'s.

    >>> to_pdf_bytes(b"not a document")
    Traceback (most recent call last):
    ...
    reportkit.errors.ConversionError: the document: is not a .docx (a Word document is a zip \
package; this starts with b'not a do')
    """
    name = source or _("the document")
    if not isinstance(document, (bytes, bytearray, memoryview)):
        raise TypeError(f"to_pdf_bytes() takes the bytes of a .docx, not "
                        f"{type(document).__name__}")
    if not bytes(document[:4]) == b"PK\x03\x04":
        raise ConversionError(Problem(_("is not a .docx (a Word document is a zip package; this "
                                        "starts with {start})").format(
                                            start=repr(bytes(document[:8]))), file=name,
                                                code="pdf.not_docx"))
    with work_folder() as folder:
        docx = folder / "document.docx"
        docx.write_bytes(document)
        try:
            pdf = to_pdf([docx], timeout=timeout)[0]
        except ConversionError as err:  # named as the caller knows it, not by the folder's
            raise ConversionError([replace(p, file=name) if p.file is not None and
                                   Path(p.file).parent == folder else p for p in err.problems]
                                  ) from None
        return pdf.read_bytes()


def find_soffice() -> str:
    """The LibreOffice executable to run, or a ConversionError saying how to install it.

    >>> find_soffice().endswith(("soffice", "libreoffice", "soffice.exe"))
    True
    """
    chosen = os.environ.get(ENV)
    if chosen:
        found = shutil.which(chosen)
        if found is None:
            raise ConversionError(_("{env} (or --soffice) is {chosen}, which is not a program "
                                    "that can be run; give the path of LibreOffice's "
                                    "soffice").format(env=ENV, chosen=repr(chosen)))
        return found
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    for place in _known_places():
        if place.is_file():
            return str(place)
    raise ConversionError(not_found(_known_places()))


def _known_places() -> list[Path]:
    """Where LibreOffice's own installers put it: it is not on PATH there."""
    if sys.platform == "win32":
        return [Path(os.environ[name]) / "LibreOffice" / "program" / "soffice.exe"
                for name in ("ProgramFiles", "ProgramFiles(x86)") if name in os.environ]
    if sys.platform == "darwin":
        return [Path("/Applications/LibreOffice.app/Contents/MacOS/soffice")]
    return []


def _target(src: Path, out_dir: str | os.PathLike[str] | None) -> Path:
    folder = src.parent if out_dir is None else Path(out_dir)
    return folder / f"{src.stem}.pdf"


def _check_inputs(sources: list[Path], targets: list[Path]) -> None:
    problems = [Problem(_("no such file"), file=str(s), code="file.missing")
                for s in sources if not s.is_file()]
    first: dict[Path, Path] = {}
    for src, target in zip(sources, targets, strict=True):
        other = first.setdefault(target, src)
        if other != src:
            problems.append(Problem(_("same name as {other}; LibreOffice would write one PDF "
                                      "over the other").format(other=other), file=str(src),
                                          code="pdf.same_name"))
    if problems:
        raise ConversionError(problems)


def _check_options(workers: int | None, timeout: float | None) -> None:
    if workers is not None and workers < 1:
        raise ConversionError(_("workers must be 1 or more (got {workers})").format(
            workers=workers))
    if timeout is not None and timeout <= 0:
        raise ConversionError(_("the timeout must be more than 0 seconds (got {timeout})").format(
            timeout=f"{timeout:g}"))
