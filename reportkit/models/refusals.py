"""What :mod:`reportkit.lv` says when it refuses a name or an amount, in the language reportkit
speaks.

``reportkit.lv`` imports nothing of reportkit, so it cannot translate: it raises ``ValueError``
in English. The places its words reach a coordinator (a place in a press release, a name for
``reportkit decline``, an amount for ``reportkit words``) pass them through :func:`said`, which
finds the English template the text was made from and gives it in the current language, its
inner parts (why a name cannot decline, the hint) translated too. A text made from no template
here is given as it is.

    >>> from reportkit import i18n
    >>> text = "unknown currency 'USD': use one of EUR, LVL"
    >>> said(text) == text
    True
    >>> _ = i18n.set_language("lv"); said(text)
    "nezināma valūta 'USD': jābūt vienai no: EUR, LVL"
    >>> _ = i18n.set_language("en")
"""

from __future__ import annotations

from reportkit.i18n import N_, made_from
from reportkit.i18n import gettext as _

__all__ = ["said"]

# reportkit.lv's messages, as its f-strings make them ({word} is a quoted repr there)
_WHOLE = (
    N_("{word} is in none of reportkit's tables and {problem}, so its Latvian forms cannot be "
       "known: {hint}give the forms with reportkit.add_forms({again}, {{'gen': …, 'loc': …}}) "
       "or in a forms file (reportkit.load_forms)"),
    N_("{word} does not end like a Latvian plural (-i, -as, -es, -is)"),
    N_("{word} does not end as a man's name declines in Latvian ({endings}; MK 114): check the "
       "gender, or give the forms with reportkit.add_forms({again}, {{...}})"),
    N_("{word} does not end as a woman's name declines in Latvian ({endings}; MK 114): check "
       "the gender, or give the forms with reportkit.add_forms({again}, {{...}})"),
    N_("cannot decline {name} for either gender: give its forms with reportkit.add_forms"),
    N_("the names in {name} do not tell whether it is a man or a woman"),
    N_("decline needs a word, got an empty string"),
    N_("unknown currency {code}: use one of {codes}"),
    N_("currency_word {word} does not name {currency}: use one of {words}"),
    N_("amount {text} mixes ',' and '.': write 22783.00 or 22 783,00"),
    N_("amount {text} is not a number: write it like 22783.00 or 22 783,00"),
    N_("amount {amount} is not a number"),
    N_("amount must not be negative (got {amount})"),
    N_("amount {amount} has more than two decimals: round it to cents first"),
    N_("{n} is too large: numbers in words go up to {most}"),
)
# the parts of a message above that are themselves lv's words
_PARTS = (
    N_("has letters that are not in the Latvian alphabet ({letters})"),
    N_("ends in -{ending}, which a Latvian nominative singular never does"),
    N_("does not end in a Latvian nominative ending (-s, -š, -is, -us, -a, -e)"),
    N_("in Latvian it is {name} (reportkit/lv/data/cities.tsv), write that; or "),
    N_("-a, -e, or -s after a consonant"),
)


def said(text: str) -> str:
    """``text``, a message of :mod:`reportkit.lv`, in the language reportkit speaks.

    >>> said("decline needs a word, got an empty string")
    'decline needs a word, got an empty string'
    """
    found = made_from(text, _WHOLE)
    if found is None:
        return text
    template, values = found
    parts = {name: _part(value) for name, value in values.items()}
    return _(template).format(**parts)


def _part(value: str) -> str:
    found = made_from(value, _PARTS)
    if found is None:
        return value
    template, values = found
    return _(template).format(**values)
