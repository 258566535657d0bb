"""Opening templates, built-in templates, and render(): output, context kinds, atomic writes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pydantic import BaseModel, computed_field

from reportkit import Template
from reportkit.errors import RenderError, TemplateError
from reportkit.render import template as template_module
from tests.helpers.docx import part_text


def test_missing_file_is_a_template_error_naming_it(tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match=r"^nav\.docx: no such template file$"):
        Template(tmp_path / "nav.docx")


def test_a_text_file_is_not_a_docx(tmp_path: Path) -> None:
    fake = tmp_path / "relize.docx"
    fake.write_text("Šis nav Word dokuments", encoding="utf-8")
    with pytest.raises(TemplateError, match=r"^relize\.docx: not a \.docx file"):
        Template(fake)


def test_a_truncated_docx_is_a_template_error(make, tmp_path: Path) -> None:
    good = make("labs.docx", ["Sveiki"]).read_bytes()
    broken = tmp_path / "bojats.docx"
    broken.write_bytes(good[: len(good) // 2])
    with pytest.raises(TemplateError, match=r"^bojats\.docx: not a \.docx file"):
        Template(broken)


def test_a_zip_without_a_word_document(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "arhivs.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("readme.txt", "nav dokumenta")
    with pytest.raises(TemplateError, match=r"^arhivs\.docx: not a \.docx file \(no Word"):
        Template(path)


def test_builtin_finds_a_template_and_lists_names_when_unknown(
        make, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "templates"
    folder.mkdir()
    make("templates/relize.docx", ["{{ title }}"])
    make("templates/apraksts.docx", ["{{ title }}"])
    monkeypatch.setattr(template_module, "builtin_folder", lambda: folder)
    assert Template.builtin("relize").path == folder / "relize.docx"
    assert Template.builtin("apraksts.docx").variables == {"title"}
    with pytest.raises(TemplateError) as err:
        Template.builtin("atskaite")
    assert str(err.value) == "no built-in template 'atskaite'; built-in: apraksts, relize"


def test_builtin_folder_is_the_packages_templates_folder() -> None:
    assert template_module.builtin_folder() == (
        Path(__file__).parents[2] / "reportkit" / "templates")


def test_render_writes_the_latvian_text_and_creates_folders(make, tmp_path: Path) -> None:
    tpl = Template(make("t.docx", ["Projekts „{{ project.title }}” {{ city }}"]))
    out = tpl.render({"project": {"title": "Administrations go Europe!"}, "city": "Daugavpilī"},
                     tmp_path / "a" / "b" / "relize.docx")
    assert out == tmp_path / "a" / "b" / "relize.docx"
    assert part_text(out) == ["Projekts „Administrations go Europe!” Daugavpilī"]
    assert [p.name for p in out.parent.iterdir()] == ["relize.docx"]  # no temporary left


class Period(BaseModel):
    start: date
    end: date

    @computed_field  # type: ignore[prop-decorator]
    @property
    def months(self) -> int:
        return (self.end.year - self.start.year) * 12 + self.end.month - self.start.month + 1


class Project(BaseModel):
    title: str
    period: Period

    @computed_field  # type: ignore[prop-decorator]
    @property
    def shout(self) -> str:
        return self.title.upper()


def test_a_pydantic_model_gives_its_fields_and_computed_fields_as_names(
        make, tmp_path: Path) -> None:
    tpl = Template(make("t.docx", ["{{ title }} – {{ shout }} – {{ period.months }} mēneši"]))
    project = Project(title="Ābece", period=Period(start=date(2019, 9, 1), end=date(2021, 4, 30)))
    out = tpl.render(project, tmp_path / "p.docx")
    assert part_text(out)[0] == "Ābece – ĀBECE – 20 mēneši"


def test_a_context_that_is_neither_mapping_nor_model(make, tmp_path: Path) -> None:
    tpl = Template(make("t.docx", ["{{ x }}"]))
    with pytest.raises(TypeError, match="must be a mapping or a pydantic model, not list"):
        tpl.render([1, 2], tmp_path / "x.docx")


def test_a_failed_render_leaves_no_file_and_keeps_the_old_one(make, tmp_path: Path) -> None:
    tpl = Template(make("t.docx", ["{{ project.title }}"]))
    out = tmp_path / "relize.docx"
    out.write_bytes(b"old")
    with pytest.raises(TemplateError):
        tpl.render({"project": {}}, out)
    assert out.read_bytes() == b"old"
    with pytest.raises(TemplateError):
        tpl.render({"project": {}}, tmp_path / "new.docx")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["relize.docx", "t.docx"]


def test_a_macro_calling_itself_is_a_located_template_error(make, tmp_path: Path) -> None:
    text = "{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}"
    tpl = Template(make("t.docx", ["Sveiki", text]))
    with pytest.raises(TemplateError) as caught:
        tpl.render({}, tmp_path / "x.docx")
    (problem,) = caught.value.problems
    assert (problem.part, problem.paragraph, problem.text) == ("body", 2, text)
    assert problem.message == "a macro calls itself without end: give it a condition that stops it"
    assert not (tmp_path / "x.docx").exists()


def test_an_unwritable_path_is_a_render_error_with_path_and_hint(make, tmp_path: Path) -> None:
    tpl = Template(make("t.docx", ["{{ x }}"]))
    blocker = tmp_path / "fails.txt"
    blocker.write_text("a file, not a folder")
    with pytest.raises(RenderError) as err:
        tpl.render({"x": 1}, blocker / "out.docx")
    assert str(err.value).startswith(f"{blocker / 'out.docx'}: cannot write here (")
    assert "choose another output folder or check its permissions" in str(err.value)
    with pytest.raises(RenderError, match="the path is a folder; give a file name"):
        tpl.render({"x": 1}, tmp_path)


def test_a_name_pattern_that_indexes_a_number_is_a_render_error(make, tmp_path: Path) -> None:
    tpl = Template(make("t.docx", ["{{ n }}"]))
    with pytest.raises(RenderError, match=r"record 1: cannot make a file name from '\{n\[0\]\}'"):
        tpl.render_many([{"n": 5}], tmp_path, name="{n[0]}")
