"""Data files and tables in the encodings Windows and macOS leave them in.

``reportkit new project > projekts.yaml`` in Windows PowerShell 5.1 writes UTF-16 with a
byte-order mark; in cmd, and Excel's plain "CSV" on a Latvian Windows, write cp1257. Each is
simulated here by encoding the very text reportkit writes.
"""

from __future__ import annotations

import codecs
import warnings
from pathlib import Path

import pytest

import reportkit
from reportkit.jobs import starter

STARTER = starter("project")
TABLE = "vārds;pilsēta;summa\nĀris Ķēniņš;Līvāni;1234,50\n"
ENCODINGS = {
    "utf-8": lambda t: t.encode("utf-8"),
    "utf-8 with BOM (Notepad)": lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
    "utf-16 LE with BOM (PowerShell 5.1)": lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"),
    "utf-16 BE with BOM": lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
}


def _loaded(path: Path) -> tuple[object, list[str]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        model = reportkit.load(path)
    return model, [str(w.message) for w in caught if "cp1257" in str(w.message)]


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_a_starter_saved_by_windows_loads(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "projekts.yaml"
    path.write_bytes(ENCODINGS[encoding](STARTER))
    model, notes = _loaded(path)
    assert model.applicant.name == "Daugavpils pilsētas Izglītības pārvalde"  # type: ignore[attr-defined]
    assert notes == []


NOTEPAD_ANSI = ("kind: press_release\ntitle: Ēnu diena Līvānos\n"
                "project: {title: Ēnu diena, programme: {scheme: national, name: Valsts},\n"
                "          applicant: {name: Līvānu novada dome},\n"
                "          period: {start: 2024-01-01, end: 2024-12-31}}\n")


def test_a_file_saved_in_cp1257_loads_with_a_note(tmp_path: Path) -> None:
    path = tmp_path / "relize.yaml"
    path.write_bytes(NOTEPAD_ANSI.encode("cp1257"))
    model, notes = _loaded(path)
    assert model.title == "Ēnu diena Līvānos"  # type: ignore[attr-defined]
    assert notes == [f"{path}: is not UTF-8 but Windows Baltic (cp1257) text: read as such; "
                     "save it as UTF-8 to be sure"]


@pytest.mark.parametrize("console", ["cp775", "cp437", "cp850"])
def test_a_starter_powershell_garbled_through_its_console_is_read_as_written(
        tmp_path: Path, console: str) -> None:
    # reportkit writes UTF-8 to a pipe; PowerShell 5.1 reads it in the console's code page
    # (775 on a Latvian Windows) and `>` saves what it read as UTF-16
    garbled = STARTER.encode("utf-8").decode(console)
    assert "Izglītības" not in garbled
    path = tmp_path / "projekts.yaml"
    path.write_bytes(garbled.encode("utf-16"))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        model = reportkit.load(path)
    assert model.applicant.name == "Daugavpils pilsētas Izglītības pārvalde"  # type: ignore[union-attr]
    assert [str(w.message) for w in caught if "console" in str(w.message)] == [
        f"{path}: holds UTF-8 text that the console read in its code page "
        f"{console.removeprefix('cp')} (PowerShell's >): read as the UTF-8 it was; next time "
        "write the file with -o, or save it as UTF-8"]


def test_utf16_latvian_text_is_never_taken_for_garbled(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    path.write_bytes('{"kind": "press_release", "title": "Rīga, Ķekava, Āraiši"}'.encode("utf-16"))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert reportkit.load(path).title == "Rīga, Ķekava, Āraiši"  # type: ignore[union-attr]


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_json_in_every_encoding(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "relize.json"
    text = '{"kind": "press_release", "title": "Ēnu diena Līvānos"}'
    path.write_bytes(ENCODINGS[encoding](text))
    assert reportkit.load(path).title == "Ēnu diena Līvānos"  # type: ignore[union-attr]


@pytest.mark.parametrize("encoding", [*ENCODINGS, "cp1257"])
def test_csv_in_every_encoding(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "t.csv"
    make = ENCODINGS.get(encoding, lambda t: t.encode("cp1257"))
    path.write_bytes(make(TABLE))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        (row,) = reportkit.read_table(path)
    assert row.values == {"vārds": "Āris Ķēniņš", "pilsēta": "Līvāni", "summa": "1234,50"}
    notes = [str(w.message) for w in caught]
    assert notes == ([f"{path}: is not UTF-8 but Windows Baltic (cp1257) text: read as such; "
                      "save it as 'CSV UTF-8' or as .xlsx to be sure"]
                     if encoding == "cp1257" else [])


def test_cp1257_punctuation_word_types_is_latvian_text(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_bytes("kind: press_release\ntitle: „Ēnu diena” – 5 €\n".encode("cp1257"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert reportkit.load(path).title == "„Ēnu diena” – 5 €"  # type: ignore[union-attr]


SAVE = "; save it as UTF-8"


@pytest.mark.parametrize("raw, message", [
    (b"kind: project\ntitle: \x98\n", "p.yaml:2: is not UTF-8 text (byte 0x98)" + SAVE),
    # cp1257 reads 0xA4 as the currency sign ¤, which no Latvian text holds: not guessed
    (b"kind: project\ntitle: \xa4\xa4\n", "p.yaml:2: is not UTF-8 text (byte 0xa4)" + SAVE),
    (codecs.BOM_UTF8 + b"title: \xe2\n", "p.yaml:1: is not UTF-8 text (byte 0xe2)" + SAVE),
    (codecs.BOM_UTF16_LE + b"k\x00\x00\xd8", "p.yaml:1: is not UTF-16 text (byte 0x00)" + SAVE),
])
def test_what_is_no_text_in_any_of_them_is_refused(tmp_path: Path, raw: bytes,
                                                   message: str) -> None:
    path = tmp_path / "p.yaml"
    path.write_bytes(raw)
    with pytest.raises(reportkit.DataError) as caught:
        reportkit.load(path)
    assert str(caught.value) == f"{tmp_path}/{message}"
