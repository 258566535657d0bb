"""How a value becomes document text: every ``{{ value }}`` passes :func:`finalize`.

Text is cleaned of what XML cannot hold (:func:`clean_text`), a value that would print as more
than the size limit is refused before it is printed, a ``RichText`` must be runs and nothing
more, and an ``InlineImage`` or ``Subdoc`` met on the fast path raises
:class:`NeedsDocx`, so the document is rendered again through python-docx.

    >>> finalize("a\\x0bb")
    'a\\nb'
"""

from __future__ import annotations

import re
from typing import Any

from jinja2 import StrictUndefined
from jinja2.exceptions import SecurityError
from markupsafe import Markup

from .images import docx_available
from .limits import check_text

__all__ = ["NeedsDocx", "clean_text", "finalize"]

# XML 1.0 allows tab, newline, carriage return and everything from space up, except surrogates
# and U+FFFE/U+FFFF (https://www.w3.org/TR/xml/#charsets). A vertical tab is Word's manual line
# break when text is pasted out of it, so it becomes "\n", which docxtpl's listing pass turns
# into <w:br/>; the rest cannot be written and are dropped.
_FORBIDDEN = re.compile("[\x00-\x08\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

class NeedsDocx(Exception):
    """Raised inside the fast path when a value needs python-docx (an image, a subdocument)."""


def clean_text(text: str) -> str:
    """``text`` with a vertical tab made a newline and other XML-forbidden characters dropped.

    >>> clean_text("a\\x0bb\\x00c")
    'a\\nbc'
    """
    return _FORBIDDEN.sub("", text.replace("\x0b", "\n"))


def finalize(value: Any) -> Any:
    """Every ``{{ value }}`` passes here before autoescaping."""
    if type(value).__name__ in ("InlineImage", "Subdoc") and not docx_available.get():
        raise NeedsDocx(type(value).__name__)
    if hasattr(value, "__html__"):  # RichText, Markup: already XML, still cleaned
        xml = clean_text(value.__html__())
        if type(value).__name__ == "RichText":
            _check_runs(xml)
        return Markup(xml)
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, StrictUndefined):
        str(value)  # raises the UndefinedError naming the variable
    check_text(value, "this value")  # a list of one long text repeated, printed
    return clean_text(str(value))


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
        raise SecurityError("RichText XML is not well-formed runs: a value in its color, style "
                            "or font holds XML")
