"""Batch rows checked like a data file (issue 19): a template names a row kind or its columns
and their types, and each row is checked before it is rendered, every problem at its cell with
the column named."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from reportkit.cli import cli
from reportkit.errors import DataError, TemplateError
from reportkit.jobs import run_batch
from reportkit.jobs.rows import declared_rows
from tests.helpers.cli import make_template
from tests.helpers.docx import body_text
from tests.helpers.office import through_libreoffice
from tests.helpers.packages import with_property

PARAGRAPH = "{{ name }} ({{ country | country }}), {{ amount | format_money }}, {{ start }}"


def participants(tmp_path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Dalībnieki"
    sheet.append(["name", "gender", "start", "end", "amount", "country", "town"])
    for row in rows:
        sheet.append(row)
    path = tmp_path / "dalibnieki.xlsx"
    book.save(path)
    return path


@pytest.fixture
def template(tmp_path: Path) -> Path:
    return with_property(make_template(tmp_path / "apliecinajums.docx", [PARAGRAPH]),
                         "participant")


def test_the_template_names_its_row_kind(template: Path) -> None:
    assert declared_rows(template) == "participant"


def test_the_property_survives_a_save_in_libreoffice(template: Path, tmp_path: Path) -> None:
    [resaved] = through_libreoffice([template], tmp_path / "resaved", to="docx")
    assert declared_rows(resaved) == "participant"


def test_each_bad_cell_is_one_line_at_its_cell_with_the_column(template: Path,
                                                              tmp_path: Path) -> None:
    table = participants(tmp_path, [
        ["Anna Kalniņa", "sieviete", date(2024, 5, 6), date(2024, 5, 10), 1234.5, "Spānija",
         "Rīga"],
        ["Jānis Bērziņš", "x", "14.05.2024.", date(2024, 5, 1), "daudz", "Spanja", "Cēsis"],
        ["", "m", "nav", "", "", "", ""],
    ])
    result = run_batch(template, table, tmp_path / "out", name="{name}.docx")
    assert [str(p) for p in result.problems] == [
        f"{table}:Dalībnieki!B3: gender: must be m or f (vīrietis or sieviete) (got 'x')",
        f"{table}:Dalībnieki!E3: amount: amount 'daudz' is not a number: write it like 22783.00 "
        "or 22 783,00",
        f"{table}:Dalībnieki!F3: country: must be a two-letter ISO country code like LV, DE, IT "
        "or a country's Latvian name (got 'Spanja'); did you mean 'Spānija'?",
        f"{table}:Dalībnieki!D3: end: ends (01.05.2024.) before it starts (14.05.2024.)",
        f"{table}:Dalībnieki!A4: name: is empty; this template needs a text here",
        f"{table}:Dalībnieki!C4: start: must be a date like 2024-05-14 or 14.05.2024. "
        "(got 'nav')",
    ]
    assert [p.name for p in result.written] == ["Anna Kalniņa.docx"]
    [text] = body_text(result.written[0])
    assert re.fullmatch(r"Anna Kalniņa \(Spānija\), 1\s234,50\sEUR, 2024-05-06", text), text


def test_a_column_the_template_needs_stops_the_batch(tmp_path: Path) -> None:
    template = make_template(tmp_path / "t.docx", ["{{ vards }}"])
    table = tmp_path / "t.csv"
    table.write_text("vards;summa\nAnna;5\n", encoding="utf-8")
    with pytest.raises(DataError) as caught:
        run_batch(template, table, tmp_path / "out", rows="vards: text, datums: date")
    assert str(caught.value) == (f"{table}: the template needs the column 'datums' (a date), "
                                 "which the table lacks; its columns: vards, summa")
    assert not (tmp_path / "out").exists()


def test_rows_on_the_command_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    make_template(tmp_path / "t.docx", ["{{ vards }}: {{ summa | format_money }}"])
    (tmp_path / "t.csv").write_text("vards;summa\nAnna;5\nJānis;5,555\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["batch", "t.docx", "t.csv", "-o", "out", "--rows",
                                      "vards: text, summa: money", "--name", "{vards}"])
    assert result.exit_code == 1
    assert result.stderr == ("t.csv:3: summa: amount 5,555 has more than two decimals: round "
                             "it to cents first\n")
    assert body_text(tmp_path / "out" / "Anna.docx") == ["Anna: 5,00 EUR"]


@pytest.mark.parametrize(("spec", "message"), [
    ("summa: nauda", "--rows: 'nauda' is not a column type; use one of text, number, money, "
                     "date, country, gender, email, phone"),
    ("summa money", "--rows: 'summa money' is neither a row kind (participant) nor a column "
                    "with its type, such as 'summa: money'"),
    ("dalibnieks", "--rows: 'dalibnieks' is neither a row kind (participant) nor a column with "
                   "its type, such as 'summa: money'"),
])
def test_a_wrong_rows_option(tmp_path: Path, spec: str, message: str) -> None:
    template = make_template(tmp_path / "t.docx", ["{{ vards }}"])
    table = tmp_path / "t.csv"
    table.write_text("vards\nAnna\n", encoding="utf-8")
    with pytest.raises(TemplateError) as caught:
        run_batch(template, table, tmp_path / "out", rows=spec)
    assert str(caught.value) == message


def test_a_wrong_rows_option_on_the_command_line_is_a_usage_error(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["batch", "nav.docx", "nav.csv", "--rows", "summa: nauda"],
                                prog_name="reportkit")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "reportkit batch: Invalid value for '--rows': 'nauda' is not a column type; use one of "
        "text, number, money, date, country, gender, email, phone (see 'reportkit batch --help')"]


def test_each_bad_cell_is_said_in_latvian(template: Path, tmp_path: Path) -> None:
    """The same rows under ``set_language("lv")``: every line Latvian, still at its cell with
    its column, a cell's value as the table shows it."""
    from reportkit import i18n

    table = participants(tmp_path, [
        ["Jānis Bērziņš", "x", "14.05.2024.", date(2024, 5, 1), "daudz", "Spānija", 5],
        ["", "m", "nav", "", "", "", date(2024, 1, 2)],
    ])
    i18n.set_language("lv")
    result = run_batch(template, table, tmp_path / "out", name="{index}.docx")
    assert [str(p) for p in result.problems] == [
        f"{table}:Dalībnieki!B2: gender: jābūt m vai f (vīrietis vai sieviete) (ierakstīts: 'x')",
        f"{table}:Dalībnieki!E2: amount: summa 'daudz' nav skaitlis: rakstiet to šādi: 22783.00 "
        "vai 22 783,00",
        f"{table}:Dalībnieki!D2: end: beidzas (01.05.2024.) pirms sākuma (14.05.2024.)",
        f"{table}:Dalībnieki!A3: name: šūna ir tukša; šai veidnei šeit vajag tekstu",
        f"{table}:Dalībnieki!C3: start: jābūt datumam, piemēram, 2024-05-14 vai 14.05.2024. "
        "(ierakstīts: 'nav')",
        f"{table}:Dalībnieki!G3: town: jābūt tekstam (ierakstīts: 2024-01-02)",
    ]


def test_a_date_where_a_text_goes_is_shown_as_a_date(template: Path, tmp_path: Path) -> None:
    table = participants(tmp_path, [["Anna", "f", "", "", "", "", date(2024, 1, 2)]])
    result = run_batch(template, table, tmp_path / "out", name="{index}.docx")
    assert [str(p) for p in result.problems] == [
        f"{table}:Dalībnieki!G2: town: must be text (got 2024-01-02)"]


def test_what_the_rows_say_of_the_table_and_the_property_in_latvian(tmp_path: Path) -> None:
    from reportkit import i18n

    template = make_template(tmp_path / "t.docx", ["{{ vards }}"])
    table = tmp_path / "t.csv"
    table.write_text("vards;summa\nAnna;5\n", encoding="utf-8")
    i18n.set_language("lv")
    with pytest.raises(DataError) as caught:
        run_batch(template, table, tmp_path / "out", rows="vards: text, datums: date")
    assert str(caught.value) == (f"{table}: veidnei vajag kolonnu 'datums' (datumu), kuras "
                                 "tabulā nav; tabulas kolonnas: vards, summa")
    with pytest.raises(TemplateError) as wrong:
        run_batch(with_property(template, "summa money"), table, tmp_path / "out")
    assert str(wrong.value) == (f"{template}: tās rekvizīts reportkit-rows: 'summa money' nav ne "
                                "rindu veids (participant), ne kolonna ar tās tipu, piemēram, "
                                "'summa: money'")


def test_check_with_a_table_checks_the_rows_the_template_declares(
        template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``reportkit check --table`` finds what the batch would, before any document: each bad
    cell of a template's declared rows, at its cell."""
    table = participants(tmp_path, [
        ["Anna Kalniņa", "sieviete", date(2024, 5, 6), "", 1234.5, "Spānija", "Rīga"],
        ["Jānis Bērziņš", "x", "", "", "", "", ""],
    ])
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["check", str(template), "--table", str(table)])
    assert result.exit_code == 2
    assert result.stderr == (f"{table}:Dalībnieki!B3: gender: must be m or f (vīrietis or "
                             "sieviete) (got 'x')\n")
    assert not (tmp_path / "out").exists()


def test_check_with_a_table_says_which_declared_column_is_missing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    template = with_property(make_template(tmp_path / "t.docx", ["{{ vārds }}"]),
                             "vārds: text, datums: date")
    (tmp_path / "t.csv").write_text("vārds\nAnna\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "t.docx", "--table", "t.csv"])
    assert (result.exit_code, result.stderr) == (
        2, "t.csv: the template needs the column 'datums' (a date), which the table lacks; its "
           "columns: vārds\n")
    assert template.exists()


def test_a_period_with_latvian_column_names_is_checked_too(tmp_path: Path) -> None:
    """The examples' participants table names its dates sākums and beigas."""
    template = make_template(tmp_path / "t.docx", ["{{ vārds }}"])
    table = tmp_path / "t.csv"
    table.write_text("vārds;sākums;beigas\nAnna;14.05.2024.;10.05.2024.\n", encoding="utf-8")
    result = run_batch(template, table, tmp_path / "out",
                       rows="vārds: text, sākums: date, beigas: date")
    assert [str(p) for p in result.problems] == [
        f"{table}:2: beigas: ends (10.05.2024.) before it starts (14.05.2024.)"]
