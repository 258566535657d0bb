"""The size limits of the template sandbox: early, friendly refusals of values too large to be
document text, counted before they are built wherever that can be done.

No expression may build text or a list longer than ``MAX_SIZE`` (10 million characters or
items), a number of more than 100 000 bits, or a template part longer than ``MAX_OUTPUT``.
Jinja's own sandbox stops ``range()`` at 100 000 but lets ``'a' * 10**9`` or ``2 ** 10**10``
eat the machine's memory. Here ``*``, ``+``, ``**`` and ``%`` are checked before they run; what
a value would print as (:func:`text_size`) before ``~``, ``{{ … }}`` and every filter; the
methods and filters that can jump past memory in one step (``replace``, ``join``, padding and
format widths, ``indent``, ``batch`` …, see :mod:`reportkit.render.limited`) before they build.
A breach is a ``SecurityError``, which the render layer reports as a located TemplateError.

These checks are the friendly part. What bounds memory and time for certain is the worker
process each document is rendered in (:mod:`reportkit.render.isolation`): it catches whatever
these checks do not foresee.

    >>> check_size("*", "a", 10**9)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    jinja2.exceptions.SecurityError: 'a' * 1000000000 would be 1000000000 long; the limit is ...
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import wraps
from itertools import islice
from string import Formatter
from typing import Any

from jinja2.exceptions import SecurityError

from reportkit.i18n import gettext as _

from .policy import is_model

__all__ = ["MAX_OUTPUT", "MAX_SIZE", "check_size", "check_str_method", "check_text",
           "check_widths", "concat", "sized", "sized_filter", "text_size", "too_long"]

MAX_SIZE = 10_000_000
MAX_OUTPUT = 100_000_000  # characters of one rendered part (a body, a header)
_MAX_POWER_BITS = 100_000
_SMALL = 24  # what a number, a date or another small value prints as, at most about


def sized(value: Any) -> Any:
    """``value`` itself, if it is not text or a list longer than ``MAX_SIZE``.

    >>> sized("a" * (MAX_SIZE + 1))  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    jinja2.exceptions.SecurityError: a value of 10000001 characters or items; the limit is ...
    """
    if isinstance(value, (str, bytes, bytearray, list, tuple, dict, set, frozenset)) \
            and len(value) > MAX_SIZE:
        raise SecurityError(_("a value of {size} characters or items; the limit is "
                              "{limit}").format(size=len(value), limit=MAX_SIZE))
    return value


def text_size(value: Any, limit: int = MAX_SIZE, indent: int = 0) -> int:
    """About how many characters ``str(value)`` would have, counted without building it.

    The count stops soon after it passes ``limit``: a list of one long text repeated a million
    times is found out after a few items. ``indent`` adds what ``tojson(indent=…)`` or
    ``pprint`` add per item (a new line and the indentation of its depth).

    >>> text_size(["abc", {"k": 12}])  # str() gives 18: the count errs on the long side
    23
    >>> text_size(["a" * 1000] * 10**6) > MAX_SIZE
    True
    """
    total = 0
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack and total <= limit:
        item, depth = stack.pop()
        total += depth * indent + (1 if indent else 0)
        if isinstance(item, (str, bytes, bytearray)):
            total += len(item) + 2
        elif isinstance(item, int):
            total += item.bit_length() * 3 // 10 + 2  # log10(2) ≈ 0.3 digits per bit
        elif isinstance(item, dict):
            total += 2 + 4 * len(item)
            stack.extend((part, depth + 1) for pair in islice(item.items(), limit)
                         for part in pair)
        elif isinstance(item, (list, tuple, set, frozenset)):
            total += 2 + 2 * len(item)
            stack.extend((part, depth + 1) for part in islice(item, limit))
        elif is_model(item):
            names = [*type(item).model_fields, *type(item).model_computed_fields]
            total += len(type(item).__name__) + 2 + sum(len(n) + 3 for n in names)
            stack.extend((_field(item, n), depth + 1) for n in names)
        elif hasattr(item, "__html__") and not isinstance(item, type):
            total += len(item.__html__())  # a RichText prints as its XML
        else:
            total += _SMALL
    return total


def _field(model: Any, name: str) -> Any:
    """A field's value; a computed field that fails prints as nothing here (the render will
    report it where the template uses it)."""
    try:
        return getattr(model, name)
    except Exception:
        return None


def check_text(value: Any, what: str, indent: int = 0) -> None:
    """Refuse ``value`` when what it would print as is longer than ``MAX_SIZE``.

    >>> check_text(["x" * 1000] * 100000, "the value")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    jinja2.exceptions.SecurityError: the value would print as more than 10000000 characters...
    """
    if text_size(value, indent=indent) > MAX_SIZE:
        raise SecurityError(_("{what} would print as more than {limit} characters; that is "
                              "not document text").format(what=what, limit=MAX_SIZE))


def check_str_method(text: str, name: str, args: tuple[Any, ...]) -> tuple[Any, ...]:
    """Refuse ``text.name(*args)`` when it would pad, replace or join its way past
    ``MAX_SIZE``; return the arguments to call it with (``join`` gets its items as a list,
    counted once)."""
    if name in ("ljust", "rjust", "center", "zfill") and args and isinstance(args[0], int):
        size = args[0]
    elif name == "replace" and len(args) >= 2:
        size = replaced_size(text, *args[:3])
    elif name == "expandtabs":
        size = len(text) + text.count("\t") * (args[0] if args else 8)
    elif name == "join" and args:
        items = list(islice(args[0], MAX_SIZE + 1))
        size = text_size(items) + len(text) * max(len(items) - 1, 0)
        args = (items, *args[1:])
    else:
        return args
    if size > MAX_SIZE:
        raise SecurityError(too_long(f"{short(text)}.{name}(…)", size))
    return args


def replaced_size(text: str, old: Any, new: Any, count: Any = -1) -> int:
    """How long ``text.replace(old, new, count)`` will be, counted before it is built.

    >>> replaced_size("aaa", "a", "bb")
    6
    """
    old, new = str(old), str(new)
    found = len(text) + 1 if old == "" else text.count(old)
    if isinstance(count, int) and count >= 0:
        found = min(found, count)
    return len(text) + found * (len(new) - len(old))


# a field width or precision of seven digits or more: '{:>999999999}', '%999999999s'
_HUGE_WIDTH = re.compile(r"[:%][^{}%\s]*?\d{7}")
# a width or precision taken from a value: '%*s', '%.*f'
_STAR_WIDTH = re.compile(r"%[-#0 +]*(?:\*|\d*\.\*)")


def check_widths(fmt: str, args: Any = (), kwargs: Any = None) -> None:
    """Refuse a format string that pads a value to millions of characters, takes its width
    from a value (``'%*s'``, ``'{:{w}}'``), or fills in values too large to be text.

    >>> check_widths("%*s", (10**9, "a"))  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    jinja2.exceptions.SecurityError: format '%*s' takes a width from a value; write the width ...
    """
    if _HUGE_WIDTH.search(fmt):
        raise SecurityError(_("format {format} pads to millions of characters").format(
            format=short(fmt)))
    if _STAR_WIDTH.search(fmt) or _nested_spec(fmt):
        raise SecurityError(_("format {format} takes a width from a value; write the width "
                              "in the format").format(format=short(fmt)))
    values = [args, kwargs or {}]
    fields = max(fmt.count("%"), fmt.count("{"), 1)
    if text_size(values) * fields > MAX_SIZE:
        raise SecurityError(_("format {format} would fill in more than {limit} "
                              "characters").format(format=short(fmt), limit=MAX_SIZE))


def _nested_spec(fmt: str) -> bool:
    """Whether a ``str.format`` string has a replacement field inside a format spec."""
    if "{" not in fmt:
        return False
    try:
        return any(spec and "{" in spec for _, _, spec, _ in Formatter().parse(fmt))
    except ValueError:  # not a valid format string: str.format says so itself
        return False


def check_size(operator: str, left: Any, right: Any) -> None:
    """Raise SecurityError when ``left operator right`` would be larger than the limits.

    >>> check_size("*", 10**60000, 10**60000)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    jinja2.exceptions.SecurityError: a product of 398632 bits is too large a number
    """
    size = None
    if operator == "*":
        if _whole(left) and _whole(right):
            bits = left.bit_length() + right.bit_length()
            if bits > _MAX_POWER_BITS:
                raise SecurityError(_("a product of {bits} bits is too large a number").format(
                    bits=bits))
        for seq, n in ((left, right), (right, left)):
            if hasattr(seq, "__len__") and _whole(n):
                size = len(seq) * n
    elif operator == "+" and hasattr(left, "__len__") and hasattr(right, "__len__"):
        size = len(left) + len(right)
    elif (operator == "**" and _whole(left) and _whole(right) and right > 0
          and abs(left) > 1 and abs(left).bit_length() * right > _MAX_POWER_BITS):
        raise SecurityError(_("{power} is too large a number").format(
            power=f"{left} ** {right}"))
    elif operator == "%" and isinstance(left, str):
        check_widths(left, right)
    if size is not None and size > MAX_SIZE:
        shown = left if not hasattr(left, "__len__") else short(left)
        other = right if not hasattr(right, "__len__") else short(right)
        raise SecurityError(too_long(f"{shown} {operator} {other}", size))


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def short(value: Any) -> str:
    """``repr(value)`` cut to 20 characters, for messages.

    >>> short("a" * 30)
    "'aaaaaaaaaaaaaaaaaa…"
    """
    text = repr(value) if not isinstance(value, str) or len(value) < 40 else repr(value[:40])
    return text if len(text) <= 20 else text[:19] + "…"


def sized_filter(func: Any, name: str = "") -> Any:
    """The filter ``func`` (called ``name`` in templates) with its value's printed size checked
    before (``[s]*10**6|string``) and its result's size after (``[s, s]|join`` in a loop).

    Jinja's ``pass_context``-style marks travel with ``wraps``; with one, the value is the
    second argument.
    """
    position = 1 if getattr(func, "jinja_pass_arg", None) is not None else 0

    @wraps(func)
    def checked(*args: Any, **kwargs: Any) -> Any:
        if len(args) > position and not isinstance(args[position], str):
            check_text(args[position], _("the value given to '{name}'").format(
                name=name or func.__name__))
        return sized(func(*args, **kwargs))

    return checked


def concat(chunks: Any) -> str:
    """Jinja's ``concat`` (how a part's output is joined), stopping past ``MAX_OUTPUT``.

    The refusal is thrown into the template's own output generator, so its traceback names the
    paragraph that was writing.

    >>> concat(iter(["a", "b"]))
    'ab'
    """
    if isinstance(chunks, list):
        if sum(map(len, chunks)) > MAX_OUTPUT:
            raise SecurityError(_too_long())
        return "".join(chunks)
    out: list[str] = []
    total = 0
    for chunk in chunks:
        total += len(chunk)
        if total > MAX_OUTPUT:
            _stop(chunks)
        out.append(chunk)
    return "".join(out)


def _stop(chunks: Iterator[str]) -> None:
    error = SecurityError(_too_long())
    throw = getattr(chunks, "throw", None)
    if throw is None:
        raise error
    throw(error)
    raise error  # the generator caught it and went on: still refused


def _too_long() -> str:
    return _("this part of the document would be more than {limit} characters long; a loop "
             "writes too much").format(limit=MAX_OUTPUT)


def too_long(what: str, size: int) -> str:
    """The refusal of ``what`` (code, as the template wrote it), which would be ``size`` long.

    >>> too_long("'a' * 10", 10**8)
    "'a' * 10 would be 100000000 long; the limit is 10000000"
    """
    return _("{what} would be {size} long; the limit is {limit}").format(
        what=what, size=size, limit=MAX_SIZE)
