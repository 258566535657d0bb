"""Loading files: every problem at once, each as file:line: field: message."""

from pathlib import Path

import pytest

from reportkit.errors import DataError
from reportkit.read import load

PROJECT = """\
kind: project
title: Inovācijas pieaugušo izglītībā
code: 2019-1-LV01-KA104-060191
programme:
  scheme: erasmus_plus_2014_2020
applicant:
  name: Daugavpils pilsētas Izglītības pārvalde
period:
  start: 2019-06-01
  end: 2021-01-31
budget:
  total: 22783.00
  prefinancing_percent: 20
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def problems(path: Path) -> list[str]:
    with pytest.raises(DataError) as err:
        load(path)
    return [str(p) for p in err.value.problems]


def test_valid_project_loads_with_decimal_not_float(tmp_path: Path) -> None:
    project = load(write(tmp_path, "p.yaml", PROJECT))
    assert str(project.budget.total) == "22783.00"  # type: ignore[union-attr]


def test_all_problems_at_once_with_lines(tmp_path: Path) -> None:
    text = PROJECT.replace("title:", "titel:").replace("total: 22783.00", "total: -5")
    path = write(tmp_path, "projekts.yaml", text)
    assert problems(path) == [
        f"{path}:1: title: is required",
        f"{path}:12: budget.total: amount must not be negative (got -5)",
        f"{path}:2: titel: unknown field; did you mean 'title'?",
    ]


def test_cross_field_problem_points_at_its_field(tmp_path: Path) -> None:
    text = PROJECT + "  prefinancing_amount: 4557.00\n"
    path = write(tmp_path, "p.yaml", text)
    assert problems(path) == [f"{path}:14: budget.prefinancing_amount: 20 % of 22783.00 is "
                              "4556.60 (rounded to the cent), not 4557.00"]


def test_bad_date_and_kind(tmp_path: Path) -> None:
    path = write(tmp_path, "p.yaml", PROJECT.replace("2021-01-31", "31.01.2021"))
    assert problems(path) == [
        f"{path}:10: period.end: must be a date written year-month-day: 2021-01-31 "
        "(got '31.01.2021')"]
    wrong = write(tmp_path, "k.yaml", "kind: invoice\n")
    assert problems(wrong) == [
        f"{wrong}:1: kind: unknown kind 'invoice'; the kinds are: project, press_release, "
        "final_report"]


def test_norway_stays_NO_not_false(tmp_path: Path) -> None:
    text = PROJECT + "partners:\n  - {name: Oslo kommune, country: NO}\n"
    assert load(write(tmp_path, "p.yaml", text)).partners[0].country == "NO"  # type: ignore[union-attr]


def test_duplicate_key(tmp_path: Path) -> None:
    path = write(tmp_path, "p.yaml", PROJECT + "title: Otrs\n")
    assert f"{path}:14: title: given twice (first on line 2)" in problems(path)


def test_yaml_syntax_error_has_line(tmp_path: Path) -> None:
    path = write(tmp_path, "p.yaml", "kind: project\ntitle: [nepabeigts\n")
    [message] = problems(path)
    assert message.startswith(f"{path}:3: not valid YAML:")


def test_missing_file_folder_and_non_utf8(tmp_path: Path) -> None:
    assert problems(tmp_path / "nav.yaml") == [f"{tmp_path / 'nav.yaml'}: file not found"]
    assert problems(tmp_path) == [f"{tmp_path}: is a folder, not a data file"]
    binary = tmp_path / "l.yaml"
    binary.write_bytes(b"kind: project\ntitle: \x98\x00\n")  # neither UTF-8 nor cp1257 text
    assert problems(binary) == [f"{binary}:2: is not UTF-8 text (byte 0x98); save it as UTF-8"]


def test_json_is_read_too(tmp_path: Path) -> None:
    path = write(tmp_path, "p.json", '{"kind": "project",\n "title": "X",\n "budget": 1.5}\n')
    found = problems(path)
    assert f"{path}:3: budget: must be a set of fields (key: value lines) (got 1.5)" \
        in found


def test_press_release_refers_to_project_file(tmp_path: Path) -> None:
    write(tmp_path, "projekts.yaml", PROJECT)
    release = load(write(tmp_path, "r.yaml",
                         "kind: press_release\ntitle: Relīze\nproject: projekts.yaml\n"))
    assert release.project.period.months == 20  # type: ignore[union-attr]


def test_missing_referenced_file_and_cycle(tmp_path: Path) -> None:
    path = write(tmp_path, "r.yaml", "kind: press_release\ntitle: R\nproject: nav.yaml\n")
    assert problems(path) == [f"{path}:3: project: no project file 'nav.yaml' next to this file"]
    loop = write(tmp_path, "c.yaml", "kind: press_release\ntitle: R\nproject: c.yaml\n")
    assert problems(loop) == [
        f"{loop}:3: project: 'c.yaml' refers back to a file that refers to it"]


def test_problem_in_referenced_file_is_located_there(tmp_path: Path) -> None:
    ref = write(tmp_path, "projekts.yaml", PROJECT.replace("2019-06-01", "vakar"))
    path = write(tmp_path, "r.yaml", "kind: final_report\nproject: projekts.yaml\n")
    assert problems(path) == [
        f"{ref}:9: period.start: must be a date like 2019-06-01 (got 'vakar')"]


def test_final_report_spent_must_be_in_budget_and_add_up(tmp_path: Path) -> None:
    project = PROJECT.replace("  prefinancing_percent: 20\n",
                              "  categories: {travel: 20000, course_fees: 2783}\n")
    write(tmp_path, "projekts.yaml", project)
    path = write(tmp_path, "a.yaml", "kind: final_report\nproject: projekts.yaml\n"
                 "spent:\n  travel: 19000\n  lump_sum: 5\nspent_total: 19000\n")
    assert problems(path) == [
        f"{path}:6: spent_total: is 19000.00, but the categories in 'spent' add up to 19005.00",
        f"{path}:5: spent.lump_sum: is not a category of the project's budget (travel, "
        "course_fees)",
    ]


def test_final_report_derives_lines_and_balance(tmp_path: Path) -> None:
    project = PROJECT.replace("  prefinancing_percent: 20\n",
                              "  categories: {travel: 20000, course_fees: 2783}\n")
    write(tmp_path, "projekts.yaml", project)
    report = load(write(tmp_path, "a.yaml", "kind: final_report\nproject: projekts.yaml\n"
                        "spent: {travel: 19000, course_fees: 2783}\n"
                        "prefinancing_received: 4557\n"))
    line = report.budget_lines[0]  # type: ignore[union-attr]
    got = (line.category, str(line.difference), str(line.percent))
    assert got == ("travel", "1000.00", "95.00")
    assert str(report.balance_to_claim) == "17226.00"  # type: ignore[union-attr]


def test_nul_in_a_photo_or_project_path_is_a_located_data_error(tmp_path: Path) -> None:
    path = tmp_path / "relize.yaml"
    path.write_text('kind: press_release\ntitle: T\nproject: "p\\0.yaml"\n'
                    'photos:\n  - {file: "a\\0b.jpg", caption: C}\n', encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load(path)
    nul = "is not a file name: it holds a NUL character (\\0)"
    assert [str(p) for p in caught.value.problems] == [
        f"{path}:5: photos.1.file: 'a\\x00b.jpg' {nul}",
        f"{path}:3: project: 'p\\x00.yaml' {nul}",
    ]


def test_data_nested_too_deeply_is_a_data_error(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text("kind: project\ntitle: " + "[" * 2000 + "]" * 2000 + "\n", encoding="utf-8")
    with pytest.raises(DataError, match="nested too deeply"):
        load(path)
