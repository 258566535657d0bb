"""``--help`` in the language reportkit speaks, and the ``--lang`` option that chooses it.

The commands' docstrings and options' ``help=`` texts stay English in the code; they are
translated when the help is shown, not when the commands are defined, so ``--lang lv`` (or
``REPORTKIT_LANG``) given on the same command line already applies. ``scripts/catalogs.py``
extracts those texts from ``reportkit/cli/*.py`` as they are written there; click's own words
("Usage:", "Options", "Show this message and exit.") come from the same catalogue through
:func:`reportkit.i18n.install_for_click`.

    >>> from click.testing import CliRunner
    >>> @click.command(cls=ReportkitCommand)
    ... @click.option("--force", is_flag=True, help="Replace OUT if it exists.")
    ... def new(force: bool) -> None:
    ...     pass
    >>> help = CliRunner().invoke(new, ["--lang", "lv", "--help"]).output
    >>> for line in help.splitlines()[:4]:
    ...     print(line)
    Lietošana: new [IESPĒJAS]
    <BLANKLINE>
    Iespējas:
      --force         Aizstāt OUT, ja tas jau ir.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import click

from reportkit import i18n
from reportkit.i18n import N_
from reportkit.i18n import gettext as _

__all__ = ["ReportkitCommand", "choose_language", "lang_option"]


# Words click translates through a variable, so extraction from its code cannot see them.
_CLICK_WORDS = (N_("required"),)
# Placeholders of options' values, by click type name.
_METAVARS = {"path": N_("PATH"), "text": N_("TEXT"), "integer": N_("INTEGER"),
             "integer range": N_("INTEGER")}


def _translated(text: str | None) -> str | None:
    """``text`` (a docstring or help, cleaned as click cleans it) in the current language."""
    return None if text is None else i18n.gettext(inspect.cleandoc(text))


def choose_language(_ctx: click.Context, _param: click.Parameter, value: str | None) -> None:
    """The ``--lang`` callback: speak ``value`` from now on, click's messages too."""
    if value is not None:
        i18n.set_language(value)
        i18n.install_for_click()


def lang_option() -> click.Option:
    """``--lang lv|en``, eager so that the help and the errors after it are in that language."""
    return click.Option(["--lang"], type=click.Choice(i18n.LANGUAGES), is_eager=True,
                        expose_value=False, callback=choose_language,
                        help="Messages in Latvian (lv) or English (en); default: the "
                             "system's language (also: REPORTKIT_LANG).")


def _lang_in(args: list[str]) -> str | None:
    """The known language ``--lang`` names in ``args``, if any (an unknown one is left for
    click to report).

    >>> _lang_in(["render", "--lang", "lv", "x.yaml"]), _lang_in(["--lang=en"]), _lang_in([])
    ('lv', 'en', None)
    """
    for here, arg in enumerate(args):
        if arg == "--":
            break
        value = arg[len("--lang="):] if arg.startswith("--lang=") else None
        if arg == "--lang" and here + 1 < len(args):
            value = args[here + 1]
        if value in i18n.LANGUAGES:
            return value
    return None


@contextmanager
def _options_translated(params: list[click.Parameter]) -> Iterator[None]:
    saved = [(p, p.help, p.metavar) for p in params if isinstance(p, click.Option)]
    try:
        for param, text, metavar in saved:
            param.help = _translated(text)
            if metavar is None and not param.is_flag and param.type.name in _METAVARS:
                param.metavar = _(_METAVARS[param.type.name])
        yield
    finally:
        for param, text, metavar in saved:
            param.help, param.metavar = text, metavar


class ReportkitCommand(click.Command):
    """A reportkit command: its help text, epilog and options' help shown translated, and
    ``--lang`` among its options."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.params.append(lang_option())

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        """Speak the language of a ``--lang`` anywhere among ``args`` before reading them, so
        that ``--help --lang lv`` and every error in the arguments are in it too."""
        choose_language(ctx, self.params[-1], _lang_in(args))
        return super().parse_args(ctx, args)

    def collect_usage_pieces(self, ctx: click.Context) -> list[str]:
        """The usage line's pieces, click's placeholders translated ("[OPTIONS]")."""
        words = {"[OPTIONS]": _("[OPTIONS]"), "COMMAND [ARGS]...": _("COMMAND [ARGS]...")}
        return [words.get(piece, piece) for piece in super().collect_usage_pieces(ctx)]

    def format_help_text(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        english = self.help
        self.help = _translated(english)
        try:
            super().format_help_text(ctx, formatter)
        finally:
            self.help = english

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        english = self.epilog
        self.epilog = _translated(english)
        try:
            super().format_epilog(ctx, formatter)
        finally:
            self.epilog = english

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with _options_translated(self.get_params(ctx)):
            super().format_options(ctx, formatter)

    def get_short_help_str(self, limit: int = 45) -> str:
        english = self.help
        self.help = _translated(english)
        try:
            return super().get_short_help_str(limit)
        finally:
            self.help = english

