"""The field types of the models: money, percentages, countries, phones, e-mails, web
addresses, paragraphs and other text with markup (:mod:`reportkit.models.markup`).

Each is an ``Annotated`` type with its own validation and JSON Schema, so a model reads like the
document it describes (``total: Money``, ``country: Country``) and a rule is written once::

    >>> from pydantic import TypeAdapter
    >>> TypeAdapter(Money).validate_python("22 783,00")
    Decimal('22783.00')
    >>> TypeAdapter(Country).validate_python("el")
    'GR'

Money is ``Decimal`` with exact cents, never float: ``parse_money`` refuses a float, and so do
the percentages.
"""

from __future__ import annotations

import re
from decimal import ROUND_DOWN, ROUND_HALF_UP, ROUND_UP, Decimal
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BeforeValidator,
    Field,
    PlainSerializer,
    PlainValidator,
    WithJsonSchema,
)

from reportkit.i18n import N_
from reportkit.i18n import gettext as _

from .markup import Marked, blocks_of, email_address, web_address

__all__ = [
    "CENT", "EURO", "Country", "Declinable", "Email", "MarkedText", "Money", "Paragraphs",
    "Percent", "Phone", "Rounding", "WebAddress", "parse_money", "parse_percent", "round_money",
]

# --- money and percentages --------------------------------------------------------------------

CENT = Decimal("0.01")
EURO = Decimal("1")
# How a derived amount (a pre-financing share) is rounded: to the cent, or to whole euros as
# seed 003 does (20 % of 22 783.00 = 4 556.60, written 4 557.00).
Rounding = Literal["cent", "euro", "euro_up", "euro_down"]
_ROUNDING = {
    "cent": (CENT, ROUND_HALF_UP),
    "euro": (EURO, ROUND_HALF_UP),
    "euro_up": (EURO, ROUND_UP),
    "euro_down": (EURO, ROUND_DOWN),
}

def parse_money(value: Any) -> Decimal:
    """An amount in euros as a ``Decimal`` with two places; raise ``ValueError`` if it isn't one.

    The parsing is :func:`reportkit.lv.money.parse_amount`'s (text with a decimal point or comma,
    spaces between thousands, an optional ``EUR`` or ``€``; no floats, no negative amounts, no
    fractions of a cent); here every refusal is a ``ValueError``, as pydantic expects.

    >>> parse_money("4 557.00 EUR")
    Decimal('4557.00')
    >>> parse_money("-5")
    Traceback (most recent call last):
    ...
    ValueError: amount must not be negative (got -5)

    An amount must also be one ``amount_in_words`` can say: below 10**18 euros.
    """
    from reportkit.lv.money import parse_amount
    from reportkit.lv.numbers import LIMIT

    try:
        amount = parse_amount(value)
    except (TypeError, ValueError) as exc:  # lv's English words, in the language spoken
        from .refusals import said

        raise ValueError(said(str(exc))) from None
    except ArithmeticError:  # more digits than a Decimal holds: 30 nines
        amount = None
    if amount is None or amount >= LIMIT:
        raise ValueError(_("amount {amount} is too large: an amount in a document can be said "
                           "in words only below {most}").format(amount=value, most=_(_MAX_AMOUNT)))
    return amount


_MAX_AMOUNT = N_("1 000 000 000 000 000 000 euros")


def parse_percent(value: Any) -> Decimal:
    """A percentage from 0 to 100, from ``20``, ``"20"``, ``"20 %"`` or ``"12,5%"``; the parsing
    is :func:`reportkit.lv.figures.parse_percent`'s, here every refusal is a ``ValueError``.

    >>> parse_percent("20 %")
    Decimal('20')
    >>> parse_percent(120)
    Traceback (most recent call last):
    ...
    ValueError: must be a percentage from 0 to 100 (got 120)
    """
    from reportkit.lv.figures import parse_percent as parse

    try:
        number = parse(value)
    except (TypeError, ValueError):  # floats included: 12.5 % is written as text, like money
        raise ValueError(_("must be a percentage like 20 or '12,5 %' (got {value})").format(
            value=repr(value))) from None
    if not 0 <= number <= 100:
        raise ValueError(_("must be a percentage from 0 to 100 (got {value})").format(
            value=repr(value)))
    return number


def round_money(amount: Decimal, rounding: Rounding = "cent") -> Decimal:
    """Round by the rule the data names, always giving two places.

    ``cent`` rounds half up to the cent; ``euro`` half up to whole euros; ``euro_up`` and
    ``euro_down`` to whole euros upwards or downwards.

    >>> round_money(Decimal("4556.605")), round_money(Decimal("4556.60"), "euro")
    (Decimal('4556.61'), Decimal('4557.00'))
    """
    step, mode = _ROUNDING[rounding]
    return amount.quantize(step, rounding=mode).quantize(CENT)


Money = Annotated[
    Decimal,
    PlainValidator(parse_money),
    # exact text in JSON ("22783.00"), Decimal in Python; pydantic's own Decimal serializer
    # warns about every value once a PlainValidator stands before it
    PlainSerializer(str, return_type=str, when_used="json"),
    WithJsonSchema({
        "anyOf": [{"type": "string", "pattern": r"^[0-9  ]+([.,][0-9]{1,2})?( ?(EUR|€))?$"},
                  {"type": "number", "minimum": 0}],
        "description": "Euros: 22783.00, '22 783,00' or a whole number",
    }),
]
"""Euros and cents: a ``Decimal`` with two places, never negative, never from a float."""

Percent = Annotated[
    Decimal,
    PlainValidator(parse_percent),
    PlainSerializer(str, return_type=str, when_used="json"),
    WithJsonSchema({
        "anyOf": [{"type": "string"}, {"type": "number", "minimum": 0, "maximum": 100}],
        "description": "A percentage from 0 to 100: 20 or '20 %'",
    }),
]
"""A percentage from 0 to 100, as ``Decimal``."""


# --- countries --------------------------------------------------------------------------------


def _country(code: str) -> str:
    """The ISO code of ``code``, checked against the countries ``lv.country`` can name (its own
    table, ``reportkit/lv/data/countries.tsv``), so data that validates never fails in a
    template's ``|country``; the EU's EL and UK are read as GR and GB, and the table's Latvian
    name as its code (``Spānija``, ``spanija``: ES), with the names meant for a misspelt one.

    >>> _country("Spānija")
    'ES'
    >>> _country("Spanja")
    Traceback (most recent call last):
    ...
    ValueError: must be a two-letter ISO country code like LV, DE, IT or a country's Latvian name (got 'Spanja'); did you mean 'Spānija'?
    """  # noqa: E501
    from reportkit.lv.countries import code_for_name, country_code, similar_names

    try:
        return country_code(code)
    except ValueError:
        pass
    named = code_for_name(code)
    if named is not None:
        return named
    close = similar_names(code)
    meant = _("; did you mean {names}?").format(
        names=_(" or ").join(repr(n) for n in close)) if close else ""
    raise ValueError(_("must be a two-letter ISO country code like LV, DE, IT or a country's "
                       "Latvian name (got {value}){meant}").format(value=repr(code), meant=meant))


def _text(value: object) -> object:
    # YAML 1.1 would read NO as false; the loader prevents it, this catches Python callers.
    if isinstance(value, bool):
        raise ValueError(_("must be a two-letter ISO country code like LV (got {value})").format(
            value=repr(value)))
    return value


Country = Annotated[
    str,
    BeforeValidator(_text),
    AfterValidator(_country),
    Field(description="ISO 3166-1 alpha-2 code: LV, DE, IT, NO …", examples=["LV"]),
]
"""A country as its two-letter ISO code, upper case."""


# --- phones and e-mails -----------------------------------------------------------------------

_PHONE = re.compile(r"(\+371)?(\d{8})")


def _phone(text: str) -> str:
    """Latvian numbers have eight digits (seed 002: "t.65425102"); ``+371`` is kept if given."""
    bare = re.sub(r"[\s\-().]", "", text)
    bare = re.sub(r"^(tālr|tel|t)\.?:?", "", bare, flags=re.IGNORECASE)
    match = _PHONE.fullmatch(bare)
    if match is None:
        raise ValueError(_("must be 8 digits, or +371 and 8 digits (got {value})").format(
            value=repr(text)))
    return f"+371 {match[2]}" if match[1] else match[2]


def _digits_as_text(value: object) -> object:
    # YAML reads 65425102 as a number; a phone number is text.
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else value


Phone = Annotated[
    str,
    BeforeValidator(_digits_as_text),
    AfterValidator(_phone),
    WithJsonSchema({"anyOf": [{"type": "string"}, {"type": "integer", "minimum": 0}],
                    "examples": ["65425102", "+371 65425102"]}),
]
"""A Latvian phone number: eight digits, or ``+371`` and eight digits."""

Email = Annotated[str, AfterValidator(email_address), Field(examples=["vards@iestade.lv"])]
"""An e-mail address (shape only: something@domain.tld); documents show it as a link."""

WebAddress = Annotated[str, AfterValidator(web_address),
                       Field(examples=["http://ms.lps.lv/", "www.daugavpils.lv"])]
"""A web address, with or without ``http://``; documents show it as a link. Any other kind of
address (``javascript:``, ``file:``) is refused."""


# --- names documents decline ------------------------------------------------------------------


def _declinable(text: str) -> str:
    """``text`` if reportkit knows its Latvian case forms, else the reason, as lv says it."""
    from reportkit.lv import decline
    from reportkit.lv.grammar import CASES

    for case in CASES:
        try:
            decline(text, case)
        except ValueError as exc:  # lv says why and how to give the forms
            from .refusals import said

            raise ValueError(said(str(exc))) from None
    return text


Declinable = Annotated[str, AfterValidator(_declinable)]
"""A place or organisation name the built-in templates decline (``Daugavpilī``,
``Daugavpils pilsētas domes``): refused when reportkit cannot know its case forms (a foreign
name no table has, ``Kaunas``), so the problem is found when the file is checked, not when the
document is made.

    >>> from pydantic import TypeAdapter
    >>> TypeAdapter(Declinable).validate_python("Daugavpils")
    'Daugavpils'
"""


# --- paragraphs -------------------------------------------------------------------------------


def _paragraphs(value: object) -> object:
    # One text becomes its blocks: paragraphs (a paragraph wrapped over several lines in a data
    # file is one paragraph, its lines joined with spaces) and lists, each a Marked text.
    if isinstance(value, str):
        return [Marked(source) for source, _ in blocks_of(value)]
    return value


def _marked(items: list[str]) -> list[str]:
    return [item if isinstance(item, Marked) else Marked(item) for item in items]


Paragraphs = Annotated[list[str], BeforeValidator(_paragraphs), AfterValidator(_marked),
                      WithJsonSchema({"anyOf": [{"type": "string"},
                                                {"type": "array", "items": {"type": "string"}}]})]
"""Text in paragraphs: a list, or one text whose blank lines separate the paragraphs; each
paragraph or list is a :class:`~reportkit.models.markup.Marked` text (lists, bold, italic,
links: :mod:`reportkit.models.markup`).

    >>> from pydantic import TypeAdapter
    >>> TypeAdapter(Paragraphs).validate_python("Pirmā\\nrinda.\\n\\nOtrā:\\n- **a**\\n- b")
    ['Pirmā rinda.', 'Otrā:', '- **a**\\n- b']
"""

MarkedText = Annotated[str, AfterValidator(Marked)]
"""One text with markup (:mod:`reportkit.models.markup`): an activity's description."""
