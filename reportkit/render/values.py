"""How a value becomes document text: every ``{{ value }}`` passes :func:`finalize`.

A character a Word document cannot hold (:func:`clean_text`: NUL, a form feed, BEL, a lone
surrogate …) is shown as U+FFFD ``�``, never dropped; a vertical tab (Word's line break) is a
line break, a Windows line end one line end. A value that would print as more than the size
limit is refused before it is printed, a ``RichText`` must be runs and nothing more, and an
``InlineImage`` or ``Subdoc`` met on the fast path raises :class:`NeedsDocx`, so the document
is rendered again through python-docx. Marked-up text (lists, bold, links:
:mod:`reportkit.models.markup`), a web or an e-mail address and ``restart_numbering()`` print
as placeholders that :mod:`reportkit.render.splice` makes Word XML once the part is rendered;
marked-up text that is one plain paragraph prints as its text.

    >>> finalize("a\\x0bb\\x0cc")
    'a\\nb\\ufffdc'
"""

from __future__ import annotations

import re
from typing import Any

from jinja2 import StrictUndefined
from jinja2.exceptions import SecurityError
from markupsafe import Markup

from reportkit.i18n import gettext as _
from reportkit.models.markup import Address, Marked

from .additions import Restart, current
from .images import docx_available
from .limits import check_text

__all__ = ["REPLACEMENT", "NeedsDocx", "clean_text", "finalize"]

# XML 1.0 allows tab, newline, carriage return and everything from space up, except surrogates
# and U+FFFE/U+FFFF (https://www.w3.org/TR/xml/#charsets). A vertical tab is Word's manual line
# break when text is pasted out of it, so it becomes "\n", which docxtpl's listing pass turns
# into <w:br/>; the rest cannot be written, and each shows as the replacement character.
_FORBIDDEN = re.compile("[\x00-\x08\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# docxtpl's Listing keeps "\a" (a new paragraph) and "\f" (a page break) for its listing pass
_FORBIDDEN_IN_LISTING = re.compile("[\x00-\x06\x08\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
REPLACEMENT = "\ufffd"
"""What a character XML cannot hold is shown as: U+FFFD REPLACEMENT CHARACTER."""

class NeedsDocx(Exception):
    """Raised inside the fast path when a value needs python-docx (an image, a subdocument)."""


def clean_text(text: str, forbidden: re.Pattern[str] = _FORBIDDEN) -> str:
    """``text`` as a document can hold it: a vertical tab or a Windows line end a newline, any
    other character XML forbids the replacement character.

    >>> clean_text("a\\x0bb\\x00c\\r\\nd")
    'a\\nb\\ufffdc\\nd'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x0b", "\n")
    return forbidden.sub(REPLACEMENT, text)


def finalize(value: Any) -> Any:
    """Every ``{{ value }}`` passes here before autoescaping."""
    if type(value).__name__ in ("InlineImage", "Subdoc") and not docx_available.get():
        raise NeedsDocx(type(value).__name__)
    if isinstance(value, (Marked, Address, Restart)):
        return _marked(value)
    if hasattr(value, "__html__"):  # RichText, Markup: already XML, still cleaned
        listing = type(value).__name__ == "Listing"
        xml = clean_text(value.__html__(), _FORBIDDEN_IN_LISTING if listing else _FORBIDDEN)
        if type(value).__name__ == "RichText":
            _check_runs(xml)
        return Markup(xml)
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, StrictUndefined):
        str(value)  # raises the UndefinedError naming the variable
    check_text(value, _("this value"))  # a list of one long text repeated, printed
    return clean_text(str(value))


def _marked(value: Marked | Address | Restart) -> Any:
    """A placeholder for the value, or its plain text when it is no more than that (or when
    no document is rendering: a template rendered from a string)."""
    if isinstance(value, Marked) and value.is_plain:
        return clean_text(value.plain)
    additions = current()
    if additions is not None:
        return Markup(additions.mark(value))
    if isinstance(value, Restart):
        return ""
    return clean_text(value.plain if isinstance(value, Marked) else str(value))


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
# What docxtpl's RichText writes: runs (in a hyperlink when it has url_id) and run properties.
_RUN_PARTS = frozenset({
    "r", "rPr", "t", "br", "tab", "hyperlink", "color", "highlight", "sz", "szCs", "vertAlign",
    "b", "bCs", "i", "iCs", "u", "strike", "dstrike", "rFonts", "rStyle", "shd", "caps",
    "smallCaps", "noProof", "lang", "cr",
})


def _check_runs(xml: str) -> None:
    """Refuse a RichText whose XML is more than runs: a value put in its ``color``, ``style``
    or ``font`` (docxtpl writes them unescaped) must not open paragraphs or fields.

    >>> _check_runs('<w:r><w:t>a</w:t></w:r></w:p><w:p>')  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    jinja2.exceptions.SecurityError: RichText XML is not well-formed runs: ...
    """
    from lxml import etree

    try:
        root = etree.fromstring(f'<x xmlns:w="{_W}" xmlns:r="{_R}">{xml}</x>')
    except etree.XMLSyntaxError:
        root = None
    bad = root is None or any(
        el.tag.rpartition("}")[2] not in _RUN_PARTS or not el.tag.startswith(f"{{{_W}}}")
        for el in root.iterdescendants() if isinstance(el.tag, str))
    if bad:
        raise SecurityError(_("RichText XML is not well-formed runs: a value in its color, "
                              "style or font holds XML"))
