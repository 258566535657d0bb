"""What to do about a YAML syntax error, in a coordinator's words, instead of the parser's.

The parser says "mapping values are not allowed here"; the person who wrote
``title: Erasmus+: jauns projekts`` needs to hear that the colon started a new field and that
quotation marks fix it::

    >>> from ruamel.yaml import YAML
    >>> text = "kind: project\\ntitle: Erasmus+: jauns projekts\\n"
    >>> try:
    ...     YAML(typ="safe", pure=True).load(text)
    ... except Exception as err:
    ...     print(yaml_problem(err, text, "p.yaml"))
    p.yaml:2: not valid YAML: the value holds ': ', which YAML reads as the start of a field: put the whole value in quotation marks: title: "Erasmus+: jauns projekts"

A problem the advice does not know keeps the parser's words; each has its own ``code``.
"""  # noqa: E501

from __future__ import annotations

import re
from typing import Any

from reportkit.errors import Problem
from reportkit.i18n import gettext as _

__all__ = ["yaml_problem"]


def yaml_problem(err: Any, text: str, name: str) -> Problem:
    """The located problem of ruamel's ``MarkedYAMLError`` ``err`` in ``text``."""
    problem, context = err.problem or "", err.context or ""
    mark = err.problem_mark or err.context_mark
    line = mark.line + 1 if mark else None
    code, advice = "yaml.syntax", None
    if "mapping values are not allowed" in problem and line is not None:
        code, advice = "yaml.colon", _colon(_line(text, line))
    elif "quoted scalar" in context and err.context_mark is not None:
        line = err.context_mark.line + 1  # where the quotation mark opens, not the file's end
        code, advice = "yaml.quote", _("a quotation mark opened on this line is not closed: "
                                       "add the closing one at the end of the text")
    elif "'\\t'" in problem:
        code, advice = "yaml.tab", _("a tab is used for indenting: indent with spaces only")
    elif "could not determine a constructor for the tag" in problem:
        tag = re.sub(r"^tag:yaml\.org,2002:", "!!", problem.rsplit(" ", 1)[-1].strip("'"))
        code, advice = "yaml.tag", _("the tag {tag} cannot be used in a data file: delete it"
                                     ).format(tag=tag)
    message = advice or " ".join(p for p in (context, problem) if p)
    return Problem(_("not valid YAML: {problem}").format(problem=message), file=name, line=line,
                   code=code)


def _line(text: str, number: int) -> str:
    lines = text.splitlines()
    return lines[number - 1] if 0 < number <= len(lines) else ""


def _colon(line: str) -> str:
    """A colon inside a value (quote the value), or a line indented under a value."""
    key, _sep, value = line.partition(": ")
    if ": " in value or value.rstrip().endswith(":"):
        fixed = value.strip().replace('"', '\\"')
        return _("the value holds ': ', which YAML reads as the start of a field: put the "
                 "whole value in quotation marks: {fixed}").format(
                     fixed=f'{key.strip()}: "{fixed}"')
    return _("this line is indented deeper than the field above it, which already has a value: "
             "indent it as the field above, or, if it continues that text, put the whole text "
             "in quotation marks")
