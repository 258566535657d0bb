"""JSON data files, parsed as JSON, with the line of every key and list item.

    >>> data, lines, problems = parse('{"kind": "project",\\n\\t"budget": {"total": 22783.00}}',
    ...                               "p.json")
    >>> data["budget"]["total"], lines[("budget", "total")], problems
    (Decimal('22783.00'), 2, [])

The parser is Python's own ``json``, so everything JSON allows is read as JSON defines it:
tabs between values, ``\\ud83d\\ude00`` (one emoji written as two escapes), any escape. Numbers
with decimals are ``Decimal`` from their written text, never float; ``NaN`` and ``Infinity``
(not JSON, but Python writes them) stay text, so a money field refuses them. A key given twice
is a problem at its second line, as in YAML; text is NFC-normalised (:mod:`.text`); the bounds
of :mod:`.bounds` hold.

The line numbers come from the pure-Python scanner the ``json`` module ships beside its C one
(``json.scanner.py_make_scanner`` with ``json.decoder.JSONObject`` and ``JSONArray``): each
value's position is recorded as the scanner reaches it; ``tests/test_dependencies.py`` checks
these are still there.
"""

from __future__ import annotations

import bisect
import json
from decimal import Decimal
from json import decoder, scanner
from typing import Any

from reportkit.errors import DataError, Loc, Problem, dotted
from reportkit.i18n import N_
from reportkit.i18n import gettext as _

from .bounds import Counter, check_number, check_text
from .text import nfc

__all__ = ["parse"]

Lines = dict[Loc, int]

# the json module's pure-Python scanner and its object and array parsers (not in its __all__)
_PY_SCANNER: Any = getattr(scanner, "py_make_scanner")  # noqa: B009
_OBJECT: Any = getattr(decoder, "JSONObject")  # noqa: B009
_ARRAY: Any = getattr(decoder, "JSONArray")  # noqa: B009


def parse(text: str, name: str) -> tuple[Any, Lines, list[Problem]]:
    """The data of a JSON text, the line of every key and item, and the keys given twice;
    text that is not JSON is a DataError at its line (``name`` names the file)."""
    reader = _Reader(text, name)
    try:
        data = reader.decode(text)
    except json.JSONDecodeError as err:
        raise DataError(Problem(_("not valid JSON: {problem}").format(problem=_plain(err.msg)),
                                file=name, line=err.lineno, code="json.syntax")) from None
    except RecursionError:
        raise DataError(Problem(_("nested too deeply to read (lists or fields inside each other "
                                  "hundreds of levels deep)"), file=name,
                                      code="data.too_deep")) from None
    lines: Lines = {(): 1}
    problems = reader.locate(data, (), lines)
    return nfc(data), lines, problems


def _plain(message: str) -> str:
    if message.startswith("Invalid control character"):
        return _("a control character inside quotes (write a tab as \\t, a line break as "
                 "\\n)")
    message = message.removesuffix(" at")
    return _(_JSON[message]) if message in _JSON else message


# What the JSON parser's words mean to the person who wrote the file.
_JSON = {
    "Expecting property name enclosed in double quotes": N_(
        "a field name must stand in double quotation marks (\"title\": …), and no comma may "
        "stand before }"),
    "Expecting ',' delimiter": N_(
        "a comma is missing between two values, or a number starts with 0 (write 10, not 010)"),
    "Expecting ':' delimiter": N_("a colon is missing after a field name (\"title\": …)"),
    "Expecting value": N_("a value is missing, or a text is not in double quotation marks"),
}


class _Reader(json.JSONDecoder):
    """``json.JSONDecoder`` on the pure-Python scanner, recording where each value starts."""

    def __init__(self, text: str, name: str) -> None:
        super().__init__(parse_float=self._decimal, parse_int=self._int,
                         parse_constant=str)
        self.name = name
        self.text = text
        self.breaks = [i for i, c in enumerate(text) if c == "\n"]
        self.counter = Counter(name)
        self.at = 0  # where the value being scanned starts
        # id of a parsed dict or list -> the lines of its keys or items, the keys given twice
        self.places: dict[int, Any] = {}
        self.twice: dict[int, list[tuple[str, int, int]]] = {}
        self.parse_object = self._object
        self.parse_array = self._array
        self.scan_once = _PY_SCANNER(self)

    def line(self, index: int) -> int:
        return bisect.bisect_left(self.breaks, index) + 1

    def _int(self, digits: str) -> int:
        check_number(digits, self.name, self.line(self.at), None)
        return int(digits)

    def _decimal(self, digits: str) -> Decimal:
        check_number(digits, self.name, self.line(self.at), None)
        return Decimal(digits)

    def _recording(self, scan_once: Any, starts: list[int]) -> Any:
        def scan(text: str, index: int) -> Any:
            starts.append(index)
            self.at = index
            self.counter.add(1, self.line(index), None)
            value, end = scan_once(text, index)
            if isinstance(value, str):
                check_text(value, self.name, self.line(index), None)
            return value, end
        return scan

    def _object(self, s_and_end: tuple[str, int], strict: bool, scan_once: Any,
                object_hook: Any, object_pairs_hook: Any, memo: Any) -> tuple[Any, int]:
        starts: list[int] = []
        pairs, end = _OBJECT(s_and_end, strict, self._recording(scan_once, starts),
                                        None, list, memo)
        mapping: dict[str, Any] = {}
        keys: dict[str, int] = {}
        twice = []
        for (key, value), start in zip(pairs, starts, strict=True):
            line = self.line(self.text.rfind(":", 0, start))  # the key's line, not the value's
            if key in keys:
                twice.append((key, line, keys[key]))
            keys[key] = line
            mapping[key] = value
        self.places[id(mapping)] = keys
        self.twice[id(mapping)] = twice
        return mapping, end

    def _array(self, s_and_end: tuple[str, int], scan_once: Any) -> tuple[Any, int]:
        starts: list[int] = []
        items, end = _ARRAY(s_and_end, self._recording(scan_once, starts))
        self.places[id(items)] = [self.line(start) for start in starts]
        return items, end

    def locate(self, value: Any, loc: Loc, lines: Lines) -> list[Problem]:
        """Put the line of every key and item under ``value`` into ``lines``; the keys twice."""
        problems = []
        if isinstance(value, dict):
            for key, line, first in self.twice.get(id(value), []):
                problems.append(Problem(_("given twice (first on line {line})").format(line=first),
                                        file=self.name,
                                        line=line, field=dotted((*loc, nfc(key))),
                                            code="data.duplicate_key"))
            for key, line in self.places.get(id(value), {}).items():
                here: Loc = (*loc, nfc(key))
                lines[here] = line
                problems += self.locate(value[key], here, lines)
        elif isinstance(value, list):
            for i, line in enumerate(self.places.get(id(value), [])):
                at: Loc = (*loc, i)
                lines[at] = line
                problems += self.locate(value[i], at, lines)
        return problems
