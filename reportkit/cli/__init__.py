"""The ``reportkit`` command line. It holds no logic of its own: each command calls the library.

``app`` reports problems and sets exit codes, ``commands`` is the command group (its commands in
``documents``, ``data_files``, ``templates`` and ``latvian``), ``terminal`` the
progress bar and Ctrl-C handling.

    $ reportkit render projekts.yaml
    $ reportkit batch veidne.docx skolas.xlsx -o out --name "{code}.docx"
"""

from __future__ import annotations

import sys

from reportkit.i18n import gettext as _

from .app import EXIT_FAILED, EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, say_error
from .commands import cli

__all__ = ["EXIT_FAILED", "EXIT_INTERNAL", "EXIT_INTERRUPTED", "EXIT_OK", "EXIT_USAGE", "cli",
           "main"]


def main() -> None:
    """Entry point of the ``reportkit`` script and ``python -m reportkit``."""
    try:
        cli.main(prog_name="reportkit")
    except KeyboardInterrupt:  # arriving between commands, after click has let go
        say_error("reportkit: " + _("interrupted"))
        sys.exit(EXIT_INTERRUPTED)
