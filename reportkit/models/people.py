"""People: contacts, authors, speakers, signatories.

    >>> Person(name="Evelīna Balode", phone="t.65425102").phone
    '65425102'
    >>> Signatory(position="Daugavpils pilsētas domes priekšsēdētājs", name="A. Elksniņš",
    ...           signature="personiskais paraksts").signature_text
    '(personiskais paraksts)'
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, computed_field

from .base import Model
from .types import Email, Phone

__all__ = ["E_SIGNATURE_NOTE", "Person", "Signatory"]

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
