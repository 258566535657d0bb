"""The size limits of the template sandbox: no expression may build text or a list longer than
``MAX_SIZE`` (10 million characters or items), nor a power of more than 100 000 bits.

Jinja's own sandbox stops ``range()`` at 100 000 but lets ``'a' * 10**9`` or ``2 ** 10**10``
eat the machine's memory. ``*``, ``+``, ``**`` and ``%`` are checked before they run, ``~`` and
every filter and method call after (:func:`sized`), and the few that can jump past memory in
one step (``replace``, ``center``, ``ljust``/``rjust``/``zfill``/``expandtabs``, format widths)
before. A breach is a ``SecurityError``, which the render layer reports as a located
TemplateError. Not limited here: time (see :mod:`reportkit.render.sandbox`).

    >>> check_size("*", "a", 10**9)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    jinja2.exceptions.SecurityError: 'a' * 1000000000 would be 1000000000 long; the limit is ...
"""

from __future__ import annotations

import re
from functools import wraps
from typing import Any

from jinja2 import pass_eval_context
from jinja2.exceptions import SecurityError

__all__ = ["MAX_SIZE", "check_size", "check_str_method", "check_widths", "limited_center",
           "limited_format", "limited_replace", "sized", "sized_filter"]

MAX_SIZE = 10_000_000
_MAX_POWER_BITS = 100_000


def sized(value: Any) -> Any:
    """``value`` itself, if it is not text or a list longer than ``MAX_SIZE``.

    >>> sized("a" * (MAX_SIZE + 1))  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    jinja2.exceptions.SecurityError: a value of 10000001 characters or items; the limit is ...
    """
    if isinstance(value, (str, list, tuple, dict)) and len(value) > MAX_SIZE:
        raise SecurityError(f"a value of {len(value)} characters or items; "
                            f"the limit is {MAX_SIZE}")
    return value


def check_str_method(text: str, name: str, args: tuple[Any, ...]) -> None:
    """Refuse ``text.name(*args)`` when it would pad or replace its way past ``MAX_SIZE``."""
    if name in ("ljust", "rjust", "center", "zfill") and args and isinstance(args[0], int):
        size = args[0]
    elif name == "replace" and len(args) >= 2:
        size = _replaced_size(text, *args[:3])
    elif name == "expandtabs":
        size = len(text) + text.count("\t") * (args[0] if args else 8)
    else:
        return
    if size > MAX_SIZE:
        raise SecurityError(f"{_short(text)}.{name}(…) would be {size} long; "
                            f"the limit is {MAX_SIZE}")


def _replaced_size(text: str, old: Any, new: Any, count: Any = -1) -> int:
    """How long ``text.replace(old, new, count)`` will be, counted before it is built."""
    old, new = str(old), str(new)
    found = len(text) + 1 if old == "" else text.count(old)
    if isinstance(count, int) and count >= 0:
        found = min(found, count)
    return len(text) + found * (len(new) - len(old))


@pass_eval_context
def limited_replace(eval_ctx: Any, value: str, old: str, new: str, count: int | None = None) -> str:
    """Jinja's ``replace`` filter, refusing a result longer than ``MAX_SIZE``."""
    from jinja2.filters import do_replace

    size = _replaced_size(str(value), old, new, -1 if count is None else count)
    if size > MAX_SIZE:
        raise SecurityError(f"replace would make {_short(value)} {size} long; "
                            f"the limit is {MAX_SIZE}")
    return do_replace(eval_ctx, value, old, new, count)


# a field width or precision of seven digits or more: '{:>999999999}', '%999999999s'
_HUGE_WIDTH = re.compile(r"[:%][^{}%\s]*?\d{7}")


def check_widths(fmt: str) -> None:
    """Refuse a format string that pads a value to millions of characters."""
    if _HUGE_WIDTH.search(fmt):
        raise SecurityError(f"format {_short(fmt)} pads to millions of characters")


def limited_format(value: str, *args: Any, **kwargs: Any) -> str:
    """Jinja's ``format`` filter (``"%s"|format(x)``), with no huge field widths."""
    from jinja2.filters import do_format

    check_widths(str(value))
    return do_format(value, *args, **kwargs)


def limited_center(value: str, width: int = 80) -> str:
    """Jinja's ``center`` filter, refusing a width beyond the size limit."""
    if width > MAX_SIZE:
        raise SecurityError(f"center({width}) is wider than the limit {MAX_SIZE}")
    return str(value).center(width)


def check_size(operator: str, left: Any, right: Any) -> None:
    """Raise SecurityError when ``left operator right`` would be larger than the limits.

    >>> check_size("*", "a", 10**9)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    jinja2.exceptions.SecurityError: 'a' * 1000000000 would be 1000000000 long; the limit is ...
    """
    size = None
    if operator == "*":
        for seq, n in ((left, right), (right, left)):
            if hasattr(seq, "__len__") and isinstance(n, int) and not isinstance(n, bool):
                size = len(seq) * n
    elif operator == "+" and hasattr(left, "__len__") and hasattr(right, "__len__"):
        size = len(left) + len(right)
    elif (operator == "**" and isinstance(left, int) and isinstance(right, int) and right > 0
          and abs(left) > 1 and abs(left).bit_length() * right > _MAX_POWER_BITS):
        raise SecurityError(f"{left} ** {right} is too large a number")
    if size is not None and size > MAX_SIZE:
        shown = left if not hasattr(left, "__len__") else _short(left)
        other = right if not hasattr(right, "__len__") else _short(right)
        raise SecurityError(f"{shown} {operator} {other} would be {size} long; "
                            f"the limit is {MAX_SIZE}")


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 20 else text[:19] + "…"


def sized_filter(func: Any) -> Any:
    """``func`` with its result checked by :func:`sized` (``[s, s]|join`` in a loop).

    Jinja's ``pass_context``-style marks travel with ``wraps``.
    """
    @wraps(func)
    def checked(*args: Any, **kwargs: Any) -> Any:
        return sized(func(*args, **kwargs))

    return checked
