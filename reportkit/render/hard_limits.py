"""The hard limits of a document's render and what the caller and its worker process share.

:mod:`reportkit.render.isolation` (the caller's side) and :mod:`reportkit.render.worker_process`
(what runs in the worker) both use what is here, and neither imports the other's module for
it: the :class:`Limits`, the :class:`TimeLimit` raised when the processor time is used up,
the messages of a limit hit, and how a document's names travel to the worker (pickled, the
Template in them by reference, with the language the caller speaks, so a message the worker
makes is in the caller's language).

    >>> Limits().memory_mb, Limits().seconds
    (1024, 30.0)
    >>> print(limit_message(Limits(), "memory"))  # doctest: +ELLIPSIS
    unsafe template code: the document needed more than 1024 MB of memory to render; ...
"""

from __future__ import annotations

import io
import os
import pickle
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import TracebackType
from typing import Any

from jinja2.exceptions import SecurityError

from reportkit import i18n
from reportkit.errors import Problem, RenderError
from reportkit.i18n import gettext as _

__all__ = ["Limits", "Locate", "Render", "TimeLimit", "limit_message", "limit_reason",
           "pack_job", "pickled", "unpack_job", "unpickled"]

Render = Callable[[Mapping[str, Any]], bytes]
"""Renders one document's names into the bytes of a .docx."""
Locate = Callable[[TracebackType | None, str], Problem]
"""Turns where a limit was hit (a traceback) and a message into a located problem."""


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
        raise RenderError(_("{name} must be a positive number (got {value})").format(
            name=name, value=repr(text)))
    return value


class TimeLimit(SecurityError):
    """Raised inside a worker when a document has used up its processor time."""


def limit_reason(limits: Limits, what: str) -> str:
    """Why a limit stopped the document (``what`` is ``"memory"`` or ``"time"``), without the
    "unsafe template code" before it: what the timer raises inside the template.

    >>> limit_reason(Limits(seconds=2), "time")
    'the document took more than 2 s of processor time to render; a loop runs too long'
    """
    if what == "memory":
        return _("the document needed more than {mb} MB of memory to render; a loop or a filter "
                 "builds too much").format(mb=limits.memory_mb)
    return _("the document took more than {seconds} s of processor time to render; a loop runs "
             "too long").format(seconds=f"{limits.seconds:g}")


def limit_message(limits: Limits, what: str) -> str:
    """The message of a limit hit: ``what`` is ``"memory"`` or ``"time"``.

    >>> print(limit_message(Limits(), "time"))  # doctest: +ELLIPSIS
    unsafe template code: the document took more than 30 s of processor time to render; ...
    """
    return _("unsafe template code: {what}").format(what=limit_reason(limits, what))


def pickled(value: Any, own: object | None = None) -> bytes | None:
    """``value`` pickled, ``own`` in it as a reference (see :func:`unpickled`); ``None`` when
    it cannot be pickled.

    >>> marker = object()
    >>> unpickled(pickled([1, marker], marker), marker)[1] is marker
    True
    """
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    if own is not None:
        pickler.persistent_id = lambda obj: "own" if obj is own else None  # type: ignore[method-assign]
    try:
        pickler.dump(value)
    except Exception:  # what cannot be pickled goes to a process of its own
        return None
    return buffer.getvalue()


def unpickled(payload: bytes, own: object | None) -> Any:
    """What :func:`pickled` made, its reference to ``own`` resolved to ``own``."""
    unpickler = pickle.Unpickler(io.BytesIO(payload))
    unpickler.persistent_load = lambda ref: own  # type: ignore[method-assign]
    return unpickler.load()


def pack_job(names: Mapping[str, Any], own: object | None = None) -> bytes | None:
    """A document for the worker: its names and the language messages are made in now;
    ``None`` when the names cannot be pickled.

    >>> i18n.set_language("lv")
    'lv'
    >>> unpack_job(pack_job({"x": 1}), None)
    ('lv', {'x': 1})
    """
    return pickled((i18n.language(), dict(names)), own)


def unpack_job(payload: bytes, own: object | None) -> tuple[str, dict[str, Any]]:
    """The language and the names of what :func:`pack_job` made."""
    language, names = unpickled(payload, own)
    return str(language), names
