"""to_pdf's pool when LibreOffice misbehaves: crashes, hangs, cut-short PDFs, a full disk,
Ctrl-C, a run killed outright, 10 000 long names.

LibreOffice is replaced by ``fake_soffice.py`` through ``REPORTKIT_SOFFICE`` (the option users
on Windows and macOS set too). Each test checks what a coordinator would: which PDFs exist and
are whole (their text, by pdftotext), which document the error names, and that no process and
no work folder is left behind.
"""

from __future__ import annotations

import errno
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reportkit import to_pdf
from reportkit.errors import ConversionError
from reportkit.render import pool, soffice
from tests.helpers.docx import fake_documents as documents
from tests.helpers.docx import pdf_text

FAKE = Path(__file__).with_name("fake_soffice.py")


def processes_naming(text: str) -> list[str]:
    listing = subprocess.run(["ps", "-ww", "-eo", "pid,args"], capture_output=True, text=True,
                             check=True).stdout
    return [line for line in listing.splitlines() if text in line]


def assert_clean(temp: Path) -> None:
    """No work folder and no process of the run is left."""
    assert list(temp.iterdir()) == []
    assert processes_naming(str(temp)) == []


def texts(pdfs: list[Path]) -> list[str]:
    return [pdf_text(p).strip() for p in pdfs]


def test_a_crash_once_is_retried_and_every_pdf_is_made(temp: Path, tmp_path: Path) -> None:
    docs = documents(tmp_path / "in", "a1", "b-crashonce", "c3")
    pdfs = to_pdf(docs, tmp_path / "pdf", workers=1)
    assert texts(pdfs) == ["a1", "b-crashonce", "c3"]
    assert_clean(temp)


def test_a_document_that_always_crashes_is_named_and_the_others_are_written(
        temp: Path, tmp_path: Path) -> None:
    docs = documents(tmp_path / "in", "a1", "b-crash", "c3", "d4")
    with pytest.raises(ConversionError) as err:
        to_pdf(docs, tmp_path / "pdf", workers=2)
    assert str(err.value) == (f"{docs[1]}: LibreOffice stopped while converting this document, "
                              "twice (killed by signal 11); open it in Word to see whether it "
                              "is damaged")
    assert err.value.written == [tmp_path / "pdf" / f"{n}.pdf" for n in ("a1", "c3", "d4")]
    assert texts(err.value.written) == ["a1", "c3", "d4"]
    assert sorted(p.name for p in (tmp_path / "pdf").iterdir()) == ["a1.pdf", "c3.pdf", "d4.pdf"]
    assert_clean(temp)


def test_a_hanging_document_times_out_and_its_children_are_ended(
        temp: Path, tmp_path: Path) -> None:
    docs = documents(tmp_path / "in", "a1", "b-child", "c3")
    with pytest.raises(ConversionError) as err:
        to_pdf(docs, tmp_path / "pdf", workers=1, timeout=1.5)
    assert [p.file for p in err.value.problems] == [str(docs[1])]
    assert err.value.problems[0].message.startswith(
        "LibreOffice did not finish this document within 1.5 s, twice;")
    assert texts(err.value.written) == ["a1", "c3"]
    assert_clean(temp)


def test_a_cut_short_pdf_is_refused(temp: Path, tmp_path: Path) -> None:
    docs = documents(tmp_path / "in", "a1", "b-truncated", "c-broken")
    with pytest.raises(ConversionError) as err:
        to_pdf(docs, tmp_path / "pdf")
    assert str(err.value).splitlines() == [
        f"{docs[1]}: LibreOffice wrote a damaged PDF (it is cut short (no end-of-file mark)), "
        "so it was not kept; convert the document again, and if it fails again open it in "
        "Word to check it",
        f"{docs[2]}: LibreOffice produced no PDF for this file"]
    assert [p.name for p in (tmp_path / "pdf").iterdir()] == ["a1.pdf"]
    assert_clean(temp)


def test_a_full_disk_keeps_and_reports_the_pdfs_already_made(
        temp: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    docs = documents(tmp_path / "in", "d1", "d2", "d3", "d4", "d5")
    real_copy = shutil.copyfile
    copies: list[str] = []

    def filling_copy(source: str, destination: str) -> object:
        copies.append(destination)
        if len(copies) == 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_copy(source, destination)

    monkeypatch.setattr(pool.shutil, "copyfile", filling_copy)
    out = tmp_path / "pdf"
    with pytest.raises(ConversionError) as err:
        to_pdf(docs, out, workers=1)
    assert str(err.value).splitlines() == [
        f"{out / 'd3.pdf'}: cannot write here (No space left on device); the disk is full: "
        "free some space or choose another output folder",
        *(f"{d}: not converted: the conversion stopped when {out / 'd3.pdf'} could not be "
          "written" for d in docs[3:])]
    assert err.value.written == [out / "d1.pdf", out / "d2.pdf"]
    assert sorted(p.name for p in out.iterdir()) == ["d1.pdf", "d2.pdf"]  # no .tmp left
    assert texts(err.value.written) == ["d1", "d2"]
    assert_clean(temp)


def test_ctrl_c_ends_libreoffice_and_keeps_the_finished_pdfs(
        temp: Path, tmp_path: Path) -> None:
    docs = documents(tmp_path / "in", "a1", "b-child", "c3")
    seen: list[int] = []

    def interrupt_when_hung(done: int, total: int) -> None:
        seen.append(done)
        if done == 1:
            deadline = time.monotonic() + 10
            while not processes_naming("time.sleep(600)") and time.monotonic() < deadline:
                time.sleep(0.05)  # the child is running: now the user presses Ctrl-C
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        to_pdf(docs, tmp_path / "pdf", workers=1, progress=interrupt_when_hung)
    assert seen == [0, 1]
    assert texts([tmp_path / "pdf" / "a1.pdf"]) == ["a1"]
    assert sorted(p.name for p in (tmp_path / "pdf").iterdir()) == ["a1.pdf"]
    assert_clean(temp)


def test_a_run_killed_outright_is_cleaned_up_at_the_next_start(
        temp: Path, tmp_path: Path) -> None:
    docs = documents(tmp_path / "in", "a-hang")
    code = ("import sys, tempfile; tempfile.tempdir = sys.argv[1]; from reportkit import to_pdf;"
            " to_pdf([sys.argv[2]], timeout=600)")
    child = subprocess.Popen([sys.executable, "-c", code, str(temp), str(docs[0])])
    deadline = time.monotonic() + 30
    while not any("Convert(" in line for line in processes_naming(str(temp))):
        assert time.monotonic() < deadline and child.poll() is None, "the run did not start"
        time.sleep(0.05)
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert len(list(temp.iterdir())) == 1 and processes_naming(str(temp))  # left behind
    [pdf] = to_pdf(documents(tmp_path / "next", "b1"))
    assert texts([pdf]) == ["b1"]
    assert_clean(temp)


def test_ten_thousand_long_names_convert(temp: Path, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "fsync", lambda fd: None)  # durability is not what this is about
    long = "projekta_starpatskaite_" * 9  # 207 characters a name: ~2 MB of names in all
    docs = documents(tmp_path / "in", *(f"{long}{i:05d}" for i in range(10_000)))
    pdfs = to_pdf(docs, tmp_path / "pdf", workers=2)
    assert [p.stem for p in pdfs] == [d.stem for d in docs]
    assert texts([pdfs[0], pdfs[-1]]) == [docs[0].stem, docs[-1].stem]
    assert_clean(temp)


def test_an_os_error_other_than_not_found_gives_no_install_hint(
        temp: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_popen = subprocess.Popen

    def refuse_libreoffice(command: list[str], **kwargs: object) -> object:
        if command[0] == os.environ["REPORTKIT_SOFFICE"]:
            raise OSError(errno.E2BIG, "Argument list too long")
        return real_popen(command, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(soffice.subprocess, "Popen", refuse_libreoffice)
    with pytest.raises(ConversionError) as err:
        to_pdf(documents(tmp_path / "in", "a1"))
    assert str(err.value).startswith("cannot start LibreOffice (")
    assert "Argument list too long" in str(err.value) and "install" not in str(err.value)
    assert_clean(temp)


def test_reportkit_soffice_naming_no_program_says_so(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REPORTKIT_SOFFICE", str(tmp_path / "LibreOffice" / "soffice.exe"))
    with pytest.raises(ConversionError) as err:
        to_pdf(documents(tmp_path / "in", "a1"))
    assert str(err.value) == (
        f"REPORTKIT_SOFFICE (or --soffice) is {str(tmp_path / 'LibreOffice' / 'soffice.exe')!r}, "
        "which is not a program that can be run; give the path of LibreOffice's soffice")


def test_bad_options_are_refused(tmp_path: Path) -> None:
    docs = documents(tmp_path / "in", "a1")
    with pytest.raises(ConversionError, match=r"^workers must be 1 or more \(got 0\)$"):
        to_pdf(docs, workers=0)
    with pytest.raises(ConversionError, match=r"^the timeout must be more than 0 seconds"):
        to_pdf(docs, timeout=0)
