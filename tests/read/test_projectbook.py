"""A project kept in a workbook: the starter round trip, every cell's reading, located problems.

The starter workbook is written by ``reportkit new project --xlsx`` and also saved again by
LibreOffice as .xlsx and .ods (the ``starter_workbooks`` session fixture): all three load into
the project the YAML starter holds, and render the same document.
"""

from __future__ import annotations

import datetime as dt
import warnings
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

import reportkit
from reportkit.jobs.workbook import load_starter, write_workbook_starter
from reportkit.models import Project

STARTER_YAML = "starter.yaml"


@pytest.fixture
def starter(tmp_path: Path) -> Path:
    return write_workbook_starter(tmp_path / "projekts.xlsx")


def edited(path: Path, cells: dict[tuple[str, str], Any], out: str = "projekts.xlsx") -> Path:
    """A copy of the workbook at ``path`` with ``cells`` ((sheet, cell) → value) set."""
    book = load_workbook(path)
    for (sheet, cell), value in cells.items():
        book[sheet][cell] = value
    target = path.parent / "edited" / out
    target.parent.mkdir(exist_ok=True)
    book.save(target)
    return target


def loaded(path: Path) -> Project:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model = reportkit.load(path)
    assert isinstance(model, Project)
    return model


def problems(path: Path) -> list[str]:
    with pytest.raises(reportkit.DataError) as caught, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        reportkit.load(path)
    return [str(p).replace(f"{path.parent}/", "") for p in caught.value.problems]


# ---- the round trip ------------------------------------------------------------------------


@pytest.mark.parametrize("made_by", ["written", "xlsx", "ods"])
def test_the_starter_workbook_is_the_yaml_starters_project(
        starter_workbooks: dict[str, Path], made_by: str) -> None:
    assert loaded(starter_workbooks[made_by]) == load_starter()


def _parts(docx: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(docx) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


@pytest.mark.parametrize("made_by", ["written", "ods"])
def test_a_workbook_and_a_yaml_file_of_the_same_facts_render_the_same_document(
        starter_workbooks: dict[str, Path], tmp_path: Path, made_by: str) -> None:
    yaml_file = tmp_path / "projekts.yaml"
    yaml_file.write_text(reportkit.jobs.starter("project"), encoding="utf-8")
    template = reportkit.Template.builtin("project_description")
    from_yaml = template.render(loaded(yaml_file), tmp_path / "no_yaml.docx")
    from_book = template.render(loaded(starter_workbooks[made_by]), tmp_path / "no_book.docx")
    assert _parts(from_book) == _parts(from_yaml)


def test_validate_and_render_take_a_workbook(starter: Path, tmp_path: Path) -> None:
    written = reportkit.render_file(starter, out=tmp_path / "apraksts.docx")
    from tests.helpers.docx import document_text

    assert "Inovācijas pieaugušo izglītībā" in document_text(written[0])


# ---- what each cell becomes -----------------------------------------------------------------


def test_dates_as_dates_text_serial_numbers_and_months(starter: Path) -> None:
    project = loaded(edited(starter, {("Projekts", "B11"): "01.06.2019.",
                                      ("Projekts", "B12"): 44227,  # 2021-01-31, unformatted
                                      ("Aktivitātes", "C2"): dt.datetime(2020, 9, 1, 10, 30)}))
    assert (project.period.start, project.period.end) == (dt.date(2019, 6, 1),
                                                          dt.date(2021, 1, 31))
    assert project.activities[0].start == dt.date(2020, 9, 1)
    months = loaded(edited(starter, {("Projekts", "B11"): "2019-06",
                                     ("Projekts", "B12"): "2021-01"}))
    assert months.period.precision == "month"


def test_amounts_exact_to_the_cent_from_excels_floats(starter: Path, tmp_path: Path) -> None:
    project = loaded(edited(starter, {("Budžets", "B1"): 22783.0, ("Budžets", "B2"): 1234.5,
                                      ("Budžets", "B3"): 21548.5, ("Izmaksas", "B2"): 4950.1,
                                      ("Izmaksas", "B3"): 0.1 + 0.2 + 10482.6}))
    assert project.budget is not None
    assert (project.budget.grant, project.budget.co_financing) == (Decimal("1234.50"),
                                                                   Decimal("21548.50"))
    assert project.budget.categories["travel"] == Decimal("4950.10")
    assert project.budget.categories["individual_support"] == Decimal("10482.90")
    assert reportkit.lv.format_money(project.budget.grant) == "1\xa0234,50 EUR"


def test_text_cells_keep_numbers_as_digits_and_paragraphs_by_line(starter: Path) -> None:
    project = loaded(edited(starter, {
        ("Projekts", "B10"): 40900012345,  # a registration number typed as a number
        ("Projekts", "B14"): "  Pirmā rindkopa.\n\nOtrā  rindkopa.\nTrešā.  ",
        ("Kontakti", "F2"): 65425102}))
    assert project.applicant.registration_number == "40900012345"
    assert project.description == ["Pirmā rindkopa.", "Otrā rindkopa.", "Trešā."]
    assert project.contact is not None and project.contact.phone == "65425102"


def test_choices_in_latvian_or_as_the_data_writes_them(starter: Path) -> None:
    project = loaded(edited(starter, {("Partneri", "D2"): "Koordinators",
                                      ("Kontakti", "C3"): "vīrietis",
                                      ("Kontakti", "H3"): "e-paraksts",
                                      ("Budžets", "B7"): "uz augšu līdz eiro"}))
    assert project.partners[0].role == "coordinator"
    assert project.signatory is not None
    assert (project.signatory.gender, project.signatory.signature) == ("m", "e-paraksts")
    assert project.budget is not None and project.budget.prefinancing_rounding == "euro_up"
    assert loaded(edited(starter, {("Partneri", "D2"): "funder"})).partners[0].role == "funder"


@pytest.mark.parametrize("written, code", [("Spānija", "ES"), ("spanija", "ES"), ("ES", "ES"),
                                           ("  Vācija\u00a0", "DE"), ("el", "GR")])
def test_a_country_by_its_latvian_name_or_code(starter: Path, written: str, code: str) -> None:
    assert loaded(edited(starter, {("Partneri", "C2"): written})).partners[0].country == code


def test_cells_are_cleaned_and_blank_rows_skipped(starter: Path) -> None:
    project = loaded(edited(starter, {("Partneri", "A2"): "  Agrupamento\u00a0 de  Escolas ",
                                      ("Partneri", "A4"): "Comune di Novara",
                                      ("Partneri", "C4"): "IT",
                                      ("Partneri", "A3"): " \u200b "}))
    assert [p.name for p in project.partners] == ["Agrupamento de Escolas", "Comune di Novara"]


def test_headers_in_any_letter_case_or_by_their_field(starter: Path) -> None:
    project = loaded(edited(starter, {("Partneri", "A1"): "Nosaukums",
                                      ("Partneri", "C1"): "country"}))
    assert project.partners[0].country == "PT"


def test_a_sheet_of_ones_own_is_not_read_and_said(starter: Path) -> None:
    book = load_workbook(starter)
    book.create_sheet("Piezīmes")["A1"] = "zvanīt partnerim"
    book.save(starter)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        reportkit.load(starter)
    assert [str(w.message) for w in caught] == [
        f"{starter}:Piezīmes: this sheet is not read: the sheets of a project workbook are "
        "Projekts, Partneri, Mobilitātes, Aktivitātes, Budžets, Izmaksas, Kontakti"]


def test_the_sheets_but_projekts_may_be_left_out(starter: Path) -> None:
    book = load_workbook(starter)
    for name in ("Partneri", "Mobilitātes", "Aktivitātes", "Budžets", "Izmaksas", "Kontakti"):
        del book[name]
    book["Projekts"]["B17"] = None  # the planned mobilities: none are listed now
    book.save(starter)
    project = loaded(starter)
    assert (project.partners, project.budget, project.contact) == ([], None, None)


# ---- problems, each at its cell -------------------------------------------------------------


@pytest.mark.parametrize("cells, message", [
    ({("Partneri", "C2"): "Spanja"},
     "projekts.xlsx:Partneri!C2: valsts: must be a two-letter ISO country code like LV, DE, IT "
     "or a country's Latvian name (got 'Spanja'); did you mean 'Spānija'?"),
    ({("Projekts", "B1"): None}, "projekts.xlsx:Projekts!B1: Nosaukums: is required"),
    ({("Projekts", "B11"): "31.02.2019."},
     "projekts.xlsx:Projekts!B11: Sākums: must be a date like 2019-06-01 (got '31.02.2019.')"),
    ({("Partneri", "D2"): "saimnieks"},
     "projekts.xlsx:Partneri!D2: loma: must be one of: partneris, koordinators, uzņemošā "
     "organizācija, finansētājs (got 'saimnieks')"),
    ({("Budžets", "B5"): 0.2},
     "projekts.xlsx:Budžets!B5: Priekšfinansējums, %: is 0.2: write the percentage as a number "
     "from 0 to 100, such as 20 for 20 % (a cell formatted as a percentage holds its hundredth "
     "part)"),
    ({("Izmaksas", "B2"): 4950.125},
     "projekts.xlsx:Izmaksas!B2: summa: amount 4950.125 has more than two decimals: round it "
     "to cents first"),
    ({("Izmaksas", "B2"): 4000},
     "projekts.xlsx:Izmaksas: summa: add up to 21833.00, not the total 22783.00"),
    ({("Izmaksas", "A2"): "celojumi"},
     "projekts.xlsx:Izmaksas!A2: kategorija: is not a cost category of Erasmus+ 2014–2020 "
     "(travel, individual_support, organisational_support, course_fees, special_needs_support, "
     "exceptional_costs, project_management_and_implementation, transnational_project_meetings, "
     "intellectual_outputs, multiplier_events, learning_teaching_training_activities); name it "
     "in programme.categories with its Latvian label if the grant agreement has it"),
    ({("Partneri", "C1"): "vālsts"},
     "projekts.xlsx:Partneri!C1: 'vālsts' is not a column of this sheet; did you mean 'valsts'?"),
    ({("Projekts", "A5"): "Pamatdarbiba"},
     "projekts.xlsx:Projekts!A5: 'Pamatdarbiba' is not a field of this sheet; did you mean "
     "'Pamatdarbība'?"),
    ({("Projekts", "A13"): "Nosaukums"},
     "projekts.xlsx:Projekts!A13: Nosaukums: given twice (first in row 1)"),
    ({("Kontakti", "A3"): "kontaktpersona"},
     "projekts.xlsx:Kontakti!A3: loma: the role kontaktpersona is given twice (first in row 2): "
     "one row for each role"),
    ({("Kontakti", "A3"): None},
     "projekts.xlsx:Kontakti!A3: loma: is empty: write one of: kontaktpersona, parakstītājs"),
    ({("Kontakti", "H2"): "paraksts"},
     "projekts.xlsx:Kontakti!H2: paraksts: only the parakstītājs has this: leave it empty for "
     "the kontaktpersona"),
    ({("Mobilitātes", "G2"): "seši"},
     "projekts.xlsx:Mobilitātes!G2: skaits: must be a whole number (got 'seši')"),
    ({("Aktivitātes", "C2"): dt.datetime(2023, 1, 1)},
     "projekts.xlsx:Aktivitātes!C2: sākums: 2023-01-01 is outside the project period "
     "2019-06-01 – 2021-01-31"),
])
def test_every_problem_names_its_sheet_cell_and_column(starter: Path, cells: dict[Any, Any],
                                                       message: str) -> None:
    assert problems(edited(starter, cells)) == [message]


@pytest.mark.parametrize("cells, message", [
    ({("Partneri", "D2"): "saimnieks"},
     "projekts.xlsx:Partneri!D2: loma: jābūt vienam no: partneris, koordinators, uzņemošā "
     "organizācija, finansētājs (ierakstīts: 'saimnieks')"),
    ({("Budžets", "B5"): 0.2},
     "projekts.xlsx:Budžets!B5: Priekšfinansējums, %: ir 0.2: ierakstiet procentus kā skaitli no "
     "0 līdz 100, piemēram, 20, ja domāti 20 % (šūnā ar procentu formātu glabājas simtā daļa)"),
    ({("Partneri", "C1"): "vālsts"},
     "projekts.xlsx:Partneri!C1: 'vālsts' nav šīs lapas kolonna; varbūt domājāt 'valsts'?"),
    ({("Projekts", "A13"): "Merka grupa"},
     "projekts.xlsx:Projekts!A13: 'Merka grupa' nav šīs lapas lauks; varbūt domājāt "
     "'Mērķa grupa'?"),
    ({("Projekts", "A13"): "Nosaukums"},
     "projekts.xlsx:Projekts!A13: Nosaukums: norādīts divreiz (pirmo reizi 1. rindā)"),
    ({("Kontakti", "A3"): "kontaktpersona"},
     "projekts.xlsx:Kontakti!A3: loma: loma kontaktpersona norādīta divreiz (pirmo reizi 2. "
     "rindā): katrai lomai viena rinda"),
    ({("Kontakti", "A3"): None},
     "projekts.xlsx:Kontakti!A3: loma: šūna ir tukša: ierakstiet vienu no: kontaktpersona, "
     "parakstītājs"),
    ({("Kontakti", "H2"): "paraksts"},
     "projekts.xlsx:Kontakti!H2: paraksts: tas ir tikai lomai parakstītājs: lomai kontaktpersona "
     "atstājiet to tukšu"),
    ({("Projekts", "B20"): "x"},
     "projekts.xlsx:Projekts!B20: ir vērtība, bet kolonnā A nav nosaukuma: ierakstiet tur lauka "
     "nosaukumu"),
])
def test_every_problem_is_said_in_latvian_at_its_cell(starter: Path, cells: dict[Any, Any],
                                                      message: str) -> None:
    from reportkit import i18n

    i18n.set_language("lv")
    assert problems(edited(starter, cells)) == [message]


def test_a_name_without_its_letters_marks_is_the_name_meant() -> None:
    """A keyboard without Latvian letters types ``Vards``: the name meant is ``Vārds``, even
    where another name is as close by spelling alone."""
    from reportkit.read.projectbook import _meant

    assert _meant("Vards", ["Varde", "Vārds"]) == "Vārds"
    assert _meant("skola", ["Skolas", "Skolā"]) == "Skolā"
    assert _meant("nosaukums", ["nosaukums", "saīsinājums"]) == "nosaukums"


def test_a_problem_in_an_ods_names_its_cell_the_same_way(starter_workbooks: dict[str, Path],
                                                         tmp_path: Path) -> None:
    from tests.helpers.office import through_libreoffice

    bad = edited(starter_workbooks["written"], {("Partneri", "C2"): "Spanja"})
    (ods,) = through_libreoffice([bad], tmp_path / "ods", to="ods")
    assert problems(ods) == [
        "projekts.ods:Partneri!C2: valsts: must be a two-letter ISO country code like LV, DE, "
        "IT or a country's Latvian name (got 'Spanja'); did you mean 'Spānija'?"]


def test_a_workbook_without_projekts_is_no_project(tmp_path: Path) -> None:
    from tests.helpers.office import workbook

    path = workbook(tmp_path / "dalibnieki.xlsx", [["vārds"], ["Jānis"]], title="Dalībnieki")
    assert problems(path) == [
        "dalibnieki.xlsx: is not a project workbook: it has no sheet 'Projekts' (its sheets: "
        "'Dalībnieki'); start one with: reportkit new project --xlsx -o projekts.xlsx. A table "
        "of rows for documents goes to: reportkit batch TEMPLATE TABLE"]


def test_the_starter_has_notes_and_drop_down_lists(starter: Path) -> None:
    book = load_workbook(starter)
    assert book.sheetnames == ["Saraksti", "Projekts", "Partneri", "Mobilitātes", "Aktivitātes",
                               "Budžets", "Izmaksas", "Kontakti"]
    assert book["Saraksti"].sheet_state == "hidden"
    assert book.active.title == "Projekts"
    partners = book["Partneri"]
    assert partners["C1"].comment.text.startswith("valsts nosaukums no saraksta")
    lists = {str(v.sqref): v.formula1 for v in partners.data_validations.dataValidation}
    assert lists["C2:C1000"] == "=Saraksti!$B$2:$B$257"
    assert lists["D2:D1000"] == "=Saraksti!$C$2:$C$5"
    assert all(v.errorStyle == "warning" for v in partners.data_validations.dataValidation)
    projekts = book["Projekts"]
    assert projekts["A3"].value == "Programma" and projekts["A3"].comment is not None
    countries = [c.value for c in book["Saraksti"]["B"][1:]]
    assert "Spānija" in countries and len(countries) == 256
