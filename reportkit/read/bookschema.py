"""What a project workbook holds: its sheets, their columns in Latvian, and the fields they fill.

One table, read by both sides: :mod:`.projectbook` reads a workbook into a project's data with
it, and ``reportkit new project --xlsx`` (:mod:`reportkit.jobs.workbook`) writes the starter
workbook from it (sheets, headers, a note on each column, drop-down lists). A sheet is laid out
one of three ways:

- ``form``: one value per row, its name in column A and the value in column B
  (``Projekts``, ``Budžets``);
- ``list``: a header row naming the columns, then one item per row (``Partneri``,
  ``Mobilitātes``, ``Aktivitātes``); ``Kontakti`` is a list whose ``loma`` column says whom
  each row describes (the contact person, the signatory), ``Izmaksas`` a list of amounts by
  cost category.

    >>> [sheet.name for sheet in SHEETS]
    ['Projekts', 'Partneri', 'Mobilitātes', 'Aktivitātes', 'Budžets', 'Izmaksas', 'Kontakti']
    >>> sheet_named("partneri").column("Valsts").field
    'country'

Names are matched without regard to letter case or stray spaces; a column may also be named by
its field (``country``), as a data file names it.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from reportkit.errors import Loc

from .cells import clean_text

__all__ = ["LISTS_SHEET", "SHEETS", "Column", "Sheet", "folded", "plain", "sheet_named"]

Kind = Literal["text", "paragraphs", "date", "money", "whole", "percent", "country", "choice"]
Layout = Literal["form", "list", "roles", "amounts"]


def folded(name: object) -> str:
    """A sheet's, column's or value's name as it is compared.

    >>> folded("  Vārds   un uzvārds "), folded(12)
    ('vārds un uzvārds', '12')
    """
    return clean_text(str(name)).casefold()


def plain(name: str) -> str:
    """``name`` without the marks on its letters, as a keyboard without Latvian letters types
    it: for telling which name a misspelt one was meant to be, never for matching.

    >>> plain("Vārds, uzvārds, Ģirts Ķēniņš")
    'Vards, uzvards, Girts Kenins'
    """
    return "".join(c for c in unicodedata.normalize("NFD", name)
                   if not unicodedata.combining(c))


@dataclass(frozen=True)
class Column:
    """One column (or, on a form sheet, one row): its ``label`` as the workbook writes it, the
    ``field`` it fills (dotted, below the sheet's target), what its cells hold (``kind``), the
    note the starter puts on it, the values a choice takes (Latvian word → the data's value;
    the data's value is taken too), the drop-down list the starter gives it (``listed``), and,
    on ``Kontakti``, the role whose rows alone may fill it (``only``)."""

    label: str
    field: str
    kind: Kind = "text"
    note: str = ""
    choices: Mapping[str, str] = dataclasses.field(default_factory=dict)
    listed: str | None = None
    only: str | None = None

    @property
    def loc(self) -> Loc:
        """The field as a path: ``("period", "start")``."""
        return tuple(self.field.split("."))


@dataclass(frozen=True)
class Sheet:
    """One sheet: its name, layout, columns, where in the project its data goes (``target``),
    a note for its first cell, and on ``Kontakti`` the field each role fills (``roles``)."""

    name: str
    layout: Layout
    columns: tuple[Column, ...]
    target: Loc = ()
    note: str = ""
    roles: Mapping[str, str] = dataclasses.field(default_factory=dict)

    def column(self, name: object) -> Column | None:
        """The column called ``name`` (its label or its field), or None."""
        key = folded(name)
        return next((c for c in self.columns if key in (folded(c.label), c.field)), None)


GENDERS = {"vīrietis": "m", "sieviete": "f"}
ROLES = {"partneris": "partner", "koordinators": "coordinator",
         "uzņemošā organizācija": "host", "finansētājs": "funder"}
SIGNATURES = {"paraksts": "paraksts", "personiskais paraksts": "personiskais paraksts",
              "e-paraksts": "e-paraksts"}
ROUNDINGS = {"līdz centam": "cent", "līdz eiro": "euro", "uz augšu līdz eiro": "euro_up",
             "uz leju līdz eiro": "euro_down"}
_DATE = "datums, piemēram, 2019-06-01 vai 01.06.2019."
_MONEY = "summa eiro, piemēram, 22783,00"

_PROJECT = Sheet("Projekts", "form", (
    Column("Nosaukums", "title", note="(obligāts) projekta nosaukums"),
    Column("Projekta numurs", "code", note="kā līgumā, piemēram, 2019-1-LV01-KA104-060191"),
    Column("Programma", "programme.scheme", "choice", listed="programmes",
           note="(obligāts) izvēlieties no saraksta; national vai other: ierakstiet arī "
                "programmas nosaukumu"),
    Column("Programmas nosaukums", "programme.name",
           note="tikai programmām national un other"),
    Column("Pamatdarbība", "programme.action",
           note="pamatdarbība vai apakšprogramma, piemēram, KA1"),
    Column("Finansējuma piešķīrējs", "programme.granting_authority", listed="authorities",
           note="VIAA, JSPA vai EACEA; pēc noklusējuma no projekta numura"),
    Column("Iesniedzējs", "applicant.name", note="(obligāts) iesniedzējas iestādes nosaukums"),
    Column("Iesniedzēja saīsinājums", "applicant.short_name"),
    Column("Iesniedzēja adrese", "applicant.address"),
    Column("Iesniedzēja reģistrācijas numurs", "applicant.registration_number"),
    Column("Sākums", "period.start", "date",
           note=f"(obligāts) {_DATE}; ja zināms tikai mēnesis: 2019-06"),
    Column("Beigas", "period.end", "date", note=f"(obligāts) {_DATE}; vai mēnesis: 2021-01"),
    Column("Mērķis", "aim", note="projekta mērķis, viens teikums"),
    Column("Apraksts", "description", "paragraphs",
           note="katra rindkopa savā rindā šūnā (Alt+Enter)"),
    Column("Gaidāmie rezultāti", "expected_results", "paragraphs",
           note="katra rindkopa savā rindā šūnā (Alt+Enter)"),
    Column("Mērķa grupa", "target_group", "paragraphs"),
    Column("Plānotās mobilitātes", "mobilities_planned", "whole",
           note="plānoto mobilitāšu skaits; jāsakrīt ar lapas Mobilitātes skaitu summu"),
    Column("Tīmekļa vietne", "website"),
), note="Katrā rindā: A ailē lauka nosaukums (nemainiet), B ailē vērtība.")

_PARTNERS = Sheet("Partneri", "list", (
    Column("nosaukums", "name", note="(obligāts) partnera nosaukums, kā to raksta pats partneris"),
    Column("saīsinājums", "short_name"),
    Column("valsts", "country", "country", listed="countries",
           note="valsts nosaukums no saraksta vai divu burtu kods: LV, DE, IT, NO …"),
    Column("loma", "role", "choice", "partneris (pēc noklusējuma), koordinators, uzņemošā "
           "organizācija vai finansētājs", ROLES, listed="roles"),
    Column("adrese", "address"),
    Column("reģistrācijas numurs", "registration_number"),
), ("partners",), note="Katrā rindā viens partneris.")

_ACTIVITY_COLUMNS = (
    Column("nosaukums", "title", note="(obligāts)"),
    Column("veids", "type", note="piemēram, seminārs, kurss, darba vērošana"),
    Column("sākums", "start", "date", note=f"{_DATE}; projekta laikā"),
    Column("beigas", "end", "date", note="ja ilgst vairākas dienas"),
    Column("vieta", "place", note="pilsēta, piemēram, Helsinki"),
    Column("valsts", "country", "country", listed="countries",
           note="valsts nosaukums no saraksta vai divu burtu kods"),
    Column("dalībnieki", "participants", "whole", note="cik dalībnieku"),
    Column("apraksts", "description"),
)

_MOBILITIES = Sheet("Mobilitātes", "list", (
    *_ACTIVITY_COLUMNS[:6],
    Column("skaits", "count", "whole", note="cik mobilitātes (pēc noklusējuma 1)"),
    *_ACTIVITY_COLUMNS[6:],
), ("mobilities",), note="Katrā rindā viena plānotā mobilitāte.")

_ACTIVITIES = Sheet("Aktivitātes", "list", _ACTIVITY_COLUMNS, ("activities",),
                    note="Katrā rindā viena aktivitāte; noslēguma ziņojums salīdzina veidus.")

_BUDGET = Sheet("Budžets", "form", (
    Column("Kopējā summa", "total", "money", note=f"(obligāts budžetā) {_MONEY}"),
    Column("Programmas atbalsts", "grant", "money", note="nedrīkst pārsniegt kopējo summu"),
    Column("Līdzfinansējums", "co_financing", "money",
           note="atbalsts + līdzfinansējums = kopējā summa"),
    Column("Līdzfinansētājs", "co_financing_source"),
    Column("Priekšfinansējums, %", "prefinancing_percent", "percent",
           note="procenti no atbalsta, piemēram, 20"),
    Column("Priekšfinansējuma summa", "prefinancing_amount", "money"),
    Column("Noapaļošana", "prefinancing_rounding", "choice", "kā noapaļot priekšfinansējumu",
           ROUNDINGS, listed="roundings"),
    Column("Priekšfinansējuma gads", "prefinancing_year", "whole"),
    Column("Priekšfinansētājs", "prefinancing_by", note="kas sniedz priekšfinansējumu"),
    Column("Priekšfinansējuma atgriešana", "prefinancing_returned",
           note="kad priekšfinansējums tiks atgriezts"),
), ("budget",), note="Izmaksas pa kategorijām: lapā Izmaksas.")

_COSTS = Sheet("Izmaksas", "amounts", (
    Column("kategorija", "category", "choice", listed="categories",
           note="programmas izmaksu kategorija no saraksta, piemēram, travel"),
    Column("summa", "amount", "money", note=f"{_MONEY}; kopā jābūt budžeta kopējai summai"),
), ("budget", "categories"), note="Katrā rindā vienas kategorijas summa.")

_CONTACTS = Sheet("Kontakti", "roles", (
    Column("loma", "role", "choice", listed="contact_roles",
           note="kontaktpersona vai parakstītājs (katrs ne vairāk kā vienā rindā)"),
    Column("vārds un uzvārds", "name", note="kā dokumentā: Jānis Bērziņš vai J. Bērziņš"),
    Column("dzimums", "gender", "choice", choices=GENDERS, listed="genders",
           note="ja no vārda nevar noteikt: vīrietis vai sieviete"),
    Column("amats", "position", note="parakstītājam obligāts"),
    Column("iestāde", "organisation", only="kontaktpersona"),
    Column("tālrunis", "phone", note="astoņi cipari vai +371 un astoņi cipari",
           only="kontaktpersona"),
    Column("e-pasts", "email", only="kontaktpersona"),
    Column("paraksts", "signature", "choice", choices=SIGNATURES, listed="signatures",
           note="paraksts, personiskais paraksts vai e-paraksts", only="parakstītājs"),
), note="Kontaktpersona un dokumenta parakstītājs.",
    roles={"kontaktpersona": "contact", "parakstītājs": "signatory"})

SHEETS: tuple[Sheet, ...] = (_PROJECT, _PARTNERS, _MOBILITIES, _ACTIVITIES, _BUDGET, _COSTS,
                             _CONTACTS)
"""The sheets of a project workbook, in the order the starter writes them."""

LISTS_SHEET = "Saraksti"
"""The hidden sheet of the starter that holds its drop-down lists; never read."""


def sheet_named(name: object) -> Sheet | None:
    """The sheet of a project workbook called ``name`` (any letter case), or None.

    >>> sheet_named("BUDŽETS").target, sheet_named("Lapa1")
    (('budget',), None)
    """
    key = folded(name)
    return next((s for s in SHEETS if folded(s.name) == key), None)
