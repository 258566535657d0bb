"""The filters a template may use, one explicit registry (as Jinja's own ``filters.py`` is).

Every ``reportkit.lv`` function meant for templates is named here by hand, so a new ``lv``
function never becomes a filter by accident, and functions that change state or read files
(``add_forms``, ``load_forms``) never are. Jinja's built-in filters stay, with ``join`` made
Latvian and those that can build a huge value from small arguments (``replace``, ``indent``,
``batch`` …) replaced by versions that count first (:mod:`reportkit.render.limited`); every
filter's value and result are size-checked (:func:`reportkit.render.limits.sized_filter`).

    >>> sorted(FILTERS)[:5]
    ['amount_in_words', 'batch', 'cardinal', 'center', 'count']
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from jinja2 import pass_eval_context

from reportkit import lv
from reportkit.i18n import gettext as _

from .images import image
from .limited import LIMITED_FILTERS
from .limits import MAX_SIZE, text_size
from .markup import markup

__all__ = ["FILTERS"]


@pass_eval_context
def _join(eval_ctx: Any, items: Any, d: str | None = None, attribute: Any = None, *,
          conj: str = "un", case: str | None = None) -> str:
    """``|join`` is ``lv.join`` (``Vācija, Itālija un Latvija``, ``conj="vai"`` for "or",
    ``case="acc"`` to decline every item: ``starp Vāciju, Itāliju un Latviju``); given a
    separator or an attribute it is Jinja's own: ``|join(", ")``, ``|join(attribute=…)``.

    ``{{ countries|join(case="acc") }}``, ``{{ partners|join(", ", attribute="name") }}``
    """
    from jinja2.exceptions import SecurityError
    from jinja2.filters import do_join

    items = list(items)
    if len(str(d or "")) * len(items) + text_size(items) > MAX_SIZE:
        raise SecurityError(_("join would be longer than the limit {limit}").format(
            limit=MAX_SIZE))
    if d is None and attribute is None:
        from reportkit.lv import join

        return join(items, conj=conj, case=case)
    return str(do_join(eval_ctx, items, d or "", attribute))



def _decline(value: Any, case: str, **options: Any) -> str:
    """``|decline``: a person from the data (contact, signatory, prepared_by) declines by their
    name and gender (:meth:`reportkit.models.people.Named.in_case`); any text declines as a
    phrase (:func:`reportkit.lv.decline`): ``{{ signatory|decline('dat') }}``.

    >>> from reportkit.models import Person
    >>> FILTERS["decline"](Person(name="Jānis Bērziņš"), "dat"), FILTERS["decline"]("Cēsis", "loc")
    ('Jānim Bērziņam', 'Cēsīs')
    """
    from reportkit.models.people import Named

    if isinstance(value, Named) and not options:
        return value.in_case(case)
    return lv.decline(value, case, **options)


_decline.__wrapped__ = lv.decline  # type: ignore[attr-defined]  # its arguments are lv.decline's


FILTERS: dict[str, Callable[..., Any]] = {
    # numbers and money (reportkit.lv.numbers, .money, .figures)
    "cardinal": lv.cardinal,
    "ordinal": lv.ordinal,
    "parse_number": lv.parse_number,
    "amount_in_words": lv.amount_in_words,
    "format_money": lv.format_money,
    "format_percent": lv.format_percent,
    # dates (reportkit.lv.dates)
    "format_date": lv.format_date,
    "format_date_range": lv.format_date_range,
    "format_duration": lv.format_duration,
    "format_month_year": lv.format_month_year,
    "months_between": lv.months_between,
    # nouns, names, lists, countries (reportkit.lv.nouns, .countries)
    "count": lv.count,
    "decline": _decline,
    "decline_name": lv.decline_name,
    "decline_person": lv.decline_person,
    "gender": lv.gender,
    "plural": lv.plural,
    "country": lv.country,
    "join": _join,
    # pictures from the data (reportkit.render.images)
    "image": image,
    # text read as marked-up text: lists, bold, italic, links (reportkit.render.markup)
    "markup": markup,
    # Jinja's own, counting before they build (reportkit.render.limited)
    **LIMITED_FILTERS,
}
"""Filter name → function; the sandbox adds these to Jinja's built-in filters."""
