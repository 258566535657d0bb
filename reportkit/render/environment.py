"""The Jinja environment every template runs in: sandboxed, autoescaped, strict, with lv filters.

    >>> env = environment()
    >>> env.from_string("{{ x }}").render(x="a < b\\x00")
    'a &lt; b'

Beyond Jinja's sandbox (no ``__globals__`` walks, ``range`` up to 100 000), no expression may
build text or a list longer than ``MAX_SIZE`` (10 million characters or items): ``*``, ``+``,
``**`` and ``%`` are checked before they run, ``~`` (compiled through ``_SizedCode``), every
filter and every method call after, and the few that can jump past memory in one step
(``replace``, ``center``, ``ljust``/``rjust``/``zfill``/``expandtabs``, format widths) before.
So a loop that doubles a string stops at the limit with a ``SecurityError`` instead of a
``MemoryError``. Not limited: time. Nested loops (``range(100000)`` inside ``range(100000)``)
or printing a list nested in itself 40 levels deep take as long as they take; run templates you
did not write under a time limit of your own (``timeout 60 reportkit render …``).
"""

from __future__ import annotations

import os
import re
from contextvars import ContextVar
from functools import lru_cache, wraps
from typing import Any

from jinja2 import StrictUndefined, pass_eval_context
from jinja2.compiler import CodeGenerator, Frame
from jinja2.exceptions import SecurityError
from jinja2.nodes import Concat
from jinja2.sandbox import SandboxedEnvironment, safe_range
from markupsafe import Markup

__all__ = ["NeedsDocx", "clean_text", "environment", "image"]

# XML 1.0 allows tab, newline, carriage return and everything from space up, except surrogates
# and U+FFFE/U+FFFF (https://www.w3.org/TR/xml/#charsets). A vertical tab is Word's manual line
# break when text is pasted out of it, so it becomes "\n", which docxtpl's listing pass turns
# into <w:br/>; the rest cannot be written and are dropped.
_FORBIDDEN = re.compile("[\x00-\x08\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

# lv's functions that change the word tables or read files: a template must not do either
# (a sandboxed template could otherwise read any file or change other documents' words).
_NOT_FILTERS = frozenset({"add_forms", "clear_forms", "load_forms"})

# True while the per-document docxtpl path renders: only there can InlineImage and Subdoc
# add parts (images, styles) to the package.
docx_available: ContextVar[bool] = ContextVar("docx_available", default=False)
# The document that path is rendering: pictures from ``image`` go into its current part.
rendering_docx: ContextVar[Any] = ContextVar("rendering_docx", default=None)


class NeedsDocx(Exception):
    """Raised inside the fast path when a value needs python-docx (an image, a subdocument)."""


def clean_text(text: str) -> str:
    """``text`` with a vertical tab made a newline and other XML-forbidden characters dropped.

    >>> clean_text("a\\x0bb\\x00c")
    'a\\nbc'
    """
    return _FORBIDDEN.sub("", text.replace("\x0b", "\n"))


def _finalize(value: Any) -> Any:
    """Every ``{{ value }}`` passes here before autoescaping."""
    if type(value).__name__ in ("InlineImage", "Subdoc") and not docx_available.get():
        raise NeedsDocx(type(value).__name__)
    if hasattr(value, "__html__"):  # RichText, Markup: already XML, still cleaned
        xml = clean_text(value.__html__())
        if type(value).__name__ == "RichText":
            _check_runs(xml)
        return Markup(xml)
    if isinstance(value, StrictUndefined):
        str(value)  # raises the UndefinedError naming the variable
    return clean_text(str(value))


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
# What docxtpl's RichText writes: runs (in a hyperlink when it has url_id) and run properties.
_RUN_PARTS = frozenset({
    "r", "rPr", "t", "br", "tab", "hyperlink", "color", "highlight", "sz", "szCs", "vertAlign",
    "b", "bCs", "i", "iCs", "u", "strike", "dstrike", "rFonts", "rStyle", "shd", "caps",
    "smallCaps", "noProof", "lang", "cr",
})


def _check_runs(xml: str) -> None:
    """Refuse a RichText whose XML is more than runs: a value put in its ``color``, ``style``
    or ``font`` (docxtpl writes them unescaped) must not open paragraphs or fields.

    >>> _check_runs('<w:r><w:t>a</w:t></w:r></w:p><w:p>')  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    jinja2.exceptions.SecurityError: RichText XML is not well-formed runs: ...
    """
    from lxml import etree

    try:
        root = etree.fromstring(f'<x xmlns:w="{_W}" xmlns:r="{_R}">{xml}</x>')
    except etree.XMLSyntaxError:
        root = None
    bad = root is None or any(
        el.tag.rpartition("}")[2] not in _RUN_PARTS or not el.tag.startswith(f"{{{_W}}}")
        for el in root.iterdescendants() if isinstance(el.tag, str))
    if bad:
        raise SecurityError("RichText XML is not well-formed runs: a value in its color, style "
                            "or font holds XML")


class _Rendering:
    """Stands in for docxtpl's template in ``InlineImage``: the part being rendered now."""

    @property
    def current_rendering_part(self) -> Any:
        return rendering_docx.get().current_rendering_part


def image(photo: Any, width: float | None = None) -> Any:
    """The picture of a data file's photo, ``width`` millimetres wide: ``{{ p|image(80) }}``.

    Only a :class:`reportkit.models.Photo` is accepted, so a template can show the pictures the
    data names and no other file. A missing file is an error naming it.

    >>> image("/etc/passwd")
    Traceback (most recent call last):
    ...
    jinja2.exceptions.TemplateRuntimeError: image: give a photo from the data (photos), not 'str'
    """
    from docx.shared import Mm
    from docxtpl import InlineImage
    from jinja2.exceptions import TemplateRuntimeError

    from reportkit.models import Photo

    if not isinstance(photo, Photo):
        raise TemplateRuntimeError(
            f"image: give a photo from the data (photos), not {type(photo).__name__!r}")
    if not os.path.isfile(photo.file):
        raise TemplateRuntimeError(f"image: no picture file {photo.file!r}")
    return InlineImage(_Rendering(), photo.file, width=None if width is None else Mm(width))


# The most characters or items one expression may build, and the most bits of a power: Jinja's
# sandbox stops range() at 100 000 but lets 'a' * 10**9 or 2 ** 10**10 eat the machine's memory.
MAX_SIZE = 10_000_000
_MAX_POWER_BITS = 100_000


class _SizedCode(CodeGenerator):
    """Compiles ``a ~ b`` as ``environment.sized(a ~ b)``: Jinja joins ``~`` with a plain
    function, not an operator the sandbox sees, so a loop of ``{% set ns.s = ns.s ~ ns.s %}``
    would double a string until memory runs out."""

    def visit_Concat(self, node: Concat, frame: Frame) -> None:
        """Write the join Jinja writes, inside a size check."""
        self.write("environment.sized(")
        super().visit_Concat(node, frame)
        self.write(")")


class _Sandbox(SandboxedEnvironment):
    """Jinja's sandbox with a size limit on ``*``, ``+``, ``**``, ``%``, ``~``, filters and
    method calls (memory bombs)."""

    intercepted_binops = frozenset({"*", "+", "**", "%"})
    code_generator_class = _SizedCode

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        """Refuse a product, sum or power too large to be document text."""
        if operator == "%" and isinstance(left, str):
            _check_widths(left)
        _check_size(operator, left, right)
        return super().call_binop(context, operator, left, right)

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        """A method call (``s.replace(a, b)``, ``s.ljust(n)``) that cannot build a huge value."""
        if isinstance(getattr(__obj, "__self__", None), str):
            _check_str_method(__obj.__self__, __obj.__name__, args)
        return __self.sized(super().call(__context, __obj, *args, **kwargs))

    def wrap_str_format(self, value: Any) -> Any:
        """``str.format`` and ``format_map`` in a template, with no huge field widths."""
        wrapped = super().wrap_str_format(value)
        if wrapped is not None and isinstance(value.__self__, str):
            _check_widths(value.__self__)
        return wrapped

    @staticmethod
    def sized(value: Any) -> Any:
        """``value`` itself, if it is not text or a list longer than ``MAX_SIZE``.

        >>> _Sandbox.sized("a" * (MAX_SIZE + 1))  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        jinja2.exceptions.SecurityError: a value of 10000001 characters or items; the limit is ...
        """
        if isinstance(value, (str, list, tuple, dict)) and len(value) > MAX_SIZE:
            raise SecurityError(f"a value of {len(value)} characters or items; "
                                f"the limit is {MAX_SIZE}")
        return value


def _check_str_method(text: str, name: str, args: tuple[Any, ...]) -> None:
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
def _replace(eval_ctx: Any, value: str, old: str, new: str, count: int | None = None) -> str:
    """Jinja's ``replace`` filter, refusing a result longer than ``MAX_SIZE``."""
    from jinja2.filters import do_replace

    size = _replaced_size(str(value), old, new, -1 if count is None else count)
    if size > MAX_SIZE:
        raise SecurityError(f"replace would make {_short(value)} {size} long; "
                            f"the limit is {MAX_SIZE}")
    return do_replace(eval_ctx, value, old, new, count)


# a field width or precision of seven digits or more: '{:>999999999}', '%999999999s'
_HUGE_WIDTH = re.compile(r"[:%][^{}%\s]*?\d{7}")


def _check_widths(fmt: str) -> None:
    """Refuse a format string that pads a value to millions of characters."""
    if _HUGE_WIDTH.search(fmt):
        raise SecurityError(f"format {_short(fmt)} pads to millions of characters")


def _format(value: str, *args: Any, **kwargs: Any) -> str:
    """Jinja's ``format`` filter (``"%s"|format(x)``), with no huge field widths."""
    from jinja2.filters import do_format

    _check_widths(str(value))
    return do_format(value, *args, **kwargs)


def _center(value: str, width: int = 80) -> str:
    """Jinja's ``center`` filter, refusing a width beyond the size limit."""
    if width > MAX_SIZE:
        raise SecurityError(f"center({width}) is wider than the limit {MAX_SIZE}")
    return str(value).center(width)


def _check_size(operator: str, left: Any, right: Any) -> None:
    """Raise SecurityError when ``left operator right`` would be larger than the limits.

    >>> _check_size("*", "a", 10**9)  # doctest: +ELLIPSIS
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


def _range(*args: int) -> range:
    """Jinja's sandboxed ``range`` whose refusal is a SecurityError like the others."""
    try:
        return safe_range(*args)
    except OverflowError as exc:
        raise SecurityError(str(exc)) from None


@pass_eval_context
def _join(eval_ctx: Any, items: Any, d: str | None = None, attribute: Any = None, *,
          conj: str = "un") -> str:
    """``|join`` is ``lv.join`` (``Vācija, Itālija un Latvija``, ``conj="vai"`` for "or");
    given a separator or an attribute it is Jinja's own: ``|join(", ")``, ``|join(attribute=…)``.
    """
    from jinja2.filters import do_join

    if d is None and attribute is None:
        from reportkit.lv import join

        return join(items, conj=conj)
    return str(do_join(eval_ctx, items, d or "", attribute))


@lru_cache(maxsize=1)
def environment() -> SandboxedEnvironment:
    """The shared sandboxed environment; each name in ``reportkit.lv.__all__`` is a filter.

    >>> environment().autoescape
    True
    """
    from reportkit import lv

    env = _Sandbox(
        autoescape=True, undefined=StrictUndefined, finalize=_finalize, keep_trailing_newline=True
    )
    for name in lv.__all__:
        value = getattr(lv, name)
        if callable(value) and name not in _NOT_FILTERS:
            env.filters[name] = value
    env.globals["range"] = _range
    env.filters["center"] = _center
    env.filters["format"] = _format
    env.filters["image"] = image
    env.filters["join"] = _join
    env.filters["replace"] = _replace
    env.filters.update({name: _sized_filter(f) for name, f in env.filters.items()})
    return env


def _sized_filter(func: Any) -> Any:
    """``func`` with its result checked by :meth:`_Sandbox.sized` (``[s, s]|join`` in a loop).

    Jinja's ``pass_context``-style marks travel with ``wraps``.
    """
    @wraps(func)
    def sized(*args: Any, **kwargs: Any) -> Any:
        return _Sandbox.sized(func(*args, **kwargs))

    return sized
