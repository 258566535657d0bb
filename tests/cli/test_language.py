"""The command line speaks Latvian on a Latvian system, English otherwise, and --lang or
REPORTKIT_LANG choose: its own messages, click's, and every --help text."""

from __future__ import annotations

import inspect
import os
from pathlib import Path

import click
import pytest

from reportkit.cli import cli
from tests.helpers.cli import Run, run_module

LANGUAGE_VARIABLES = ("REPORTKIT_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def system(lang: str) -> dict[str, str]:
    """The environment of a machine whose locale is ``lang``, nothing else choosing."""
    return {**{k: v for k, v in os.environ.items() if k not in LANGUAGE_VARIABLES},
            "LANG": lang}


def run_as(lang: str, *args: str | Path, cwd: Path) -> tuple[int, str, str]:
    done = run_module(*args, cwd=cwd, env=system(lang), clean=True)
    return done.returncode, done.stdout, done.stderr


def test_a_latvian_system_gets_latvian(tmp_path: Path) -> None:
    assert run_as("lv_LV.UTF-8", "validate", "nav.yaml", cwd=tmp_path) == (
        2, "", "nav.yaml: fails nav atrasts\n")


def test_the_c_locale_gets_english(tmp_path: Path) -> None:
    assert run_as("C", "validate", "nav.yaml", cwd=tmp_path) == (
        2, "", "nav.yaml: file not found\n")


def test_click_speaks_the_system_language(tmp_path: Path) -> None:
    code, _, err = run_as("lv_LV.UTF-8", "rendr", cwd=tmp_path)
    assert (code, err) == (2, "reportkit: Nav tādas komandas 'rendr'. (Varbūt domājāt: "
                              "'render'?) (skatiet 'reportkit --help')\n")
    code, _, err = run_as("C", "rendr", cwd=tmp_path)
    assert (code, err) == (2, "reportkit: No such command 'rendr'. Did you mean 'render'? "
                              "(see 'reportkit --help')\n")


def test_lang_overrides_the_system(tmp_path: Path) -> None:
    assert run_as("lv_LV.UTF-8", "--lang", "en", "validate", "nav.yaml", cwd=tmp_path)[2] == \
        "nav.yaml: file not found\n"
    assert run_as("C", "validate", "nav.yaml", "--lang", "lv", cwd=tmp_path)[2] == \
        "nav.yaml: fails nav atrasts\n"


def test_reportkit_lang_overrides_the_system(tmp_path: Path) -> None:
    done = run_module("validate", "nav.yaml", cwd=tmp_path, clean=True,
                      env={**system("C"), "REPORTKIT_LANG": "lv"})
    assert done.stderr == "nav.yaml: fails nav atrasts\n"


def test_an_unknown_language_is_a_usage_error(run: Run) -> None:
    result = run("--lang", "et", "validate", "x.yaml")
    assert (result.exit_code, result.stderr) == (
        2, "reportkit: Invalid value for '--lang': 'et' is not one of 'lv', 'en'. "
           "(see 'reportkit --help')\n")


def test_help_in_latvian(run: Run) -> None:
    result = run("--lang", "lv", "--help")
    assert result.exit_code == 0
    assert result.stdout.startswith(
        "Lietošana: reportkit [IESPĒJAS] KOMANDA [ARGUMENTI]...\n\n"
        "  Grantu projektu dokumenti latviešu valodā no datu failiem un Word veidnēm.\n")
    assert "Komandas:\n  batch     Pa dokumentam katrai tabulas rindai" in result.stdout
    assert "Iziešanas kodi: 0 paveikts" in result.stdout


def test_help_after_the_command_is_in_the_language_named_after_it(run: Run) -> None:
    result = run("batch", "--help", "--lang", "lv")
    assert "-o, --out CEĻŠ Mape, kurā rakstīt dokumentus" in " ".join(result.stdout.split())
    assert "[obligāta]" in result.stdout and "[noklusējums: {index:04d}.docx]" in result.stdout


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_help_text_is_latvian(run: Run, name: str) -> None:
    """No English sentence of the command's docstring or options is left in its Latvian help."""
    command = cli.commands[name]
    english = [inspect.cleandoc(command.help or "").splitlines()[0]]
    english += [p.help for p in command.params if isinstance(p, click.Option) and p.help]
    shown = " ".join(run("--lang", "lv", name, "--help").stdout.split())
    assert [text for text in english if " ".join(text.split()) in shown] == []
    assert shown.startswith(f"Lietošana: reportkit {name} [IESPĒJAS]")
    assert "Parādīt šo palīdzību un beigt." in shown


def test_latvian_summaries(run: Run, tmp_path: Path) -> None:
    result = run("--lang", "lv", "new", "project", "-o", "p.yaml")
    assert result.stdout == "p.yaml: uzrakstīts; aizpildiet to, tad: reportkit validate p.yaml\n"
    result = run("--lang", "lv", "validate", "p.yaml")
    assert result.stdout.startswith("kārtībā: p.yaml: projekts 2019-1-LV01-KA104-060191 “")
    assert result.stdout.endswith("” 20 mēneši\n")


def test_a_refused_cell_is_said_in_the_coordinators_words_with_its_column(
        run: Run, tmp_path: Path) -> None:
    """The issue's table: a date typed as Latvians write it, an empty name; each row's line
    quotes the paragraph, names the column it reads and says what to write."""
    from tests.helpers.cli import make_template

    make_template(tmp_path / "t.docx", ["{{ start|format_date }}", "{{ school|decline('loc') }}"])
    (tmp_path / "t.csv").write_text("start,school\n31.02.2024,Daugavpils\n2024-02-12,\n",
                                    encoding="utf-8")
    en = run("batch", "t.docx", "t.csv", "-o", "out").stderr.splitlines()
    assert en == [
        't.csv:2: t.docx, body, paragraph 1 ("{{ start|format_date }}"): start: a date is needed '
        "here, but the data holds the text '31.02.2024': write the date as 2024-02-12, or in a "
        "workbook as a date cell",
        't.csv:3: t.docx, body, paragraph 2 ("{{ school|decline(\'loc\') }}"): school: decline '
        "needs a name, but the data holds an empty text: fill it in, or leave the tag out with "
        "{% if … %}"]
    lv = run("--lang", "lv", "batch", "t.docx", "t.csv", "-o", "out2").stderr.splitlines()
    assert lv == [
        't.csv:2: t.docx, pamatteksts, 1. rindkopa ("{{ start|format_date }}"): start: '
        "šeit vajag datumu, bet datos ir teksts '31.02.2024': ierakstiet datumu formā 2024-02-12 "
        "vai Excel tabulā kā datuma šūnu",
        't.csv:3: t.docx, pamatteksts, 2. rindkopa ("{{ school|decline(\'loc\') }}"): '
        "school: decline vajag nosaukumu, bet datos ir tukšs teksts: aizpildiet to vai izlaidiet "
        "birku ar {% if … %}"]


def test_a_count_of_five_and_a_half_is_shown_as_written() -> None:
    from decimal import Decimal

    from reportkit.render.datamessages import data_message

    assert data_message(TypeError(f"count needs a whole number, got {Decimal('5.5')!r}")) == \
        "count needs a whole number, but the data holds 5.5"
