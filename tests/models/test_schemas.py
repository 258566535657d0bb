"""The JSON Schemas accept what the loader accepts: every example and starter is valid against
its schema as an editor reads it (YAML 1.2: dates are text), and the shapes a coordinator
writes (block text, a phone number as a number, ``project: projekts.yaml``) are valid to both;
every field is described in Latvian and English, without markup."""

from __future__ import annotations

import datetime
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from ruamel.yaml import YAML

from reportkit.errors import DataError
from reportkit.kinds import NAMES
from reportkit.models import json_schema
from reportkit.models.schema import description, schema_line
from reportkit.read import load
from tests.helpers.cli import EXAMPLES, ROOT
from tests.helpers.hunspell import unknown_words

STARTERS = ROOT / "reportkit" / "starters"
FILES = sorted(EXAMPLES.glob("*.yaml")) + sorted(STARTERS.glob("*.yaml"))


def as_an_editor_reads(text: str) -> Any:
    """The YAML as JSON values: what yaml-language-server checks (a date is a string)."""
    def plain(value: Any) -> Any:
        if isinstance(value, dict):
            return {str(k): plain(v) for k, v in value.items()}
        if isinstance(value, list):
            return [plain(v) for v in value]
        return value.isoformat() if isinstance(value, datetime.date) else value
    return plain(YAML(typ="safe").load(text))


def problems(data: Any, lang: str = "lv") -> list[str]:
    checker = jsonschema.Draft202012Validator.FORMAT_CHECKER  # dates as YYYY-MM-DD
    validator = jsonschema.Draft202012Validator(json_schema(data["kind"], lang),
                                                format_checker=checker)
    return [f"{'.'.join(map(str, e.absolute_path))}: {e.message}"
            for e in validator.iter_errors(data)]


@pytest.mark.parametrize("lang", ["lv", "en"])
@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_example_and_starter_is_valid_against_its_schema(path: Path, lang: str) -> None:
    assert problems(as_an_editor_reads(path.read_text(encoding="utf-8")), lang) == []


@pytest.mark.parametrize("kind", NAMES)
def test_a_starter_names_its_schema_on_its_first_line(kind: str) -> None:
    first = (STARTERS / f"{kind}.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert first == schema_line(kind) == f"# yaml-language-server: $schema=schema/{kind}.json"


PROJECT = """\
kind: project
title: Inovācijas pieaugušo izglītībā
programme: {scheme: erasmus_plus_2014_2020, action: KA1}
applicant: {name: Daugavpils pilsētas Izglītības pārvalde}
period: {start: 2019-06-01, end: 2021-01-31}
"""

ACCEPTED = {
    "block text": PROJECT + "description: |\n  Pirmā rindkopa.\n\n  Otrā.\n",
    "a list of paragraphs": PROJECT + "description: [Pirmā rindkopa., Otrā.]\n",
    "a phone number as a number": PROJECT + "contact: {name: Anna Bērziņa, phone: 65425102}\n",
    "a phone number as text": PROJECT + "contact: {name: Anna Bērziņa, phone: '+371 65425102'}\n",
    "money with a comma": PROJECT + "budget: {total: '22 783,00'}\n",
    "money with a point": PROJECT + "budget: {total: 22783.50}\n",
    "a period in months": PROJECT.replace("2019-06-01", "2019-06").replace("2021-01-31",
                                                                           "2021-01"),
    "a project file": "kind: final_report\nproject: projekts.yaml\n",
}

REFUSED = {
    "an unknown field": PROJECT + "titel: X\n",
    "money that is negative": PROJECT + "budget: {total: -5}\n",
    "a list where one text is meant": PROJECT + "aim: [a, b]\n",
    "a project that is not a data file": "kind: final_report\nproject: projekts.docx\n",
    "no title": PROJECT.replace("title: Inovācijas pieaugušo izglītībā\n", ""),
}


@pytest.mark.parametrize("text", ACCEPTED.values(), ids=ACCEPTED.keys())
def test_what_the_loader_accepts_the_schema_accepts(text: str, tmp_path: Path) -> None:
    (tmp_path / "projekts.yaml").write_text(PROJECT, encoding="utf-8")
    (tmp_path / "dati.yaml").write_text(text, encoding="utf-8")
    load(tmp_path / "dati.yaml")
    assert problems(as_an_editor_reads(text)) == []


@pytest.mark.parametrize("text", REFUSED.values(), ids=REFUSED.keys())
def test_what_the_loader_refuses_the_schema_refuses(text: str, tmp_path: Path) -> None:
    (tmp_path / "dati.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(DataError):
        load(tmp_path / "dati.yaml")
    assert problems(as_an_editor_reads(text)) != []


def _described(schema: dict[str, Any]) -> list[tuple[str, str, str | None]]:
    parts = [(schema["title"], schema), *schema["$defs"].items()]
    found = []
    for name, part in parts:
        found.append((name, "", part.get("description")))
        found += [(name, field, value.get("description"))
                  for field, value in part.get("properties", {}).items()]
    return found


@pytest.mark.parametrize("kind", NAMES)
def test_every_field_is_described_in_both_languages(kind: str) -> None:
    for lang in ("lv", "en"):
        missing = [(m, f) for m, f, text in _described(json_schema(kind, lang)) if not text]
        assert missing == []
    english = {(m, f): t for m, f, t in _described(json_schema(kind, "en"))}
    same = [(m, f) for m, f, t in _described(json_schema(kind, "lv")) if english[(m, f)] == t]
    assert same == []


@pytest.mark.parametrize("kind", NAMES)
def test_descriptions_have_no_markup(kind: str) -> None:
    for lang in ("lv", "en"):
        texts = [t for _, _, t in _described(json_schema(kind, lang)) if t]
        assert [t for t in texts if re.search(r"``|:\w+:`|seed \d", t)] == []


def test_the_latvian_descriptions_are_spelled_right() -> None:
    words: set[str] = set()
    for kind in NAMES:
        for model, field, text in _described(json_schema(kind, "lv")):
            english = description(model, field, "en") or ""
            keep = set(re.findall(r"[^\W\d_]+", english))  # codes and examples stay as they are
            text = re.sub(r"\S*[._@/]\S*", " ", text or "")
            words |= set(re.findall(r"[^\W\d_]+", text)) - keep
    words -= {"GGGG", "MM", "DD", "priekšfinansējums", "Priekšfinansējums", "priekšfinansējumu",
              "Priekšfinansējuma", "mobilitāšu", "logotipi", "EEZ", "ES", "E"}  # the starters
    assert unknown_words(words) == set()
