"""The tags in one paragraph's text, found the way Jinja finds them, and made fit for Jinja.

A paragraph is the unit a tag lives in: Word cannot put one tag across two paragraphs, so a tag
opened in a paragraph and not closed there is a mistake, never a tag that goes on. Jinja would
read on through the following paragraphs to the next ``}}`` and swallow them; :func:`scan`
finds the mistake first, so it is reported with its paragraph (``faults``):

    >>> found = scan("Dienas: {{ dienas|count('diena') . Paldies!")
    >>> [(t.opener, t.closed) for t in found.tags]
    [('{{', False)]
    >>> [f.message for f in faults(found)]
    ["'{{' is not closed: add '}}' where the tag ends"]

Inside a tag, Word's typing habits are undone by :func:`jinja_code`: typographic quotes
(„…” “…” ‘…’ ‚…‘) delimiting a string become ``"``/``'``; a no-break space or an en dash Word
made of ``-`` becomes a space or ``-`` (outside strings, where Jinja needs them). A typographic
quote inside a string stays the character it is:

    >>> jinja_code("{{ event.place|decline(„loc”) }}")
    '{{ event.place|decline("loc") }}'
    >>> jinja_code("{{ total\\u00a0– spent }} {{ '„' ~ title ~ '”' }}")
    "{{ total - spent }} {{ '\\\\u201e' ~ title ~ '\\\\u201d' }}"
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from jinja2 import Environment, TemplateSyntaxError

from reportkit.i18n import gettext as _

__all__ = ["Fault", "Scan", "Tag", "faults", "jinja_code", "lexer_message", "scan", "tag_code",
           "unreadable"]

CLOSERS = {"{{": "}}", "{%": "%}", "{#": "#}"}
_STRAY = {closer: opener for opener, closer in CLOSERS.items()}
_SINGLE = "'\u2018\u2019\u201a\u201b"  # ' ‘ ’ ‚ ‛
_DOUBLE = '"\u201c\u201d\u201e\u201f'  # " “ ” „ ‟
_QUOTES = _SINGLE + _DOUBLE
_TYPOGRAPHIC = set(_QUOTES) - {"'", '"'}
# Outside strings: what Word typed for what Jinja needs. No-break spaces (Word's Ctrl+Shift+Space,
# Latvian AutoCorrect after a number), the en dash AutoFormat makes of " - ", the minus sign.
_PLAIN = {"\u00a0": " ", "\u202f": " ", "\u2007": " ", "\u2013": "-", "\u2212": "-"}
_OPEN_BRACKETS, _CLOSE_BRACKETS = "([{", ")]}"


@dataclass(frozen=True)
class Tag:
    """One tag: ``text[start:end]``; ``closed`` is False when the paragraph ends inside it, and
    ``quote`` is then where a string that never ends starts, if that is why."""

    start: int
    end: int
    opener: str
    closed: bool = True
    quote: int | None = None


@dataclass(frozen=True)
class Stray:
    """A closer (``}}``, ``%}``, ``#}``) outside every tag, at ``text[start:start + 2]``."""

    start: int
    closer: str


@dataclass
class Scan:
    """The tags and stray closers of one paragraph's text."""

    text: str
    tags: list[Tag] = field(default_factory=list)
    strays: list[Stray] = field(default_factory=list)
    raw: bool = False  # still inside {% raw %} at the end of the text


@dataclass(frozen=True)
class Fault:
    """A mistake in a paragraph's tags: the message and the span of the text to mark."""

    message: str
    start: int
    end: int


def scan(text: str, *, raw: bool = False) -> Scan:
    """The tags of ``text`` in order. ``raw`` says the text starts inside ``{% raw %}``, whose
    content up to ``{% endraw %}`` is text, not tags.

    >>> [(t.start, t.end) for t in scan("a {{ b }} c {% if d %}").tags]
    [(2, 9), (12, 22)]
    >>> scan("a }} b").strays
    [Stray(start=2, closer='}}')]
    """
    found = Scan(text)
    i = 0
    while i < len(text):
        if raw:
            end = _endraw(text, i)
            if end is None:
                found.raw = True
                return found
            raw, i = False, end
            continue
        two = text[i:i + 2]
        if two in CLOSERS:
            tag = _tag(text, i, two)
            found.tags.append(tag)
            raw = tag.closed and _is_raw(text[tag.start:tag.end])
            i = tag.end
        elif two in _STRAY:
            found.strays.append(Stray(i, two))
            i += 2
        else:
            i += 1
    return found


def _tag(text: str, start: int, opener: str) -> Tag:
    closer = CLOSERS[opener]
    if opener == "{#":  # a comment ends at the first #}
        end = text.find(closer, start + 2)
        return Tag(start, end + 2, opener) if end >= 0 else Tag(start, len(text), opener, False)
    i, depth, string = start + 2, 0, None
    while i < len(text):
        char = text[i]
        if string is not None:
            if char == "\\":
                i += 1
            elif _ends_string(text[string], char):
                string = None
        elif char in _QUOTES:
            string = i
        elif depth == 0 and text.startswith(closer, i):
            return Tag(start, i + 2, opener)
        elif char in _OPEN_BRACKETS:
            depth += 1
        elif char in _CLOSE_BRACKETS and depth:
            depth -= 1
        i += 1
    return Tag(start, len(text), opener, closed=False, quote=string)


def _ends_string(opening: str, char: str) -> bool:
    """A string opened with any single quote ends at any single quote; double with double."""
    return char in (_SINGLE if opening in _SINGLE else _DOUBLE)


def _is_raw(tag: str) -> bool:
    return tag.startswith("{%") and tag[2:-2].strip("-+ \t").split() == ["raw"]


def _endraw(text: str, start: int) -> int | None:
    """The end of the ``{% endraw %}`` tag at or after ``start``, if there is one."""
    i = text.find("{%", start)
    while i >= 0:
        end = text.find("%}", i)
        if end < 0:
            return None
        if text[i + 2:end].strip("-+ \t") == "endraw":
            return end + 2
        i = text.find("{%", i + 2)
    return None


def jinja_code(text: str) -> str:
    """``text`` with every closed tag's typing habits undone (see the module docstring).

    >>> jinja_code("Datums: {{ d|format_date(style=\\u2018numeric\\u2019) }}, 5 – 6")
    "Datums: {{ d|format_date(style='numeric') }}, 5 – 6"
    """
    pieces, last = [], 0
    for tag in scan(text).tags:
        if tag.closed and tag.opener != "{#":
            pieces += [text[last:tag.start], tag_code(text[tag.start:tag.end])]
            last = tag.end
    return "".join(pieces) + text[last:]


def tag_code(tag: str) -> str:
    """One closed tag made fit for Jinja (see the module docstring).

    >>> tag_code("{{ x|decline(‘gen’) }}")
    "{{ x|decline('gen') }}"
    """
    out: list[str] = []
    string: str | None = None  # the ASCII quote the current string is written with
    opening = ""
    i = 0
    while i < len(tag):
        char = tag[i]
        if string is not None:
            if char == "\\" and i + 1 < len(tag):
                out.append(tag[i:i + 2])
                i += 2
                continue
            if _ends_string(opening, char):
                out.append(string)
                string = None
            elif char in _TYPOGRAPHIC:
                out.append(f"\\u{ord(char):04x}")  # docxtpl would make it a plain quote
            else:
                out.append(char)
        elif char in _QUOTES:
            opening, string = char, "'" if char in _SINGLE else '"'
            out.append(string)
        else:
            out.append(_PLAIN.get(char, char))
        i += 1
    return "".join(out)


def faults(found: Scan, env: Environment | None = None) -> list[Fault]:
    """What is wrong with the tags of one paragraph: unclosed tags and strings, stray closers
    and, given the environment, tags Jinja's lexer refuses (a character no tag may hold, a
    bracket closed that was never opened).

    >>> [f.message for f in faults(scan("{{ a }} %} {{ decline('loc) }}"))]
    ["'%}' closes no tag: delete it, or add the '{%' that opens it", \
"the quote ' is not closed: add the closing '"]
    """
    found_faults = [_unclosed(found.text, tag) for tag in found.tags if not tag.closed]
    found_faults += [Fault(_("'{closer}' closes no tag: delete it, or add the '{opener}' that "
                             "opens it").format(closer=s.closer, opener=_STRAY[s.closer]),
                           s.start, s.start + 2)
                     for s in found.strays]
    if env is not None:
        found_faults += [f for tag in found.tags if tag.closed
                         for f in _lexer_fault(env, found.text, tag)]
    return sorted(found_faults, key=lambda f: f.start)


def _unclosed(text: str, tag: Tag) -> Fault:
    """The fault of a tag not closed: its string, when the tag's closer is inside the string
    (``decline('loc) }}``), else the tag (``{{ title }”``: a quote after a broken closer)."""
    closer = CLOSERS[tag.opener]
    if tag.quote is not None and closer in text[tag.quote:]:
        quote = text[tag.quote]
        closing = {"\u201e": "\u201d", "\u201c": "\u201d", "\u2018": "\u2019",
                   "\u201a": "\u2018"}.get(quote, quote)
        return Fault(_("the quote {quote} is not closed: add the closing {closing}").format(
            quote=quote, closing=closing), tag.quote, len(text))
    return Fault(_("'{opener}' is not closed: add '{closer}' where the tag ends").format(
        opener=tag.opener, closer=closer), tag.start, len(text))


def _lexer_fault(env: Environment, text: str, tag: Tag) -> list[Fault]:
    if tag.opener == "{#":
        return []
    try:
        for _ in env.lex(tag_code(text[tag.start:tag.end])):
            pass
    except TemplateSyntaxError as exc:
        return [Fault(lexer_message(exc.message or str(exc)), tag.start, tag.end)]
    return []


def lexer_message(message: str) -> str:
    """Jinja's lexer message said for a Word user, without its character offset, which means
    nothing in Word.

    >>> lexer_message("unexpected char '€' at 5")
    "a tag cannot hold '€': write it outside the tag, or inside quotes"
    >>> lexer_message("unexpected ')'")
    "unexpected ')': a bracket is closed that was not opened"
    >>> lexer_message("unexpected ')', expected ']'")
    "the brackets do not pair up: ')' stands where ']' should close the bracket"
    """
    if message.startswith("unexpected char "):
        char = message.removeprefix("unexpected char ").rsplit(" at ", 1)[0]
        return _("a tag cannot hold {char}: write it outside the tag, or inside quotes").format(
            char=char)
    bracket = _BRACKET.fullmatch(message)
    if bracket is not None and bracket["expected"]:
        return _("the brackets do not pair up: '{found}' stands where '{expected}' should close "
                 "the bracket").format(found=bracket["found"], expected=bracket["expected"])
    if bracket is not None:
        return _("unexpected '{bracket}': a bracket is closed that was not opened").format(
            bracket=bracket["found"])
    return unreadable(message)


_BRACKET = re.compile(r"unexpected '(?P<found>[)\]}])'(?:, expected '(?P<expected>[)\]}])')?")


def unreadable(message: str) -> str:
    """A message of Jinja's that reportkit has no words of its own for, quoted in a message a
    coordinator can act on.

    >>> unreadable("something new")
    'this tag cannot be read (something new): check its spelling, brackets and quotes'
    """
    return _("this tag cannot be read ({detail}): check its spelling, brackets and "
             "quotes").format(detail=message.rstrip("."))
