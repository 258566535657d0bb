"""A template can put into a document only the pictures its data names.

Issue 13: a pydantic method on a photo from the data made a new photo pointing anywhere, and
the ``image`` filter took it: ``{{ photos[0].model_copy(update={'file': '/anywhere/scan.png'})
|image(40) }}`` put an outside file into ``word/media/``. Now the sandbox shows no pydantic
methods, and ``image`` takes a photo only if it is one of the data's own, by identity.
"""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportkit import Template, TemplateError, i18n, load
from reportkit.cli import EXIT_USAGE, cli
from reportkit.models import Photo
from reportkit.render.images import given_data, image
from tests.helpers.cli import make_template
from tests.helpers.packages import PICTURE

BUILDERS = {
    "model_copy": "photos[0].model_copy(update={'file': '%s'})",
    "model_validate": "photos[0].model_validate({'file': '%s', 'caption': 'c'})",
    "model_construct": "photos[0].model_construct(file='%s', caption='c')",
}


@pytest.fixture
def office(tmp_path: Path) -> tuple[Path, Path]:
    """A press release with one photo beside it, and a picture outside its folder."""
    folder = tmp_path / "relize"
    folder.mkdir()
    shutil.copy(PICTURE, folder / "foto.png")
    outside = tmp_path / "scan.png"
    shutil.copy(PICTURE, outside)
    data = folder / "relize.yaml"
    data.write_text("kind: press_release\ntitle: Tikšanās\nphotos:\n  - file: foto.png\n"
                    "    caption: Dalībnieki\n", encoding="utf-8")
    return data, outside


def _template(folder: Path, text: str) -> Path:
    return make_template(folder / "veidne.docx", ["{{ title }}", text])


@pytest.mark.parametrize("method", list(BUILDERS))
def test_a_photo_built_by_the_template_is_refused(method: str, office: tuple[Path, Path],
                                                  tmp_path: Path) -> None:
    data, outside = office
    source = "{{ " + BUILDERS[method] % outside + "|image(40) }}"
    template = _template(tmp_path, source)
    out = tmp_path / "out" / "relize.docx"
    with pytest.raises(TemplateError) as caught:
        Template(template).render(load(data), out)
    assert [p.message for p in caught.value.problems] == [
        "unsafe template code: a template reads the data and changes nothing: it cannot use "
        f"'{method}'"]
    assert caught.value.problems[0].paragraph == 2
    assert not out.parent.exists() or list(out.parent.iterdir()) == []
    result = CliRunner().invoke(cli, ["render", str(data), "-t", str(template), "-o", str(out)])
    assert result.exit_code == EXIT_USAGE
    assert result.stderr.splitlines() == [str(caught.value)]
    assert not out.parent.exists() or list(out.parent.iterdir()) == []


def test_the_datas_own_photo_still_goes_in(office: tuple[Path, Path], tmp_path: Path) -> None:
    data, _ = office
    out = Template(_template(tmp_path, "{{ photos[0]|image(40) }}")).render(
        load(data), tmp_path / "relize.docx")
    media = [n for n in zipfile.ZipFile(out).namelist() if n.startswith("word/media/")]
    assert len(media) == 1
    assert zipfile.ZipFile(out).read(media[0]) == PICTURE.read_bytes()


def test_image_takes_the_datas_photo_by_identity_not_by_equal_value(tmp_path: Path) -> None:
    given = Photo(file=str(PICTURE), caption="Dalībnieki")
    twin = Photo(file=str(PICTURE), caption="Dalībnieki")
    assert twin == given and twin is not given
    with given_data({"release": {"photos": [given]}}):
        assert image(given) is not None
        with pytest.raises(Exception, match="image: this photo is not one of the data's photos"):
            image(twin)
    with pytest.raises(Exception, match="image: this photo is not one of the data's photos"):
        image(given)  # outside a render there is no data, so no photo is the data's


def test_image_says_what_it_was_given_in_the_language_chosen(office: tuple[Path, Path],
                                                             tmp_path: Path) -> None:
    data, _ = office
    template = Template(_template(tmp_path, "{{ '/etc/passwd'|image(40) }}"))
    with pytest.raises(TemplateError) as english:
        template.render(load(data), tmp_path / "relize.docx")
    assert english.value.problems[0].message == (
        "image: give a photo from the data (photos), not '/etc/passwd'")
    i18n.set_language("lv")
    with pytest.raises(TemplateError) as latvian:
        template.render(load(data), tmp_path / "relize.docx")
    assert latvian.value.problems[0].message == (
        "image: norādiet fotogrāfiju no datiem (photos), nevis '/etc/passwd'")
    with pytest.raises(Exception, match="image: šī fotogrāfija nav neviena no datu "):
        image(Photo(file=str(PICTURE), caption="Dalībnieki"))
