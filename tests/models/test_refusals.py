"""reportkit.lv's refusals in the language spoken: each English template of ``refusals`` matches
what lv really says (so a changed wording in lv is seen here, not by a Latvian coordinator),
and the line reaches a coordinator in Latvian through a data file and the command line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportkit import DataError, i18n, load
from reportkit.cli import cli
from reportkit.lv import amount_in_words, decline, decline_name
from reportkit.lv.declension import paradigm
from reportkit.models.refusals import said

KAUNAS_LV = (
    "'Kaunas' nav nevienā reportkit tabulā, un tas beidzas ar -as, bet latviešu vienskaitļa "
    "nominatīvs tā nekad nebeidzas, tāpēc tā formas latviešu valodā nevar zināt: latviski tas ir "
    "'Kauņa' (reportkit/lv/data/cities.tsv), rakstiet to; vai arī norādiet formas ar "
    "reportkit.add_forms('Kaunas', {'gen': …, 'loc': …}) vai formu failā "
    "(reportkit.load_forms)")


@pytest.mark.parametrize(("refusal", "latvian"), [
    (lambda: decline("Kaunas", "loc"), KAUNAS_LV),
    (lambda: decline("Qwrtp", "loc"), "'Qwrtp' nav nevienā reportkit tabulā, un tajā ir burti, "
     "kas nav latviešu alfabētā (q, w), tāpēc tā formas latviešu valodā nevar zināt: norādiet "
     "formas ar reportkit.add_forms('Qwrtp', {'gen': …, 'loc': …}) vai formu failā "
     "(reportkit.load_forms)"),
    (lambda: decline("Springfieldkirchen", "loc"), "'Springfieldkirchen' nav nevienā reportkit "
     "tabulā, un tas nebeidzas ar latviešu nominatīva galotni (-s, -š, -is, -us, -a, -e), "
     "tāpēc tā formas latviešu valodā nevar zināt: norādiet formas ar "
     "reportkit.add_forms('Springfieldkirchen', {'gen': …, 'loc': …}) vai formu failā "
     "(reportkit.load_forms)"),
    (lambda: paradigm("Bergen", plural_only=True),
     "'Bergen' nebeidzas kā latviešu daudzskaitlis (-i, -as, -es, -is)"),
    (lambda: decline_name("Jānis Bergen", "dat", gender="m"), "'Bergen' nebeidzas ar latviešu "
     "vīrieša vārda galotni (-s, -š, -is, -us, -a, -e; MK 114): pārbaudiet dzimti vai "
     "norādiet formas ar reportkit.add_forms('Bergen', {...})"),
    (lambda: decline_name("Anna Bergen", "dat", gender="f"), "'Bergen' nebeidzas ar latviešu "
     "sievietes vārda galotni (-a, -e vai -s pēc līdzskaņa; MK 114): pārbaudiet dzimti vai "
     "norādiet formas ar reportkit.add_forms('Bergen', {...})"),
    (lambda: decline_name("Xyz Qwe", "dat"), "'Xyz Qwe' nevar locīt ne kā vīrieša, ne kā "
     "sievietes vārdu: norādiet tā formas ar reportkit.add_forms"),
    (lambda: decline("", "loc"), "decline vajag vārdu, bet ierakstīts tukšs teksts"),
    (lambda: amount_in_words("5,5.5"),
     "summā '5,5.5' ir gan ',', gan '.': rakstiet 22783.00 vai 22 783,00"),
    (lambda: amount_in_words("abc"),
     "summa 'abc' nav skaitlis: rakstiet to šādi: 22783.00 vai 22 783,00"),
    (lambda: amount_in_words("5", currency="USD"),
     "nezināma valūta 'USD': jābūt vienai no: EUR, LVL"),
    (lambda: amount_in_words("5", currency_word="dollars"),
     "currency_word 'dollars' nav valūtas EUR nosaukums: jābūt vienam no: eiro, euro"),
    (lambda: amount_in_words(str(10**19)), "10000000000000000000 ir par lielu: vārdiem var "
     "uzrakstīt skaitļus līdz 999999999999999999"),
])
def test_what_lv_says_is_said_in_latvian(refusal: Callable[[], object], latvian: str) -> None:
    with pytest.raises(ValueError) as err:
        refusal()
    english = str(err.value)
    assert said(english) == english
    i18n.set_language("lv")
    try:
        assert said(english) == latvian
    finally:
        i18n.set_language("en")


def test_a_text_from_no_template_is_given_as_it_is() -> None:
    i18n.set_language("lv")
    try:
        assert said("something lv has never said") == "something lv has never said"
    finally:
        i18n.set_language("en")


def test_a_place_of_a_press_release_lv_cannot_decline_in_latvian(tmp_path: Path) -> None:
    path = tmp_path / "r.yaml"
    path.write_text("kind: press_release\ntitle: Partneru tikšanās\nevent: {what: partneru "
                    "tikšanās, start: 2023-09-11, place: Kaunas}\n", encoding="utf-8")
    i18n.set_language("lv")
    try:
        with pytest.raises(DataError) as err:
            load(path)
    finally:
        i18n.set_language("en")
    assert str(err.value) == f"{path}:3: event.place: {KAUNAS_LV}"


def test_decline_and_words_refuse_in_latvian_on_the_command_line() -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["--lang", "lv", "decline", "Kaunas", "--case", "loc"])
    assert (result.exit_code, result.stderr) == (2, f"reportkit: {KAUNAS_LV}\n")
    result = runner.invoke(cli, ["--lang", "lv", "words", "5,5.5"])
    assert (result.exit_code, result.stderr) == (
        2, "reportkit: summā '5,5.5' ir gan ',', gan '.': rakstiet 22783.00 vai 22 783,00\n")
    result = runner.invoke(cli, ["words", "5,5.5"])
    assert result.stderr == ("reportkit: amount '5,5.5' mixes ',' and '.': write 22783.00 or "
                             "22 783,00\n")
