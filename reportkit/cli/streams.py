"""``-`` for standard input and output, so office scripts can pipe; and text a console keeps.

    $ type projekts.yaml | reportkit validate -
    $ reportkit render projekts.yaml -o - > apraksts.docx
    $ cat dati.json | reportkit render - -o - --pdf | curl -T - …

Data from standard input is copied into a hidden file in the current folder for the time of
the command (in the temporary folder when the current one cannot be written), so pictures it
names are found relative to the current folder and confined to it, as for a file there; its
problems are named ``<stdin>``, never the copy's name. Its format is what it holds: a zip is a
workbook (.ods when its ``mimetype`` says so, else .xlsx), text starting with ``{`` is JSON,
any other text YAML.

A document written to standard output is rendered into a temporary folder and then copied
out whole; standard output that is a terminal is refused before anything is rendered, since
a .docx there would only garble the screen.

Text that ``reportkit new`` prints goes out as UTF-8 when standard output is a file or a pipe,
whatever the console's code page: in cmd, ``reportkit new project > projekts.yaml`` then gives
a UTF-8 file, where Windows' own encoding (cp1257) could not even hold the starter's ``→``.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, cast

import click

from reportkit.errors import Problem, ReportkitError
from reportkit.i18n import gettext as _

__all__ = ["STDIN", "check_stdout", "echo_text", "is_dash", "shown", "stdin_file", "to_stdout"]

STDIN = "<stdin>"
_RENAMED: dict[str, str] = {}  # a copy's path → how messages name it
_ODS = b"mimetypeapplication/vnd.oasis.opendocument.spreadsheet"


def _binary(name: str) -> BinaryIO:
    """Standard input or output, as bytes (under a test runner too)."""
    return cast("BinaryIO", getattr(sys, name).buffer)


def is_dash(path: object) -> bool:
    """Whether an argument is ``-``, standard input or output."""
    return str(path) == "-"


def shown(text: str) -> str:
    """``text`` with the copies of standard input named as ``<stdin>``.

    >>> _RENAMED["/srv/.reportkit-stdin-x.yaml"] = STDIN
    >>> shown("/srv/.reportkit-stdin-x.yaml:3: title: is required")
    '<stdin>:3: title: is required'
    >>> del _RENAMED["/srv/.reportkit-stdin-x.yaml"]
    """
    for path, name in _RENAMED.items():
        text = text.replace(path, name)
    return text


def _suffix(head: bytes) -> str:
    """The file name ending that tells reportkit how to read data that begins with ``head``.

    >>> _suffix(b"PK\\x03\\x04" + b"\\0" * 26 + _ODS), _suffix(b"PK\\x03\\x04")
    ('.ods', '.xlsx')
    >>> _suffix(b' {"a": 1}')
    '.json'
    >>> _suffix("\\ufeffkind: project".encode("utf-16"))
    '.yaml'
    """
    if head.startswith(b"PK\x03\x04"):
        return ".ods" if head[30:30 + len(_ODS)] == _ODS else ".xlsx"
    text = head.decode("utf-16" if head[:2] in (b"\xff\xfe", b"\xfe\xff") else "utf-8", "ignore")
    return ".json" if text.lstrip("\ufeff \t\r\n").startswith("{") else ".yaml"


@contextlib.contextmanager
def stdin_file() -> Iterator[Path]:
    """A copy of standard input, as a data file in the current folder; see the module."""
    from reportkit.read.bounds import MAX_TABLE_BYTES, mebibytes

    raw = _binary("stdin").read(MAX_TABLE_BYTES + 1)
    if len(raw) > MAX_TABLE_BYTES:
        raise ReportkitError(Problem(_("is larger than a data file may be ({size})").format(
            size=mebibytes(MAX_TABLE_BYTES)), file=STDIN, code="input.too_large"))
    suffix = _suffix(raw[:200])
    folder = Path.cwd() if os.access(Path.cwd(), os.W_OK) else Path(tempfile.gettempdir())
    fd, name = tempfile.mkstemp(dir=folder, prefix=".reportkit-stdin-", suffix=suffix)
    _RENAMED[name] = STDIN  # kept: the problems are printed after the copy is gone
    try:
        with os.fdopen(fd, "wb") as copy:
            copy.write(raw)
        yield Path(name)
    finally:
        Path(name).unlink(missing_ok=True)


def check_stdout() -> None:
    """Refuse to write a document to a terminal."""
    if _terminal():
        raise click.UsageError(_("-o - writes the document to standard output, which is a "
                                 "terminal here: redirect it (> apraksts.docx) or give a file"))


def _terminal() -> bool:
    return sys.stdout.isatty()


def to_stdout(path: Path) -> None:
    """The bytes of ``path`` on standard output."""
    stream = _binary("stdout")
    stream.write(path.read_bytes())
    stream.flush()


def echo_text(text: str) -> None:
    """``text`` on standard output: through the console on a terminal, else as UTF-8."""
    if _terminal():
        click.echo(text, nl=False)
        return
    stream = _binary("stdout")
    stream.write(text.encode("utf-8"))
    stream.flush()
