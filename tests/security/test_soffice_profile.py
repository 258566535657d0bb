"""LibreOffice with reportkit's private profile converts a .docx without fetching anything.

A real ``soffice`` converts documents whose picture is linked, not embedded, to an address on
a local HTTP server that counts requests and to a local file. With a fresh default profile it
fetches both (the control: the test can see fetching); with :func:`write_profile` it makes no
request and the PDF holds no picture. Templates saved by LibreOffice are read as before.
"""

from __future__ import annotations

import shutil
import subprocess
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from reportkit import Template, TemplateError
from reportkit.render.soffice_profile import installation, write_profile
from reportkit.render.template import builtin_folder, builtin_names
from tests.helpers.packages import PICTURE, linked_picture
from tests.helpers.templates import soffice_or_fail


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[str, list[str]]]:
    """A local HTTP server that serves a picture to every request and writes down its path."""
    hits: list[str] = []
    picture = PICTURE.read_bytes()

    class Picture(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            hits.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.send_header("Content-Length", str(len(picture)))
            self.end_headers()
            self.wfile.write(picture)

        do_HEAD = do_POST = do_PROPFIND = do_OPTIONS = do_GET

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Picture)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", hits
    httpd.shutdown()
    httpd.server_close()


def _convert(profile_argument: str, sources: list[Path], out: Path, to: str = "pdf") -> None:
    subprocess.run([soffice_or_fail(), profile_argument, "--headless", "--norestore",
                    "--convert-to", to, "--outdir", str(out), *map(str, sources)],
                   check=True, capture_output=True, timeout=240)


def _pictures(pdf: Path) -> int:
    tool = shutil.which("pdfimages") or pytest.fail("pdfimages (poppler-utils) is not on PATH")
    listing = subprocess.run([tool, "-list", str(pdf)], check=True, capture_output=True,
                             text=True).stdout.splitlines()
    return len(listing) - 2  # two header lines, then one line per picture


@pytest.fixture(scope="module")
def linked(tmp_path_factory: pytest.TempPathFactory,
           server: tuple[str, list[str]]) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("linked")
    secret = folder / "slepens.png"
    shutil.copy(PICTURE, secret)
    return {"http": linked_picture(folder / "http.docx", f"{server[0]}/skaita.png"),
            "file": linked_picture(folder / "file.docx", secret.as_uri())}


def test_a_default_profile_fetches_the_linked_pictures(linked: dict[str, Path], tmp_path: Path,
                                                       server: tuple[str, list[str]]) -> None:
    server[1].clear()
    plain = f"-env:UserInstallation={(tmp_path / 'plain').as_uri()}"
    _convert(plain, [linked["http"], linked["file"]], tmp_path / "out")
    assert "/skaita.png" in server[1]
    assert _pictures(tmp_path / "out" / "http.pdf") == 1
    assert _pictures(tmp_path / "out" / "file.pdf") == 1


def test_reportkits_profile_fetches_nothing(linked: dict[str, Path], tmp_path: Path,
                                           server: tuple[str, list[str]]) -> None:
    server[1].clear()
    profile = write_profile(tmp_path / "profile")
    _convert(installation(profile), [linked["http"], linked["file"]], tmp_path / "out")
    assert server[1] == []
    assert _pictures(tmp_path / "out" / "http.pdf") == 0
    assert _pictures(tmp_path / "out" / "file.pdf") == 0
    settings = (profile / "user" / "registrymodifications.xcu").read_text(encoding="utf-8")
    assert "BlockUntrustedRefererLinks" in settings  # LibreOffice kept what it was given


def test_to_pdf_fetches_nothing_either(linked: dict[str, Path], tmp_path: Path,
                                       server: tuple[str, list[str]]) -> None:
    """reportkit's own conversion (the worker pool's profile, with its macro) uses the same
    settings: a .docx from elsewhere with linked pictures makes no request and shows none."""
    from reportkit import to_pdf

    server[1].clear()
    pdfs = to_pdf([linked["http"], linked["file"]], tmp_path / "pdf", workers=1)
    assert server[1] == []
    assert [_pictures(pdf) for pdf in pdfs] == [0, 0]


def test_builtin_templates_saved_by_libreoffice_are_not_refused(tmp_path: Path) -> None:
    """The package checks read LibreOffice's XML (its fields, pictures, relationships) and
    find nothing to refuse; how its tags are repaired is another matter (render/parts.py)."""
    profile = installation(write_profile(tmp_path / "profile"))
    sources = [builtin_folder() / f"{name}.docx" for name in builtin_names()]
    _convert(profile, sources, tmp_path / "lo", to="docx:MS Word 2007 XML")
    for source in sources:
        assert Template(tmp_path / "lo" / source.name).path.name == source.name


def test_a_linked_picture_saved_by_libreoffice_is_still_refused(
        linked: dict[str, Path], tmp_path: Path, server: tuple[str, list[str]]) -> None:
    server[1].clear()
    _convert(installation(write_profile(tmp_path / "profile")), [linked["http"]], tmp_path / "lo",
             to="docx:MS Word 2007 XML")
    with pytest.raises(TemplateError, match="a linked picture"):
        Template(tmp_path / "lo" / "http.docx")
    assert server[1] == []
