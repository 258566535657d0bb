"""Text as one Unicode form: every text read is NFC-normalised on the way in.

The same letter can be stored two ways: ``ē`` as one code point (NFC, what Windows and Word
type) or as ``e`` followed by a combining macron (NFD, what macOS file names and some copied
text hold). They look the same, but the Latvian rules compare letters, so ``Cēsis`` typed the
second way would be declined ``Cēsī`` and ``Jēkabpils`` would get the wrong gender. Every
reader therefore gives NFC text, keys and values alike:

    >>> import unicodedata
    >>> nfc({"vieta": unicodedata.normalize("NFD", "Cēsis")}) == {"vieta": "Cēsis"}
    True

Normalising never changes what a reader sees: NFC is the canonical form of the same text.
"""

from __future__ import annotations

import unicodedata
from typing import Any

__all__ = ["nfc"]


def nfc(value: Any) -> Any:
    """``value`` with every text in it (keys too) in NFC; other values as they are.

    A list or mapping used twice (a YAML alias) stays one object, used twice.

    >>> nfc(["a", 1, None])
    ['a', 1, None]
    """
    return _nfc(value, {})


def _nfc(value: Any, done: dict[int, Any]) -> Any:
    if isinstance(value, str):
        return value if unicodedata.is_normalized("NFC", value) else unicodedata.normalize(
            "NFC", value)
    if id(value) in done:
        return done[id(value)]
    if isinstance(value, dict):
        mapping: dict[Any, Any] = {}
        done[id(value)] = mapping
        mapping.update((_nfc(k, done), _nfc(v, done)) for k, v in value.items())
        return mapping
    if isinstance(value, list):
        items: list[Any] = []
        done[id(value)] = items
        items.extend(_nfc(v, done) for v in value)
        return items
    return value
