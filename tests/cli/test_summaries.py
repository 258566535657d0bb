"""The one-line summaries of ``validate`` and ``batch``, for each kind, in both languages."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from reportkit import i18n, load
from reportkit.cli.summaries import batch_summary, data_summary
from reportkit.jobs.batch import BatchResult
from tests.helpers.cli import EXAMPLES

TITLE = "“Inovācijas pieaugušo izglītībā Daugavpils pašvaldībā”"


@pytest.mark.parametrize(("example", "english", "latvian"), [
    ("000_partneru_tiksanas", "press release “Pieredzes apmaiņa komunikācijas jomā projekta "
     "„Administrati…”", "preses relīze “Pieredzes apmaiņa komunikācijas jomā projekta "
     "„Administrati…”"),
    ("003_projekta_apraksts", f"project 2019-1-LV01-KA104-060191 {TITLE} 20 months",
     f"projekts 2019-1-LV01-KA104-060191 {TITLE} 20 mēneši"),
    ("005_nosleguma_zinojums", f"final report 2019-1-LV01-KA104-060191 {TITLE} spent 21390.00 "
     "of 22783.00", f"noslēguma ziņojums 2019-1-LV01-KA104-060191 {TITLE} iztērēti 21390.00 "
     "no 22783.00"),
])
def test_a_data_files_summary_names_its_kind_in_the_language_spoken(
        example: str, english: str, latvian: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the examples' texts not confirmed official
        model = load(EXAMPLES / f"{example}.yaml")
    assert data_summary(model) == english
    i18n.set_language("lv")
    try:
        assert data_summary(model) == latvian
    finally:
        i18n.set_language("en")


def test_a_batch_summary_in_latvian() -> None:
    result = BatchResult(table="t.csv", rows=2)
    i18n.set_language("lv")
    try:
        assert batch_summary(result, Path("out")) == "uzrakstīti dokumenti: 0 no 2, mapē out"
    finally:
        i18n.set_language("en")
