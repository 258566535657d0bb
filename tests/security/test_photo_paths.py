"""A data file may not put a picture from outside its own folder into a document.

A picture named in ``photos:`` is copied into the .docx, which is then sent out; a data file
received from someone else must not be able to name ``../../etc/passwd``, an absolute path or a
link that leads out. ``load(..., allow_photos_outside=True)`` is the caller's opt-in.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest

from reportkit import DataError, load
from reportkit.jobs import render_file

EXAMPLES = Path(__file__).parents[2] / "examples"
PICTURE = EXAMPLES / "foto" / "partneri.png"


def _release(folder: Path, file: str) -> Path:
    data = folder / "relize.yaml"
    data.write_text("kind: press_release\ntitle: Tikšanās\n"
                    "lead: Partneri tikās.\n"
                    f"photos:\n  - file: {file}\n    caption: Dalībnieki\n", encoding="utf-8")
    return data


@pytest.fixture
def office(tmp_path: Path) -> Path:
    """A press release folder inside an office folder, a picture outside it."""
    folder = tmp_path / "relizes"
    folder.mkdir()
    shutil.copy(PICTURE, tmp_path / "arpus.png")
    return folder


def _one_line(data: Path, **options: bool) -> str:
    with pytest.raises(DataError) as caught:
        load(data, **options)
    assert len(caught.value.problems) == 1
    return str(caught.value)


def test_a_relative_escape_is_refused_with_its_line(office: Path) -> None:
    data = _release(office, "../../etc/passwd")
    assert _one_line(data) == (
        f"{data}:5: photos.1.file: '../../etc/passwd' is outside the data file's folder; "
        "copy the picture into that folder or a folder in it")


def test_an_absolute_path_is_refused(office: Path) -> None:
    data = _release(office, "/etc/passwd")
    assert "photos.1.file: '/etc/passwd' is outside the data file's folder" in _one_line(data)


def test_a_link_leading_out_is_refused(office: Path) -> None:
    (office / "foto.png").symlink_to(office.parent / "arpus.png")
    data = _release(office, "foto.png")
    assert "photos.1.file: 'foto.png' is outside the data file's folder" in _one_line(data)


def test_a_way_out_and_back_in_is_allowed(office: Path) -> None:
    shutil.copy(PICTURE, office / "foto.png")
    release = load(_release(office, "../relizes/./foto.png"))
    assert Path(release.photos[0].file).resolve() == (office / "foto.png").resolve()


def test_pictures_in_a_subfolder_and_by_absolute_path_inside_are_allowed(office: Path) -> None:
    (office / "foto").mkdir()
    shutil.copy(PICTURE, office / "foto" / "a.png")
    assert load(_release(office, "foto/a.png")).photos[0].file == str(office / "foto" / "a.png")
    inside = str(office / "foto" / "a.png")
    assert load(_release(office, inside)).photos[0].file == inside


def test_the_refused_release_renders_nothing(office: Path) -> None:
    data = _release(office, "../arpus.png")
    with pytest.raises(DataError, match="outside the data file's folder"):
        render_file(data, out=office / "relize.docx")
    assert sorted(p.name for p in office.iterdir()) == ["relize.yaml"]


def test_the_opt_in_puts_the_outside_picture_in_the_document(office: Path) -> None:
    data = _release(office, "../arpus.png")
    release = load(data, allow_photos_outside=True)
    assert Path(release.photos[0].file).resolve() == (office.parent / "arpus.png").resolve()
    out = render_file(data, out=office / "relize.docx", allow_photos_outside=True)[0]
    document = docx.Document(str(out))
    assert len(document.inline_shapes) == 1
    assert "Dalībnieki" in "\n".join(p.text for p in document.paragraphs)


def test_a_project_file_in_the_parent_folder_is_not_confined(office: Path) -> None:
    project = (EXAMPLES / "003_projekta_apraksts.yaml").read_text(encoding="utf-8")
    (office.parent / "projekts.yaml").write_text(project, encoding="utf-8")
    data = office / "relize.yaml"
    data.write_text("kind: press_release\ntitle: Tikšanās\nproject: ../projekts.yaml\n",
                    encoding="utf-8")
    release = load(data)
    assert release.project is not None
    assert release.project.title == load(office.parent / "projekts.yaml").title
