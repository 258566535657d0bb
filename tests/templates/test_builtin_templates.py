"""The committed templates are what scripts/build_templates.py makes, and each passes check()."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest

from reportkit.jobs import builtin_template
from reportkit.kinds import KINDS
from tests.helpers.scripts import load_script

ROOT = Path(__file__).parents[2]
TEMPLATES = ROOT / "reportkit" / "templates"
BUILTIN_TEMPLATES = {name: kind.template for name, kind in KINDS.items()}


def _build_module() -> Any:
    return load_script("build_templates")


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as package:
        return {name: package.read(name) for name in package.namelist()}


def test_committed_templates_are_what_the_script_makes(tmp_path: Path) -> None:
    written = _build_module().build(tmp_path)  # type: ignore[attr-defined]
    assert sorted(p.name for p in written) == sorted(
        f"{name}.docx" for name in BUILTIN_TEMPLATES.values())
    for made in written:
        committed = _parts(TEMPLATES / made.name)
        fresh = _parts(made)
        assert committed.keys() == fresh.keys(), made.name
        changed = {name: (committed[name][:600], fresh[name][:600])
                   for name in fresh if fresh[name] != committed[name]}
        assert changed == {}, f"{made.name}: run python scripts/build_templates.py"


@pytest.mark.parametrize("kind", sorted(BUILTIN_TEMPLATES))
def test_builtin_template_checks_clean_against_its_model(kind: str) -> None:
    assert builtin_template(kind).check(KINDS[kind].model_class()) == []


@pytest.mark.parametrize("name", sorted(BUILTIN_TEMPLATES.values()))
def test_template_is_a4_with_page_fields_in_the_footer(name: str) -> None:
    package = _parts(TEMPLATES / f"{name}.docx")
    document = package["word/document.xml"].decode()
    assert 'w:w="11906"' in document and 'w:h="16838"' in document  # A4 in twentieths of a point
    footers = [v.decode() for k, v in package.items() if k.startswith("word/footer")]
    assert any("Lapa " in f and " PAGE " in f and " no " in f and " NUMPAGES " in f
               for f in footers)
    assert 'w:val="lv-LV"' in package["word/styles.xml"].decode()
