"""``reportkit.load`` of a text stream or a mapping and ``reportkit.loads`` of a text, as a
script or a web service gives them: the same models and the same located problems as a file,
named by ``source``, and the mapping given never changed."""

from __future__ import annotations

import copy
import datetime as dt
import io
import json
import shutil
import sqlite3
import types
import warnings
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import reportkit
from reportkit import DataError, FinalReport, PressRelease, Project

EXAMPLES = Path(__file__).parents[2] / "examples"
PROJECT = """\
kind: project
title: Inovācijas pieaugušo izglītībā
programme: {scheme: erasmus_plus_2014_2020}
applicant: {name: Daugavpils pilsētas Izglītības pārvalde}
period: {start: 2019-06-01, end: 2021-01-31}
budget: {total: 22783.00, prefinancing_percent: 20}
"""
FIELDS: dict[str, Any] = {
    "kind": "project", "title": "Inovācijas pieaugušo izglītībā",
    "programme": {"scheme": "erasmus_plus_2014_2020"},
    "applicant": {"name": "Daugavpils pilsētas Izglītības pārvalde"},
    "period": {"start": dt.date(2019, 6, 1), "end": "2021-01-31"},
    "budget": {"total": Decimal("22783.00"), "prefinancing_percent": 20},
    "partners": [{"name": "Liceo Galilei", "country": "IT"}],
}


def messages(err: pytest.ExceptionInfo[DataError]) -> list[str]:
    return [str(p) for p in err.value.problems]


def test_a_text_a_stream_and_a_mapping_give_the_model_a_file_gives(tmp_path: Path) -> None:
    path = tmp_path / "projekts.yaml"
    path.write_text(PROJECT, encoding="utf-8")
    from_file = reportkit.load(path)
    assert reportkit.loads(PROJECT) == from_file
    assert reportkit.load(io.StringIO(PROJECT)) == from_file
    with path.open(encoding="utf-8") as stream:
        assert reportkit.load(stream) == from_file
    mapping = {**FIELDS}
    del mapping["partners"]
    assert reportkit.load(mapping) == from_file
    assert isinstance(from_file, Project) and from_file.budget is not None
    assert from_file.budget.prefinancing == Decimal("4556.60")


def test_loading_never_changes_the_mapping_given() -> None:
    given = copy.deepcopy(FIELDS)
    given["title"] = "Ce\u0304sis"  # NFD, as macOS writes it: the model gets NFC
    before = copy.deepcopy(given)
    project = reportkit.load(given, kind="project")
    assert project.title == "Cēsis"
    assert given == before and given["title"] == "Ce\u0304sis"
    assert given["period"]["end"] == "2021-01-31" and given["partners"][0] == before["partners"][0]


def test_a_read_only_mapping_and_a_database_row_load() -> None:
    assert reportkit.load(types.MappingProxyType(FIELDS)).title == FIELDS["title"]
    db = sqlite3.connect(":memory:")
    db.row_factory = sqlite3.Row
    row = db.execute("SELECT 'press_release' AS kind, 'Skolēni Itālijā' AS title").fetchone()
    with pytest.raises(TypeError, match=r"not Row; for a database row, dict\(row\)"):
        reportkit.load(row)
    assert reportkit.load(dict(row)).title == "Skolēni Itālijā"


def test_problems_are_located_and_named_by_source() -> None:
    text = PROJECT.replace("total: 22783.00", "total: -5").replace("title:", "titel:")
    with pytest.raises(DataError) as err:
        reportkit.loads(text, source="forma")
    assert messages(err) == [
        "forma:1: title: is required",
        "forma:6: budget.total: amount must not be negative (got -5)",
        "forma:2: titel: unknown field; did you mean 'title'?"]
    assert [(p.file, p.line, p.field) for p in err.value.problems][1] == (
        "forma", 6, "budget.total")
    with pytest.raises(DataError) as err:  # no source: the line alone, no file
        reportkit.loads(text)
    assert messages(err)[1] == "line 6: budget.total: amount must not be negative (got -5)"
    assert err.value.problems[1].file is None


def test_a_mapping_is_located_by_field_and_a_stream_by_its_name(tmp_path: Path) -> None:
    with pytest.raises(DataError) as err:
        reportkit.load({**FIELDS, "budget": {"total": "-5"}}, source="tīmekļa forma")
    assert messages(err) == ["tīmekļa forma: budget.total: amount must not be negative "
                             "(got -5)"]
    with pytest.raises(DataError) as err:
        reportkit.load({**FIELDS, "budget": {"total": "-5"}})
    assert messages(err) == ["budget.total: amount must not be negative (got -5)"]
    path = tmp_path / "p.yaml"
    path.write_text(PROJECT.replace("2019-06-01", "2019-02-30"), encoding="utf-8")
    with path.open(encoding="utf-8") as stream, pytest.raises(DataError) as err:
        reportkit.load(stream)
    assert messages(err) == [f"{path}:5: period.start: must be a date like 2019-06-01 "
                             "(got '2019-02-30')"]


def test_kind_fills_in_refuses_another_and_is_checked() -> None:
    release = reportkit.loads("title: Skolēni Itālijā\npublished: 2024-05-06\n",
                              kind="press_release")
    assert isinstance(release, PressRelease) and release.published == dt.date(2024, 5, 6)
    with pytest.raises(DataError) as err:
        reportkit.loads("kind: press_release\ntitle: T\n", kind="project", source="p.yaml")
    assert messages(err) == ["p.yaml:1: kind: must be 'project' here (got 'press_release')"]
    with pytest.raises(DataError) as err:
        reportkit.loads("title: T\n")
    assert messages(err) == ["line 1: kind: is required: one of project, press_release, "
                             "final_report"]
    with pytest.raises(DataError, match="unknown kind 'projekt'"):
        reportkit.loads("title: T\n", kind="projekt")  # type: ignore[call-overload]


def test_json_is_read_as_json_by_format_or_by_the_source_name() -> None:
    text = '{"kind": "project",\n\t"title": "T", "period": {"start": "2019-06-01",\n' \
           '"end": "2021-01-31"}, "budget": {"total": 22783.10},\n' \
           '"programme": {"scheme": "erasmus_plus_2014_2020"}, "applicant": {"name": "A"}}'
    for project in (reportkit.loads(text, format="json"),
                    reportkit.loads(text, source="dati.json"),
                    reportkit.load(io.StringIO(text), format="json")):
        assert isinstance(project, Project) and project.budget is not None
        assert project.budget.total == Decimal("22783.10")
    with pytest.raises(DataError) as err:
        reportkit.loads('{"kind": "project",\n"title": }', source="dati.json")
    assert messages(err) == ["dati.json:2: not valid JSON: a value is missing, or a text is not "
                             "in double quotation marks"]


def test_a_dump_loads_back_as_an_equal_model() -> None:
    for example in ("003_projekta_apraksts", "004_seminars_koordinatoriem",
                    "005_nosleguma_zinojums"):
        model = reportkit.load(EXAMPLES / f"{example}.yaml", allow_photos_outside=True)
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # a dump gives no warning, and loads back without
            again = reportkit.load(model.model_dump(), allow_photos_outside=True)
            text = model.model_dump_json()
            assert reportkit.loads(text, format="json", allow_photos_outside=True) == model
        assert again == model and type(again) is type(model)
    assert isinstance(model, FinalReport)


def test_photos_of_a_text_or_mapping_are_named_relative_to_folder(tmp_path: Path) -> None:
    shutil.copy(EXAMPLES / "foto" / "logo.png", tmp_path / "logo.png")
    text = "kind: press_release\ntitle: T\nphotos:\n  - {file: logo.png, caption: Logo}\n"
    release = reportkit.loads(text, folder=tmp_path)
    assert isinstance(release, PressRelease)
    assert release.photos[0].file == str(tmp_path / "logo.png")
    with pytest.raises(DataError) as err:
        reportkit.loads(text.replace("logo.png", "../logo.png"), folder=tmp_path / "sub",
                        source="forma")
    assert messages(err) == [f"forma:4: photos.1.file: '../logo.png' is outside the folder "
                             f"'{tmp_path / 'sub'}'; copy the picture into that folder or a "
                             "folder in it"]
    data = {"kind": "press_release", "title": "T", "photos": [{"file": "logo.png",
                                                               "caption": "Logo"}]}
    assert reportkit.load(data, folder=tmp_path).photos[0].file == str(tmp_path / "logo.png")
    assert data["photos"] == [{"file": "logo.png", "caption": "Logo"}]


def test_a_stream_from_a_file_finds_its_photos_and_project_beside_it(tmp_path: Path) -> None:
    shutil.copy(EXAMPLES / "foto" / "logo.png", tmp_path / "logo.png")
    (tmp_path / "projekts.yaml").write_text(PROJECT, encoding="utf-8")
    path = tmp_path / "relize.yaml"
    path.write_text("kind: press_release\ntitle: T\nproject: projekts.yaml\n"
                    "photos:\n  - {file: logo.png, caption: Logo}\n", encoding="utf-8")
    with path.open(encoding="utf-8") as stream:
        release = reportkit.load(stream)
    assert isinstance(release, PressRelease) and release.project is not None
    assert release.project.title == "Inovācijas pieaugušo izglītībā"
    with pytest.raises(DataError) as err:
        reportkit.load(io.StringIO(path.read_text(encoding="utf-8")), folder=tmp_path / "cits",
                       source="forma")
    assert messages(err)[0] == (f"forma:3: project: no project file 'projekts.yaml' in the "
                                f"folder '{tmp_path / 'cits'}'")


def test_bytes_and_byte_streams_are_refused_with_what_to_do() -> None:
    with pytest.raises(TypeError, match=r"not bytes: decode it first \(data.decode"):
        reportkit.loads(PROJECT.encode("utf-8"))  # type: ignore[call-overload]
    with pytest.raises(TypeError, match="not a byte stream: open the file as text"):
        reportkit.load(io.BytesIO(PROJECT.encode("utf-8")))  # type: ignore[call-overload]
    with pytest.raises(TypeError, match="a text stream or a mapping, not list"):
        reportkit.load([FIELDS])  # type: ignore[call-overload]
    with pytest.raises(ValueError, match=r"for the data itself as a text, use reportkit\.loads"):
        reportkit.load(PROJECT)
    with pytest.raises(ValueError, match="folder= and format= are for streams and mappings"):
        reportkit.load("p.yaml", format="json")


def test_texts_and_mappings_keep_the_bounds_of_a_data_file() -> None:
    with pytest.raises(DataError) as err:
        reportkit.loads("title: " + "a" * 11 * 2**20, source="forma")
    assert messages(err) == ["forma: is 11 MiB, larger than a data file may be (10 MiB)"]
    with pytest.raises(DataError) as err:
        reportkit.load({**FIELDS, "title": "a" * 1_000_001})
    assert messages(err) == ["title: a text of 1 000 001 characters is too long (at most "
                             "1 000 000 in one field)"]
    deep: dict[str, Any] = {}
    inner = deep
    for _ in range(150):
        inner["a"] = {}
        inner = inner["a"]
    with pytest.raises(DataError, match="nested too deeply to read"):
        reportkit.load({**FIELDS, "extra": deep})
    looped: dict[str, Any] = {"kind": "project"}
    looped["self"] = looped  # a mapping inside itself
    with pytest.raises(DataError, match="nested too deeply to read"):
        reportkit.load(looped)
    with pytest.raises(DataError, match="more than 200 000 values"):
        reportkit.load({**FIELDS, "body": ["x"] * 200_001})


def test_a_json_request_with_floats_is_refused_where_money_is() -> None:
    parsed = json.loads('{"kind": "project", "title": "T", "budget": {"total": 22783.1}}')
    with pytest.raises(DataError) as err:
        reportkit.load(parsed, kind="project", source="pieprasījums")
    assert any(p.field == "budget.total" and "float" in p.message for p in err.value.problems)
