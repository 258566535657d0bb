"""The starters and the batch's own problems speak Latvian (issue 18): each message in Latvian
under ``set_language("lv")``, the English one unchanged beside it."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportkit import i18n
from reportkit.errors import DataError, RenderError
from reportkit.jobs import run_batch
from reportkit.jobs.starters import write_starter
from reportkit.jobs.workbook import write_workbook_starter
from tests.helpers.cli import make_template


@pytest.mark.parametrize(("lang", "exists", "folder"), [
    ("en", "already exists; choose another name, or --force to replace it",
     "is a folder; give a file name such as projekts.xlsx"),
    ("lv", "jau pastāv; izvēlieties citu nosaukumu vai --force, lai to aizstātu",
     "ir mape; norādiet faila nosaukumu, piemēram, projekts.xlsx"),
])
def test_a_starter_is_not_written_over_a_file_or_into_a_folder(
        tmp_path: Path, lang: str, exists: str, folder: str) -> None:
    (tmp_path / "projekts.yaml").write_text("mine\n", encoding="utf-8")
    (tmp_path / "projekts.xlsx").write_text("mine\n", encoding="utf-8")
    i18n.set_language(lang)
    with pytest.raises(RenderError) as caught:
        write_starter("project", tmp_path / "projekts.yaml")
    assert str(caught.value) == f"{tmp_path / 'projekts.yaml'}: {exists}"
    with pytest.raises(RenderError) as book:
        write_workbook_starter(tmp_path / "projekts.xlsx")
    assert str(book.value) == f"{tmp_path / 'projekts.xlsx'}: {exists}"
    with pytest.raises(RenderError) as into:
        write_workbook_starter(tmp_path)
    assert str(into.value) == f"{tmp_path}: {folder}"
    assert (tmp_path / "projekts.yaml").read_text(encoding="utf-8") == "mine\n"


def test_a_name_pattern_naming_no_column_in_latvian(tmp_path: Path) -> None:
    template = make_template(tmp_path / "t.docx", ["{{ vards }}"])
    table = tmp_path / "t.csv"
    table.write_text("vards;summa\nAnna;5\n", encoding="utf-8")
    i18n.set_language("lv")
    with pytest.raises(DataError) as caught:
        run_batch(template, table, tmp_path / "out", name="{kods}.docx")
    assert str(caught.value) == (f"{table}: faila nosaukumā '{{kods}}.docx' ir {{kods}}, kas nav "
                                 "kolonna; kolonnas: vards, summa, index, row")
