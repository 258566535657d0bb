"""The bounds of a data file and the odd shapes a file can take, each a located line."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reportkit.errors import DataError
from reportkit.read import load
from reportkit.read.bounds import MAX_TEXT, MAX_VALUES
from reportkit.read.yamldoc import parse


def problems(path: Path) -> list[str]:
    with pytest.raises(DataError) as err:
        load(path)
    return [str(p) for p in err.value.problems]


def test_a_text_longer_than_any_field_is_refused_at_its_line(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text("kind: project\n\ntitle: " + "ā" * (MAX_TEXT + 1) + "\n", encoding="utf-8")
    assert problems(path) == [f"{path}:3: title: a text of 1 000 001 characters is too long "
                              "(at most 1 000 000 in one field)"]


def test_too_many_values_without_aliases(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    path.write_text('{"kind": "project", "x": [' + ",".join(["1"] * MAX_VALUES) + "]}",
                    encoding="utf-8")
    assert problems(path) == [f"{path}:1: the file holds more than 200 000 values, more than a "
                              "data file may hold"]


def test_a_pipe_is_refused_not_waited_for(tmp_path: Path) -> None:
    pipe = tmp_path / "p.yaml"
    os.mkfifo(pipe)
    assert problems(pipe) == [f"{pipe}: is not a file but a device or pipe, not a data file"]


def test_an_alias_inside_itself_is_read_and_refused_by_its_field(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text("kind: project\ntitle: &a [*a]\n", encoding="utf-8")
    assert f"{path}:2: title: must be text (got […])" in problems(path)


def test_json_nan_and_infinity_are_text_so_money_refuses_them(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    path.write_text('{"kind": "project",\n "budget": {"total": NaN}}', encoding="utf-8")
    assert (f"{path}:2: budget.total: amount 'NaN' is not a number: write it like 22783.00 or "
            "22 783,00") in problems(path)


@pytest.mark.parametrize(("written", "read"), [
    ("010000", 10000), ("011", 11), ("-0", 0), ("1_000", 1000), ("+12", 12),
    ("22783.00", "22783.00"), ("010000.50", "10000.50"), ("1:10", "1:10"), ("0o17", "0o17"),
    ("0x1F", "0x1F"), ("0b11", "0b11"), (".inf", ".inf"), (".nan", ".nan"),
    ("NO", "NO"), ("yes", "yes"), ("off", "off"), ("True", True), ("false", False),
    ("2019-02-30", "2019-02-30"),
])
def test_yaml_scalars_are_read_as_written(written: str, read: object) -> None:
    value = parse(f"a: {written}\n", "p.yaml")[0]["a"]
    assert (str(value) if isinstance(read, str) else value) == read
    assert not isinstance(value, float)
