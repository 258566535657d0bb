"""render_many for batches: names from a function, and a failed record reported while the rest
still render (``on_error``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pytest

from reportkit import Template
from reportkit.errors import RenderError, ReportkitError, TemplateError
from reportkit.lv import amount_in_words
from tests.helpers.docx import part_text


def refusal(amount: str) -> str:
    """What amount_in_words says about a value it refuses: the message the user must see."""
    with pytest.raises(ValueError) as err:
        amount_in_words(amount)
    assert "not a number" in str(err.value)
    return str(err.value)


def test_a_name_function_gets_the_index_and_the_record(make: Callable[..., Path],
                                                       tmp_path: Path) -> None:
    tpl = Template(make("t.docx", ["{{ code }}"]))

    def name(index: int, names: Mapping[str, Any]) -> str:
        return f"{index}-{names['code'].lower()}.docx"

    paths = tpl.render_many([{"code": "A"}, {"code": "B"}], tmp_path / "out", name=name)
    assert [p.name for p in paths] == ["1-a.docx", "2-b.docx"]
    assert part_text(paths[1]) == ["B"]


def test_on_error_gets_the_failed_record_and_the_rest_are_written(
        make: Callable[..., Path], tmp_path: Path) -> None:
    tpl = Template(make("t.docx", ["{{ project.title }}", "{{ amount | amount_in_words }}"]))
    records = [
        {"project": {"title": "A"}, "amount": "10.00"},
        {"project": {}, "amount": "10.00"},  # no title: a template error, located
        {"project": {"title": "C"}, "amount": "desmit"},  # the filter refuses the value
        {"project": {"title": "D"}, "amount": "1"},
    ]
    failed: list[tuple[int, ReportkitError]] = []
    paths = tpl.render_many(records, tmp_path, on_error=lambda i, e: failed.append((i, e)))
    assert [p.name for p in paths] == ["0001.docx", "0004.docx"]
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".docx") == [
        "0001.docx", "0004.docx", "t.docx"]
    assert [i for i, _ in failed] == [2, 3]
    assert isinstance(failed[0][1], TemplateError)
    assert str(failed[0][1]).endswith(
        'body, paragraph 1 ("{{ project.title }}"): \'project\' has no attribute \'title\'')
    assert isinstance(failed[1][1], RenderError)
    assert str(failed[1][1]) == (  # the paragraph shows which field the value came from
        f't.docx, body, paragraph 2 ("{{{{ amount | amount_in_words }}}}"): {refusal("desmit")}')


def test_without_on_error_a_refused_value_stops_the_batch_naming_the_record(
        make: Callable[..., Path], tmp_path: Path) -> None:
    tpl = Template(make("t.docx", ["{{ amount | amount_in_words }}"]))
    with pytest.raises(RenderError) as err:
        tpl.render_many([{"amount": "1"}, {"amount": "x"}], tmp_path / "out")
    assert str(err.value).endswith(f"): record 2: {refusal('x')}")
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["0001.docx"]


def test_a_broken_template_still_stops_before_the_first_record(
        make: Callable[..., Path], tmp_path: Path) -> None:
    tpl = Template(make("t.docx", ["{% if x %} never closed"]))
    failed: list[int] = []
    with pytest.raises(TemplateError, match=r"add \{% endif %\} where it ends"):
        tpl.render_many([{"x": 1}], tmp_path / "out", on_error=lambda i, e: failed.append(i))
    assert failed == [] and not (tmp_path / "out").exists()
