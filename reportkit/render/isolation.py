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

A limit hit is one located TemplateError (the paragraph that was running, when it can be
told), the temporary file is removed by the caller, nothing is written, and the worker is
started again for the next document. The worker is reused across a batch (one document costs
a pickled context and two messages) and stops when its template is garbage-collected.

Where there is no ``fork`` or no ``resource`` module (Windows), templates render in the
calling process with the size checks only: no hard memory limit and no time limit. On macOS
the time limit holds; the memory limit is set but the kernel does not enforce ``RLIMIT_AS``.

    >>> Limits().memory_mb, Limits().seconds
    (1024, 30.0)
"""

from __future__ import annotations

import os
import pickle
import signal
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from jinja2.exceptions import SecurityError

from reportkit.errors import Problem, RenderError, ReportkitError, TemplateError

__all__ = ["Limits", "TimeLimit", "Worker", "isolation_available", "limit_message"]

Render = Callable[[Mapping[str, Any], Path], None]
"""Renders one document's names into a file."""
Locate = Callable[[TracebackType | None, str], Problem]
"""Turns where a limit was hit (a traceback) and a message into a located problem."""

_MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """The hard limits of one document's render: ``memory_mb`` megabytes of memory beyond what
    the process had, ``seconds`` of processor time. ``isolated=False`` renders in the calling
    process with the size checks only: for templates you wrote yourself.

    >>> Limits(memory_mb=256, seconds=5).seconds
    5
    """

    memory_mb: int = 1024
    seconds: float = 30.0
    isolated: bool = True

    @classmethod
    def from_environment(cls) -> Limits:
        """The defaults, or ``REPORTKIT_MEMORY_MB`` and ``REPORTKIT_TIME_LIMIT`` (seconds).

        >>> Limits.from_environment().isolated
        True
        """
        return cls(memory_mb=int(_number("REPORTKIT_MEMORY_MB", cls.memory_mb)),
                   seconds=_number("REPORTKIT_TIME_LIMIT", cls.seconds))


def _number(name: str, default: float) -> float:
    text = os.environ.get(name, "").strip()
    if not text:
        return default
    try:
        value = float(text)
    except ValueError:
        value = -1
    if value <= 0:
        raise RenderError(f"{name} must be a positive number (got {text!r})")
    return value


def isolation_available() -> bool:
    """Whether documents can be rendered in a worker process with hard limits (POSIX)."""
    try:
        import resource  # noqa: F401
    except ImportError:
        return False
    return hasattr(os, "fork")


class TimeLimit(SecurityError):
    """Raised inside a worker when a document has used up its processor time."""


def limit_message(limits: Limits, what: str) -> str:
    """The message of a limit hit: ``what`` is ``"memory"`` or ``"time"``.

    >>> print(limit_message(Limits(), "time"))  # doctest: +ELLIPSIS
    unsafe template code: the document took more than 30 s of processor time to render; ...
    """
    if what == "memory":
        return (f"unsafe template code: the document needed more than {limits.memory_mb} MB "
                "of memory to render; a loop or a filter builds too much")
    return (f"unsafe template code: the document took more than {limits.seconds:g} s of "
            "processor time to render; a loop runs too long")


class Worker:
    """A process forked for one template, rendering its documents one at a time.

    Started on the first :meth:`run`, started again after a limit was hit, stopped by
    :meth:`stop` (and when the process that made it exits).
    """

    def __init__(self, limits: Limits, file: str) -> None:
        self.limits = limits
        self.file = file
        self._lock = threading.Lock()
        self._pid: int | None = None
        self._conn: Any = None

    def run(self, render: Render, locate: Locate, names: Mapping[str, Any], tmp: Path, *,
            inherit: bool = False) -> None:
        """Render ``names`` into ``tmp`` in a worker; raise what the render raised.

        The names are sent pickled; names that cannot be (an ``InlineImage`` made with the
        Template, a ``Subdoc``), or ``inherit=True``, go to a process forked for this one
        document, which has them as they are.
        """
        with self._lock:
            payload = None if inherit else _pickled((dict(names), str(tmp)))
            try:
                reply = None
                if payload is not None:
                    if self._pid is None:
                        self._start(render, locate, None)
                    reply = self._ask(payload)
                if reply is None or reply[0] == "unreadable":
                    reply = self._once(render, locate, names, tmp)
            except BaseException:
                self.stop()
                raise
            self._answer(reply)

    def stop(self) -> None:
        """End the worker process, if it runs."""
        pid, conn = self._pid, self._conn
        self._pid = self._conn = None
        if conn is not None:
            conn.close()
        if pid is not None:
            _kill(pid)

    def _start(self, render: Render, locate: Locate, job: Any) -> None:
        from multiprocessing import Pipe

        ours, theirs = Pipe()
        pid = os.fork()
        if pid == 0:  # the worker: never returns into the caller's code
            code = 0
            try:
                ours.close()
                _serve(theirs, render, locate, self.limits, job)
            except BaseException:
                code = 1
            finally:
                os._exit(code)
        theirs.close()
        self._pid, self._conn = pid, ours

    def _once(self, render: Render, locate: Locate, names: Mapping[str, Any],
              tmp: Path) -> tuple[Any, ...]:
        """Render in a process forked for this document alone, the persistent one kept."""
        kept = self._pid, self._conn
        self._pid = self._conn = None
        try:
            self._start(render, locate, (names, str(tmp)))
            return self._wait()
        finally:
            self.stop()
            self._pid, self._conn = kept

    def _ask(self, payload: bytes) -> tuple[Any, ...]:
        try:
            self._conn.send_bytes(payload)
        except OSError:  # it died after the previous document: start afresh next time
            return self._died()
        return self._wait()

    def _wait(self) -> tuple[Any, ...]:
        wall = self.limits.seconds * 3 + 10
        if not self._conn.poll(wall):
            self.stop()
            return ("error", TemplateError, [Problem(limit_message(self.limits, "time"),
                                                     file=self.file)], True)
        try:
            return tuple(pickle.loads(self._conn.recv_bytes()))
        except (EOFError, OSError):
            return self._died()

    def _died(self) -> tuple[Any, ...]:
        status = _kill(self._pid) if self._pid is not None else 0
        self._pid = self._conn = None
        if os.WIFSIGNALED(status) and os.WTERMSIG(status) in (signal.SIGXCPU, signal.SIGKILL):
            what = "time" if os.WTERMSIG(status) == signal.SIGXCPU else "memory"
            return ("error", TemplateError, [Problem(limit_message(self.limits, what),
                                                     file=self.file)], False)
        return ("error", TemplateError, [Problem(
            f"rendering stopped: the worker process ended unexpectedly (status {status})",
            file=self.file)], False)

    def _answer(self, reply: tuple[Any, ...]) -> None:
        if reply[0] == "ok":
            return
        if reply[0] == "error":
            _, kind, problems, restart = reply
            if restart:
                self.stop()
            raise kind(problems)
        raise reply[1]


def _pickled(value: Any) -> bytes | None:
    try:
        return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # what cannot be pickled goes to a process of its own
        return None


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


# ---- in the worker process -------------------------------------------------------------

def _serve(conn: Any, render: Render, locate: Locate, limits: Limits, job: Any) -> None:
    """The worker's life: set the limits, then render what comes, until told to stop."""
    _limit(limits)
    if job is not None:
        names, tmp = job
        conn.send_bytes(_render_one(render, locate, limits, names, tmp)[0])
        return
    while True:
        try:
            payload = conn.recv_bytes()
        except (EOFError, OSError):
            return
        try:
            names, tmp = pickle.loads(payload)
        except Exception:
            conn.send_bytes(pickle.dumps(("unreadable",)))
            continue
        reply, restart = _render_one(render, locate, limits, names, tmp)
        conn.send_bytes(reply)
        if restart:
            return


def _limit(limits: Limits) -> None:
    import resource

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the caller's: it stops us
    signal.signal(signal.SIGPROF, _out_of_time)
    _, hard = resource.getrlimit(resource.RLIMIT_CORE)
    resource.setrlimit(resource.RLIMIT_CORE, (0, hard))
    size = _address_space()
    if size is not None:
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        soft = size + limits.memory_mb * _MB
        if hard != resource.RLIM_INFINITY:
            soft = min(soft, hard)
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def _address_space() -> int | None:
    """This process's address space in bytes (Linux), or None where it cannot be read."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return None


def _out_of_time(signum: int, frame: Any) -> None:
    raise TimeLimit(_TIME_MESSAGE[0])


_TIME_MESSAGE = [""]  # the message the timer raises, set for each document


def _render_one(render: Render, locate: Locate, limits: Limits, names: Mapping[str, Any],
                tmp: str) -> tuple[bytes, bool]:
    """Render one document under the time limit; the pickled reply and whether to restart."""
    import resource

    _TIME_MESSAGE[0] = limit_message(limits, "time").removeprefix("unsafe template code: ")
    used = sum(resource.getrusage(resource.RUSAGE_SELF)[:2])
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    backstop = int(used + limits.seconds * 2 + 5)
    if hard == resource.RLIM_INFINITY or backstop < hard:
        resource.setrlimit(resource.RLIMIT_CPU, (backstop, hard))
    signal.setitimer(signal.ITIMER_PROF, limits.seconds)
    try:
        render(names, Path(tmp))
        reply: tuple[Any, ...] = ("ok",)
    except ReportkitError as exc:
        reply = ("error", type(exc), exc.problems, False)
    except MemoryError as exc:
        reply = ("error", TemplateError,
                 [locate(exc.__traceback__, limit_message(limits, "memory"))], True)
    except TimeLimit as exc:  # stopped outside the template's own code
        reply = ("error", TemplateError,
                 [locate(exc.__traceback__, limit_message(limits, "time"))], True)
    except Exception as exc:
        reply = ("crash", exc if _pickled(exc) is not None else RuntimeError(repr(exc)))
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
    return pickle.dumps(reply, protocol=pickle.HIGHEST_PROTOCOL), reply[-1] is True
