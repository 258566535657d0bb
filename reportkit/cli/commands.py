"""The commands of ``reportkit``: each parses its arguments, calls the library and prints.

    $ reportkit render projekts.yaml
    $ reportkit batch veidne.docx skolas.xlsx -o out --name "{code}.docx"

Heavy modules (pydantic, Jinja, docx, Rich) are imported inside the commands that need them, so
``reportkit words`` or ``--help`` start fast and ``render`` pays only for what it uses.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import Any

import click

from reportkit import __version__
from reportkit.errors import Problem, ReportkitError
from reportkit.i18n import N_
from reportkit.i18n import gettext as _
from reportkit.kinds import NAMES

from .app import (
    EPILOG,
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    ReportkitGroup,
    done,
    say_problems,
    set_debug,
)
from .options import rows_spec, use_soffice
from .streams import (
    STDIN,
    check_stdout,
    echo_text,
    is_dash,
    stdin_file,
    to_stdout,
)
from .summaries import batch_summary, data_summary
from .terminal import interrupt_between_items, progress_bar

__all__ = ["cli"]


@click.group(cls=ReportkitGroup, epilog=EPILOG,
             context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="reportkit",
                      message="%(prog)s %(version)s")
@click.option("--debug", is_flag=True, expose_value=False, is_eager=True, callback=set_debug,
              help="Show the full traceback of errors (also: REPORTKIT_DEBUG=1).")
def cli() -> None:
    """Latvian grant-project documents from data files and Word templates.

    \b
    Start a data file, check it, render it:
      reportkit new project -o projekts.yaml
      reportkit validate projekts.yaml
      reportkit render projekts.yaml --pdf
    """


# ---- render -------------------------------------------------------------------------------


_SOFFICE_HELP = N_("LibreOffice's soffice program, when it is not on PATH nor in its usual "
                   "install folder (also: REPORTKIT_SOFFICE).")


def _soffice_option(command: Any) -> Any:
    option = click.option("--soffice", type=click.Path(path_type=Path), expose_value=False,
                          callback=use_soffice, help=_SOFFICE_HELP)
    return option(command)


@cli.command(epilog=EPILOG)
@click.argument("data", type=click.Path(path_type=Path))
@click.option("-t", "--template", type=click.Path(path_type=Path),
              help="A .docx template (default: the built-in one for the file's kind).")
@click.option("-o", "--out", type=click.Path(),
              help="The .docx to write, or a folder: an existing one, or a name ending in / "
                   "(default: DATA's name with .docx, here); - for standard output (the PDF "
                   "with --pdf).")
@click.option("--pdf", is_flag=True, help="Also make a PDF beside it (needs LibreOffice).")
@click.option("--allow-photos-outside", is_flag=True,
              help="Accept photos from outside the data file's folder (data you trust).")
@_soffice_option
def render(data: Path, template: Path | None, out: str | None, pdf: bool,
           allow_photos_outside: bool) -> None:
    """Render one data file (YAML, JSON, or a project workbook .xlsx/.ods) into a Word
    document. DATA - reads the data from standard input.

    \b
    Examples:
      reportkit render projekts.yaml
      reportkit render projekts.xlsx --pdf
      reportkit render relize.yaml -t musu_veidne.docx -o out/relize.docx --pdf
      type dati.json | reportkit render - -o - > apraksts.docx
    """
    if is_dash(data) and out is None:
        raise click.UsageError(_("data from standard input (-) needs -o: a file, or - for "
                                 "standard output"))
    if pdf:
        from reportkit.render.pdf import find_soffice

        find_soffice()  # before rendering: no .docx left without the PDF asked for
    if out is not None and is_dash(out):
        check_stdout()
    with contextlib.ExitStack() as stack:
        source = stack.enter_context(stdin_file()) if is_dash(data) else data
        _render(source, data, template, out, pdf, allow_photos_outside, stack)


def _render(source: Path, data: Path, template: Path | None, out: str | None, pdf: bool,
            allow_photos_outside: bool, stack: contextlib.ExitStack) -> None:
    from reportkit.jobs import render_file

    stem = "dokuments" if is_dash(data) else data.stem
    target = None if out is None else Path(out)
    if out is not None and is_dash(out):
        target = Path(stack.enter_context(tempfile.TemporaryDirectory())) / f"{stem}.docx"
    elif out is not None and (out.endswith(("/", os.sep)) or Path(out).is_dir()):
        target = Path(out) / f"{stem}.docx"
    written = render_file(source, template=template, out=target, pdf=pdf,
                          allow_photos_outside=allow_photos_outside)
    if out is not None and is_dash(out):
        to_stdout(written[-1])
        return
    for path in written:
        click.echo(str(path))


# ---- batch --------------------------------------------------------------------------------


@cli.command(epilog=EPILOG)
@click.argument("template", type=click.Path(path_type=Path))
@click.argument("table", type=click.Path(path_type=Path))
@click.option("-o", "--out", "out_dir", required=True, type=click.Path(path_type=Path),
              help="Folder to write the documents into (made if missing).")
@click.option("--name", default="{index:04d}.docx", show_default=True,
              help="File name pattern: column names in braces, dotted ones too "
                   "({partner.name}), {index} (1, 2, …) and {row} (the table's row).")
@click.option("--pdf", is_flag=True, help="Also make a PDF of every document (LibreOffice).")
@click.option("--sheet", default=None, metavar="NAME",
              help="The sheet of an .xlsx to read (default: the one it opens on, if visible).")
@click.option("--combine", is_flag=True,
              help="Also write TABLE_visi.docx with every record in row order (and its PDF "
                   "with --pdf), to print and sign in one go.")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="LibreOffice processes for the PDFs (default: one per core).")
@click.option("--rows", metavar="KIND|COLUMNS", callback=rows_spec,
              help="Check each row first: a row kind (participant) or columns with types, "
                   "'summa: money, datums: date' (default: the template's reportkit-rows).")
@_soffice_option
def batch(template: Path, table: Path, out_dir: Path, name: str, pdf: bool,
          sheet: str | None, combine: bool, workers: int | None, rows: str | None) -> None:
    """One document per row of a spreadsheet (.xlsx, .ods, or .csv with commas or semicolons).

    The first row names the columns; the template reads them by name, and a dotted
    header such as partner.name is {{ partner.name }}. A row that fails is reported
    with its row number and the others are still written (exit code 1).

    \b
    Examples:
      reportkit batch apliecinajums.docx skolas.xlsx -o out --name "{code}.docx"
      reportkit batch apliecinajums.docx dalibnieki.xlsx -o out --pdf --combine
    """
    from reportkit.jobs import run_batch

    with progress_bar("Dokumenti") as bar, interrupt_between_items() as stop_if_asked:

        def progress(done: int, total: int) -> None:
            stop_if_asked()
            if bar is not None:
                bar(done, total)

        result = run_batch(template, table, out_dir, name=name, pdf=pdf, combine=combine,
                           workers=workers, progress=progress, sheet=sheet, rows=rows)
    say_problems(result.problems)
    click.echo(batch_summary(result, out_dir))
    done(EXIT_OK if result.ok else EXIT_FAILED)


# ---- check, validate, schema, new ---------------------------------------------------------


@cli.command(epilog=EPILOG)
@click.argument("template", type=click.Path(path_type=Path))
@click.option("--kind", type=click.Choice(NAMES),
              help="Also check that every name the template reads is in data of this kind.")
@click.option("--table", type=click.Path(path_type=Path),
              help="Also check that every name the template reads is a column of this .xlsx "
                   "or .csv (the table a batch will use).")
def check(template: Path, kind: str | None, table: Path | None) -> None:
    """Check a Word template: tags, filters and their arguments and, with --kind or
    --table, the names it reads.

    \b
    Examples:
      reportkit check musu_veidne.docx
      reportkit check relizes_veidne.docx --kind press_release
      reportkit check apliecinajums.docx --table skolas.xlsx
    """
    from reportkit.jobs.batch import check_table
    from reportkit.kinds import get_kind
    from reportkit.render import Template

    model = None if kind is None else get_kind(kind).model_class()
    tpl = Template(template)
    problems = tpl.check(model) if table is None else check_table(tpl, table, model=model)
    say_problems(problems)
    if problems:
        done(EXIT_USAGE)
    reads = ", ".join(sorted(tpl.variables)) or _("nothing")
    fits = ((_("; fits kind {kind}").format(kind=kind) if kind else "")
            + (_("; fits table {table}").format(table=table) if table else ""))
    click.echo(_("ok: {template}: no problems{fits}; reads: {reads}").format(
        template=template, fits=fits, reads=reads))


@cli.command(epilog=EPILOG)
@click.argument("data", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--allow-photos-outside", is_flag=True,
              help="Accept photos from outside the data file's folder (data you trust).")
def validate(data: tuple[Path, ...], allow_photos_outside: bool) -> None:
    """Check data files (YAML, JSON, or project workbooks .xlsx/.ods) without rendering:
    every problem, one per line. - reads a data file from standard input.

    \b
    Examples:
      reportkit validate projekts.yaml
      reportkit validate projekts.xlsx
      reportkit validate dati/*.yaml
      type projekts.yaml | reportkit validate -
    """
    from reportkit.read import load

    bad = 0
    for path in data:
        try:
            with contextlib.ExitStack() as stack:
                source = stack.enter_context(stdin_file()) if is_dash(path) else path
                model = load(source, allow_photos_outside=allow_photos_outside)
        except ReportkitError as exc:
            bad += 1
            say_problems(exc.problems)
            continue
        click.echo(_("ok: {file}: {summary}").format(file=STDIN if is_dash(path) else path,
                                                     summary=data_summary(model)))
    done(EXIT_USAGE if bad else EXIT_OK)


@cli.command(epilog=EPILOG)
@click.argument("kind", type=click.Choice(NAMES), metavar="KIND", required=False)
@click.option("-o", "--out", "out_dir", type=click.Path(path_type=Path),
              help="Write the schema of every kind into this folder (KIND.json), where the "
                   "starters' first line finds them: reportkit schema --out schema")
def schema(kind: str | None, out_dir: Path | None) -> None:
    """Print the JSON Schema of a kind of data file, for editors that check YAML.

    KIND is project, press_release or final_report.

    \b
    Examples:
      reportkit schema project > project.json
      reportkit schema --out schema
    """
    import json

    from reportkit.jobs import write_schemas
    from reportkit.models import json_schema

    if out_dir is not None:
        for path in write_schemas(out_dir, [kind] if kind else NAMES):
            click.echo(str(path))
    elif kind is None:
        raise click.UsageError(_("give a KIND, or --out and a folder"))
    else:
        click.echo(json.dumps(json_schema(kind), ensure_ascii=False, indent=2))


@cli.command(epilog=EPILOG)
@click.argument("kind", type=click.Choice(NAMES), metavar="KIND")
@click.option("-o", "--out", type=click.Path(path_type=Path),
              help="Write it to this file instead of printing it (- prints a workbook).")
@click.option("--xlsx", is_flag=True,
              help="A project workbook to fill in in Excel or LibreOffice, with a sheet each "
                   "for partners, mobilities, budget … (default -o projekts.xlsx).")
@click.option("--force", is_flag=True, help="Replace OUT if it exists.")
def new(kind: str, out: Path | None, xlsx: bool, force: bool) -> None:
    """A starter data file of a kind, with comments in Latvian.

    KIND is project, press_release or final_report. Every value in it is an example
    that loads; replace them with your own.

    \b
    Examples:
      reportkit new project -o projekts.yaml
      reportkit new project --xlsx -o projekts.xlsx
      reportkit new press_release > relize.yaml
    """
    from reportkit.jobs import starter, write_starter

    if xlsx:
        _new_workbook(kind, out, force)
        return
    if out is None or is_dash(out):
        echo_text(starter(kind))
        return
    write_starter(kind, out, force=force)
    click.echo(_("{file}: written; fill it in, then: reportkit validate {file}").format(file=out))


def _new_workbook(kind: str, out: Path | None, force: bool) -> None:
    from reportkit.jobs.workbook import write_workbook_starter

    if kind != "project":
        raise click.UsageError(_("--xlsx: a workbook starter is for a project, not a {kind}; "
                                 "a {kind} is written as YAML (leave out --xlsx)").format(
                                     kind=kind.replace("_", " ")))
    if out is not None and is_dash(out):
        check_stdout()
        with tempfile.TemporaryDirectory() as folder:
            to_stdout(write_workbook_starter(Path(folder) / "projekts.xlsx"))
        return
    target = out if out is not None else Path("projekts.xlsx")
    write_workbook_starter(target, force=force)
    click.echo(_("{file}: written; fill it in, then: reportkit validate {file}").format(
        file=target))


# ---- words, demo --------------------------------------------------------------------------


@cli.command(epilog=EPILOG)
@click.argument("amount")
@click.option("--cents", type=click.Choice(["digits", "words"]), default="digits",
              show_default=True, help="Cents as digits (00 centi) or in words.")
@click.option("--currency-word", help="eiro (default) or euro, as legal texts write it.")
@click.option("--currency", default="EUR", show_default=True,
              help="EUR, or LVL (lats) for documents from before 2014.")
def words(amount: str, cents: str, currency_word: str | None, currency: str) -> None:
    """Print an amount in Latvian words, as contracts write it.

    \b
    Examples:
      reportkit words 22783.00
      reportkit words "22 783,33" --cents words --currency-word euro
    """
    from reportkit.lv import amount_in_words

    try:
        text = amount_in_words(amount, currency=currency.upper(),
                               cents=cents,  # type: ignore[arg-type]  # click.Choice checked it
                               currency_word=currency_word)
    except (ValueError, TypeError) as exc:
        raise ReportkitError(Problem(str(exc))) from None
    click.echo(text)


@cli.command(epilog=EPILOG)
@click.argument("text")
@click.option("--case", "case", default="nom", show_default=True,
              type=click.Choice(["nom", "gen", "dat", "acc", "loc"]),
              help="The case: nom, gen, dat, acc, loc.")
@click.option("--gender", type=click.Choice(["m", "f"]),
              help="The person's gender, when the names do not tell it.")
@click.option("--person", is_flag=True,
              help="TEXT is a person's name, with a title or position before it if any.")
def decline(text: str, case: str, gender: str | None, person: bool) -> None:
    """Print a name, place, organisation or list in a Latvian case.

    \b
    Examples:
      reportkit decline "Jānis Bērziņš" --case dat
      reportkit decline "Rīgas Tehniskā universitāte" --case loc
      reportkit decline "skolas direktore I. Kokina" --case dat --person
    """
    from reportkit.lv import decline as decline_text
    from reportkit.lv import decline_name

    try:
        if person or gender is not None:
            click.echo(decline_name(text, case, gender=gender))
        else:
            click.echo(decline_text(text, case))
    except ValueError as exc:
        raise ReportkitError(Problem(str(exc))) from None


@cli.command(epilog=EPILOG)
@click.option("--markdown", is_flag=True, help="As Markdown (what docs/filters.md holds).")
def filters(markdown: bool) -> None:
    """List the filters and tests a template may use, with an example of each.

    \b
    Examples:
      reportkit filters
      reportkit filters --markdown > filtri.md
    """
    from reportkit.render import catalogue

    click.echo(catalogue.markdown() if markdown else catalogue.text(), nl=False)


@cli.command(epilog=EPILOG)
@click.option("-o", "--out", "out_dir", default="out", type=click.Path(path_type=Path),
              help="Folder to write the documents into.", show_default=True)
@click.option("--pdf/--no-pdf", default=None,
              help="Make PDFs too (default: when LibreOffice is installed).")
@_soffice_option
def demo(out_dir: Path, pdf: bool | None) -> None:
    """Render every example data file shipped with reportkit into OUT.

    \b
    Example:
      reportkit demo -o out --no-pdf
    """
    from reportkit.jobs import render_examples

    for path in render_examples(out_dir, pdf=pdf):
        click.echo(str(path))


