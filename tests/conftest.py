"""Session fixtures shared by test folders: every template as LibreOffice gives it back."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reportkit.render.template import builtin_folder
from tests.helpers.markup import markup_template
from tests.helpers.templates import (
    LIBREOFFICE_DOCX,
    LIBREOFFICE_ODT,
    certificate_template,
    libreoffice_convert,
    rich_template,
)


@pytest.fixture(scope="session")
def libreoffice_copies(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Path]]:
    """Each template (the built-in ones, the rich test template ``rich``, the certificate
    ``apliecinajums``, the markup template ``markup``) by name: the ``original``, the same
    opened and saved by LibreOffice as ``docx``, and saved as .odt then opened and saved again
    as .docx (``odt``): the two ways a coordinator with LibreOffice brings a template back.
    Converted once per session, three LibreOffice runs in all."""
    folder = tmp_path_factory.mktemp("libreoffice")
    originals = folder / "originals"
    originals.mkdir()
    for template in sorted(builtin_folder().glob("*.docx")):
        shutil.copy(template, originals / template.name)
    rich_template(originals / "rich.docx")
    certificate_template(originals / "apliecinajums.docx")
    markup_template(originals / "markup.docx")
    files = sorted(originals.glob("*.docx"))
    profile = folder / "profile"
    docx = libreoffice_convert(files, LIBREOFFICE_DOCX, folder / "docx", profile)
    odt = libreoffice_convert(files, LIBREOFFICE_ODT, folder / "odt", profile)
    from_odt = libreoffice_convert(odt, LIBREOFFICE_DOCX, folder / "odt_docx", profile)
    return {f.stem: {"original": f, "docx": d, "odt": o}
            for f, d, o in zip(files, docx, from_odt, strict=True)}


@pytest.fixture(scope="session")
def starter_workbooks(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The starter project workbook as ``reportkit new project --xlsx`` writes it
    (``written``), and the same opened and saved by LibreOffice as .xlsx (``xlsx``) and as .ods
    (``ods``): what a coordinator's office program makes of it. Two LibreOffice runs."""
    from reportkit.jobs.workbook import write_workbook_starter
    from tests.helpers.office import through_libreoffice

    folder = tmp_path_factory.mktemp("workbooks")
    written = write_workbook_starter(folder / "projekts.xlsx")
    (xlsx,) = through_libreoffice([written], folder / "libreoffice", to="xlsx")
    (ods,) = through_libreoffice([written], folder / "libreoffice", to="ods")
    return {"written": written, "xlsx": xlsx, "ods": ods}
