"""Static checks of compiled template parts: unknown filters and tests, names a model lacks.

Attribute chains (``project.period.months``) are walked against pydantic model classes: fields,
computed fields and properties, into nested models and the items of lists
(``{% for p in partners %}{{ p.name }}``). Types that are not models are not looked into.
"""

from __future__ import annotations

import difflib
import typing
from collections.abc import Iterator
from typing import Any

from jinja2 import Environment, TemplateSyntaxError, meta, nodes

from reportkit.errors import Problem

from .compiled import CompiledPart
from .locate import at, syntax_problem

__all__ = ["check_part", "part_names"]

_UNKNOWN = object()  # a type we cannot look into: anything goes


def part_names(env: Environment, part: CompiledPart) -> set[str]:
    """The top-level names a part reads (empty when it does not parse)."""
    try:
        return set(meta.find_undeclared_variables(env.parse(part.source)))
    except TemplateSyntaxError:
        return set()


def check_part(
    env: Environment, file: str, part: CompiledPart, model: type | None
) -> list[Problem]:
    """Every problem of one part: a syntax error, or unknown filters, tests and names."""
    try:
        tree = env.parse(part.source)
    except TemplateSyntaxError as exc:
        return [syntax_problem(env, file, part.label, part.texts, part.source, exc)]

    def problem(message: str, node: nodes.Node) -> Problem:
        return Problem(message, file=file, part=part.label, **at(part.texts, node.lineno))

    found = [problem(f"unknown filter '{n.name}'", n)
             for n in tree.find_all(nodes.Filter) if n.name not in env.filters]
    found += [problem(f"unknown test '{n.name}'", n)
              for n in tree.find_all(nodes.Test) if n.name not in env.tests]
    if model is not None:
        try:
            undeclared = meta.find_undeclared_variables(tree) - set(env.globals)
        except TemplateSyntaxError:  # Jinja's code generator stops at an unknown filter or test
            undeclared = {n.name for n in tree.find_all(nodes.Name)
                          if n.ctx == "load"} - set(env.globals)
        scope = {name: _field_type(model, name) for name in undeclared}
        for message, node in _walk(tree, scope, model):
            found.append(problem(message, node))
    return sorted(found, key=lambda p: p.paragraph or 0)


def _walk(node: nodes.Node, scope: dict[str, Any], model: type) -> Iterator[tuple[str, nodes.Node]]:
    if isinstance(node, nodes.For) and isinstance(node.target, nodes.Name):
        yield from _walk(node.iter, scope, model)
        item = _item_type(_resolve(node.iter, scope))
        inner = {**scope, node.target.name: item, "loop": _UNKNOWN}
        for child in [*node.body, *node.else_]:
            yield from _walk(child, inner, model)
        return
    if isinstance(node, nodes.Name) and node.ctx == "load" and scope.get(node.name, 0) is None:
        yield f"'{node.name}' is not a field of {model.__name__}{_hint(node.name, model)}", node
        return
    if isinstance(node, nodes.Getattr):
        chain = _chain(node)
        if chain is not None:
            yield from _check_chain(chain, scope, model, node)
            return
    for child in node.iter_child_nodes():
        yield from _walk(child, scope, model)


def _chain(node: nodes.Getattr) -> list[str] | None:
    """``a.b.c`` as ``["a", "b", "c"]``; None when the chain does not start at a name."""
    attrs: list[str] = []
    current: nodes.Node = node
    while isinstance(current, nodes.Getattr):
        attrs.insert(0, current.attr)
        current = current.node
    return [current.name, *attrs] if isinstance(current, nodes.Name) else None


def _check_chain(chain: list[str], scope: dict[str, Any], model: type,
                 node: nodes.Node) -> Iterator[tuple[str, nodes.Node]]:
    head = chain[0]
    if head not in scope:
        return
    current = scope[head]
    if current is None:
        yield f"'{head}' is not a field of {model.__name__}{_hint(head, model)}", node
        return
    for i, attr in enumerate(chain[1:], start=1):
        following = _attribute_type(current, attr)
        if following is None:
            owner = ".".join(chain[:i])
            yield f"'{owner}' has no attribute '{attr}'{_hint(attr, _model_of(current))}", node
            return
        current = following


def _resolve(node: nodes.Node, scope: dict[str, Any]) -> Any:
    chain = _chain(node) if isinstance(node, nodes.Getattr) else (
        [node.name] if isinstance(node, nodes.Name) else None)
    if chain is None or scope.get(chain[0]) is None:
        return _UNKNOWN
    current = scope[chain[0]]
    for attr in chain[1:]:
        current = _attribute_type(current, attr) or _UNKNOWN
    return current


def _model_of(tp: Any) -> Any:
    """The pydantic model inside ``tp`` (``Project | None`` gives ``Project``), else None."""
    from pydantic import BaseModel

    if isinstance(tp, type) and issubclass(tp, BaseModel):
        return tp
    models = [a for a in typing.get_args(tp) if isinstance(a, type) and issubclass(a, BaseModel)]
    non_none = [a for a in typing.get_args(tp) if a is not type(None)]
    return models[0] if models and len(non_none) == 1 else None


def _field_type(model: type, name: str) -> Any:
    """The type of ``model.name``: ``None`` when the model has no such name."""
    return _attribute_type(model, name)


def _attribute_type(tp: Any, name: str) -> Any:
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
    names = [*model.model_fields, *model.model_computed_fields]
    close = difflib.get_close_matches(name, names, n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""
