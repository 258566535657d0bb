"""What a link in a document may point at: web and e-mail addresses, and nothing else.

A link in marked-up text (:mod:`reportkit.models.markup`), a ``website`` or an ``email`` field
becomes a hyperlink in the document; its address is a web address (``http://``,
``https://``, or ``www.…``) or an e-mail address (``mailto:``, or ``vards@iestade.lv``),
characters that cannot stand in an address percent-encoded. Any other (``javascript:``,
``file:``, a bare file name) is refused with the reason, so nothing in the data ever becomes
anything but a hyperlink.

    >>> link_address("https://ms.lps.lv/"), EmailAddress("vards@iestade.lv").href
    ('https://ms.lps.lv/', 'mailto:vards@iestade.lv')
"""

from __future__ import annotations

import re
import urllib.parse
from typing import Any

from reportkit.i18n import gettext as _

__all__ = ["SCHEME", "Address", "EmailAddress", "WebAddress", "email_address", "link_address",
           "web_address"]

SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
"""The start of an address that names its scheme (``https:``, ``mailto:``, ``javascript:``)."""
_WEB = re.compile(r"https?://[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?", re.IGNORECASE)
_BARE_WEB = re.compile(r"(?:[\w-]+\.)+[A-Za-z]{2,}(?:[/?#]\S*)?")
_EMAIL = re.compile(r"[^@\s<>()\[\]\"',;:]+@[^@\s<>()\[\]\"',;:]+\.[A-Za-z]{2,}")
# what may stand in an address unencoded (RFC 3986 reserved and unreserved characters, and %)
_URL_SAFE = ":/?#[]@!$&'()*+,;=%~-._"


def link_address(href: str) -> str:
    """The address a link goes to: ``http(s)://…`` and ``mailto:…`` as they are, ``www.…`` as
    ``http://www.…``, an e-mail address as ``mailto:…``, characters that cannot stand in an
    address percent-encoded; anything else is a ``ValueError`` saying why.

    >>> link_address("www.daugavpils.lv"), link_address("vards@iestade.lv")
    ('http://www.daugavpils.lv', 'mailto:vards@iestade.lv')
    >>> link_address("file:///etc/passwd")
    Traceback (most recent call last):
    ...
    ValueError: the link 'file:///etc/passwd' cannot be a link in a document: only web \
addresses (https://…) and e-mail addresses (mailto:…) can
    """
    text = urllib.parse.quote(href.strip(), safe=_URL_SAFE)
    lower = text.lower()
    if lower.startswith("www.") and _BARE_WEB.fullmatch(text):
        text, lower = "http://" + text, "http://" + lower
    elif _EMAIL.fullmatch(href.strip()):
        text, lower = "mailto:" + text, "mailto:" + lower
    if _WEB.fullmatch(text) or (lower.startswith("mailto:") and
                                _EMAIL.fullmatch(urllib.parse.unquote(text[7:]))):
        return text
    if lower.startswith(("http:", "https:")):
        raise ValueError(_("the link {link} is not a whole web address: write it as "
                           "https://www.iestade.lv/…").format(link=repr(href)))
    if SCHEME.match(text):
        raise ValueError(_("the link {link} cannot be a link in a document: only web addresses "
                           "(https://…) and e-mail addresses (mailto:…) can").format(
                               link=repr(href)))
    raise ValueError(_("the link {link} is not a whole address: write it as https://… "
                       "(or mailto:… for an e-mail address)").format(link=repr(href)))


class Address(str):
    """Text that is an address: a document shows it as written, as a link to :attr:`href`."""

    __slots__ = ()

    @property
    def href(self) -> str:
        """Where the link goes."""
        return link_address(str(self))

    def __reduce__(self) -> tuple[Any, ...]:
        return type(self), (str(self),)


class WebAddress(Address):
    """A web address (``http://ms.lps.lv/``, ``www.daugavpils.lv``).

    >>> WebAddress("ms.lps.lv").href
    'http://ms.lps.lv'
    """

    __slots__ = ()

    @property
    def href(self) -> str:
        """``http://`` before an address written without its scheme."""
        text = str(self)
        return link_address(text if SCHEME.match(text) else "http://" + text)


class EmailAddress(Address):
    """An e-mail address; its link is ``mailto:``.

    >>> EmailAddress("evelina.balode@ip.daugavpils.lv").href
    'mailto:evelina.balode@ip.daugavpils.lv'
    """

    __slots__ = ()


def web_address(text: str) -> WebAddress:
    """``text`` as a :class:`WebAddress`, or a ``ValueError`` for anything but a web address.

    >>> web_address("javascript:alert(1)")
    Traceback (most recent call last):
    ...
    ValueError: must be a web address like https://www.daugavpils.lv (got 'javascript:alert(1)')
    """
    text = text.strip()
    shaped = _WEB.fullmatch(text) if SCHEME.match(text) else _BARE_WEB.fullmatch(text)
    if not shaped:
        raise ValueError(_("must be a web address like https://www.daugavpils.lv (got {value})"
                           ).format(value=repr(text)))
    return WebAddress(text)


def email_address(text: str) -> EmailAddress:
    """``text`` as an :class:`EmailAddress`, or a ``ValueError``: something@domain.tld.

    >>> email_address("vards@iestade")
    Traceback (most recent call last):
    ...
    ValueError: must be an e-mail address like vards@iestade.lv (got 'vards@iestade')
    """
    if not _EMAIL.fullmatch(text):
        raise ValueError(_("must be an e-mail address like vards@iestade.lv (got {value})"
                           ).format(value=repr(text)))
    return EmailAddress(text)
