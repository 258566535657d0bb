"""People: contacts, authors, speakers, signatories.

    >>> Person(name="Evelīna Balode", phone="t.65425102").phone
    '65425102'
    >>> Signatory(position="Daugavpils pilsētas domes priekšsēdētājs", name="A. Elksniņš",
    ...           signature="personiskais paraksts").signature_text
    '(personiskais paraksts)'
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import AfterValidator, BeforeValidator, Field, computed_field

from .base import Model

__all__ = ["E_SIGNATURE_NOTE", "Email", "Person", "Phone", "Signatory"]

_PHONE = re.compile(r"(\+371)?(\d{8})")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}")


def _phone(text: str) -> str:
    """Latvian numbers have eight digits (seed 002: "t.65425102"); ``+371`` is kept if given."""
    bare = re.sub(r"[\s\-().]", "", text)
    bare = re.sub(r"^(tālr|tel|t)\.?:?", "", bare, flags=re.IGNORECASE)
    match = _PHONE.fullmatch(bare)
    if match is None:
        raise ValueError(f"must be 8 digits, or +371 and 8 digits (got {text!r})")
    return f"+371 {match[2]}" if match[1] else match[2]


def _email(text: str) -> str:
    if not _EMAIL.fullmatch(text):
        raise ValueError(f"must be an e-mail address like vards@iestade.lv (got {text!r})")
    return text


def _digits_as_text(value: object) -> object:
    # YAML reads 65425102 as a number; a phone number is text.
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else value


Phone = Annotated[
    str,
    BeforeValidator(_digits_as_text),
    AfterValidator(_phone),
    Field(examples=["65425102", "+371 65425102"]),
]
"""A Latvian phone number: eight digits, or ``+371`` and eight digits."""

Email = Annotated[str, AfterValidator(_email), Field(examples=["vards@iestade.lv"])]
"""An e-mail address (shape only: something@domain.tld)."""


class Person(Model):
    """A named person with what they do and how to reach them."""

    name: str = Field(min_length=1)
    position: str | None = None
    organisation: str | None = None
    phone: Phone | None = None
    email: Email | None = None


# The note printed instead of a handwritten signature on e-signed documents (issue 6); documents
# signed with a secure e-signature carry it in capitals.
E_SIGNATURE_NOTE = (
    "DOKUMENTS IR PARAKSTĪTS AR DROŠU ELEKTRONISKO PARAKSTU UN SATUR LAIKA ZĪMOGU"
)

Signature = Literal["paraksts", "personiskais paraksts", "e-paraksts"]


class Signatory(Model):
    """Who signs: position, name, and how (seed 003 writes "(personiskais paraksts)")."""

    position: str = Field(min_length=1)
    name: str = Field(min_length=1)
    signature: Signature = "paraksts"

    @computed_field  # type: ignore[prop-decorator]
    @property
    def signature_text(self) -> str:
        """What stands in the signature place: ``(paraksts)`` or the e-signature note.

        >>> Signatory(position="Vadītāja", name="M. Isupova", signature="e-paraksts"
        ...           ).signature_text[:30]
        'DOKUMENTS IR PARAKSTĪTS AR DRO'
        """
        if self.signature == "e-paraksts":
            return E_SIGNATURE_NOTE
        return f"({self.signature})"
