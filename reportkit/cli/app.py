"""How the command line reports: one line per problem, an exit code for every outcome.

Exit codes (also in ``reportkit --help``):

- 0: everything done;
- 1: some items failed (rows of a batch, PDFs), the rest were written;
- 2: bad input or usage: a missing or wrong file, an invalid field, a broken template, an
  output that cannot be written, an unknown option;
- 3: an internal error, a bug in reportkit (rerun with ``--debug`` for the traceback);
- 130: interrupted (Ctrl-C).

Every problem is one line on stderr; ``--debug`` (or ``REPORTKIT_DEBUG=1``) adds tracebacks.
"""

from __future__ import annotations

import os
import sys
import traceback
import warnings
from collections.abc import Sequence
from typing import Any, NoReturn

import click
from click.exceptions import NoArgsIsHelpError

from reportkit import i18n
from reportkit.errors import Problem, ReportkitError
from reportkit.i18n import gettext as _
from reportkit.i18n import os_reason

from .translated import ReportkitCommand

__all__ = ["EPILOG", "EXIT_FAILED", "EXIT_INTERNAL", "EXIT_INTERRUPTED", "EXIT_OK", "EXIT_USAGE",
           "ReportkitGroup", "done", "say_error", "say_problems", "set_debug"]

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 3
EXIT_INTERRUPTED = 130

EPILOG = """\b
Exit codes: 0 done, 1 some items failed, 2 bad input or usage,
3 internal error (a bug: rerun with --debug), 130 interrupted.
"""  # translated when shown (reportkit.cli.translated)


def say_error(line: str) -> None:
    click.echo(line, err=True)


def say_problems(problems: Sequence[Problem]) -> None:
    """One line each on stderr; a problem with no place is said to be reportkit's."""
    from .streams import shown

    for problem in problems:
        say_error(shown(str(problem)) if problem.where() else f"reportkit: {problem}")


class ReportkitGroup(ReportkitCommand, click.Group):
    """A click group that turns every error into one line per problem and an exit code, and
    speaks the language ``--lang``, ``REPORTKIT_LANG`` or the system chooses."""

    debug: bool = False
    command_class = ReportkitCommand

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None,
             complete_var: str | None = None, standalone_mode: bool = True,
             **extra: Any) -> NoReturn:
        """Run the command line and exit with the documented code, whatever happens."""
        self.debug = os.environ.get("REPORTKIT_DEBUG", "") not in ("", "0")
        i18n.set_language(None)  # the environment's, until --lang says otherwise
        i18n.install_for_click()
        code = self._run(args, prog_name or "reportkit", complete_var, extra)
        sys.exit(code)

    def _run(self, args: Sequence[str] | None, prog_name: str, complete_var: str | None,
             extra: dict[str, Any]) -> int:
        try:
            result = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except click.ClickException as exc:
            return self._usage(exc)
        except (click.Abort, KeyboardInterrupt):
            say_error("reportkit: " + _("interrupted"))
            return EXIT_INTERRUPTED
        except ReportkitError as exc:
            self._traceback()
            say_problems(exc.problems)
            return EXIT_USAGE
        except OSError as exc:
            self._traceback()
            where = f": {exc.filename}" if exc.filename else ""
            say_error(f"reportkit: {os_reason(exc)}{where}")
            return EXIT_USAGE
        except Exception as exc:
            self._traceback()
            say_error("reportkit: " + _("internal error ({error}); this is a bug in reportkit: "
                                        "rerun with --debug to see where, and report it").format(
                error=f"{type(exc).__name__}: {exc}"))
            return EXIT_INTERNAL
        return result if isinstance(result, int) else EXIT_OK

    def _usage(self, exc: click.ClickException) -> int:
        context = getattr(exc, "ctx", None)
        if isinstance(exc, NoArgsIsHelpError) and context is not None:
            click.echo(context.get_help())  # `reportkit` alone: what it can do, not an error
            return EXIT_OK
        command = context.command_path if context is not None else "reportkit"
        message = " ".join(exc.format_message().split())
        say_error(f"{command}: {message} " + _("(see '{help}')").format(help=f"{command} --help"))
        return exc.exit_code

    def _traceback(self) -> None:
        if self.debug:
            traceback.print_exc()

    def invoke(self, ctx: click.Context) -> Any:
        """Run the command with data warnings (corrections the models made) as one line each."""
        with warnings.catch_warnings():
            warnings.simplefilter("always")
            warnings.showwarning = _show_warning
            return super().invoke(ctx)


def _show_warning(message: Warning | str, category: type[Warning], filename: str, lineno: int,
                  file: Any = None, line: str | None = None) -> None:
    if category.__module__.startswith("reportkit"):
        from .streams import shown

        say_error(_("warning: {message}").format(message=shown(str(message))))


def set_debug(ctx: click.Context, _param: click.Parameter, value: bool) -> bool:
    root = ctx.find_root().command
    if value and isinstance(root, ReportkitGroup):
        root.debug = True
    return value


def done(code: int) -> None:
    """End the command with ``code`` unless it is 0."""
    if code != EXIT_OK:
        click.get_current_context().exit(code)
