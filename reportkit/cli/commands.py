"""The ``reportkit`` command group: its options, and the commands of each module, by what they
are for (each parses its arguments, calls the library and prints):

- :mod:`.documents`: ``render``, ``batch``, ``demo`` (documents and their PDFs);
- :mod:`.data_files`: ``new``, ``validate``, ``schema`` (data files);
- :mod:`.templates`: ``check``, ``filters`` (templates);
- :mod:`.latvian`: ``words``, ``decline`` (reportkit's Latvian on its own).

    $ reportkit render projekts.yaml
    $ reportkit batch veidne.docx skolas.xlsx -o out --name "{code}.docx"

Heavy modules (pydantic, Jinja, docx, Rich) are imported inside the commands that need them, so
``reportkit words`` or ``--help`` start fast and ``render`` pays only for what it uses.

    >>> sorted(cli.commands)  # doctest: +NORMALIZE_WHITESPACE
    ['batch', 'check', 'decline', 'demo', 'filters', 'new', 'render', 'schema', 'validate',
     'words']
"""

from __future__ import annotations

import click

from reportkit import __version__

from . import data_files, documents, latvian, templates
from .app import EPILOG, ReportkitGroup, set_debug

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


for _module in (documents, data_files, templates, latvian):
    for _command in _module.COMMANDS:
        cli.add_command(_command)
