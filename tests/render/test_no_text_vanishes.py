"""No text ever vanishes: damage the tags of real templates at random, as a coordinator editing
in Word might (a brace deleted, a closer mistyped, one typed twice, a tag split into runs);
either ``check`` reports a problem, located at its paragraph, and render refuses too, or every
piece of the template's own text that the undamaged template shows is in the document.

The templates: the three built-in ones with an example each, the rich test template and the
batch certificate. Damage goes into the text of the body, headers and footers.
"""

from __future__ import annotations

import re
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reportkit import Template, load
from reportkit.errors import ReportkitError
from reportkit.jobs.demo import examples_folder
from reportkit.render.template import builtin_folder
from tests.helpers.docx import all_text
from tests.helpers.templates import (
    CERTIFICATE_ROW,
    RICH_CONTEXT,
    certificate_template,
    rich_template,
)

_TEXT = re.compile(r"(<w:t(?: [^>]*)?>)([^<]*)(</w:t>)")
_DELIMITER = re.compile(r"\{\{|\}\}|\{%|%\}|\{#|#\}")
_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}")
_PARTS = re.compile(r"word/(document|header\d+|footer\d+)\.xml")
_SWAP = {"{{": "{%", "{%": "{{", "}}": "%}", "%}": "}}", "{#": "{{", "#}": "}}"}
_STRAYS = ["{{", "}}", "{%", "%}", "{#", "#}", "{{ ", " }}"]
_SPLIT = '</w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:t xml:space="preserve">'


@dataclass(frozen=True, repr=False)
class Case:
    """A template, a context it renders, and what it shows of its own text."""

    path: Path
    context: Any
    parts: dict[str, str]  # zip name -> XML, of the parts damage goes into
    shown: list[str]  # pieces of the template's text (between tags) its document shows

    def __repr__(self) -> str:  # how a failing example names it
        return f"Case({self.path.name})"


def _flat(text: str) -> str:
    return " ".join(text.split())


def _document(path: Path) -> str:
    return _flat("\n".join(line for lines in all_text(path).values() for line in lines))


def _pieces(xml: str) -> list[str]:
    """The template's own text: what lies between tags in each paragraph, at least a word."""
    paragraphs = re.split(r"<w:p[ >/]", xml)
    texts = ["".join(m.group(2) for m in _TEXT.finditer(p)) for p in paragraphs]
    pieces = [_flat(piece) for text in texts for piece in _TAG.split(text)]
    return [p for p in pieces if re.search(r"\w\w", p) and not _DELIMITER.search(p)]


def _case(path: Path, context: Any, out: Path) -> Case:
    with zipfile.ZipFile(path) as zf:
        parts = {n: zf.read(n).decode() for n in zf.namelist() if _PARTS.fullmatch(n)}
    document = _document(Template(path).render(context, out))
    shown = [p for xml in parts.values() for p in _pieces(xml) if p in document]
    return Case(path, context, parts, shown)


@pytest.fixture(scope="module")
def cases(tmp_path_factory: pytest.TempPathFactory) -> list[Case]:
    folder = tmp_path_factory.mktemp("damage")
    examples = {"press_release": "000_partneru_tiksanas", "project_description":
                "003_projekta_apraksts", "final_report": "005_nosleguma_zinojums"}
    found = []
    for name, example in examples.items():
        path = shutil.copy(builtin_folder() / f"{name}.docx", folder / f"{name}.docx")
        data = load(examples_folder() / f"{example}.yaml")
        found.append(_case(Path(path), data, folder / f"{name}-out.docx"))
    found.append(_case(rich_template(folder / "rich.docx"), RICH_CONTEXT, folder / "r.docx"))
    found.append(_case(certificate_template(folder / "apliecinajums.docx"), CERTIFICATE_ROW,
                       folder / "a.docx"))
    assert all(len(case.shown) >= 4 for case in found)
    return found


def _delimiters(xml: str) -> list[tuple[int, str]]:
    """Where in the XML each tag delimiter of the text is, and which it is."""
    return [(m.start(2) + d.start(), d.group()) for m in _TEXT.finditer(xml)
            for d in _DELIMITER.finditer(m.group(2))]


def _damage(xml: str, how: str, pick: int, choice: int) -> str | None:
    """``xml`` with one tag damaged; None when ``how`` has nothing to act on."""
    found = _delimiters(xml)
    if not found:
        return None
    at, delimiter = found[pick % len(found)]
    end = at + len(delimiter)
    if how == "drop a brace":
        keep = delimiter[1] if choice % 2 else delimiter[0]
        return xml[:at] + keep + xml[end:]
    if how == "drop the delimiter":
        return xml[:at] + xml[end:]
    if how == "mistype the delimiter":
        return xml[:at] + _SWAP[delimiter] + xml[end:]
    if how == "type a stray delimiter":
        where = at if choice % 2 else end
        return xml[:where] + _STRAYS[choice % len(_STRAYS)] + xml[where:]
    if how == "split the tag into runs":  # Word's habit, not damage: nothing may change
        inside = at + 1 + choice % max(len(delimiter) - 1, 1)
        return xml[:inside] + _SPLIT + xml[inside:]
    raise AssertionError(how)


def _damaged_copy(case: Case, part: str, xml: str, folder: Path) -> Path:
    target = folder / case.path.name
    with zipfile.ZipFile(case.path) as source, zipfile.ZipFile(target, "w") as out:
        for info in source.infolist():
            data = xml.encode() if info.filename == part else source.read(info)
            out.writestr(info, data)
    return target


HOW = ["drop a brace", "drop the delimiter", "mistype the delimiter", "type a stray delimiter",
       "split the tag into runs"]


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(which=st.integers(0, 4), how=st.sampled_from(HOW), part=st.integers(0, 10),
       pick=st.integers(0, 10_000), choice=st.integers(0, 100))
def test_damaged_tags_are_reported_or_lose_no_text(cases: list[Case], which: int, how: str,
                                                   part: int, pick: int, choice: int) -> None:
    case = cases[which]
    names = sorted(n for n, xml in case.parts.items() if _delimiters(xml))
    name = names[part % len(names)]
    xml = _damage(case.parts[name], how, pick, choice)
    assert xml is not None
    with tempfile.TemporaryDirectory() as folder:
        template = Template(_damaged_copy(case, name, xml, Path(folder)))
        problems = template.check()
        out = Path(folder) / "out.docx"
        if problems:
            assert how != "split the tag into runs", problems
            assert all(p.part and p.paragraph and p.text is not None for p in problems), problems
            with pytest.raises(ReportkitError):
                template.render(case.context, out)
            assert not out.exists()
            return
        document = _document(template.render(case.context, out))
    missing = [piece for piece in case.shown if piece not in document]
    assert missing == [], f"{how} in {name} of {case.path.name}: text vanished: {missing}"
