"""The commands that make documents: ``render`` (one data file), ``batch`` (one document per
row of a table) and ``demo`` (the examples), with their PDFs through LibreOffice.

    $ reportkit render projekts.yaml --pdf
    $ reportkit batch veidne.docx skolas.xlsx -o out --name "{code}.docx"
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import Any

import click

from reportkit.i18n import N_
from reportkit.i18n import gettext as _

from .app import EPILOG, EXIT_FAILED, EXIT_OK, done, say_problems
from .options import rows_spec, use_soffice
from .streams import check_stdout, is_dash, stdin_file, to_stdout
from .summaries import batch_summary
from .terminal import interrupt_between_items, progress_bar
from .translated import ReportkitCommand

__all__ = ["COMMANDS", "batch", "demo", "render"]

_SOFFICE_HELP = N_("LibreOffice's soffice program, when it is not on PATH nor in its usual "
                   "install folder (also: REPORTKIT_SOFFICE).")


def _soffice_option(command: Any) -> Any:
    option = click.option("--soffice", type=click.Path(path_type=Path), expose_value=False,
                          callback=use_soffice, help=_SOFFICE_HELP)
    return option(command)


@click.command(cls=ReportkitCommand, epilog=EPILOG)
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



@click.command(cls=ReportkitCommand, epilog=EPILOG)
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

    with progress_bar(_("Documents")) as bar, interrupt_between_items() as stop_if_asked:

        def progress(done: int, total: int) -> None:
            stop_if_asked()
            if bar is not None:
                bar(done, total)

        result = run_batch(template, table, out_dir, name=name, pdf=pdf, combine=combine,
                           workers=workers, progress=progress, sheet=sheet, rows=rows)
    say_problems(result.problems)
    click.echo(batch_summary(result, out_dir))
    done(EXIT_OK if result.ok else EXIT_FAILED)



@click.command(cls=ReportkitCommand, epilog=EPILOG)
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


COMMANDS = (render, batch, demo)
