"""Shared by the robustness tests: the examples as plain data, their free-text fields, and text
no one should type but someone will paste."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError

from reportkit import load
from reportkit.render.values import clean_text

EXAMPLES = sorted((Path(__file__).parents[2] / "examples").glob("*.yaml"))
Loc = tuple[str | int, ...]

# Pieces that have broken document generators: markup, Jinja and docxtpl delimiters, XML
# entities, right-to-left text and overrides, emoji sequences, characters XML 1.0 forbids,
# Word's vertical tab, lone surrogates, no-break and zero-width spaces.
PIECES = ["&", "<", ">", '"', "'", "&amp;", "<w:p>", "]]>", "{{ 7*7 }}", "{% if x %}", "{%p",
          "{{r x }}", "{#", "}}", "%}", "{{", "שלום עולם", "مرحبا", "\u202e", "\u200f",
          "👩‍👩‍👧", "🇱🇻", "\x00", "\x0b", "\x0c", "\x1f", "\ufffe", "\t", "\n", "\r\n",
          "\xa0", "\u200b", "Ģirts Ķīsis", "\ud800", "\udfff"]
texts = st.one_of(
    st.text(st.characters(codec=None), min_size=1, max_size=30),  # any code point at all
    st.lists(st.sampled_from(PIECES) | st.text(max_size=4), min_size=1, max_size=8).map("".join),
    st.text(min_size=1, max_size=4).map(lambda s: (s * 10_000)[:10_000]),  # 10 000 characters
)


def plain(value: Any) -> Any:
    """A model as the dict its data file would give: fields only, no derived values."""
    if isinstance(value, BaseModel):
        return {name: plain(getattr(value, name)) for name in type(value).model_fields}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


def text_paths(data: Any, loc: Loc = ()) -> list[Loc]:
    """Where ``data`` holds text."""
    if isinstance(data, dict):
        return [p for k, v in data.items() for p in text_paths(v, (*loc, k))]
    if isinstance(data, list):
        return [p for i, v in enumerate(data) for p in text_paths(v, (*loc, i))]
    return [loc] if isinstance(data, str) else []


def put(data: Any, loc: Loc, value: Any) -> Any:
    """A copy of ``data`` with ``value`` at ``loc``."""
    if not loc:
        return value
    copy = list(data) if isinstance(data, list) else dict(data)
    copy[loc[0]] = put(data[loc[0]], loc[1:], value)  # type: ignore[index]
    return copy


def example(path: Path) -> tuple[type[BaseModel], dict[str, Any], list[Loc]]:
    """An example's model class, its plain data, and the fields that take any text: those that
    still validate when given markup (not codes, countries, kinds, dates; not photo files)."""
    model = load(path)
    cls, data = type(model), plain(model)
    free = []
    for loc in text_paths(data):
        if loc[-1] == "file":
            continue
        try:
            cls.model_validate(put(data, loc, "Teksts & <x> {{ y }}"))
        except ValidationError:
            continue
        free.append(loc)
    return cls, data, free


def shown(text: str) -> str:
    """Text as a reader compares it: NFC and trimmed (the models normalise and trim every
    text; Python's whitespace includes a form feed and ``\x1c``–``\x1f``), the engine's
    cleaning, whitespace runs as one space."""
    return " ".join(clean_text(unicodedata.normalize("NFC", text).strip()).split())


def shown_either(text: str) -> tuple[str, str]:
    """``text`` as the document may show it: cleaned as it is, or (through a filter such as
    ``decline`` that splits words as Python does, at ``\x1c``–``\x1f`` too) word by word."""
    return shown(text), shown(" ".join(text.split()))


SURROGATE = re.compile("[\ud800-\udfff]")
WORD = re.compile(r"\w")


