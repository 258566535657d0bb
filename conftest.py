"""Every test, and every doctest in reportkit/, runs in English unless it chooses Latvian: the
messages tests compare are the English ones, whatever the machine's LANG says."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from reportkit import i18n


@pytest.fixture(autouse=True)
def _english(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("REPORTKIT_LANG", "en")
    monkeypatch.delenv("LANGUAGE", raising=False)
    i18n.set_language("en")
    yield
    i18n.set_language("en")
    # the command line sets LANGUAGE for click; monkeypatch restores only a variable that was
    # there before, so a LANGUAGE=lv left by `--lang lv` reached the next module's subprocesses
    os.environ.pop("LANGUAGE", None)


@pytest.fixture
def latvian() -> Iterator[None]:
    """The test speaks Latvian (``set_language("lv")``); English again after it."""
    i18n.set_language("lv")
    yield
    i18n.set_language("en")
