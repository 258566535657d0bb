"""People: contacts, authors, speakers, signatories.

    >>> Person(name="Evelīna Balode", phone="t.65425102").phone
    '65425102'
    >>> Signatory(position="Daugavpils pilsētas domes priekšsēdētājs", name="A. Elksniņš",
    ...           signature="personiskais paraksts").signature_text
    '(personiskais paraksts)'

A person's ``name`` is written as documents print it ("Jānis Bērziņš", "A. Elksniņš"); the
optional ``gender`` (``m``/``f``) decides the case endings when the names do not
(:func:`reportkit.lv.decline_name`: given names from a sourced table, then the endings). When
nothing decides, loading warns in one line and documents print the name as written: a case
form is never guessed.

    >>> Person(name="Jānis Bērziņš").in_case("dat")
    'Jānim Bērziņam'
"""

from __future__ import annotations

import warnings
from typing import Literal

from pydantic import Field, computed_field, model_validator

from reportkit.errors import FieldWarning, Loc
from reportkit.i18n import gettext as _

from .base import Model
from .types import Email, Phone

__all__ = ["E_SIGNATURE_NOTE", "Named", "Person", "Signatory"]

Gender = Literal["m", "f"]


class Named(Model):
    """Something with a person's ``name`` and, when the names do not tell it, ``gender``."""

    name: str = Field(min_length=1)
    gender: Gender | None = None

    def in_case(self, case: str) -> str:
        """The name in ``case`` (``nom``, ``gen``, ``dat``, ``acc``, ``loc``), every given name
        and the surname declined by the person's gender; as written when no rule or table can
        tell the forms (loading has warned about it).

        >>> Person(name="Māris Liepa").in_case("dat"), Person(name="I. Kokina", gender="f"
        ...                                                   ).in_case("dat")
        ('Mārim Liepam', 'I.\xa0Kokinai')
        """
        from reportkit.lv import decline_name

        try:
            return decline_name(self.name, case, gender=self.gender)
        except ValueError:
            return self.written

    @property
    def written(self) -> str:
        """The name as written, with no-break spaces after its initials (``A.\xa0Elksniņš``)."""
        from reportkit.lv.typography import bind_initials

        return bind_initials(self.name)

    @model_validator(mode="after")
    def _declinable(self) -> Named:
        undecided = self._undecided()
        if undecided is not None:
            warnings.warn(FieldWarning(undecided), stacklevel=2)
        return self

    def own_warnings(self) -> list[tuple[Loc, str]]:
        """The gender warning at ``name``, where ``load`` locates it in the file."""
        undecided = self._undecided()
        return [] if undecided is None else [(("name",), undecided)]

    def _undecided(self) -> str | None:
        """Why the name cannot be declined (its gender unknown), or None when it can."""
        from reportkit.lv import decline_name
        from reportkit.lv.grammar import CASES

        try:
            for case in CASES:
                decline_name(self.name, case, gender=self.gender)
        except ValueError:
            return _("cannot tell how to decline {name} (a man or a woman?): add 'gender: m' or "
                     "'gender: f' beside the name; documents print it as written").format(
                         name=repr(self.name))
        return None


class Person(Named):
    """A named person with what they do and how to reach them."""

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


class Signatory(Named):
    """Who signs: position, name, and how (seed 003 writes "(personiskais paraksts)")."""

    position: str = Field(min_length=1)
    signature: Signature = "paraksts"

    @computed_field  # type: ignore[prop-decorator]
    @property
    def signature_text(self) -> str:
        """What stands in the signature place: ``(paraksts)`` or the e-signature note.

        >>> Signatory(position="Vadītāja", name="M. Isupova", gender="f",
        ...           signature="e-paraksts").signature_text[:30]
        'DOKUMENTS IR PARAKSTĪTS AR DRO'
        """
        if self.signature == "e-paraksts":
            return E_SIGNATURE_NOTE
        return f"({self.signature})"
