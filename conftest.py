"""Every test, and every doctest in reportkit/, runs in English unless it chooses Latvian: the
messages tests compare are the English ones, whatever the machine's LANG says."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from reportkit import i18n


@pytest.fixture(autouse=True)
def _english(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("REPORTKIT_LANG", "en")
    monkeypatch.delenv("LANGUAGE", raising=False)  # restored after the command line sets it
    i18n.set_language("en")
    yield
    i18n.set_language("en")


@pytest.fixture
def latvian() -> Iterator[None]:
    """The test speaks Latvian (``set_language("lv")``); English again after it."""
    i18n.set_language("lv")
    yield
    i18n.set_language("en")
