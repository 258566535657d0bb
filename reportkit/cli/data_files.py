"""The commands for data files: ``new`` (a starter to fill in), ``validate`` (check without
rendering) and ``schema`` (the JSON Schema editors check YAML with).

    $ reportkit new project -o projekts.yaml
    $ reportkit validate projekts.yaml
"""

from __future__ import annotations

import contextlib
import tempfile
from pathlib import Path

import click

from reportkit.errors import ReportkitError
from reportkit.i18n import gettext as _
from reportkit.kinds import NAMES

from .app import EPILOG, EXIT_OK, EXIT_USAGE, done, say_problems
from .streams import STDIN, check_stdout, echo_text, is_dash, stdin_file, to_stdout
from .summaries import data_summary
from .translated import ReportkitCommand

__all__ = ["COMMANDS", "new", "schema", "validate"]


@click.command(cls=ReportkitCommand, epilog=EPILOG)
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



@click.command(cls=ReportkitCommand, epilog=EPILOG)
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



@click.command(cls=ReportkitCommand, epilog=EPILOG)
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


COMMANDS = (new, validate, schema)
