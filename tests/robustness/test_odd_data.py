"""Odd but real data files reach the document exactly as written, or are refused by line.

Each test writes a data file a coordinator could write, loads it and renders it, and checks the
text inside the .docx: YAML numbers a YAML 1.1 reader turned into other numbers, JSON that a
YAML reader refused, text typed in decomposed Unicode (as macOS writes it).
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from reportkit import DataError, Template, load
from tests.helpers.docx import document_text
from tests.helpers.templates import build

PROJECT = """\
kind: project
title: Inovācijas pieaugušo izglītībā
code: 2019-1-LV01-KA104-060191
programme: {scheme: erasmus_plus_2014_2020, action: KA1}
applicant: {name: Daugavpils pilsētas Izglītības pārvalde}
period: {start: 2019-06-01, end: 2021-01-31}
"""
# amounts are written with a no-break space between thousands (\xa0), as Word keeps them whole
LINES = ["Summa: {{ budget.total|format_money }}", "Dotācija: {{ budget.grant|format_money }}",
         "Mobilitātes: {{ mobilities_planned }}"]


def rendered(folder: Path, name: str, text: str, lines: list[str] = LINES) -> list[str]:
    data = folder / name
    data.write_text(text, encoding="utf-8")
    template = build(folder / "t.docx", lines)
    out = Template(template).render(load(data), folder / "out.docx")
    return document_text(out).splitlines()[: len(lines)]


def refused(folder: Path, name: str, text: str) -> list[str]:
    data = folder / name
    data.write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as err:
        load(data)
    return [str(p) for p in err.value.problems]


def test_leading_zeros_are_the_decimal_written_not_octal(tmp_path: Path) -> None:
    text = PROJECT + "mobilities_planned: 011\nbudget:\n  total: 010000\n  grant: 010000\n"
    assert rendered(tmp_path, "p.yaml", text) == [
        "Summa: 10\xa0000,00 EUR", "Dotācija: 10\xa0000,00 EUR", "Mobilitātes: 11"]


def test_a_yaml_1_1_directive_changes_nothing(tmp_path: Path) -> None:
    text = ("%YAML 1.1\n---\n" + PROJECT + "mobilities_planned: 011\nbudget:\n  total: 010000\n"
            "  grant: 08000.50\npartners:\n  - {name: Oslo kommune, country: NO}\n")
    assert rendered(tmp_path, "p.yaml", text, [*LINES, "{{ partners[0].country }}"]) == [
        "Summa: 10\xa0000,00 EUR", "Dotācija: 8\xa0000,50 EUR", "Mobilitātes: 11", "NO"]


def test_sexagesimal_and_hexadecimal_are_refused_where_they_stand(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    text = PROJECT + "mobilities_planned: 1:10\nbudget:\n  total: 0x2710\n"
    assert refused(tmp_path, "p.yaml", text) == [
        f"{path}:7: mobilities_planned: must be a whole number (got '1:10')",
        f"{path}:9: budget.total: amount '0x2710' is not a number: write it like 22783.00 or "
        "22 783,00",
    ]


def test_tab_indented_json_with_a_surrogate_pair_is_read(tmp_path: Path) -> None:
    text = ('{\n\t"kind": "project",\n\t"title": "Smaids \\ud83d\\ude00 un \\u0113",\n'
            '\t"code": "2019-1-LV01-KA104-060191",\n'
            '\t"programme": {"scheme": "erasmus_plus_2014_2020", "action": "KA1"},\n'
            '\t"applicant": {"name": "Daugavpils pilsētas Izglītības pārvalde"},\n'
            '\t"period": {"start": "2019-06-01", "end": "2021-01-31"},\n'
            '\t"budget": {"total": 22783.00}\n}\n')
    assert rendered(tmp_path, "p.json", text, ["{{ title }}", LINES[0]]) == [
        "Smaids 😀 un ē", "Summa: 22\xa0783,00 EUR"]


def test_json_problems_are_located_by_line(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    text = '{\n\t"kind": "project",\n\t"title": "A",\n\t"title": "B",\n\t"budget": 1.5\n}\n'
    found = refused(tmp_path, "p.json", text)
    assert f"{path}:4: title: given twice (first on line 3)" in found
    assert f"{path}:5: budget: must be a set of fields (key: value lines) (got 1.5)" \
        in found


@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_decomposed_text_declines_as_typed_in_one_piece(tmp_path: Path, form: str) -> None:
    nfd = unicodedata.normalize(form, "Cēsis")
    text = PROJECT.replace("title: Inovācijas pieaugušo izglītībā", f"title: {nfd}") + (
        f"partners:\n  - {{name: {unicodedata.normalize(form, 'Jēkabpils novads')}}}\n")
    lines = ["{{ title|decline('loc') }}", "{{ title|gender }}", "{{ title }}",
             "{{ partners[0].name }}"]
    assert rendered(tmp_path, "p.yaml", text, lines) == [
        "Cēsīs", "f", "Cēsis", "Jēkabpils novads"]
    assert all(unicodedata.is_normalized("NFC", line)
               for line in rendered(tmp_path, "p.yaml", text, lines))


def test_decomposed_keys_are_the_fields_they_spell(tmp_path: Path) -> None:
    # a key typed on macOS: 'ē' as e + combining macron is still an unknown field, named in NFC
    path = tmp_path / "p.yaml"
    text = PROJECT + unicodedata.normalize("NFD", "vēl: 1\n")
    assert refused(tmp_path, "p.yaml", text)[-1].startswith(f"{path}:7: vēl: unknown field")
