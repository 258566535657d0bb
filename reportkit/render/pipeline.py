"""Documents rendered one after another, the next handed to the worker while this one is
written: jobs in, one result per job out, in order.

A job is ``(tag, context, out)``: ``out`` is the file to write, or a function of the
context's names that makes it (a name pattern). Each document is written whole by this
process (a temporary file, then a rename); two jobs writing the same file is an error of the
second. :class:`Documents` is what renders: ``Template`` hands over its worker process, and
``Template.render``, ``render_many`` and ``reportkit batch`` all go through
:func:`render_each`.

    >>> class Upper:  # a stand-in renderer: the "document" is the title in capitals
    ...     def submit(self, names): return names["title"].upper().encode()
    ...     def collect(self, ticket): return ticket
    ...     def stop(self): pass
    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> jobs = [(1, {"title": "a"}, folder / "a.txt"), (2, {"title": "b"}, folder / "b.txt")]
    >>> [(tag, out.read_bytes()) for tag, out in render_each(Upper(), jobs)]
    [(1, b'A'), (2, b'B')]
"""

from __future__ import annotations

import contextlib
from collections import deque
from collections.abc import Callable, Generator, Iterable, Mapping
from pathlib import Path
from typing import Any, Protocol, TypeVar

from reportkit.errors import RenderError, ReportkitError
from reportkit.i18n import gettext as _
from reportkit.output.atomic import atomic_path, prepare_output

from .contexts import context_names

__all__ = ["Documents", "Where", "render_each"]

Where = Callable[[Mapping[str, Any]], Path]
"""Makes a document's output path from its names."""
T = TypeVar("T")
_AHEAD = 1  # documents handed to the worker while the one before is finished


class Documents(Protocol):
    """What renders documents: hands one over (its names), collects its bytes, stops."""

    def submit(self, names: Mapping[str, Any]) -> Any:
        """Hand a document's names over; the ticket to collect it with."""

    def collect(self, ticket: Any) -> bytes:
        """The document's bytes, or its ReportkitError raised."""

    def stop(self) -> None:
        """Stop now (Ctrl-C): what was handed over is dropped."""


def render_each(documents: Documents, jobs: Iterable[tuple[T, Any, Path | Where]],
                seen: set[Path] | None = None
                ) -> Generator[tuple[T, Path | ReportkitError], None, None]:
    """Render ``(tag, context, out)`` jobs in order; yield ``(tag, path written)`` or
    ``(tag, error)`` for each, in order (see the module docstring). ``seen``: the files
    written by earlier calls of the same run."""
    seen = set() if seen is None else seen
    window: deque[tuple[T, Path | None, Any, ReportkitError | None]] = deque()
    try:
        for tag, context, out in jobs:
            window.append((tag, *_begin(documents, context, out, seen)))
            if len(window) > _AHEAD:
                yield _end(documents, *window.popleft())
        while window:
            yield _end(documents, *window.popleft())
    except (GeneratorExit, Exception):  # stopped early: let it finish, write nothing
        for _tag, _target, ticket, _error in window:
            if ticket is not None:
                with contextlib.suppress(ReportkitError):
                    documents.collect(ticket)
        raise
    except BaseException:  # Ctrl-C: stop the worker now (it starts again when needed)
        documents.stop()
        raise


def _begin(documents: Documents, context: Any, out: Path | Where,
           seen: set[Path]) -> tuple[Path | None, Any, ReportkitError | None]:
    """Hand the document over to render: its output path and ticket, or the error that
    stops it."""
    names = context_names(context)
    try:
        target = out(names) if callable(out) else Path(out)
        if target in seen:
            raise RenderError(_("file name '{name}' is used twice; put {{index}} or a unique "
                                "field in name=").format(name=target.name))
        seen.add(target)
        prepare_output(target)  # a device, a pipe, an unwritable folder: before any work
    except ReportkitError as exc:
        return None, None, exc
    return target, documents.submit(names), None


def _end(documents: Documents, tag: T, target: Path | None, ticket: Any,
         error: ReportkitError | None) -> tuple[T, Path | ReportkitError]:
    """Wait for the document and write it whole; or say why not."""
    if target is None or error is not None:
        return tag, error if error is not None else RenderError(_("nothing to render"))
    try:
        data = documents.collect(ticket)
        with atomic_path(target) as tmp:
            tmp.write_bytes(data)
    except ReportkitError as exc:
        return tag, exc
    return tag, target
