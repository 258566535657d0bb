"""The callbacks of options several commands share: ``--soffice`` and ``batch --rows``."""

from __future__ import annotations

import os
from pathlib import Path

import click

from reportkit.errors import ReportkitError

__all__ = ["rows_spec", "use_soffice"]


def rows_spec(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    """``batch --rows``: checked before anything is read, as a usage error when wrong."""
    if value is not None:
        from reportkit.jobs.rows import parse_spec

        try:
            parse_spec(value)
        except ReportkitError as exc:
            raise click.BadParameter(exc.problems[0].message.removeprefix("--rows: ")) from None
    return value


def use_soffice(_ctx: click.Context, _param: click.Parameter, value: Path | None) -> None:
    """``--soffice PATH``: the LibreOffice to run, for this command (as ``REPORTKIT_SOFFICE``)."""
    if value is not None:
        from reportkit.render.soffice import ENV

        os.environ[ENV] = str(value)
