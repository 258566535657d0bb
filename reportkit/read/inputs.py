"""What :func:`~reportkit.read.load` reads: a data file, a text, a text stream or a mapping,
each made into the same :class:`Input`.

    >>> given = {"kind": "project", "title": "Ābece"}
    >>> found = from_mapping(given, None, None)
    >>> found.data == given, found.data is given, found.lines
    (True, False, {})

An ``Input`` is the data (new dicts and lists: what was given is never changed), the line of
every key and item when the input has lines, the problems found while reading, what messages
call the input (``source``: the file's path, or a name the caller gives; ``None`` prints only
``line 3``) and the folder photo files and a ``project:`` file are named relative to.

A text is parsed as YAML 1.2, or as JSON when ``format="json"`` or its name ends in ``.json``
(:mod:`.yamldoc`, :mod:`.jsondoc`); a text stream is read as its text, up to the size a data
file may have. A mapping is taken as it is, with the same bounds (:mod:`.bounds`: values,
depth, the length of texts) and every text NFC-normalised (:mod:`.text`). A byte stream or
bytes are refused with how to pass them: the file's path reads any encoding reportkit reads.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal, Protocol

from reportkit.errors import DataError, Loc, Problem, dotted
from reportkit.i18n import gettext as _

from . import jsondoc, yamldoc
from .bounds import MAX_DEPTH, MAX_FILE_BYTES, Counter, check_text, mebibytes
from .formats import parse_data
from .places import Places
from .text import nfc

__all__ = ["Format", "Input", "TextSource", "from_mapping", "from_path", "from_stream",
           "from_text", "nameless"]

Format = Literal["yaml", "json"]
"""How a text is written: YAML (1.2; JSON is YAML too) or JSON, read as JSON."""


class TextSource(Protocol):
    """A text stream: what ``open(path, encoding="utf-8")``, ``io.StringIO`` and ``sys.stdin``
    are."""

    def read(self, size: int = -1, /) -> str:
        """Up to ``size`` characters (all of them when negative)."""
        ...  # pragma: no cover


@dataclass(frozen=True)
class Input:
    """What was read: the data, its lines, the problems found so far, what messages call it,
    the folder its files are named relative to, and the file, when it is one."""

    data: Any
    lines: Places
    problems: list[Problem]
    name: str | None
    folder: Path
    path: Path | None = None


def from_path(path: Path, source: str | None) -> Input:
    """A data file; ``source``, when given, is what messages call it instead of its path."""
    with _named(str(path), source):
        data, lines, problems = parse_data(path)
    return Input(data, lines, _renamed(problems, str(path), source), source or str(path),
                 path.parent, path)


def from_text(text: Any, source: str | None, format: Format | None,
              folder: str | os.PathLike[str] | None) -> Input:
    """A text of YAML or JSON (``format``; by default JSON when ``source`` ends in ``.json``)."""
    if isinstance(text, (bytes, bytearray)):
        raise TypeError("loads() takes text (str), not bytes: decode it first "
                        "(data.decode('utf-8')), or save it and load() the file")
    if not isinstance(text, str):
        raise TypeError(f"loads() takes text (str), not {type(text).__name__}")
    name = source or ""
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_FILE_BYTES:
        raise DataError(Problem(_("is {size}, larger than a data file may be ({limit})").format(
            size=mebibytes(size), limit=mebibytes(MAX_FILE_BYTES)), file=source,
            code="input.too_large"))
    chosen = format or ("json" if name.lower().endswith(".json") else "yaml")
    if chosen not in ("yaml", "json"):
        raise ValueError(f"format must be 'yaml' or 'json' (got {format!r})")
    parse = jsondoc.parse if chosen == "json" else yamldoc.parse
    with _named("", source):
        data, lines, problems = parse(text.removeprefix("\ufeff"), name)
    return Input(data, lines, _renamed(problems, "", source), source, _folder(folder))


def from_stream(stream: TextSource, source: str | None, format: Format | None,
                folder: str | os.PathLike[str] | None) -> Input:
    """A text stream, read to its end; named by ``source``, else by the stream's own name (an
    open file's path), whose folder is then where its files are."""
    own = getattr(stream, "name", None)
    file = Path(own) if isinstance(own, str) and os.path.isfile(own) else None
    text = stream.read(MAX_FILE_BYTES + 1)
    if isinstance(text, (bytes, bytearray)):
        raise TypeError("load() reads a text stream, not a byte stream: open the file as text "
                        "(open(path, encoding='utf-8')) or give load() its path")
    if folder is None and file is not None:
        folder = file.parent
    return from_text(text, source or (own if isinstance(own, str) else None), format, folder)


def from_mapping(mapping: Mapping[str, Any], source: str | None,
                 folder: str | os.PathLike[str] | None) -> Input:
    """The fields of a mapping, copied (every mapping a dict, every list or tuple a list), within
    the bounds of a data file."""
    with _named("", source):
        data = _copied(mapping, Counter(source or ""), ())
    return Input(nfc(data), {}, [], source, _folder(folder))


def nameless(problems: list[Problem]) -> list[Problem]:
    """The problems with the empty file name of an input given no name made ``None``."""
    return [replace(p, file=None) if p.file == "" else p for p in problems]


def _folder(folder: str | os.PathLike[str] | None) -> Path:
    return Path(folder) if folder is not None else Path.cwd()


def _copied(value: Any, counter: Counter, loc: Loc) -> Any:
    if len(loc) > MAX_DEPTH:
        raise DataError(Problem(_("nested too deeply to read (lists or fields inside each "
                                  "other more than {depth} levels deep)").format(
                                      depth=MAX_DEPTH), file=counter.name,
                                field=dotted(loc) or None, code="data.too_deep"))
    counter.add(1, None, dotted(loc) or None)
    if isinstance(value, Mapping):
        return {key: _copied(item, counter, (*loc, str(key))) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_copied(item, counter, (*loc, i)) for i, item in enumerate(value)]
    if isinstance(value, str):
        check_text(value, counter.name, None, dotted(loc) or None)
    return value


@contextlib.contextmanager
def _named(internal: str, source: str | None) -> Iterator[None]:
    """Within it, a DataError about the input called ``internal`` names it ``source``."""
    try:
        yield
    except DataError as err:
        if source is None:
            raise
        raise DataError(_renamed(err.problems, internal, source)) from None


def _renamed(problems: list[Problem], old: str, new: str | None) -> list[Problem]:
    if new is None:
        return problems
    return [replace(p, file=new) if p.file == old else p for p in problems]
