"""A model survives its own dump: a script can save a project as JSON and read it back."""

from __future__ import annotations

import json
import warnings
from decimal import Decimal
from pathlib import Path

import pytest
from pydantic import ValidationError

from reportkit import DataError, load
from reportkit.jobs import example_files

EXAMPLES = example_files()


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_dump_then_validate_gives_the_same_model(example: Path) -> None:
    model = load(example)
    assert type(model).model_validate(model.model_dump()) == model


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_json_dump_has_no_warnings_and_reads_back(example: Path) -> None:
    model = load(example)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        text = model.model_dump_json()
    assert type(model).model_validate_json(text) == model
    if example.stem == "003_projekta_apraksts":  # money is exact text in JSON, never a float
        assert json.loads(text)["budget"]["total"] == "22783.00"


def test_a_computed_value_given_wrong_is_a_located_problem(tmp_path: Path) -> None:
    valid = (Path(__file__).parents[1] / "bad_inputs" / "_valid_project.yaml").read_text(
        encoding="utf-8")
    path = tmp_path / "p.yaml"
    path.write_text(valid.replace("period: {start: 2019-06-01, end: 2021-01-31}",
                                  "period: {start: 2019-06-01, end: 2021-01-31, months: 99}"),
                    encoding="utf-8")
    with pytest.raises(DataError) as err:
        load(path)
    assert [str(p) for p in err.value.problems] == [
        f"{path}:7: period.months: is computed from the other values (20); leave it out or "
        "correct the values it comes from"]
    path.write_text(valid.replace("end: 2021-01-31}", "end: 2021-01-31, months: 20}"),
                    encoding="utf-8")
    assert load(path).period.months == 20


def test_assignments_are_validated() -> None:
    project = load(EXAMPLES[3])
    assert project.kind == "project" and project.budget is not None
    with pytest.raises(ValidationError, match="amount must not be negative"):
        project.budget.total = -5  # type: ignore[assignment]
    with pytest.raises(ValidationError, match=r"categories: add up to 22783\.00, not the total"):
        project.budget.total = "23 000,00"  # type: ignore[assignment]
    assert project.budget.total == Decimal("22783.00")
    project.budget.prefinancing_percent = "25 %"  # type: ignore[assignment]
    assert project.budget.prefinancing == Decimal("5696.00")
