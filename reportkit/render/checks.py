"""Static checks of compiled template parts: tag faults and syntax, unknown filters and tests
(with did-you-mean), constant filter arguments (:mod:`reportkit.render.arguments`), and names
the data lacks, said against a pydantic model or a table's columns.

Attribute chains (``project.period.months``) are walked against pydantic model classes: fields,
computed fields and properties, into nested models and the items of lists
(``{% for p in partners %}{{ p.name }}``). Types that are not models are not looked into. For
a table (a batch), the names are its column headers, a dotted header (``partner.name``) nesting.
A name the template tests with ``is defined`` may be missing.
"""

from __future__ import annotations

import difflib
import re
import typing
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from jinja2 import Environment, TemplateSyntaxError, meta, nodes

from reportkit.errors import Problem
from reportkit.i18n import gettext as _

from .arguments import argument_problems
from .compiled import CompiledPart
from .locate import at, syntax_problem, tag_mark
from .structure import structure_problems

__all__ = ["THE_TABLE", "Columns", "check_part", "part_names", "structure_part"]

_UNKNOWN = object()  # a type we cannot look into: anything goes
THE_TABLE = "the table"  # a table not named: messages say "the table" in their language


def part_names(env: Environment, part: CompiledPart) -> set[str]:
    """The top-level names a part reads (empty when it does not parse)."""
    try:
        return set(meta.find_undeclared_variables(env.parse(part.source)))
    except TemplateSyntaxError:
        return set()


@dataclass(frozen=True)
class Columns:
    """A table's column names (dotted ones nest) and how messages name the table.

    >>> Columns.of(["code", "partner.name"]).tree
    {'code': {}, 'partner': {'name': {}}}
    """

    tree: dict[str, Any]
    table: str = THE_TABLE

    @classmethod
    def of(cls, names: Iterable[str], table: str = THE_TABLE) -> Columns:
        """The columns named ``names`` (``partner.name`` is ``name`` inside ``partner``)."""
        tree: dict[str, Any] = {}
        for name in names:
            node = tree
            for piece in name.split("."):
                node = node.setdefault(piece, {})
        return cls(tree, table)

    def dotted(self) -> list[str]:
        """Every column's full name, and every dotted prefix of one: ``partner``,
        ``partner.name``."""
        def walk(node: dict[str, Any], prefix: str) -> Iterator[str]:
            for key, child in node.items():
                yield prefix + key
                yield from walk(child, f"{prefix}{key}.")
        return list(walk(self.tree, ""))


def check_part(env: Environment, file: str, part: CompiledPart, model: type | None,
               columns: Columns | None = None) -> list[Problem]:
    """Every problem of one part: its tag faults or syntax error, else unknown filters and
    tests, wrong filter arguments, and names the model or the table lacks."""
    if part.faults:
        return list(part.faults)
    try:
        tree = env.parse(part.source)
    except TemplateSyntaxError as exc:
        return [syntax_problem(env, file, part.label, part.paragraphs, part.source, exc)]

    def problem(message: str, code: str, node: nodes.Node, *words: str) -> Problem:
        """The problem at ``node``'s paragraph, marking the first tag holding all ``words``."""
        where = at(part.paragraphs, node.lineno)
        patterns = [re.compile(rf"(?<!\w){re.escape(w)}(?!\w)") for w in words]
        mark = tag_mark(where.get("text", ""),
                        lambda tag: all(p.search(tag) for p in patterns))
        return Problem(message, file=file, part=part.label, code=code, **where, mark=mark)

    # a higher cutoff for filter and test names: many are short English words alike
    found = [problem(_("unknown filter '{name}'").format(name=n.name)
                     + _close(n.name, env.filters, 0.75), "template.unknown_filter", n, n.name)
             for n in tree.find_all(nodes.Filter) if n.name not in env.filters]
    found += [problem(_("unknown test '{name}'").format(name=n.name)
                      + _close(n.name, env.tests, 0.75), "template.unknown_test", n, n.name)
              for n in tree.find_all(nodes.Test) if n.name not in env.tests]
    found += [problem(message, "template.argument", n, n.name, word)
              for message, n, word in argument_problems(tree)]
    shapes: list[_Shape] = [s for s in (_model_shape(model), _column_shape(columns)) if s]
    if shapes:
        undeclared = _undeclared(env, tree)
        guarded = _guarded(tree)
        for shape in shapes:
            scope = {name: shape.top(name) for name in undeclared}
            for message, node, word in _walk(tree, scope, shape, guarded):
                found.append(problem(message, "template.name", node, word))
    return sorted(found, key=lambda p: (p.paragraph or 0, p.mark or (0, 0)))


def structure_part(env: Environment, file: str, part: CompiledPart) -> list[Problem]:
    """The problems of a compiled part's place in the document's structure
    (:func:`reportkit.render.structure.structure_problems`); none for a part that does not
    compile: its tags or syntax are reported already."""
    if part.template is None:
        return []
    return structure_problems(env, file, part.label, part.paragraphs, part.source)


def _close(name: str, known: Iterable[str], cutoff: float = 0.6) -> str:
    close = difflib.get_close_matches(name, list(known), n=1, cutoff=cutoff)
    return _(" (did you mean '{name}'?)").format(name=close[0]) if close else ""


def _undeclared(env: Environment, tree: nodes.Template) -> set[str]:
    try:
        names = meta.find_undeclared_variables(tree)
    except TemplateSyntaxError:  # Jinja's code generator stops at an unknown filter or test
        names = {n.name for n in tree.find_all(nodes.Name) if n.ctx == "load"}
    return set(names) - set(env.globals)


def _guarded(tree: nodes.Template) -> set[tuple[str, ...]]:
    """The names and chains the template tests with ``is defined`` / ``is undefined``."""
    found = set()
    for test in tree.find_all(nodes.Test):
        if test.name in ("defined", "undefined"):
            chain = _chain(test.node) if isinstance(test.node, nodes.Getattr) else (
                [test.node.name] if isinstance(test.node, nodes.Name) else None)
            if chain:
                found.add(tuple(chain))
    return found


class _Shape:
    """What the names of a template are checked against."""

    def top(self, name: str) -> Any:
        """The type of a top-level name; None when there is no such name."""
        raise NotImplementedError

    def attribute(self, tp: Any, name: str) -> Any:
        """The type of ``tp.name``: None when it has no such attribute, _UNKNOWN if unknown."""
        raise NotImplementedError

    def item(self, tp: Any) -> Any:
        """The type of an item of ``tp`` (in a for loop)."""
        return _UNKNOWN

    def missing(self, chain: list[str], owner: Any) -> str:
        """The message for the last name of ``chain``, which ``owner`` lacks."""
        raise NotImplementedError


class _ModelShape(_Shape):
    def __init__(self, model: type) -> None:
        self.model = model

    def top(self, name: str) -> Any:
        return _attribute_type(self.model, name)

    def attribute(self, tp: Any, name: str) -> Any:
        return _attribute_type(tp, name)

    def item(self, tp: Any) -> Any:
        return _item_type(tp)

    def missing(self, chain: list[str], owner: Any) -> str:
        if len(chain) == 1:
            return _("'{name}' is not a field of {model}").format(
                name=chain[0], model=self.model.__name__) + _hint(chain[0], self.model)
        return _("'{owner}' has no attribute '{name}'").format(
            owner=".".join(chain[:-1]), name=chain[-1]) + _hint(chain[-1], _model_of(owner))


class _ColumnShape(_Shape):
    def __init__(self, columns: Columns) -> None:
        self.columns = columns

    def top(self, name: str) -> Any:
        return self.columns.tree.get(name)

    def attribute(self, tp: Any, name: str) -> Any:
        if not isinstance(tp, dict) or not tp:
            return _UNKNOWN  # a cell's value: text, a number or a date
        return tp.get(name)

    def missing(self, chain: list[str], owner: Any) -> str:
        name = ".".join(chain)
        if self.columns.table == THE_TABLE:
            message = _("'{name}' is not a column of the table").format(name=name)
        else:
            message = _("'{name}' is not a column of {table}").format(
                name=name, table=self.columns.table)
        return message + _close(name, self.columns.dotted())


def _model_shape(model: type | None) -> _Shape | None:
    return None if model is None else _ModelShape(model)


def _column_shape(columns: Columns | None) -> _Shape | None:
    return None if columns is None else _ColumnShape(columns)


def _walk(node: nodes.Node, scope: dict[str, Any], shape: _Shape,
          guarded: set[tuple[str, ...]]) -> Iterator[tuple[str, nodes.Node, str]]:
    if isinstance(node, nodes.For) and isinstance(node.target, nodes.Name):
        yield from _walk(node.iter, scope, shape, guarded)
        item = shape.item(_resolve(node.iter, scope, shape))
        inner = {**scope, node.target.name: item, "loop": _UNKNOWN}
        for child in [*node.body, *node.else_]:
            yield from _walk(child, inner, shape, guarded)
        return
    if isinstance(node, nodes.Name) and node.ctx == "load" and node.name in scope:
        if scope[node.name] is None and (node.name,) not in guarded:
            yield shape.missing([node.name], None), node, node.name
        return
    if isinstance(node, nodes.Getattr):
        chain = _chain(node)
        if chain is not None:
            yield from _check_chain(chain, scope, shape, node, guarded)
            return
    for child in node.iter_child_nodes():
        yield from _walk(child, scope, shape, guarded)


def _chain(node: nodes.Getattr) -> list[str] | None:
    """``a.b.c`` as ``["a", "b", "c"]``; None when the chain does not start at a name."""
    attrs: list[str] = []
    current: nodes.Node = node
    while isinstance(current, nodes.Getattr):
        attrs.insert(0, current.attr)
        current = current.node
    return [current.name, *attrs] if isinstance(current, nodes.Name) else None


def _check_chain(chain: list[str], scope: dict[str, Any], shape: _Shape, node: nodes.Node,
                 guarded: set[tuple[str, ...]]) -> Iterator[tuple[str, nodes.Node, str]]:
    head = chain[0]
    if head not in scope:
        return
    current = scope[head]
    for i, attr in enumerate(chain[1:], start=1):
        if current is None:
            break
        following = shape.attribute(current, attr)
        if following is None:
            if tuple(chain[:i + 1]) not in guarded:
                yield shape.missing(chain[:i + 1], current), node, attr
            return
        current = following
    if current is None and (head,) not in guarded:
        yield shape.missing([head], None), node, head


def _resolve(node: nodes.Node, scope: dict[str, Any], shape: _Shape) -> Any:
    chain = _chain(node) if isinstance(node, nodes.Getattr) else (
        [node.name] if isinstance(node, nodes.Name) else None)
    if chain is None or scope.get(chain[0]) is None:
        return _UNKNOWN
    current = scope[chain[0]]
    for attr in chain[1:]:
        current = shape.attribute(current, attr) or _UNKNOWN
    return current


def _model_of(tp: Any) -> Any:
    """The pydantic model inside ``tp`` (``Project | None`` gives ``Project``), else None."""
    from pydantic import BaseModel

    if isinstance(tp, type) and issubclass(tp, BaseModel):
        return tp
    models = [a for a in typing.get_args(tp) if isinstance(a, type) and issubclass(a, BaseModel)]
    non_none = [a for a in typing.get_args(tp) if a is not type(None)]
    return models[0] if models and len(non_none) == 1 else None


def _attribute_type(tp: Any, name: str) -> Any:
    """The type of ``tp.name``: ``None`` when the model has no such name."""
    found = _model_of(tp)
    if found is None:
        return _UNKNOWN
    if name in found.model_fields:
        return found.model_fields[name].annotation
    if name in found.model_computed_fields:
        return found.model_computed_fields[name].return_type
    attr = getattr(found, name, None)
    if isinstance(attr, property) and attr.fget is not None:
        return typing.get_type_hints(attr.fget).get("return", _UNKNOWN)
    return _UNKNOWN if callable(attr) and not name.startswith("_") else None


def _item_type(tp: Any) -> Any:
    args = typing.get_args(tp)
    origin = typing.get_origin(tp)
    if origin in (list, tuple, set, frozenset) and args:
        return args[0]
    return _UNKNOWN


def _hint(name: str, model: Any) -> str:
    if model is None:
        return ""
    return _close(name, [*model.model_fields, *model.model_computed_fields])
