"""Funding programmes: names, visibility statements, the EU emblem, cost categories.

Pick a ``scheme`` and the rest comes from reportkit's programme data
(``reportkit/models/data/programmes.yaml``, read by :mod:`.programme_data`); any text can be
given in the data to override it, and a programme reportkit does not know is ``scheme: other``
(or ``national``) with its own name and texts::

    >>> p = Programme(scheme="erasmus_plus_2021_2027", action="KA2", granting_authority="VIAA")
    >>> p.name, p.funding_period, p.statement_lv, p.emblem
    ('Erasmus+', '2021–2027', 'Līdzfinansē Eiropas Savienība', True)
    >>> p.disclaimer_lv[-70:]
    'us. Ne Eiropas Savienību, ne VIAA nevar saukt pie atbildības par tiem.'

A disclaimer that names the granting authority gets it from ``granting_authority`` (EACEA, VIAA,
JSPA); a project fills it in from its number's agency (LV01 → VIAA, LV02 → JSPA). Where the data
has no text (no Latvian one found), the field stays ``None`` and a template prints nothing
rather than a made-up sentence. :meth:`Programme.unverified` lists the texts a document will
print that are not confirmed official, which ``reportkit validate`` reports as warnings.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import AfterValidator, Field, PrivateAttr, computed_field, model_validator

from reportkit.i18n import N_
from reportkit.i18n import gettext as _

from .base import FieldProblems, Loc, Model
from .programme_data import Entry, Prefinancing, Text, fill, programme_data, programme_entry

__all__ = ["Programme", "Scheme", "schemes"]

# The printed text of each pair: the Latvian one when there is one, else the English.
_PRINTED = (("statement_lv", "statement_en"), ("disclaimer_lv", "disclaimer_en"))
_WHAT = {"statement_lv": N_("the Latvian funding statement"),
         "statement_en": N_("the funding statement"),
         "disclaimer_lv": N_("the Latvian disclaimer"), "disclaimer_en": N_("the disclaimer")}
_HOW = {"official_text_via_mirror": N_("read only in a copy of the official text"),
        "real_use": N_("found in real use"), "translation": N_("reportkit's translation")}


def schemes() -> list[str]:
    """The programmes reportkit knows, as ``scheme`` names them.

    >>> schemes()[:2]
    ['erasmus_plus_2021_2027', 'erasmus_plus_2014_2020']
    """
    return list(programme_data().programmes)


def _known(scheme: str) -> str:
    names = schemes()
    if scheme not in names:
        raise ValueError(_("must be one of {choices} (got {value})").format(
            choices=", ".join(repr(n) for n in names), value=repr(scheme)))
    return scheme


def _scheme_schema(schema: dict[str, Any]) -> None:
    schema["enum"] = schemes()


Scheme = Annotated[str, AfterValidator(_known), Field(json_schema_extra=_scheme_schema)]
"""A programme and period of the data file: ``erasmus_plus_2021_2027``, ``nordplus_2023_2027`` …"""


def _authority(key: str) -> str:
    known = sorted(programme_data().agencies)
    if key not in known:
        raise ValueError(_("must be one of {choices} (got {value}); for another body write "
                           "disclaimer_lv and disclaimer_en yourself").format(
                               choices=", ".join(known), value=repr(key)))
    return key


class Programme(Model):
    """A funding programme: name, action, funding period, visibility statements, categories.

    >>> Programme(scheme="norway_grants_2009_2014", action="Kapacitātes stiprināšana").action_text
    'programma „Kapacitātes stiprināšana”'
    >>> Programme(scheme="eea_grants_2014_2021").donors
    ['Islande', 'Lihtenšteina', 'Norvēģija']
    """

    scheme: Scheme = "other"
    name: str | None = None
    name_en: str | None = None
    action: str | None = None
    funding_period: str | None = None
    granting_authority: Annotated[str, AfterValidator(_authority)] | None = None
    statement_lv: str | None = None
    statement_en: str | None = None
    disclaimer_lv: str | None = None
    disclaimer_en: str | None = None
    emblem: bool | None = None
    donors: list[str] | None = None
    categories: dict[str, str] = Field(default_factory=dict)

    _given: frozenset[str] = PrivateAttr(default=frozenset())

    @model_validator(mode="after")
    def _fill_from_data(self) -> Programme:
        self._given = self._overrides()
        for field, value in self._defaults().items():
            if field not in self._given:
                self.fill(field, value)
        if not self.name:
            raise FieldProblems([(("name",), _("is required for scheme {scheme}").format(
                scheme=repr(self.scheme)))])
        return self

    def _defaults(self) -> dict[str, Any]:
        """What the data file says for each field, the disclaimers naming the authority."""
        entry = self.entry
        found: dict[str, Any] = {
            "name": entry.name_lv.text if entry.name_lv is not None else None,
            "name_en": entry.name_en.text if entry.name_en is not None else None,
            "funding_period": entry.funding_period, "emblem": entry.emblem,
            "donors": list(entry.donors), "categories": {}}
        found |= {field: fill(text.text, self.granting_authority) if text.text else None
                  for field, text in entry.texts().items()}
        return found

    def _overrides(self) -> frozenset[str]:
        """The fields the data gives with a value of its own: a value equal to the data file's
        is not an override (so a programme dumped and read back is the same programme)."""
        defaults = self._defaults()
        return frozenset(f for f in self.model_fields_set if f != "granting_authority"
                         and (f not in defaults or getattr(self, f) != defaults[f]))

    def _fill_texts(self) -> None:
        for field, text in self.entry.texts().items():
            if field not in self._given:
                self.fill(field, fill(text.text, self.granting_authority) if text.text else None)

    def use_authority(self, key: str) -> None:
        """Name ``key`` (from the project number) as the granting authority, unless the data
        named one, and put it into the disclaimers that name it.

        >>> p = Programme(scheme="erasmus_plus_2021_2027")
        >>> p.disclaimer_lv is None, p.needs_authority
        (True, True)
        >>> p.use_authority("JSPA"); p.disclaimer_lv[-44:]
        'ne JSPA nevar saukt pie atbildības par tiem.'
        """
        if self.granting_authority is None:
            self.fill("granting_authority", key)
            self._fill_texts()

    @property
    def entry(self) -> Entry:
        """This programme's entry of the data file."""
        return programme_entry(self.scheme)

    @property
    def needs_authority(self) -> bool:
        """Whether a disclaimer the documents print waits for a granting authority."""
        return any(self._printed(pair) is None and self._data_has(pair) for pair in _PRINTED)

    def _data_has(self, pair: tuple[str, str]) -> bool:
        texts = self.entry.texts()
        return any(f not in self._given and texts[f].text for f in pair)

    def _printed(self, pair: tuple[str, str]) -> str | None:
        first, second = pair
        return getattr(self, first) or getattr(self, second)  # type: ignore[no-any-return]

    @computed_field  # type: ignore[prop-decorator]
    @property
    def action_text(self) -> str | None:
        """The action as the programme names it: ``programma „…”`` for the EEA and Norway
        Grants' programmes (their names are proper names, in quotation marks), else as given.

        >>> Programme(scheme="erasmus_plus_2014_2020", action="KA1").action_text
        'KA1'
        >>> Programme(scheme="eea_grants_2014_2021", action="„Pētniecība un izglītība”").action_text
        'programma „Pētniecība un izglītība”'
        """
        if not self.action:
            return None
        pattern = self.entry.action_pattern
        if self.action.startswith(("„", "“", '"')):  # already in quotation marks: keep them
            pattern = pattern.replace("„{action}”", "{action}")
        return pattern.replace("{action}", self.action)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def authority_name(self) -> str | None:
        """The granting authority's Latvian name with its abbreviation.

        >>> Programme(scheme="erasmus_plus_2014_2020", granting_authority="VIAA").authority_name
        'Valsts izglītības attīstības aģentūra (VIAA)'
        """
        if self.granting_authority is None:
            return None
        names = programme_data().agencies[self.granting_authority]
        return f"{names.name_lv.text} ({self.granting_authority})"

    @property
    def category_keys(self) -> list[str]:
        """The cost categories a budget may use, in the programme's order, then the data's own.

        >>> Programme(scheme="eea_grants_2014_2021").category_keys[:3]
        ['staff', 'travel_and_subsistence', 'equipment']
        """
        keys = [c.key for c in self.entry.categories]
        return keys + [k for k in self.categories if k not in keys]

    def category_label(self, key: str) -> str | None:
        """A category's Latvian label: the data's own, else the programme's.

        >>> Programme(scheme="erasmus_plus_2014_2020").category_label("travel")
        'Ceļa izdevumi'
        """
        if key in self.categories:
            return self.categories[key]
        return next((c.lv.text for c in self.entry.categories if c.key == key), None)

    @property
    def prefinancing_rule(self) -> Prefinancing | None:
        """What the programme pays in advance, as the data knows it, with its source and mark.

        >>> rule = Programme(scheme="lifelong_learning_2007_2013").prefinancing_rule
        >>> rule.percent, rule.verified, rule.note
        (80, True, 'Erasmus (higher education) 2012/2013 only; not a rule for partnerships')
        >>> Programme(scheme="erasmus_plus_2021_2027").prefinancing_rule.verification
        'missing'
        """
        return self.entry.prefinancing

    @property
    def is_erasmus(self) -> bool:
        """Whether project numbers under this programme must be Erasmus+ numbers.

        >>> Programme(scheme="erasmus_plus_2014_2020").is_erasmus
        True
        """
        return self.scheme.startswith("erasmus_plus")

    def unverified(self) -> list[tuple[Loc, str]]:
        """The texts documents print (Latvian, else English) that are not confirmed official,
        as warnings at their fields; a text the data gives is its own, unless it is one of the
        programme's unverified texts copied.

        >>> [loc for loc, _ in Programme(scheme="lifelong_learning_2007_2013").unverified()]
        [('statement_lv',), ('disclaimer_lv',)]
        """
        found: list[tuple[Loc, str]] = []
        for pair in _PRINTED:
            field = pair[0] if getattr(self, pair[0]) else pair[1]
            printed = getattr(self, field)
            text = self._known_text(field, printed) if printed else None
            if text is not None and not text.verified:
                found.append(((field,), self._warning(field, text)))
        return found

    def own_warnings(self) -> list[tuple[Loc, str]]:
        """The programme's warnings: its unverified texts (:meth:`unverified`)."""
        return self.unverified()

    def _known_text(self, field: str, printed: str) -> Text | None:
        for variant in self.entry.texts()[field].variants():
            if variant.text and fill(variant.text, self.granting_authority) == printed:
                return variant
        return None

    def _warning(self, field: str, text: Text) -> str:
        # TRANSLATORS: "the funder" is {who} of "check it with {who}" below
        who = self.granting_authority or _("the funder")
        return _("{what} is not confirmed official ({how}); check it with {who}, or write the "
                 "official text as programme.{field}").format(
            what=_(_WHAT[field]), how=_(_HOW[text.verification]), who=who, field=field)
