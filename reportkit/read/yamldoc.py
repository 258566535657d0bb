"""YAML data files: parsed with the line of every key and list item, read as people mean them.

    >>> data, lines, problems = parse("kind: project\\nbudget:\\n  total: 22783.00\\n", "p.yaml")
    >>> data["budget"]["total"], lines[("budget", "total")], problems
    (Decimal('22783.00'), 3, [])

Numbers with decimals are read as ``Decimal`` from their written text, never as float, so
``total: 22783.00`` is exact; only true/false are booleans, so ``NO`` (Norway) stays text, as
YAML 1.2 reads it. A key given twice is a problem, located at its second line.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any

import yaml

from reportkit.errors import DataError, Loc, Problem, dotted

__all__ = ["Lines", "parse"]

Lines = dict[Loc, int]
"""The line of each key and list item, by its path: ``{("budget", "total"): 14}``."""


class _Loader(yaml.SafeLoader):
    """SafeLoader that reads decimals as ``Decimal`` and only true/false as booleans."""


# YAML 1.1 reads yes/no/on/off as booleans, so the country code NO would become false.
_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def _decimal(loader: yaml.SafeLoader, node: yaml.Node) -> Decimal | str:
    text = str(node.value)
    try:
        number = Decimal(text.replace("_", ""))
    except InvalidOperation:
        return text
    return number if number.is_finite() else text


_Loader.add_constructor("tag:yaml.org,2002:float", _decimal)


def _timestamp(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    """A date YAML cannot build (2019-02-30) stays text, so the field reports it located."""
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)  # type: ignore[arg-type]
    except ValueError:
        return str(node.value)


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)


def parse(text: str, name: str) -> tuple[Any, Lines, list[Problem]]:
    """The data of a YAML text, the line of every key and item, and the keys given twice;
    text that is not YAML is a DataError at its line (``name`` names the file)."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, {}, []
        lines: Lines = {(): 1}
        problems = _mark(node, (), lines, name)
        return loader.construct_document(node), lines, problems
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = mark.line + 1 if mark else None
        message = " ".join(p for p in (err.context, err.problem) if p)
        raise DataError(Problem(f"not valid YAML: {message}", file=name, line=line)) from None
    except yaml.YAMLError as err:
        raise DataError(Problem(f"not valid YAML: {err}", file=name)) from None
    except RecursionError:  # PyYAML composes nested lists and mappings recursively
        raise DataError(Problem("nested too deeply to read (lists or fields inside each other "
                                "hundreds of levels deep)", file=name)) from None
    finally:
        loader.dispose()


def _mark(node: yaml.Node, loc: Loc, lines: Lines, name: str) -> list[Problem]:
    """Record the line of every key and list item; report keys given twice."""
    problems: list[Problem] = []
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            here = (*loc, str(key_node.value))
            line = key_node.start_mark.line + 1
            if here in lines:
                problems.append(Problem(f"given twice (first on line {lines[here]})",
                                        file=name, line=line, field=dotted(here)))
            lines[here] = line
            problems += _mark(value_node, here, lines, name)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            at: Loc = (*loc, i)
            lines[at] = item.start_mark.line + 1
            problems += _mark(item, at, lines, name)
    return problems
