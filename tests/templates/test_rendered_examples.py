"""Golden tests: what the rendered examples say, read back from the .docx as a reader sees it."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from reportkit.errors import TemplateError
from reportkit.jobs import render_file
from reportkit.jobs.demo import example_files, render_examples
from tests.helpers.docx import document_text

NB = "\u00a0"  # format_money groups thousands, lv binds dates and counts with a no-break space
SEED_SLIPS = ["2014.gada", "11mobilitātes", "5.-6.", "tikšnās"]
# An ordinal dot glued to the next word ("2019.gada", "22.augustā") is the old spelling.
GLUED_DOT = re.compile(r"\d\.[^\W\d_]")


@pytest.fixture(scope="session")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every example's .docx by the example's name (``003_projekta_apraksts``)."""
    out = tmp_path_factory.mktemp("examples")
    return {p.stem: p for p in render_examples(out, pdf=False)}


@pytest.fixture(scope="session")
def texts(rendered: dict[str, Path]) -> dict[str, str]:
    """Every example's text: body, tables, header and footer."""
    return {name: document_text(path) for name, path in rendered.items()}


def test_every_example_is_rendered(rendered: dict[str, Path]) -> None:
    assert sorted(rendered) == [p.stem for p in example_files()]
    assert len(rendered) == 8


def test_seed_003_amounts_in_words_duration_and_signature(texts: dict[str, str]) -> None:
    text = texts["003_projekta_apraksts"]
    assert (f"Projekta kopējais finansējums – 22{NB}783,00 EUR (divdesmit divi tūkstoši "
            "septiņi simti astoņdesmit trīs eiro 00 centi).") in text
    # Seed 003: "Daugavpils pilsētas domes priekšfinansējums (2020. gadam) 20% apmērā –4557.00
    # EUR (…), kas tiks atgriezts pēc projekta noslēguma un gala atskaites iesniegšanas 2021.gadā."
    assert (f"Daugavpils pilsētas domes priekšfinansējums (2020. gadam) 20{NB}% apmērā – "
            f"4{NB}557,00 EUR (četri tūkstoši pieci simti piecdesmit septiņi eiro 00 centi), kas "
            "tiks atgriezts pēc projekta noslēguma un gala atskaites iesniegšanas 2021. gadā."
            ) in text
    # the grant is the whole total: its amount is not written a second time
    assert "Programmas finansējums – 100 % no kopējā finansējuma." in text
    assert text.count("divdesmit divi tūkstoši septiņi simti astoņdesmit trīs") == 1
    assert ("Projekta ilgums | No 2019.\u00a0gada\u00a01.\u00a0jūnija līdz "
            "2021.\u00a0gada\u00a031.\u00a0janvārim "
            "(20\u00a0mēneši)") in text
    assert "Projekta pieteicējs | Daugavpils pilsētas Izglītības pārvalde" in text
    assert "Projektā plānotas 11\u00a0mobilitātes, kopā 11\u00a0dalībnieki." in text
    assert ("Darba vērošana Izglītības un zinātnes ministrijā (darba vērošana), Lisabona, "
            "Portugāle – 5\u00a0mobilitātes, 5\u00a0dalībnieki") in text
    assert "Gaidāmie rezultāti\nParedzams, ka starptautiskā pieredze sekmēs" in text
    assert f"Ceļa izdevumi | 4{NB}950,00" in text
    assert ("Daugavpils pilsētas domes priekšsēdētājs | (personiskais paraksts) | A.\xa0Elksniņš"
            in text)
    assert "ELEKTRONISKO PARAKSTU" not in text


def test_seed_000_mobilities_place_and_photo(texts: dict[str, str],
                                            rendered: dict[str, Path]) -> None:
    text = texts["000_partneru_tiksanas"]
    assert "21 mobilitāte" in text  # the body text of the example, not lv.count
    assert (f"2013.{NB}gada{NB}oktobrī Daugavpilī notika ceturtā starptautiskā partneru "
            "tikšanās.") in text
    assert "Projekta partneri: Vācija, Itālija, Ungārija, Dānija un Latvija." in text
    assert ("Projekta partneri kopā ar Daugavpils pilsētas mēra vietnieku Dmitriju Radionovu.\n"
            "Foto: Jolanta Ūzuliņa") in text
    with zipfile.ZipFile(rendered["000_partneru_tiksanas"]) as package:
        assert [n for n in package.namelist() if n.startswith("word/media/")] != []


def test_seed_001_lead_says_this_year_in_the_locative(texts: dict[str, str]) -> None:
    text = texts["001_projekta_sakums"]
    assert text.startswith("Eiropas Savienības Mūžizglītības programmas")
    assert f"\n15.10.2012.\nŠī{NB}gada{NB}22.{NB}augustā Daugavpils pilsētas dome kā" in text
    assert "Informāciju sagatavoja:\nJolanta Ūzuliņa\nProjekta asistente\ntālr. 65404391" in text


def test_seed_002_range_note_to_editors_and_statement(texts: dict[str, str]) -> None:
    text = texts["002_tikla_sanaksme"]
    assert (f"2015.{NB}gada{NB}5.–6.{NB}novembrī Daugavpilī notika Izglītības un kultūras tīkla "
            "sanāksme.") in text
    assert "Uzziņai:\nProjekts „Lietpratīga pārvaldība" in text
    # seed 002 knows the period to the month: "no 2013.gada decembra līdz 2016.gada jūnijam"
    assert ("Projekta ilgums: no 2013.\u00a0gada\u00a0decembra līdz 2016.\u00a0gada\u00a0jūnijam "
            "(31\u00a0mēnesis).") in text
    assert "Projekta mērķis ir stiprināt institucionālo kapacitāti" in text
    assert ("Programma: Norvēģijas finanšu instruments (2009–2014), programma „Kapacitātes "
            "stiprināšana un institucionālā sadarbība") in text
    # both sentences of the seed's statement, without the stray comma
    assert ("Ar Norvēģijas finanšu instrumenta palīdzību Norvēģija sekmē sociālo un ekonomisko "
            "atšķirību mazināšanu un divpusējo attiecību stiprināšanu ar saņēmējvalstīm Eiropā. "
            "Norvēģija cieši sadarbojas ar ES atbilstoši Eiropas Ekonomikas zonas (EEZ) "
            "līgumam.") in text
    assert "Donorvalsts: Norvēģija." in text
    assert "Daugavpilī, 09.11.2015." in text
    assert "Vairāk par projektu: http://ms.lps.lv/" in text


def test_seed_004_lists_each_project_with_code_coordinator_and_school(
        texts: dict[str, str]) -> None:
    text = texts["004_seminars_koordinatoriem"]
    assert "Projekts | Projekta numurs | Koordinators | Izglītības iestāde" in text
    assert ("„Interaktīvais un iekļaujošais kultūras mantojums” | 2022-1-LV01-KA220-SCH-000087211"
            " | Anžela Volodko | J. Pilsudska Daugavpils valsts poļu ģimnāzija") in text
    assert "„Bērni dabā” | 2020-1-LT01-KA229-077835_5 | Jeļena Kalmikova" in text
    assert "Atziņas apkopoja:\nEvelīna Balode" in text


def test_final_report_budget_table_totals_balance_and_e_signature(texts: dict[str, str]) -> None:
    text = texts["005_nosleguma_zinojums"]
    assert ("Mobilitāte | Plānots | Paveikts | Dalībnieki, plānots | Dalībnieki, paveikts\n"
            "Kurss par starpkultūru komunikāciju un migrantu iekļaušanu (Spānija) | 3 | 2 | 3 | 2"
            ) in text
    assert "Mobilitātes kopā | 11 | 10 | 11 | 10" in text
    assert "Kopā: 10\u00a0mobilitātes un 10\u00a0dalībnieki." in text
    assert "Aktivitāšu veids | Plānots | Paveikts\nseminārs | 1 | 1\npublicitāte | 1 | 1" in text
    assert ("Izmaksu kategorija | Piešķirts, EUR | Izlietots, EUR | Starpība, EUR | Izlietots, %"
            in text)
    # travel overspent by a transfer: a minus (en dash, no-break space) and over 100 %
    assert (f"Ceļa izdevumi | 4{NB}950,00 | 5{NB}120,00 | –{NB}170,00 | 103,43") in text
    assert f"Kursu maksa | 3{NB}500,00 | 2{NB}900,00 | 600,00 | 82,86" in text
    assert f"Kopā | 22{NB}783,00 | 21{NB}390,00 | 1{NB}393,00 | 93,89" in text
    assert (f"Izlietots kopā: 21{NB}390,00 EUR (divdesmit viens tūkstotis trīs simti deviņdesmit "
            "eiro 00 centi).") in text
    assert (f"Atlikuma maksājums: 16{NB}833,00 EUR (sešpadsmit tūkstoši astoņi simti "
            "trīsdesmit trīs eiro 00 centi).") in text
    assert "Pielikumi\n1. Dalībnieku saraksts\n2. Kursu apliecību kopijas" in text
    assert ("Daugavpils pilsētas Izglītības pārvaldes vadītāja |  | M.\xa0Isupova\n\n"
            "DOKUMENTS IR PARAKSTĪTS AR DROŠU ELEKTRONISKO PARAKSTU UN SATUR LAIKA ZĪMOGU") in text


def test_erasmus_2021_project_carries_the_eu_statement(texts: dict[str, str]) -> None:
    text = texts["006_kulturas_mantojums"]
    # the co-funded statement the Programme Guide prefers, and the disclaimer naming VIAA, the
    # agency of the LV01 number, not EACEA
    assert ("Līdzfinansē Eiropas Savienība\nTomēr paustie uzskati un viedokļi ir tikai "
            "autora(-u) uzskati un viedokļi un ne vienmēr atspoguļo Eiropas Savienības vai Valsts "
            "izglītības attīstības aģentūras (VIAA) uzskatus un viedokļus. Ne Eiropas Savienību, "
            "ne VIAA nevar saukt pie atbildības par tiem.") in text
    assert "EACEA" not in text
    assert (f"Priekšfinansējums 40{NB}% apmērā – 100{NB}000,00 EUR (viens simts tūkstoši eiro "
            "00 centi).") in text


@pytest.mark.parametrize("name,issuer", [
    ("000_partneru_tiksanas", "Daugavpils pilsētas dome"),
    ("002_tikla_sanaksme", "Daugavpils pilsētas Izglītības pārvalde"),
    ("003_projekta_apraksts", "Daugavpils pilsētas Izglītības pārvalde"),
    ("005_nosleguma_zinojums", "Daugavpils pilsētas Izglītības pārvalde"),
])
def test_header_names_the_issuer_and_footer_counts_pages(texts: dict[str, str], name: str,
                                                         issuer: str) -> None:
    assert texts[name].endswith(f"\n{issuer}\nLapa 1 no 1")


def test_no_seed_typing_slip_in_any_output(texts: dict[str, str]) -> None:
    for name, text in texts.items():
        for slip in SEED_SLIPS:
            assert slip not in text, f"{name}: {slip!r}"
        assert GLUED_DOT.findall(text) == [], name


def test_a_missing_photo_is_a_located_template_error(tmp_path: Path) -> None:
    data = tmp_path / "relize.yaml"
    data.write_text("kind: press_release\ntitle: Tikšanās\nphotos:\n"
                    "  - {file: nav.png, caption: Dalībnieki}\n", encoding="utf-8")
    with pytest.raises(TemplateError, match=r"press_release\.docx.*no picture file '.*nav\.png'"):
        render_file(data, out=tmp_path / "relize.docx")
    assert not (tmp_path / "relize.docx").exists()


def test_a_country_after_the_town_is_set_off_by_commas_on_both_sides(tmp_path: Path) -> None:
    # Seed 000: "Novarā, Itālijā, 2014.gada februārī".
    data = tmp_path / "relize.yaml"
    data.write_text("kind: press_release\ntitle: Tikšanās\nevent:\n  what: partneru tikšanās\n"
                    "  start: 2014-02-10\n  precision: month\n  place: Novara\n  country: IT\n",
                    encoding="utf-8")
    text = document_text(render_file(data, out=tmp_path / "relize.docx")[0])
    assert f"2014.{NB}gada{NB}februārī Novarā, Itālijā, notika partneru tikšanās." in text
