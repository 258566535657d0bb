"""What the system says when it refuses a file is told in the language reportkit speaks: the
system's own words are English on every machine."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from reportkit import DataError, i18n, load
from reportkit.i18n import os_reason


@pytest.mark.parametrize(("number", "english", "latvian_words"), [
    (errno.ENOENT, "No such file or directory", "šāda faila vai mapes nav"),
    (errno.EACCES, "Permission denied", "piekļuve liegta"),
    (errno.ENOSPC, "No space left on device", "diskā vairs nav vietas"),
    (errno.EROFS, "Read-only file system", "failu sistēma ir tikai lasīšanai"),
    (errno.ENOTDIR, "Not a directory", "tā nav mape"),
])
def test_the_common_refusals_are_latvian(number: int, english: str, latvian_words: str,
                                         latvian: None) -> None:
    assert os_reason(OSError(number, english)) == latvian_words


def test_english_keeps_the_systems_words_and_an_unknown_refusal_stays_as_said(
        latvian: None) -> None:
    assert os_reason(OSError(errno.ECONNRESET, "Connection reset by peer")) == \
        "Connection reset by peer"
    i18n.set_language("en")
    assert os_reason(OSError(errno.EACCES, "Permission denied")) == "Permission denied"


def test_a_file_open_in_word_on_windows_says_so() -> None:
    exc = PermissionError(errno.EACCES, "The process cannot access the file because it is being "
                                        "used by another process")
    exc.winerror = 32  # type: ignore[attr-defined]  # what Windows sets for a sharing violation
    assert os_reason(exc) == ("the file is open in another program (Word, Excel…): "
                              "close it there")
    i18n.set_language("lv")
    try:
        assert os_reason(exc) == "fails ir atvērts citā programmā (Word, Excel…): aizveriet to tur"
    finally:
        i18n.set_language("en")


def test_a_data_file_that_cannot_be_read_says_why_in_latvian(tmp_path: Path,
                                                            latvian: None) -> None:
    (tmp_path / "fails.txt").write_text("x", encoding="utf-8")
    path = tmp_path / "fails.txt" / "projekts.yaml"  # below a file: the system refuses it
    with pytest.raises(DataError) as caught:
        load(path)
    assert str(caught.value) == f"{path}: nevar nolasīt: tā nav mape"
