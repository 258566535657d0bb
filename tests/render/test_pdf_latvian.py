"""The PDF messages a coordinator can cause, in Latvian: LibreOffice missing, a document that
crashes it or times out, a damaged PDF, and the bad options; the English ones are in
test_pdf_pool.py and tests/cli/test_streams.py.

LibreOffice is the fake of ``fake_soffice.py`` (the ``temp`` fixture), as in test_pdf_pool.py.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportkit import i18n, to_pdf
from reportkit.cli import cli
from reportkit.errors import ConversionError
from reportkit.render import pdf as pdf_module
from reportkit.render.pdfcheck import pdf_flaw
from reportkit.render.soffice import INSTALL_HINT, install_hint, not_found
from tests.helpers.docx import fake_documents as documents

LINUX_HINT_LV = (
    "PDF veidošanai vajag LibreOffice: instalējiet to ar `apt-get install "
    "libreoffice-writer-nogui` (Debian, Ubuntu), `dnf install libreoffice-writer` (Fedora) vai "
    "no https://www.libreoffice.org/download/ un pievienojiet `soffice` PATH ceļam vai arī "
    "norādiet tā ceļu ar --soffice vai vides mainīgo REPORTKIT_SOFFICE")


def test_libreoffice_missing_is_said_in_latvian_with_how_to_install_it(
        latvian: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("REPORTKIT_SOFFICE", raising=False)
    monkeypatch.setattr(shutil, "which", lambda name: None)
    monkeypatch.setattr(pdf_module, "_known_places", lambda: [])
    with pytest.raises(ConversionError) as err:
        to_pdf(documents(tmp_path / "in", "a1"))
    assert str(err.value) == f"LibreOffice (soffice) nav PATH ceļā. {install_hint()}"
    assert install_hint().startswith("PDF veidošanai vajag LibreOffice: instalējiet to ")


def test_libreoffice_missing_through_the_command_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("REPORTKIT_SOFFICE", raising=False)
    monkeypatch.setattr(shutil, "which", lambda name: None)
    monkeypatch.setattr(pdf_module, "_known_places", lambda: [])
    result = CliRunner().invoke(cli, ["--lang", "lv", "render", "x.yaml", "--pdf"],
                                prog_name="reportkit")
    assert result.exit_code == 2
    assert result.stderr.startswith("reportkit: LibreOffice (soffice) nav PATH ceļā. PDF "
                                    "veidošanai vajag LibreOffice: instalējiet to ")


def test_the_install_hint_in_latvian_for_each_system(latvian: None) -> None:
    assert install_hint("linux") == LINUX_HINT_LV
    assert install_hint("win32").startswith(
        "PDF veidošanai vajag LibreOffice: instalējiet to no https://www.libreoffice.org/download/"
        " (reportkit to atradīs mapē C:\\Program Files\\LibreOffice bez papildu iestatījumiem)")
    assert "mapē Applications vai ar `brew install --cask libreoffice`" in install_hint("darwin")
    place = Path("/Applications/LibreOffice.app/Contents/MacOS/soffice")
    assert not_found([place]).startswith(f"LibreOffice (soffice) nav ne PATH ceļā, ne šeit: "
                                         f"{place}. PDF veidošanai")
    assert INSTALL_HINT.startswith("LibreOffice is needed for PDF: ")  # the constant: English


def test_a_document_that_always_crashes_is_named_in_latvian(
        latvian: None, temp: Path, tmp_path: Path) -> None:
    docs = documents(tmp_path / "in", "a1", "b-crash")
    with pytest.raises(ConversionError) as err:
        to_pdf(docs, tmp_path / "pdf", workers=1)
    assert str(err.value) == (f"{docs[1]}: LibreOffice divreiz apstājās, konvertējot šo "
                              "dokumentu (apturēts ar signālu 11); atveriet to Word, lai "
                              "redzētu, vai tas nav bojāts")
    assert err.value.written == [tmp_path / "pdf" / "a1.pdf"]


def test_a_document_that_times_out_is_named_in_latvian(
        latvian: None, temp: Path, tmp_path: Path) -> None:
    docs = documents(tmp_path / "in", "a-hang")
    with pytest.raises(ConversionError) as err:
        to_pdf(docs, tmp_path / "pdf", workers=1, timeout=1.5)
    assert str(err.value) == (f"{docs[0]}: LibreOffice divreiz nepabeidza šo dokumentu 1.5 s "
                              "laikā; tas var būt ļoti liels vai bojāts: atveriet to Word, lai "
                              "to pārbaudītu, vai norādiet garāku laika limitu")


def test_a_damaged_pdf_and_no_pdf_in_latvian(latvian: None, temp: Path, tmp_path: Path) -> None:
    docs = documents(tmp_path / "in", "b-truncated", "c-broken")
    with pytest.raises(ConversionError) as err:
        to_pdf(docs, tmp_path / "pdf")
    assert str(err.value).splitlines() == [
        f"{docs[0]}: LibreOffice uzrakstīja bojātu PDF (tas ir nepilnīgs (nav faila beigu "
        "atzīmes)), tāpēc tas netika saglabāts; konvertējiet dokumentu vēlreiz un, ja atkal "
        "neizdodas, atveriet to Word, lai to pārbaudītu",
        f"{docs[1]}: LibreOffice neizveidoja šī faila PDF"]


def test_what_is_wrong_with_a_pdf_in_both_languages(tmp_path: Path) -> None:
    path = tmp_path / "a.pdf"
    path.write_bytes(b"not a pdf at all")
    assert pdf_flaw(path) == "it is not a PDF (no %PDF- header)"
    i18n.set_language("lv")
    try:
        assert pdf_flaw(path) == "tas nav PDF (nav %PDF- galvenes)"
        assert pdf_flaw(tmp_path / "none.pdf") == "tā nav"
    finally:
        i18n.set_language("en")


def test_bad_options_and_missing_files_in_latvian(latvian: None, tmp_path: Path) -> None:
    docs = documents(tmp_path / "in", "a1")
    with pytest.raises(ConversionError) as err:
        to_pdf(docs, workers=0)
    assert str(err.value) == "workers skaitam jābūt vismaz 1 (ierakstīts: 0)"
    with pytest.raises(ConversionError) as err:
        to_pdf(docs, timeout=0)
    assert str(err.value) == "laika limitam jābūt lielākam par 0 sekundēm (ierakstīts: 0)"
    with pytest.raises(ConversionError) as err:
        to_pdf([tmp_path / "nav.docx"])
    assert str(err.value) == f"{tmp_path / 'nav.docx'}: šāda faila nav"
