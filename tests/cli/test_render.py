"""``reportkit render``: one data file into a document, and every way it can go wrong."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from reportkit.render import pdf as pdf_module
from tests.helpers.cli import SEED_003, Run, lines, make_template
from tests.helpers.docx import body_text

SEED_TEXT = "Projekts Inovācijas pieaugušo izglītībā Daugavpils pašvaldībā, 20 mēneši, " \
            "divdesmit divi tūkstoši septiņi simti astoņdesmit trīs eiro 00 centi"


@pytest.fixture
def template(tmp_path: Path) -> Path:
    return make_template(tmp_path / "veidne.docx", [
        "Projekts {{ title }}, {{ period.months }} mēneši, {{ budget.total | amount_in_words }}"])


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return Path(shutil.copy(SEED_003, tmp_path / "projekts.yaml"))


def edited(project: Path, old: str, new: str, name: str = "labots.yaml") -> Path:
    text = project.read_text(encoding="utf-8")
    assert old in text
    out = project.with_name(name)
    out.write_text(text.replace(old, new), encoding="utf-8")
    return out


def test_renders_with_a_template_and_prints_the_file_written(run: Run, template: Path,
                                                             project: Path) -> None:
    result = run("render", project, "-t", template, "-o", "out/apraksts.docx")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "out/apraksts.docx\n", "")
    assert body_text(project.parent / "out" / "apraksts.docx") == [SEED_TEXT]


def test_without_out_the_document_is_named_after_the_data_here(run: Run, template: Path,
                                                               project: Path) -> None:
    result = run("render", project, "-t", template)
    assert result.exit_code == 0 and result.stdout == "projekts.docx\n"
    assert body_text(project.parent / "projekts.docx") == [SEED_TEXT]


def test_out_may_be_a_folder(run: Run, template: Path, project: Path, tmp_path: Path) -> None:
    (tmp_path / "dokumenti").mkdir()
    result = run("render", project, "-t", template, "-o", "dokumenti")
    assert result.exit_code == 0 and result.stdout == "dokumenti/projekts.docx\n"
    assert body_text(tmp_path / "dokumenti" / "projekts.docx") == [SEED_TEXT]


def test_out_ending_in_a_slash_is_a_new_folder(run: Run, template: Path, project: Path,
                                              tmp_path: Path) -> None:
    result = run("render", project, "-t", template, "-o", "jauna/mape/")
    assert result.exit_code == 0 and result.stdout == "jauna/mape/projekts.docx\n"
    assert body_text(tmp_path / "jauna" / "mape" / "projekts.docx") == [SEED_TEXT]


def test_the_built_in_template_for_the_kind(run: Run, project: Path, tmp_path: Path) -> None:
    result = run("render", project, "-o", "apraksts.docx")
    assert (result.exit_code, result.stderr) == (0, "")
    text = " ".join(body_text(tmp_path / "apraksts.docx"))
    assert "2019-1-LV01-KA104-060191" in text
    assert "divdesmit divi tūkstoši septiņi simti astoņdesmit trīs eiro 00 centi" in text


def test_missing_data_file(run: Run, template: Path, tmp_path: Path) -> None:
    result = run("render", "nav.yaml", "-t", template)
    assert (result.exit_code, result.stdout, lines(result.stderr)) == (
        2, "", ["nav.yaml: file not found"])
    assert not (tmp_path / "nav.docx").exists()


def test_wrong_kind(run: Run, project: Path, template: Path) -> None:
    bad = edited(project, "kind: project", "kind: invoice")
    result = run("render", bad, "-t", template)
    assert result.exit_code == 2
    assert lines(result.stderr) == [
        f"{bad}:3: kind: unknown kind 'invoice'; the kinds are: project, press_release, "
        "final_report"
]


def test_invalid_field_is_located_and_nothing_is_written(run: Run, project: Path,
                                                         template: Path) -> None:
    bad = edited(project, "total: 22783.00", "total: -5")
    result = run("render", bad, "-t", template, "-o", "x.docx")
    assert result.exit_code == 2 and result.stdout == ""
    assert lines(result.stderr) == [
        f"{bad}:61: budget.total: amount must not be negative (got -5)"]
    assert not (project.parent / "x.docx").exists()


def test_broken_template_names_the_paragraph(run: Run, project: Path, tmp_path: Path) -> None:
    broken = make_template(tmp_path / "salauzta.docx", ["Sākums", "Otrā {% if x %} rinda"])
    result = run("render", project, "-t", broken, "-o", "x.docx")
    assert result.exit_code == 2
    assert lines(result.stderr) == [
        f'{broken.name}, body, paragraph 2 ("Otrā »{{% if x %}}« rinda"): '
        "'if' is not closed: add {% endif %} where it ends"]
    assert not (tmp_path / "x.docx").exists()


def test_missing_template(run: Run, project: Path) -> None:
    result = run("render", project, "-t", "nav.docx")
    assert (result.exit_code, lines(result.stderr)) == (
        2, ["nav.docx: no such template file"])


def test_unwritable_output_folder(run: Run, project: Path, template: Path,
                                  tmp_path: Path) -> None:
    (tmp_path / "file.txt").write_text("not a folder")
    result = run("render", project, "-t", template, "-o", "file.txt/sub/x.docx")
    assert result.exit_code == 2 and result.stdout == ""
    assert lines(result.stderr) == [
        "file.txt/sub/x.docx: cannot write here (Not a directory); "
        "choose another output folder or check its permissions"]


def test_pdf_without_libreoffice_says_how_to_install_and_writes_nothing(
        run: Run, project: Path, template: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_module.shutil, "which", lambda name: None)
    result = run("render", project, "-t", template, "-o", "x.docx", "--pdf")
    assert result.exit_code == 2
    [line] = lines(result.stderr)
    assert line.startswith("reportkit: LibreOffice (soffice) is not on PATH.")
    assert "apt-get install libreoffice-writer-nogui" in line
    assert not (tmp_path / "x.docx").exists()


@pytest.mark.pdf
def test_pdf_beside_the_document(run: Run, project: Path, template: Path,
                                 tmp_path: Path) -> None:
    result = run("render", project, "-t", template, "-o", "out/x.docx", "--pdf")
    assert (result.exit_code, result.stdout) == (0, "out/x.docx\nout/x.pdf\n")
    text = subprocess.run(["pdftotext", str(tmp_path / "out" / "x.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert "divdesmit divi tūkstoši" in " ".join(text.split())


def test_unknown_option_is_one_line_with_exit_2(run: Run, project: Path) -> None:
    result = run("render", project, "--pfd")
    assert result.exit_code == 2
    assert lines(result.stderr) == [
        "reportkit render: No such option '--pfd'. Did you mean '--pdf'? "
        "(see 'reportkit render --help')"]


def _release_with_outside_photo(folder: Path) -> Path:
    photos = folder / "foto"
    photos.mkdir()
    shutil.copy(next((Path(SEED_003).parent / "foto").glob("*.png")), photos / "a.png")
    data = folder / "dati"
    data.mkdir()
    (data / "relize.yaml").write_text(
        "kind: press_release\ntitle: Tikšanās\npublished: 2015-11-09\nlead: Teksts.\n"
        "photos:\n  - file: ../foto/a.png\n    caption: Dalībnieki\n", encoding="utf-8")
    return data / "relize.yaml"


@pytest.mark.parametrize("command", ["render", "validate"])
def test_photo_outside_the_data_folder_needs_the_flag(run: Run, tmp_path: Path,
                                                      command: str) -> None:
    release = _release_with_outside_photo(tmp_path)
    refused = run(command, release)
    assert refused.exit_code == 2
    assert "photos.1.file: '../foto/a.png' is outside the data file's folder" in refused.stderr
    allowed = run(command, release, "--allow-photos-outside")
    assert allowed.exit_code == 0, allowed.stderr
    if command == "render":
        assert (tmp_path / "relize.docx").is_file()
