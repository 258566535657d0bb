"""Each document rendered in a worker process under a hard memory limit and a CPU-time limit.

The size checks of :mod:`reportkit.render.limits` refuse the memory bombs they know early and
with a friendly message; they cannot foresee every way a template may build too much or loop
for years. So the template code never runs in the caller's process: a :class:`Worker` is a
process forked from it (it has the compiled template already, nothing is compiled again) that
renders one document after another, each under

- a memory limit: ``RLIMIT_AS``, the process's address space when the worker starts plus
  ``Limits.memory_mb`` (1024 MB by default, ``REPORTKIT_MEMORY_MB``), so an allocation past it
  fails with ``MemoryError`` instead of eating the machine;
- a CPU-time limit: ``Limits.seconds`` of processor time per document (30 s by default,
  ``REPORTKIT_TIME_LIMIT``), a timer that stops the template where it is; behind it
  ``RLIMIT_CPU`` and a wall-clock timeout in the caller, for code that does not return to
  Python.

The worker renders into memory and sends the document back; the caller writes it (a
temporary file, then a rename). So a limit hit is one located TemplateError (the paragraph
that was running, when it can be told) and nothing is written, not even a temporary file; the
worker is started again for the next document. The worker is reused across a batch (a
document costs a pickled context and its bytes sent back, while the caller writes the one
before) and stops when its template is garbage-collected.

Where there is no ``fork`` or no ``resource`` module (Windows), templates render in the
calling process with the size checks only: no hard memory limit and no time limit. On macOS
the time limit holds; the memory limit is set but the kernel does not enforce ``RLIMIT_AS``.

    >>> Limits().memory_mb, Limits().seconds
    (1024, 30.0)
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import threading
import weakref
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass
from types import TracebackType
from typing import Any

from reportkit.errors import Problem, RenderError, ReportkitError, TemplateError
from reportkit.i18n import gettext as _

from .compiled import CompiledPart, CompiledTemplate
from .hard_limits import Limits, Locate, Render, TimeLimit, limit_message, pack_job
from .locate import at, template_line

__all__ = ["InProcess", "Limits", "TimeLimit", "Worker", "isolation_available",
           "limit_message", "located"]


def isolation_available() -> bool:
    """Whether documents can be rendered in a worker process with hard limits (POSIX)."""
    try:
        import resource  # noqa: F401
    except ImportError:
        return False
    return hasattr(os, "fork")


@dataclass
class _Job:
    """A document handed to a worker and not yet collected: what to render, the message sent
    (None for a document rendered in a process of its own) and, once known, the reply."""

    names: Mapping[str, Any]
    payload: bytes | None
    reply: tuple[Any, ...] | None = None


class Worker:
    """A process forked for one template, rendering its documents in the order given.

    :meth:`submit` hands a document over and returns a ticket at once, so the caller can make
    the next one ready (or write the last) while this one renders; :meth:`collect` waits for a
    ticket's document and raises what its render raised. Documents render in the order handed
    over; threads sharing a Template each get their own. The process is started by the first
    document, started again after a limit was hit or it died (the documents sent to it since
    are sent again), and stopped by :meth:`stop` (and when the process that made it exits).
    """

    def __init__(self, limits: Limits, file: str, own: object | None = None) -> None:
        self.limits = limits
        self.file = file
        # what the names may refer to (the Template, in ``InlineImage(tpl, …)``): sent as a
        # reference, since the worker, forked from here, has it; weak, so the Template can go
        self._own = None if own is None else weakref.ref(own)
        self._lock = threading.Lock()
        self._pid: int | None = None
        self._conn: Any = None
        self._queue: deque[_Job] = deque()

    def submit(self, render: Render, locate: Locate, names: Mapping[str, Any], *,
               inherit: bool = False) -> _Job:
        """Hand ``names`` over to be rendered; the ticket to collect it with.

        The names are sent pickled, the Template they refer to (``InlineImage(tpl, …)``) as a
        reference to the worker's own; names that cannot be pickled (a ``Subdoc``), or
        ``inherit=True``, are rendered now in a process forked for this one document, which
        has them as they are. Forking while other threads run is what a worker avoids: a fork
        copies the locks other threads hold (lxml's, while they parse), and the copy can wait
        for them for ever.
        """
        with self._lock:
            own = None if self._own is None else self._own()
            payload = None if inherit else pack_job(names, own)
            job = _Job(names, payload)
            try:
                if payload is None:
                    job.reply = self._once(render, locate, names)
                else:
                    if self._pid is None:
                        self._pid, self._conn = self._fork(render, locate, None)
                    self._send(payload)
            except BaseException:
                self.stop()
                raise
            self._queue.append(job)
            return job

    def collect(self, job: _Job, render: Render, locate: Locate) -> bytes:
        """Wait for the document of the ticket ``job``: its bytes, or the error that stopped
        it. The replies of documents handed over before it are kept for their tickets."""
        with self._lock:
            try:
                while job.reply is None:
                    waiting = [j for j in self._queue if j.reply is None]
                    if not waiting:  # dropped by stop(): no reply is coming
                        job.reply = ("error", RenderError, [Problem(
                            _("rendering was stopped before this document was done"),
                            file=self.file, code="render.stopped")], False)
                        break
                    answered = waiting[0]  # the worker answers in the order it was sent
                    answered.reply = self._receive(render, locate, answered)
                    if answered.reply[0] == "unreadable":
                        answered.reply = self._once(render, locate, answered.names)
            except BaseException:
                self.stop()
                raise
            if job in self._queue:
                self._queue.remove(job)
        return self._answer(job.reply)

    def run(self, render: Render, locate: Locate, names: Mapping[str, Any], *,
            inherit: bool = False) -> bytes:
        """:meth:`submit` and :meth:`collect` one document."""
        return self.collect(self.submit(render, locate, names, inherit=inherit), render, locate)

    def stop(self) -> None:
        """End the worker process, if it runs; documents not collected are dropped."""
        self._queue.clear()
        self._end()

    def _end(self) -> None:
        pid, conn = self._pid, self._conn
        self._pid = self._conn = None
        if conn is not None:
            conn.close()
        if pid is not None:
            _kill(pid)

    def _fork(self, render: Render, locate: Locate, job: Any) -> tuple[int, Any]:
        from multiprocessing import Pipe

        from .worker_process import serve

        ours, theirs = Pipe()
        pid = os.fork()
        if pid == 0:  # the worker: never returns into the caller's code
            code = 0
            try:
                ours.close()
                serve(theirs, render, locate, self.limits, job,
                      None if self._own is None else self._own())
            except BaseException:
                code = 1
            finally:
                os._exit(code)
        theirs.close()
        return pid, ours

    def _once(self, render: Render, locate: Locate,
              names: Mapping[str, Any]) -> tuple[Any, ...]:
        """Render in a process forked for this document alone."""
        pid, conn = self._fork(render, locate, names)
        try:
            return self._wait(pid, conn)
        finally:
            conn.close()
            _kill(pid)

    def _send(self, payload: bytes) -> None:
        with contextlib.suppress(OSError):  # it died: the reply that is not coming says so
            self._conn.send_bytes(payload)

    def _receive(self, render: Render, locate: Locate, answered: _Job) -> tuple[Any, ...]:
        """The worker's reply for ``answered``; after a limit hit or its death, the worker is
        started again and sent the documents still waiting after it."""
        reply = self._wait(self._pid, self._conn)
        if reply[0] == "error" and reply[3]:  # a limit was hit: the worker ends itself
            waiting = [job.payload for job in self._queue
                       if job.reply is None and job is not answered]
            self._end()
            if waiting:
                self._pid, self._conn = self._fork(render, locate, None)
                for payload in waiting:
                    self._send(payload)  # type: ignore[arg-type]
        return reply

    def _wait(self, pid: int | None, conn: Any) -> tuple[Any, ...]:
        wall = self.limits.seconds * 3 + 10
        if not conn.poll(wall):
            return ("error", TemplateError, [Problem(limit_message(self.limits, "time"),
                                                     file=self.file,
                                                         code="template.time_limit")], True)
        try:
            return tuple(pickle.loads(conn.recv_bytes()))
        except (EOFError, OSError):
            return self._died(pid)

    def _died(self, pid: int | None) -> tuple[Any, ...]:
        status = _kill(pid) if pid is not None else 0
        if os.WIFSIGNALED(status) and os.WTERMSIG(status) in (signal.SIGXCPU, signal.SIGKILL):
            what = "time" if os.WTERMSIG(status) == signal.SIGXCPU else "memory"
            message = limit_message(self.limits, what)
        else:
            message = _("rendering stopped: the worker process ended unexpectedly ({status})"
                        ).format(status=status)
        return ("error", TemplateError, [Problem(message, file=self.file,
            code="render.worker_died")], True)

    def _answer(self, reply: tuple[Any, ...]) -> bytes:
        if reply[0] == "ok":
            return bytes(reply[1])
        if reply[0] == "error":
            raise reply[1](reply[2])
        raise reply[1]


class InProcess:
    """Renders here, in the calling process, with the interface of :class:`Worker`: where
    there is no worker (Windows) or none is wanted (``Limits(isolated=False)``)."""

    def submit(self, render: Render, locate: Locate, names: Mapping[str, Any], *,
               inherit: bool = False) -> bytes | ReportkitError:
        """Render now; the document or its error is the ticket :meth:`collect` takes."""
        try:
            return render(names)
        except ReportkitError as exc:
            return exc
        except MemoryError as exc:
            return TemplateError(locate(exc.__traceback__, _(
                "unsafe template code: not enough memory to render the document")))

    def collect(self, ticket: bytes | ReportkitError, render: Render, locate: Locate) -> bytes:
        """The document rendered, or the error that stopped it."""
        if isinstance(ticket, ReportkitError):
            raise ticket
        return ticket

    def stop(self) -> None:
        """Nothing is waiting: each document was rendered when handed over."""


def located(compiled: CompiledTemplate, tb: TracebackType | None, message: str) -> Problem:
    """``message`` located where the traceback ``tb`` of a limit hit was rendering: the
    paragraph, when a template line is in it, else the part, else the template."""
    file = compiled.package.file
    label = None
    step = tb
    while step is not None:  # CompiledTemplate.render_part names the part it renders
        part = step.tb_frame.f_locals.get("part")
        if isinstance(part, CompiledPart) and part.zipname in compiled.parts:
            label = part.label
        step = step.tb_next
    for part in compiled.parts.values():
        line = template_line(tb, part.filename)
        if line is not None:
            return Problem(message, file=file, part=part.label, **at(part.paragraphs, line))
    return Problem(message, file=file, part=label, code="template.runtime")


def _kill(pid: int) -> int:
    """Stop the process ``pid`` (if it still runs) and collect it; its wait status."""
    try:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return status
        os.kill(pid, signal.SIGKILL)
        return os.waitpid(pid, 0)[1]
    except (ChildProcessError, ProcessLookupError):
        return 0
