"""The commands for template authors: ``check`` (a template's tags, filters and the names it
reads) and ``filters`` (what a template may use).

    $ reportkit check musu_veidne.docx --kind project
    $ reportkit filters
"""

from __future__ import annotations

from pathlib import Path

import click

from reportkit.i18n import gettext as _
from reportkit.kinds import NAMES

from .app import EPILOG, EXIT_USAGE, done, say_problems
from .translated import ReportkitCommand

__all__ = ["COMMANDS", "check", "filters"]


@click.command(cls=ReportkitCommand, epilog=EPILOG)
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



@click.command(cls=ReportkitCommand, epilog=EPILOG)
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


COMMANDS = (check, filters)
