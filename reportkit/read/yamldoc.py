"""YAML data files, read as YAML 1.2 with the line of every key and list item.

    >>> data, lines, problems = parse("kind: project\\nbudget:\\n  total: 22783.00\\n", "p.yaml")
    >>> data["budget"]["total"], lines[("budget", "total")], problems
    (Decimal('22783.00'), 3, [])

The parser is ruamel.yaml's, in YAML 1.2 (the YAML of the last fifteen years), so what a person
writes is what the data holds:

- ``010000`` is ten thousand, as written (YAML 1.1 read it as the octal 4096), and ``1:10`` is
  the text ``1:10`` (YAML 1.1: the sexagesimal 70). A whole number is read only from decimal
  digits; ``0o17``, ``0x1F`` and ``0b11`` stay text, so a money or count field refuses them;
- numbers with decimals are ``Decimal`` from their written text, never float, so
  ``total: 22783.00`` is exact; ``.inf`` and ``.nan`` stay text;
- only ``true`` and ``false`` are booleans, so ``NO`` (Norway), ``yes`` and ``on`` stay text;
- a date YAML cannot build (``2019-02-30``) stays text, so its field reports it, located;
- a ``%YAML 1.1`` line at the top changes none of this.

    >>> parse("a: 010000\\nb: 1:10\\nc: 0x1F\\nd: NO\\n", "p.yaml")[0]
    {'a': 10000, 'b': '1:10', 'c': '0x1F', 'd': 'NO'}

A key given twice is a problem, located at its second line. Text is NFC-normalised (see
:mod:`.text`). The file is bounded before anything is built (:mod:`.bounds`): characters YAML
does not allow, numbers longer than any field takes, texts and files too large, and aliases
that repeat parts of the file into more values than a data file holds are each a located
:class:`~reportkit.errors.DataError`.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from reportkit.errors import DataError, Loc, Problem, dotted
from reportkit.i18n import gettext as _

from .bounds import MAX_DEPTH, Counter, check_characters, check_number, check_text
from .text import nfc
from .yamladvice import yaml_problem

if TYPE_CHECKING:
    from ruamel.yaml.nodes import Node

__all__ = ["Lines", "parse"]

Lines = dict[Loc, int]
"""The line of each key and list item, by its path: ``{("budget", "total"): 14}``."""

_DECIMAL_INT = re.compile(r"[-+]?[0-9][0-9_]*")
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"


@lru_cache(maxsize=1)
def _constructor() -> Any:
    """ruamel.yaml's safe constructor, reading numbers and booleans as written (made on first
    use: the models import this package for NFC and must not pay for ruamel.yaml)."""
    from ruamel.yaml.constructor import SafeConstructor

    class Constructor(SafeConstructor):
        def construct_yaml_int(self, node: Any) -> Any:
            text = str(self.construct_scalar(node))
            if _DECIMAL_INT.fullmatch(text) is None:  # 0o17, 0x1F, 0b11, 1:10 (YAML 1.1)
                return text
            return int(text.replace("_", ""))

        def construct_yaml_float(self, node: Any) -> Any:
            text = str(self.construct_scalar(node))
            try:
                number = Decimal(text.replace("_", ""))
            except InvalidOperation:  # 1:10.5 under a YAML 1.1 directive
                return text
            return number if number.is_finite() else text

        def construct_yaml_bool(self, node: Any) -> Any:
            text = str(self.construct_scalar(node))
            return {"true": True, "false": False}.get(text.lower(), text)

        def construct_yaml_timestamp(self, node: Any, values: Any = None) -> Any:
            """A date YAML cannot build (2019-02-30) stays text, so its field reports it."""
            try:
                return super().construct_yaml_timestamp(node, values)
            except ValueError:
                return str(node.value)

    for tag in ("int", "float", "bool", "timestamp"):
        Constructor.add_constructor(f"tag:yaml.org,2002:{tag}",
                                    getattr(Constructor, f"construct_yaml_{tag}"))
    return Constructor


def _yaml() -> Any:
    from ruamel.yaml import YAML

    yaml = YAML(typ="safe", pure=True)  # the pure parser keeps every line exact
    yaml.Constructor = _constructor()
    yaml.allow_duplicate_keys = True  # reported by _Marker, every one, with both lines
    yaml.max_depth = MAX_DEPTH
    return yaml


def parse(text: str, name: str) -> tuple[Any, Lines, list[Problem]]:
    """The data of a YAML text, the line of every key and item, and the keys given twice;
    text that is not YAML is a DataError at its line (``name`` names the file)."""
    from ruamel.yaml.composer import MaxDepthExceededError
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    check_characters(text, name, "YAML")
    yaml = _yaml()
    try:
        node = yaml.compose(text)
        if node is None:
            return None, {}, []
        lines: Lines = {(): 1}
        problems = _Marker(name, lines).mark(node, ())
        return nfc(yaml.constructor.construct_document(node)), lines, problems
    except MaxDepthExceededError as err:
        raise DataError(_too_deep(name, err.problem_mark)) from None
    except MarkedYAMLError as err:
        raise DataError(yaml_problem(err, text, name)) from None
    except YAMLError as err:
        raise DataError(Problem(_("not valid YAML: {problem}").format(problem=err), file=name,
                                code="yaml.syntax")) from None
    except RecursionError:
        raise DataError(_too_deep(name)) from None


def _too_deep(name: str, mark: Any = None) -> Problem:
    return Problem(_("nested too deeply to read (lists or fields inside each other more than "
                     "{depth} levels deep)").format(depth=MAX_DEPTH), file=name,
                   line=mark.line + 1 if mark is not None else None, code="data.too_deep")


class _Marker:
    """One walk over the composed nodes: lines, keys given twice, and the bounds.

    A node reached a second time is an alias (``*name``): its values are counted again, as
    they will be built again for every use, but its lines are not recorded again (a problem
    inside it is located at the line that uses the alias).
    """

    def __init__(self, name: str, lines: Lines) -> None:
        self.name = name
        self.lines = lines
        self.seen: set[int] = set()
        self.sizes: dict[int, int] = {}
        self.counter = Counter(name)

    def mark(self, node: Node, loc: Loc) -> list[Problem]:
        """Record the line of every key and list item under ``node``; report keys given twice."""
        from ruamel.yaml.nodes import MappingNode, ScalarNode, SequenceNode

        if len(loc) > MAX_DEPTH:
            raise DataError(_too_deep(self.name))
        if id(node) in self.seen:
            self.counter.add(self._size(node), self.lines.get(loc), dotted(loc), alias=True)
            return []
        self.seen.add(id(node))
        self.counter.add(1, self.lines.get(loc), dotted(loc))
        if isinstance(node, ScalarNode):
            self._scalar(node, loc)
            return []
        problems: list[Problem] = []
        if isinstance(node, MappingNode):
            for key_node, value_node in node.value:
                here = (*loc, nfc(str(key_node.value)))
                line = key_node.start_mark.line + 1
                if here in self.lines:
                    problems.append(Problem(_("given twice (first on line {line})").format(
                                                line=self.lines[here]),
                                            file=self.name, line=line, field=dotted(here),
                                                code="data.duplicate_key"))
                self.lines[here] = line
                problems += self.mark(value_node, here)
        elif isinstance(node, SequenceNode):
            for i, item in enumerate(node.value):
                at: Loc = (*loc, i)
                self.lines.setdefault(at, item.start_mark.line + 1)
                problems += self.mark(item, at)
        return problems

    def _scalar(self, node: Any, loc: Loc) -> None:
        line, field = self.lines.get(loc), dotted(loc) or None
        value = str(node.value)
        if str(node.tag) in (_INT, _FLOAT):
            check_number(value, self.name, line, field)
        check_text(value, self.name, line, field)

    def _size(self, node: Node) -> int:
        """How many values ``node`` is when built: itself and everything inside it."""
        from ruamel.yaml.nodes import MappingNode, SequenceNode

        key = id(node)
        if key not in self.sizes:
            self.sizes[key] = 0  # a node inside itself (a recursive alias) counts once
            inner: list[Node] = []
            if isinstance(node, MappingNode):
                inner = [n for pair in node.value for n in pair]
            elif isinstance(node, SequenceNode):
                inner = list(node.value)
            self.sizes[key] = 1 + sum(self._size(n) for n in inner)
        return self.sizes[key]
