"""The commands that show reportkit's Latvian: ``words`` (an amount in words) and ``decline``
(a name in a case).

    $ reportkit words 22783.00
    $ reportkit decline "Jānis Bērziņš" --case dat
"""

from __future__ import annotations

import click

from reportkit.errors import Problem, ReportkitError

from .app import EPILOG
from .translated import ReportkitCommand

__all__ = ["COMMANDS", "decline", "words"]


@click.command(cls=ReportkitCommand, epilog=EPILOG)
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
        from reportkit.models.refusals import said  # only here: it imports the models

        raise ReportkitError(Problem(said(str(exc)), code="lv.refused")) from None
    click.echo(text)


@click.command(cls=ReportkitCommand, epilog=EPILOG)
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
        from reportkit.models.refusals import said  # only here: it imports the models

        raise ReportkitError(Problem(said(str(exc)), code="lv.refused")) from None


COMMANDS = (words, decline)
