"""A filter refusing a value of the data, said to a coordinator and located in the template.

The Latvian functions (:mod:`reportkit.lv`) speak to programmers ("start must be a
datetime.date, got str '31.02.2024' (parse text with date.fromisoformat)"); when a template's
filter hands them a table cell, the person to tell is the one who filled in the table. Here
their words become what is wrong with the value and what to write, in the language reportkit
speaks, and the problem is located at the paragraph whose tag failed, so the column it reads
is in the line::

    >>> data_message(TypeError("count needs a whole number, got Decimal('5.5')"))
    'count needs a whole number, but the data holds 5.5'
    >>> data_message(ZeroDivisionError("division by zero"))
    'a division by zero: the tag divides by a value that is 0'
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from reportkit.errors import Problem
from reportkit.i18n import N_
from reportkit.i18n import gettext as _

if TYPE_CHECKING:
    from .compiled import CompiledTemplate

__all__ = ["data_message", "data_problem"]

# lv's words (a pattern, its values named) → a coordinator's (marked for the catalogue)
_SAID = [
    (r"(?P<name>\w+) must be a datetime\.date, got str (?P<value>.*) \(parse text with "
     r"date\.fromisoformat\)",
     N_("a date is needed here, but the data holds the text {value}: write the date as "
        "2024-02-12, or in a workbook as a date cell")),
    (r"(?P<name>\w+) must be a datetime\.date, got the datetime (?P<value>.*): pass \.date\(\) "
     r"to drop the time",
     N_("a date is needed here, but the data holds a date with a time of day ({value}): give "
        "the date alone")),
    (r"(?P<name>\w+) must be a datetime\.date, got \w+ (?P<value>.*)",
     N_("a date is needed here, but the data holds {value}")),
    (r"count needs a whole number, got (?P<value>.*)",
     N_("count needs a whole number, but the data holds {value}")),
    (r"decline needs a word, got an empty string",
     N_("decline needs a name, but the data holds an empty text: fill it in, or leave the tag "
        "out with {{% if … %}}")),
    (r"expected an int, got \w+ (?P<value>.*)",
     N_("a whole number is needed, but the data holds {value}")),
    (r"division by zero", N_("a division by zero: the tag divides by a value that is 0")),
    (r"cannot convert float infinity to integer",
     N_("a number in the template is infinite (a division by a tiny number, or 'inf'): check "
        "the calculation in the tag")),
    (r"amount (?P<text>.*) is not a number: write it like 22783\.00 or 22 783,00",
     N_("amount {text} is not a number: write it like 22783.00 or 22 783,00")),
    (r"amount must not be negative \(got (?P<amount>.*)\)",
     N_("amount must not be negative (got {amount})")),
    (r"amount (?P<amount>.*) has more than two decimals: round it to cents first",
     N_("amount {amount} has more than two decimals: round it to cents first")),
    (r"amount (?P<text>.*) mixes ',' and '\.': write 22783\.00 or 22 783,00",
     N_("amount {text} mixes ',' and '.': write 22783.00 or 22 783,00")),
    (r"percentage (?P<value>.*) is not a number: write it like 12\.5 or 12,5",
     N_("percentage {value} is not a number: write it like 12.5 or 12,5")),
    (r"unknown country code (?P<code>.*): use a two-letter code such as 'DE' or 'LV'",
     N_("unknown country code {code}: use a two-letter code such as 'DE' or 'LV'")),
    (r"the period starts after it ends: start (?P<start>\S*), end (?P<end>\S*); swap them",
     N_("the period starts after it ends: start {start}, end {end}; swap them")),
    (r"count needs a number of at least 0, got (?P<value>.*)",
     N_("count needs a number of at least 0, but the data holds {value}")),
    (r"ordinals start at 1 \(got (?P<value>.*)\)",
     N_("ordinal numbers start at 1, but the data holds {value}")),
    (r"(?P<value>\d+) is too large: numbers in words go up to (?P<limit>\d+)",
     N_("{value} is too large: numbers in words go up to {limit}")),
    (r"unknown number word (?P<word>.*) in (?P<text>.*)",
     N_("unknown number word {word} in {text}")),
    (r"the names in (?P<text>.*) do not tell whether it is a man or a woman",
     N_("the names in {text} do not tell whether it is a man or a woman: give the person's "
        "gender in the data")),
    (r"(?P<word>.*) is in none of reportkit's tables and (?P<problem>.*), so its Latvian "
     r"forms cannot be known: give the forms with (?P<how>.*)",
     N_("{word} is in none of reportkit's tables and {problem}, so its Latvian forms cannot "
        "be known: give the forms with {how}")),
]
# what lv says is odd about a word it cannot decline (the {problem} above)
_PROBLEMS = [
    (r"has letters that are not in the Latvian alphabet \((?P<letters>[^)]*)\); a Latvian "
     r"document writes a name in its Latvian form \(MK 114\)",
     N_("has letters that are not in the Latvian alphabet ({letters}); a Latvian document "
        "writes a name in its Latvian form (MK 114)")),
    (r"has letters that are not in the Latvian alphabet \((?P<letters>[^)]*)\)",
     N_("has letters that are not in the Latvian alphabet ({letters})")),
    (r"ends in -(?P<ending>\w+), which a Latvian nominative singular never does",
     N_("ends in -{ending}, which a Latvian nominative singular never does")),
    (r"does not end in a Latvian nominative ending \(-s, -š, -is, -us, -a, -e\)",
     N_("does not end in a Latvian nominative ending (-s, -š, -is, -us, -a, -e)")),
]


def _plain(value: str) -> str:
    """``Decimal('5.5')`` as the data wrote it: ``5.5``."""
    return re.sub(r"^Decimal\('(.*)'\)$", r"\1", value)


def data_message(exc: BaseException) -> str:
    """What ``exc``, raised by a filter on a value, means to the person who wrote the data."""
    text = str(exc) or type(exc).__name__
    return _said(text, _SAID)


def _said(text: str, table: list[tuple[str, str]]) -> str:
    """``text`` in the words of the first ``table`` entry whose pattern it matches.

    >>> _said("the names in 'A B' do not tell whether it is a man or a woman", _SAID)
    "the names in 'A B' do not tell whether it is a man or a woman: give the person's gender \
in the data"
    """
    for pattern, message in table:
        match = re.fullmatch(pattern, text, flags=re.DOTALL)
        if match is not None:
            values = {k: _plain(v) for k, v in match.groupdict().items()}
            if "problem" in values:
                values["problem"] = _said(values["problem"], _PROBLEMS)
            return _(message).format(**values)
    return text


def data_problem(compiled: CompiledTemplate, exc: BaseException) -> Problem:
    """The problem of ``exc``, at the paragraph of ``compiled`` that was rendering."""
    from .isolation import located

    return replace(located(compiled, exc.__traceback__, data_message(exc)), code="render.data")
