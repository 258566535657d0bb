"""Every example loads, derived values are right, and the committed schemas are current."""

import json
import warnings
from decimal import Decimal
from pathlib import Path

import pytest

from reportkit.errors import DataError
from reportkit.models import PressRelease, Project, json_schema
from reportkit.read import load

EXAMPLES = Path(__file__).parents[2] / "examples"


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.yaml")), ids=lambda p: p.name)
def test_every_example_loads_without_warnings(path: Path) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert load(path).kind in {"project", "press_release", "final_report"}


def test_seed_003_months_and_prefinancing() -> None:
    project = load(EXAMPLES / "003_projekta_apraksts.yaml")
    assert isinstance(project, Project)
    assert project.period.months == 20
    assert project.budget is not None
    assert project.budget.total == Decimal("22783.00")
    assert project.budget.prefinancing == Decimal("4557.00")
    assert project.mobilities_count == 11
    assert project.code is not None and project.code.key_action == "KA104"
    assert project.signatory is not None
    assert project.signatory.signature_text == "(personiskais paraksts)"
    dumped = project.model_dump()
    assert dumped["period"]["months"] == 20
    assert dumped["budget"]["prefinancing"] == Decimal("4557.00")


def test_seed_000_partner_countries_in_order() -> None:
    release = load(EXAMPLES / "000_partneru_tiksanas.yaml")
    assert isinstance(release, PressRelease) and release.project is not None
    assert release.project.partner_countries == ["DE", "IT", "HU", "DK"]
    assert release.project.mobilities_count == 21


def test_seed_002_two_day_event_and_norway_statement() -> None:
    release = load(EXAMPLES / "002_tikla_sanaksme.yaml")
    assert isinstance(release, PressRelease) and release.event and release.project
    assert not release.event.one_day
    assert release.project.programme.name == "Norvēģijas finanšu instruments"
    assert release.prepared_by is not None and release.prepared_by.phone == "65425102"


def test_seed_004_lists_seven_projects_with_codes() -> None:
    release = load(EXAMPLES / "004_seminars_koordinatoriem.yaml")
    assert isinstance(release, PressRelease)
    assert len(release.projects) == 7
    first = release.projects[0]
    assert first.code is not None and first.code.partner == 5
    assert release.projects[4].code is not None and release.projects[4].code.sector == "SCH"
    assert release.prepared_by_label == "Atziņas apkopoja"


@pytest.mark.parametrize("kind", ["project", "press_release", "final_report"])
def test_committed_schema_is_what_json_schema_gives(kind: str) -> None:
    committed = json.loads((EXAMPLES / "schema" / f"{kind}.json").read_text(encoding="utf-8"))
    assert committed == json_schema(kind)


def test_unknown_schema_kind_lists_kinds() -> None:
    with pytest.raises(DataError, match="the kinds are: project, press_release, final_report"):
        json_schema("invoice")

