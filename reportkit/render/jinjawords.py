"""Jinja's syntax messages said for a Word user, in the language reportkit speaks.

Jinja writes for programmers ("expected token 'end of print statement', got 'y'"); the person
who reads the message typed the tag in Word. Each message a template can cause becomes what is
wrong with the tag and what to write; a message reportkit has no words for is quoted inside a
general one (:func:`reportkit.render.tags.unreadable`). Unclosed blocks and unknown or
misplaced tags are said in :mod:`reportkit.render.locate`, which knows the tags around.

    >>> said("expected token 'end of print statement', got 'y'")
    "the tag should end before 'y': delete what follows, or join it with an operator or a \
filter (|)"
    >>> said("Expected an expression, got 'end of print statement'")
    "a value is missing before the end of the tag: write a field's name, a number or a text \
in quotes there"
    >>> said("a message Jinja may add one day")
    'this tag cannot be read (a message Jinja may add one day): check its spelling, brackets \
and quotes'
"""

from __future__ import annotations

import re

from jinja2 import TemplateSyntaxError

from reportkit.i18n import N_, matched
from reportkit.i18n import gettext as _

from .tags import unreadable

__all__ = ["OwnSyntaxError", "said", "said_at_run"]


class OwnSyntaxError(TemplateSyntaxError):
    """A syntax error whose message is reportkit's own, already said for a Word user (code
    Python cannot take, :mod:`reportkit.render.sandbox`)."""


# Jinja's names of what it found, as "before …" says them
_BEFORE = {
    "end of print statement": N_("before the end of the tag"),
    "end of statement block": N_("before the end of the tag"),
    "end of template": N_("before the end of the tag"),
    "integer": N_("before a number"),
    "float": N_("before a number"),
    "string": N_("before a text in quotes"),
    "name": N_("before a name"),
}
_ENDS = ("end of print statement", "end of statement block")
# Jinja's message → reportkit's, the message's parts by name; {before} is what Jinja found
_SAID = [
    (r"Expected an expression, got '(?P<got>.*)'|unexpected '(?P<got2>.*)'",
     N_("a value is missing {before}: write a field's name, a number or a text in quotes "
        "there")),
    (r"expected token '=', got '(?P<got>.*)'",
     N_("'=' is missing {before}: write {{% set name = value %}}")),
    (r"expected token 'name', got '(?P<got>.*)'",
     N_("a name is missing {before}: write the name of the filter, the test or the field "
        "there")),
    (r"expected token 'in', got '(?P<got>.*)'",
     N_("'in' is missing {before}: write {{% for p in partners %}}")),
    (r"expected token '(?P<expected>[^']+)', got '(?P<got>.*)'",
     N_("'{expected}' is missing {before}")),
    (r"expected name or number", N_("a name or a number is missing after the dot")),
    (r"expected subscript expression", N_("a value is missing in the square brackets")),
    (r"can't assign to '.*'", N_("only a name can be given a value: {{% set name = value %}}")),
    (r"invalid syntax for function call expression",
     N_("the values in brackets are in the wrong order: those with a name (style='numeric') "
        "come after the others")),
    (r"non-default argument follows default argument",
     N_("a macro's options with a value (a=1) must come after those without one")),
    (r"Block names in Jinja have to be valid Python identifiers.*",
     N_("a block's name cannot hold '-': write '_' instead")),
    (r"Missing end of raw directive",
     N_("'raw' is not closed: add {{% endraw %}} where it ends")),
    (r"tag name expected", N_("a tag's name is missing after '{{%'")),
    (r"You cannot chain multiple tests with is", N_("only one test can follow 'is'")),
    (r"No filter named '(?P<name>.*)'\.?", N_("unknown filter '{name}'")),
    (r"No test named '(?P<name>.*)'\.?", N_("unknown test '{name}'")),
    (r"block '(?P<name>.*)' defined twice",
     N_("the block '{name}' is defined twice: give one of them another name")),
]


def said(message: str) -> str:
    """Jinja's syntax ``message`` in a Word user's words (see the module docstring).

    >>> said("expected token 'in', got 'end of statement block'")
    "'in' is missing before the end of the tag: write {% for p in partners %}"
    >>> said("expected token 'end of statement block', got '='")
    "'=' gives a value only in {% set name = value %}: to compare two values, write '=='"
    """
    ending = re.fullmatch(r"expected token '(?P<end>[^']+)', got '(?P<got>.*)'", message)
    if ending is not None and ending["end"] in _ENDS:
        if ending["got"] == "if" and ending["end"] == "end of statement block":
            return _("'else if' is written as one word: {{% elif … %}}").format()
        if ending["got"] == "=":
            return _("'=' gives a value only in {{% set name = value %}}: to compare two "
                     "values, write '=='").format()
        return _("the tag should end {before}: delete what follows, or join it with an "
                 "operator or a filter (|)").format(before=_before(ending["got"]))
    found = matched(message, _SAID)
    if found is None:
        return unreadable(message)
    words, groups = found
    parts = {k: v for k, v in groups.items() if v is not None}
    got = parts.pop("got", None) or parts.pop("got2", None)
    if got is not None:
        parts["before"] = _before(got)
    return _(words).format(**parts)


def said_at_run(message: str, refused_argument: bool = False) -> str:
    """A message Jinja raises while rendering, in a Word user's words where reportkit has
    them (a filter or test named in a value, ``map('x')``, a Jinja filter's argument), else as
    it is; ``refused_argument``: a Jinja filter refused what it was given, said so at least.

    >>> said_at_run("No filter named 'shout'.")
    "unknown filter 'shout'"
    >>> said_at_run("something else", refused_argument=True)
    'a filter cannot take what it was given (something else)'
    """
    for pattern in (r"No filter named '(?P<name>.*)'\.?", r"No test named '(?P<name>.*)'\.?"):
        if re.fullmatch(pattern, message):
            return said(message)
    at_run = matched(message, _AT_RUN)
    if at_run is not None:
        return _(at_run[0])
    if refused_argument:
        return _("a filter cannot take what it was given ({detail})").format(
            detail=message.rstrip("."))
    return message


# Jinja's filters refusing their arguments (FilterArgumentError)
_AT_RUN = [
    (r"method must be common, ceil or floor", N_("round takes 'common', 'ceil' or 'floor'")),
    (r'You can only sort by either "key" or "value"',
     N_("dictsort sorts by 'key' or by 'value'")),
    (r"map requires a filter argument",
     N_("map needs a filter's name, or attribute='…', in brackets")),
]


def _before(token: str) -> str:
    """"before …" the token Jinja names (``'end of print statement'``, ``'integer'``, ``'y'``).

    >>> _before("integer"), _before("y")
    ('before a number', "before 'y'")
    """
    if token in _BEFORE:
        return _(_BEFORE[token])
    return _("before '{token}'").format(token=token)
