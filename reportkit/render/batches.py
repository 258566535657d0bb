"""Many documents from one template: jobs in, one result per job out, in order.

A :class:`Job` is what to make (the names a template sees, the file to write, and the table row
it came from, if any). :func:`render_jobs` renders them one by one through the template
compiled once, and yields a :class:`Rendered` per job: the file written, or the problems that
stopped it, so a batch reports a failed row and goes on. ``Template.render_many`` and
``reportkit batch`` are both built on it.

    >>> import tempfile
    >>> from reportkit.render.template import Template, _example
    >>> folder = Path(tempfile.mkdtemp())
    >>> done = list(render_jobs(Template(_example()), [
    ...     Job({"project": {"title": "A"}}, folder / "a.docx"),
    ...     Job({"project": {}}, folder / "b.docx", row=3)]))
    >>> [(r.path.name if r.path else None, r.job.row) for r in done]
    [('a.docx', None), (None, 3)]
    >>> print(done[1].problems[0].message)
    'project' has no attribute 'title'
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Protocol

from reportkit.errors import Problem, ReportkitError

from .contexts import NameFunction, file_name
from .pipeline import Where

__all__ = ["ErrorHandler", "Job", "Rendered", "Renders", "render_jobs", "render_many"]

ErrorHandler = Callable[[int, ReportkitError], None]
"""Receives a record's index and the error that stopped it."""


class Renders(Protocol):
    """What a batch renders through: a ``Template`` (:mod:`reportkit.render.template`)."""

    def check_compiles(self) -> None:
        """Raise the TemplateError of the template's own problems, before any document."""

    def render_each(self, jobs: Iterable[tuple[Any, Any, Path | Where]]
                    ) -> Generator[tuple[Any, Path | ReportkitError], None, None]:
        """Render ``(tag, context, out)`` jobs in order: ``(tag, path or error)`` each."""


@dataclass(frozen=True)
class Job:
    """One document to render: ``context`` (a mapping or a model), the ``out`` file, and the
    ``row`` of the table it came from (for problems), if it came from one."""

    context: Any
    out: Path
    row: int | None = None


@dataclass(frozen=True)
class Rendered:
    """What became of a job: ``path`` written, or ``error`` (a ReportkitError) and no path."""

    job: Job
    path: Path | None = None
    error: ReportkitError | None = None

    @property
    def problems(self) -> list[Problem]:
        """The problems that stopped this job (empty when it was written)."""
        return [] if self.error is None else self.error.problems


def render_jobs(template: Renders, jobs: Iterable[Job]) -> Iterator[Rendered]:
    """Render each job, in order; a problem of the template itself (syntax, unknown filter)
    stops everything before the first job, as a TemplateError.

    Two jobs writing the same file is a problem of the second (``file name … is used twice``).
    The next job is handed to the worker process while this one is finished
    (:meth:`Template.render_each`).
    """
    template.check_compiles()
    with contextlib.closing(template.render_each((job, job.context, job.out) for job in jobs)
                            ) as results:
        for job, result in results:
            if isinstance(result, ReportkitError):
                yield Rendered(job, error=result)
            else:
                yield Rendered(job, path=result)


def render_many(template: Renders, contexts: Iterable[Any], folder: Path,
                name: str | NameFunction, on_error: ErrorHandler | None) -> list[Path]:
    """:meth:`Template.render_many`: one document per context into ``folder``, named by
    ``name``; an error stops the batch (naming the record) unless ``on_error`` takes it."""
    template.check_compiles()

    def where(index: int) -> Callable[[Mapping[str, Any]], Path]:
        return lambda names: folder / file_name(name, index, names)

    written: list[Path] = []
    jobs = ((i, context, where(i)) for i, context in enumerate(contexts, start=1))
    with contextlib.closing(template.render_each(jobs)) as results:
        for index, result in results:
            if isinstance(result, Path):
                written.append(result)
            elif on_error is None:
                raise type(result)([replace(p, record=index) for p in result.problems]
                                   ) from None
            else:
                on_error(index, result)
    return written
