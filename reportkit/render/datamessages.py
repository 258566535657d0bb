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
from reportkit.i18n import N_, matched
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
    (r"(?P<word>'.*') does not end as a man's name declines in Latvian \((?P<endings>.*); "
     r"MK 114\): check the gender, or give the forms with (?P<how>.*)",
     N_("{word} does not end as a man's name declines in Latvian ({endings}; MK 114): check "
        "the gender, or give the forms with {how}")),
    (r"(?P<word>'.*') does not end as a woman's name declines in Latvian \((?P<endings>.*); "
     r"MK 114\): check the gender, or give the forms with (?P<how>.*)",
     N_("{word} does not end as a woman's name declines in Latvian ({endings}; MK 114): check "
        "the gender, or give the forms with {how}")),
    (r"cannot decline (?P<full>'.*') for either gender: give its forms with reportkit\.add_forms",
     N_("cannot decline {full} for either gender: give its forms with reportkit.add_forms")),
    (r"no (?P<case>\w+) (?P<number>sg|pl) form is known for (?P<word>'.*'); give it with "
     r"reportkit\.add_forms",
     N_("no {case} {number} form is known for {word}; give it with reportkit.add_forms")),
    (r"(?P<word>'.*') has no (?P<case>dative|locative): reflexive nouns in -šanās have no "
     r"dative or locative; rephrase, e\.g\. (?P<example>'.*') \(valodaskonsultacijas\.lv, 957\)",
     N_("{word} has no {case}: reflexive nouns in -šanās have no dative or locative; rephrase, "
        "e.g. {example} (valodaskonsultacijas.lv, 957)")),
    (r"no name found at the end of (?P<text>'.*'): a person's given name and surname are "
     r"capitalised",
     N_("no name found at the end of {text}: a person's given name and surname are "
        "capitalised")),
    (r"cannot tell whether (?P<full>'.*') is a man or a woman, and the (?P<case>\w+) differs "
     r"\((?P<m>.*) for a man, (?P<f>.*) for a woman\): give gender='m' or 'f'",
     N_("cannot tell whether {full} is a man or a woman, and the {case} differs ({m} for a "
        "man, {f} for a woman): give gender='m' or 'f'")),
    (r"(?P<word>.*) is in none of reportkit's tables and (?P<problem>.*), so its Latvian "
     r"forms cannot be known: in Latvian it is (?P<latvian>'[^']*') "
     r"\(reportkit/lv/data/cities\.tsv\), write that; or give the forms with "
     r"(?P<how>reportkit\.add_forms\(.*\)) or in a forms file \(reportkit\.load_forms\)",
     N_("{word} is in none of reportkit's tables and {problem}, so its Latvian forms cannot "
        "be known: in Latvian it is {latvian} (reportkit/lv/data/cities.tsv), write that; or "
        "give the forms with {how} or in a forms file (reportkit.load_forms)")),
    (r"(?P<word>.*) is in none of reportkit's tables and (?P<problem>.*), so its Latvian "
     r"forms cannot be known: give the forms with (?P<how>reportkit\.add_forms\(.*\)) or in "
     r"a forms file \(reportkit\.load_forms\)",
     N_("{word} is in none of reportkit's tables and {problem}, so its Latvian forms cannot "
        "be known: give the forms with {how} or in a forms file (reportkit.load_forms)")),
]
# Python's words for values that do not fit what a tag does with them; {a} and {b} are the
# kinds of the values (Python's type names), said as _KINDS says them
_PYTHON = [
    (r"can only concatenate str \(not \"(?P<b>\w+)\"\) to str",
     N_("values that do not go together with '+': {a} and {b}; check the data, or make a text a "
        "number with |int or |float")),
    (r"unsupported operand type\(s\) for (?P<op>\S+): '(?P<a>\w+)' and '(?P<b>\w+)'",
     N_("values that do not go together with '{op}': {a} and {b}; check the data, or make a "
        "text a number with |int or |float")),
    (r"can't multiply sequence by non-int of type '(?P<b>\w+)'",
     N_("values that do not go together with '*': {a} and {b}; check the data, or make a text "
        "a number with |int or |float")),
    (r"'(?P<op>\S+)' not supported between instances of '(?P<a>\w+)' and '(?P<b>\w+)'",
     N_("values that cannot be compared with '{op}': {a} and {b}; check the data, or make a "
        "text a number with |int or |float")),
    (r"'(?P<a>\w+)' object is not iterable|object of type '(?P<a2>\w+)' has no len\(\)",
     N_("a list is needed here, but the data holds {a}")),
    (r"'(?P<a>\w+)' object is not callable",
     N_("the tag calls a value that is {a}, not something it can call")),
    (r"type (?P<a>\w+) doesn't define __round__ method|%\w format: a real number is "
     r"required, not (?P<a2>\w+)|must be real number, not (?P<a3>\w+)",
     N_("a number is needed here, but the data holds {a}")),
    (r"'(?P<a>\w+)' object cannot be interpreted as an integer",
     N_("a whole number is needed, but the data holds {a}")),
    (r"amount must be a Decimal, int or str, got (?P<a>\w+)",
     N_("an amount is needed here, but the data holds {a}")),
    (r"percentage must be a Decimal, int or str, got (?P<a>\w+)",
     N_("a percentage is needed here, but the data holds {a}")),
    (r"no loader for this environment specified",
     N_("a template cannot include, import or extend another template: put the text in this "
        "one")),
    (r"'(?P<a>\w+)' object has no attribute '(?P<name>\w+)'",
     N_("{a} has no '{name}': check the data this tag is given")),
]
_KINDS = {"str": N_("a text"), "int": N_("a whole number"), "float": N_("a number"),
          "Decimal": N_("a number"), "NoneType": N_("an empty value"), "bool": N_("yes or no"),
          "date": N_("a date"), "datetime": N_("a date with a time of day"),
          "list": N_("a list"), "tuple": N_("a list"), "dict": N_("a set of fields"),
          "Markup": N_("a text")}

# the cases as lv's messages name them (reportkit.lv.words.CASE_NAMES)
_CASES = {"nominative": N_("nominative"), "genitive": N_("genitive"), "dative": N_("dative"),
          "accusative": N_("accusative"), "locative": N_("locative")}
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
    """``Decimal('5.5')`` as the data wrote it: ``5.5``; ``None`` as what it is.

    >>> _plain("Decimal('5.5')"), _plain("None")
    ('5.5', 'an empty value')
    """
    if value == "None":
        empty = _KINDS["NoneType"]  # a name apart: Babel 2.14 extracts literals in _(…[…])
        return _(empty)
    return re.sub(r"^Decimal\('(.*)'\)$", r"\1", value)


def _kind(name: str) -> str:
    """A value's kind as a message says it, from Python's name of its type.

    >>> _kind("str"), _kind("Period")
    ('a text', "a value of the kind 'Period'")
    """
    if name in _KINDS:
        return _(_KINDS[name])
    return _("a value of the kind '{kind}'").format(kind=name)


def data_message(exc: BaseException) -> str:
    """What ``exc``, raised by a filter on a value, means to the person who wrote the data."""
    text = str(exc) or type(exc).__name__
    said = _said(text, _SAID)
    return said if said is not text else _python(text)


def _python(text: str) -> str:
    """Python's own message about values that do not fit (see ``_PYTHON``), in a
    coordinator's words; any other message as it is.

    >>> _python("unsupported operand type(s) for -: 'str' and 'int'")
    "values that do not go together with '-': a text and a whole number; check the data, or \
make a text a number with |int or |float"
    """
    match = matched(text, _PYTHON)
    if match is None:
        return text
    message, groups = match
    found = {k.rstrip("23"): v for k, v in groups.items() if v is not None}
    kinds = {k: _kind(v) for k, v in found.items() if k in ("a", "b")}
    if "a" not in kinds:  # str + …, str * …: the first value is a text
        kinds["a"] = _kind("str")
    return _(message).format(**{**found, **kinds})


def _said(text: str, table: list[tuple[str, str]]) -> str:
    """``text`` in the words of the first ``table`` entry whose pattern it matches.

    >>> _said("the names in 'A B' do not tell whether it is a man or a woman", _SAID)
    "the names in 'A B' do not tell whether it is a man or a woman: give the person's gender \
in the data"
    """
    match = matched(text, table)
    if match is None:
        return text
    message, groups = match
    values = {k: _plain(v or "") for k, v in groups.items()}
    if "problem" in values:
        values["problem"] = _said(values["problem"], _PROBLEMS)
    if values.get("case") in _CASES:
        values["case"] = _(_CASES[values["case"]])
    return _(message).format(**values)


def data_problem(compiled: CompiledTemplate, exc: BaseException) -> Problem:
    """The problem of ``exc``, at the paragraph of ``compiled`` that was rendering."""
    from .isolation import located

    return replace(located(compiled, exc.__traceback__, data_message(exc)), code="render.data")
