"""Jinja's filters and globals that can build a huge value from small arguments, each with its
size counted before it builds (:mod:`reportkit.render.limits`).

``replace`` and ``center`` by the result's length, ``format`` by its widths, ``indent`` by its
lines times the indentation, ``wordwrap`` and ``urlize`` by what they insert, ``batch`` and
``slice`` by the number of pieces, ``tojson`` and ``pprint`` by the printed size with
indentation, ``lipsum`` by its words.

    >>> limited_batch([1], 10**9, 0)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    jinja2.exceptions.SecurityError: batch(1000000000) makes pieces of more than 100000 items...
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from jinja2 import filters as jinja_filters
from jinja2 import pass_eval_context
from jinja2.exceptions import SecurityError
from jinja2.utils import generate_lorem_ipsum

from reportkit.i18n import gettext as _

from .limits import MAX_SIZE, check_text, check_widths, replaced_size, short, too_long

__all__ = ["LIMITED_FILTERS", "limited_lipsum"]

MAX_PIECES = 100_000  # items in one batch, slices of a list: as many as range() may give


@pass_eval_context
def limited_replace(eval_ctx: Any, value: str, old: str, new: str, count: int | None = None) -> str:
    """Jinja's ``replace`` filter, refusing a result longer than ``MAX_SIZE``."""
    size = replaced_size(str(value), old, new, -1 if count is None else count)
    _refuse_over(size, f"{short(value)}|replace(…)")
    return jinja_filters.do_replace(eval_ctx, value, old, new, count)


def limited_format(value: str, *args: Any, **kwargs: Any) -> str:
    """Jinja's ``format`` filter (``"%s"|format(x)``), with no huge or borrowed widths."""
    check_widths(str(value), args, kwargs)
    return jinja_filters.do_format(value, *args, **kwargs)


def limited_center(value: str, width: int = 80) -> str:
    """Jinja's ``center`` filter, refusing a width beyond the size limit."""
    if width > MAX_SIZE:
        raise SecurityError(_("{what} is wider than the limit {limit}").format(
            what=f"center({width})", limit=MAX_SIZE))
    return str(value).center(width)


def limited_indent(s: str, width: int | str = 4, first: bool = False,
                   blank: bool = False) -> str:
    """Jinja's ``indent``: every line gets ``width`` more characters, counted first."""
    text = str(s)
    step = len(width) if isinstance(width, str) else int(width)
    lines = text.count("\n") + (1 if first else 0)  # the first line only when asked
    _refuse_over(len(text) + lines * step, f"indent({short(width)})")
    return jinja_filters.do_indent(s, width, first, blank)


def limited_batch(value: Any, linecount: int, fill_with: Any = None) -> Any:
    """Jinja's ``batch``, in pieces of at most ``MAX_PIECES`` items."""
    _check_pieces("batch", linecount)
    return jinja_filters.do_batch(value, linecount, fill_with)


def limited_slice(value: Any, slices: int, fill_with: Any = None) -> Any:
    """Jinja's ``slice``, into at most ``MAX_PIECES`` lists."""
    _check_pieces("slice", slices)
    return jinja_filters.sync_do_slice(value, slices, fill_with)


def _check_pieces(name: str, count: Any) -> None:
    if isinstance(count, int) and count > MAX_PIECES:
        raise SecurityError(_("{what} makes pieces of more than {limit} items; the limit is "
                              "that of range()").format(what=f"{name}({count})",
                                                        limit=MAX_PIECES))


@pass_eval_context
def limited_tojson(eval_ctx: Any, value: Any, indent: int | str | None = None) -> Any:
    """Jinja's ``tojson``, its size with ``indent`` counted first."""
    step = len(indent) if isinstance(indent, str) else int(indent or 0)
    check_text(value, _("tojson of this value"), indent=step)
    return jinja_filters.do_tojson(eval_ctx, value, indent)  # type: ignore[arg-type]


def limited_pprint(value: Any) -> str:
    """Jinja's ``pprint``, its size with its indentation counted first."""
    check_text(value, _("pprint of this value"), indent=1)
    return jinja_filters.do_pprint(value)


@pass_eval_context
def limited_wordwrap(eval_ctx: Any, s: str, width: int = 79, break_long_words: bool = True,
                     wrapstring: str | None = None, break_on_hyphens: bool = True) -> str:
    """Jinja's ``wordwrap``, counting what ``wrapstring`` adds (at most once a character)."""
    text = str(s)
    if wrapstring is not None:
        _refuse_over(len(text) * (1 + len(str(wrapstring))), f"wordwrap({short(wrapstring)})")
    return jinja_filters.do_wordwrap(eval_ctx.environment, s, width, break_long_words,
                                     wrapstring, break_on_hyphens)


@pass_eval_context
def limited_urlize(eval_ctx: Any, value: str, trim_url_limit: int | None = None,
                   nofollow: bool = False, target: str | None = None, rel: str | None = None,
                   extra_schemes: Any = None) -> str:
    """Jinja's ``urlize``, counting the attributes it writes into each link."""
    text = str(value)
    links = text.count(".") + text.count("@") + text.count(":") + 1
    extra = len(str(target or "")) + len(str(rel or "")) + 60
    _refuse_over(2 * len(text) + links * extra, "urlize")
    return jinja_filters.do_urlize(eval_ctx, value, trim_url_limit, nofollow, target, rel,
                                   extra_schemes)


def limited_lipsum(n: int = 5, html: bool = True, min: int = 20, max: int = 100) -> str:
    """Jinja's ``lipsum()`` global, refusing more words than a document holds.

    >>> limited_lipsum(10**6)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    jinja2.exceptions.SecurityError: lipsum(1000000, …) would write up to 1000000000 characters...
    """
    words = int(n) * int(max)
    _refuse_over(words * 10, f"lipsum({n}, …)", words * 10)
    return str(generate_lorem_ipsum(n, html, min, max))


def _refuse_over(size: int, what: str, shown: int | None = None) -> None:
    if size > MAX_SIZE:
        if shown is not None:
            raise SecurityError(_("{what} would write up to {size} characters; the limit is "
                                  "{limit}").format(what=what, size=shown, limit=MAX_SIZE))
        raise SecurityError(too_long(what, size))


LIMITED_FILTERS: dict[str, Callable[..., Any]] = {
    "batch": limited_batch,
    "center": limited_center,
    "format": limited_format,
    "indent": limited_indent,
    "pprint": limited_pprint,
    "replace": limited_replace,
    "slice": limited_slice,
    "tojson": limited_tojson,
    "urlize": limited_urlize,
    "wordwrap": limited_wordwrap,
}
"""Jinja's built-in filters replaced by these, by name."""
