"""Golden tests: what each programme's documents say, read back from the rendered .docx.

One project description per programme of the data file (its Latvian name, statement,
disclaimer, emblem, donors), the issue's three new projects (an Erasmus+ KA122 school project,
an EEA Grants 2014–2021 project, a final report with an overspent category), and the Latvian
the issue found wrong.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest

from reportkit.jobs import render_file
from reportkit.jobs.demo import examples_folder
from tests.helpers.docx import document_text
from tests.helpers.yamlio import dump_yaml

NB = "\u00a0"
EMBLEM = 'name="ES emblēma"'
E_PLUS_2014_DISCLAIMER = (
    "Eiropas Komisijas atbalsts šīs publikācijas tapšanai nav uzskatāms par tās satura "
    "apstiprinājumu, kas atspoguļo vienīgi autora uzskatus, un Komisijai nevar uzlikt atbildību "
    "par tajā ietvertās informācijas jebkuru iespējamo izlietojumu.")
VIAA_DISCLAIMER = (
    "Tomēr paustie uzskati un viedokļi ir tikai autora(-u) uzskati un viedokļi un ne vienmēr "
    "atspoguļo Eiropas Savienības vai Valsts izglītības attīstības aģentūras (VIAA) uzskatus un "
    "viedokļus. Ne Eiropas Savienību, ne VIAA nevar saukt pie atbildības par tiem.")
NORWAY_2009 = (
    "Ar Norvēģijas finanšu instrumenta palīdzību Norvēģija sekmē sociālo un ekonomisko "
    "atšķirību mazināšanu un divpusējo attiecību stiprināšanu ar saņēmējvalstīm Eiropā. "
    "Norvēģija cieši sadarbojas ar ES atbilstoši Eiropas Ekonomikas zonas (EEZ) līgumam.")
SLOGAN = "Working together for a green, competitive and inclusive Europe"
DONORS = "Donorvalstis: Islande, Lihtenšteina un Norvēģija."


def write(folder: Path, name: str, data: dict[str, Any]) -> Path:
    path = folder / name
    path.write_text(dump_yaml(data), encoding="utf-8")
    return path


def rendered(folder: Path, data: dict[str, Any], name: str = "projekts.yaml"
             ) -> tuple[str, str]:
    """The document's text and its body XML."""
    [out] = render_file(write(folder, name, data), out=folder / "out.docx")
    with zipfile.ZipFile(out) as package:
        xml = package.read("word/document.xml").decode()
    return document_text(out), xml


def a_project(programme: dict[str, Any], **more: Any) -> dict[str, Any]:
    return {"kind": "project", "title": "Skolu sadarbība", "programme": programme,
            "applicant": {"name": "Daugavpils pilsētas Izglītības pārvalde"},
            "period": {"start": "2023-09-01", "end": "2024-08-31"},
            "signatory": {"position": "Vadītāja", "name": "M. Isupova"}, **more}


# scheme, the programme line, the printed statements (in order), whether the EU emblem is drawn
PROGRAMMES = [
    ("erasmus_plus_2021_2027", {"code": "2023-1-LV01-KA122-SCH-000123456"},
     "Erasmus+ (2021–2027), KA122",
     ["   Līdzfinansē Eiropas Savienība", VIAA_DISCLAIMER], True),
    ("erasmus_plus_2014_2020", {"code": "2019-1-LV01-KA104-060191"},
     "Erasmus+ (2014–2020), KA122",
     ["   Co-funded by the Erasmus+ Programme of the European Union", E_PLUS_2014_DISCLAIMER],
     True),
    ("lifelong_learning_2007_2013", {}, "Mūžizglītības programma (2007–2013), KA122",
     ["Šis projekts tika finansēts ar Eiropas Komisijas atbalstu.",
      "Šī publikācija atspoguļo vienīgi autora uzskatus, un Komisijai nevar uzlikt atbildību par "
      "tajā ietvertās informācijas jebkuru iespējamo izlietojumu."], False),
    ("eea_grants_2009_2014", {},
     "Eiropas Ekonomikas zonas (EEZ) finanšu instruments (2009–2014), programma „KA122”",
     [DONORS], False),
    ("norway_grants_2009_2014", {},
     "Norvēģijas finanšu instruments (2009–2014), programma „KA122”",
     [NORWAY_2009, "Donorvalsts: Norvēģija."], False),
    ("eea_grants_2014_2021", {},
     "Eiropas Ekonomikas zonas (EEZ) finanšu instruments (2014–2021), programma „KA122”",
     [SLOGAN, DONORS], False),
    ("norway_grants_2014_2021", {},
     "Norvēģijas finanšu instruments (2014–2021), programma „KA122”",
     [SLOGAN, "Donorvalsts: Norvēģija."], False),
    ("eea_norway_grants_2014_2021", {},
     "Eiropas Ekonomikas zonas (EEZ) un Norvēģijas granti (2014–2021), programma „KA122”",
     [SLOGAN, DONORS], False),
    ("nordplus_2018_2022", {}, "Nordplus (2018–2022), KA122", [], False),
    ("nordplus_2023_2027", {}, "Nordplus (2023–2027), KA122", [], False),
]


@pytest.mark.parametrize(("scheme", "extra", "line", "statements", "emblem"), PROGRAMMES,
                         ids=[p[0] for p in PROGRAMMES])
def test_each_programme_prints_what_its_data_says(tmp_path: Path, scheme: str,
                                                  extra: dict[str, Any], line: str,
                                                  statements: list[str], emblem: bool) -> None:
    text, xml = rendered(tmp_path, a_project({"scheme": scheme, "action": "KA122"}, **extra))
    assert f"Programma | {line}\n" in text
    # the closing block: the statements in order, one a line, as the data has them, then the
    # signature; nothing else
    before_signature = text.split("\nVadītāja | (paraksts) | M.\xa0Isupova")[0]
    after_duration = before_signature.split("\u00a0mēneši)", 1)[1].removeprefix("\n")
    assert (after_duration.split("\n") if after_duration else []) == statements
    assert (EMBLEM in xml) is emblem


def test_national_and_other_print_the_texts_the_data_gives(tmp_path: Path) -> None:
    own = {"scheme": "national", "name": "Valsts budžeta programma „Skolas soma”",
           "statement_lv": "Projektu finansē Kultūras ministrija.",
           "disclaimer_lv": "Par saturu atbild projekta īstenotājs."}
    text, xml = rendered(tmp_path, a_project(own))
    assert "Programma | Valsts budžeta programma „Skolas soma”\n" in text
    assert ("Projektu finansē Kultūras ministrija.\nPar saturu atbild projekta īstenotājs.\n"
            in text)
    assert EMBLEM not in xml
    other, xml = rendered(tmp_path, a_project({"scheme": "other", "name": "ES fondi",
                                               "statement_lv": "Līdzfinansē Eiropas Savienība",
                                               "emblem": True}))
    assert "   Līdzfinansē Eiropas Savienība\n" in other and EMBLEM in xml


def test_an_erasmus_ka122_school_project(tmp_path: Path) -> None:
    """The issue's first new project: the co-funded statement beside the emblem and the
    disclaimer naming VIAA (LV01), not EACEA."""
    data = a_project({"scheme": "erasmus_plus_2021_2027",
                      "action": "KA122 īstermiņa mobilitātes projekts skolu izglītībā"},
                     code="2023-1-LV01-KA122-SCH-000123456",
                     mobilities_planned=11,
                     mobilities=[{"title": "Ēnošana Somijas skolā", "place": "Helsinki",
                                  "country": "FI", "count": 11, "participants": 11}],
                     budget={"total": "25000.00", "grant": "25000.00",
                             "categories": {"organisational_support": "5000.00",
                                            "travel": "6000.00",
                                            "individual_support": "14000.00"}})
    text, xml = rendered(tmp_path, data)
    assert "Finansējuma piešķīrējs | Valsts izglītības attīstības aģentūra (VIAA)" in text
    assert f"   Līdzfinansē Eiropas Savienība\n{VIAA_DISCLAIMER}" in text
    assert "EACEA" not in text and "Finansē Eiropas" not in text
    assert "Projektā plānotas 11\u00a0mobilitātes, kopā 11\u00a0dalībnieki." in text
    assert ("Ēnošana Somijas skolā, Helsinki, Somija – 11\u00a0mobilitātes, "
            "11\u00a0dalībnieki") in text
    assert f"Organizatoriskais atbalsts | 5{NB}000,00\nCeļa izdevumi | 6{NB}000,00" in text
    assert EMBLEM in xml and 'srgbClr val="003399"' in xml and 'srgbClr val="FFCC00"' in xml


def test_one_planned_mobility_agrees_in_the_singular(tmp_path: Path) -> None:
    data = a_project({"scheme": "erasmus_plus_2021_2027"},
                     code="2023-1-LV01-KA122-SCH-000123456", mobilities_planned=21)
    text, _ = rendered(tmp_path, data)
    assert "Projektā plānota 21\u00a0mobilitāte." in text


def test_the_eea_grants_project_example(tmp_path: Path) -> None:
    """The issue's second new project (example 007): the Latvian name, the programme in
    quotation marks, the donors, the period to the month, staff, equipment and indirect costs,
    co-financing with its source, a host that is not a partner."""
    [out] = render_file(examples_folder() / "007_eez_projekts.yaml", out=tmp_path / "a.docx")
    text = document_text(out)
    assert ("Programma | Eiropas Ekonomikas zonas (EEZ) finanšu instruments (2014–2021), "
            "programma „Pētniecība un izglītība”") in text
    assert ("Projekta ilgums | No 2021.\u00a0gada\u00a0septembra līdz "
            "2023.\u00a0gada\u00a0decembrim "
            "(28\u00a0mēneši)") in text
    assert "Projekta partneri | partneris Norvēģijā (Norvēģija)\n" in text
    assert "Uzņemošās organizācijas | Daugavpils Zinātņu vidusskola (Latvija)\n" in text
    assert (f"Programmas finansējums – 102{NB}000,00 EUR (viens simts divi tūkstoši eiro 00 "
            f"centi), 85{NB}% no kopējā finansējuma.") in text
    assert (f"Daugavpils pilsētas domes līdzfinansējums – 18{NB}000,00 EUR (astoņpadsmit "
            "tūkstoši eiro 00 centi).") in text
    assert (f"Personāla izmaksas | 60{NB}000,00\nCeļa un uzturēšanās izmaksas | 15{NB}000,00\n"
            f"Aprīkojuma izmaksas | 30{NB}000,00\nNetiešās izmaksas | 15{NB}000,00\n"
            f"Kopā | 120{NB}000,00") in text
    assert f"{SLOGAN}\n{DONORS}" in text
    assert "EEA Grants" not in text


def test_a_final_report_with_an_overspent_category(tmp_path: Path) -> None:
    """The issue's third: travel 7 010 spent of 6 615 granted renders with a minus and over
    100 %, one number format per column, totals and balance right."""
    project = a_project({"scheme": "erasmus_plus_2014_2020", "action": "KA1"},
                        code="2019-1-LV01-KA104-060191",
                        budget={"total": "22783.00", "grant": "22783.00",
                                "categories": {"travel": "6615.00",
                                               "individual_support": "16168.00"}})
    write(tmp_path, "projekts.yaml", project)
    text, _ = rendered(tmp_path, {
        "kind": "final_report", "project": "projekts.yaml",
        "spent": {"travel": "7010.00", "individual_support": "12883.00"},
        "prefinancing_received": "18226.00",
        "signatory": {"position": "Vadītāja", "name": "M. Isupova", "signature": "e-paraksts"},
    }, "zinojums.yaml")
    assert f"Ceļa izdevumi | 6{NB}615,00 | 7{NB}010,00 | –{NB}395,00 | 105,97" in text
    assert f"Individuālais atbalsts | 16{NB}168,00 | 12{NB}883,00 | 3{NB}285,00 | 79,68" in text
    assert f"Kopā | 22{NB}783,00 | 19{NB}893,00 | 2{NB}890,00 | 87,32" in text
    assert (f"Atlikuma maksājums: 1{NB}667,00 EUR (viens tūkstotis seši simti sešdesmit septiņi "
            "eiro 00 centi).") in text


def test_percent_column_has_one_format(tmp_path: Path) -> None:
    project = a_project({"scheme": "erasmus_plus_2014_2020"}, code="2019-1-LV01-KA104-060191",
                        budget={"total": "2000.00", "categories": {"travel": "1000.00",
                                                                   "course_fees": "1000.00"}})
    write(tmp_path, "projekts.yaml", project)
    text, _ = rendered(tmp_path, {"kind": "final_report", "project": "projekts.yaml",
                                  "spent": {"travel": "800.00", "course_fees": "953.90"}},
                       "zinojums.yaml")
    assert f"Ceļa izdevumi | 1{NB}000,00 | 800,00 | 200,00 | 80,00" in text
    assert f"Kursu maksa | 1{NB}000,00 | 953,90 | 46,10 | 95,39" in text


def test_lifelong_learning_press_release_says_it_in_latvian(tmp_path: Path) -> None:
    [out] = render_file(examples_folder() / "001_projekta_sakums.yaml", out=tmp_path / "a.docx")
    text = document_text(out)
    assert "This project has been funded" not in text
    assert "Šis projekts tika finansēts ar Eiropas Komisijas atbalstu." in text
    assert "Projekta mērķis ir palielināt vietējo pašvaldību konkurētspēju" in text


def test_initials_stay_with_the_surname_in_every_built_in_template(tmp_path: Path) -> None:
    # "M. Isupova" must not break after "M." at a line end: the templates print a person's
    # name as written with a no-break space after each initial (issue 16, REFERENCE.md §11).
    project = a_project({"scheme": "erasmus_plus_2021_2027", "action": "KA122"},
                        code="2023-1-LV01-KA122-SCH-000123456",
                        contact={"name": "A. Elksniņš", "phone": "+371 65400000"})
    text, _ = rendered(tmp_path, project)
    assert "Kontaktpersona: A.\xa0Elksniņš, tālr." in text
    assert "M.\xa0Isupova" in text and "M. Isupova" not in text
    release = {"kind": "press_release", "title": "Tikšanās", "published": "2024-03-01",
               "project": "projekts.yaml", "body": ["Teksts."],
               "prepared_by": {"name": "J. K. Bērziņš", "gender": "m"}}
    text, _ = rendered(tmp_path, release, name="relize.yaml")
    assert "J.\xa0K.\xa0Bērziņš" in text
