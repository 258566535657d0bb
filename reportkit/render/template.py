"""``Template``: a Word template with Jinja tags, checked, rendered one or many times."""

from __future__ import annotations

import io
import os
import threading
import weakref
from collections.abc import Generator, Iterable, Mapping
from pathlib import Path
from types import TracebackType
from typing import Any, BinaryIO, TypeVar, overload

from reportkit.errors import Problem, RenderError, ReportkitError, TemplateError
from reportkit.i18n import gettext as _

from .batches import ErrorHandler, render_many
from .compiled import CompiledTemplate
from .contexts import BinaryOutput, NameFunction, context_names, stream_writer
from .datamessages import data_problem
from .images import given_data
from .isolation import InProcess, Limits, Worker, isolation_available, located
from .linked import check_rendered
from .partnames import word_part_names
from .parts import read_package
from .pipeline import Where, render_each
from .sandbox import environment
from .values import NeedsDocx

__all__ = ["Template"]

T = TypeVar("T")


class Template:
    """A .docx template. Tags are docxtpl's (``{{ }}``, ``{% %}``, ``{%p %}``, ``{%tr %}``,
    ``{{r }}``) run in a sandboxed Jinja environment with autoescaping, strict names and every
    ``reportkit.lv`` function as a filter.

    The template is read, repaired and compiled once, when it is opened:

    >>> Template("missing.docx")
    Traceback (most recent call last):
    reportkit.errors.TemplateError: missing.docx: no such template file

    A context is a mapping or a pydantic model. A model's fields and computed fields become the
    names, as the model's own attribute values (not a dump), so a template can reach nested
    models and their computed fields and properties: ``{{ period.months }}``.

    Each document is rendered in a worker process under ``limits`` (memory and processor time,
    :class:`reportkit.render.isolation.Limits`; by default 1024 MB and 30 s, or
    ``REPORTKIT_MEMORY_MB`` and ``REPORTKIT_TIME_LIMIT``); a template that goes past them is a
    located TemplateError and writes nothing. See :mod:`reportkit.render` for what a template
    may and may not reach.

    Threads may share one Template: each render gets its own document, written where it asked.
    The documents of one Template render one at a time in its worker process, in the order they
    were handed over; threads that should render at the same time on several cores each open
    their own Template. A ``new_subdoc`` goes with the next render of the same thread.
    """

    def __init__(self, path: str | os.PathLike[str], *, limits: Limits | None = None) -> None:
        self.path = Path(path)
        self._compiled = _CheckedTemplate(word_part_names(read_package(self.path)))
        self._limits = limits if limits is not None else Limits.from_environment()
        self._executor_: Worker | InProcess | None = None  # made by the first render
        self._lock = threading.Lock()  # guards the executor and the check made once
        # per thread: the python-docx document of a render that needs one (.docx), and the
        # one new_subdoc made for the next render (.pending)
        self._local = threading.local()
        self._own_problems: list[Problem] | None = None  # check() without data, once

    def __repr__(self) -> str:
        return f"Template({str(self.path)!r})"

    def __getstate__(self) -> Any:
        raise TypeError("a Template holds compiled code and a worker process; "
                        "it cannot be pickled: open it again where it is needed")

    @classmethod
    def builtin(cls, name: str) -> Template:
        """A template shipped with reportkit, by name with or without ``.docx``.

        >>> Template.builtin("no-such-template")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        reportkit.errors.TemplateError: no built-in template 'no-such-template'; built-in: ...
        """
        folder = builtin_folder()
        stem = name.removesuffix(".docx")
        path = folder / f"{stem}.docx"
        if not path.is_file():
            names = ", ".join(builtin_names()) or _("(none)")
            raise TemplateError(_("no built-in template {name}; built-in: {names}").format(
                name=repr(name), names=names))
        return cls(path)

    @property
    def variables(self) -> set[str]:
        """The top-level names the template reads, in every part (Jinja's globals excluded).

        >>> sorted(Template(_example()).variables)
        ['project']
        """
        from .checks import part_names

        env = environment()
        names: set[str] = set()
        for part in self._compiled.parts.values():
            names |= part_names(env, part)
        return names - set(env.globals)

    def check(self, model: type | None = None, *, columns: Iterable[str] | None = None,
              table: str = "the table") -> list[Problem]:
        """Every problem at once, each with its part, paragraph and text: tags not closed in
        their paragraph, syntax errors, unknown filters and tests, constant filter arguments
        the filter refuses (``decline('lok')``) and, given a pydantic model class, names it
        lacks; given the ``columns`` of a table (its header names, dotted ones too), names that
        are not among them, with the column meant; ``table`` is how messages name the table.

        >>> Template(_example()).check()
        []
        >>> for problem in Template(_example()).check(columns=["project.titel"], table="s.csv"):
        ...     print(problem)  # doctest: +ELLIPSIS
        piemers.docx, body, paragraph 1 (...): 'project.title' is not a column of s.csv \
(did you mean 'project.titel'?)
        """
        from .checks import Columns, check_part, structure_part

        env = environment()
        file = self._compiled.package.file
        shape = None if columns is None else Columns.of(columns, table)
        problems: list[Problem] = []
        for part in self._compiled.parts.values():
            found = check_part(env, file, part, model, shape) + structure_part(env, file, part)
            # code that parses but does not compile (loops nested 25 deep) is a problem too
            problems += found or ([part.problem] if part.problem is not None else [])
        return problems

    @overload
    def render(self, context: Any, out: str | os.PathLike[str]) -> Path: ...
    @overload
    def render(self, context: Any, out: BinaryOutput) -> None: ...
    def render(self, context: Any, out: str | os.PathLike[str] | BinaryOutput) -> Path | None:
        """Render one document to ``out``: a path (folders created), whose path is returned, or
        a binary stream (``open(path, "wb")``, ``io.BytesIO()``, a web response), written with
        the whole document at once.

        The file is written to a temporary name and renamed: a failed render leaves no file and
        does not touch one already there; a stream is written nothing.

        >>> import tempfile
        >>> out = Template(_example()).render({"project": {"title": "Ābece"}},
        ...                                     Path(tempfile.mkdtemp()) / "a.docx")
        >>> out.name
        'a.docx'
        >>> buffer = io.BytesIO()
        >>> Template(_example()).render({"project": {"title": "Ābece"}}, buffer)
        >>> buffer.getvalue()[:2]
        b'PK'
        """
        if not isinstance(out, (str, os.PathLike)):
            stream_writer(out)(self.render_bytes(context))
            return None
        names = context_names(context)
        self.check_compiles()
        return self.render_one(names, Path(out), set())

    def render_bytes(self, context: Any) -> bytes:
        """The .docx of one document, in memory: what :meth:`render` would write.

        >>> Template(_example()).render_bytes({"project": {"title": "Ābece"}})[:2]
        b'PK'
        """
        names = context_names(context)
        self.check_compiles()
        executor = self._executor()
        try:
            return executor.collect(self._submit(executor, names), self._render_bytes,
                                    self._limit_problem)
        except BaseException as exc:
            if not isinstance(exc, Exception):  # Ctrl-C: stop the worker now (it restarts)
                executor.stop()
            raise

    def render_many(self, contexts: Iterable[Any], out_dir: str | os.PathLike[str], *,
                    name: str | NameFunction = "{index:04d}.docx",
                    on_error: ErrorHandler | None = None) -> list[Path]:
        """One document per context, in order, into ``out_dir``; returns the paths.

        ``name`` is a file name pattern with ``index`` (1, 2, …) and the context's names,
        dotted ones too: ``"{index:04d}-{code}.docx"`` (:class:`reportkit.output.NamePattern`).
        The template was prepared once; each document costs one Jinja render per part and a zip
        write copying the untouched parts' compressed bytes. A document whose values need
        python-docx (``InlineImage``, ``Subdoc``) falls back to the per-document docxtpl path,
        for that document only. Each document is written atomically; an error stops the batch,
        naming the record, and keeps the ones written.

        ``name`` may instead be a function of ``(index, names)`` returning the file name.
        ``on_error(index, error)``, when given, receives each record's ``ReportkitError`` (a
        value a filter refuses is a ``RenderError``) and the batch goes on with the next record.
        Problems of the template itself (syntax) still stop it before the first record.
        :func:`reportkit.render.batches.render_jobs` is the same with the output paths given.

        >>> import tempfile
        >>> paths = Template(_example()).render_many(
        ...     [{"project": {"title": "A"}}, {"project": {"title": "B"}}], tempfile.mkdtemp())
        >>> [p.name for p in paths]
        ['0001.docx', '0002.docx']
        """
        return render_many(self, contexts, Path(out_dir), name, on_error)

    def render_one(self, context: Any, out: Path, seen: set[Path]) -> Path:
        """Render ``context`` to ``out`` unless an earlier document of the same run (``seen``)
        was written there; the step every many-document render takes, one at a time."""
        for _tag, result in self.render_each([(None, context, out)], seen):
            if isinstance(result, ReportkitError):
                raise result
            return result
        raise AssertionError("render_each gave no result")  # pragma: no cover

    def render_each(self, jobs: Iterable[tuple[T, Any, Path | Where]],
                    seen: set[Path] | None = None
                    ) -> Generator[tuple[T, Path | ReportkitError], None, None]:
        """Render ``(tag, context, out)`` jobs in order; yield ``(tag, path written)`` or
        ``(tag, error)`` for each, in order (:func:`reportkit.render.pipeline.render_each`):
        the next document is handed to the worker before this one is written."""
        return render_each(_Handover(self, self._executor()), jobs, seen)

    @property
    def current_rendering_part(self) -> Any:
        """The python-docx part being rendered, so ``InlineImage(tpl, …)`` accepts a Template."""
        docx = getattr(self._local, "docx", None)
        if docx is None:
            raise RenderError("InlineImage and Subdoc are usable only while rendering")
        return docx.current_rendering_part

    def new_subdoc(self, path: str | os.PathLike[str] | None = None) -> Any:
        """A docxtpl ``Subdoc`` for the next render (which then takes the per-document path)."""
        from .docxpath import DocxPath

        self._local.pending = DocxPath(self.path, self._compiled)
        try:
            return self._local.pending.new_subdoc(None if path is None else str(path))
        except ImportError as exc:  # docxtpl's Subdoc imports docxcompose, an optional extra
            raise RenderError(f"Subdoc needs {exc.name}: pip install {exc.name}") from None

    def check_compiles(self) -> None:
        """Raise the TemplateError of every problem the template has whatever the data: it does
        not compile, or a filter would refuse a value written in it (``decline('lok')``).
        Checked once per Template, before its first document."""
        with self._lock:
            if self._own_problems is None:
                self._own_problems = self.check()
        if self._own_problems:
            raise TemplateError(self._own_problems)

    def _executor(self) -> Worker | InProcess:
        """Where documents render: the worker process (started once), or here."""
        with self._lock:  # two threads' first renders make one worker, not two
            if self._executor_ is None:
                if self._limits.isolated and isolation_available():
                    worker = Worker(self._limits, self._compiled.package.file, self)
                    weakref.finalize(self, worker.stop)
                    self._executor_ = worker
                else:
                    self._executor_ = InProcess()
            return self._executor_

    def _submit(self, executor: Worker | InProcess, names: Mapping[str, Any]) -> Any:
        """Hand ``names`` to the executor; the ticket to collect the document with."""
        inherit = getattr(self._local, "pending", None) is not None  # the worker must have it
        ticket = executor.submit(self._render_bytes, self._limit_problem, names, inherit=inherit)
        if inherit:
            self._local.pending = None
        return ticket

    def _render_bytes(self, names: Mapping[str, Any]) -> bytes:
        """The .docx of ``names``, rendered in this process (the worker's step)."""
        try:
            with given_data(names):
                try:
                    buffer = io.BytesIO()
                    self._compiled.write(names, buffer)
                except NeedsDocx:
                    buffer = io.BytesIO()
                    self._write_with_docx(names, buffer)
        except (ValueError, TypeError, ArithmeticError, LookupError, AttributeError) as exc:
            # a filter refusing a value ("abc" | amount_in_words): the data is wrong. Both
            # render and render_many say so as a RenderError, never a bare Python exception.
            raise RenderError(data_problem(self._compiled, exc)) from exc
        return buffer.getvalue()

    def _limit_problem(self, tb: TracebackType | None, message: str) -> Problem:
        """``message`` located where the traceback ``tb`` was rendering."""
        return located(self._compiled, tb, message)

    def _write_with_docx(self, names: Mapping[str, Any], fp: BinaryIO) -> None:
        from .docxpath import DocxPath, render_with_docx

        self._local.docx = getattr(self._local, "pending", None) or DocxPath(self.path,
                                                                             self._compiled)
        self._local.pending = None
        try:
            render_with_docx(self._local.docx, names, fp)
        finally:
            self._local.docx = None


class _Handover:
    """A Template's documents handed to its executor (:class:`.pipeline.Documents`)."""

    def __init__(self, template: Template, executor: Worker | InProcess) -> None:
        self.template, self.executor = template, executor

    def submit(self, names: Mapping[str, Any]) -> Any:
        return self.template._submit(self.executor, names)

    def collect(self, ticket: Any) -> bytes:
        return self.executor.collect(ticket, self.template._render_bytes,
                                     self.template._limit_problem)

    def stop(self) -> None:
        self.executor.stop()


class _CheckedTemplate(CompiledTemplate):
    """The compiled template whose every rendered part is checked, before it is written, for
    links and fields that would make Word or LibreOffice fetch something
    (:func:`reportkit.render.linked.check_rendered`)."""

    def render_part(self, zipname: str, names: Mapping[str, Any]) -> str:
        xml = super().render_part(zipname, names)
        check_rendered(xml, self.package.file, self.parts[zipname].label)
        return xml


def builtin_folder() -> Path:
    """Where the built-in templates are: ``reportkit/templates/``, package data.

    >>> builtin_folder().name
    'templates'
    """
    from importlib import resources

    return Path(str(resources.files("reportkit") / "templates"))


def builtin_names() -> list[str]:
    """The names ``Template.builtin`` accepts, sorted.

    >>> isinstance(builtin_names(), list)
    True
    """
    return sorted(p.stem for p in builtin_folder().glob("*.docx") if not p.name.startswith("~$"))


def _example() -> Path:
    """A one-paragraph template for the doctests, made with python-docx."""
    import tempfile

    import docx

    path = Path(tempfile.mkdtemp()) / "piemers.docx"
    document = docx.Document()
    document.add_paragraph("Projekts {{ project.title }}")
    document.save(str(path))
    return path
