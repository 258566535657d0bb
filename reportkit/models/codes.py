"""Project numbers: Erasmus+ numbers parsed and checked, other programmes' codes kept as given.

Erasmus+ numbers have two shapes, one per programme period (both read off grant agreements and
the seed documents 003 and 004, see ``examples/README.md``):

- 2014–2020: ``YEAR-ROUND-AGENCY-KEYACTION-NUMBER`` with a six-digit number and, on a partner's
  copy, a partner suffix: ``2019-1-LV01-KA104-060191``, ``2020-1-LT01-KA229-077835_5``;
- 2021–2027: ``YEAR-ROUND-AGENCY-KEYACTION-SECTOR-NUMBER`` with a nine-digit number:
  ``2022-1-LV01-KA220-SCH-000087211``.

    >>> code = ProjectCode.parse("2019-1-LV01-KA104-060191")
    >>> code.year, code.agency, code.key_action, code.number
    (2019, 'LV01', 'KA104', '060191')
    >>> code.key_action_meaning
    'Adult education staff mobility'
    >>> str(ProjectCode.parse("Nr. 2013-1-DE2-LEO04-16148"))
    'Nr. 2013-1-DE2-LEO04-16148'
"""

from __future__ import annotations

import re
import warnings
from typing import Any

from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import core_schema

from reportkit.i18n import gettext as _

from .base import DataWarning

__all__ = ["KEY_ACTIONS", "SECTORS", "ProjectCode"]

# Key action codes and what they fund, from the Erasmus+ Programme Guides (European Commission):
# 2014–2020 guide (version 2020, Part B "Key Action 1" and "Key Action 2") and the 2021–2027
# guide (Part B, "Key Action 1: learning mobility", "Key Action 2: cooperation among
# organisations"). The seed 003 calls KA1 "pamatdarbība Nr. 1".
KEY_ACTIONS: dict[str, str] = {
    "KA1": "Learning mobility of individuals",
    "KA2": "Cooperation among organisations and institutions",
    "KA3": "Support to policy development and cooperation",
    "KA101": "School education staff mobility",
    "KA102": "VET learner and staff mobility",
    "KA103": "Higher education student and staff mobility",
    "KA104": "Adult education staff mobility",
    "KA105": "Youth mobility",
    "KA107": "Higher education mobility with partner countries",
    "KA116": "VET learner and staff mobility with a VET mobility charter",
    "KA201": "Strategic partnerships for school education",
    "KA202": "Strategic partnerships for vocational education and training",
    "KA203": "Strategic partnerships for higher education",
    "KA204": "Strategic partnerships for adult education",
    "KA205": "Strategic partnerships for youth",
    "KA219": "Strategic partnerships for schools only",
    "KA229": "School exchange partnerships",
    "KA120": "Erasmus accreditation",
    "KA121": "Accredited mobility projects",
    "KA122": "Short-term mobility projects",
    "KA131": "Higher education mobility",
    "KA151": "Accredited youth mobility projects",
    "KA152": "Youth exchanges",
    "KA153": "Youth workers mobility",
    "KA154": "Youth participation activities",
    "KA210": "Small-scale partnerships",
    "KA220": "Cooperation partnerships",
}

# Field (sector) codes of 2021–2027 numbers, Erasmus+ Programme Guide 2021–2027.
SECTORS: dict[str, str] = {
    "SCH": "School education",
    "VET": "Vocational education and training",
    "ADU": "Adult education",
    "HED": "Higher education",
    "YOU": "Youth",
}

_ERASMUS = re.compile(
    r"(?P<year>\d{4})-(?P<round>\d)-(?P<agency>[A-Z]{2}[0-9O]{2})-(?P<key_action>KA\d{3})"
    r"(?:-(?P<sector>[A-Z]{3}))?-(?P<number>\d+)(?:_(?P<partner>\d+))?"
)
_LOOKS_ERASMUS = re.compile(r"\d{4}-\d-[A-Z]{2}[0-9O]{2}-KA\d", re.IGNORECASE)
_FORM_ID = re.compile(r"KA\d{3}-[A-Z]{3}-[0-9A-F]{8}")
_EXAMPLE = "2022-1-LV01-KA220-SCH-000087211"


class ProjectCode(str):
    """A project number as written in the data; Erasmus+ numbers also expose their parts.

    Use it as text (``str(code)``, ``{{ project.code }}``); ``is_erasmus`` tells whether the
    parts (``year``, ``round``, ``agency``, ``key_action``, ``sector``, ``number``, ``partner``)
    are known.

    >>> c = ProjectCode.parse("2022-1-LV01-KA220-SCH-000087211")
    >>> c.sector, c.sector_meaning, c.period
    ('SCH', 'School education', '2021–2027')
    >>> ProjectCode.parse("2020-1-LT01-KA229-077835_5").partner
    5
    """

    year: int | None
    round: int | None
    agency: str | None
    key_action: str | None
    sector: str | None
    number: str | None
    partner: int | None

    @classmethod
    def parse(cls, text: str) -> ProjectCode:
        """Read a project number; raise ``ValueError`` with a plain message when it is wrong.

        Typing slips that can't change the meaning are corrected with a :class:`DataWarning`:
        spaces inside an Erasmus+ number, the letter O for zero in the agency code.

        >>> ProjectCode.parse("KA122-SCH-F4DF0FF3")
        Traceback (most recent call last):
        ...
        ValueError: 'KA122-SCH-F4DF0FF3' is an application form id, not a project number; \
the project number is on the grant agreement and looks like 2022-1-LV01-KA220-SCH-000087211
        """
        text = text.strip()
        if not text:
            raise ValueError(_("must not be empty"))
        if _FORM_ID.fullmatch(text.upper()):
            raise ValueError(_(
                "{code} is an application form id, not a project number; the project number "
                "is on the grant agreement and looks like {example}").format(
                    code=repr(text), example=_EXAMPLE))
        if not _LOOKS_ERASMUS.match(text.replace(" ", "")):
            return cls._free(text)
        return cls._erasmus(text)

    @classmethod
    def _free(cls, text: str) -> ProjectCode:
        code = cls(text)
        code.year = code.round = code.partner = None
        code.agency = code.key_action = code.sector = code.number = None
        return code

    @classmethod
    def _erasmus(cls, text: str) -> ProjectCode:
        compact = re.sub(r"\s+", "", text).upper()
        if compact != text:
            _warn(_("project number {given} read as {read} (spaces or case corrected)").format(
                given=repr(text), read=repr(compact)))
        match = _ERASMUS.fullmatch(compact)
        if match is None:
            raise ValueError(_(
                "{code} is not an Erasmus+ project number; write it as on the grant "
                "agreement, e.g. 2019-1-LV01-KA104-060191 or {example}").format(
                    code=repr(text), example=_EXAMPLE))
        parts = match.groupdict()
        agency = parts["agency"]
        if "O" in agency[2:]:
            fixed = agency[:2] + agency[2:].replace("O", "0")
            _warn(_("agency code {agency} has the letter O for zero; read as {fixed}").format(
                agency=repr(agency), fixed=repr(fixed)))
            compact = compact.replace(f"-{agency}-", f"-{fixed}-", 1)
            parts["agency"] = fixed
        _check_shape(text, parts)
        code = cls(compact)
        code.year, code.round = int(parts["year"]), int(parts["round"])
        code.agency, code.key_action = parts["agency"], parts["key_action"]
        code.sector, code.number = parts["sector"], parts["number"]
        code.partner = int(parts["partner"]) if parts["partner"] else None
        return code

    @property
    def is_erasmus(self) -> bool:
        """Whether this is an Erasmus+ number with known parts.

        >>> ProjectCode.parse("LV-NORWAY-2013/7").is_erasmus
        False
        """
        return self.key_action is not None

    @property
    def period(self) -> str | None:
        """The programme period the number belongs to, ``"2014–2020"`` or ``"2021–2027"``.

        >>> ProjectCode.parse("2019-1-LV01-KA104-060191").period
        '2014–2020'
        """
        if self.year is None:
            return None
        return "2014–2020" if self.year <= 2020 else "2021–2027"

    @property
    def key_action_group(self) -> str | None:
        """The key action's family, ``"KA1"``, ``"KA2"`` or ``"KA3"``.

        >>> ProjectCode.parse("2019-1-LV01-KA104-060191").key_action_group
        'KA1'
        """
        return self.key_action[:3] if self.key_action else None

    @property
    def key_action_meaning(self) -> str | None:
        """What the key action funds, in English (Erasmus+ Programme Guide).

        >>> ProjectCode.parse("2021-1-SK01-KA210-SCH-000030426").key_action_meaning
        'Small-scale partnerships'
        """
        if self.key_action is None:
            return None
        return KEY_ACTIONS.get(self.key_action) or KEY_ACTIONS.get(self.key_action[:3])

    @property
    def sector_meaning(self) -> str | None:
        """The field of a 2021–2027 number, in English.

        >>> ProjectCode.parse("2019-1-LV01-KA104-060191").sector_meaning is None
        True
        """
        return SECTORS.get(self.sector) if self.sector else None

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return core_schema.no_info_plain_validator_function(
            _validate, serialization=core_schema.to_string_ser_schema()
        )

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return {
            "type": "string",
            "description": "Project number as on the grant agreement, e.g. "
            f"2019-1-LV01-KA104-060191 or {_EXAMPLE}; other programmes: any text",
            "examples": ["2019-1-LV01-KA104-060191", _EXAMPLE],
        }


def _check_shape(text: str, parts: dict[str, str]) -> None:
    year, number, sector = int(parts["year"]), parts["number"], parts["sector"]
    if not 2014 <= year <= 2027:
        raise ValueError(_("{code}: Erasmus+ numbers start with a year 2014–2027 (got "
                           "{year})").format(code=repr(text), year=year))
    if year >= 2021 or len(number) == 9:
        if sector is None or len(number) != 9:
            raise ValueError(_("{code}: a 2021–2027 number has a sector and nine digits, "
                               "e.g. {example}").format(code=repr(text), example=_EXAMPLE))
        if parts["partner"]:
            raise ValueError(_("{code}: a 2021–2027 number has no partner suffix").format(
                code=repr(text)))
    elif len(number) != 6:
        raise ValueError(_("{code}: a 2014–2020 number ends in six digits, e.g. "
                           "2019-1-LV01-KA104-060191").format(code=repr(text)))
    elif sector is not None:
        _warn(_("{code}: 2014–2020 numbers have no sector part; check it on the grant "
                "agreement").format(code=repr(text)))
    if sector is not None and sector not in SECTORS:
        raise ValueError(_("{code}: unknown sector {sector}; one of {sectors}").format(
            code=repr(text), sector=repr(sector), sectors=", ".join(SECTORS)))


_SURROGATE = re.compile("[\ud800-\udfff]")


def _validate(value: Any) -> ProjectCode:
    if isinstance(value, ProjectCode):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        from reportkit.read.messages import shown

        raise ValueError(_("must be text (got {value})").format(value=shown(value)))
    if _SURROGATE.search(value):  # as pydantic refuses them in every other text field
        raise ValueError(_("{value} is not valid Unicode text: it holds a lone surrogate").format(
            value=repr(value)))
    return ProjectCode.parse(value)


def _warn(message: str) -> None:
    warnings.warn(message, DataWarning, stacklevel=4)
