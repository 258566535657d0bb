"""The sandbox every template runs in: Jinja's ``SandboxedEnvironment`` with autoescaping,
strict names, the data-only policy of :mod:`reportkit.render.policy`, the size limits of
:mod:`reportkit.render.limits` and the filters of :mod:`reportkit.render.filters` (and of
:mod:`reportkit.render.extensions`: a program's own, added before the first template).

    >>> env = environment()
    >>> env.from_string("{{ x }}").render(x="a < b\\x00")
    'a &lt; b\ufffd'
    >>> env.from_string("{{ x.append }}").render(x=[])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    jinja2.exceptions.SecurityError: access to attribute 'append' of 'list' object is unsafe.

Beyond Jinja's sandbox (no ``__globals__`` walks, ``range`` up to 100 000): a template reads
data and calls only the read-only methods :data:`reportkit.render.policy.SAFE_METHODS` lists;
``*``, ``+``, ``**`` and ``%`` are checked before they run, ``~`` (compiled through
``_SizedCode``) and every ``{{ … }}``, filter and method call before and after, the output of a
part as it is written. These are early, friendly refusals; the hard limits of memory and time
are the worker process's (:mod:`reportkit.render.isolation`).
"""

from __future__ import annotations

from functools import lru_cache, update_wrapper
from typing import Any

from jinja2 import StrictUndefined, TemplateSyntaxError
from jinja2.compiler import CodeGenerator, Frame
from jinja2.exceptions import SecurityError
from jinja2.nodes import Concat
from jinja2.sandbox import MAX_RANGE, SandboxedEnvironment, safe_range

from reportkit.i18n import gettext as _

from .extensions import seal, user_filters, user_tests
from .filters import FILTERS
from .jinjawords import OwnSyntaxError
from .limited import limited_lipsum
from .limits import (
    check_size,
    check_str_method,
    check_text,
    check_widths,
    concat,
    sized,
    sized_filter,
)
from .markup import restart_numbering
from .policy import is_data
from .tags import unreadable
from .values import finalize

__all__ = ["environment"]


class _SizedCode(CodeGenerator):
    """Compiles ``a ~ b`` as ``environment.sized_join(join, (a, b))``: Jinja joins ``~`` with a
    plain function, not an operator the sandbox sees, so a loop of
    ``{% set ns.s = ns.s ~ ns.s %}`` would double a string until memory runs out, and
    ``[s] * 10**6 ~ ''`` would print a list a million texts long."""

    def visit_Concat(self, node: Concat, frame: Frame) -> None:
        """Write the join Jinja writes (``CodeGenerator.visit_Concat``), inside a size check."""
        if frame.eval_ctx.volatile:
            join = "(markup_join if context.eval_ctx.volatile else str_join)"
        elif frame.eval_ctx.autoescape:
            join = "markup_join"
        else:
            join = "str_join"
        self.write(f"environment.sized_join({join}, (")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write("))")


def _sized_join(join: Any, items: tuple[Any, ...]) -> Any:
    """``join(items)`` when what the items print as fits the size limit."""
    check_text(list(items), _("joining these with ~"))
    return sized(join(items))


class _Sandbox(SandboxedEnvironment):
    """Jinja's sandbox that shows data and not behaviour, with size limits on ``*``, ``+``,
    ``**``, ``%``, ``~``, filters, method calls and the output (memory bombs)."""

    intercepted_binops = frozenset({"*", "+", "**", "%"})
    code_generator_class = _SizedCode
    sized_join = staticmethod(_sized_join)  # what _SizedCode's compiled ``~`` calls
    concat = staticmethod(concat)  # how a part's output and every block are joined

    def compile(self, source: Any, name: str | None = None, filename: str | None = None,
                raw: Any = False, defer_init: bool = False) -> Any:
        """Jinja's compile, with template code Python cannot take (loops nested 25 deep, a
        number of 5000 digits) said as a syntax error of the template."""
        try:
            return super().compile(source, name, filename, raw, defer_init)
        except (RecursionError, SyntaxError, ValueError) as exc:
            raise _unreadable(exc, name, filename) from None

    def parse(self, source: str, name: str | None = None,
              filename: str | None = None) -> Any:
        """Jinja's parse, with the same refusals as :meth:`compile`."""
        try:
            return super().parse(source, name, filename)
        except (RecursionError, SyntaxError, ValueError) as exc:
            raise _unreadable(exc, name, filename) from None

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        """Fields and read-only methods only (:func:`reportkit.render.policy.is_data`)."""
        return super().is_safe_attribute(obj, attr, value) and is_data(obj, attr, value)

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        """Refuse a product, sum, power or format too large to be document text."""
        check_size(operator, left, right)
        return super().call_binop(context, operator, left, right)

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        """A method call (``s.replace(a, b)``, ``s.ljust(n)``) that cannot build a huge value."""
        owner = getattr(__obj, "__self__", None)
        if isinstance(owner, str):
            args = check_str_method(owner, getattr(__obj, "__name__", ""), args)
        return sized(super().call(__context, __obj, *args, **kwargs))

    def wrap_str_format(self, value: Any) -> Any:
        """``str.format`` and ``format_map`` in a template, with no huge or borrowed widths
        and no values too large to fill in."""
        wrapped = super().wrap_str_format(value)
        if wrapped is None or not isinstance(value.__self__, str):
            return wrapped
        fmt = value.__self__
        check_widths(fmt)

        def checked(*args: Any, **kwargs: Any) -> Any:
            check_widths(fmt, args, kwargs)
            return sized(wrapped(*args, **kwargs))

        return update_wrapper(checked, value)


def _unreadable(exc: Exception, name: str | None, filename: str | None) -> TemplateSyntaxError:
    if isinstance(exc, (RecursionError, SyntaxError)):
        message = _("the tags are nested too deeply to run (loops, conditions or brackets "
                    "inside one another)")
    elif "integer string conversion" in str(exc):
        message = _("a number in the template has more than 4300 digits")
    else:
        message = unreadable(str(exc))
    return OwnSyntaxError(message, 1, name, filename)


def _range(*args: int) -> range:
    """Jinja's sandboxed ``range`` whose refusal is a SecurityError like the others."""
    try:
        return safe_range(*args)
    except OverflowError:
        raise SecurityError(_("range() gives at most {limit} numbers").format(
            limit=MAX_RANGE)) from None


@lru_cache(maxsize=1)
def environment() -> SandboxedEnvironment:
    """The shared sandboxed environment, with the filters of :data:`FILTERS` and those a
    program added (:mod:`reportkit.render.extensions`), every filter size-checked.

    >>> environment().autoescape
    True
    """
    env = _Sandbox(
        autoescape=True, undefined=StrictUndefined, finalize=finalize, keep_trailing_newline=True
    )
    seal()  # the filters and tests a program adds are added before this (extensions)
    env.globals["range"] = _range
    env.globals["lipsum"] = limited_lipsum
    env.globals["restart_numbering"] = restart_numbering
    env.filters.update(FILTERS)
    env.filters.update(user_filters())
    env.filters.update({name: sized_filter(f, name) for name, f in env.filters.items()})
    env.tests.update(user_tests())
    return env
