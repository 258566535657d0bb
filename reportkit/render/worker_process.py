"""What runs inside a worker process (:mod:`reportkit.render.isolation`): the limits set on
it, then one document after another, each under the CPU-time limit, each reply pickled back.
It shares with the caller's side only :mod:`reportkit.render.hard_limits`.

The worker ignores Ctrl-C (the caller stops it), writes no core file, and gets ``RLIMIT_AS``
of its address space at the start plus ``Limits.memory_mb``; each document has
``Limits.seconds`` of processor time on a profiling timer (``ITIMER_PROF``, which stops the
template where it is with :class:`TimeLimit`, located like any template error), and behind it
``RLIMIT_CPU`` for code that never returns to Python.

    >>> _address_space() is None or _address_space() > 0
    True
"""

from __future__ import annotations

import pickle
import signal
from collections.abc import Mapping
from typing import Any

from reportkit import i18n
from reportkit.errors import ReportkitError, TemplateError

from .hard_limits import (
    Limits,
    Locate,
    Render,
    TimeLimit,
    limit_message,
    limit_reason,
    pickled,
    unpack_job,
)

__all__ = ["serve"]

_MB = 1024 * 1024


def serve(conn: Any, render: Render, locate: Locate, limits: Limits, job: Any,
          own: object | None = None) -> None:
    """The worker's life: set the limits, then render what comes, until told to stop;
    ``own`` is what the names sent refer to by reference (the Template). Each document comes
    with the language the caller spoke when it handed it over: its messages are made in it."""
    _limit(limits)
    if job is not None:
        conn.send_bytes(_render_one(render, locate, limits, job)[0])
        return
    while True:
        try:
            payload = conn.recv_bytes()
        except (EOFError, OSError):
            return
        try:
            language, names = unpack_job(payload, own)
        except Exception:
            conn.send_bytes(pickle.dumps(("unreadable",)))
            continue
        i18n.set_language(language)
        reply, restart = _render_one(render, locate, limits, names)
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


def _render_one(render: Render, locate: Locate, limits: Limits,
                names: Mapping[str, Any]) -> tuple[bytes, bool]:
    """Render one document under the time limit; the pickled reply and whether to restart."""
    import resource

    _TIME_MESSAGE[0] = limit_reason(limits, "time")
    used = sum(resource.getrusage(resource.RUSAGE_SELF)[:2])
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    backstop = int(used + limits.seconds * 2 + 5)
    if hard == resource.RLIM_INFINITY or backstop < hard:
        resource.setrlimit(resource.RLIMIT_CPU, (backstop, hard))
    signal.setitimer(signal.ITIMER_PROF, limits.seconds)
    try:
        reply: tuple[Any, ...] = ("ok", render(names))
    except ReportkitError as exc:
        reply = ("error", type(exc), exc.problems, False)
    except MemoryError as exc:
        reply = ("error", TemplateError,
                 [locate(exc.__traceback__, limit_message(limits, "memory"))], True)
    except TimeLimit as exc:  # stopped outside the template's own code
        reply = ("error", TemplateError,
                 [locate(exc.__traceback__, limit_message(limits, "time"))], True)
    except Exception as exc:
        reply = ("crash", exc if pickled(exc) is not None else RuntimeError(repr(exc)))
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
    return pickle.dumps(reply, protocol=pickle.HIGHEST_PROTOCOL), reply[-1] is True
