"""Fixtures of the lv tests."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import pytest

from tests.helpers.hunspell import unknown_words


@pytest.fixture
def hunspell() -> Callable[[Iterable[str]], set[str]]:
    """``hunspell(words)`` → the words the lv_LV dictionary does not know."""
    return unknown_words
