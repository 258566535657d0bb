"""The sandbox every template runs in: Jinja's ``SandboxedEnvironment`` with autoescaping,
strict names, the size limits of :mod:`reportkit.render.limits` and the filters of
:mod:`reportkit.render.filters`.

    >>> env = environment()
    >>> env.from_string("{{ x }}").render(x="a < b\\x00")
    'a &lt; b'

Beyond Jinja's sandbox (no ``__globals__`` walks, ``range`` up to 100 000), no expression may
build text or a list longer than ``MAX_SIZE``: ``*``, ``+``, ``**`` and ``%`` are checked before
they run, ``~`` (compiled through ``_SizedCode``), every filter and every method call after.
So a loop that doubles a string stops at the limit with a ``SecurityError`` instead of a
``MemoryError``. Not limited: time. Nested loops (``range(100000)`` inside ``range(100000)``)
or printing a list nested in itself 40 levels deep take as long as they take; run templates you
did not write under a time limit of your own (``timeout 60 reportkit render …``).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from jinja2 import StrictUndefined
from jinja2.compiler import CodeGenerator, Frame
from jinja2.exceptions import SecurityError
from jinja2.nodes import Concat
from jinja2.sandbox import SandboxedEnvironment, safe_range

from .filters import FILTERS
from .limits import check_size, check_str_method, check_widths, sized, sized_filter
from .values import finalize

__all__ = ["environment"]


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
    sized = staticmethod(sized)  # what _SizedCode's compiled ``~`` calls

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        """Refuse a product, sum or power too large to be document text."""
        if operator == "%" and isinstance(left, str):
            check_widths(left)
        check_size(operator, left, right)
        return super().call_binop(context, operator, left, right)

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        """A method call (``s.replace(a, b)``, ``s.ljust(n)``) that cannot build a huge value."""
        if isinstance(getattr(__obj, "__self__", None), str):
            check_str_method(__obj.__self__, __obj.__name__, args)
        return sized(super().call(__context, __obj, *args, **kwargs))

    def wrap_str_format(self, value: Any) -> Any:
        """``str.format`` and ``format_map`` in a template, with no huge field widths."""
        wrapped = super().wrap_str_format(value)
        if wrapped is not None and isinstance(value.__self__, str):
            check_widths(value.__self__)
        return wrapped


def _range(*args: int) -> range:
    """Jinja's sandboxed ``range`` whose refusal is a SecurityError like the others."""
    try:
        return safe_range(*args)
    except OverflowError as exc:
        raise SecurityError(str(exc)) from None


@lru_cache(maxsize=1)
def environment() -> SandboxedEnvironment:
    """The shared sandboxed environment, with the filters of :data:`FILTERS`.

    >>> environment().autoescape
    True
    """
    env = _Sandbox(
        autoescape=True, undefined=StrictUndefined, finalize=finalize, keep_trailing_newline=True
    )
    env.globals["range"] = _range
    env.filters.update(FILTERS)
    env.filters.update({name: sized_filter(f) for name, f in env.filters.items()})
    return env
