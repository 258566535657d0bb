"""Documents in memory, as a web service or a script keeps them: ``Template.render`` to a binary
stream, ``render_bytes``; ``render_many`` on rows read with openpyxl (dates as datetimes); one
Template shared by threads rendering to different outputs."""

from __future__ import annotations

import datetime as dt
import io
import threading
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from reportkit import Template
from reportkit.errors import RenderError, TemplateError
from tests.helpers.docx import part_text

LINE = "{{ name }}: {{ day|format_date(case='loc') }}, {{ total|format_money }}"


def text_of(document: bytes, tmp_path: Path, name: str = "got.docx") -> list[str]:
    path = tmp_path / name
    path.write_bytes(document)
    return part_text(path)


def test_render_to_a_stream_and_to_bytes_give_what_a_file_holds(make, tmp_path: Path) -> None:
    tpl = Template(make("t.docx", [LINE]))
    data = {"name": "Ābece", "day": dt.date(2024, 5, 6), "total": Decimal("4557")}
    path = tpl.render(data, tmp_path / "a.docx")
    buffer = io.BytesIO()
    assert tpl.render(data, buffer) is None
    with open(tmp_path / "b.docx", "wb") as opened:
        tpl.render(data, opened)
    expected = ["Ābece: 2024.\xa0gada\xa06.\xa0maijā, 4\xa0557,00 EUR"]
    assert part_text(path) == expected
    assert text_of(buffer.getvalue(), tmp_path) == expected
    assert text_of(tpl.render_bytes(data), tmp_path) == expected
    assert part_text(tmp_path / "b.docx") == expected


def test_a_failed_render_writes_nothing_to_the_stream(make) -> None:
    tpl = Template(make("t.docx", ["{{ total|format_money }}"]))
    buffer = io.BytesIO()
    with pytest.raises(RenderError, match="amount 'daudz' is not a number"):
        tpl.render({"total": "daudz"}, buffer)
    assert buffer.getvalue() == b""
    broken = Template(make("b.docx", ["{{ x|nav_filtra }}"]))
    with pytest.raises(TemplateError, match="unknown filter 'nav_filtra'"):
        broken.render_bytes({"x": 1})


def test_a_text_stream_or_no_stream_is_refused_with_what_to_pass(make) -> None:
    tpl = Template(make("t.docx", ["{{ x }}"]))
    with pytest.raises(TypeError, match=r"a \.docx is bytes: give render\(\) a binary stream"):
        tpl.render({"x": 1}, io.StringIO())  # type: ignore[call-overload]
    with pytest.raises(TypeError, match="a file's path or a binary stream, not int"):
        tpl.render({"x": 1}, 5)  # type: ignore[call-overload]


def test_a_stream_that_cannot_be_written_is_a_render_error(make, tmp_path: Path) -> None:
    tpl = Template(make("t.docx", ["{{ x }}"]))

    class Full(io.RawIOBase):
        name = "pilns.docx"

        def writable(self) -> bool:
            return True

        def write(self, data: object) -> int:
            raise OSError(28, "No space left on device")

    with pytest.raises(RenderError) as err:
        tpl.render({"x": 1}, Full())
    assert str(err.value) == "pilns.docx: cannot write the document: No space left on device"


def test_render_many_takes_rows_read_with_openpyxl(make, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["name", "day", "total"])
    sheet.append(["Jānis Bērziņš", dt.date(2024, 5, 6), "120.50"])
    sheet.append(["Anna Kalniņa", dt.date(2024, 5, 7), "80"])
    book.save(tmp_path / "dalibnieki.xlsx")
    read = openpyxl.load_workbook(tmp_path / "dalibnieki.xlsx", read_only=True)
    rows = list(read.worksheets[0].iter_rows(values_only=True))
    header, records = rows[0], rows[1:]
    assert isinstance(records[0][1], dt.datetime)  # how openpyxl gives a date typed in Excel
    tpl = Template(make("t.docx", [LINE]))
    paths = tpl.render_many((dict(zip(header, row, strict=True)) for row in records),
                            tmp_path / "out", name="{index:02d} {name}.docx")
    assert [p.name for p in paths] == ["01 Jānis Bērziņš.docx", "02 Anna Kalniņa.docx"]
    assert [part_text(p) for p in paths] == [
        ["Jānis Bērziņš: 2024.\xa0gada\xa06.\xa0maijā, 120,50 EUR"],
        ["Anna Kalniņa: 2024.\xa0gada\xa07.\xa0maijā, 80,00 EUR"]]


def test_a_datetime_with_a_time_of_day_stays_one_and_is_refused_by_format_date(make) -> None:
    tpl = Template(make("t.docx", ["{{ day|format_date }}"]))
    with pytest.raises(RenderError, match=r"a date with a time of day \(2024-05-06 14:30:00\)"):
        tpl.render_bytes({"day": dt.datetime(2024, 5, 6, 14, 30)})


def test_one_template_shared_by_threads_renders_each_document_right(
        make, tmp_path: Path) -> None:
    tpl = Template(make("t.docx", ["Nr. {{ n }}: {{ name }}"]))
    names = ["Ābele", "Bērzs", "Cērme", "Dzērve", "Ēdene", "Gaujiena"]
    got: dict[int, list[str]] = {}
    errors: list[BaseException] = []
    start = threading.Barrier(len(names) * 2)

    def work(n: int, name: str) -> None:
        try:
            start.wait()
            if n % 2:
                got[n] = part_text(tpl.render({"n": n, "name": name}, tmp_path / f"{n}.docx"))
            else:
                got[n] = text_of(tpl.render_bytes({"n": n, "name": name}), tmp_path,
                                 f"bytes-{n}.docx")
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n, name))
               for n, name in enumerate(names * 2, start=1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []
    assert got == {n: [f"Nr. {n}: {name}"] for n, name in enumerate(names * 2, start=1)}
    assert sorted(p.name for p in tmp_path.glob("*.docx") if p.stem.isdigit()) == sorted(
        f"{n}.docx" for n in range(1, 13, 2))


def test_threads_rendering_many_into_their_own_folders(make, tmp_path: Path) -> None:
    tpl = Template(make("t.docx", ["{{ who }} {{ n }}"]))
    results: dict[str, list[Path]] = {}

    def batch(who: str) -> None:
        results[who] = tpl.render_many([{"who": who, "n": n} for n in range(3)],
                                       tmp_path / who)

    threads = [threading.Thread(target=batch, args=(who,)) for who in ("Rīga", "Cēsis")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    for who in ("Rīga", "Cēsis"):
        assert [part_text(p) for p in results[who]] == [[f"{who} {n}"] for n in range(3)]


PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d4944415478da63f8cfc0f01f0005000200c7a5b1e50000000049454e44ae426082"
)


@pytest.mark.parametrize("isolated", [True, False], ids=["worker", "in process"])
def test_threads_sharing_a_template_with_pictures_each_get_their_own(
        make, tmp_path: Path, isolated: bool) -> None:
    import docx
    from docx.shared import Mm
    from docxtpl import InlineImage

    from reportkit.render.isolation import Limits

    photo = tmp_path / "foto.png"
    photo.write_bytes(PNG)
    tpl = Template(make("t.docx", ["{{ photo }}", "Foto: {{ caption }}"]),
                   limits=Limits(isolated=isolated))
    captions = [f"Tikšanās nr. {n}" for n in range(8)]
    got: dict[str, tuple[list[str], int]] = {}
    errors: list[BaseException] = []
    start = threading.Barrier(len(captions))

    def work(caption: str) -> None:
        try:
            start.wait()
            made = tpl.render_bytes({"photo": InlineImage(tpl, str(photo), width=Mm(30)),
                                     "caption": caption})
            document = docx.Document(io.BytesIO(made))
            got[caption] = ([p.text for p in document.paragraphs],
                            len(document.inline_shapes))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(c,)) for c in captions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []
    assert got == {c: (["", f"Foto: {c}"], 1) for c in captions}
