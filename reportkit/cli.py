"""The ``reportkit`` command line. It holds no logic of its own: each command calls the library.

    $ reportkit demo
"""

from __future__ import annotations

from pathlib import Path

import click


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def cli() -> None:
    """Latvian grant-project documents from data files and Word templates."""


@cli.command()
@click.option("-o", "--out", "out_dir", default="out", type=click.Path(path_type=Path),
              help="Folder to write the documents into.", show_default=True)
def demo(out_dir: Path) -> None:
    """Render every example in examples/ into OUT.

    Example: reportkit demo -o out
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    click.echo(f"{out_dir}: no examples to render yet")


def main() -> None:
    """Entry point of the ``reportkit`` script and ``python -m reportkit``."""
    cli()
