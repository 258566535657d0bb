"""``reportkit check``, ``validate``, ``schema``, ``new``, ``words`` and ``demo``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import reportkit
from reportkit.jobs.starters import starter
from reportkit.kinds import KINDS, NAMES
from tests.helpers.cli import EXAMPLES, SEED_003, Run, lines, make_template
from tests.helpers.docx import body_text

# ---- check --------------------------------------------------------------------------------


def test_check_a_good_template_says_what_it_reads(run: Run, tmp_path: Path) -> None:
    template = make_template(tmp_path / "t.docx", ["{{ title }} {{ period.months }}"])
    result = run("check", template, "--kind", "project")
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == (
        f"ok: {template}: no problems; fits kind project; reads: period, title\n")


def test_check_lists_every_name_the_kind_lacks_one_per_line(run: Run, tmp_path: Path) -> None:
    template = make_template(tmp_path / "t.docx", ["{{ title }}", "{{ period.months }}",
                                                   "{{ budget.total }}"])
    result = run("check", template, "--kind", "press_release")
    assert (result.exit_code, result.stdout) == (2, "")
    assert lines(result.stderr) == [
        't.docx, body, paragraph 2 ("{{ period.months }}"): '
        "'period' is not a field of PressRelease",
        't.docx, body, paragraph 3 ("{{ budget.total }}"): '
        "'budget' is not a field of PressRelease"]


def test_check_a_broken_template(run: Run, tmp_path: Path) -> None:
    broken = make_template(tmp_path / "b.docx", ["Sākums", "Otrā {% if x %} rinda",
                                                 "{{ x | nav_filtra }}"])
    result = run("check", broken)
    assert result.exit_code == 2
    assert 'b.docx, body, paragraph 2 ("Otrā »{% if x %}« rinda"): \'if\' is not closed: ' \
           "add {% endif %} where it ends" in lines(result.stderr)


def test_check_wrong_kind_missing_file_and_not_a_docx(run: Run, tmp_path: Path) -> None:
    template = make_template(tmp_path / "t.docx", ["{{ title }}"])
    result = run("check", template, "--kind", "invoice")
    assert result.exit_code == 2
    [line] = lines(result.stderr)
    assert line.startswith("reportkit check: Invalid value for '--kind': 'invoice' is not one of")
    assert lines(run("check", "nav.docx").stderr) == ["nav.docx: no such template file"]
    (tmp_path / "teksts.docx").write_text("plain text")
    result = run("check", "teksts.docx")
    assert (result.exit_code, lines(result.stderr)) == (2, [
        "teksts.docx: not a .docx file (not a zip package as Word saves one, or cut short): "
        "open it in Word or LibreOffice and save it as a Word Document (.docx)"])


def test_the_built_in_templates_pass_their_own_kind(run: Run) -> None:
    from reportkit.render.template import builtin_folder

    for kind in KINDS.values():
        result = run("check", builtin_folder() / f"{kind.template}.docx", "--kind", kind.name)
        assert (result.exit_code, result.stderr) == (0, ""), kind


def test_check_against_the_table_a_batch_will_use(run: Run, tmp_path: Path) -> None:
    template = make_template(tmp_path / "apliecinajums.docx", [
        "{{ vards }} ({{ skola.nosaukums }})", "{{ dienas|count('diena') }}"])
    (tmp_path / "skolas.csv").write_text("vārds;skola.nosaukums;dienas\nAnna;Saules skola;5\n",
                                         encoding="utf-8")
    result = run("check", template, "--table", "skolas.csv")
    assert (result.exit_code, result.stdout) == (2, "")
    assert lines(result.stderr) == [
        'apliecinajums.docx, body, paragraph 1 ("»{{ vards }}« ({{ skola.nosaukums }})"): '
        "'vards' is not a column of skolas.csv (did you mean 'vārds'?)"]
    (tmp_path / "labi.csv").write_text("vards;skola.nosaukums;dienas\nAnna;Saules skola;5\n",
                                       encoding="utf-8")
    result = run("check", template, "--table", "labi.csv")
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == (f"ok: {template}: no problems; fits table labi.csv; "
                             "reads: dienas, skola, vards\n")


def test_check_with_a_table_it_cannot_read(run: Run, tmp_path: Path) -> None:
    template = make_template(tmp_path / "t.docx", ["{{ code }}"])
    result = run("check", template, "--table", "nav.xlsx")
    assert (result.exit_code, lines(result.stderr)) == (2, ["nav.xlsx: file not found"])


def test_check_a_wrong_constant_argument_once_not_per_row(run: Run, tmp_path: Path) -> None:
    template = make_template(tmp_path / "t.docx", ["Notika {{ vieta|decline('lok') }}."])
    result = run("check", template)
    assert (result.exit_code, lines(result.stderr)) == (2, [
        't.docx, body, paragraph 1 ("Notika »{{ vieta|decline(\'lok\') }}«."): decline: '
        "'lok' is not a case; use one of nom, gen, dat, acc, loc (did you mean 'loc'?)"])


@pytest.mark.parametrize("route", ["docx", "odt"])
def test_the_built_in_templates_saved_by_libreoffice_pass_check(
        run: Run, route: str, libreoffice_copies: dict[str, dict[str, Path]]) -> None:
    for kind in KINDS.values():
        result = run("check", libreoffice_copies[kind.template][route], "--kind", kind.name)
        assert (result.exit_code, result.stderr) == (0, ""), kind


# ---- validate -----------------------------------------------------------------------------


def test_validate_every_example(run: Run) -> None:
    examples = sorted(EXAMPLES.glob("*.yaml"))
    result = run("validate", *examples)
    assert result.exit_code == 0
    # the examples' texts not confirmed official, one line each (tests/models/test_examples.py)
    warned = lines(result.stderr)
    assert len(warned) == 6 and all(w.startswith("warning: ") for w in warned)
    assert (f"warning: {EXAMPLES / '006_kulturas_mantojums.yaml'}:8: programme.disclaimer_lv: "
            "the Latvian disclaimer is not confirmed official (found in real use); check it "
            "with VIAA, or write the official text as programme.disclaimer_lv") in warned
    assert len(lines(result.stdout)) == len(examples)
    assert (f"ok: {SEED_003}: project 2019-1-LV01-KA104-060191 “Inovācijas pieaugušo "
            "izglītībā Daugavpils pašvaldībā” 20 months") in lines(result.stdout)


def test_validate_reports_each_bad_file_and_still_checks_the_rest(run: Run,
                                                                  tmp_path: Path) -> None:
    bad = tmp_path / "slikts.yaml"
    bad.write_text("kind: project\ntitel: X\n", encoding="utf-8")
    result = run("validate", "nav.yaml", bad, SEED_003)
    assert result.exit_code == 2
    assert lines(result.stdout) == [
        f"ok: {SEED_003}: project 2019-1-LV01-KA104-060191 "
        "“Inovācijas pieaugušo izglītībā Daugavpils pašvaldībā” 20 months"]
    errors = lines(result.stderr)
    assert errors[0] == "nav.yaml: file not found"
    assert f"{bad}:2: titel: unknown field; did you mean 'title'?" in errors
    assert all(e.startswith(str(bad)) for e in errors[1:])


def test_validate_shows_corrections_as_warnings(run: Run, tmp_path: Path) -> None:
    text = SEED_003.read_text(encoding="utf-8").replace("2019-1-LV01-", "2019-1-LVO1-")
    fixed = tmp_path / "projekts.yaml"
    fixed.write_text(text, encoding="utf-8")
    result = run("validate", fixed)
    assert result.exit_code == 0
    [warning] = lines(result.stderr)
    assert warning.startswith(f"warning: {fixed}") and "LV01" in warning


def test_validate_needs_a_file(run: Run) -> None:
    result = run("validate")
    assert result.exit_code == 2
    assert lines(result.stderr) == [
        "reportkit validate: Missing argument 'DATA...'. (see 'reportkit validate --help')"]


# ---- schema -------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", NAMES)
def test_schema_is_the_json_schema_of_the_kind(run: Run, kind: str) -> None:
    result = run("schema", kind)
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema == reportkit.models.json_schema(kind)
    assert schema["properties"]["kind"]["const"] == kind


def test_schema_of_an_unknown_kind(run: Run) -> None:
    result = run("schema", "invoice")
    assert (result.exit_code, result.stdout) == (2, "")
    assert lines(result.stderr) == [
        "reportkit schema: Invalid value for 'KIND': 'invoice' is not one of 'project', "
        "'press_release', 'final_report'. (see 'reportkit schema --help')"]


# ---- new ----------------------------------------------------------------------------------


def test_every_kind_has_a_starter_a_model_and_a_template() -> None:
    from reportkit.render import Template

    for kind in KINDS.values():
        assert starter(kind.name).startswith("#") and kind.model_class().__name__
        assert Template.builtin(kind.template).path.is_file()


@pytest.mark.parametrize("kind", NAMES)
def test_the_starter_as_printed_loads(run: Run, kind: str, tmp_path: Path) -> None:
    result = run("new", kind)
    assert (result.exit_code, result.stderr) == (0, "")
    path = tmp_path / "jauns.yaml"
    path.write_text(result.stdout, encoding="utf-8")
    model = reportkit.load(path)
    assert model.kind == kind
    assert run("validate", path).exit_code == 0


@pytest.mark.parametrize("kind", NAMES)
def test_the_starter_explains_itself_in_latvian(kind: str) -> None:
    text = starter(kind)
    comments = [line for line in text.splitlines() if line.lstrip().startswith("#")]
    assert len(comments) >= 4
    assert "Aizstājiet piemēra vērtības" in text and "(obligāts)" in text
    assert "reportkit validate" in text


def test_new_writes_a_file_and_refuses_to_overwrite_it(run: Run, tmp_path: Path) -> None:
    result = run("new", "project", "-o", "projekts.yaml")
    assert result.exit_code == 0
    assert result.stdout == ("projekts.yaml: written; fill it in, then: "
                             "reportkit validate projekts.yaml\n")
    path = tmp_path / "projekts.yaml"
    assert path.read_text(encoding="utf-8") == starter("project")
    path.write_text("kind: project\n# mans darbs\n", encoding="utf-8")
    result = run("new", "project", "-o", "projekts.yaml")
    assert (result.exit_code, result.stdout) == (2, "")
    assert lines(result.stderr) == [
        "projekts.yaml: already exists; choose another name, or --force to replace it"]
    assert path.read_text(encoding="utf-8") == "kind: project\n# mans darbs\n"
    assert run("new", "press_release", "-o", "projekts.yaml", "--force").exit_code == 0
    assert path.read_text(encoding="utf-8") == starter("press_release")


def test_new_into_a_folder_or_an_unwritable_place(run: Run, tmp_path: Path) -> None:
    (tmp_path / "mape").mkdir()
    assert lines(run("new", "project", "-o", "mape").stderr) == [
        "mape: is a folder; give a file name such as projekts.yaml"]
    (tmp_path / "file.txt").write_text("x")
    result = run("new", "project", "-o", "file.txt/sub/p.yaml")
    assert result.exit_code == 2
    assert lines(result.stderr)[0].startswith("file.txt/sub/p.yaml: cannot write here")


# ---- words --------------------------------------------------------------------------------


@pytest.mark.parametrize(("args", "expected"), [
    (["22783.00"], "divdesmit divi tūkstoši septiņi simti astoņdesmit trīs eiro 00 centi"),
    (["22 783,33", "--cents", "words"],
     "divdesmit divi tūkstoši septiņi simti astoņdesmit trīs eiro un trīsdesmit trīs centi"),
    (["1505.01", "--currency-word", "euro"],
     "viens tūkstotis pieci simti pieci euro 01 cents"),
    (["100", "--currency", "LVL", "--cents", "words"], "viens simts latu un nulle santīmu"),
])
def test_words(run: Run, args: list[str], expected: str) -> None:
    result = run("words", *args)
    assert (result.exit_code, result.stdout, result.stderr) == (0, expected + "\n", "")


@pytest.mark.parametrize(("args", "message"), [
    (["22783.001"], "reportkit: amount 22783.001 has more than two decimals: round it to "
                    "cents first"),
    (["1", "--currency", "USD"], "reportkit: unknown currency 'USD': use one of EUR, LVL"),
    (["1", "--currency-word", "eira"],
     "reportkit: currency_word 'eira' does not name EUR: use one of eiro, euro"),
])
def test_words_refuses_bad_input_in_one_line(run: Run, args: list[str], message: str) -> None:
    result = run("words", *args)
    assert (result.exit_code, result.stdout, lines(result.stderr)) == (2, "", [message])


def test_words_not_a_number(run: Run) -> None:
    result = run("words", "divi")
    assert result.exit_code == 2
    [line] = lines(result.stderr)
    assert line.startswith("reportkit: amount 'divi' is not a number")


# ---- demo ---------------------------------------------------------------------------------


def test_demo_renders_every_example(run: Run, tmp_path: Path) -> None:
    result = run("demo", "-o", "out", "--no-pdf")
    assert result.exit_code == 0
    assert all(line.startswith("warning: ") for line in lines(result.stderr))
    written = [Path(line) for line in lines(result.stdout)]
    examples = sorted(EXAMPLES.glob("*.yaml"))
    assert len(written) == len(examples)
    assert all(p.suffix == ".docx" and (tmp_path / p if not p.is_absolute() else p).is_file()
               for p in written)
    seed = next(p for p in written if p.stem.startswith("003"))
    text = " ".join(body_text(tmp_path / seed if not seed.is_absolute() else seed))
    assert "divdesmit divi tūkstoši septiņi simti astoņdesmit trīs eiro 00 centi" in text


def test_demo_into_an_unwritable_place(run: Run, tmp_path: Path) -> None:
    (tmp_path / "file.txt").write_text("x")
    result = run("demo", "-o", "file.txt/sub", "--no-pdf")
    assert result.exit_code == 2
    [line] = [w for w in lines(result.stderr) if not w.startswith("warning: ")]
    assert line.startswith("file.txt/sub")


# ---- decline ------------------------------------------------------------------------------


@pytest.mark.parametrize(("args", "form"), [
    (["Jānis Bērziņš", "--case", "dat"], "Jānim Bērziņam"),
    (["Rīgas Tehniskā universitāte", "--case", "loc"], "Rīgas Tehniskajā universitātē"),
    (["Vācija, Itālija, Ungārija, Dānija un Latvija", "--case", "acc"],
     "Vāciju, Itāliju, Ungāriju, Dāniju un Latviju"),
    (["mēra vietnieks Dmitrijs Radionovs", "--case", "acc", "--person"],
     "mēra vietnieku Dmitriju Radionovu"),
    (["I. Kokina", "--case", "dat", "--gender", "f"], "I.\u00a0Kokinai"),
])
def test_decline_prints_the_form(run: Run, args: list[str], form: str) -> None:
    result = run("decline", *args)
    assert (result.exit_code, result.stdout, result.stderr) == (0, form + "\n", "")


def test_decline_refuses_to_guess_a_foreign_name(run: Run) -> None:
    result = run("decline", "Kaunas", "--case", "loc")
    assert result.exit_code == 2 and result.stdout == ""
    assert lines(result.stderr) == [
        "reportkit: 'Kaunas' is in none of reportkit's tables and ends in -as, which a Latvian "
        "nominative singular never does, so its Latvian forms cannot be known: in Latvian it is "
        "'Kauņa' (reportkit/lv/data/cities.tsv), write that; or give the forms with "
        "reportkit.add_forms('Kaunas', {'gen': …, 'loc': …}) or in a forms file "
        "(reportkit.load_forms)"]


def test_schema_out_writes_every_kind_and_new_writes_the_one_its_file_names(run: Run,
                                                                            tmp_path: Path) -> None:
    result = run("schema", "--out", "schema")
    assert (result.exit_code, result.stdout) == (
        0, "schema/project.json\nschema/press_release.json\nschema/final_report.json\n")
    assert run("new", "final_report", "-o", "dati/atskaite.yaml").exit_code == 0
    line = (tmp_path / "dati/atskaite.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert line == "# yaml-language-server: $schema=schema/final_report.json"
    written = json.loads((tmp_path / "dati/schema/final_report.json").read_text("utf-8"))
    assert written["properties"]["kind"]["const"] == "final_report"


def test_schema_without_kind_or_out_is_a_usage_error(run: Run) -> None:
    result = run("schema")
    assert (result.exit_code, result.stderr) == (
        2, "reportkit schema: give a KIND, or --out and a folder (see 'reportkit schema --help')\n")
