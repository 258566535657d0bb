"""``render_file``: the steps of ``reportkit render`` as a library call."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportkit import ConversionError, DataError
from reportkit.jobs import render_file
from reportkit.kinds import KINDS
from tests.helpers.docx import body_text

ROOT = Path(__file__).resolve().parents[2]
SEED_003 = ROOT / "examples" / "003_projekta_apraksts.yaml"


def test_without_libreoffice_a_pdf_request_writes_nothing(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    with pytest.raises(ConversionError, match="LibreOffice"):
        render_file(SEED_003, out=tmp_path / "out" / "a.docx", pdf=True)
    assert not (tmp_path / "out").exists()


def test_each_kind_renders_with_its_built_in_template(tmp_path: Path) -> None:
    written = {}
    for example in sorted((ROOT / "examples").glob("*.yaml")):
        (out,) = render_file(example, out=tmp_path / f"{example.stem}.docx")
        written[example.stem] = body_text(out)
    assert {"003_projekta_apraksts", "000_partneru_tiksanas", "005_nosleguma_zinojums"} <= set(
        written)
    assert set(KINDS) == {"project", "press_release", "final_report"}


def test_a_project_file_that_names_a_project_is_one_located_unknown_field(
        tmp_path: Path) -> None:
    valid = (ROOT / "tests" / "bad_inputs" / "_valid_project.yaml").read_text(encoding="utf-8")
    path = tmp_path / "p.yaml"
    path.write_text(valid + "project: cits.yaml\n", encoding="utf-8")
    with pytest.raises(DataError) as err:
        render_file(path, out=tmp_path / "p.docx")
    line = len(valid.splitlines()) + 1
    assert [str(p) for p in err.value.problems] == [
        f"{path}:{line}: project: unknown field; the fields here are: kind, title, code, "
        "programme, applicant, partners, period, aim, description, expected_results, "
        "target_group, mobilities_planned, mobilities, activities, budget, contact, signatory, "
        "website, logos"]
    assert not (tmp_path / "p.docx").exists()
