"""``to_pdf_bytes``: a .docx in memory to its PDF in memory, through a temporary folder that is
removed whatever happens (a converted document, one LibreOffice cannot open, one that hangs
past the timeout, bytes that are no document).

LibreOffice is replaced by ``fake_soffice.py`` (as in ``test_pdf_pool.py``), told what to do by
the document's first bytes; one test converts a rendered document with the real LibreOffice.
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

import pytest

from reportkit import Template, to_pdf_bytes
from reportkit.errors import ConversionError
from tests.helpers.docx import pdf_text
from tests.helpers.templates import soffice_or_fail

FAKE = Path(__file__).with_name("fake_soffice.py")


def assert_clean(temp: Path) -> None:
    """No temporary file or folder and no LibreOffice process of the run is left."""
    assert list(temp.iterdir()) == []
    listing = subprocess.run(["ps", "-ww", "-eo", "args"], capture_output=True, text=True,
                             check=True).stdout
    assert [line for line in listing.splitlines() if str(temp) in line] == []


def test_a_document_in_memory_becomes_its_pdf_in_memory(temp: Path, tmp_path: Path) -> None:
    pdf = to_pdf_bytes(b"PK\x03\x04 a rendered document")
    assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")
    (tmp_path / "got.pdf").write_bytes(pdf)
    assert pdf_text(tmp_path / "got.pdf").strip() == "document"
    assert_clean(temp)


def test_a_document_libreoffice_cannot_open_is_named_and_nothing_is_left(temp: Path) -> None:
    with pytest.raises(ConversionError) as err:
        to_pdf_bytes(b"PK\x03\x04fake:broken", source="relize.docx")
    assert str(err.value) == "relize.docx: LibreOffice produced no PDF for this file"
    assert_clean(temp)
    with pytest.raises(ConversionError) as err:
        to_pdf_bytes(b"PK\x03\x04fake:broken")
    assert [p.file for p in err.value.problems] == ["the document"]
    assert_clean(temp)


def test_a_document_past_the_timeout_is_stopped_and_nothing_is_left(temp: Path) -> None:
    with pytest.raises(ConversionError) as err:
        to_pdf_bytes(b"PK\x03\x04fake:child", timeout=1, source="atskaite.docx")
    assert str(err.value) == ("atskaite.docx: LibreOffice did not finish this document within "
                              "1 s, twice; it may be very large or damaged: open it in Word to "
                              "check it, or give a longer timeout")
    assert_clean(temp)


def test_bytes_that_are_no_document_are_refused_before_any_work(temp: Path) -> None:
    with pytest.raises(ConversionError) as err:
        to_pdf_bytes(b"%PDF-1.4 already a pdf", source="forma")
    assert str(err.value) == ("forma: is not a .docx (a Word document is a zip package; this "
                              "starts with b'%PDF-1.4')")
    with pytest.raises(TypeError, match=r"takes the bytes of a \.docx, not str"):
        to_pdf_bytes("PK")  # type: ignore[arg-type]
    assert_clean(temp)


@pytest.mark.pdf
def test_a_rendered_document_converts_with_libreoffice(make, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    soffice_or_fail()
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    document = Template(make("t.docx", ["Preses relīze: {{ title }}"])).render_bytes(
        {"title": "Novarā, Itālijā"})
    pdf = to_pdf_bytes(document)
    (tmp_path / "relize.pdf").write_bytes(pdf)
    assert pdf_text(tmp_path / "relize.pdf").strip() == "Preses relīze: Novarā, Itālijā"
    assert list(folder.iterdir()) == []
