"""The errors reportkit raises, one hierarchy.

Every error carries a list of :class:`Problem` objects, so a file with five mistakes is reported
once with all five, and each problem says where it is::

    >>> err = DataError([Problem("must be greater than 0 (got -5)",
    ...                          file="projekts.yaml", line=14, field="budget.total")])
    >>> print(err)
    projekts.yaml:14: budget.total: must be greater than 0 (got -5)

Template problems name the part and paragraph instead of a line::

    >>> print(Problem("expected 'endif'", file="relize.docx",
    ...               part="body", paragraph=12, text="Otrā {% if x %} rinda"))
    relize.docx, body, paragraph 12 ("Otrā {% if x %} rinda"): expected 'endif'

Library code raises these; only the command line turns them into exit codes (2 for bad input).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Union

__all__ = [
    "ConversionError",
    "DataError",
    "Loc",
    "Problem",
    "RenderError",
    "ReportkitError",
    "TemplateError",
    "shorten",
]

# A path into the data, as pydantic gives it: ("partners", 2, "country").
Loc = tuple[Union[str, int], ...]  # noqa: UP007 - evaluated at run time on Python 3.10 too

_SNIPPET = 40  # characters of paragraph text quoted in a template problem


@dataclass(frozen=True)
class Problem:
    """One thing that is wrong, with where it is when that is known.

    ``file`` and ``line`` locate data; ``part`` (body, header1, footer1, footnotes, …),
    ``paragraph`` (1-based) and ``text`` locate a template; ``field`` is a dotted path into the
    data (``budget.total``, ``partners.2.country``).
    """

    message: str
    file: str | None = None
    line: int | None = None
    field: str | None = None
    part: str | None = None
    paragraph: int | None = None
    text: str | None = None

    def where(self) -> str:
        """The location part of the one-line message, or ``""`` when nothing is known.

        >>> Problem("x", file="a.yaml", line=3, field="title").where()
        'a.yaml:3: title'
        """
        place = self.file or ""
        if self.file and self.line is not None:
            place += f":{self.line}"
        elif self.line is not None:
            place = f"line {self.line}"
        extras = []
        if self.part:
            extras.append(self.part)
        if self.paragraph is not None:
            extras.append(f"paragraph {self.paragraph}")
        if self.text is not None:
            extras[-1:] = [f"{extras[-1]} ({_quote(self.text)})"] if extras else [_quote(self.text)]
        head = ", ".join(p for p in [place, *extras] if p)
        if self.field:
            return f"{head}: {self.field}" if head else self.field
        return head

    def __str__(self) -> str:
        where = self.where()
        return f"{where}: {self.message}" if where else self.message


def shorten(text: str, width: int) -> str:
    """``text`` on one line (runs of white space made one space), cut to ``width`` with "…".

    The one way reportkit quotes user text in a message.

    >>> shorten("Otrā  {% if x %}\\n rinda", 12)
    'Otrā {% if…'
    """
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"


def _quote(text: str) -> str:
    return f'"{shorten(text, _SNIPPET)}"'


def dotted(loc: Loc) -> str:
    """A data path as a :class:`Problem` names its field.

    >>> dotted(("partners", 2, "country"))
    'partners.2.country'
    """
    return ".".join(str(part) for part in loc)


class ReportkitError(Exception):
    """Base of every error reportkit raises on purpose.

    Build it from a message, one :class:`Problem` or several; ``str(err)`` is one line per problem.

    >>> ReportkitError("no such template: x.docx").problems[0].message
    'no such template: x.docx'
    """

    def __init__(self, problems: str | Problem | Iterable[Problem]) -> None:
        if isinstance(problems, str):
            items = [Problem(problems)]
        elif isinstance(problems, Problem):
            items = [problems]
        else:
            items = list(problems)
        if not items:
            raise ValueError("a reportkit error needs at least one problem")
        self.problems: list[Problem] = items
        super().__init__("\n".join(str(p) for p in items))

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)


class DataError(ReportkitError):
    """A data file or value is wrong: unreadable, bad YAML, a bad field, inconsistent figures."""


class TemplateError(ReportkitError):
    """A template is wrong: not a .docx, bad Jinja syntax, unknown filter or name, unsafe code."""


class RenderError(ReportkitError):
    """Rendering failed for a reason outside the template and the data: an unwritable path, say."""


class ConversionError(ReportkitError):
    """Turning .docx into PDF failed: LibreOffice missing, timed out, or produced nothing.

    ``written`` holds the PDFs that were made all the same (in input order), so a caller that
    catches the error loses none of them:

    >>> err = ConversionError(Problem("no PDF", file="b.docx"), written=[Path("a.pdf")])
    >>> [str(pdf) for pdf in err.written]
    ['a.pdf']
    """

    def __init__(self, problems: str | Problem | Iterable[Problem], *,
                 written: Iterable[Path] = ()) -> None:
        super().__init__(problems)
        self.written: list[Path] = list(written)
