"""Debian's Latvian spell-checker as an oracle, shared by the lv tests."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterable

import pytest

INSTALL = "install it with `apt-get install hunspell hunspell-lv` (.ci/run does)"


def unknown_words(words: Iterable[str]) -> set[str]:
    """The words hunspell's lv_LV dictionary does not know; fails the test if it cannot run."""
    if shutil.which("hunspell") is None:
        pytest.fail(f"hunspell is missing: {INSTALL}")
    text = "\n".join(sorted(set(words))) + "\n"
    result = subprocess.run(["hunspell", "-d", "lv_LV", "-l"], input=text, capture_output=True,
                            text=True, encoding="utf-8", check=False)
    if result.returncode != 0 or "Can't open" in result.stderr:
        pytest.fail(f"hunspell cannot open lv_LV: {INSTALL} ({result.stderr.strip()})")
    return set(result.stdout.split())
